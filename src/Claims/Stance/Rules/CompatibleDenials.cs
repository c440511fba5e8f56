namespace Claims.Stance;

/// <summary>
/// Denials that are compatible with the other text's plain word: the plain side denies its own predicate in other
/// words ("the laboratory facilities do not have the capabilities" beside "no laboratory facility"), or the denial
/// says something is new rather than untrue ("we've never had offers from abroad before" beside "we've had offers
/// from America"). The negation rule asks these before it reads a polarity mismatch as a contradiction.
/// </summary>
internal static class CompatibleDenials
{
    /// <summary>How many words after the plain word a negator may stand and still deny the predicate it is subject of.</summary>
    private const int PredicateReach = 4;

    /// <summary>Negative predicates that deny their subject as "not" does ("reattachment was impossible").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> NegativePredicates = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["impossible", "unable", "unlikely"], StringComparer.Ordinal);

    /// <summary>Words that end the clause of a subject: after one, a negator denies something else.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> ClauseBreaks = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["and", "or", "but", "that", "which", "who", "while", "because", "although", "though", "if", "when", "unless",
         "since", "after", "before", "however", "despite", "whereas", "as"], StringComparer.Ordinal);

    /// <summary>
    /// True when the plain word <paramref name="index"/> of <paramref name="plain"/> is in the subject of a predicate
    /// its own text denies: a negator or a negative predicate follows within <see cref="PredicateReach"/> words in
    /// the same clause ("a first-generation version may not reach its goals").
    /// </summary>
    public static bool PlainSideDenies(TextUnit plain, int index)
    {
        var w = plain.Words;
        for (int k = index + 1; k < w.Length && k <= index + PredicateReach; k++)
        {
            if (IsBreak(w[k])) return false;
            if (Lexicon.Negators.Contains(w[k]) || Lexicon.ClauseNegators.Contains(w[k]) || NegativePredicates.Contains(w[k]))
                return true;
        }
        return false;
    }

    /// <summary>
    /// True when the clause of the negated word <paramref name="index"/> of <paramref name="negated"/> ends with
    /// "before" ("never had offers from the other side of the world before"): it says the thing is new, not untrue.
    /// </summary>
    public static bool Novelty(TextUnit negated, int index)
    {
        var w = negated.Words;
        for (int k = index + 1; k < w.Length; k++)
        {
            if (w[k] == "before") return k + 1 == w.Length || IsPunctuation(w[k + 1]);
            if (IsBreak(w[k])) return false;
        }
        return false;
    }

    /// <summary>How many words a fronted "without" phrase may run before its comma.</summary>
    private const int FrontedPhraseReach = 6;

    /// <summary>
    /// True when the negated word <paramref name="index"/> of <paramref name="negated"/> is in a fronted "without"
    /// phrase ("Without a charge, a dead watch isn't even a watch"): it sets a condition, it denies nothing.
    /// </summary>
    public static bool FrontedWithout(TextUnit negated, int index)
    {
        int start = StanceRules.NegationStart(negated, index);
        var w = negated.Words;
        if (start == index || w[start] != "without" || (start > 0 && !IsPunctuation(w[start - 1]))) return false;
        for (int k = start + 1; k < w.Length && k <= start + FrontedPhraseReach; k++)
            if (w[k] == ",") return k > index;
        return false;
    }

    private static bool IsBreak(string word) => IsPunctuation(word) || ClauseBreaks.Contains(word);

    // A punctuation mark other than quotes and apostrophes (which sit inside clauses).
    private static bool IsPunctuation(string word) =>
        word.Length > 0 && !char.IsLetterOrDigit(word[0]) && word[0] is not ('"' or '\'' or '\u2019' or '\u201c' or '\u201d');
}
