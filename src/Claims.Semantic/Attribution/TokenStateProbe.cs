using System.Globalization;
using Claims.Attribution.Learned;

namespace Claims.Semantic.Attribution;

/// <summary>
/// A learned projection of token states to the tagger's tags: a softmax regression (<see cref="SoftmaxRegression"/>)
/// over the standardized states of a token and its two neighbours that predicts the token's attribution tag (outside,
/// content begin, content inside, cue, source). The perceptron tagger reads its output as a few sparse features
/// (<see cref="Source"/>): the predicted tag, the predicted tag after the previous token's, and each tag's probability
/// in fifths. Trained on PolNeAR train's gold tags, seeded; immutable and thread-safe.
/// </summary>
internal sealed class TokenStateProbe
{
    /// <summary>Tokens on each side whose states the probe reads.</summary>
    public const int Context = 1;

    /// <summary>Most training rows: longer training sets are read every k-th token (deterministic).</summary>
    public const int MaxRows = 400_000;

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

    /// <summary>
    /// Trains the probe on documents' standardized token states and gold tags (one per token); every k-th token when
    /// there are more than <see cref="MaxRows"/>. Deterministic for a seed.
    /// </summary>
    public static TokenStateProbe Train(TokenStateScale scale, IReadOnlyList<(float[] TokenStates, int[] Gold)> documents,
        int seed, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(documents);
        long total = documents.Sum(d => (long)d.Gold.Length);
        int stride = (int)Math.Max(1, (total + MaxRows - 1) / MaxRows);
        var rows = new List<float[]>();
        var labels = new List<int>();
        long k = 0;
        foreach (var (z, gold) in documents)
        {
            for (int i = 0; i < gold.Length; i++, k++)
            {
                if (k % stride != 0) continue;
                var row = new float[Inputs(scale.Dimensions)];
                Window(z, scale.Dimensions, gold.Length, i, row);
                rows.Add(row);
                labels.Add(gold[i]);
            }
        }
        var model = SoftmaxRegression.Train(rows, labels, Inputs(scale.Dimensions), AttributionTags.Count, seed);
        if (log is not null)
        {
            var p = new float[AttributionTags.Count];
            int right = 0;
            for (int r = 0; r < rows.Count; r++)
            {
                model.Predict(rows[r], p);
                int best = 0;
                for (int c = 1; c < p.Length; c++) if (p[c] > p[best]) best = c;
                if (best == labels[r]) right++;
            }
            log(string.Create(CultureInfo.InvariantCulture, $"token-state probe: {rows.Count:N0} tokens (every {stride}), training accuracy {(double)right / Math.Max(1, rows.Count):F3}"));
        }
        return new TokenStateProbe(scale, model);
    }

    /// <summary>The tagger features of a document's tokens from their standardized states (see <see cref="TokenStateScale.TokenStates"/>).</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired (checked every 256 tokens).</exception>
    public ITokenFeatureSource Source(float[] z, CancellationToken cancellationToken = default)
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
        return new ProbeFeatures(probabilities);
    }

    // The states of tokens i - Context .. i + Context, zeros outside the document.
    private static void Window(float[] z, int dims, int n, int i, Span<float> row)
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
