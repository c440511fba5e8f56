using System.Diagnostics;
using System.Globalization;
using Claims.Input;
using Claims.Reporting;
using Claims.Stance;
using PuppeteerSharp;

namespace Claims.Evaluation;

/// <summary>
/// Writes the HTML report of a corpus and measures it in Chromium: file size, and the time from navigation to the
/// load event and to the script's first filter pass (the page is usable). <c>html-report (--paths P... | --fnc1-bodies
/// FILE) [--limit 1000] [--out report.html] [--screenshot PNG] [--chromium /usr/bin/chromium] [--runs 3]</c>.
/// </summary>
public sealed class HtmlReportCommand : IEvaluationCommand
{
    /// <inheritdoc />
    public string Name => "html-report";

    /// <inheritdoc />
    public string Usage => "(--paths P... | --fnc1-bodies FILE | --html REPORT.html) [--limit N] [--out report.html] [--screenshot PNG] [--chromium PATH] [--runs 3]";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        var paths = new List<string>();
        string? bodies = null, outPath = null, screenshot = null, chromium = "/usr/bin/chromium", html = null;
        int limit = int.MaxValue, runs = 3;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--paths": while (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal)) paths.Add(args[++i]); break;
                case "--fnc1-bodies" when i + 1 < args.Length: bodies = args[++i]; break;
                case "--limit" when i + 1 < args.Length: limit = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--out" when i + 1 < args.Length: outPath = args[++i]; break;
                case "--screenshot" when i + 1 < args.Length: screenshot = args[++i]; break;
                case "--chromium" when i + 1 < args.Length: chromium = args[++i]; break;
                case "--runs" when i + 1 < args.Length: runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--html" when i + 1 < args.Length: html = args[++i]; break;
                default: Console.Error.WriteLine($"usage: {Name} {Usage}"); return 2;
            }
        }
        if (html is not null)
        {
            // Measure a report written before (the analysis of 1,000 articles takes minutes).
            Console.WriteLine(Inv($"html: {html}, {new FileInfo(html).Length / 1e6:0.00} MB"));
            return MeasureAsync(html, chromium!, runs, screenshot).GetAwaiter().GetResult();
        }
        if (paths.Count == 0 && bodies is null) { Console.Error.WriteLine($"usage: {Name} {Usage}"); return 2; }

        var articles = bodies is not null ? ReadFnc1Bodies(bodies, limit) : new ArticleLoader().Load(paths).Articles.Take(limit).ToList();
        var clock = Stopwatch.StartNew();
        var report = ClaimAnalyzer.CreateDefault().Analyze(articles);
        Console.WriteLine(Inv($"analyzed {articles.Count} articles in {clock.Elapsed.TotalSeconds:0.0} s: {report.Articles.Sum(a => a.Claims.Count)} claims, {report.PairsWith(StanceLabel.Contradicts).Count()} contradictions, {report.PairsWith(StanceLabel.Agrees).Count()} agreements, {report.Pairs.Count} pairs"));
        outPath ??= Path.Combine(Path.GetTempPath(), "claims-report.html");
        clock.Restart();
        using (var stream = File.Create(outPath)) new HtmlReportWriter().Write(report, stream, ReportOptions.Default);
        Console.WriteLine(Inv($"html: {outPath}, {new FileInfo(outPath).Length / 1e6:0.00} MB, written in {clock.Elapsed.TotalMilliseconds:0} ms"));
        return MeasureAsync(outPath, chromium!, runs, screenshot).GetAwaiter().GetResult();
    }

    private static async Task<int> MeasureAsync(string path, string chromium, int runs, string? screenshot)
    {
        if (!File.Exists(chromium)) { Console.Error.WriteLine($"{chromium}: not found (apt-get install chromium)"); return 1; }
        await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions { ExecutablePath = chromium, Headless = true, Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
        var times = new List<double>();
        int errors = 0;
        for (int run = 0; run < runs; run++)
        {
            await using var page = await browser.NewPageAsync();
            await page.SetViewportAsync(new ViewPortOptions { Width = 1280, Height = 900 });
            page.Console += (_, e) => { if (e.Message.Type == ConsoleType.Error) errors++; };
            page.PageError += (_, _) => errors++;
            var clock = Stopwatch.StartNew();
            await page.GoToAsync(new Uri(Path.GetFullPath(path)).AbsoluteUri, new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load], Timeout = 120_000 });
            // The script's first filter pass has filled the "(N shown)" count: the page is laid out and usable.
            await page.WaitForFunctionAsync("() => document.getElementById('shown').textContent.length > 0");
            await page.EvaluateExpressionAsync("document.body.getBoundingClientRect().height");
            times.Add(clock.Elapsed.TotalSeconds);
            Console.WriteLine(Inv($"run {run + 1}: open to usable {clock.Elapsed.TotalSeconds:0.00} s"));
            if (screenshot is not null && run == 0)
            {
                await page.ScreenshotAsync(screenshot, new ScreenshotOptions { FullPage = false });
                // A second picture after a click on the first contradiction: both claims highlighted in their article.
                string clicked = Path.ChangeExtension(screenshot, null) + "-clicked.png";
                await page.ClickAsync(".pair.rel-contradicts a.jump");
                await page.ScreenshotAsync(clicked, new ScreenshotOptions { FullPage = false });
                Console.WriteLine($"screenshots: {screenshot}, {clicked}");
            }
        }
        times.Sort();
        Console.WriteLine(Inv($"chromium open to usable: median {times[times.Count / 2]:0.00} s over {runs} runs, console errors {errors}"));
        return errors == 0 ? 0 : 1;
    }

    private static List<Article> ReadFnc1Bodies(string path, int limit)
    {
        var rows = CsvReader.ReadFile(path);
        int id = rows[0].Fields.ToList().IndexOf("Body ID"), text = rows[0].Fields.ToList().IndexOf("articleBody");
        return rows.Skip(1).Where(r => r.Fields.Count == rows[0].Fields.Count).Take(limit)
            .Select(r => new Article("fnc1-" + r.Fields[id], r.Fields[text], path, "body " + r.Fields[id])).ToList();
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
