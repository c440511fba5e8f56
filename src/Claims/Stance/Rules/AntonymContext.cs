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
        if (!bearing) return false;
        var ba = Bearing(a, i);
        var bb = Bearing(b, j);
        return ba.Count > 0 && bb.Count > 0 && !ba.Exists(bb.Contains);
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
        u.Words[index] == "more" && index > 1 && u.Words[index - 1] is "'s" or "\u2019s" && u.Words[index - 2] == "what";

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
    /// it (determiners, figures, quantity words and prepositions skipped first) to the end of its clause, names
    /// included, days and months left out.
    /// </summary>
    internal static List<string> Bearing(TextUnit u, int index)
    {
        var stems = new List<string>();
        int k = index + 1;
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
}
