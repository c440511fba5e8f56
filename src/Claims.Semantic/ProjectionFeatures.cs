using Claims.Embeddings;
using Claims.Stance;

namespace Claims.Semantic;

/// <summary>
/// The embedding pair read as a whole: a softmax regression over <c>[u*v, |u-v|]</c> (u = A's vector, v = the vector
/// of B's sentence closest to A in meaning; 768 inputs for all-MiniLM-L6-v2) gives one probability per stance label,
/// and those probabilities are the features (<c>emb_proj_agree</c>, ...). Trained out of fold for the stance model's
/// own training (<c>Claims.Training.SemanticStanceTrainer</c>), so the trees learn how far to trust it.
/// </summary>
public sealed class ProjectionFeatures : IStanceFeatureGroup
{
    private readonly SoftmaxRegression? _regression;
    private readonly IReadOnlyDictionary<(string A, string B), float[]>? _outOfFold;

    private ProjectionFeatures(IReadOnlyList<string> labels, SoftmaxRegression? regression, IReadOnlyDictionary<(string, string), float[]>? outOfFold)
    {
        Labels = labels;
        Features = labels.Select(l => new StanceFeature("emb_proj_" + l.ToLowerInvariant())).ToArray();
        _regression = regression;
        _outOfFold = outOfFold;
    }

    internal ProjectionFeatures(IReadOnlyList<string> labels, SoftmaxRegression regression) : this(labels, regression, null)
    {
        if (regression.Classes != labels.Count) throw new InvalidDataException($"the projection has {regression.Classes} classes, not the {labels.Count} labels");
    }

    /// <summary>The training-time twin: the same feature names, each pair's out-of-fold probabilities looked up by its texts.</summary>
    internal static ProjectionFeatures OutOfFold(IReadOnlyList<string> labels, IReadOnlyDictionary<(string, string), float[]> values) => new(labels, null, values);

    /// <summary>Inputs of the regression for vectors of <paramref name="dimensions"/>: 2 per dimension, 3 with B's whole vector.</summary>
    internal static int InputCount(int dimensions, bool withBody) => (withBody ? 3 : 2) * dimensions;

    /// <summary>The stance labels, one feature each.</summary>
    public IReadOnlyList<string> Labels { get; }

    internal SoftmaxRegression? Regression => _regression;

    /// <inheritdoc/>
    public string Name => "embedding_projection";

    /// <inheritdoc/>
    public IReadOnlyList<StanceFeature> Features { get; }

    /// <inheritdoc/>
    public void Compute(in PairView pair, Span<float> destination)
    {
        if (_outOfFold is not null)
        {
            if (!_outOfFold.TryGetValue((pair.A.Text, pair.B.Text), out var values))
                throw new InvalidOperationException("no out-of-fold projection for a training pair");
            values.CopyTo(destination);
            return;
        }
        var a = pair.A.Embeddings ?? throw new InvalidOperationException("projection features need profiles with vectors: give the featurizer a sentence encoder (WithEncoder)");
        var b = pair.B.Embeddings ?? throw new InvalidOperationException("projection features need profiles with vectors: give the featurizer a sentence encoder (WithEncoder)");
        Span<float> x = stackalloc float[_regression!.Inputs];
        Inputs(a, b, x);
        _regression.Predict(x, destination);
    }

    /// <summary>
    /// Writes <c>[u*v, |u-v|]</c> of A and B's sentence closest to A, followed by B's vector as a whole when
    /// <paramref name="x"/> has room for it (a projection trained on those inputs also reads how B speaks
    /// overall: a debunking article, a report).
    /// </summary>
    internal static void Inputs(TextEmbeddings a, TextEmbeddings b, Span<float> x)
    {
        var u = a.Whole;
        int best = 0;
        float bestCos = float.MinValue;
        for (int i = 0; i < b.Sentences.Count; i++)
        {
            float c = u.Dot(b.Sentences[i]);
            if (c > bestCos) { bestCos = c; best = i; }
        }
        var uv = u.Values;
        var vv = b.Sentences[best].Values;
        int n = uv.Length;
        for (int d = 0; d < n; d++)
        {
            x[d] = uv[d] * vv[d];
            x[n + d] = Math.Abs(uv[d] - vv[d]);
        }
        if (x.Length >= 3 * n) b.Whole.Values.CopyTo(x.Slice(2 * n, n));
    }
}
