using Claims.Matching;
using Claims.Stance;

namespace Claims.Tests.Stance;

/// <summary>
/// The classifier's path for callers that report no neutral pairs (<see cref="INeutralSkippingClassifier"/>): it may
/// skip the model for a pair that can only be neutral, and must give every non-neutral verdict exactly as
/// <see cref="StanceClassifier.Classify(Claim, Claim)"/> does.
/// </summary>
public class NeutralSkippingTests
{
    private static readonly Lazy<ClaimAnalyzer> Analyzer = new(ClaimAnalyzer.CreateDefault);

    [Test]
    public void EveryVerdictOnSeedClaimPairsIsTheFullVerdictUnlessItIsNeutral()
    {
        // The seeds, and outlets reporting one event in near-identical words (verdicts the model decides).
        var seeds = SeedFiles.All().Concat(Enumerable.Range(1, 12).Select(i => Article.FromString(
            $"Mayor Kline said the Harbor Bridge repair will take {(i % 2 == 0 ? "two" : "several")} years and cost more than expected. "
            + $"Engineer Ruiz{i} said the repair of the Harbor Bridge is {(i % 3 == 0 ? "not " : "")}going well.", $"O{i:00}", $"Outlet {i}"))).ToList();
        var report = Analyzer.Value.WithPairing(Analyzer.Value.Pairing with { IncludeNeutral = true }).Analyze(seeds);
        var claims = report.Articles.SelectMany(a => a.Claims).ToList();
        // Every related pair the analyzer classifies, and pairs of claims close in the text or far apart.
        var pairs = report.Pairs.Select(p => (report.FindClaim(p.A).Claim, report.FindClaim(p.B).Claim)).ToList();
        for (int i = 0; i < claims.Count; i++)
            foreach (int j in new[] { i + 1, i + 2, i + 50 })
                if (j < claims.Count) pairs.Add((claims[i], claims[j]));
        int nonNeutral = 0, skipped = 0, modelDecided = 0;
        // The default thresholds, and a paraphrase overlap low enough that the model decides many loosely worded pairs.
        var classifiers = new[] { new StanceClassifier(), new StanceClassifier { Relatedness = Relatedness.Default with { ParaphraseOverlap = 0.3f } } };
        foreach (var classifier in classifiers)
        foreach (var (a, b) in pairs)
        {
            INeutralSkippingClassifier skipping = classifier;
            var full = classifier.Classify(a, b);
            var reported = skipping.ClassifyUnlessNeutral(a, b);
            if (full.Label == StanceLabel.Neutral)
            {
                Assert.That(reported.Label, Is.EqualTo(StanceLabel.Neutral), $"{a.Id} / {b.Id}");
                if (ReferenceEquals(reported, NeutralVerdicts.Unreported)) skipped++;
                continue;
            }
            nonNeutral++;
            if (full.DecidingRules.Count == 0) modelDecided++;
            Assert.That(reported.Label, Is.EqualTo(full.Label), $"{a.Id} / {b.Id}");
            Assert.That(reported.Score, Is.EqualTo(full.Score));
            Assert.That(reported.Reasons, Is.EqualTo(full.Reasons));
            Assert.That(reported.DecidingRules, Is.EqualTo(full.DecidingRules));
        }
        Assert.That(skipped, Is.GreaterThan(100), "pairs that can only be neutral skip the model");
        Assert.That(modelDecided, Is.GreaterThan(0), "some verdicts come from the model, not a rule");
        Assert.That(nonNeutral, Is.GreaterThan(10));
    }

    [Test]
    public void AnalyzingWithNeutralPairsGivesTheSameNonNeutralPairs()
    {
        // The seeds, and outlets reporting one event in near-identical words (verdicts the model decides).
        var seeds = SeedFiles.All().Concat(Enumerable.Range(1, 12).Select(i => Article.FromString(
            $"Mayor Kline said the Harbor Bridge repair will take {(i % 2 == 0 ? "two" : "several")} years and cost more than expected. "
            + $"Engineer Ruiz{i} said the repair of the Harbor Bridge is {(i % 3 == 0 ? "not " : "")}going well.", $"O{i:00}", $"Outlet {i}"))).ToList();
        var without = Analyzer.Value.Analyze(seeds).Pairs;
        var with = Analyzer.Value.WithPairing(Analyzer.Value.Pairing with { IncludeNeutral = true }).Analyze(seeds).Pairs;
        static string Key(ClaimPair p) => $"{p.A} {p.B} {p.Relation} {p.Score} {p.Similarity} {string.Join(" | ", p.Reasons)}";
        Assert.That(with.Count(p => p.Relation == StanceLabel.Neutral), Is.GreaterThan(0));
        Assert.That(without.Select(Key), Is.EqualTo(with.Where(p => p.Relation != StanceLabel.Neutral).Select(Key)));
    }

    [Test]
    public void NoStanceClassifierOfItsOwnIsUsedAsItIs()
    {
        var plain = new PlainClassifier();
        Assert.That(NeutralVerdicts.ReportedOnly(plain), Is.SameAs(plain));
        Assert.That(NeutralVerdicts.ReportedOnly(new StanceClassifier()), Is.Not.InstanceOf<StanceClassifier>());
    }

    [Test]
    public void AUnitMemoComputesOncePerKeyAndKeepsNull()
    {
        var unit = new PairFeaturizer(Claims.Text.IdfTable.Empty).Profile("The summit was cancelled.").Whole;
        object first = new(), second = new();
        int calls = 0;
        string? Null(TextUnit u) { calls++; return null; }
        int Length(TextUnit u) { calls++; return u.Words.Length; }
        Assert.That(unit.Memo(first, Null), Is.Null);
        Assert.That(unit.Memo(first, Null), Is.Null);
        Assert.That(unit.Memo(second, Length), Is.EqualTo(unit.Words.Length));
        Assert.That(unit.Memo(second, Length), Is.EqualTo(unit.Words.Length));
        Assert.That(calls, Is.EqualTo(2));
    }

    private sealed class PlainClassifier : IStanceClassifier
    {
        public StanceVerdict Classify(Claim a, Claim b) => new(StanceLabel.Neutral, 0, []);
    }
}
