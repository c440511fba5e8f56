using Claims.Stance;

namespace Claims.Reporting;

/// <summary>The stable wire names of enums used in JSON and text output.</summary>
public static class WireNames
{
    /// <summary>"author", "headline", "direct-quote", "indirect" or "counter".</summary>
    public static string Of(ClaimKind kind) => kind switch
    {
        ClaimKind.Author => "author",
        ClaimKind.Headline => "headline",
        ClaimKind.DirectQuote => "direct-quote",
        ClaimKind.Indirect => "indirect",
        ClaimKind.Counter => "counter",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown claim kind"),
    };

    /// <summary>"agrees", "contradicts" or "neutral".</summary>
    public static string Of(StanceLabel label) => label switch
    {
        StanceLabel.Agrees => "agrees",
        StanceLabel.Contradicts => "contradicts",
        StanceLabel.Neutral => "neutral",
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, "unknown stance"),
    };
}
