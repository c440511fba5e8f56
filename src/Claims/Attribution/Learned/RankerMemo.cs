using System.Runtime.InteropServices;

namespace Claims.Attribution.Learned;

/// <summary>
/// A ranker's probabilities for one document's candidates, each distinct feature vector scored once: repeated text
/// (transcripts, one attribution pattern written thousands of times) gives the same vectors again, and equal vectors
/// (bit for bit) get equal probabilities, so the result is the ranker's own. One instance per document; not thread-safe.
/// </summary>
internal sealed class RankerMemo(Func<AttributionCandidate, double> probability)
{
    private readonly Dictionary<float[], double> _seen = new(BitwiseComparer.Instance);

    /// <summary>The ranker's probability for <paramref name="candidate"/>.</summary>
    public double Of(AttributionCandidate candidate)
    {
        if (_seen.TryGetValue(candidate.Features, out double p)) return p;
        p = probability(candidate);
        _seen.Add(candidate.Features, p);
        return p;
    }

    /// <summary>Feature vectors equal when their floats have the same bits (so NaN equals NaN and 0 differs from -0).</summary>
    private sealed class BitwiseComparer : IEqualityComparer<float[]>
    {
        public static readonly BitwiseComparer Instance = new();

        public bool Equals(float[]? x, float[]? y) =>
            ReferenceEquals(x, y) || x is not null && y is not null && MemoryMarshal.AsBytes(x.AsSpan()).SequenceEqual(MemoryMarshal.AsBytes(y.AsSpan()));

        public int GetHashCode(float[] features)
        {
            var hash = new HashCode();
            hash.AddBytes(MemoryMarshal.AsBytes(features.AsSpan()));
            return hash.ToHashCode();
        }
    }
}
