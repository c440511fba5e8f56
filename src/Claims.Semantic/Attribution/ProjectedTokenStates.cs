using Claims.Embeddings;

namespace Claims.Semantic.Attribution;

/// <summary>
/// A fixed-seed Gaussian random projection of encoder token states to a few dimensions (Johnson-Lindenstrauss style,
/// scaled by 1/sqrt(output)): the same seed always gives the same matrix, so a model trained on projected states reads
/// the same projection at run time. Immutable and thread-safe.
/// </summary>
internal sealed class TokenStateProjection
{
    private readonly float[] _matrix; // output x input, row-major

    public TokenStateProjection(int inputDimensions, int outputDimensions, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(inputDimensions, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(outputDimensions, 1);
        InputDimensions = inputDimensions;
        OutputDimensions = outputDimensions;
        Seed = seed;
        _matrix = new float[inputDimensions * outputDimensions];
        // System.Random with a seed is the documented-stable legacy generator; Box-Muller gives normal deviates.
        var random = new Random(seed);
        double scale = 1.0 / Math.Sqrt(outputDimensions);
        for (int i = 0; i < _matrix.Length; i++)
        {
            double u1 = 1.0 - random.NextDouble(), u2 = random.NextDouble();
            _matrix[i] = (float)(Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2) * scale);
        }
    }

    public int InputDimensions { get; }

    public int OutputDimensions { get; }

    public int Seed { get; }

    /// <summary>Every piece's state projected.</summary>
    /// <exception cref="ArgumentException">The states have another dimension than the projection reads.</exception>
    public ProjectedTokenStates Project(TokenStates states)
    {
        ArgumentNullException.ThrowIfNull(states);
        if (states.Dimensions != InputDimensions)
            throw new ArgumentException($"token states have {states.Dimensions} dimensions; the projection reads {InputDimensions}", nameof(states));
        var values = new float[states.Count * OutputDimensions];
        var spans = new TextSpan[states.Count];
        for (int p = 0; p < states.Count; p++)
        {
            spans[p] = states.Span(p);
            var state = states.State(p);
            for (int o = 0; o < OutputDimensions; o++)
            {
                var row = _matrix.AsSpan(o * InputDimensions, InputDimensions);
                float sum = 0;
                for (int i = 0; i < InputDimensions; i++) sum += row[i] * state[i];
                values[p * OutputDimensions + o] = sum;
            }
        }
        return new ProjectedTokenStates(spans, values, OutputDimensions);
    }
}

/// <summary>
/// Projected token states of one text: each word piece's character span and its projected state. Mean pooling over a
/// span commutes with the projection, so <see cref="Mean"/> equals projecting the mean of the full states.
/// </summary>
internal sealed class ProjectedTokenStates
{
    private readonly TextSpan[] _spans;
    private readonly float[] _values;

    public ProjectedTokenStates(TextSpan[] spans, float[] values, int dimensions)
    {
        ArgumentNullException.ThrowIfNull(spans);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != spans.Length * dimensions) throw new ArgumentException($"expected {spans.Length * dimensions} values, got {values.Length}", nameof(values));
        _spans = spans;
        _values = values;
        Dimensions = dimensions;
    }

    public int Dimensions { get; }

    public int Count => _spans.Length;

    public IReadOnlyList<TextSpan> Spans => _spans;

    public ReadOnlySpan<float> Values => _values;

    /// <summary>Writes the mean projected state of the pieces inside <paramref name="span"/>; false (zeros) when none.</summary>
    public bool Mean(TextSpan span, Span<float> into)
    {
        into.Clear();
        int lo = 0, hi = _spans.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_spans[mid].Start < span.Start) lo = mid + 1; else hi = mid;
        }
        int n = 0;
        for (int p = lo; p < _spans.Length && _spans[p].Start < span.End; p++, n++)
            for (int d = 0; d < Dimensions; d++) into[d] += _values[p * Dimensions + d];
        if (n == 0) return false;
        for (int d = 0; d < Dimensions; d++) into[d] /= n;
        return true;
    }

    /// <summary>Writes the states in a compact binary form (read back by <see cref="Read"/>).</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(_spans.Length);
        writer.Write(Dimensions);
        foreach (var s in _spans) { writer.Write(s.Start); writer.Write(s.End); }
        foreach (var v in _values) writer.Write(v);
    }

    /// <summary>Reads states written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The data is not such states.</exception>
    public static ProjectedTokenStates Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int count = reader.ReadInt32(), dimensions = reader.ReadInt32();
        if (count < 0 || dimensions < 1 || (long)count * dimensions > int.MaxValue / 4)
            throw new InvalidDataException($"projected token states: bad header ({count} pieces x {dimensions})");
        var spans = new TextSpan[count];
        for (int i = 0; i < count; i++) spans[i] = new TextSpan(reader.ReadInt32(), reader.ReadInt32());
        var values = new float[count * dimensions];
        for (int i = 0; i < values.Length; i++) values[i] = reader.ReadSingle();
        return new ProjectedTokenStates(spans, values, dimensions);
    }
}
