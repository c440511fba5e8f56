namespace Claims.Reporting;

/// <summary>One JSON object per article and line: <c>{"path":...,"claims":[...]}</c> (what <c>claims extract</c>
/// writes). Pairs are not written.</summary>
public sealed class JsonLinesReportWriter : IReportWriter
{
    /// <inheritdoc />
    public string Name => "jsonl";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".jsonl", ".ndjson"];

    /// <inheritdoc />
    public void Write(AnalysisReport report, Stream output, ReportOptions options) => new JsonReportWriter().WriteJsonLines(report, output);
}
