using System.Text;

namespace Claims.Evaluation;

/// <summary>
/// Reads RFC 4180 CSV: comma-separated, fields optionally quoted, quotes doubled inside quoted fields, line breaks
/// allowed inside quoted fields. A malformed file raises <see cref="FormatException"/> naming the file and line.
/// </summary>
public static class CsvReader
{
    /// <summary>One record and the line it starts on (1-based).</summary>
    public sealed record Row(int Line, IReadOnlyList<string> Fields);

    /// <summary>Reads every record of <paramref name="path"/>, header included.</summary>
    public static List<Row> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, path).ToList();
    }

    /// <summary>Reads records from <paramref name="reader"/>; <paramref name="name"/> names the source in errors.</summary>
    public static IEnumerable<Row> Read(TextReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var fields = new List<string>();
        var field = new StringBuilder();
        int line = 1, recordLine = 1;
        bool quoted = false, wasQuoted = false, any = false;
        while (true)
        {
            int ch = reader.Read();
            if (ch < 0)
            {
                if (quoted) throw new FormatException($"{name}: line {recordLine}: quoted field is not closed before the end of the file");
                if (any || field.Length > 0 || fields.Count > 0)
                {
                    fields.Add(field.ToString());
                    yield return new Row(recordLine, fields.ToArray());
                }
                yield break;
            }
            char c = (char)ch;
            any = true;
            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                    else { quoted = false; }
                }
                else
                {
                    if (c == '\n') line++;
                    field.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"':
                    if (field.Length > 0 || wasQuoted)
                        throw new FormatException($"{name}: line {line}: quote inside an unquoted field (fields with quotes must be quoted and the quotes doubled)");
                    quoted = true;
                    wasQuoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    wasQuoted = false;
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    wasQuoted = false;
                    yield return new Row(recordLine, fields.ToArray());
                    fields.Clear();
                    any = false;
                    line++;
                    recordLine = line;
                    break;
                default:
                    if (wasQuoted)
                        throw new FormatException($"{name}: line {line}: text after the closing quote of a field");
                    field.Append(c);
                    break;
            }
        }
    }

    /// <summary>Quotes a field when it needs it.</summary>
    public static string Escape(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.IndexOfAny([',', '"', '\n', '\r']) < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
