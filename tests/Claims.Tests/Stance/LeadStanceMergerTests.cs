using Claims.Stance;
using Claims.Stance.Leads;

namespace Claims.Tests.Stance;

/// <summary><see cref="LeadStanceMerger"/>: article-level verdicts never duplicate a claim pair nor oppose one.</summary>
public class LeadStanceMergerTests
{
    private static readonly Claim Lead = Claim.FromText("h", 1, "Summit cancelled");
    private static readonly Claim First = Claim.FromText("b", 1, "The summit was postponed, not cancelled.");
    private static readonly Claim Second = Claim.FromText("b", 2, "The White House denied the report.");
    private static readonly Claim[] Claims = [Lead, First, Second];

    private static LeadStancePair Found(Claim evidence, StanceLabel relation) =>
        new(Lead, evidence, relation, new ArticleStance(0.1, 0.8, 0.08, 0.02), 0.4, ["article-level stance: b as a whole disputes the lead claim h#1"]);

    [Test]
    public void ANewVerdictIsAdded()
    {
        var kept = new List<(int, int, ClaimPair)>();
        var counts = LeadStanceMerger.Merge(kept, Claims, [Found(Second, StanceLabel.Contradicts)]);
        Assert.That(counts, Is.EqualTo(new LeadStanceMerger.Counts(1, 0, 0)));
        var (a, b, pair) = kept.Single();
        Assert.That((a, b, pair.A, pair.B, pair.Relation), Is.EqualTo((0, 2, "h#1", "b#2", StanceLabel.Contradicts)));
        Assert.That(pair.Score, Is.EqualTo(0.8).Within(1e-9));
    }

    [Test]
    public void TheSameVerdictMergesIntoTheClaimLevelPair()
    {
        // The claim-level path found the lead contradicted by another claim of the same article: no second pair.
        var kept = new List<(int, int, ClaimPair)> { (0, 1, new ClaimPair("h#1", "b#1", StanceLabel.Contradicts, 0.9, ["rule: negation"], 0.5)) };
        var counts = LeadStanceMerger.Merge(kept, Claims, [Found(Second, StanceLabel.Contradicts), Found(First, StanceLabel.Contradicts)]);
        Assert.That(counts, Is.EqualTo(new LeadStanceMerger.Counts(0, 2, 0)));
        var (_, _, pair) = kept.Single();
        Assert.That(pair.Score, Is.EqualTo(0.9));
        Assert.That(pair.Reasons[0], Is.EqualTo("rule: negation"));
        Assert.That(pair.Reasons, Has.Some.StartsWith("article-level stance: "));
    }

    [Test]
    public void AnOppositeClaimLevelVerdictStandsAndSaysSo()
    {
        var kept = new List<(int, int, ClaimPair)> { (0, 1, new ClaimPair("h#1", "b#1", StanceLabel.Agrees, 0.7, ["model: agree"], 0.5)) };
        var counts = LeadStanceMerger.Merge(kept, Claims, [Found(Second, StanceLabel.Contradicts)]);
        Assert.That(counts, Is.EqualTo(new LeadStanceMerger.Counts(0, 0, 1)));
        var (_, _, pair) = kept.Single();
        Assert.That(pair.Relation, Is.EqualTo(StanceLabel.Agrees));
        Assert.That(pair.Reasons[^1], Does.EndWith("read the other way at claim level: the claim-level verdict stands"));
    }

    [Test]
    public void ANeutralPairIsReplaced()
    {
        var kept = new List<(int, int, ClaimPair)> { (0, 2, new ClaimPair("h#1", "b#2", StanceLabel.Neutral, 0.6, ["no rule"], 0.3)) };
        LeadStanceMerger.Merge(kept, Claims, [Found(Second, StanceLabel.Contradicts)]);
        var (_, _, pair) = kept.Single();
        Assert.That(pair.Relation, Is.EqualTo(StanceLabel.Contradicts));
        Assert.That(pair.Similarity, Is.EqualTo(0.3));
        Assert.That(pair.Reasons, Is.EqualTo(new[] { "article-level stance: b as a whole disputes the lead claim h#1", "no rule" }));
    }
}
