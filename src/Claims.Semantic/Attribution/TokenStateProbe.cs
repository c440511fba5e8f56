using Claims.Attribution.Learned;

namespace Claims.Semantic.Attribution;

/// <summary>
/// A learned projection of token states to the tagger's tags: a softmax regression (<see cref="SoftmaxRegression"/>)
/// over the standardized states of a token and its two neighbours that predicts the token's attribution tag (outside,
/// content begin, content inside, cue, source). The perceptron tagger reads its output as a few sparse features
/// (<see cref="Source"/>): the predicted tag, the predicted tag after the previous token's, and each tag's probability
/// in fifths. Trained on PolNeAR train's gold tags, seeded, by <c>TokenStateProbeTrainer</c> (<c>Claims.Training</c>);
/// immutable and thread-safe.
/// </summary>
internal sealed class TokenStateProbe
{
    /// <summary>Tokens on each side whose states the probe reads.</summary>
    public const int Context = 1;

    private readonly SoftmaxRegression _model;

    public TokenStateProbe(TokenStateScale scale, SoftmaxRegression model)
    {
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(model);
        if (model.Inputs != Inputs(scale.Dimensions) || model.Classes != AttributionTags.Count)
            throw new InvalidDataException($"the token-state probe reads {model.Inputs} inputs into {model.Classes} tags; expected {Inputs(scale.Dimensions)} into {AttributionTags.Count}");
        Scale = scale;
        _model = model;
    }

    /// <summary>The standardization of the states it reads.</summary>
    public TokenStateScale Scale { get; }

    /// <summary>The regression.</summary>
    public SoftmaxRegression Model => _model;

    /// <summary>Inputs of the regression for states of <paramref name="dimensions"/> dimensions.</summary>
    public static int Inputs(int dimensions) => (2 * Context + 1) * dimensions;

    /// <summary>Features a token gets: predicted tag, tag after the previous prediction, one probability bin per tag.</summary>
    public const int FeaturesPerToken = 2 + AttributionTags.Count;

    /// <summary>The tagger features of a document's tokens from their standardized states (see <see cref="TokenStateScale.TokenStates"/>).</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired (checked every 256 tokens).</exception>
    public ITokenFeatureSource Source(float[] z, CancellationToken cancellationToken = default) => FromProbabilities(Probabilities(z, cancellationToken));

    /// <summary>The tagger features of a document's tokens from the probe's tag probabilities (see <see cref="Probabilities"/>).</summary>
    public static ITokenFeatureSource FromProbabilities(float[] probabilities)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        return new ProbeFeatures(probabilities);
    }

    /// <summary>
    /// The probe's probability of each tag for each token of a document, from its standardized states: <see cref="AttributionTags.Count"/>
    /// values a token, token after token.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired (checked every 256 tokens).</exception>
    public float[] Probabilities(float[] z, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(z);
        int dims = Scale.Dimensions, n = z.Length / dims, tags = AttributionTags.Count;
        var probabilities = new float[n * tags];
        var row = new float[Inputs(dims)];
        for (int i = 0; i < n; i++)
        {
            if ((i & LearnedAttributionModel.CancellationMask) == 0) cancellationToken.ThrowIfCancellationRequested();
            Window(z, dims, n, i, row);
            _model.Predict(row, probabilities.AsSpan(i * tags, tags));
        }
        return probabilities;
    }

    /// <summary>Each token's probability of <paramref name="tag"/> among <paramref name="probabilities"/> (see <see cref="Probabilities"/>).</summary>
    public static float[] TagProbabilities(float[] probabilities, int tag)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        int tags = AttributionTags.Count;
        var result = new float[probabilities.Length / tags];
        for (int i = 0; i < result.Length; i++) result[i] = probabilities[i * tags + tag];
        return result;
    }

    /// <summary>The states of tokens <paramref name="i"/> - Context .. <paramref name="i"/> + Context into <paramref name="row"/>, zeros outside the document.</summary>
    internal static void Window(float[] z, int dims, int n, int i, Span<float> row)
    {
        row.Clear();
        for (int o = -Context; o <= Context; o++)
        {
            int j = i + o;
            if (j < 0 || j >= n) continue;
            z.AsSpan(j * dims, dims).CopyTo(row[((o + Context) * dims)..]);
        }
    }

    private sealed class ProbeFeatures(float[] probabilities) : ITokenFeatureSource
    {
        private const ulong TagTemplate = 0x7F30_0000, TransitionTemplate = 0x7F31_0000, BinTemplate = 0x7F32_0000;

        public int MaxPerToken => FeaturesPerToken;

        public int Write(int token, Span<ulong> into)
        {
            int tags = AttributionTags.Count;
            int best = Best(token), previous = token > 0 ? Best(token - 1) : tags;
            int count = 0;
            into[count++] = Mix(TagTemplate, (ulong)best);
            into[count++] = Mix(TransitionTemplate, (ulong)(previous * (tags + 1) + best));
            for (int c = 0; c < tags; c++)
                into[count++] = Mix(BinTemplate + (ulong)c, (ulong)Math.Min(4, (int)(probabilities[token * tags + c] * 5)));
            return count;
        }

        private int Best(int token)
        {
            int tags = AttributionTags.Count, best = 0;
            for (int c = 1; c < tags; c++) if (probabilities[token * tags + c] > probabilities[token * tags + best]) best = c;
            return best;
        }

    }

    /// <summary>Folds a value into a template's hash (the token-state features' own seeds, apart from the lexical templates').</summary>
    internal static ulong Mix(ulong h, ulong value)
    {
        h = (h ^ value) * 0x9E3779B97F4A7C15UL;
        h ^= h >> 29;
        return (h ^ 0xA5A5_0000_0000_0001UL) * 0xC2B2AE3D27D4EB4FUL;
    }
}
