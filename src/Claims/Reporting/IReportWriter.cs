namespace Claims.Reporting;

/// <summary>
/// Writes an <see cref="AnalysisReport"/> in one format. Writers are registered by name and file extension in
/// <see cref="ReportWriters"/>; the CLI chooses one by <c>--format</c> or by the extension of <c>--out</c>.
/// </summary>
public interface IReportWriter
{
    /// <summary>The format's name ("text", "json", "jsonl", "html").</summary>
    string Name { get; }

    /// <summary>File extensions that select this writer, with the dot, lower case.</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/> (UTF-8; the stream is not closed).</summary>
    void Write(AnalysisReport report, Stream output, ReportOptions options);

    /// <summary>
    /// Writes a streaming analysis (<see cref="ClaimAnalyzer.Start(IEnumerable{Article}, CancellationToken)"/>): the
    /// same bytes as writing <see cref="AnalysisRun.ToReport"/>, with the pairs written as they are classified where the
    /// format allows. This default gathers every pair first (<see cref="AnalysisRun.ToReport"/>); the built-in writers
    /// stream: JSON writes each pair as it comes, JSON Lines writes no pairs, text and HTML keep only the pairs they list
    /// (see their <c>MaxListedPairs</c>).
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled while pairs were classified.</exception>
    void Write(AnalysisRun run, Stream output, ReportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        Write(run.ToReport(cancellationToken), output, options);
    }
}

/// <summary>What a report shows besides the analysis.</summary>
public sealed record ReportOptions
{
    /// <summary>The defaults: no errors, no neutral pairs listed.</summary>
    public static ReportOptions Default { get; } = new();

    /// <summary>Inputs that could not be analyzed, reported beside the results.</summary>
    public IReadOnlyList<InputError> Errors { get; init; } = [];

    /// <summary>Whether the text and HTML reports list neutral pairs (they are counted either way; JSON always holds
    /// every pair).</summary>
    public bool IncludeNeutral { get; init; }

    /// <summary>Two sides published further apart than this are flagged in reports and put in date order.</summary>
    public TimeSpan FarApart { get; init; } = PairTiming.DefaultFarApart;
}
