using System.Text;
using Claims.Reporting;
using Claims.Stance;

namespace Claims.Tests.Hostile;

/// <summary>What every analysis must satisfy whatever its input: the properties the hostile-input and fuzz tests check.</summary>
internal static class ReportInvariants
{
    private static readonly Lazy<ClaimAnalyzer> SharedAnalyzer = new(ClaimAnalyzer.CreateDefault);

    /// <summary>One default analyzer for the suite (thread-safe, models loaded once).</summary>
    public static ClaimAnalyzer Analyzer => SharedAnalyzer.Value;

    private static readonly Lazy<IReadOnlyList<string>> Seeds = new(() =>
        System.IO.Directory.GetFiles(SeedFiles.Directory, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList());

    /// <summary>The bundled seed articles' texts.</summary>
    public static IReadOnlyList<string> SeedTexts => Seeds.Value;

    /// <summary>The report as the JSON writer writes it: equal strings mean identical output.</summary>
    public static string Serialize(AnalysisReport report)
    {
        using var stream = new MemoryStream();
        new JsonReportWriter().Write(report, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>
    /// Every article given is in the report once, in order; every claim's text is the article text at its span; speaker
    /// and cue spans lie inside the text; claim ids are unique; every pair joins two existing, distinct claims with a
    /// valid relation and scores in [0, 1].
    /// </summary>
    public static void AssertValid(AnalysisReport report, IReadOnlyList<Article> articles, string what)
    {
        Assert.That(report.Articles.Select(a => a.Article.Id), Is.EqualTo(articles.Select(a => a.Id)), $"{what}: articles in the report");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var analysis in report.Articles)
        {
            string text = analysis.Article.Text;
            foreach (var claim in analysis.Claims)
            {
                string where = $"{what}: claim {claim.Id}";
                Assert.That(ids.Add(claim.Id), Is.True, $"{where}: id repeats");
                Assert.That(claim.ArticleId, Is.EqualTo(analysis.Article.Id), where);
                AssertInside(claim.Span, text, where + " span");
                Assert.That(claim.Text, Is.EqualTo(text[claim.Span.Start..claim.Span.End]), $"{where}: text is not the article text at its span");
                if (claim.SpeakerSpan is { } speaker) AssertInside(speaker, text, where + " speaker span");
                if (claim.CueSpan is { } cue) AssertInside(cue, text, where + " cue span");
                Assert.That(Enum.IsDefined(claim.Kind), Is.True, where);
            }
        }
        foreach (var pair in report.Pairs)
        {
            string where = $"{what}: pair {pair.A} / {pair.B}";
            Assert.That(ids.Contains(pair.A) && ids.Contains(pair.B), Is.True, $"{where}: unknown claim");
            Assert.That(pair.A, Is.Not.EqualTo(pair.B), where);
            Assert.That(pair.Relation, Is.AnyOf(StanceLabel.Agrees, StanceLabel.Contradicts, StanceLabel.Neutral), where);
            Assert.That(pair.Score, Is.InRange(0.0, 1.0), where);
            Assert.That(pair.Similarity, Is.InRange(0.0, 1.0), where);
        }
    }

    private static void AssertInside(TextSpan span, string text, string where)
    {
        Assert.That(span.Start, Is.InRange(0, text.Length), where);
        Assert.That(span.End, Is.InRange(span.Start, text.Length), where);
    }

    /// <summary>
    /// Analyzes <paramref name="articles"/> twice with the shared analyzer, checks <see cref="AssertValid"/> and that both
    /// runs give the same JSON; returns the report.
    /// </summary>
    public static AnalysisReport AnalyzeTwice(IReadOnlyList<Article> articles, string what)
    {
        var first = Analyzer.Analyze(articles);
        AssertValid(first, articles, what);
        var second = Analyzer.Analyze(articles);
        Assert.That(Serialize(second), Is.EqualTo(Serialize(first)), $"{what}: a second run gave other output");
        return first;
    }
}
