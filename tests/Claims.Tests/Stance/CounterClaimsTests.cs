using Claims.Matching;
using Claims.Stance;

namespace Claims.Tests.Stance;

/// <summary>Counter-claims: paired through the opposed content, verdicts inverted, the opposed claim contradicted.</summary>
public class CounterClaimsTests
{
    /// <summary>A classifier with a fixed verdict, deciding by the given rule (or by the model when null).</summary>
    private sealed class FixedClassifier(StanceLabel label, IStanceRule? rule = null) : IStanceClassifier
    {
        public List<(string A, string B)> Seen { get; } = [];

        public StanceVerdict Classify(Claim a, Claim b)
        {
            lock (Seen) Seen.Add((a.Text, b.Text));
            return new StanceVerdict(label, 0.8, ["fixed"]) { DecidingRules = rule is null ? [] : [rule] };
        }
    }

    private static readonly Claim Opposed = Claim.FromText("a1", 1, "The summit was cancelled.") with { Speaker = "Trump" };
    private static readonly Claim Counter = Claim.FromText("a1", 2, "It was not.") with { Speaker = "Dmitriev", Opposes = Opposed.Id, Span = new TextSpan(30, 41) };
    private static readonly Claim Other = Claim.FromText("a2", 1, "The summit went ahead.");

    [Test]
    public void ACounterClaimCarriesTheOpposedContentAndContradictsIt()
    {
        var counter = new CounterClaims([Opposed, Counter, Other]);
        Assert.That(counter.Proxies[1].Text, Is.EqualTo(Opposed.Text));
        Assert.That(counter.Proxies[2], Is.SameAs(Other));
        Assert.That(counter.ExplicitPairs, Is.EqualTo(new[] { (0, 1) }));
        var pair = counter.Classify(new FixedClassifier(StanceLabel.Agrees), 0, 1, 0.5);
        Assert.That(pair.Relation, Is.EqualTo(StanceLabel.Contradicts));
        Assert.That(pair.Reasons.Single(), Does.StartWith("explicit contrast"));
    }

    [Test]
    public void VerdictsAboutACounterClaimAreInverted()
    {
        var counter = new CounterClaims([Opposed, Counter, Other]);
        var classifier = new FixedClassifier(StanceLabel.Contradicts);
        var pair = counter.Classify(classifier, 1, 2, 0.4);
        Assert.That(pair.Relation, Is.EqualTo(StanceLabel.Agrees));
        Assert.That(pair.Reasons[0], Does.Contain("Dmitriev's counter-claim says the opposite of"));
        Assert.That(classifier.Seen.Single(), Is.EqualTo((Opposed.Text, Other.Text)), "read through the proxy");
        Assert.That(counter.Classify(classifier, 0, 2, 0.4).Relation, Is.EqualTo(StanceLabel.Contradicts), "no counter-claim: unchanged");
    }

    [Test]
    public void ATitleConflictIsNotInheritedByACounterClaim()
    {
        var counter = new CounterClaims([Opposed, Counter, Other]);
        var pair = counter.Classify(new FixedClassifier(StanceLabel.Contradicts, new TitleRule()), 1, 2, 0.4);
        Assert.That(pair.Relation, Is.EqualTo(StanceLabel.Neutral));
    }

    /// <summary>
    /// "President Barack Obama says that" (the content cut off at segmentation) opposed by "contrary to the claims of
    /// some GOP presidential candidates" (PolNeAR train): no statement is opposed, so neither the explicit pair nor a
    /// claim agreeing with those words is a contradiction.
    /// </summary>
    [TestCase("President Barack Obama says that", false)]
    [TestCase("Obama said:", false)]
    [TestCase("President Barack Obama says that gun sales rose", true)]
    [TestCase("The summit was cancelled.", true)]
    public void ACounterClaimOfWordsThatStateNothingContradictsNothing(string opposedText, bool states)
    {
        var opposed = Claim.FromText("b1", 1, opposedText);
        var counterClaim = Claim.FromText("b1", 2, "contrary to the claims of some GOP presidential candidates")
            with { Speaker = "some GOP presidential candidates", Opposes = opposed.Id, Span = new TextSpan(50, 110) };
        var other = Claim.FromText("b2", 1, "President Barack Obama also gets an appointment to the board.");
        var counter = new CounterClaims([opposed, counterClaim, other]);
        Assert.That(CounterClaims.OpposesStatement(opposed), Is.EqualTo(states));
        var expected = states ? StanceLabel.Contradicts : StanceLabel.Neutral;
        Assert.That(counter.Classify(new FixedClassifier(StanceLabel.Agrees), 0, 1, 0.5).Relation, Is.EqualTo(expected), "explicit pair");
        Assert.That(counter.Classify(new FixedClassifier(StanceLabel.Agrees), 1, 2, 0.5).Relation, Is.EqualTo(expected), "inherited verdict");
    }

    [Test]
    public void FilterKeepsOtherArticlesAndOtherVoices()
    {
        var filter = new DifferentVoicesFilter();
        Assert.That(filter.IsComparable(Opposed, Other), Is.True);
        Assert.That(filter.IsComparable(Opposed, Counter), Is.True, "same article, different speakers");
        var sameVoice = Claim.FromText("a1", 3, "Talks will resume.") with { Speaker = "Trump", Span = new TextSpan(100, 118) };
        Assert.That(filter.IsComparable(Opposed, sameVoice), Is.False);
    }
}
