using System.Text;
using System.Text.Json;
using Claims.Cli;

namespace Claims.Tests;

public class CliTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => System.IO.Directory.CreateDirectory(_dir = Path.Combine(Path.GetTempPath(), "claims-cli-" + Guid.NewGuid().ToString("N")));

    [TearDown]
    public void TearDown() => System.IO.Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = new CliApp(stdout, stderr).Run(args);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Test]
    public void AnalyzeSeedsAsTextListsContradictionsFirst()
    {
        var (code, output, _) = Run("analyze", SeedFiles.Directory);
        Assert.That(code, Is.EqualTo(0));
        Assert.That(output, Does.StartWith("Contradictions ("));
        Assert.That(output.IndexOf("Agreements (", StringComparison.Ordinal), Is.GreaterThan(0));
        Assert.That(output, Does.Contain("000_78797ef3dd2ac28f:"));
    }

    [Test]
    public void AnalyzeJsonFollowsTheContract()
    {
        string outFile = Path.Combine(_dir, "report.json");
        var (code, _, _) = Run("analyze", SeedFiles.Directory, "--format", "json", "--out", outFile);
        Assert.That(code, Is.EqualTo(0));
        using var json = JsonDocument.Parse(File.ReadAllText(outFile));
        var articles = json.RootElement.GetProperty("articles");
        Assert.That(articles.GetArrayLength(), Is.EqualTo(5));
        foreach (var article in articles.EnumerateArray())
        {
            string text = File.ReadAllText(article.GetProperty("path").GetString()!);
            foreach (var claim in article.GetProperty("claims").EnumerateArray())
            {
                int start = claim.GetProperty("start").GetInt32(), end = claim.GetProperty("end").GetInt32();
                Assert.That(claim.GetProperty("text").GetString(), Is.EqualTo(text[start..end]));
                Assert.That(claim.GetProperty("kind").GetString(), Is.AnyOf("author", "headline", "direct-quote", "indirect", "counter"));
                foreach (var field in new[] { "id", "speaker", "speakerStart", "speakerEnd", "cue", "cueStart", "cueEnd" })
                    Assert.That(claim.TryGetProperty(field, out _), field);
            }
        }
        foreach (var pair in json.RootElement.GetProperty("pairs").EnumerateArray())
        {
            Assert.That(pair.GetProperty("relation").GetString(), Is.AnyOf("agrees", "contradicts", "neutral"));
            Assert.That(pair.GetProperty("score").GetDouble(), Is.InRange(0.0, 1.0));
            Assert.That(pair.GetProperty("reasons").ValueKind, Is.EqualTo(JsonValueKind.Array));
        }
    }

    [Test]
    public void ExtractWritesOneJsonLinePerArticle()
    {
        var (code, output, _) = Run("extract", SeedFiles.Directory, "--format", "jsonl");
        Assert.That(code, Is.EqualTo(0));
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(5));
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            Assert.That(json.RootElement.GetProperty("path").GetString(), Does.EndWith(".txt"));
            Assert.That(json.RootElement.GetProperty("claims").GetArrayLength(), Is.GreaterThan(0));
        }
    }

    [Test]
    public void MissingPathExitsTwoAndNamesIt()
    {
        var (code, _, err) = Run("analyze", Path.Combine(_dir, "missing-folder"));
        Assert.That(code, Is.EqualTo(2));
        Assert.That(err, Does.Contain("missing-folder"));
    }

    [Test]
    public void FolderWithoutArticlesExitsTwoAndNamesIt()
    {
        var (code, _, err) = Run("analyze", _dir);
        Assert.That(code, Is.EqualTo(2));
        Assert.That(err, Does.Contain(_dir).And.Contain("no *.txt"));
    }

    [Test]
    public void UnwritableOutputExitsTwoAndNamesIt()
    {
        string target = Path.Combine(_dir, "no-such-folder", "out.json");
        var (code, _, err) = Run("analyze", SeedFiles.PathOf("004_d46da112888bf487"), "--format", "json", "--out", target);
        Assert.That(code, Is.EqualTo(2));
        Assert.That(err, Does.Contain("out.json"));
    }

    [Test]
    public void BadArgumentsExitTwo()
    {
        Assert.That(Run("analyze").Code, Is.EqualTo(2));
        Assert.That(Run("analyze", SeedFiles.Directory, "--format", "xml").Code, Is.EqualTo(2));
        Assert.That(Run("frobnicate").Code, Is.EqualTo(2));
    }

    [Test]
    public void EmptyFileHasZeroClaimsAndBinaryFileIsNamedWhileOthersAreAnalyzed()
    {
        File.WriteAllText(Path.Combine(_dir, "empty.txt"), "");
        File.WriteAllBytes(Path.Combine(_dir, "binary.txt"), [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02]);
        File.Copy(SeedFiles.PathOf("003_9a3a1d6131fd7a65"), Path.Combine(_dir, "seed.txt"));
        var (code, output, err) = Run("analyze", _dir, "--format", "json");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(err, Does.Contain("binary.txt"));
        using var json = JsonDocument.Parse(output);
        var articles = json.RootElement.GetProperty("articles").EnumerateArray().ToDictionary(a => a.GetProperty("id").GetString()!);
        Assert.That(articles.Keys, Is.EquivalentTo(new[] { "empty", "seed" }));
        Assert.That(articles["empty"].GetProperty("claims").GetArrayLength(), Is.EqualTo(0));
        Assert.That(articles["seed"].GetProperty("claims").GetArrayLength(), Is.GreaterThan(5));
        Assert.That(json.RootElement.GetProperty("errors")[0].GetProperty("input").GetString(), Does.EndWith("binary.txt"));
    }

    [Test]
    public void JsonOutputIsByteIdenticalAcrossRuns()
    {
        string a = Path.Combine(_dir, "a.json"), b = Path.Combine(_dir, "b.json");
        Run("analyze", SeedFiles.Directory, "--format", "json", "--out", a);
        Run("analyze", SeedFiles.Directory, "--format", "json", "--out", b);
        Assert.That(File.ReadAllBytes(a), Is.EqualTo(File.ReadAllBytes(b)));
        Assert.That(Encoding.UTF8.GetString(File.ReadAllBytes(a)), Does.Contain("Dmitriev"));
    }

    [Test]
    public void OneBadPathDoesNotStopTheOthers()
    {
        string empty = Path.Combine(_dir, "empty");
        System.IO.Directory.CreateDirectory(empty);
        var (code, output, err) = Run("analyze", Path.Combine(_dir, "missing.txt"), empty, SeedFiles.PathOf("003_9a3a1d6131fd7a65"), "--format", "json");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(err, Does.Contain("missing.txt").And.Contain(empty));
        using var json = JsonDocument.Parse(output);
        Assert.That(json.RootElement.GetProperty("articles")[0].GetProperty("id").GetString(), Is.EqualTo("003_9a3a1d6131fd7a65"));
        Assert.That(json.RootElement.GetProperty("errors").GetArrayLength(), Is.EqualTo(2));
    }

    [TestCase("report.json", "{")]
    [TestCase("report.html", "<!DOCTYPE html>")]
    [TestCase("report.jsonl", "{\"path\":")]
    [TestCase("report.txt", "Contradictions (")]
    public void FormatFollowsTheOutExtension(string name, string start)
    {
        string outFile = Path.Combine(_dir, name);
        var (code, _, _) = Run("analyze", SeedFiles.PathOf("003_9a3a1d6131fd7a65"), "--out", outFile);
        Assert.That(code, Is.EqualTo(0));
        Assert.That(File.ReadAllText(outFile), Does.StartWith(start));
    }

    [Test]
    public void JsonlAndCsvWithBadRowsReportFileAndLineAnalyzeTheRestAndExitTwo()
    {
        string seed = File.ReadAllText(SeedFiles.PathOf("003_9a3a1d6131fd7a65"));
        string jsonl = Path.Combine(_dir, "feed.jsonl");
        File.WriteAllLines(jsonl, [
            JsonSerializer.Serialize(new { id = "gaze", outlet = "The Gaze", url = "https://example.org/gaze", published = "2025-12-03T10:00:00Z", text = seed }),
            "{\"id\": \"broken\", ",
            "{\"id\": \"empty\", \"text\": \"\"}",
            JsonSerializer.Serialize(new { id = "gaze", text = "Duplicate." }),
        ]);
        string csv = Path.Combine(_dir, "more.csv");
        File.WriteAllText(csv, "id,outlet,text\nk1,Kyiv Post,\"Ushakov said the talks were useful.\"\nk2,Kyiv Post\n");
        var (code, output, err) = Run("analyze", jsonl, csv, "--format", "json");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(err, Does.Contain($"{jsonl}:2:").And.Contain($"{jsonl}:3:").And.Contain($"{jsonl}:4:").And.Contain($"{csv}:3:"));
        using var json = JsonDocument.Parse(output);
        var articles = json.RootElement.GetProperty("articles").EnumerateArray().ToList();
        Assert.That(articles.Select(a => a.GetProperty("id").GetString()), Is.EqualTo(new[] { "gaze", "k1" }));
        Assert.That(articles[0].GetProperty("outlet").GetString(), Is.EqualTo("The Gaze"));
        Assert.That(articles[0].GetProperty("url").GetString(), Is.EqualTo("https://example.org/gaze"));
        Assert.That(articles[0].GetProperty("published").GetString(), Is.EqualTo("2025-12-03T10:00:00+00:00"));
        var errors = json.RootElement.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("input").GetString(), e.GetProperty("line").GetInt32())).ToList();
        Assert.That(errors, Is.EqualTo(new[] { (jsonl, 2), (jsonl, 3), (jsonl, 4), (csv, 3) }));
    }

    [Test]
    public void StandardInputIsReadForDash()
    {
        var stdout = new StringWriter();
        var app = new CliApp(stdout, new StringWriter()) { StandardInput = () => File.OpenRead(SeedFiles.PathOf("003_9a3a1d6131fd7a65")) };
        Assert.That(app.Run(["extract", "-"]), Is.EqualTo(0));
        using var json = JsonDocument.Parse(stdout.ToString().Trim());
        Assert.That(json.RootElement.GetProperty("path").GetString(), Is.EqualTo("stdin"));
        Assert.That(json.RootElement.GetProperty("claims").GetArrayLength(), Is.GreaterThan(5));
    }

    [Test]
    public void ShowListsOneArticlesClaimsWithSpeakerAndCue()
    {
        var (code, output, _) = Run("show", SeedFiles.PathOf("003_9a3a1d6131fd7a65"));
        Assert.That(code, Is.EqualTo(0));
        Assert.That(output, Does.StartWith("  003_9a3a1d6131fd7a65: "));
        Assert.That(output, Does.Contain("Yury Ushakov (described)"));
        Assert.That(output, Does.Not.Contain("Contradictions"));
    }

    [Test]
    public void TextReportListsClaimsPerArticleAndNeutralPairsOnlyOnRequest()
    {
        var (_, plain, _) = Run("analyze", SeedFiles.Directory);
        Assert.That(plain, Does.Contain("direct-quote Kirill Dmitriev (said): \"I believe Russia, the US, and Ukraine are actually quite close to a diplomatic solution\""));
        Assert.That(plain, Does.Not.Contain("Neutral pairs ("));
        var (_, withNeutral, _) = Run("analyze", SeedFiles.Directory, "--include-neutral");
        Assert.That(withNeutral, Does.Contain("Neutral pairs ("));
        Assert.That(plain.IndexOf("Contradictions (", StringComparison.Ordinal), Is.LessThan(plain.IndexOf("Agreements (", StringComparison.Ordinal)));
        Assert.That(plain.IndexOf("Agreements (", StringComparison.Ordinal), Is.LessThan(plain.IndexOf("Articles", StringComparison.Ordinal)));
    }

    [Test]
    public void FarApartSidesAreFlaggedAndShownEarlierFirst()
    {
        string jsonl = Path.Combine(_dir, "dated.jsonl");
        File.WriteAllLines(jsonl, [
            JsonSerializer.Serialize(new { id = "late", outlet = "Late Times", published = "2025-10-01", text = "The summit was cancelled, officials said on Monday." }),
            JsonSerializer.Serialize(new { id = "early", outlet = "Early Post", published = "2025-04-01", text = "The summit was not cancelled, officials said on Monday." }),
        ]);
        var (code, output, _) = Run("analyze", jsonl);
        Assert.That(code, Is.EqualTo(0));
        Assert.That(output, Does.StartWith("Contradictions (1)"));
        Assert.That(output.IndexOf("[Early Post, 2025-04-01]", StringComparison.Ordinal), Is.LessThan(output.IndexOf("[Late Times, 2025-10-01]", StringComparison.Ordinal)));
        Assert.That(output, Does.Contain("published 183 days apart; the earlier first"));
    }

    [Test]
    public void VersionIsThePackageVersion()
    {
        var (code, output, _) = Run("--version");
        string expected = typeof(CliApp).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .Cast<System.Reflection.AssemblyInformationalVersionAttribute>().Single().InformationalVersion;
        Assert.That(code, Is.EqualTo(0));
        Assert.That(output.Trim(), Is.EqualTo(expected));
        string props = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "..", "..", "..", "..", "..", "Directory.Build.props"));
        Assert.That(props, Does.Contain($"<Version>{expected}</Version>"));
    }

    [Test]
    public void CancellationExits130WithAMessage()
    {
        var stderr = new StringWriter();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        int code = new CliApp(new StringWriter(), stderr).Run(["analyze", SeedFiles.Directory], cancelled.Token);
        Assert.That(code, Is.EqualTo(130));
        Assert.That(stderr.ToString(), Does.Contain("claims: cancelled"));
    }

    [Test]
    public void ProgressIsShownOnlyWhenAskedAndNotQuiet()
    {
        var stderr = new StringWriter();
        new CliApp(new StringWriter(), stderr) { ShowProgress = true }.Run(["analyze", SeedFiles.Directory]);
        Assert.That(stderr.ToString(), Does.Contain("articles 5/5").And.Contain("\r"));
        var quiet = new StringWriter();
        new CliApp(new StringWriter(), quiet) { ShowProgress = true }.Run(["analyze", SeedFiles.Directory, "--quiet"]);
        Assert.That(quiet.ToString(), Does.Not.Contain("articles"));
        var redirected = new StringWriter();
        new CliApp(new StringWriter(), redirected).Run(["analyze", SeedFiles.Directory]);
        Assert.That(redirected.ToString(), Is.Empty);
    }

    [Test]
    public void ProgressLineGivesDoneTotalRateAndTimeLeft()
    {
        string line = ProgressDisplay.Format(new Claims.Pipeline.AnalysisProgress("articles", 120, 1000), TimeSpan.FromSeconds(10));
        Assert.That(line, Is.EqualTo("articles 120/1000 · 12.0/s · 1 min 13 s left"));
    }

    [Test]
    public void SpecialFilesAndOddEncodingsThroughTheCommandLine()
    {
        if (OperatingSystem.IsWindows()) Assert.Ignore("no FIFOs on Windows");
        string fifo = Path.Combine(_dir, "pipe.txt");
        using (var mk = System.Diagnostics.Process.Start("mkfifo", [fifo])) mk.WaitForExit();
        Assume.That(File.Exists(fifo), "mkfifo is not available");
        File.WriteAllBytes(Path.Combine(_dir, "cp1252.txt"), [.. Encoding.ASCII.GetBytes("Ushakov said "), 0x93, .. Encoding.ASCII.GetBytes("the talks were useful"), 0x94, (byte)'.']);
        File.WriteAllBytes(Path.Combine(_dir, "u32.txt"), [.. new UTF32Encoding(false, true).GetPreamble(), .. new UTF32Encoding(false, false).GetBytes("Dmitriev said the summit was postponed.")]);
        var run = Task.Run(() => Run("analyze", _dir, "/dev/null", "--format", "json"));
        Assert.That(run.Wait(TimeSpan.FromSeconds(120)), Is.True, "the command hung");
        var (code, output, err) = run.Result;
        Assert.That(code, Is.EqualTo(2));
        Assert.That(err, Does.Contain($"claims: {fifo}: a named pipe"));
        Assert.That(err, Does.Contain("claims: /dev/null: a character device"));
        Assert.That(err, Does.Contain("warning: ").And.Contain("cp1252.txt").And.Contain("Windows-1252"));
        using var json = JsonDocument.Parse(output);
        var texts = json.RootElement.GetProperty("articles").EnumerateArray().SelectMany(a => a.GetProperty("claims").EnumerateArray())
            .Select(c => c.GetProperty("text").GetString()).ToList();
        Assert.That(texts, Does.Contain("the talks were useful").Or.Contain("“the talks were useful”"));
        Assert.That(string.Join(" ", texts), Does.Contain("summit was postponed"));
    }
}
