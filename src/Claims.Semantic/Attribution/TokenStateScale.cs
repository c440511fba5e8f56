using System.Globalization;
using Claims.Attribution.Learned;

namespace Claims.Semantic.Attribution;

/// <summary>
/// The standardization of projected encoder states: per dimension, the mean and deviation fitted on the training
/// states. Immutable and thread-safe.
/// </summary>
internal sealed class TokenStateScale
{
    private readonly float[] _mean, _inverseDeviation;

    public TokenStateScale(float[] mean, float[] deviation)
    {
        ArgumentNullException.ThrowIfNull(mean);
        ArgumentNullException.ThrowIfNull(deviation);
        if (mean.Length != deviation.Length || mean.Length == 0) throw new ArgumentException("one mean and one deviation per dimension");
        _mean = mean;
        Deviation = deviation;
        _inverseDeviation = [.. deviation.Select(d => d > 1e-6f ? 1f / d : 0f)];
    }

    /// <summary>Number of dimensions.</summary>
    public int Dimensions => _mean.Length;

    /// <summary>The fitted means.</summary>
    public IReadOnlyList<float> Mean => _mean;

    /// <summary>The fitted standard deviations.</summary>
    public IReadOnlyList<float> Deviation { get; }

    /// <summary>Fits the per-dimension mean and deviation of every piece's state (in order, in double precision: deterministic).</summary>
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

    /// <summary>
    /// Per token of <paramref name="document"/>: the mean state of its word pieces, standardized (zeros when the token
    /// has no piece), <see cref="Dimensions"/> values a token, token after token.
    /// </summary>
    public float[] TokenStates(Document document, ProjectedTokenStates states)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(states);
        if (states.Dimensions != Dimensions)
            throw new ArgumentException($"token states have {states.Dimensions} dimensions; the scale was fitted on {Dimensions}", nameof(states));
        int dims = Dimensions, n = document.Tokens.Count;
        var result = new float[n * dims];
        for (int i = 0; i < n; i++)
        {
            var t = document.Tokens[i];
            var row = result.AsSpan(i * dims, dims);
            if (!states.Mean(new TextSpan(t.Start, t.End), row)) continue;
            for (int d = 0; d < dims; d++) row[d] = (row[d] - _mean[d]) * _inverseDeviation[d];
        }
        return result;
    }

    /// <summary>Writes the scale as lines "scale TAB dimension TAB mean TAB deviation" (round-trip floats).</summary>
    public void Write(TextWriter writer)
    {
        for (int d = 0; d < Dimensions; d++)
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"scale\t{d}\t{_mean[d]:R}\t{Deviation[d]:R}"));
    }

    /// <summary>Reads the scale lines of <see cref="Write"/> from settings lines split on tabs; null when there are none.</summary>
    /// <exception cref="InvalidDataException">The lines skip a dimension.</exception>
    public static TokenStateScale? Read(IEnumerable<string[]> lines)
    {
        var mean = new List<float>();
        var deviation = new List<float>();
        foreach (var cols in lines.Where(c => c.Length == 4 && c[0] == "scale"))
        {
            if (int.Parse(cols[1], CultureInfo.InvariantCulture) != mean.Count) throw new InvalidDataException($"token-state scale line for dimension {cols[1]} is out of order");
            mean.Add(float.Parse(cols[2], CultureInfo.InvariantCulture));
            deviation.Add(float.Parse(cols[3], CultureInfo.InvariantCulture));
        }
        return mean.Count == 0 ? null : new TokenStateScale([.. mean], [.. deviation]);
    }
}
