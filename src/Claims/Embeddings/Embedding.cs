namespace Claims.Embeddings;

/// <summary>
/// An immutable dense vector that stands for the meaning of a text (a claim, an article), as given by an
/// <see cref="ISentenceEncoder"/>. Encoders of this library return unit-length vectors, so <see cref="Cosine"/> is
/// their dot product. Two embeddings are equal when their values are bitwise equal.
/// </summary>
public sealed class Embedding : IEquatable<Embedding>
{
    private readonly float[] _values;

    /// <summary>Creates an embedding from a copy of <paramref name="values"/>.</summary>
    /// <exception cref="ArgumentException">The vector is empty or holds NaN or infinity.</exception>
    public Embedding(ReadOnlySpan<float> values) : this(values.ToArray()) { }

    private Embedding(float[] values)
    {
        if (values.Length == 0) throw new ArgumentException("an embedding needs at least one dimension", nameof(values));
        foreach (float v in values)
            if (!float.IsFinite(v)) throw new ArgumentException("an embedding holds only finite values", nameof(values));
        _values = values;
    }

    /// <summary>The values.</summary>
    public ReadOnlySpan<float> Values => _values;

    /// <summary>Number of dimensions.</summary>
    public int Dimensions => _values.Length;

    /// <summary>Dot product with <paramref name="other"/>.</summary>
    /// <exception cref="ArgumentException">The dimensions differ.</exception>
    public float Dot(Embedding other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Dimensions != Dimensions)
            throw new ArgumentException($"embeddings of {Dimensions} and {other.Dimensions} dimensions cannot be compared", nameof(other));
        return DotProduct(_values, other._values);
    }

    /// <summary>Cosine similarity in [-1, 1]; 0 when either vector is all zeros.</summary>
    public float Cosine(Embedding other)
    {
        float dot = Dot(other);
        float norms = MathF.Sqrt(DotProduct(_values, _values)) * MathF.Sqrt(DotProduct(other._values, other._values));
        return norms == 0 ? 0 : Math.Clamp(dot / norms, -1f, 1f);
    }

    /// <summary>
    /// The unit-length mean of <paramref name="embeddings"/>, each weighted by <paramref name="weights"/> (all 1 when
    /// null): how an article's vector is made from its claims' vectors, or a long text's from its windows'.
    /// </summary>
    /// <exception cref="ArgumentException">No embeddings, differing dimensions, or weights of another count.</exception>
    public static Embedding Mean(IReadOnlyList<Embedding> embeddings, IReadOnlyList<float>? weights = null)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        if (embeddings.Count == 0) throw new ArgumentException("the mean of no embeddings is undefined", nameof(embeddings));
        if (weights is not null && weights.Count != embeddings.Count)
            throw new ArgumentException("one weight per embedding", nameof(weights));
        var sum = new float[embeddings[0].Dimensions];
        for (int i = 0; i < embeddings.Count; i++)
        {
            var e = embeddings[i];
            if (e.Dimensions != sum.Length) throw new ArgumentException("embeddings of different dimensions", nameof(embeddings));
            float w = weights?[i] ?? 1f;
            for (int d = 0; d < sum.Length; d++) sum[d] += w * e._values[d];
        }
        Normalize(sum);
        return new Embedding(sum);
    }

    /// <summary>Scales <paramref name="values"/> to unit length in place (all zeros stay zeros).</summary>
    public static void Normalize(Span<float> values)
    {
        float norm = MathF.Sqrt(DotProduct(values, values));
        if (norm > 0)
            for (int i = 0; i < values.Length; i++) values[i] /= norm;
    }

    /// <summary>Dot product summed in index order (the same bytes on every machine).</summary>
    private static float DotProduct(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        double sum = 0;
        for (int i = 0; i < a.Length; i++) sum += (double)a[i] * b[i];
        return (float)sum;
    }

    /// <inheritdoc/>
    public bool Equals(Embedding? other) =>
        other is not null && (ReferenceEquals(this, other) || _values.AsSpan().SequenceEqual(other._values));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Embedding);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(_values.AsSpan()));
        return hash.ToHashCode();
    }

    /// <inheritdoc/>
    public override string ToString() => $"Embedding[{Dimensions}]";
}
