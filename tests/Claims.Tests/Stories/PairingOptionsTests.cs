using Claims.Matching;
using Claims.Stance;

namespace Claims.Tests.Stories;

/// <summary>What the analyzer keeps: neutral pairs only when asked, and at most a stated number of pairs per claim.</summary>
public class PairingOptionsTests
{
    private static readonly Article[] Articles =
    [
        Article.FromString("Trump said the summit with Putin was cancelled.", "A", "Outlet A"),
        Article.FromString("“The summit was postponed, not cancelled,” Dmitriev said.", "B", "Outlet B"),
        Article.FromString("Dmitriev said the summit with Putin would take place in Budapest.", "C", "Outlet C"),
    ];

    private static AnalysisReport Analyze(Action<ClaimAnalyzerBuilder> configure, IEnumerable<Article>? articles = null)
    {
        var builder = new ClaimAnalyzerBuilder().UseDefaults();
        configure(builder);
        return builder.Build().Analyze(articles ?? Articles);
    }

    [Test]
    public void NeutralPairsAreLeftOutUnlessAsked()
    {
        var lean = Analyze(_ => { }, SeedFiles.All());
        var full = Analyze(b => b.IncludeNeutral = true, SeedFiles.All());
        Assert.That(lean.Pairs, Has.None.Matches<ClaimPair>(p => p.Relation == StanceLabel.Neutral));
        Assert.That(full.Pairs, Has.Some.Matches<ClaimPair>(p => p.Relation == StanceLabel.Neutral));
        // The same agreements and contradictions either way.
        Assert.That(full.Pairs.Where(p => p.Relation != StanceLabel.Neutral).Select(p => (p.A, p.B, p.Relation)),
            Is.EqualTo(lean.Pairs.Select(p => (p.A, p.B, p.Relation))));
    }

    [Test]
    public void ThePairCapBoundsPairsPerClaimAndSaysSo()
    {
        // One claim repeated in many articles: every copy is a candidate of every other.
        var copies = Enumerable.Range(1, 8)
            .Select(i => Article.FromString($"Officials said the summit between Trump and Putin in Budapest was cancelled, outlet {i} reported.", $"x{i}"))
            .ToList();
        // (Copies of one text are one source by default: here each is paired as a separate text.)
        var capped = Analyze(b => { b.Pairing = b.Pairing with { MaxPairsPerClaim = 2, IncludeNeutral = true, SeparateCopies = false }; }, copies);
        var perClaim = capped.Pairs.SelectMany(p => new[] { p.A, p.B }).GroupBy(id => id).Select(g => g.Count()).ToList();
        Assert.That(perClaim, Has.All.LessThanOrEqualTo(2));
        Assert.That(capped.Warnings, Has.Some.Contains("pair cap reached").And.Some.Contains("2 candidate pairs"));

        var uncapped = Analyze(b => { b.IncludeNeutral = true; b.Pairing = b.Pairing with { SeparateCopies = false }; }, copies);
        Assert.That(uncapped.Warnings, Is.Empty);
        Assert.That(uncapped.Pairs.Count, Is.GreaterThan(capped.Pairs.Count));
    }

    [Test]
    public void BadPairingOptionsAreRejectedAtBuild()
    {
        var builder = new ClaimAnalyzerBuilder().UseDefaults();
        builder.Pairing = PairingOptions.Default with { MaxPairsPerClaim = 0 };
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.Build());
    }

    [Test]
    public void StoriesAreReportedForEveryArticle()
    {
        var report = Analyze(_ => { });
        Assert.That(report.Stories.SelectMany(s => s.Articles), Is.EquivalentTo(new[] { "A", "B", "C" }));
    }
}
