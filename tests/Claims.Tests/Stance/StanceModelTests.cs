using Claims.Stance;

namespace Claims.Tests.Stance;

public class StanceModelTests
{
    private static List<LabeledPair> SyntheticPairs()
    {
        // Small, separable data: related pairs share their words, unrelated ones do not.
        string[] subjects = ["summit", "election", "concert", "trial", "match", "launch", "strike", "vote", "visit", "festival"];
        string[] others = ["rain flooded the city", "the phone has a new screen", "coffee prices hit a record", "the film won awards"];
        var pairs = new List<LabeledPair>();
        for (int i = 0; i < 60; i++)
        {
            string s = subjects[i % subjects.Length];
            pairs.Add(new LabeledPair($"The {s} number {i} was cancelled", $"Officials said the {s} number {i} was cancelled on Monday", "agree"));
            pairs.Add(new LabeledPair($"The {s} number {i} was cancelled", others[i % others.Length] + $" in town {i}", "unrelated"));
        }
        return pairs;
    }

    [Test]
    public void TrainsSavesAndLoadsTheSamePredictions()
    {
        var options = new StanceTrainingOptions { NumberOfTrees = 20, NumberOfLeaves = 4, MinimumExampleCountPerLeaf = 2, FeatureThreads = 1 };
        var model = StanceModelTrainer.Train(SyntheticPairs(), options);
        Assert.That(model.Labels, Is.EqualTo(new[] { "agree", "unrelated" }));
        var related = model.Predict("The summit number 7 was cancelled", "The summit number 7 was cancelled, officials said");
        var unrelated = model.Predict("The summit number 7 was cancelled", "coffee prices hit a record in town 9");
        Assert.That(related[0], Is.GreaterThan(0.5f));
        Assert.That(unrelated[1], Is.GreaterThan(0.5f));

        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = StanceModel.Load(stream);
        Assert.That(loaded.Labels, Is.EqualTo(model.Labels));
        Assert.That(loaded.Predict("The summit number 7 was cancelled", "coffee prices hit a record in town 9"), Is.EqualTo(unrelated).Within(1e-6f));

        // Deterministic: the same data and options give the same model.
        var again = StanceModelTrainer.Train(SyntheticPairs(), options);
        Assert.That(again.Predict("The summit number 7 was cancelled", "The summit number 7 was cancelled, officials said"), Is.EqualTo(related));
    }

    [Test]
    public void RejectsBadInput()
    {
        Assert.Throws<ArgumentNullException>(() => StanceModelTrainer.Train(null!));
        Assert.Throws<ArgumentException>(() => StanceModelTrainer.Train([]));
        Assert.Throws<ArgumentException>(() => StanceModelTrainer.Train([new LabeledPair("a", "b", "x"), new LabeledPair("c", "d", "x")]));
        Assert.Throws<ArgumentNullException>(() => StanceModelTrainer.Train([new LabeledPair("a", null!, "x")]));
    }

    [Test]
    public void ShippedModelHasTheFncLabels()
    {
        Assert.That(StanceModel.Default.Labels, Is.EqualTo(new[] { "agree", "disagree", "discuss", "unrelated" }));
        Assert.That(StanceModel.Default.Idf.DocumentCount, Is.GreaterThan(1000));
    }
}

public class CompiledForestTests
{
    [Test]
    public void FlattenedTreesMatchThePredictionEngine()
    {
        var model = StanceModel.Default;
        Assert.That(model.IsCompiled, Is.True, "the shipped model runs on flattened trees");
        var f = model.Featurizer;
        string[] texts =
        [
            "Trump said the summit with Putin was cancelled.", "The summit was postponed, not cancelled.",
            "Giant shark spotted on flooded highway", "Experts say the photo of the shark is a hoax. The picture was taken in South Africa.",
            "The central bank raised interest rates.", "Heavy rain flooded the city centre.",
        ];
        var features = new float[f.FeatureCount];
        var fast = new float[model.Labels.Count];
        var reference = new float[model.Labels.Count];
        foreach (var a in texts)
            foreach (var b in texts)
            {
                f.Compute(f.Profile(a), f.Profile(b), features);
                model.Predict(features, fast);
                model.PredictWithEngine(features, reference);
                Assert.That(fast, Is.EqualTo(reference).Within(1e-4f), $"{a} | {b}");
            }
    }
}
