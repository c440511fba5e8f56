using System.Globalization;
using System.Text;
using Claims.Reporting;

namespace Claims.Input;

/// <summary>
/// CSV (RFC 4180: comma-separated, fields with commas, quotes or line breaks in double quotes, <c>""</c> for a quote):
/// a header row naming the columns (any of <see cref="ArticleFields.Names"/>, any order, <c>text</c> required; other
/// columns are ignored with a warning), then one article per row. A row with the wrong number of fields, a stray
/// quote, no text or a repeated id is an error naming the file and line; the other rows are read.
/// </summary>
public sealed class CsvArticleReader : IArticleReader
{
    /// <inheritdoc />
    public string Name => "csv";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".csv"];

    /// <inheritdoc />
    public IEnumerable<ArticleReadResult> Read(InputText input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var rows = Rows(input.Text).GetEnumerator();
        if (!rows.MoveNext())
            yield break;
        var header = rows.Current;
        if (header.Problem is not null || !header.Fields.Contains("text", StringComparer.OrdinalIgnoreCase))
        {
            yield return ArticleReadResult.Failed(new InputError(input.Source,
                header.Problem ?? $"the header row has no 'text' column (columns: {string.Join(", ", ArticleFields.Names)})") { Line = header.Line });
            yield break;
        }
        var columns = header.Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        var unknown = columns.Where(c => !ArticleFields.Names.Contains(c)).ToList();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        bool warned = unknown.Count == 0;
        while (rows.MoveNext())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var row = rows.Current;
            if (row.Fields.Count == 1 && row.Fields[0].Length == 0 && row.Problem is null) continue; // blank line
            if (row.Problem is null && row.Fields.Count != columns.Count)
                row = row with { Problem = string.Create(CultureInfo.InvariantCulture, $"row has {row.Fields.Count} fields, the header {columns.Count}") };
            if (row.Problem is not null)
            {
                yield return ArticleReadResult.Failed(new InputError(input.Source, row.Problem) { Line = row.Line });
                continue;
            }
            var result = ArticleFields.ToArticle(input, row.Line, name => columns.IndexOf(name) is int i and >= 0 ? row.Fields[i] : null, ids);
            if (!warned && result.Article is { } article)
            {
                warned = true;
                result = ArticleReadResult.Of(article with { Warnings = [.. article.Warnings, $"{input.Source}: columns ignored: {string.Join(", ", unknown)}"] });
            }
            yield return result;
        }
    }

    private sealed record Row(int Line, List<string> Fields, string? Problem);

    /// <summary>Splits the text into rows; a malformed row is returned with its problem and reading resumes at the
    /// next line.</summary>
    private static IEnumerable<Row> Rows(string text)
    {
        int i = 0, line = 1;
        while (i < text.Length)
        {
            int rowLine = line;
            var fields = new List<string>();
            var field = new StringBuilder();
            string? problem = null;
            bool quoted = false, wasQuoted = false;
            while (i < text.Length)
            {
                char c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                    if (c == '"') { quoted = false; i++; continue; }
                    if (c == '\n') line++;
                    field.Append(c);
                    i++;
                    continue;
                }
                if (c == '"' && field.Length == 0 && !wasQuoted) { quoted = wasQuoted = true; i++; continue; }
                if (c == ',') { fields.Add(field.ToString()); field.Clear(); wasQuoted = false; i++; continue; }
                if (c is '\r' or '\n') break;
                if (c == '"' || wasQuoted)
                {
                    problem = c == '"' ? "a quote inside an unquoted field (quote the field and double the quote)" : "text after a closing quote";
                    while (i < text.Length && text[i] != '\n') i++;
                    break;
                }
                field.Append(c);
                i++;
            }
            if (quoted) problem = "a quoted field is not closed before the end of the file";
            fields.Add(field.ToString());
            if (i < text.Length && text[i] == '\r') i++;
            if (i < text.Length && text[i] == '\n') { i++; line++; }
            yield return new Row(rowLine, fields, problem);
        }
    }
}
