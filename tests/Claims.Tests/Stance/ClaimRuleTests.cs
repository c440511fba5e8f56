using Claims.Stance;

namespace Claims.Tests.Stance;

public class ProximityRuleTests
{
    private readonly ProximityRule _rule = new();

    [Test]
    public void CloseToASolutionContradictsFarFromAgreement()
    {
        var f = RuleRunner.Run(_rule, "Russia, the US and Ukraine are actually quite close to a diplomatic solution.", "Both sides appear far from agreement.");
        Assert.That(f?.Label, Is.EqualTo(StanceLabel.Contradicts));
        Assert.That(f!.Reason, Does.Contain("close to").And.Contain("far from"));
    }

    [Test]
    public void QuotedCloseStillCounts()
    {
        var f = RuleRunner.Run(_rule, "Kyiv and Moscow are “quite close” to reaching a breakthrough.", "The sides remain far from a deal.");
        Assert.That(f?.Label, Is.EqualTo(StanceLabel.Contradicts));
    }

    [Test]
    public void DifferentOutcomesDoNotFire()
    {
        Assert.That(RuleRunner.Run(_rule, "The team is close to the playoffs.", "The sides remain far from a deal."), Is.Null);
    }

    [Test]
    public void SameDirectionDoesNotFire()
    {
        Assert.That(RuleRunner.Run(_rule, "They are close to a deal.", "Negotiators are near agreement."), Is.Null);
    }
}

public class SharedDenialRuleTests
{
    private readonly SharedDenialRule _rule = new();

    [Test]
    public void BothDenyingABreakthroughAgree()
    {
        var f = RuleRunner.Run(_rule, "No Ukraine Breakthrough as Putin Holds Five-Hour Talks", "Although the talks did not yield a breakthrough");
        Assert.That(f?.Label, Is.EqualTo(StanceLabel.Agrees));
        Assert.That(f!.Reason, Does.Contain("breakthrough"));
    }

    [Test]
    public void ImplicitNegatorCountsAsDenial()
    {
        var f = RuleRunner.Run(_rule, "Russia and the United States failed to reach a compromise on a peace plan.", "No finalized compromise on the peace plan has yet emerged.");
        Assert.That(f?.Label, Is.EqualTo(StanceLabel.Agrees));
    }

    [Test]
    public void OneSideAssertingDoesNotFire()
    {
        Assert.That(RuleRunner.Run(_rule, "The talks did not yield a breakthrough.", "The talks yielded a breakthrough after no progress for weeks."), Is.Null);
    }
}

public class ClaimLevelNegationTests
{
    private readonly NegationRule _rule = new();

    [Test]
    public void NoNegatesTheHeadNotTheModifier()
    {
        Assert.That(RuleRunner.Run(_rule, "No Ukraine Breakthrough as Putin Holds Talks", "Putin's envoy expected in Washington amid Ukraine peace talks"), Is.Null);
    }

    [Test]
    public void NotScopesOverTheFirstContentWord()
    {
        Assert.That(RuleRunner.Run(_rule, "Moscow was not ready to end the war.", "Ukraine rejects Russia's terms for ending the war."), Is.Null);
    }

    [Test]
    public void ASharedWordAboutDifferentThingsDoesNotFlip()
    {
        Assert.That(RuleRunner.Run(_rule, "There were no plans for a meeting between the two leaders.", "The ministers discussed a peace plan for the region."), Is.Null);
    }

    [Test]
    public void IrregularVerbFormsAreOneWord()
    {
        var f = RuleRunner.Run(_rule, "Witkoff did not meet Zelenskyy in Berlin.", "Witkoff met Zelenskyy in Berlin.");
        Assert.That(f?.Label, Is.EqualTo(StanceLabel.Contradicts));
        Assert.That(f!.Reason, Does.Contain("not meet"));
    }

    [Test]
    public void FailedToIsAlreadyNegative()
    {
        Assert.That(RuleRunner.Run(_rule, "They failed to reach a compromise.", "No compromise was reached."), Is.Null);
    }
}
