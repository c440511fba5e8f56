using System.Globalization;
using System.Text;
using Claims.Stance;

namespace Claims.Reporting;

/// <summary>A named group of articles shown together in the HTML report (a story: articles about one event).</summary>
/// <param name="Name">The group's name, shown as a heading and in the story filter.</param>
/// <param name="ArticleIds">The articles in it.</param>
public sealed record ArticleGroup(string Name, IReadOnlyList<string> ArticleIds);

/// <summary>
/// Writes one self-contained HTML file (styles and script inline, a content security policy that forbids any network
/// access): the contradictions and agreements side by side with speakers, outlets, dates and reasons, each side a link
/// that jumps to the claim in its article and highlights both claims of the pair; then every article with its claims
/// highlighted in place (speaker, cue, kind), grouped by story when <see cref="Groups"/> gives stories; filters by
/// relation, story, speaker and outlet. Everything taken from the input is HTML-escaped. Pairs are listed by relation
/// and score, and the page's header counts them, so every pair is read before the page is written; only the
/// <see cref="MaxListedPairs"/> highest-scoring pairs of each relation are kept and listed (the rest are counted).
/// </summary>
public sealed class HtmlReportWriter : IReportWriter
{
    /// <inheritdoc />
    public string Name => "html";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm"];

    /// <summary>
    /// Groups the articles; null (the default) groups them by the report's stories (<see cref="AnalysisReport.Stories"/>)
    /// covered by two or more articles, and shows one list without a story filter when there are none.
    /// </summary>
    public Func<AnalysisReport, IReadOnlyList<ArticleGroup>>? Groups { get; init; }

    /// <summary>
    /// Most pairs listed per relation (default 25,000), the highest-scoring; the header still counts every pair and the
    /// page says how many are listed. Bounds the memory of writing a streaming run to this many pairs per listed
    /// relation (twice that while reading).
    /// </summary>
    public int MaxListedPairs { get; init; } = 25_000;

    /// <summary>
    /// Writes a streaming analysis: reads every pair as <see cref="AnalysisRun.Pairs"/> classifies it, keeping only
    /// the pairs it lists (<see cref="MaxListedPairs"/> per relation), then writes the page. The same bytes as writing
    /// <see cref="AnalysisRun.ToReport"/> (<see cref="Groups"/> is given <see cref="AnalysisRun.Extraction"/>, which has no pairs).
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; nothing was written.</exception>
    public void Write(AnalysisRun run, Stream output, ReportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        var listed = ListedPairs.Read(run.Pairs(cancellationToken), ListedLabels(options), MaxListedPairs);
        using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        Write(run.Extraction, listed, writer, options);
    }

    /// <inheritdoc />
    public void Write(AnalysisReport report, Stream output, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        Write(report, writer, options);
    }

    /// <summary>Writes the report to <paramref name="output"/>.</summary>
    public void Write(AnalysisReport report, TextWriter output, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        Write(report, ListedPairs.Read(report.Pairs, ListedLabels(options), MaxListedPairs), output, options);
    }

    private static StanceLabel[] ListedLabels(ReportOptions options) => options.IncludeNeutral
        ? [StanceLabel.Contradicts, StanceLabel.Agrees, StanceLabel.Neutral]
        : [StanceLabel.Contradicts, StanceLabel.Agrees];

    // The report's articles and stories with the pairs read from it or from a stream.
    private void Write(AnalysisReport report, ListedPairs listed, TextWriter output, ReportOptions options)
    {
        var anchors = HtmlArticleRenderer.Anchors(report);
        var groups = Groups?.Invoke(report) ?? StoryGroups(report);
        var storiesOf = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var group in groups)
            foreach (var id in group.ArticleIds)
                (storiesOf.TryGetValue(id, out var list) ? list : storiesOf[id] = []).Add(group.Name);
        var labels = ListedLabels(options);
        var pairs = labels.SelectMany(listed.Listed).ToList();
        int unlisted = labels.Sum(listed.Unlisted);

        var sb = new StringBuilder(1 << 16);
        sb.Append(HtmlAssets.Head);
        int contradictions = listed.Count(StanceLabel.Contradicts);
        int agreements = listed.Count(StanceLabel.Agrees);
        sb.Append(CultureInfo.InvariantCulture, $"<header><h1>Claims report</h1><p class=\"summary\">{report.Articles.Count} articles · {report.Articles.Sum(a => a.Claims.Count)} claims · <span id=\"n-contradicts\">{contradictions}</span> contradictions · <span id=\"n-agrees\">{agreements}</span> agreements · {listed.Total - contradictions - agreements} neutral pairs{(options.IncludeNeutral ? "" : " (not listed)")}</p>");
        AppendFilters(sb, report, groups, options);
        sb.Append("</header>");
        output.Write(sb);
        sb.Clear();

        // Pairs are data rendered a page at a time by the script: a corpus has tens of thousands of them, and the page
        // must open in seconds. Claim texts are stored once, however many pairs a claim is in.
        sb.Append("<section id=\"pairs\"><h2>Contradictions and agreements <small id=\"shown\"></small></h2><div id=\"pair-list\"></div>")
            .Append("<button type=\"button\" id=\"more\" hidden>Show more</button>");
        if (pairs.Count == 0) sb.Append("<p class=\"empty\">No related claims contradict or agree.</p>");
        if (unlisted > 0)
            sb.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{pairs.Count} pairs listed, the highest-scoring of each relation; {unlisted} more are not (the JSON report holds every pair).</p>");
        sb.Append("</section><script type=\"application/json\" id=\"pair-data\">");
        output.Write(sb);
        sb.Clear();
        output.Flush();
        HtmlPairData.Write(output, report, pairs, anchors, storiesOf, options);
        output.Write("</script>");

        AppendArticles(sb, output, report, groups, storiesOf, anchors);
        if (options.Errors.Count > 0)
        {
            sb.Append("<section id=\"errors\"><h2>Inputs not analyzed</h2><ul>");
            foreach (var error in options.Errors) sb.Append("<li>").Append(HtmlText.Escape(error.ToString())).Append("</li>");
            sb.Append("</ul></section>");
        }
        sb.Append(HtmlAssets.Tail);
        output.Write(sb);
    }

    // Each story's articles with their claims in place, then the articles of no story; written article by article.
    private static void AppendArticles(StringBuilder sb, TextWriter output, AnalysisReport report, IReadOnlyList<ArticleGroup> groups,
        Dictionary<string, List<string>> storiesOf, Dictionary<string, string> anchors)
    {
        sb.Append("<section id=\"articles\"><h2>Articles</h2>");
        var grouped = groups.Count == 0
            ? [(Name: (string?)null, Articles: report.Articles)]
            : groups.Select(g => (Name: (string?)g.Name, Articles: (IReadOnlyList<ArticleAnalysis>)report.Articles.Where(a => g.ArticleIds.Contains(a.Article.Id)).ToList()))
                .Append((Name: (string?)null, Articles: report.Articles.Where(a => !storiesOf.ContainsKey(a.Article.Id)).ToList())).ToList();
        foreach (var (name, articles) in grouped)
        {
            if (name is null && groups.Count > 0 && articles.Count == 0) continue;
            sb.Append("<div class=\"story\"").Append(name is null ? "" : $" data-story=\"{HtmlText.Escape(name)}\"").Append('>');
            if (groups.Count > 0) sb.Append("<h3 class=\"story-name\">").Append(HtmlText.Escape(name ?? "Other articles")).Append("</h3>");
            foreach (var article in articles)
            {
                AppendArticle(sb, article, anchors, storiesOf);
                output.Write(sb);
                sb.Clear();
            }
            sb.Append("</div>");
        }
        sb.Append("</section>");
    }

    private static void AppendFilters(StringBuilder sb, AnalysisReport report, IReadOnlyList<ArticleGroup> groups, ReportOptions options)
    {
        sb.Append("<form id=\"filters\" onsubmit=\"return false\">");
        var relations = new List<(string, string)> { ("contradicts", "contradicts"), ("agrees", "agrees") };
        if (options.IncludeNeutral) relations.Add(("neutral", "neutral"));
        AppendSelect(sb, "f-rel", "Relation", relations);
        if (groups.Count > 0) AppendSelect(sb, "f-story", "Story", groups.Select(g => (g.Name, g.Name)));
        var speakers = report.Articles.SelectMany(a => a.Claims).Where(c => c.Speaker is not null)
            .GroupBy(c => SpeakerKey(c)!, StringComparer.Ordinal).Select(g => (g.Key, g.First().Speaker!))
            .OrderBy(s => s.Item2, StringComparer.Ordinal);
        AppendSelect(sb, "f-speaker", "Speaker", speakers);
        AppendSelect(sb, "f-outlet", "Outlet", report.Articles.Select(a => a.Article.Outlet).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).Select(o => (o, o)));
        sb.Append("<button type=\"button\" id=\"f-clear\">Clear</button></form>");
    }

    private static void AppendSelect(StringBuilder sb, string id, string label, IEnumerable<(string Value, string Label)> values)
    {
        sb.Append("<label>").Append(label).Append(" <select id=\"").Append(id).Append("\"><option value=\"\">all</option>");
        foreach (var (value, text) in values)
            sb.Append("<option value=\"").Append(HtmlText.Escape(value.Replace('|', '/'))).Append("\">").Append(HtmlText.Escape(text)).Append("</option>");
        sb.Append("</select></label> ");
    }

    private static void AppendArticle(StringBuilder sb, ArticleAnalysis article, IReadOnlyDictionary<string, string> anchors,
        Dictionary<string, List<string>> storiesOf)
    {
        var a = article.Article;
        sb.Append("<article class=\"doc\" id=\"a-").Append(HtmlText.Escape(a.Id)).Append('"')
            .Append(" data-outlets=\"").Append(HtmlText.Keys([a.Outlet])).Append('"')
            .Append(" data-speakers=\"").Append(HtmlText.Keys(article.Claims.Select(SpeakerKey).OfType<string>())).Append('"')
            .Append(" data-stories=\"").Append(HtmlText.Keys(storiesOf.GetValueOrDefault(a.Id) ?? [])).Append("\">");
        sb.Append("<h3>").Append(HtmlText.Escape(article.Title ?? a.Id)).Append("</h3><div class=\"meta\"><span class=\"outlet\">")
            .Append(HtmlText.Escape(a.Outlet)).Append("</span>");
        if (article.Published is { } date) sb.Append(" · <time>").Append(TextReportWriter.FormatDate(date)).Append("</time>");
        // Only web addresses become links: a "javascript:" URL in the input must not run when clicked.
        if (a.Url is { Scheme: "http" or "https" } url) sb.Append(" · <a rel=\"noreferrer\" href=\"").Append(HtmlText.Escape(url.AbsoluteUri)).Append("\">").Append(HtmlText.Escape(url.OriginalString)).Append("</a>");
        else if (a.Url is { } other) sb.Append(" · ").Append(HtmlText.Escape(other.OriginalString));
        sb.Append(CultureInfo.InvariantCulture, $" · {article.Claims.Count} claims · <code>").Append(HtmlText.Escape(a.Path ?? a.Id)).Append("</code></div>");
        sb.Append("<div class=\"text\">");
        HtmlArticleRenderer.Render(sb, article, anchors);
        sb.Append("</div></article>");
    }

    internal static string? SpeakerKey(Claim claim) => claim.SpeakerId ?? claim.Speaker;

    // The report's stories of two or more articles, each named "id: title".
    private static IReadOnlyList<ArticleGroup> StoryGroups(AnalysisReport report) =>
        [.. report.Stories.Where(s => s.Articles.Count > 1).Select(s => new ArticleGroup($"{s.Id}: {s.Title}", s.Articles))];
}
