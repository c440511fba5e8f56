using System.Text.Json;
using Claims.Stance;

namespace Claims.Tests;

/// <summary>
/// The floor the seeds must clear: every pair and speaker in <c>seeds/gold.json</c>. A claim covers an anchor
/// when its span overlaps at least half of the anchor's characters.
/// </summary>
public class GoldSeedTests
{
    private static readonly Lazy<AnalysisReport> Report = new(() => ClaimAnalyzer.CreateDefault().Analyze(SeedFiles.All()));

    private static JsonElement Gold() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(SeedFiles.Directory, "gold.json"))).RootElement;

    public static IEnumerable<TestCaseData> GoldPairs() =>
        Gold().GetProperty("pairs").EnumerateArray().Select(p => new TestCaseData(
                p.GetProperty("a").GetProperty("article").GetString(), p.GetProperty("a").GetProperty("anchor").GetString(),
                p.GetProperty("b").GetProperty("article").GetString(), p.GetProperty("b").GetProperty("anchor").GetString(),
                p.GetProperty("relation").GetString())
            .SetName("GoldPair_" + p.GetProperty("id").GetString()));

    public static IEnumerable<TestCaseData> GoldSpeakers() =>
        Gold().GetProperty("speakers").EnumerateArray().Select((s, i) => new TestCaseData(
                s.GetProperty("article").GetString(), s.GetProperty("anchor").GetString(),
                s.GetProperty("speaker").ValueKind == JsonValueKind.Null ? null : s.GetProperty("speaker").GetString())
            .SetName($"GoldSpeaker_{i + 1}_{s.GetProperty("article").GetString()}"));

    /// <summary>Claims of <paramref name="articleId"/> that cover <paramref name="anchor"/>.</summary>
    internal static List<Claim> Covering(AnalysisReport report, string articleId, string anchor)
    {
        var article = report.Articles.Single(a => a.Article.Id == articleId);
        int start = article.Article.Text.IndexOf(anchor, StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), $"anchor not found in {articleId}: {anchor}");
        var span = new TextSpan(start, start + anchor.Length);
        return article.Claims.Where(c => c.Span.OverlapLength(span) * 2 >= span.Length).ToList();
    }

    [TestCaseSource(nameof(GoldSpeakers))]
    public void SpeakerIsAttributed(string article, string anchor, string? speaker)
    {
        var claims = Covering(Report.Value, article, anchor);
        Assert.That(claims, Is.Not.Empty, $"no claim covers '{anchor}'");
        if (speaker is null)
            Assert.That(claims.Any(c => c.Speaker is null && c.Kind is ClaimKind.Author or ClaimKind.Headline),
                $"'{anchor}' should be the outlet's own claim; got {Describe(claims)}");
        else
            Assert.That(claims.Any(c => c.Speaker?.Contains(speaker, StringComparison.OrdinalIgnoreCase) == true),
                $"'{anchor}' should be attributed to {speaker}; got {Describe(claims)}");
    }

    [TestCaseSource(nameof(GoldPairs))]
    public void PairHasRelation(string articleA, string anchorA, string articleB, string anchorB, string relation)
    {
        var report = Report.Value;
        var a = Covering(report, articleA, anchorA).Select(c => c.Id).ToHashSet();
        var b = Covering(report, articleB, anchorB).Select(c => c.Id).ToHashSet();
        var found = report.Pairs.Where(p => (a.Contains(p.A) && b.Contains(p.B)) || (a.Contains(p.B) && b.Contains(p.A))).ToList();
        Assert.That(found, Is.Not.Empty, $"no pair between '{anchorA}' and '{anchorB}'");
        Assert.That(found.Select(p => Reporting.WireNames.Of(p.Relation)), Does.Contain(relation),
            $"pairs found: {string.Join(" | ", found.Select(p => $"{p.Relation} {string.Join(",", p.Reasons)}"))}");
    }

    [Test]
    public void NoContradictionBetweenTheCancelledBrusselsMeetingAndTheSummit()
    {
        var report = Report.Value;
        var brussels = Covering(report, "003_9a3a1d6131fd7a65", "was cancelled at the last minute").Select(c => c.Id).ToHashSet();
        Assert.That(brussels, Is.Not.Empty);
        var bad = report.PairsWith(StanceLabel.Contradicts).Where(p => brussels.Contains(p.A) || brussels.Contains(p.B)).ToList();
        Assert.That(bad, Is.Empty, string.Join(" | ", bad.Select(p => $"{p.A}~{p.B}: {string.Join(",", p.Reasons)}")));
    }

    private static string Describe(IEnumerable<Claim> claims) =>
        string.Join(" | ", claims.Select(c => $"{c.Kind}:{c.Speaker ?? "null"}:'{c.Text}'"));
}
