namespace Claims.Reporting;

/// <summary>
/// When the two sides of a pair were published: a contradiction between statements months apart may be a change of
/// position rather than a disagreement, so reports say so and show the earlier side first.
/// </summary>
/// <param name="A">Publication of the article of side A, or null.</param>
/// <param name="B">Publication of the article of side B, or null.</param>
public sealed record PairTiming(DateTimeOffset? A, DateTimeOffset? B)
{
    /// <summary>Default distance above which two sides count as far apart in time (14 days).</summary>
    public static readonly TimeSpan DefaultFarApart = TimeSpan.FromDays(14);

    /// <summary>How far apart the sides were published, or null when a date is unknown.</summary>
    public TimeSpan? Apart => A is { } a && B is { } b ? (b - a).Duration() : null;

    /// <summary>True when side B was published before side A (both dates known).</summary>
    public bool BFirst => A is { } a && B is { } b && b < a;

    /// <summary>Whether the sides are further apart than <paramref name="threshold"/>.</summary>
    public bool IsFarApart(TimeSpan threshold) => Apart is { } apart && apart > threshold;

    /// <summary>The timing of <paramref name="pair"/> in <paramref name="report"/>.</summary>
    public static PairTiming Of(AnalysisReport report, ClaimPair pair)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(pair);
        return new PairTiming(report.FindClaim(pair.A).Article.Published, report.FindClaim(pair.B).Article.Published);
    }

    /// <summary>"published 183 days apart" (or hours, under two days), or null when a date is unknown.</summary>
    public string? Describe() => Apart switch
    {
        null => null,
        { TotalDays: >= 2 } apart => FormattableString.Invariant($"published {Math.Round(apart.TotalDays):0} days apart"),
        { } apart => FormattableString.Invariant($"published {Math.Round(apart.TotalHours):0} hours apart"),
    };
}
