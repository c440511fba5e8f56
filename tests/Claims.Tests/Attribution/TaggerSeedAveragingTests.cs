using Claims.Attribution.Learned;
using Claims.Training.Attribution;

namespace Claims.Tests.Attribution;

/// <summary>The tagger trained over several seeds (<c>polnear-train --tagger-seeds N</c>) is the mean of the single-seed taggers.</summary>
public class TaggerSeedAveragingTests
{
    private static AttributionTaggerModel Single(int seed) =>
        AttributionTaggerTrainer.Train(AttributionTaggerModelTests.TrainingSet(), epochs: 10, seed: seed, bits: 16, useRuleTags: true);

    [Test]
    public void SeveralSeedsAverageTheSingleSeedWeights()
    {
        var averaged = AttributionTaggerTrainer.Train(AttributionTaggerModelTests.TrainingSet(), epochs: 10, seed: 3, seeds: 2, bits: 16, useRuleTags: true);
        float[] a = Single(3).Weights.ToArray(), b = Single(4).Weights.ToArray(), mean = averaged.Weights.ToArray();
        Assert.That(a, Is.Not.EqualTo(b), "two seeds must give different taggers for the test to mean anything");
        for (int k = 0; k < mean.Length; k++)
            Assert.That(mean[k], Is.EqualTo((a[k] + b[k]) / 2).Within(1e-3 + Math.Abs(a[k] + b[k]) * 1e-3), $"slot {k}");
        Assert.That(averaged.Description, Does.Contain("seeds 3-4"));
    }

    [Test]
    public void OneSeedIsTheSingleTagger()
    {
        var one = AttributionTaggerTrainer.Train(AttributionTaggerModelTests.TrainingSet(), epochs: 10, seed: 5, seeds: 1, bits: 16, useRuleTags: true);
        Assert.That(one.Weights.ToArray(), Is.EqualTo(Single(5).Weights.ToArray()));
    }
}
