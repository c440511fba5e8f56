using Claims.Stance;

namespace Claims.Tests.Stance;

/// <summary>A claim pair is unordered: a verdict must hold whichever claim is read first.</summary>
public class ReadingOrderTests
{
    /// <summary>A deliberately one-way rule: the shorter text first contradicts, the longer first agrees.</summary>
    private sealed class ShorterFirstRule(bool agreeOtherwise) : IStanceRule
    {
        public string Name => "shorter-first";

        public RuleFinding? Evaluate(StancePair pair) =>
            pair.ProfileA.Text.Length < pair.ProfileB.Text.Length
                ? new RuleFinding(this, StanceLabel.Contradicts, RuleEffect.Decide, 1.0, "shorter first")
                : agreeOtherwise ? new RuleFinding(this, StanceLabel.Agrees, RuleEffect.Decide, 1.0, "longer first") : null;
    }

    private static readonly Claim Short = Claim.FromText("s", 1, "The summit was cancelled.");
    private static readonly Claim Long = Claim.FromText("l", 1, "The summit in Budapest was cancelled on Tuesday.");

    [Test]
    public void AVerdictThatHoldsOneWayOnlyIsNeutralBothWays()
    {
        var classifier = new StanceClassifier(StanceModel.Default, [new ShorterFirstRule(agreeOtherwise: false)]);
        Assert.That(classifier.Classify(Short.Text, Long.Text).Label, Is.EqualTo(StanceLabel.Contradicts), "the text overload stays directional");
        Assert.That(classifier.Classify(Short, Long).Label, Is.Not.EqualTo(StanceLabel.Contradicts));
        Assert.That(classifier.Classify(Long, Short).Label, Is.EqualTo(classifier.Classify(Short, Long).Label));
    }

    [Test]
    public void OppositeVerdictsEachWayAreNeutralWithBothReasons()
    {
        var classifier = new StanceClassifier(StanceModel.Default, [new ShorterFirstRule(agreeOtherwise: true)]);
        var ab = classifier.Classify(Short, Long);
        var ba = classifier.Classify(Long, Short);
        Assert.That(ab.Label, Is.EqualTo(StanceLabel.Neutral));
        Assert.That(ba.Label, Is.EqualTo(StanceLabel.Neutral));
        Assert.That(ab.Reasons, Is.EqualTo(ba.Reasons));
        Assert.That(ab.Reasons, Has.Some.Contains("reading order").And.Some.Contains("shorter first").And.Some.Contains("longer first"));
    }
}
