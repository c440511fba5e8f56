namespace Claims.Stance;

/// <summary>
/// Shared denial: both texts deny the same thing ("No Ukraine breakthrough" and "the talks did not yield a
/// breakthrough"; "failed to reach a compromise" and "no finalized compromise"), explicitly or with an implicit
/// negator, and neither asserts it. Agreement, when the texts are about the same subject.
/// </summary>
public sealed class SharedDenialRule : IStanceRule
{
    /// <inheritdoc />
    public string Name => "shared-denial";

    /// <inheritdoc />
    public RuleFinding? Evaluate(StancePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var a = pair.A;
        var b = pair.B;
        for (int i = 0; i < a.Words.Length; i++)
        {
            var s = a.Stems[i];
            if (s is null || Lexicon.ReportingStems.Contains(s) || !Denied(a, i)) continue;
            for (int j = 0; j < b.Words.Length; j++)
            {
                if (b.Stems[j] != s || !Denied(b, j)) continue;
                if (Asserted(a, s) || Asserted(b, s)) return null;
                if (!pair.SameSubject([s], pair.Relatedness.LooseSameSubjectShare)) return null;
                return new RuleFinding(this, StanceLabel.Agrees, RuleEffect.Decide, 0.7,
                    $"shared denial: '{Quote(a, i)}' and '{Quote(b, j)}'");
            }
        }
        return null;
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
