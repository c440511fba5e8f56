using System.Globalization;
using Claims.Attribution.Learned;

namespace Claims.Semantic.Attribution;

/// <summary>
/// K-means clusters of standardized token states at a few granularities (<see cref="Sizes"/>): a token's nearest
/// centroid at each is a sparse feature of the tagger, as word clusters are, but of the word in its context (its own
/// and its neighbours' clusters). Fitted on training states by seeded k-means (k-means++ start, fixed iterations, in
/// order: deterministic); immutable and thread-safe.
/// </summary>
internal sealed class TokenStateClusters
{
    /// <summary>Cluster counts of the granularities.</summary>
    public static readonly IReadOnlyList<int> Sizes = [64, 512];

    /// <summary>Most states the clusters are fitted on (every k-th token beyond).</summary>
    public const int MaxPoints = 60_000;

    /// <summary>Lloyd iterations.</summary>
    public const int Iterations = 12;

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

    /// <summary>Fits the clusters on the standardized token states (each <paramref name="dimensions"/> long, token after token).</summary>
    public static TokenStateClusters Fit(IReadOnlyList<float[]> tokenStates, int dimensions, int seed, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(tokenStates);
        long total = tokenStates.Sum(s => (long)s.Length / dimensions);
        int stride = (int)Math.Max(1, (total + MaxPoints - 1) / MaxPoints);
        var points = new List<float>();
        long k = 0;
        foreach (var s in tokenStates)
            for (int i = 0; i < s.Length / dimensions; i++, k++)
                if (k % stride == 0) points.AddRange(s.AsSpan(i * dimensions, dimensions));
        var data = points.ToArray();
        var centroids = Sizes.Select(size => KMeans(data, dimensions, size, seed, log)).ToArray();
        return new TokenStateClusters(dimensions, centroids);
    }

    private static float[] KMeans(float[] data, int dims, int size, int seed, Action<string>? log)
    {
        int n = data.Length / dims;
        var random = new Random(seed);
        var centroids = new float[size * dims];
        // k-means++ start: each next centre drawn with probability proportional to the squared distance to the nearest.
        var nearest = new double[n];
        Array.Fill(nearest, double.MaxValue);
        int pick = random.Next(n);
        for (int c = 0; c < size; c++)
        {
            data.AsSpan(pick * dims, dims).CopyTo(centroids.AsSpan(c * dims));
            double sum = 0;
            for (int p = 0; p < n; p++)
            {
                nearest[p] = Math.Min(nearest[p], Distance(data.AsSpan(p * dims, dims), centroids.AsSpan(c * dims, dims)));
                sum += nearest[p];
            }
            double r = random.NextDouble() * sum;
            for (pick = 0; pick < n - 1 && (r -= nearest[pick]) > 0; pick++) { }
        }
        var assignment = new int[n];
        var sums = new double[size * dims];
        var counts = new int[size];
        for (int iteration = 0; iteration < Iterations; iteration++)
        {
            double cost = 0;
            for (int p = 0; p < n; p++)
            {
                assignment[p] = Nearest(centroids, size, data.AsSpan(p * dims, dims), out double d);
                cost += d;
            }
            Array.Clear(sums);
            Array.Clear(counts);
            for (int p = 0; p < n; p++)
            {
                counts[assignment[p]]++;
                for (int d = 0; d < dims; d++) sums[assignment[p] * dims + d] += data[p * dims + d];
            }
            for (int c = 0; c < size; c++)
                if (counts[c] > 0)
                    for (int d = 0; d < dims; d++) centroids[c * dims + d] = (float)(sums[c * dims + d] / counts[c]);
            if (iteration == Iterations - 1)
                log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"k-means {size} clusters over {n:N0} token states: mean squared distance {cost / n:F3}"));
        }
        return centroids;
    }

    private static int Nearest(float[] centroids, int size, ReadOnlySpan<float> x, out double distance)
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

    private static double Distance(ReadOnlySpan<float> x, ReadOnlySpan<float> y)
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
