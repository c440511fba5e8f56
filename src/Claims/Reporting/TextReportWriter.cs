using System.Globalization;
using System.Text;
using Claims.Stance;

namespace Claims.Reporting;

/// <summary>
/// Writes a report a person reads: contradictions first (both claims with outlet, date, speaker and cue, and the
/// reasons), then agreements, then per article its claims in text order with speaker and cue. Neutral pairs are
/// counted, and listed only with <see cref="ReportOptions.IncludeNeutral"/>. Sides published far apart are flagged and
/// shown earlier first. Pairs are listed by score, so every pair is read before the first is written; only the
/// <see cref="MaxListedPairs"/> highest-scoring pairs of each relation are kept and listed (the rest are counted).
/// </summary>
public sealed class TextReportWriter : IReportWriter
{
    /// <inheritdoc />
    public string Name => "text";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".txt", ".text"];

    /// <summary>
    /// Most pairs listed per relation (default 10,000), the highest-scoring; the section heading still counts every
    /// pair and a line says how many more there are. Bounds the memory of writing a streaming run to this many pairs
    /// per listed relation (twice that while reading).
    /// </summary>
    public int MaxListedPairs { get; init; } = 10_000;

    /// <inheritdoc />
    public void Write(AnalysisReport report, Stream output, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        Write(report, writer, options);
    }

    /// <summary>
    /// Writes a streaming analysis: reads every pair as <see cref="AnalysisRun.Pairs"/> classifies it, keeping only
    /// the pairs it lists (<see cref="MaxListedPairs"/> per relation), then writes the report. The same bytes as
    /// writing <see cref="AnalysisRun.ToReport"/>.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; nothing was written.</exception>
    public void Write(AnalysisRun run, Stream output, ReportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        var listed = ListedPairs.Read(run.Pairs(cancellationToken), ListedLabels(options), MaxListedPairs);
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        Write(run.Extraction, listed, run.Warnings, writer, options);
    }

    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>.</summary>
    public void Write(AnalysisReport report, TextWriter output, IReadOnlyList<InputError>? errors = null) =>
        Write(report, output, ReportOptions.Default with { Errors = errors ?? [] });

    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/> with <paramref name="options"/>.</summary>
    public void Write(AnalysisReport report, TextWriter output, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        Write(report, ListedPairs.Read(report.Pairs, ListedLabels(options), MaxListedPairs), report.Warnings, output, options);
    }

    private static StanceLabel[] ListedLabels(ReportOptions options) => options.IncludeNeutral
        ? [StanceLabel.Contradicts, StanceLabel.Agrees, StanceLabel.Neutral]
        : [StanceLabel.Contradicts, StanceLabel.Agrees];

    // The report's articles and stories with the pairs read from it or from a stream.
    private void Write(AnalysisReport report, ListedPairs pairs, IReadOnlyList<string> warnings, TextWriter output, ReportOptions options)
    {
        WriteSection(report, pairs, output, StanceLabel.Contradicts, "Contradictions", options);
        WriteSection(report, pairs, output, StanceLabel.Agrees, "Agreements", options);
        if (options.IncludeNeutral)
            WriteSection(report, pairs, output, StanceLabel.Neutral, "Neutral pairs", options);

        output.WriteLine("Articles");
        foreach (var article in report.Articles)
            WriteArticle(article, output);
        int neutral = pairs.Count(StanceLabel.Neutral);
        output.WriteLine(Inv($"  related pairs: {pairs.Total} ({neutral} neutral{(options.IncludeNeutral ? "" : ", not listed")})"));
        WriteStories(report, warnings, output);
        foreach (var error in options.Errors)
            output.WriteLine($"error: {error}");
    }

    /// <summary>Writes one article: its id and claim counts, outlet, date and title, then its claims in text order
    /// with speaker and cue (what <c>claims show</c> prints).</summary>
    public void WriteArticle(ArticleAnalysis article, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(output);
        var byKind = article.Claims.GroupBy(c => c.Kind).OrderBy(g => g.Key).Select(g => Inv($"{WireNames.Of(g.Key)} {g.Count()}"));
        output.WriteLine(Inv($"  {article.Article.Id}: {article.Claims.Count} claims ({string.Join(", ", byKind)})"));
        var facts = new List<string>();
        if (article.Article.Outlet != article.Article.Id) facts.Add(article.Article.Outlet);
        if (article.Published is { } date) facts.Add("published " + FormatDate(date));
        if (article.Article.Url is { } url) facts.Add(url.OriginalString);
        if (facts.Count > 0) output.WriteLine($"    {string.Join(" · ", facts)}");
        if (article.Title is { } title) output.WriteLine($"    title: {OneLine(title)}");
        int n = 0;
        foreach (var claim in article.Claims)
        {
            n++;
            string who = claim.Speaker ?? "(the outlet)";
            string cue = claim.Cue is { } c ? $" ({OneLine(c)})" : "";
            string via = claim.Via is { } v ? $" via {v}" : "";
            output.WriteLine(Inv($"    {n,3}. {WireNames.Of(claim.Kind),-12} {who}{cue}{via}: \"{OneLine(claim.Text)}\""));
        }
    }

    // Stories with two or more articles, then how many articles stand alone; warnings about limits the analysis hit.
    private static void WriteStories(AnalysisReport report, IReadOnlyList<string> warnings, TextWriter output)
    {
        if (report.Stories.Count > 0)
        {
            var shared = report.Stories.Where(s => s.Articles.Count > 1).ToList();
            output.WriteLine(Inv($"Stories ({report.Stories.Count}; {shared.Count} covered by two or more articles)"));
            foreach (var story in shared)
                output.WriteLine($"  {story.Id}: {story.Title} ({string.Join(", ", story.Articles)})");
        }
        if (report.Copies.Count > 0)
        {
            output.WriteLine(Inv($"Copies of one text ({report.Copies.Count}; one source each: their claims are not paired with each other, a repeated claim is paired once)"));
            foreach (var copy in report.Copies)
                output.WriteLine(Inv($"  {string.Join(" = ", copy.Articles)} (overlap {copy.Overlap:0.00})"));
        }
        if (report.CopiedClaims.Count > 0)
            output.WriteLine(Inv($"Repeated claims: {report.CopiedClaims.Count} claims repeat an earlier article's claim word for word or nearly; each is paired once, as its first occurrence"));
        foreach (var warning in warnings)
            output.WriteLine($"warning: {warning}");
    }

    private static void WriteSection(AnalysisReport report, ListedPairs listed, TextWriter output, StanceLabel label, string heading, ReportOptions options)
    {
        var pairs = listed.Listed(label);
        output.WriteLine(Inv($"{heading} ({listed.Count(label)})"));
        int n = 0;
        foreach (var pair in pairs)
        {
            n++;
            output.WriteLine(Inv($"  {n}. score {pair.Score:0.00}: {string.Join("; ", pair.Reasons)}"));
            var timing = PairTiming.Of(report, pair);
            var (first, second) = timing.BFirst ? (pair.B, pair.A) : (pair.A, pair.B);
            WriteClaim(report, output, first);
            WriteClaim(report, output, second);
            if (timing.IsFarApart(options.FarApart))
                output.WriteLine($"     note: {timing.Describe()}; the earlier first");
        }
        if (listed.Unlisted(label) is > 0 and int more)
            output.WriteLine(Inv($"  ... and {more} more with lower scores, not listed (the JSON report holds every pair)"));
        output.WriteLine();
    }

    private static void WriteClaim(AnalysisReport report, TextWriter output, string id)
    {
        var (claim, article) = report.FindClaim(id);
        string who = claim.Speaker ?? "(the outlet)";
        string cue = claim.Cue is { } c ? $" ({OneLine(c)})" : "";
        string date = article.Published is { } d ? ", " + FormatDate(d) : "";
        output.WriteLine(Inv($"     [{article.Article.Outlet}{date}] {who}{cue}: \"{OneLine(claim.Text)}\" ({WireNames.Of(claim.Kind)}, {claim.Span.Start}-{claim.Span.End})"));
    }

    /// <summary>A date as reports print it: "2025-04-02" (and the time when it is not midnight).</summary>
    public static string FormatDate(DateTimeOffset date) => date.TimeOfDay == TimeSpan.Zero
        ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : date.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);

    private static string OneLine(string text) => text.Contains('\n') ? text.ReplaceLineEndings(" ") : text;

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
