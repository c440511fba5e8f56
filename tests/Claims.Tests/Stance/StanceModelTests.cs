using Claims.Stance;
using Claims.Training;

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
    public void ClassWeightsFollowThePowerAndTheBoosts()
    {
        // Class sizes 8 / 2 / 1: the largest class weighs 1, the others (8 / size) ^ power, times their boost.
        int[] labelOf = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 2];
        string[] labels = ["a", "b", "c"];
        var plain = StanceModelTrainer.ClassWeights(labelOf, labels, new StanceTrainingOptions { ClassWeightPower = 0 });
        Assert.That(plain, Is.EqualTo(new[] { 1f, 1f, 1f }));
        var power = StanceModelTrainer.ClassWeights(labelOf, labels, new StanceTrainingOptions { ClassWeightPower = 1 });
        Assert.That(power, Is.EqualTo(new[] { 1f, 4f, 8f }).Within(1e-6f));
        var boosted = StanceModelTrainer.ClassWeights(labelOf, labels, new StanceTrainingOptions
        {
            ClassWeightPower = 0.5,
            ClassBoosts = new Dictionary<string, double> { ["b"] = 1.5 },
        });
        Assert.That(boosted, Is.EqualTo(new[] { 1f, 2f * 1.5f, MathF.Sqrt(8) }).Within(1e-5f));
        // A class absent from the subset gets no weight (and no division by zero).
        Assert.That(StanceModelTrainer.ClassWeights([0, 0, 1], labels, new StanceTrainingOptions())[2], Is.Zero);
        // A boost must name a label and be positive.
        Assert.That(() => StanceModelTrainer.ClassWeights(labelOf, labels, new StanceTrainingOptions { ClassBoosts = new Dictionary<string, double> { ["z"] = 2 } }),
            Throws.ArgumentException.With.Message.Contains("'z'"));
        Assert.That(() => StanceModelTrainer.ClassWeights(labelOf, labels, new StanceTrainingOptions { ClassBoosts = new Dictionary<string, double> { ["a"] = 0 } }),
            Throws.ArgumentException.With.Message.Contains("positive"));
    }

    [Test]
    public void BoostingAClassRaisesItsProbability()
    {
        var options = new StanceTrainingOptions { NumberOfTrees = 20, NumberOfLeaves = 4, MinimumExampleCountPerLeaf = 2, FeatureThreads = 1 };
        var boosted = options with { ClassBoosts = new Dictionary<string, double> { ["unrelated"] = 20 } };
        // Pairs of one shape labeled both ways: where the classes overlap, the boosted model leans to "unrelated".
        var pairs = SyntheticPairs();
        for (int i = 0; i < 20; i++)
            pairs.Add(new LabeledPair($"The parade number {i} was moved", $"Officials met about the parade in town {i}", i % 2 == 0 ? "agree" : "unrelated"));
        const string A = "The parade number 40 was moved", B = "Officials met about the parade in town 40";
        float plain = StanceModelTrainer.Train(pairs, options).Predict(A, B)[1];
        float leaning = StanceModelTrainer.Train(pairs, boosted).Predict(A, B)[1];
        Assert.That(leaning, Is.GreaterThan(plain));
    }

    [Test]
    public void CrossValidationPredictsEveryPairOutOfFold()
    {
        var pairs = SyntheticPairs();
        var options = new StanceTrainingOptions { NumberOfTrees = 10, NumberOfLeaves = 4, MinimumExampleCountPerLeaf = 2, FeatureThreads = 1 };
        var prepared = StanceModelTrainer.Prepare(pairs, options);
        var fold = StanceCrossValidation.Folds(pairs, 3);
        // Grouped by B: the same body text is always in the same fold.
        foreach (var group in pairs.Select((p, i) => (p.B, fold[i])).GroupBy(x => x.B))
            Assert.That(group.Select(x => x.Item2).Distinct().Count(), Is.EqualTo(1));
        Assert.That(fold.Distinct().Count(), Is.EqualTo(3));
        var probabilities = StanceCrossValidation.OutOfFold(prepared, options, fold);
        Assert.That(probabilities, Has.All.Not.Null);
        Assert.That(probabilities.Select(p => p.Sum()), Has.All.EqualTo(1f).Within(1e-4f));
        // Separable data: every pair is predicted right by models that never saw it.
        for (int i = 0; i < pairs.Count; i++)
            Assert.That(prepared.Labels[probabilities[i][0] > probabilities[i][1] ? 0 : 1], Is.EqualTo(pairs[i].Label), pairs[i].B);
        Assert.Throws<ArgumentOutOfRangeException>(() => StanceCrossValidation.Folds(pairs, 1));
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
