using System.Text.Encodings.Web;
using System.Text.Json;

namespace Claims.Reporting;

/// <summary>
/// Writes an <see cref="AnalysisReport"/> as camelCase JSON with a fixed field order and rounded scores, so the same
/// input gives byte-identical output. Non-ASCII text is written as is (UTF-8), not escaped.
/// </summary>
public sealed class JsonReportWriter : IReportWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <inheritdoc />
    public string Name => "json";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".json"];

    /// <inheritdoc />
    public void Write(AnalysisReport report, Stream output, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Write(report, output, options.Errors, options.FarApart);
    }

    /// <summary>Writes the whole report: <c>{"articles":[...],"speakers":[...],"pairs":[...],"stories":[...],"errors":[...]}</c> (and <c>"copies"</c>, <c>"copiedClaims"</c> when articles or claims repeat an earlier text, <c>"warnings"</c> when the analysis hit a limit).</summary>
    /// <param name="report">The analysis.</param>
    /// <param name="output">Destination stream (UTF-8, not closed).</param>
    /// <param name="errors">Inputs that could not be analyzed (input name, message), reported beside the results.</param>
    public void Write(AnalysisReport report, Stream output, IReadOnlyList<InputError>? errors = null) =>
        Write(report, output, errors, PairTiming.DefaultFarApart);

    private static void Write(AnalysisReport report, Stream output, IReadOnlyList<InputError>? errors, TimeSpan farApart)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        Write(report, report.Pairs, () => report.Warnings, output, errors, farApart);
    }

    /// <summary>
    /// Writes a streaming analysis: articles and speakers first, then each pair as <see cref="AnalysisRun.Pairs"/>
    /// yields it (the output is flushed to <paramref name="output"/> every 64 KB, so no more than that and one chunk of
    /// classified pairs is held), then the stories, the warnings and the errors. The same bytes as
    /// <see cref="Write(AnalysisReport, Stream, ReportOptions)"/> of <see cref="AnalysisRun.ToReport"/>.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; the output is incomplete.</exception>
    public void Write(AnalysisRun run, Stream output, ReportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        Write(run.Extraction, run.Pairs(cancellationToken), () => run.Warnings, output, options.Errors, options.FarApart);
    }

    // The header (articles, speakers, stories) from one report, the pairs from a stream, the warnings once it has ended.
    private static void Write(AnalysisReport header, IEnumerable<ClaimPair> pairs, Func<IReadOnlyList<string>> warnings,
        Stream output, IReadOnlyList<InputError>? errors, TimeSpan farApart)
    {
        using var w = new Utf8JsonWriter(output, Options);
        w.WriteStartObject();
        WriteArticles(w, header);
        WriteSpeakers(w, header);
        WritePairs(w, header, pairs, farApart);
        WriteStories(w, header, warnings());
        WriteErrors(w, errors);
        w.WriteEndObject();
    }

    // Bytes the JSON writer may buffer before they are flushed to the stream: between two items of a list, so the
    // writer's buffer stays near this size instead of growing (by doubling, copied each time) to a whole section.
    private const int FlushBytes = 1 << 16;

    private static void FlushIfFull(Utf8JsonWriter w)
    {
        if (w.BytesPending >= FlushBytes) w.Flush();
    }

    // Per article: its id, path, outlet, title, claims, warnings (if any), URL and publication date.
    private static void WriteArticles(Utf8JsonWriter w, AnalysisReport report)
    {
        w.WriteStartArray("articles");
        foreach (var article in report.Articles)
        {
            FlushIfFull(w);
            w.WriteStartObject();
            w.WriteString("id", article.Article.Id);
            w.WriteString("path", article.Article.Path);
            w.WriteString("outlet", article.Article.Outlet);
            w.WriteString("title", article.Title);
            WriteClaims(w, article.Claims);
            if (article.Article.Warnings.Count > 0)
            {
                WriteStrings(w, "warnings", article.Article.Warnings);
            }
            w.WriteString("url", article.Article.Url?.OriginalString);
            WriteDate(w, "published", article.Published);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    // Per speaker: its id, name, roles and mentions (article, span, text).
    private static void WriteSpeakers(Utf8JsonWriter w, AnalysisReport report)
    {
        w.WriteStartArray("speakers");
        foreach (var speaker in report.Speakers)
        {
            FlushIfFull(w);
            w.WriteStartObject();
            w.WriteString("id", speaker.Id);
            w.WriteString("name", speaker.Name);
            WriteStrings(w, "roles", speaker.Roles);
            w.WriteStartArray("mentions");
            foreach (var m in speaker.Mentions)
            {
                w.WriteStartObject();
                w.WriteString("article", m.ArticleId);
                w.WriteNumber("start", m.Span.Start);
                w.WriteNumber("end", m.Span.End);
                w.WriteString("text", m.Text);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    // Per pair: the claims, relation, score, similarity, reasons and how far apart in time they were published.
    private static void WritePairs(Utf8JsonWriter w, AnalysisReport report, IEnumerable<ClaimPair> pairs, TimeSpan farApart)
    {
        w.WriteStartArray("pairs");
        foreach (var pair in pairs)
        {
            FlushIfFull(w);
            w.WriteStartObject();
            w.WriteString("a", pair.A);
            w.WriteString("b", pair.B);
            w.WriteString("relation", WireNames.Of(pair.Relation));
            w.WriteNumber("score", Math.Round(pair.Score, 4));
            w.WriteNumber("similarity", Math.Round(pair.Similarity, 4));
            WriteStrings(w, "reasons", pair.Reasons);
            var timing = PairTiming.Of(report, pair);
            if (timing.Apart is { } apart) w.WriteNumber("daysApart", Math.Round(apart.TotalDays, 2));
            else w.WriteNull("daysApart");
            w.WriteBoolean("farApart", timing.IsFarApart(farApart));
            if (timing.Apart is null) w.WriteNull("earlier");
            else w.WriteString("earlier", timing.BFirst ? "b" : "a");
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    // The inputs that could not be read, with the message and line (if known).
    private static void WriteErrors(Utf8JsonWriter w, IReadOnlyList<InputError>? errors)
    {
        w.WriteStartArray("errors");
        foreach (var error in errors ?? [])
        {
            w.WriteStartObject();
            w.WriteString("input", error.Input);
            w.WriteString("message", error.Message);
            WriteOptionalNumber(w, "line", error.Line);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    // The stories (id, title, article ids) and, when the analysis hit a limit, its warnings.
    private static void WriteStories(Utf8JsonWriter w, AnalysisReport report, IReadOnlyList<string> warnings)
    {
        w.WriteStartArray("stories");
        foreach (var story in report.Stories)
        {
            FlushIfFull(w);
            w.WriteStartObject();
            w.WriteString("id", story.Id);
            w.WriteString("title", story.Title);
            WriteStrings(w, "articles", story.Articles);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        WriteCopies(w, report);
        if (warnings.Count > 0) WriteStrings(w, "warnings", warnings);
    }

    // Articles that are copies of one text (article ids, overlap) and claims repeating an earlier article's, when any.
    private static void WriteCopies(Utf8JsonWriter w, AnalysisReport report)
    {
        if (report.CopiedClaims.Count > 0)
        {
            w.WriteStartArray("copiedClaims");
            foreach (var copy in report.CopiedClaims)
            {
                FlushIfFull(w);
                w.WriteStartObject();
                w.WriteString("claim", copy.Claim);
                w.WriteString("copyOf", copy.Original);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        if (report.Copies.Count == 0) return;
        w.WriteStartArray("copies");
        foreach (var copy in report.Copies)
        {
            FlushIfFull(w);
            w.WriteStartObject();
            WriteStrings(w, "articles", copy.Articles);
            w.WriteNumber("overlap", copy.Overlap);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>Writes one JSON line per article: <c>{"path":...,"claims":[...]}</c> (JSON Lines).</summary>
    public void WriteJsonLines(AnalysisReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var compact = Options with { Indented = false };
        foreach (var article in report.Articles)
        {
            using (var w = new Utf8JsonWriter(output, compact))
            {
                w.WriteStartObject();
                w.WriteString("path", article.Article.Path ?? article.Article.Id);
                WriteClaims(w, article.Claims);
                w.WriteEndObject();
            }
            output.WriteByte((byte)'\n');
        }
    }

    private static void WriteClaims(Utf8JsonWriter w, IReadOnlyList<Claim> claims)
    {
        w.WriteStartArray("claims");
        foreach (var c in claims)
        {
            w.WriteStartObject();
            w.WriteString("id", c.Id);
            w.WriteString("text", c.Text);
            w.WriteNumber("start", c.Span.Start);
            w.WriteNumber("end", c.Span.End);
            w.WriteString("speaker", c.Speaker);
            w.WriteString("speakerId", c.SpeakerId);
            WriteOptionalNumber(w, "speakerStart", c.SpeakerSpan?.Start);
            WriteOptionalNumber(w, "speakerEnd", c.SpeakerSpan?.End);
            w.WriteString("cue", c.Cue);
            WriteOptionalNumber(w, "cueStart", c.CueSpan?.Start);
            WriteOptionalNumber(w, "cueEnd", c.CueSpan?.End);
            w.WriteString("kind", WireNames.Of(c.Kind));
            w.WriteString("via", c.Via);
            WriteOptionalNumber(w, "frameStart", c.Frame?.Start);
            WriteOptionalNumber(w, "frameEnd", c.Frame?.End);
            w.WriteString("opposes", c.Opposes);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteDate(Utf8JsonWriter w, string name, DateTimeOffset? value)
    {
        if (value is { } date) w.WriteString(name, date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
        else w.WriteNull(name);
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values) w.WriteStringValue(value);
        w.WriteEndArray();
    }

    private static void WriteOptionalNumber(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }
}
