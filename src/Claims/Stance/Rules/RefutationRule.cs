namespace Claims.Stance;

/// <summary>
/// Refutation: one text calls the other's content false ("denied that", "a hoax", "was debunked") while the other
/// asserts it. Runs after the antonym rule, so "confirmed" vs "denied" is reported as an antonym.
/// </summary>
public sealed class RefutationRule : IStanceRule
{
    /// <inheritdoc />
    public string Name => "refutation";

    /// <inheritdoc />
    public RuleFinding? Evaluate(StancePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        string? ra = Find(pair.A), rb = Find(pair.B);
        if ((ra is null) == (rb is null)) return null;
        string word = (ra ?? rb)!;
        // The other side must assert: "has not died" or "is nothing but a lie" deny the report as well.
        var asserting = ra is null ? pair.A : pair.B;
        if (asserting.Negations > 0 || StanceRules.Disowning(asserting) is not null) return null;
        if (!pair.SameSubject([word], pair.Relatedness.StrictSameSubjectShare)) return null;
        return new RuleFinding(this, StanceLabel.Contradicts, RuleEffect.Decide, 0.7,
            ra is not null ? $"refutation: '{ra}' vs asserted" : $"refutation: asserted vs '{rb}'");
    }

    private static string? Find(TextUnit u)
    {
        for (int i = 0; i < u.Words.Length; i++)
            if (!u.Negated[i] && Lexicon.StrongRefuting.Contains(u.Words[i])) return u.Words[i];
        return null;
    }
}
