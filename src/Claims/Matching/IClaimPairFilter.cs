namespace Claims.Matching;

/// <summary>Decides which candidate pairs are worth a stance verdict. Implementations must be thread-safe.</summary>
public interface IClaimPairFilter
{
    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> should be classified.</summary>
    bool IsComparable(Claim a, Claim b);
}

/// <summary>
/// The default filter: claims from different articles, or from one article in different voices (the article reporting
/// Trump's claim against Dmitriev's). Two claims in one voice in one article are the same author agreeing with itself,
/// and overlapping claims are one text.
/// </summary>
public sealed class DifferentVoicesFilter : IClaimPairFilter
{
    /// <inheritdoc />
    public bool IsComparable(Claim a, Claim b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (!string.Equals(a.ArticleId, b.ArticleId, StringComparison.Ordinal)) return true;
        if (a.Span.Overlaps(b.Span)) return false;
        string? sa = a.SpeakerId ?? a.Speaker, sb = b.SpeakerId ?? b.Speaker;
        return !string.Equals(sa, sb, StringComparison.Ordinal);
    }
}
