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
        Assert.That(err, Does.Contain(_dir).And.Contain("no *.txt files"));
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
}
