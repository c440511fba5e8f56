using Claims.Embeddings;
using Claims.Semantic;
using Claims.Stance;

namespace Claims.Training;

/// <summary>
/// Trains a semantic stance model through the public training API (<see cref="StanceModelTrainer"/>): the 154
/// lexical features, the <see cref="EmbeddingFeatures"/> summaries and the <see cref="ProjectionFeatures"/>
/// probabilities, the latter computed out of fold (5 folds grouped by B's text, so one FNC-1 body never sits on both
/// sides) while the trees train, and by a regression fitted on all pairs in the saved model. Deterministic.
/// </summary>
public static class SemanticStanceTrainer
{
    private const int Folds = 5;

    /// <summary>Trains on <paramref name="pairs"/> with vectors from <paramref name="encoder"/>.</summary>
    public static SemanticStanceModel Train(IEnumerable<LabeledPair> pairs, StanceTrainingOptions options, ISentenceEncoder encoder,
        CancellationToken cancellationToken = default) => Train(pairs, options, encoder, new SemanticFeatureOptions(), cancellationToken);

    /// <summary>Trains on <paramref name="pairs"/> with vectors from <paramref name="encoder"/> and the feature choices of <paramref name="features"/>.</summary>
    public static SemanticStanceModel Train(IEnumerable<LabeledPair> pairs, StanceTrainingOptions options, ISentenceEncoder encoder,
        SemanticFeatureOptions features, CancellationToken cancellationToken = default)
    {
        var (data, labels, trainingSet, projection) = Project(pairs, options, encoder, features, cancellationToken);
        var model = StanceModelTrainer.Train(data, options with { Features = trainingSet, Encoder = encoder, Labels = labels }, cancellationToken);
        // The trees were fitted on out-of-fold values; the saved model computes them with the final regression.
        using var buffer = new MemoryStream();
        model.Save(buffer);
        buffer.Position = 0;
        return SemanticStanceModel.Load(buffer, projection, encoder, features.Evidence, features.RankedEvidence);
    }

    /// <summary>The feature rows <see cref="Train(IEnumerable{LabeledPair}, StanceTrainingOptions, ISentenceEncoder, SemanticFeatureOptions, CancellationToken)"/> fits its trees on (projection out of fold), for model selection.</summary>
    internal static PreparedPairs Prepare(IEnumerable<LabeledPair> pairs, StanceTrainingOptions options, ISentenceEncoder encoder,
        SemanticFeatureOptions features, CancellationToken cancellationToken = default)
    {
        var (data, labels, trainingSet, _) = Project(pairs, options, encoder, features, cancellationToken);
        return StanceModelTrainer.Prepare(data, options with { Features = trainingSet, Encoder = encoder, Labels = labels }, cancellationToken);
    }

    /// <summary>The projection regression on all pairs, and the feature set whose projection group gives each pair its out-of-fold values.</summary>
    private static (List<LabeledPair> Data, List<string> Labels, StanceFeatureSet TrainingSet, ProjectionFeatures Projection) Project(
        IEnumerable<LabeledPair> pairs, StanceTrainingOptions options, ISentenceEncoder encoder, SemanticFeatureOptions features, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(encoder);
        var data = pairs.ToList();
        var labels = options.Labels?.ToList() ?? data.Select(p => p.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var labelOf = data.Select(p => labels.IndexOf(p.Label)).ToArray();
        if (labelOf.Any(l => l < 0)) throw new ArgumentException("a pair's label is not in the label list", nameof(pairs));

        // Vectors per distinct text, as PairFeaturizer.Profile gives them.
        var texts = data.SelectMany(p => new[] { p.A, p.B }).Distinct(StringComparer.Ordinal).ToList();
        var vectors = new Dictionary<string, TextEmbeddings>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            vectors[text] = SemanticStanceModel.Embed(encoder, text);
        }
        int inputs = ProjectionFeatures.InputCount(encoder.Dimensions, features.BodyInProjection);
        var x = data.Select(p =>
        {
            var row = new float[inputs];
            ProjectionFeatures.Inputs(vectors[p.A], vectors[p.B], row);
            return row;
        }).ToArray();

        var outOfFold = new Dictionary<(string, string), float[]>();
        var fold = data.Select(p => (int)(StableHash(p.B) % Folds)).ToArray();
        for (int f = 0; f < Folds; f++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var train = Enumerable.Range(0, data.Count).Where(i => fold[i] != f).ToArray();
            var regression = SoftmaxRegression.Train(train.Select(i => x[i]).ToArray(), train.Select(i => labelOf[i]).ToArray(), inputs, labels.Count, options.Seed);
            for (int i = 0; i < data.Count; i++)
            {
                if (fold[i] != f) continue;
                var p = new float[labels.Count];
                regression.Predict(x[i], p);
                outOfFold[(data[i].A, data[i].B)] = p;
            }
        }
        var final = SoftmaxRegression.Train(x, labelOf, inputs, labels.Count, options.Seed);
        var projection = new ProjectionFeatures(labels, final);
        var trainingSet = SemanticStanceModel.FeatureSet(features.Evidence, features.RankedEvidence).With(ProjectionFeatures.OutOfFold(labels, outOfFold));
        return (data, labels, trainingSet, projection);
    }

    private static uint StableHash(string s)
    {
        uint h = 2166136261;
        foreach (char c in s) { h ^= c; h *= 16777619; }
        return h;
    }
}

/// <summary>Which meaning features a semantic stance model learns from (the defaults are the shipped model's).</summary>
public sealed record SemanticFeatureOptions
{
    /// <summary>The <see cref="EvidenceFeatures"/> group: cues of B's sentences closest to A in meaning.</summary>
    public bool Evidence { get; init; } = true;

    /// <summary>The <see cref="RankedEvidenceFeatures"/> group: outright refutations, turns and negations among B's sentences ranked by closeness to A.</summary>
    public bool RankedEvidence { get; init; }

    /// <summary>The projection regression also reads B's whole vector (how B speaks overall), not only A against B's closest sentence.</summary>
    public bool BodyInProjection { get; init; } = true;
}
