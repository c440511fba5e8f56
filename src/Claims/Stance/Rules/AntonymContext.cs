using System.Collections.Frozen;

namespace Claims.Stance;

/// <summary>
/// Where two opposite words of a pair ("won" / "lost", "widening" / "narrowing", "more" / "less") are no opposite
/// claims: one is only possible or conditional ("she could lose Michigan", "if he loses the nomination"), one is part
/// of a name or a compound ("Right to Rise", "front-runner", "last fall"), the losing side's verb is said actively of
/// the winner ("she defeated Obama in Florida" is a win), or the two words bear on different things ("widening her
/// delegate lead" / "narrowing any path to the nomination", "Cruz lost Florida and Ohio" / "a win in Idaho").
/// Stateless.
/// </summary>
internal static class AntonymContext
{
    /// <summary>Modals of possibility and of the counterfactual: the word after them is no fact.</summary>
    private static readonly FrozenSet<string> PossibilityModals = FrozenSet.ToFrozenSet(
        ["could", "might", "may", "would", "could've", "might've", "would've"], StringComparer.Ordinal);

    /// <summary>Adverbs that may stand between a modal and its verb ("would probably lose").</summary>
    private static readonly FrozenSet<string> ModalAdverbs = FrozenSet.ToFrozenSet(
        ["probably", "possibly", "likely", "still", "also", "even", "well", "easily", "narrowly", "not", "n't"], StringComparer.Ordinal);

    /// <summary>Prepositions skipped before the thing a word bears on ("a win in Idaho", "fell by three points").</summary>
    private static readonly FrozenSet<string> BearingPrepositions = FrozenSet.ToFrozenSet(
        ["in", "at", "on", "for", "from", "by", "among", "of", "over", "than"], StringComparer.Ordinal);

    /// <summary>The most content words read after an opposite word for what it bears on.</summary>
    private const int BearingWords = 4;

    /// <summary>Words before "fall" that make it the season ("last fall").</summary>
    private static readonly FrozenSet<string> SeasonMarkers = FrozenSet.ToFrozenSet(
        ["last", "this", "next", "early", "late", "the"], StringComparer.Ordinal);

    /// <summary>
    /// True when opposite words <paramref name="i"/> of <paramref name="a"/> and <paramref name="j"/> of
    /// <paramref name="b"/> are no opposite claims in these texts; each check says why. What the words bear on is
    /// compared when <paramref name="bearing"/> (single words: a phrase such as "close to" takes its object past itself).
    /// </summary>
    public static bool NotOpposed(TextUnit a, int i, TextUnit b, int j, bool bearing)
    {
        if (Hedged(a, i) || Hedged(b, j)) return true;
        if (NamePart(a, i) || NamePart(b, j) || Season(a, i) || Season(b, j) || WhatsMore(a, i) || WhatsMore(b, j)) return true;
        if (ActiveDefeat(a, i) || ActiveDefeat(b, j)) return true;
        if (PronounAgainstName(a, i, b, j) || PronounAgainstName(b, j, a, i)) return true;
        if (LoserNamedByBoth(a, i, b) || LoserNamedByBoth(b, j, a)) return true;
        if (!bearing) return false;
        if (SameLevel(a, i, b, j) || ModifiesUnnamedNoun(a, i, b, j) || ModifiesUnnamedNoun(b, j, a, i)) return true;
        var ba = OrNameBefore(a, i, Bearing(a, i));
        var bb = OrNameBefore(b, j, Bearing(b, j));
        // "More Republicans voted" and "less likely to vote": a comparative bears on the word it grades.
        if (Comparatives.Contains(a.Words[i]) && Comparatives.Contains(b.Words[j]) && ba.Count > 0 && bb.Count > 0 && ba[0] != bb[0]) return true;
        return ba.Count > 0 && bb.Count > 0 && !ba.Exists(bb.Contains);
    }

    /// <summary>The most content words read after a modifier for the noun it modifies ("her private e-mail account").</summary>
    private const int ModifiedNounReach = 3;

    /// <summary>
    /// True when word <paramref name="i"/> of <paramref name="a"/> modifies a noun after it ("emails in Clinton's private
    /// account", "her private e-mail account") that <paramref name="b"/> never names, while word <paramref name="j"/> of
    /// <paramref name="b"/> is no such modifier ("pages of emails have been made public"): the modifier sorts a thing the
    /// other text does not speak of, so the two words state nothing against each other.
    /// </summary>
    private static bool ModifiesUnnamedNoun(TextUnit a, int i, TextUnit b, int j)
    {
        if (!Modifier(a, i) || Modifier(b, j)) return false;
        int read = 0;
        for (int k = i + 1; k < a.Words.Length && read < ModifiedNounReach; k++)
        {
            // "e-mail" is read as "e" and "mail": a one-letter part of a word is skipped.
            if (a.Words[k].Length == 1 && char.IsLetter(a.Words[k][0])) continue;
            if (a.Stems[k] is not { } s || Lexicon.ClauseOpeners.Contains(a.Words[k])) break;
            if (Array.IndexOf(b.Stems, s) >= 0) return false;
            read++;
        }
        return true;
    }

    // Word k, not shaped like a verb, stands between a determiner or a name (its possessive "'s" is not kept: "Clinton's
    // private account" is read "clinton private account") and a lower-case word that is no past form nor adverb.
    private static bool Modifier(TextUnit u, int k)
    {
        if (k == 0 || k + 1 >= u.Words.Length || u.Capitalized[k] || u.Capitalized[k + 1] || UnitBuilder.LooksLikeVerb(u.Words[k])) return false;
        string before = u.Words[k - 1], next = u.Words[k + 1];
        bool letterPart = next.Length == 1 && k + 2 < u.Words.Length && u.Stems[k + 2] is not null;
        if (u.Stems[k + 1] is null && !letterPart) return false;
        bool opened = EventGuards.Determiners.Contains(before) || (u.Capitalized[k - 1] && u.Stems[k - 1] is not null);
        return opened && char.IsLetter(next[0]) && !next.EndsWith("ed", StringComparison.Ordinal) && !next.EndsWith("ly", StringComparison.Ordinal);
    }

    /// <summary>Comparative words, which grade the one word after them.</summary>
    private static readonly FrozenSet<string> Comparatives = FrozenSet.ToFrozenSet(["more", "less", "fewer", "higher", "lower"], StringComparer.Ordinal);

    /// <summary>
    /// True when both words are followed by "to" and the same figure ("that number has dropped to 35 percent" / "he had
    /// climbed to 35 percent"): both texts state the same level, reached from different starting points.
    /// </summary>
    private static bool SameLevel(TextUnit a, int i, TextUnit b, int j)
    {
        string? fa = LevelAfter(a, i), fb = LevelAfter(b, j);
        return fa is not null && fa == fb;
    }

    // The figure after "to" right after word `index` (an adverb may stand between: "dropped slightly to 35"), or null.
    private static string? LevelAfter(TextUnit u, int index)
    {
        for (int k = index + 1; k + 1 < u.Words.Length && k <= index + 2; k++)
            if (u.Words[k] == "to") return u.Words[k + 1].Length > 0 && char.IsDigit(u.Words[k + 1][0]) ? u.Words[k + 1] : null;
        return null;
    }

    /// <summary>
    /// True when word <paramref name="index"/> follows a modal of possibility (adverbs between), "to" (an intention or
    /// a need: "going all in to defeat Trump", "would need to rise"), or stands in a condition or an indirect question.
    /// </summary>
    internal static bool Hedged(TextUnit u, int index)
    {
        if (StanceRules.InCondition(u, index)) return true;
        for (int k = index - 1; k >= 0 && k >= index - 3; k--)
        {
            string w = u.Words[k];
            if (PossibilityModals.Contains(w) || w == "to") return true;
            if (!ModalAdverbs.Contains(w)) return false;
        }
        return false;
    }

    // A capitalized word after a word in lower case, inside its sentence, is part of a name ("Right to Rise"); a word
    // joined by a hyphen is part of a compound ("front-runner").
    private static bool NamePart(TextUnit u, int index)
    {
        if (index + 1 < u.Words.Length && u.Words[index + 1] is "-" or "\u2013") return true;
        if (index > 0 && u.Words[index - 1] is "-" or "\u2013") return true;
        if (u.Words[index].Contains('-', StringComparison.Ordinal)) return true;
        return index > 0 && u.Capitalized[index] && !u.Capitalized[index - 1] && char.IsLetter(u.Words[index - 1][0]);
    }

    private static bool Season(TextUnit u, int index) =>
        u.Words[index] == "fall" && index > 0 && SeasonMarkers.Contains(u.Words[index - 1])
        && (index + 1 >= u.Words.Length || !char.IsLetterOrDigit(u.Words[index + 1][0]) || u.Words[index + 1] is "when" or "and");

    // "What's more": an idiom adding a point, no comparison.
    private static bool WhatsMore(TextUnit u, int index) =>
        u.Words[index] == "more" && index > 0
        && ((index > 1 && u.Words[index - 1] is "'s" or "\u2019s" && u.Words[index - 2] == "what")
            // The words drop the "'s" of "What's more": "what" opening its clause right before "more".
            || (u.Words[index - 1] == "what" && (index == 1 || (u.Words[index - 2].Length > 0 && !char.IsLetterOrDigit(u.Words[index - 2][0])))));

    /// <summary>
    /// True when word <paramref name="index"/> is "defeat" used actively with an object ("she defeated Obama",
    /// "defeating Hillary Clinton"): its subject won, which no "won" contradicts. A noun ("a 22-point defeat") or a
    /// passive ("was defeated") stays the loss.
    /// </summary>
    private static bool ActiveDefeat(TextUnit u, int index)
    {
        string w = u.Words[index];
        if (!w.StartsWith("defeat", StringComparison.Ordinal) || index + 1 >= u.Words.Length) return false;
        if (index > 0 && (Array.IndexOf(Claims.Text.WordLists.BeForms, u.Words[index - 1]) >= 0 || EventGuards.Determiners.Contains(u.Words[index - 1]))) return false;
        string next = u.Words[index + 1];
        return u.Capitalized[index + 1] || EventGuards.ObjectDeterminers.Contains(next) || next is "him" or "her" or "them";
    }

    /// <summary>
    /// Up to <see cref="BearingWords"/> content stems of what word <paramref name="index"/> bears on: the words after
    /// it (the closing quote of a quoted word, determiners, figures, quantity words and prepositions skipped first) to
    /// the end of its clause, names included, days and months left out. A quoted modifier bears on the noun after its
    /// quote: "active" app use and passive modes sort two things.
    /// </summary>
    internal static List<string> Bearing(TextUnit u, int index)
    {
        var stems = new List<string>();
        int k = index + 1;
        if (k < u.Words.Length && index > 0 && StanceRules.IsQuote(u.Words[k]) && StanceRules.IsQuote(u.Words[index - 1])) k++;
        while (k < u.Words.Length && (EventGuards.ObjectDeterminers.Contains(u.Words[k]) || EventGuards.QuantityWords.Contains(u.Words[k])
            || BearingPrepositions.Contains(u.Words[k]) || u.Words[k] is "'s" or "\u2019s"
            || (u.Words[k].Length > 0 && char.IsDigit(u.Words[k][0])))) k++;
        for (; k < u.Words.Length && stems.Count < BearingWords; k++)
        {
            string w = u.Words[k];
            if (w.Length == 0 || (!char.IsLetterOrDigit(w[0]) && w is not ("'s" or "\u2019s" or "-"))) break;
            if (Lexicon.ClauseOpeners.Contains(w) || w is "and" or "or" or "but" or "while") break;
            if (u.Stems[k] is { } s && !Lexicon.CalendarWords.ContainsKey(w)) stems.Add(s);
        }
        return stems;
    }

    /// <summary>
    /// True when word <paramref name="i"/> of <paramref name="a"/> has a pronoun subject ("a state he lost") and word
    /// <paramref name="j"/> of <paramref name="b"/> named subjects ("Hillary Clinton's win") that <paramref name="a"/>
    /// never names: nothing shows the pronoun is that person.
    /// </summary>
    private static bool PronounAgainstName(TextUnit a, int i, TextUnit b, int j)
    {
        if (EventGuards.PronounSubject(a, i) is not ("he" or "she" or "they")) return false;
        var names = AntonymRule.SubjectNames(b, j, a);
        return names.Count > 0 && !names.Overlaps(a.Stems.OfType<string>());
    }

    /// <summary>Stems of the words that tell a loss, of which an active "defeating X" names the loser.</summary>
    private static readonly FrozenSet<string> LossStems = FrozenSet.ToFrozenSet(["lost", "lose", "loss", "defeat"], StringComparer.Ordinal);

    /// <summary>
    /// True when word <paramref name="i"/> of <paramref name="u"/> tells a loss and <paramref name="other"/> names its
    /// loser itself ("Sanders won, defeating Hillary Clinton" against "a 22-point defeat ..., Hillary Clinton is
    /// staggering"): both texts give the loss to the same person.
    /// </summary>
    private static bool LoserNamedByBoth(TextUnit u, int i, TextUnit other)
    {
        if (u.Stems[i] is not { } stem || !LossStems.Contains(stem)) return false;
        for (int k = 0; k + 1 < other.Words.Length; k++)
        {
            if (!ActiveDefeat(other, k) || !other.Capitalized[k + 1]) continue;
            bool all = true;
            for (int m = k + 1; m < other.Words.Length && other.Capitalized[m]; m++)
                all &= other.Stems[m] is { } name && Array.IndexOf(u.Stems, name) >= 0;
            if (all) return true;
        }
        return false;
    }

    /// <summary>
    /// What word <paramref name="index"/> bears on when nothing follows it: a name right before it after a word in lower
    /// case ("her narrow Iowa win and ..." bears on Iowa), else <paramref name="after"/> as it is.
    /// </summary>
    private static List<string> OrNameBefore(TextUnit u, int index, List<string> after)
    {
        if (after.Count > 0 || index < 2 || !u.Capitalized[index - 1] || u.Stems[index - 1] is not { } name) return after;
        string before = u.Words[index - 2];
        return before.Length > 0 && char.IsLower(before[0]) && !u.Capitalized[index - 2] ? [name] : after;
    }
}
