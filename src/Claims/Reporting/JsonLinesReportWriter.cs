namespace Claims.Reporting;

/// <summary>One JSON object per article and line: <c>{"path":...,"claims":[...]}</c> (what <c>claims extract</c>
/// writes). Pairs are not written, so a streaming run (<see cref="AnalysisRun"/>) is written without classifying any.</summary>
public sealed class JsonLinesReportWriter : IReportWriter
{
    /// <inheritdoc />
    public string Name => "jsonl";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".jsonl", ".ndjson"];

    /// <inheritdoc />
    public void Write(AnalysisReport report, Stream output, ReportOptions options) => new JsonReportWriter().WriteJsonLines(report, output);

    /// <summary>Writes the run's articles, one line each, as they are (the pairs are neither classified nor written).</summary>
    public void Write(AnalysisRun run, Stream output, ReportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        cancellationToken.ThrowIfCancellationRequested();
        new JsonReportWriter().WriteJsonLines(run.Extraction, output);
    }
}
