namespace Claims.Reporting;

/// <summary>
/// The report writers by name and file extension (immutable; <see cref="With"/> adds or replaces one).
/// </summary>
public sealed class ReportWriters
{
    private readonly IReadOnlyList<IReportWriter> _writers;

    /// <summary>text, json, jsonl and html.</summary>
    public static ReportWriters Default { get; } = new([new TextReportWriter(), new JsonReportWriter(), new JsonLinesReportWriter(), new HtmlReportWriter()]);

    /// <summary>Creates a registry; a later writer with the same name replaces an earlier one.</summary>
    public ReportWriters(IEnumerable<IReportWriter> writers)
    {
        ArgumentNullException.ThrowIfNull(writers);
        var list = new List<IReportWriter>();
        foreach (var writer in writers)
        {
            ArgumentNullException.ThrowIfNull(writer, nameof(writers));
            list.RemoveAll(w => string.Equals(w.Name, writer.Name, StringComparison.OrdinalIgnoreCase));
            list.Add(writer);
        }
        _writers = list;
    }

    /// <summary>The writers, in registration order.</summary>
    public IReadOnlyList<IReportWriter> All => _writers;

    /// <summary>The writers' names.</summary>
    public IEnumerable<string> Names => _writers.Select(w => w.Name);

    /// <summary>A registry with <paramref name="writer"/> added (or replacing the writer of the same name).</summary>
    public ReportWriters With(IReportWriter writer) => new([.. _writers, writer]);

    /// <summary>The writer called <paramref name="name"/> (case-insensitive), or null.</summary>
    public IReportWriter? ForName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _writers.FirstOrDefault(w => string.Equals(w.Name, name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The writer for the extension of <paramref name="path"/> (case-insensitive), or null.</summary>
    public IReportWriter? ForPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string extension = Path.GetExtension(path);
        return extension.Length == 0 ? null
            : _writers.LastOrDefault(w => w.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase));
    }
}
