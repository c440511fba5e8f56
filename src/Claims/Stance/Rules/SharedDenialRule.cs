namespace Claims.Stance;

/// <summary>
/// Shared denial: both texts deny the same thing ("No Ukraine breakthrough" and "the talks did not yield a
/// breakthrough"; "failed to reach a compromise" and "no finalized compromise"), explicitly or with an implicit
/// negator, and neither asserts it. Agreement, when the texts are about the same subject.
/// </summary>
public sealed class SharedDenialRule : IStanceRule
{
    /// <summary>The rule's name, as reasons and options give it.</summary>
    public const string RuleName = "shared-denial";

    /// <inheritdoc />
    public string Name => RuleName;

    /// <inheritdoc />
    public RuleFinding? Evaluate(StancePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var a = pair.A;
        var b = pair.B;
        var deniedA = a.Memo(DeniedKey, DeniedWords);
        if (deniedA.Length == 0) return null;
        var deniedB = b.Memo(DeniedKey, DeniedWords);
        foreach (int i in deniedA)
        {
            var s = a.Stems[i]!;
            foreach (int j in deniedB)
            {
                if (b.Stems[j] != s) continue;
                if (Asserted(a, s) || Asserted(b, s)) return null;
                if (!pair.SameSubject([s], pair.Relatedness.LooseSameSubjectShare)) return null;
                // With claim vectors the reason shows how alike the texts mean: "I'm not expecting anything" and
                // "presidents can't just say anything they want" deny one word, not one thing (PolNeAR train).
                string meaning = pair.MeaningCosine is { } cosine
                    ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $" (meaning: cosine {cosine:0.00})")
                    : "";
                var (quoteA, quoteB) = (Quote(a, i), Quote(b, j));
                return new RuleFinding(this, StanceLabel.Agrees, RuleEffect.Decide, 0.7,
                    $"shared denial: '{quoteA}' and '{quoteB}'{meaning}") { Quoted = (quoteA, quoteB) };
            }
        }
        return null;
    }

    private static readonly object DeniedKey = new();
    private static readonly Func<TextUnit, int[]> DeniedWords = Denials;

    // The words a unit denies (a content stem, no reporting verb, negated explicitly or implicitly), in order: worked
    // out once per unit instead of once per pair.
    private static int[] Denials(TextUnit u)
    {
        var found = new List<int>();
        for (int i = 0; i < u.Words.Length; i++)
            if (u.Stems[i] is { } s && !Lexicon.ReportingStems.Contains(s) && Denied(u, i)) found.Add(i);
        return [.. found];
    }

    private static bool Denied(TextUnit u, int i) => u.Negated[i] || StanceRules.ImplicitlyNegated(u, i);

    private static bool Asserted(TextUnit u, string stem)
    {
        for (int k = 0; k < u.Stems.Length; k++)
            if (u.Stems[k] == stem && !Denied(u, k)) return true;
        return false;
    }

    private static string Quote(TextUnit u, int i)
    {
        int start = StanceRules.NegationStart(u, i);
        if (start == i)
            for (int k = i - 1; k >= 0 && k >= i - 5; k--)
                if (StanceRules.ImplicitlyNegated(u, k + 1) && !StanceRules.ImplicitlyNegated(u, k)) { start = k; break; }
        return StanceRules.Phrase(u.Words, start, i);
    }
}
