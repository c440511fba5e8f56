namespace Claims.Pipeline;

/// <summary>How far an analysis has come: <see cref="Done"/> of <see cref="Total"/> items of one phase.</summary>
/// <param name="Phase">"articles" (per-article stages) or "pairs" (stance of related pairs).</param>
/// <param name="Done">Items finished in this phase.</param>
/// <param name="Total">Items in this phase.</param>
public sealed record AnalysisProgress(string Phase, int Done, int Total)
{
    /// <summary>The phase that runs the per-article stages.</summary>
    public const string Articles = "articles";

    /// <summary>The phase that classifies related pairs.</summary>
    public const string Pairs = "pairs";
}
