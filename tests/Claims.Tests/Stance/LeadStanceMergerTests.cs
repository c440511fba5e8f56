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

    // Streams the claim-level pairs through a merger, as LeadStancePairSource does, and returns what it writes.
    private static (List<ClaimPair> Written, LeadStanceMerger.Counts Counts) Merge(IEnumerable<ClaimPair> claimPairs, params LeadStancePair[] found)
    {
        var merger = new LeadStanceMerger(Claims, found);
        var written = new List<ClaimPair>();
        foreach (var pair in claimPairs)
            if (merger.Review(pair) is { } reviewed) written.Add(reviewed);
        written.AddRange(merger.Remaining());
        return (written, merger.Totals);
    }

    [Test]
    public void ANewVerdictIsAdded()
    {
        var (written, counts) = Merge([], Found(Second, StanceLabel.Contradicts));
        Assert.That(counts, Is.EqualTo(new LeadStanceMerger.Counts(1, 0, 0)));
        var pair = written.Single();
        Assert.That((pair.A, pair.B, pair.Relation), Is.EqualTo(("h#1", "b#2", StanceLabel.Contradicts)));
        Assert.That(pair.Score, Is.EqualTo(0.8).Within(1e-9));
    }

    [Test]
    public void TheSameVerdictMergesIntoTheClaimLevelPair()
    {
        // The claim-level path found the lead contradicted by another claim of the same article: no second pair.
        var (written, counts) = Merge([new ClaimPair("h#1", "b#1", StanceLabel.Contradicts, 0.9, ["rule: negation"], 0.5)],
            Found(Second, StanceLabel.Contradicts), Found(First, StanceLabel.Contradicts));
        Assert.That(counts, Is.EqualTo(new LeadStanceMerger.Counts(0, 2, 0)));
        var pair = written.Single();
        Assert.That(pair.Score, Is.EqualTo(0.9));
        Assert.That(pair.Reasons[0], Is.EqualTo("rule: negation"));
        Assert.That(pair.Reasons, Has.Some.StartsWith("article-level stance: "));
    }

    [Test]
    public void AnOppositeClaimLevelVerdictStandsAndSaysSo()
    {
        var (written, counts) = Merge([new ClaimPair("h#1", "b#1", StanceLabel.Agrees, 0.7, ["model: agree"], 0.5)],
            Found(Second, StanceLabel.Contradicts));
        Assert.That(counts, Is.EqualTo(new LeadStanceMerger.Counts(0, 0, 1)));
        var pair = written.Single();
        Assert.That(pair.Relation, Is.EqualTo(StanceLabel.Agrees));
        Assert.That(pair.Reasons[^1], Does.EndWith("read the other way at claim level: the claim-level verdict stands"));
    }

    [Test]
    public void ANeutralPairIsReplacedByTheVerdictAsItIsWithoutNeutralPairs()
    {
        // Neutral pairs reach the merger only when they are kept: the verdict written must be the same either way.
        var (replacing, _) = Merge([new ClaimPair("h#1", "b#2", StanceLabel.Neutral, 0.6, ["no rule"], 0.3)], Found(Second, StanceLabel.Contradicts));
        var (alone, _) = Merge([], Found(Second, StanceLabel.Contradicts));
        var pair = replacing.Single();
        Assert.That(pair.Relation, Is.EqualTo(StanceLabel.Contradicts));
        Assert.That(pair.Similarity, Is.EqualTo(0.4));
        Assert.That(pair.Reasons, Is.EqualTo(new[] { "article-level stance: b as a whole disputes the lead claim h#1" }));
        var other = alone.Single();
        Assert.That((pair.A, pair.B, pair.Score, pair.Similarity), Is.EqualTo((other.A, other.B, other.Score, other.Similarity)));
        Assert.That(pair.Reasons, Is.EqualTo(other.Reasons));
    }

    [Test]
    public void ANeutralPairStaysWhenAClaimLevelVerdictTookTheArticleLevelOne()
    {
        // The neutral pair streams first; a later claim-level contradiction of the lead by the same article takes the
        // article-level verdict, so the neutral pair is written unchanged, after the claim pairs.
        var neutral = new ClaimPair("h#1", "b#2", StanceLabel.Neutral, 0.6, ["no rule"], 0.3);
        var (written, counts) = Merge([neutral, new ClaimPair("h#1", "b#1", StanceLabel.Contradicts, 0.9, ["rule: negation"], 0.5)],
            Found(Second, StanceLabel.Contradicts));
        Assert.That(counts, Is.EqualTo(new LeadStanceMerger.Counts(0, 1, 0)));
        Assert.That(written.Select(p => (p.B, p.Relation)), Is.EqualTo(new[] { ("b#1", StanceLabel.Contradicts), ("b#2", StanceLabel.Neutral) }));
        Assert.That(written[1], Is.EqualTo(neutral));
    }

    [Test]
    public void UnrelatedPairsPassUnchanged()
    {
        var pair = new ClaimPair("b#1", "b#2", StanceLabel.Contradicts, 0.9, ["rule: negation"], 0.5);
        var (written, counts) = Merge([pair]);
        Assert.That(written, Is.EqualTo(new[] { pair }));
        Assert.That(counts, Is.EqualTo(new LeadStanceMerger.Counts(0, 0, 0)));
    }

    [Test]
    public void TwoVerdictsOnTheSameClaimsGiveOnePair()
    {
        var neutral = new ClaimPair("h#1", "b#2", StanceLabel.Neutral, 0.6, ["no rule"], 0.3);
        var (written, counts) = Merge([neutral], Found(Second, StanceLabel.Agrees), Found(Second, StanceLabel.Agrees));
        Assert.That(written.Select(p => (p.A, p.B, p.Relation)), Is.EqualTo(new[] { ("h#1", "b#2", StanceLabel.Agrees) }));
        Assert.That(counts.Added, Is.EqualTo(1));
    }
}
