using System.Globalization;
using Claims.Attribution.Learned;

namespace Claims.Semantic.Attribution;

/// <summary>
/// The standardization of projected encoder states: per dimension, the mean and deviation fitted on the training
/// states (by <c>TokenStateScaleFitter</c> of <c>Claims.Training</c>). Immutable and thread-safe.
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
