using System.Globalization;
using Claims.Attribution.Learned;

namespace Claims.Semantic.Attribution;

/// <summary>
/// K-means clusters of standardized token states at a few granularities (<see cref="Sizes"/>): a token's nearest
/// centroid at each is a sparse feature of the tagger, as word clusters are, but of the word in its context (its own
/// and its neighbours' clusters). Fitted on training states by seeded k-means (<c>TokenStateClusterFitter</c> of
/// <c>Claims.Training</c>: deterministic); immutable and thread-safe.
/// </summary>
internal sealed class TokenStateClusters
{
    /// <summary>Cluster counts of the granularities.</summary>
    public static readonly IReadOnlyList<int> Sizes = [64, 512];

    /// <summary>Features a token gets: its cluster at each granularity, and its neighbours' at the finest.</summary>
    public static int FeaturesPerToken => Sizes.Count + 2;

    private readonly float[][] _centroids; // per granularity, size x dims
    private readonly int _dims;

    public TokenStateClusters(int dimensions, float[][] centroids)
    {
        ArgumentNullException.ThrowIfNull(centroids);
        if (centroids.Length != Sizes.Count || centroids.Where((c, g) => c.Length != Sizes[g] * dimensions).Any())
            throw new InvalidDataException($"token-state clusters: expected {string.Join(", ", Sizes)} centroids of {dimensions} dimensions");
        _dims = dimensions;
        _centroids = centroids;
    }

    /// <summary>The index of the centroid nearest to <paramref name="x"/> of the <paramref name="size"/> in <paramref name="centroids"/>, and its squared distance.</summary>
    internal static int Nearest(float[] centroids, int size, ReadOnlySpan<float> x, out double distance)
    {
        int dims = x.Length, best = 0;
        distance = double.MaxValue;
        for (int c = 0; c < size; c++)
        {
            double d = Distance(x, centroids.AsSpan(c * dims, dims));
            if (d < distance) (distance, best) = (d, c);
        }
        return best;
    }

    /// <summary>The squared Euclidean distance of two states.</summary>
    internal static double Distance(ReadOnlySpan<float> x, ReadOnlySpan<float> y)
    {
        float sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            float d = x[i] - y[i];
            sum += d * d;
        }
        return sum;
    }

    /// <summary>The tagger features of a document's tokens from their standardized states (see <see cref="TokenStateScale.TokenStates"/>).</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired (checked every 256 tokens).</exception>
    public ITokenFeatureSource Source(float[] tokenStates, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokenStates);
        int n = tokenStates.Length / _dims;
        var ids = new int[Sizes.Count][];
        for (int g = 0; g < Sizes.Count; g++)
        {
            ids[g] = new int[n];
            for (int i = 0; i < n; i++)
            {
                if ((i & LearnedAttributionModel.CancellationMask) == 0) cancellationToken.ThrowIfCancellationRequested();
                ids[g][i] = Nearest(_centroids[g], Sizes[g], tokenStates.AsSpan(i * _dims, _dims), out _);
            }
        }
        return new ClusterFeatures(ids);
    }

    /// <summary>Writes the centroids as lines "cluster TAB granularity TAB index TAB values…".</summary>
    public void Write(TextWriter writer)
    {
        for (int g = 0; g < Sizes.Count; g++)
            for (int c = 0; c < Sizes[g]; c++)
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"cluster\t{g}\t{c}\t{string.Join('\t', _centroids[g].Skip(c * _dims).Take(_dims).Select(v => v.ToString("R", CultureInfo.InvariantCulture)))}"));
    }

    /// <summary>Reads the centroids written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The text is not such centroids.</exception>
    public static TokenStateClusters Read(TextReader reader, int dimensions)
    {
        var centroids = Sizes.Select(size => new float[size * dimensions]).ToArray();
        var seen = Sizes.Select(size => new bool[size]).ToArray();
        while (reader.ReadLine() is { } line)
        {
            var cols = line.Split('\t');
            if (cols.Length != 3 + dimensions || cols[0] != "cluster") throw new InvalidDataException($"token-state clusters: bad line '{(line.Length > 40 ? line[..40] : line)}'");
            int g = int.Parse(cols[1], CultureInfo.InvariantCulture), c = int.Parse(cols[2], CultureInfo.InvariantCulture);
            if (g < 0 || g >= Sizes.Count || c < 0 || c >= Sizes[g]) throw new InvalidDataException($"token-state clusters: cluster {g}/{c} is out of range");
            for (int d = 0; d < dimensions; d++) centroids[g][c * dimensions + d] = float.Parse(cols[3 + d], NumberStyles.Float, CultureInfo.InvariantCulture);
            seen[g][c] = true;
        }
        if (seen.Any(s => s.Any(x => !x))) throw new InvalidDataException("token-state clusters: some centroids are missing");
        return new TokenStateClusters(dimensions, centroids);
    }

    private sealed class ClusterFeatures(int[][] ids) : ITokenFeatureSource
    {
        private const ulong Template = 0x7F40_0000, Before = 0x7F41_0000, After = 0x7F42_0000;

        public int MaxPerToken => FeaturesPerToken;

        public int Write(int token, Span<ulong> into)
        {
            int count = 0, fine = ids.Length - 1, n = ids[fine].Length;
            for (int g = 0; g < ids.Length; g++) into[count++] = TokenStateProbe.Mix(Template + (ulong)g, (ulong)ids[g][token]);
            into[count++] = TokenStateProbe.Mix(Before, token > 0 ? (ulong)ids[fine][token - 1] : ulong.MaxValue);
            into[count++] = TokenStateProbe.Mix(After, token + 1 < n ? (ulong)ids[fine][token + 1] : ulong.MaxValue);
            return count;
        }
    }
}

/// <summary>Several feature sources read as one: each token's features are theirs in turn.</summary>
internal sealed class CombinedFeatureSource(params ITokenFeatureSource[] sources) : ITokenFeatureSource
{
    /// <inheritdoc />
    public int MaxPerToken => sources.Sum(s => s.MaxPerToken);

    /// <inheritdoc />
    public int Write(int token, Span<ulong> into)
    {
        int count = 0;
        foreach (var s in sources) count += s.Write(token, into[count..]);
        return count;
    }
}
