using Claims.Stance;

namespace Claims.Tests;

/// <summary>
/// The relations a careful reader points out across the seeds (<c>cases/seed-relations.tsv</c>), and the ones a
/// careful reader rejects. Adding a case is adding a line.
/// </summary>
public class SeedRelationTests
{
    private static readonly Lazy<AnalysisReport> Report = new(() => ClaimAnalyzer.CreateDefault().Analyze(SeedFiles.All()));

    public static IEnumerable<TestCaseData> Cases() =>
        CaseTable.Read("seed-relations.tsv", ["article_a", "anchor_a", "article_b", "anchor_b", "expected", "why"], optional: 1)
            .Select((row, i) => new TestCaseData(row["article_a"], row["anchor_a"], row["article_b"], row["anchor_b"], row["expected"])
                .SetName($"SeedRelation_{i + 1:00}_{row["expected"]}"));

    [TestCaseSource(nameof(Cases))]
    public void RelationHolds(string articleA, string anchorA, string articleB, string anchorB, string expected)
    {
        var report = Report.Value;
        var a = GoldSeedTests.Covering(report, articleA, anchorA).Select(c => c.Id).ToHashSet();
        var b = GoldSeedTests.Covering(report, articleB, anchorB).Select(c => c.Id).ToHashSet();
        Assert.That(a, Is.Not.Empty, $"no claim covers '{anchorA}'");
        Assert.That(b, Is.Not.Empty, $"no claim covers '{anchorB}'");
        var pairs = report.Pairs.Where(p => (a.Contains(p.A) && b.Contains(p.B)) || (a.Contains(p.B) && b.Contains(p.A))).ToList();
        string found = string.Join(" | ", pairs.Select(p => $"{p.Relation}: {string.Join("; ", p.Reasons)}"));
        switch (expected)
        {
            case "contradicts":
                Assert.That(pairs.Any(p => p.Relation == StanceLabel.Contradicts), $"expected a contradiction; found {found}");
                break;
            case "agrees":
                Assert.That(pairs.Any(p => p.Relation == StanceLabel.Agrees), $"expected an agreement; found {found}");
                break;
            case "not-contradicts":
                Assert.That(pairs.Any(p => p.Relation == StanceLabel.Contradicts), Is.False, $"expected no contradiction; found {found}");
                break;
            case "not-agrees":
                Assert.That(pairs.Any(p => p.Relation == StanceLabel.Agrees), Is.False, $"expected no agreement; found {found}");
                break;
            default:
                throw new FormatException($"unknown expectation '{expected}'");
        }
    }

    [Test]
    public void ContradictionsStayFewAndExplained()
    {
        // A careful reader finds about half a dozen contradictions in these five articles; a verdict spray is a defect.
        var contradictions = Report.Value.PairsWith(StanceLabel.Contradicts).ToList();
        Assert.That(contradictions, Has.Count.LessThanOrEqualTo(12), string.Join("\n", contradictions.Select(p => $"{p.A} ~ {p.B}: {string.Join("; ", p.Reasons)}")));
        Assert.That(contradictions.All(p => p.Reasons.Count > 0));
    }
}
