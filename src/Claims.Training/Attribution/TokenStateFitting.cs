using System.Globalization;
using Claims.Attribution.Learned;
using Claims.Semantic;
using Claims.Semantic.Attribution;

namespace Claims.Training.Attribution;

/// <summary>Fits the standardization of projected token states (<see cref="TokenStateScale"/>) the accurate attribution model reads.</summary>
internal static class TokenStateScaleFitter
{
    /// <summary>Fits the per-dimension mean and deviation of every piece's state (in order, in double precision: deterministic).</summary>
    /// <exception cref="ArgumentException">No states, or states of different dimensions.</exception>
    public static TokenStateScale Fit(IEnumerable<ProjectedTokenStates> states)
    {
        ArgumentNullException.ThrowIfNull(states);
        double[]? sum = null, squares = null;
        long count = 0;
        foreach (var s in states)
        {
            sum ??= new double[s.Dimensions];
            squares ??= new double[s.Dimensions];
            if (s.Dimensions != sum.Length) throw new ArgumentException("token states of different dimensions", nameof(states));
            var values = s.Values;
            for (int p = 0; p < s.Count; p++)
                for (int d = 0; d < sum.Length; d++)
                {
                    double v = values[p * sum.Length + d];
                    sum[d] += v;
                    squares[d] += v * v;
                }
            count += s.Count;
        }
        if (sum is null || squares is null || count == 0) throw new ArgumentException("no token states to fit", nameof(states));
        var mean = new float[sum.Length];
        var deviation = new float[sum.Length];
        for (int d = 0; d < sum.Length; d++)
        {
            double m = sum[d] / count;
            mean[d] = (float)m;
            deviation[d] = (float)Math.Sqrt(Math.Max(0, squares[d] / count - m * m));
        }
        return new TokenStateScale(mean, deviation);
    }
}

/// <summary>Trains the learned projection of token states to the tagger's tags (<see cref="TokenStateProbe"/>).</summary>
internal static class TokenStateProbeTrainer
{
    /// <summary>Most training rows: longer training sets are read every k-th token (deterministic).</summary>
    public const int MaxRows = 400_000;

    /// <summary>
    /// Trains the probe on documents' standardized token states and gold tags (one per token); every k-th token when
    /// there are more than <see cref="MaxRows"/>. Deterministic for a seed.
    /// </summary>
    public static TokenStateProbe Train(TokenStateScale scale, IReadOnlyList<(float[] TokenStates, int[] Gold)> documents,
        int seed, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(documents);
        int inputs = TokenStateProbe.Inputs(scale.Dimensions);
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
                var row = new float[inputs];
                TokenStateProbe.Window(z, scale.Dimensions, gold.Length, i, row);
                rows.Add(row);
                labels.Add(gold[i]);
            }
        }
        var model = SoftmaxRegression.Train(rows, labels, inputs, AttributionTags.Count, seed);
        if (log is not null) LogAccuracy(model, rows, labels, stride, log);
        return new TokenStateProbe(scale, model);
    }

    private static void LogAccuracy(SoftmaxRegression model, List<float[]> rows, List<int> labels, int stride, Action<string> log)
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
}

/// <summary>
/// Fits the k-means clusters of standardized token states (<see cref="TokenStateClusters"/>): seeded k-means++ start,
/// a fixed number of Lloyd iterations, points in order: deterministic.
/// </summary>
internal static class TokenStateClusterFitter
{
    /// <summary>Most states the clusters are fitted on (every k-th token beyond).</summary>
    public const int MaxPoints = 60_000;

    /// <summary>Lloyd iterations.</summary>
    public const int Iterations = 12;

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
        var centroids = TokenStateClusters.Sizes.Select(size => KMeans(data, dimensions, size, seed, log)).ToArray();
        return new TokenStateClusters(dimensions, centroids);
    }

    private static float[] KMeans(float[] data, int dims, int size, int seed, Action<string>? log)
    {
        int n = data.Length / dims;
        var centroids = Start(data, dims, size, seed);
        var assignment = new int[n];
        var sums = new double[size * dims];
        var counts = new int[size];
        for (int iteration = 0; iteration < Iterations; iteration++)
        {
            double cost = 0;
            for (int p = 0; p < n; p++)
            {
                assignment[p] = TokenStateClusters.Nearest(centroids, size, data.AsSpan(p * dims, dims), out double d);
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

    // k-means++ start: each next centre drawn with probability proportional to the squared distance to the nearest.
    private static float[] Start(float[] data, int dims, int size, int seed)
    {
        int n = data.Length / dims;
        var random = new Random(seed);
        var centroids = new float[size * dims];
        var nearest = new double[n];
        Array.Fill(nearest, double.MaxValue);
        int pick = random.Next(n);
        for (int c = 0; c < size; c++)
        {
            data.AsSpan(pick * dims, dims).CopyTo(centroids.AsSpan(c * dims));
            double sum = 0;
            for (int p = 0; p < n; p++)
            {
                nearest[p] = Math.Min(nearest[p], TokenStateClusters.Distance(data.AsSpan(p * dims, dims), centroids.AsSpan(c * dims, dims)));
                sum += nearest[p];
            }
            double r = random.NextDouble() * sum;
            for (pick = 0; pick < n - 1 && (r -= nearest[pick]) > 0; pick++) { }
        }
        return centroids;
    }
}
