using System.Globalization;
using Claims.Reporting;

namespace Claims.Input;

/// <summary>
/// The fields of one JSONL or CSV row: <c>id</c>, <c>outlet</c>, <c>url</c>, <c>published</c>, <c>title</c>,
/// <c>text</c> (only <c>text</c> is required). Turns them into an article or an error naming the input and line.
/// </summary>
public static class ArticleFields
{
    /// <summary>The field names, in the documented order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["id", "outlet", "url", "published", "title", "text"];

    /// <summary>Builds the article of one row, or the error that rejects it. <paramref name="ids"/> holds the ids
    /// already used in this input (a repeated id is an error).</summary>
    /// <param name="input">The input the row comes from.</param>
    /// <param name="line">The row's first line (1-based).</param>
    /// <param name="get">The value of a field, or null when absent.</param>
    /// <param name="ids">Ids used so far in this input.</param>
    public static ArticleReadResult ToArticle(InputText input, int line, Func<string, string?> get, ISet<string> ids)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(get);
        ArgumentNullException.ThrowIfNull(ids);
        InputError Error(string message) => new(input.Source, message) { Line = line };

        string? text = get("text");
        if (string.IsNullOrWhiteSpace(text))
            return ArticleReadResult.Failed(Error("row has no text"));
        string id = NullIfBlank(get("id")) ?? string.Create(CultureInfo.InvariantCulture, $"{input.Name}-{line}");
        if (!ids.Add(id))
            return ArticleReadResult.Failed(Error($"duplicate id '{id}' (first used on an earlier row)"));

        var warnings = new List<string>();
        string where = string.Create(CultureInfo.InvariantCulture, $"{input.Source}:{line}");
        Uri? url = null;
        if (NullIfBlank(get("url")) is { } rawUrl && !Uri.TryCreate(rawUrl, UriKind.Absolute, out url))
            warnings.Add($"{where}: url '{rawUrl}' is not an absolute URL; ignored");
        DateTimeOffset? published = null;
        if (NullIfBlank(get("published")) is { } rawDate)
        {
            if (DateTimeOffset.TryParse(rawDate, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
                published = date;
            else
                warnings.Add($"{where}: published '{rawDate}' is not a date (ISO 8601 expected, e.g. 2025-04-02T09:10:00+02:00); ignored");
        }
        return ArticleReadResult.Of(new Article(id, text, input.Path, NullIfBlank(get("outlet")))
        {
            Title = NullIfBlank(get("title")),
            Url = url,
            Published = published,
            // The input's own warnings (its decoding) go with its first article only, so they are said once.
            Warnings = ids.Count == 1 ? [.. input.Warnings, .. warnings] : warnings,
        });
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
