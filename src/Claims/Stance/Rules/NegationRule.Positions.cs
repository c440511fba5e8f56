using Claims.Text;

namespace Claims.Stance;

// Where a negated word stands in its clause: the positions that make a negation no denial of that word ("not only",
// "not until", a verb of denial before it, "the first time", a deflected subject, a comparative's "than").
public sealed partial class NegationRule
{
    private static bool NotOnly(TextUnit u, int index)
    {
        int start = StanceRules.NegationStart(u, index);
        // "isn't just looking to stop the bleeding": "n't" follows the auxiliary the negation starts at.
        int not = u.Words[start] == "not" ? start : start + 1 < u.Words.Length && u.Words[start + 1] == "n't" ? start + 1 : -1;
        return not >= 0 && not + 1 < u.Words.Length && u.Words[not + 1] is "only" or "just" or "merely";
    }

    /// <summary>The most words from a negated word to the "until" that makes its negation a time ("isn't set to start
    /// at manufacturing partner Quanta until sometime in January").</summary>
    internal const int UntilReach = 8;

    /// <summary>True when "until" (or "till") follows word <paramref name="index"/> in its clause within
    /// <see cref="UntilReach"/> words: "not ... until X" sets the time the thing happens.</summary>
    private static bool NotUntil(TextUnit u, int index)
    {
        for (int k = index + 1; k < u.Words.Length && k <= index + UntilReach; k++)
        {
            string w = u.Words[k];
            if (w is "until" or "till") return true;
            if (w.Length > 0 && !char.IsLetterOrDigit(w[0])) return false;
        }
        return false;
    }

    /// <summary>Verbs with which a text denies what follows them in its clause.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> DenialVerbs = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["deny", "denies", "denied", "denying", "negate", "negates", "negated", "refute", "refutes", "refuted"], StringComparer.Ordinal);

    /// <summary>The most words from a verb of denial back from the word it denies.</summary>
    internal const int DenialVerbReach = 8;

    /// <summary>True when a verb of denial comes before word <paramref name="index"/> in its clause, within
    /// <see cref="DenialVerbReach"/> words ("denied the existence of any suspected cases").</summary>
    private static bool DeniedByVerb(TextUnit u, int index)
    {
        for (int k = index - 1; k >= 0 && k >= index - DenialVerbReach; k--)
        {
            string w = u.Words[k];
            if (w.Length > 0 && !char.IsLetterOrDigit(w[0]) && w != "\"") return false;
            if (DenialVerbs.Contains(w)) return true;
            // "denied that cases had been found": the clause the verb opens is what it denies.
            if (Lexicon.ClauseOpeners.Contains(w)) return w == "that" && k > 0 && DenialVerbs.Contains(u.Words[k - 1]);
        }
        return false;
    }

    /// <summary>"the first time", "the last time": an idiom of repetition, not a ranking.</summary>
    private static bool FirstTime(TextUnit u, int index) =>
        u.Words[index] is "first" or "last" && index + 1 < u.Words.Length && u.Words[index + 1] == "time";

    /// <summary>
    /// True when a question word or a quantifier stands between the negator and word <paramref name="index"/>, the word
    /// is the "means" of "by no means", the negator follows "or" ("may or may not"), or a comparison follows the word.
    /// </summary>
    private static bool Deflected(TextUnit u, int index)
    {
        int start = StanceRules.NegationStart(u, index);
        if (start == index) return false;
        if (u.Words[start] == "no" && start > 0 && u.Words[start - 1] == "by" && index == start + 1) return true;
        // "nothing but pain" asserts the pain; "no way we're making this up" is an idiom of emphasis.
        if (start + 1 < u.Words.Length && ((u.Words[start] == "nothing" && u.Words[start + 1] == "but")
            || (u.Words[start] == "no" && u.Words[start + 1] == "way"))) return true;
        // "more often than not", "more likely than not": the negator completes a comparison, it denies nothing.
        if (start > 0 && u.Words[start] == "not" && u.Words[start - 1] == "than") return true;
        // "may or may not be true", "whether or not": no stance.
        if ((start > 0 && u.Words[start - 1] == "or") || (start > 1 && u.Words[start - 2] == "or")) return true;
        // "will not cost anything less than $5,000", "no candidate has less at stake than Cruz": the negation bears on
        // the comparison.
        for (int k = index + 1; k < u.Words.Length - 1 && k <= index + 3; k++)
            if (u.Words[k] is "less" or "more" or "fewer" && ThanFollows(u, k)) return true;
        for (int k = start + 1; k < index; k++)
        {
            if (Lexicon.NegationDeflectors.Contains(u.Words[k])) return true;
            // "doesn't have to pick someone", "don't need to win": the negation denies a necessity, not the act.
            if (u.Words[k] is "have" or "has" or "had" or "need" or "needs" && u.Words[k + 1] == "to") return true;
        }
        // "we don't know exactly when they worked it out" denies knowing when, not that it is known.
        return CompatibleDenials.Ignorance(u, index);
    }

    /// <summary>The most words from a comparative to its "than".</summary>
    private const int ThanReach = 6;

    // True when "than" follows the comparative at `k` within ThanReach words of its clause ("less at stake than").
    private static bool ThanFollows(TextUnit u, int k)
    {
        for (int m = k + 1; m < u.Words.Length && m <= k + ThanReach; m++)
        {
            if (u.Words[m] == "than") return true;
            if (u.Words[m].Length > 0 && !char.IsLetterOrDigit(u.Words[m][0])) return false;
        }
        return false;
    }
}
