using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace Claims.Evaluation;

/// <summary>
/// A binary FastTree model over <see cref="AttributionFeatures"/> giving the probability that an attribution is one an
/// annotator would mark (with matching content). Experimental: evaluated by <c>polnear-filter cv</c>, not shipped.
/// <see cref="Probability"/> is thread-safe (prediction engines are pooled, one per concurrent caller).
/// </summary>
internal sealed class AttributionFilterModel
{
    private readonly MLContext _ml;
    private readonly ITransformer _transformer;
    private readonly ConcurrentBag<PredictionEngine<Row, Output>> _engines = new();

    private AttributionFilterModel(MLContext ml, ITransformer transformer, string description)
    {
        _ml = ml;
        _transformer = transformer;
        Description = description;
    }

    /// <summary>How the model was trained.</summary>
    public string Description { get; }

    /// <summary>Trains on labelled feature vectors (deterministic: fixed seed, one thread).</summary>
    public static AttributionFilterModel Train(IReadOnlyList<(float[] Features, bool Positive)> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var ml = new MLContext(seed: 1);
        var rows = examples.Select(e => new Row { Features = e.Features, Label = e.Positive }).ToList();
        var view = ml.Data.LoadFromEnumerable(rows, Schema(withLabel: true));
        var trainer = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = 100,
            NumberOfLeaves = 16,
            LearningRate = 0.1,
            MinimumExampleCountPerLeaf = 20,
            // One thread: FastTree's parallel histogram building is not bit-reproducible.
            NumberOfThreads = 1,
            FeatureColumnName = nameof(Row.Features),
            LabelColumnName = nameof(Row.Label),
        });
        var model = trainer.Fit(view);
        string description = string.Create(CultureInfo.InvariantCulture,
            $"binary FastTree: 100 trees x 16 leaves, rate 0.1, min leaf 20, seed 1; {examples.Count} attributions ({examples.Count(e => e.Positive)} positive)");
        return new AttributionFilterModel(ml, model, description);
    }

    /// <summary>The probability that the attribution with these features is a correct one.</summary>
    public double Probability(float[] features)
    {
        if (!_engines.TryTake(out var engine))
            engine = _ml.Model.CreatePredictionEngine<Row, Output>(_transformer, inputSchemaDefinition: Schema(withLabel: false));
        try
        {
            return engine.Predict(new Row { Features = features }).Probability;
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    private static SchemaDefinition Schema(bool withLabel)
    {
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, AttributionFeatures.Count);
        if (!withLabel) schema.Remove(schema[nameof(Row.Label)]);
        return schema;
    }

    private sealed class Row
    {
        public float[] Features { get; set; } = [];
        public bool Label { get; set; }
    }

    private sealed class Output
    {
        public float Probability { get; set; }
    }
}
