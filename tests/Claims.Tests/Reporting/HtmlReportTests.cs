using System.Text;
using System.Text.RegularExpressions;
using Claims.Reporting;
using Claims.Stance;
using PuppeteerSharp;

namespace Claims.Tests;

public class HtmlReportTests
{
    private static readonly Lazy<AnalysisReport> SeedReport = new(() => ClaimAnalyzer.CreateDefault().Analyze(SeedFiles.All()));

    private static string Html(AnalysisReport report, ReportOptions? options = null, HtmlReportWriter? writer = null)
    {
        using var stream = new MemoryStream();
        (writer ?? new HtmlReportWriter()).Write(report, stream, options ?? ReportOptions.Default);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Test]
    public void EverythingFromTheInputIsEscaped()
    {
        var article = new Article("x<1>", "<script>alert('t')</script> \"Quote\" & more, she said.\n<img src=x onerror=alert(1)>", outlet: "O'Brien & <Sons>")
        {
            Title = "<b>Title</b>",
            Url = new Uri("javascript:alert(1)"),
        };
        string html = Html(ClaimAnalyzer.CreateDefault().Analyze([article]));
        Assert.That(html, Does.Not.Contain("<script>alert"));
        Assert.That(html, Does.Not.Contain("<img"));
        Assert.That(html, Does.Not.Contain("<b>Title"));
        Assert.That(html, Does.Not.Contain("href=\"javascript"));
        Assert.That(html, Does.Contain("&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;"));
        Assert.That(html, Does.Contain("O&#39;Brien &amp; &lt;Sons&gt;"));
    }

    [Test]
    public void TheFileIsSelfContained()
    {
        string html = Html(SeedReport.Value);
        Assert.That(html, Does.Contain("Content-Security-Policy").And.Contain("default-src 'none'"));
        Assert.That(Regex.IsMatch(html, @"<(script|img|link|iframe)[^>]*\s(src|href)=", RegexOptions.IgnoreCase), Is.False, "no external resource");
    }

    [Test]
    public void EveryClaimIsAnchoredOnceAndItsTextIsRenderedInPlace()
    {
        var report = SeedReport.Value;
        string html = Html(report);
        int claims = report.Articles.Sum(a => a.Claims.Count);
        Assert.That(Regex.Matches(html, "<a class=\"anchor\" id=\"c\\d+\"></a>").Count, Is.EqualTo(claims));
        // The article text survives the markup: strip tags and labels, unescape, and compare.
        var first = report.Articles[0];
        var section = Regex.Match(html, "<article class=\"doc\" id=\"a-" + first.Article.Id + "\".*?<div class=\"text\">(.*?)</div></article>", RegexOptions.Singleline).Groups[1].Value;
        string text = Regex.Replace(Regex.Replace(section, "<span class=\"tag[^\"]*\"[^>]*>.*?</span>", ""), "<[^>]+>", "");
        Assert.That(System.Net.WebUtility.HtmlDecode(text), Is.EqualTo(first.Article.Text));
    }

    [Test]
    public void StoriesSlotInAsGroupsWithAFilter()
    {
        var writer = new HtmlReportWriter { Groups = r => [new ArticleGroup("Summit", [r.Articles[0].Article.Id, r.Articles[2].Article.Id])] };
        string html = Html(SeedReport.Value, writer: writer);
        Assert.That(html, Does.Contain("<select id=\"f-story\">"));
        Assert.That(html, Does.Contain("data-story=\"Summit\""));
        Assert.That(html, Does.Contain("Other articles"));
        Assert.That(Html(SeedReport.Value with { Stories = [] }), Does.Not.Contain("<select id=\"f-story\">"));
    }

    [Test]
    public void ByDefaultTheArticlesAreGroupedByTheReportsStories()
    {
        var report = SeedReport.Value;
        var story = report.Stories.Single(s => s.Articles.Count > 1);
        string html = Html(report);
        Assert.That(html, Does.Contain("<select id=\"f-story\">"));
        Assert.That(html, Does.Contain($"data-story=\"{story.Id}: {story.Title}\""));
    }

    [Test]
    public async Task SeedsReportWorksInChromium()
    {
        var report = SeedReport.Value;
        int contradictions = report.PairsWith(StanceLabel.Contradicts).Count();
        int agreements = report.PairsWith(StanceLabel.Agrees).Count();
        Assume.That(contradictions, Is.GreaterThan(0));
        string path = Path.Combine(Path.GetTempPath(), $"claims-seeds-{Guid.NewGuid():N}.html");
        File.WriteAllText(path, Html(report));
        try
        {
            await using var browser = await Chromium.LaunchAsync();
            await using var page = await browser.NewPageAsync();
            var problems = new List<string>();
            page.Console += (_, e) => { if (e.Message.Type == ConsoleType.Error) problems.Add(e.Message.Text); };
            page.PageError += (_, e) => problems.Add(e.Message);
            page.RequestFailed += (_, e) => problems.Add("request failed: " + e.Request.Url);
            await page.GoToAsync(new Uri(path).AbsoluteUri, WaitUntilNavigation.Load);
            Assert.That(problems, Is.Empty, "console errors");

            Assert.That(await page.EvaluateExpressionAsync<int>("document.querySelectorAll('.pair[data-rel=contradicts]:not([hidden])').length"), Is.EqualTo(contradictions));
            Assert.That(await page.EvaluateExpressionAsync<string>("document.getElementById('n-contradicts').textContent"), Is.EqualTo(contradictions.ToString(System.Globalization.CultureInfo.InvariantCulture)));

            // A click on one side of a contradiction highlights both claims of the pair in their articles, and nothing else.
            await page.ClickAsync(".pair.rel-contradicts a.jump");
            var ids = (await page.EvaluateExpressionAsync<string>("document.querySelector('.pair.rel-contradicts').getAttribute('data-claims')")).Split(' ');
            foreach (var id in ids)
                Assert.That(await page.EvaluateExpressionAsync<int>($"document.querySelectorAll('.seg.hl[data-c~=\"{id}\"]').length"), Is.GreaterThan(0), id);
            int stray = await page.EvaluateExpressionAsync<int>(
                $"Array.from(document.querySelectorAll('.seg.hl')).filter(e => !e.getAttribute('data-c').split(' ').some(c => {System.Text.Json.JsonSerializer.Serialize(ids)}.includes(c))).length");
            Assert.That(stray, Is.Zero);
            Assert.That(await page.EvaluateExpressionAsync<string>("location.hash"), Is.EqualTo("#" + ids[0]).Or.EqualTo("#" + ids[1]));
            Assert.That(problems, Is.Empty, "console errors after the click");

            // The relation filter shows the agreements only.
            await page.SelectAsync("#f-rel", "agrees");
            Assert.That(await page.EvaluateExpressionAsync<int>("document.querySelectorAll('.pair:not([hidden])').length"), Is.EqualTo(agreements));
            Assert.That(await page.EvaluateExpressionAsync<int>("document.querySelectorAll('.pair[data-rel=contradicts]:not([hidden])').length"), Is.Zero);
            // The outlet filter keeps the articles of that outlet only.
            string outlet = report.Articles[3].Article.Outlet;
            await page.SelectAsync("#f-rel", "");
            await page.SelectAsync("#f-outlet", outlet);
            Assert.That(await page.EvaluateExpressionAsync<int>("document.querySelectorAll('article.doc:not([hidden])').length"), Is.EqualTo(1));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
