using Claims.Stance;

namespace Claims.Tests.Stories;

/// <summary>
/// A title contradiction ("President Donald Trump" / "former U.S. President Donald Trump") is about one time only when
/// the two articles report one event: it is reported only between articles with another finding (seeds 000 and 004
/// report different meetings two months apart; 003 and 004 report the same five-hour talks).
/// </summary>
public class TitleEventTests
{
    private const string Sitting = "Putin met envoys of U.S. President Donald Trump in the Kremlin on Tuesday.";
    private const string Former = "Putin also sent friendly greetings to former U.S. President Donald Trump through Witkoff.";

    [Test]
    public void ATitleAloneBetweenArticlesWithNoOtherFindingIsNoContradiction()
    {
        var report = ClaimAnalyzer.CreateDefault().Analyze([new Article("a", Sitting), new Article("b", Former)]);
        Assert.That(report.PairsWith(StanceLabel.Contradicts), Is.Empty);
    }

    [Test]
    public void ATitleBetweenArticlesThatReportOneEventIsAContradiction()
    {
        var report = ClaimAnalyzer.CreateDefault().Analyze(
        [
            new Article("a", Sitting + "\nThe talks, which lasted five hours, produced no compromise."),
            new Article("b", Former + "\nThe five-hour talks produced no compromise."),
        ]);
        Assert.That(report.PairsWith(StanceLabel.Agrees), Is.Not.Empty, "the articles' other finding");
        Assert.That(report.PairsWith(StanceLabel.Contradicts).Any(p => p.Reasons.Any(r => r.StartsWith("title:", StringComparison.Ordinal))), Is.True);
    }
}
