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
            if (!u.Negated[i] && Lexicon.StrongRefuting.Contains(u.Words[i]) && !Attributive(u, i)) return u.Words[i];
        return null;
    }

    /// <summary>Things a text can call fake that are reports: "a fake story" refutes, "a fake casing" describes.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> ReportNouns = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["story", "stories", "report", "reports", "news", "claim", "claims", "rumor", "rumors", "rumour", "rumours", "video",
         "videos", "photo", "photos", "image", "images", "picture", "pictures", "headline", "headlines", "article", "tweet",
         "tweets", "post", "posts", "quote", "account", "accounts", "information"], StringComparer.Ordinal);

    // An adjective before a noun that is no report ("a fake website", "false teeth") describes a thing.
    private static bool Attributive(TextUnit u, int i) =>
        i + 1 < u.Words.Length && u.Stems[i + 1] is not null && u.Words[i] is "fake" or "false" or "bogus" or "fabricated"
        && !ReportNouns.Contains(u.Words[i + 1]);
}
