using System.Collections.Frozen;

namespace Claims.Stance;

/// <summary>
/// A denial and an assertion of one word that are about different intentions or sets, seen in election coverage:
/// "isn't planning to endorse anyone" / "plans to support the nominee" (an intention is its intended act); "those
/// emails were not classified" / "64 emails now deemed classified" (a set named elsewhere and a counted set); "none of
/// the emails originated with Clinton" / "emails that didn't originate with her" (both deny the predicate). Stateless.
/// </summary>
internal static class DenialReferents
{
    /// <summary>Verbs of intention and attempt: their sense is the act after "to" ("plans to endorse").</summary>
    private static readonly FrozenSet<string> IntentionLemmas = FrozenSet.ToFrozenSet(
        ["plan", "intend", "want", "hope", "try", "expect", "aim", "seek", "prepare", "mean", "wish"], StringComparer.Ordinal);

    /// <summary>Determiners that point to a set named outside the clause ("those emails").</summary>
    private static readonly FrozenSet<string> Demonstratives = FrozenSet.ToFrozenSet(["those", "these"], StringComparer.Ordinal);

    /// <summary>The most words from a demonstrative to the negation it is the subject or object of.</summary>
    private const int DemonstrativeReach = 4;

    /// <summary>Why negated word <paramref name="ni"/> of <paramref name="neg"/> and word <paramref name="pi"/> of
    /// <paramref name="plain"/> are about different intentions or sets, or both deny, or null.</summary>
    public static string? Block(TextUnit neg, int ni, TextUnit plain, int pi)
    {
        int start = StanceRules.NegationStart(neg, ni);
        return IntendedActsDiffer(neg, ni, plain, pi) ?? DemonstrativeAgainstCount(neg, start, ni, plain)
            ?? BothDenyPredicate(neg, start, ni, plain);
    }

    /// <summary>"isn't planning to endorse" and "plans to support": one verb of intention, two intended acts.</summary>
    private static string? IntendedActsDiffer(TextUnit neg, int ni, TextUnit plain, int pi)
    {
        var lemmas = Claims.Text.VerbLemmas.Default;
        if (!IntentionLemmas.Contains(lemmas.Lemma(neg.Words[ni]))) return null;
        string? an = Intended(neg, ni), ap = Intended(plain, pi);
        if (an is null || ap is null || lemmas.Lemma(an) == lemmas.Lemma(ap)) return null;
        return $"'{neg.Words[ni]} to {an}' and '{plain.Words[pi]} to {ap}' intend different acts";
    }

    // The verb after "to" right after word `index` ("planning to endorse"), or null.
    private static string? Intended(TextUnit u, int index) =>
        index + 2 < u.Words.Length && u.Words[index + 1] == "to" && u.Stems[index + 2] is not null ? u.Words[index + 2] : null;

    /// <summary>
    /// "those emails were not classified" and "64 emails now deemed classified": the denial is said of a set its own
    /// text points to ("those", "these") and the other text counts a set of the same noun; two sets, no contradiction.
    /// </summary>
    private static string? DemonstrativeAgainstCount(TextUnit neg, int start, int ni, TextUnit plain)
    {
        int from = Math.Max(0, start - DemonstrativeReach), to = Math.Min(neg.Words.Length - 2, ni + DemonstrativeReach);
        for (int k = from; k <= to; k++)
        {
            if (!Demonstratives.Contains(neg.Words[k]) || neg.Stems[k + 1] is not { } noun) continue;
            if (Counted(plain, noun)) return $"'{neg.Words[k]} {neg.Words[k + 1]}' and a count of '{neg.Words[k + 1]}' are two sets";
        }
        return null;
    }

    // True when `u` has `noun` with a figure right before it or one name between ("64 emails", "22 Clinton emails").
    private static bool Counted(TextUnit u, string noun)
    {
        for (int k = 1; k < u.Words.Length; k++)
        {
            if (u.Stems[k] != noun) continue;
            if (IsFigure(u.Words[k - 1]) || (k > 1 && u.Capitalized[k - 1] && IsFigure(u.Words[k - 2]))) return true;
        }
        return false;
    }

    private static bool IsFigure(string w) => w.Length > 0 && char.IsDigit(w[0]);

    /// <summary>
    /// "none of the emails in question originated with Clinton" and "emails that didn't originate with her" (or "was
    /// not the originator"): a noun's denial ("no", "none of") is a denial of its predicate, which the other text denies
    /// too; both say the same.
    /// </summary>
    private static string? BothDenyPredicate(TextUnit neg, int start, int ni, TextUnit plain)
    {
        if (!DenialContexts.NounNegators.Contains(neg.Words[start])) return null;
        for (int k = ni + 1; k < neg.Words.Length; k++)
        {
            string w = neg.Words[k];
            if (w.Length == 0 || (!char.IsLetterOrDigit(w[0]) && !StanceRules.IsQuote(w))) return null;
            if (neg.Stems[k] is not { } stem || stem == neg.Stems[ni]) continue;
            for (int m = 0; m < plain.Words.Length; m++)
                if (plain.Stems[m] == stem && plain.Negated[m]) return $"'{neg.Words[start]} ... {w}' and '{plain.Words[m]}' both denied";
        }
        return null;
    }
}
