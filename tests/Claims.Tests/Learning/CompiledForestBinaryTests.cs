using Claims.Learning;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace Claims.Tests.Learning;

/// <summary>A binary FastTree model flattened by <see cref="CompiledForest"/> scores as Microsoft.ML's prediction engine does.</summary>
public class CompiledForestBinaryTests
{
    private const int FeatureCount = 3;

    public sealed class Row
    {
        [VectorType(FeatureCount)]
        public float[] Features { get; set; } = [];

        public bool Label { get; set; }
    }

    public sealed class Prediction
    {
        public float Probability { get; set; }
    }

    // Synthetic rows: the label is a noisy linear rule of the first two features; the third is noise.
    private static List<Row> Data(int count, int seed)
    {
        var rng = new Random(seed);
        var rows = new List<Row>(count);
        for (int i = 0; i < count; i++)
        {
            float a = (float)rng.NextDouble(), b = (float)rng.NextDouble(), c = (float)rng.NextDouble();
            rows.Add(new Row { Features = [a, b, c], Label = a + 0.5f * b + 0.3f * (float)(rng.NextDouble() - 0.5) > 0.75f });
        }
        return rows;
    }

    private static (MLContext Ml, ITransformer Model) Train()
    {
        var ml = new MLContext(seed: 1);
        var trainer = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = 20,
            NumberOfLeaves = 6,
            MinimumExampleCountPerLeaf = 5,
            LearningRate = 0.2,
            NumberOfThreads = 1,
        });
        return (ml, trainer.Fit(ml.Data.LoadFromEnumerable(Data(400, 11))));
    }

    [Test]
    public void ProbabilityMatchesThePredictionEngine()
    {
        var (ml, model) = Train();
        var forest = CompiledForest.TryCompile(model, FeatureCount);
        Assert.That(forest, Is.Not.Null);
        Assert.That(forest!.ClassCount, Is.EqualTo(1));
        var engine = ml.Model.CreatePredictionEngine<Row, Prediction>(model);
        var probabilities = new List<double>();
        foreach (var row in Data(25, 99).Append(new Row { Features = [0f, 0f, 0f] }).Append(new Row { Features = [1f, 1f, 1f] }))
        {
            double expected = engine.Predict(row).Probability;
            Assert.That(forest.Probability(row.Features), Is.EqualTo(expected).Within(1e-5), string.Join(", ", row.Features));
            probabilities.Add(expected);
        }
        // The rows span both classes: a forest stuck at one value would not pass by accident.
        Assert.That(probabilities.Min(), Is.LessThan(0.2));
        Assert.That(probabilities.Max(), Is.GreaterThan(0.8));
    }

    [Test]
    public void TooFewFeaturesIsRefused()
    {
        // The trees split on features 0 and 1: a feature count that excludes one of them cannot be compiled safely.
        var (_, model) = Train();
        Assert.That(CompiledForest.TryCompile(model, 1), Is.Null);
    }

    [Test]
    public void OtherModelsAreRefused()
    {
        var ml = new MLContext(seed: 1);
        var linear = ml.BinaryClassification.Trainers.SdcaLogisticRegression(new Microsoft.ML.Trainers.SdcaLogisticRegressionBinaryTrainer.Options { NumberOfThreads = 1 })
            .Fit(ml.Data.LoadFromEnumerable(Data(100, 5)));
        Assert.That(CompiledForest.TryCompile(linear, FeatureCount), Is.Null);
    }
}
