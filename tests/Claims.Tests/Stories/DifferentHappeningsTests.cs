using Claims.Stance;
using Claims.Stories;

namespace Claims.Tests.Stories;

/// <summary>
/// The gate's reading of two happenings of one kind (<see cref="SameEventGateOptions.ModelAgreementsNeedOneTown"/>,
/// <see cref="SameEventGateOptions.ModelAgreementsNeedOneFigure"/>): which names are towns, and that each check is what
/// turns its rows of <c>gate-verdicts.tsv</c> and <c>corpus-rarity.tsv</c> neutral (with it off they agree).
/// </summary>
public class DifferentHappeningsTests
{
    private static readonly StanceVerdict ModelAgreement = new(StanceLabel.Agrees, 0.9, ["model: test"]);

    [TestCase("a soldier was shot dead near Montreal", "Montreal", TestName = "a town WordNet knows as a city")]
    [TestCase("at the National War Memorial in Ottawa today", "Ottawa", TestName = "a name WordNet does not know")]
    [TestCase("In Paris, the police said", "Paris", TestName = "an opening preposition")]
    [TestCase("a soldier was shot in Canada", "", TestName = "a country holds towns")]
    [TestCase("the primary in Iowa and the vote in Texas", "", TestName = "a state holds towns")]
    [TestCase("the primary in New Hampshire", "", TestName = "a longer name is left alone")]
    [TestCase("a vote in Congress in January", "", TestName = "a common word and a month are no towns")]
    [TestCase("a line in Obama's speech", "", TestName = "a possessive names whose, not where")]
    public void TownsNamed(string text, string expected)
    {
        var towns = SameEventGate.TownsNamed(text);
        Assert.That(string.Join(",", towns.Order(StringComparer.Ordinal)), Is.EqualTo(expected));
    }

    [Test]
    public void TwoTownsAgreeOnlyWithTheCheckOff()
    {
        var a = Claim.FromText("a", 1, "A Muslim convert shot dead a Canadian soldier at the National War Memorial in Ottawa today.");
        var b = Claim.FromText("b", 1, "a 25-year-old Muslim convert killed a Canadian solider and injured a second near Montreal.");
        var on = new SameEventGate().Review(a, b, ModelAgreement, new PairContext(true, 0.6));
        Assert.That(on.Label, Is.EqualTo(StanceLabel.Neutral));
        Assert.That(on.Reasons[^1], Does.Contain("different towns (Ottawa / Montreal)"));
        var off = new SameEventGate(new SameEventGateOptions { ModelAgreementsNeedOneTown = false })
            .Review(a, b, ModelAgreement, new PairContext(true, 0.6));
        Assert.That(off.Label, Is.EqualTo(StanceLabel.Agrees), string.Join(" | ", off.Reasons));
        var rule = new StanceVerdict(StanceLabel.Agrees, 0.9, ["numbers: test"]) { DecidingRules = [new NumberRule()] };
        Assert.That(new SameEventGate().Review(a, b, rule, new PairContext(true, 0.6)).Reasons[^1], Does.Not.Contain("different towns"),
            "a rule's agreement stands on its own finding");
    }

    [Test]
    public void TwoFiguresAgreeOnlyWithTheCheckOffAndOnlyAcrossStories()
    {
        var a = Claim.FromText("a", 1, "As for Mr. Bloomberg, Forbes put his net worth at $45 billion.");
        var b = Claim.FromText("b", 1, "that Bloomberg was personally worth less than the $36.5 billion estimated by Forbes");
        var across = new PairContext(false, 0.6);
        var on = new SameEventGate().Review(a, b, ModelAgreement, across);
        Assert.That(on.Label, Is.EqualTo(StanceLabel.Neutral));
        Assert.That(on.Reasons[^1], Does.Contain("different figures (45 / 36.5) across stories"));
        var off = new SameEventGate(new SameEventGateOptions { ModelAgreementsNeedOneFigure = false }).Review(a, b, ModelAgreement, across);
        Assert.That(off.Label, Is.EqualTo(StanceLabel.Agrees), string.Join(" | ", off.Reasons));
        Assert.That(new SameEventGate().Review(a, b, ModelAgreement, new PairContext(true, 0.6)).Label, Is.EqualTo(StanceLabel.Agrees),
            "a tight story's two figures are two facts of its one event");
        var years = new SameEventGate().Review(
            Claim.FromText("a", 1, "Mike Huckabee won the Iowa caucuses in 2008."),
            Claim.FromText("b", 1, "Rick Santorum won the Iowa caucuses in 2012 by Huckabee's count."), ModelAgreement, across);
        Assert.That(years.Reasons[^1], Does.Not.Contain("different figures"), "years say when, not how many");
    }

    [Test]
    public void TwoTalliesAgreeOnlyWithTheCheckOff()
    {
        var a = Claim.FromText("a", 1, "Trump will win at least 38 of the 50 delegates at stake.");
        var b = Claim.FromText("b", 1, "With 38 delegates at stake, Sanders will gain at least 20 delegates in that state.");
        var tight = new PairContext(true, 0.6);
        var on = new SameEventGate().Review(a, b, ModelAgreement, tight);
        Assert.That(on.Label, Is.EqualTo(StanceLabel.Neutral));
        Assert.That(on.Reasons[^1], Does.Contain("two tallies of one measure (38 in both; 50 / 20 in one only)"));
        var off = new SameEventGate(new SameEventGateOptions { ModelAgreementsNeedOneTally = false }).Review(a, b, ModelAgreement, tight);
        Assert.That(off.Label, Is.EqualTo(StanceLabel.Agrees), string.Join(" | ", off.Reasons));
        var rule = new StanceVerdict(StanceLabel.Agrees, 0.9, ["numbers: test"]) { DecidingRules = [new NumberRule()] };
        Assert.That(new SameEventGate().Review(a, b, rule, tight).Reasons[^1], Does.Not.Contain("two tallies"),
            "a rule's agreement stands on its own finding");
    }
}
