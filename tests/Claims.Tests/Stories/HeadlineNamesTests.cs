using Claims.Matching;
using Claims.Stance;
using Claims.Stories;

namespace Claims.Tests.Stories;

/// <summary>
/// <see cref="SameEventGateOptions.HeadlineNamesNeedAHeadline"/>: across stories or inside a loose story, a claim in title
/// case exempts an agreement from sharing words beyond names only against another claim in title case. The rows of <c>corpus-rarity.tsv</c> pin the default;
/// this pins that the option is what turns a list of names neutral.
/// </summary>
public class HeadlineNamesTests
{
    private static readonly StanceVerdict ModelAgreement = new(StanceLabel.Agrees, 0.9, ["model: test"]);

    private static readonly CorpusWords Run = CorpusWords.FromCounts(840, new Dictionary<string, int>());

    private static readonly PairContext LooseStory = new(true, 0.6, null, Run, 190);

    private static readonly PairContext TightStory = new(true, 0.6, null, Run, 20);

    [Test]
    public void AListOfNamesAgreesWithASentenceApartOnlyWithTheOptionOff()
    {
        var a = Claim.FromText("a", 1, "Senator Marco Rubio, and Senator Ted Cruz.");
        var b = Claim.FromText("b", 1, "Jeb Bush fired at Trump, Ted Cruz, John Kasich and Marco Rubio.");
        foreach (var apart in new[] { LooseStory, new PairContext(false, 0.6, null, Run) })
        {
            var on = new SameEventGate().Review(a, b, ModelAgreement, apart);
            Assert.That(on.Label, Is.EqualTo(StanceLabel.Neutral));
            Assert.That(on.Reasons[^1], Does.Contain("an agreement on names and titles only"));
            var off = new SameEventGate(new SameEventGateOptions { HeadlineNamesNeedAHeadline = false }).Review(a, b, ModelAgreement, apart);
            Assert.That(off.Label, Is.EqualTo(StanceLabel.Agrees), string.Join(" | ", off.Reasons));
        }
        Assert.That(new SameEventGate().Review(a, b, ModelAgreement, TightStory).Label, Is.EqualTo(StanceLabel.Agrees),
            "inside a tight story a claim in title case still exempts the pair");
    }

    [Test]
    public void TwoHeadlinesAgreeEitherWay()
    {
        var a = Claim.FromText("a", 1, "Michael Zehaf-Bibeau ID’d as Canadian Shooting Suspect in Ottawa");
        var b = Claim.FromText("b", 1, "Who Is Michael Zehaf-Bibeau? Ottawa Shooter Suspect Identified By Canadian Officials");
        foreach (bool option in new[] { true, false })
        {
            var gate = new SameEventGate(new SameEventGateOptions { HeadlineNamesNeedAHeadline = option });
            Assert.That(gate.Review(a, b, ModelAgreement, LooseStory).Label, Is.EqualTo(StanceLabel.Agrees), $"option {option}");
        }
    }
}
