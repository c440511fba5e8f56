using System.Collections.Frozen;

namespace Claims.Stance;

/// <summary>
/// Opposite words that describe a referent rather than state something of it: nouns naming participants ("man" and
/// "woman", "boy", "sister" and "brother") and words placing something relative to an object ("inside" and "outside").
/// Two texts can use such words of different referents and both be true ("the same man attacked a frail woman", "a
/// nun gave birth to a baby boy" and "the woman said she was unaware"), so the opposites contradict only when they
/// describe the same referent: a participant noun in the same slot of the same predicate (the same content word next
/// to it on either side: "the attacker was a man" / "the attacker was a woman"), a place relative to the same object
/// ("outside the car" / "inside the car") that the other text does not place anything at as well. Stateless.
/// </summary>
internal static class Referents
{
    /// <summary>Nouns naming a participant by sex, age or kinship: each text may speak of another person.</summary>
    public static readonly FrozenSet<string> ParticipantNouns = Set(
        "man", "men", "woman", "women", "boy", "boys", "girl", "girls", "lady", "ladies", "gentleman", "gentlemen",
        "male", "males", "female", "females", "brother", "brothers", "sister", "sisters", "son", "sons", "daughter",
        "daughters", "mother", "mothers", "father", "fathers", "husband", "husbands", "wife", "wives", "uncle", "aunt",
        "nephew", "niece", "grandmother", "grandfather", "grandson", "granddaughter", "boyfriend", "girlfriend",
        "king", "queen", "prince", "princess", "actor", "actress", "child", "children", "adult", "adults");

    /// <summary>Words placing something inside a reference object.</summary>
    public static readonly FrozenSet<string> Inner = Set("inside", "indoors", "in", "within", "into");

    /// <summary>Words placing something outside a reference object.</summary>
    public static readonly FrozenSet<string> Outer = Set("outside", "outdoors", "out");

    /// <summary>The opposite place words the antonym rules compare (<see cref="Inner"/> and <see cref="Outer"/> hold more).</summary>
    public static readonly FrozenSet<string> LocativeWords = Set("inside", "indoors", "outside", "outdoors");

    /// <summary>How far from a word its slot's neighbour may stand (words, not crossing punctuation).</summary>
    private const int SlotReach = 4;

    /// <summary>How many words of a noun phrase after a place word are read for its reference object.</summary>
    private const int ObjectReach = 5;

    /// <summary>
    /// True when word <paramref name="i"/> of <paramref name="a"/> and word <paramref name="j"/> of <paramref name="b"/>
    /// (opposites) describe referents and nothing shows that the referent is the same.
    /// </summary>
    public static bool Different(StancePair pair, TextUnit a, int i, TextUnit b, int j)
    {
        ArgumentNullException.ThrowIfNull(pair);
        bool locative = LocativeWords.Contains(a.Words[i]) || LocativeWords.Contains(b.Words[j]);
        if (!locative && !ParticipantNouns.Contains(a.Words[i]) && !ParticipantNouns.Contains(b.Words[j])) return false;
        if (locative)
        {
            int ra = ReferenceObject(a, i), rb = ReferenceObject(b, j);
            // "outside of the car" and "inside the house": places relative to different objects are compatible.
            if (ra >= 0 && rb >= 0 && !SameWord(a, ra, b, rb)) return true;
            // "two shots in his police cruiser before numerous shots outside of the car" against "the shots fired inside
            // Wilson's cruiser": the text that places something outside places something inside as well.
            if ((rb >= 0 && PlacesAt(a, b.Words[j], b.Stems[rb]!)) || (ra >= 0 && PlacesAt(b, a.Words[i], a.Stems[ra]!))) return true;
            if (ra >= 0 && rb >= 0) return false;
        }
        return !SameSlot(a, i, b, j);
    }

    /// <summary>
    /// True when a content word next to word <paramref name="i"/> (the nearest one before or after it in its clause) is,
    /// on the other side, a neighbour of word <paramref name="j"/> too: both fill one slot of one predicate.
    /// </summary>
    internal static bool SameSlot(TextUnit a, int i, TextUnit b, int j)
    {
        foreach (int x in Neighbours(a, i))
            foreach (int y in Neighbours(b, j))
                if (SameWord(a, x, b, y)) return true;
        return false;
    }

    // The nearest content word on each side of word `index` within its clause and SlotReach words (reporting verbs skipped).
    private static IEnumerable<int> Neighbours(TextUnit u, int index)
    {
        for (int step = -1; step <= 1; step += 2)
            for (int k = index + step; k >= 0 && k < u.Words.Length && Math.Abs(k - index) <= SlotReach; k += step)
            {
                if (Breaks(u.Words[k])) break;
                if (u.Stems[k] is { } s && !Lexicon.ReportingStems.Contains(s)) { yield return k; break; }
            }
    }

    private static bool SameWord(TextUnit a, int x, TextUnit b, int y) =>
        string.Equals(a.Stems[x], b.Stems[y], StringComparison.Ordinal)
        || (a.SynonymGroups[x] is { } g && string.Equals(g, b.SynonymGroups[y], StringComparison.Ordinal));

    /// <summary>
    /// The head of the noun phrase a place word at <paramref name="index"/> takes ("outside of the car": "car", "inside
    /// Wilson's cruiser": "cruiser"): the last content word of the first run of them, a possessive starting a new run;
    /// -1 when none follows.
    /// </summary>
    internal static int ReferenceObject(TextUnit u, int index)
    {
        int head = -1;
        for (int k = index + 1; k < u.Words.Length && k <= index + ObjectReach; k++)
        {
            string w = u.Words[k];
            if (w is "'s" or "\u2019s" or "'" or "\u2019") { head = -1; continue; }
            if (u.Stems[k] is not null) { head = k; continue; }
            if (head >= 0 || Breaks(w)) break;
            // "of", "the", "his" before the phrase.
        }
        return head;
    }

    // True when `u` places something on the same side of the object (stem) as `word` does: an inner (or outer) word
    // followed within the reach of a noun phrase by the object's stem.
    private static bool PlacesAt(TextUnit u, string word, string objectStem)
    {
        var side = Inner.Contains(word) ? Inner : Outer.Contains(word) ? Outer : null;
        if (side is null) return false;
        for (int k = 0; k < u.Words.Length; k++)
        {
            if (!side.Contains(u.Words[k]) || u.Negated[k]) continue;
            int head = ReferenceObject(u, k);
            if (head >= 0 && u.Stems[head] == objectStem) return true;
        }
        return false;
    }

    private static bool Breaks(string w) => w.Length == 0 || (!char.IsLetterOrDigit(w[0]) && w is not ("'" or "\u2019" or "'s" or "\u2019s" or "$"));

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
