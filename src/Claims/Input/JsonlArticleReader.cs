using System.Text.Json;

namespace Claims.Input;

/// <summary>
/// JSON Lines: one JSON object per line with the string fields of <see cref="ArticleFields"/> (<c>text</c>
/// required; <c>published</c> in ISO 8601). Blank lines are skipped; a line that is not a JSON object, has no text or
/// repeats an id is an error naming the file and line, and the other lines are read.
/// </summary>
public sealed class JsonlArticleReader : IArticleReader
{
    /// <inheritdoc />
    public string Name => "jsonl";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".jsonl", ".ndjson"];

    /// <inheritdoc />
    public IEnumerable<ArticleReadResult> Read(InputText input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        int lineNumber = 0;
        using var reader = new StringReader(input.Text);
        while (reader.ReadLine() is { } line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var fields = Parse(line, out string? problem);
            yield return fields is null
                ? ArticleReadResult.Failed(new Reporting.InputError(input.Source, problem!) { Line = lineNumber })
                : ArticleFields.ToArticle(input, lineNumber, name => fields.GetValueOrDefault(name), ids);
        }
    }

    private static Dictionary<string, string?>? Parse(string line, out string? problem)
    {
        problem = null;
        try
        {
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                problem = $"expected a JSON object, found {json.RootElement.ValueKind.ToString().ToLowerInvariant()}";
                return null;
            }
            var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var property in json.RootElement.EnumerateObject())
            {
                if (!ArticleFields.Names.Contains(property.Name)) continue;
                switch (property.Value.ValueKind)
                {
                    case JsonValueKind.String: fields[property.Name] = property.Value.GetString(); break;
                    case JsonValueKind.Null: fields[property.Name] = null; break;
                    case JsonValueKind.Number when property.Name == "id": fields[property.Name] = property.Value.GetRawText(); break;
                    default:
                        problem = $"field '{property.Name}' must be a string, found {property.Value.ValueKind.ToString().ToLowerInvariant()}";
                        return null;
                }
            }
            return fields;
        }
        catch (JsonException e)
        {
            problem = $"malformed JSON: {e.Message}";
            return null;
        }
    }
}
