using System.Collections.Concurrent;
using Claims.Embeddings;

namespace Claims.Semantic;

/// <summary>
/// Remembers the vectors of up to <c>capacity</c> texts, so the claim-encoder stage and the semantic stance model
/// encode each claim once between them. Thread-safe; when full it stops remembering (it never evicts, so results do
/// not depend on the order of calls).
/// </summary>
public sealed class MemoizingEncoder : ISentenceEncoder
{
    private readonly ISentenceEncoder _inner;
    private readonly ConcurrentDictionary<string, Embedding> _vectors = new(StringComparer.Ordinal);
    private readonly int _capacity;

    /// <summary>Wraps <paramref name="inner"/>, remembering up to <paramref name="capacity"/> texts (default 100,000, about 160 MB).</summary>
    public MemoizingEncoder(ISentenceEncoder inner, int capacity = 100_000)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _capacity = capacity;
    }

    /// <inheritdoc/>
    public int Dimensions => _inner.Dimensions;

    /// <inheritdoc/>
    public IReadOnlyList<Embedding> Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var result = new Embedding[texts.Count];
        var missing = new List<int>();
        for (int i = 0; i < texts.Count; i++)
        {
            if (texts[i] is null) throw new ArgumentNullException(nameof(texts), $"text at index {i} is null");
            if (_vectors.TryGetValue(texts[i], out var v)) result[i] = v; else missing.Add(i);
        }
        if (missing.Count == 0) return result;
        var encoded = _inner.Encode(missing.Select(i => texts[i]).ToList(), cancellationToken);
        for (int k = 0; k < missing.Count; k++)
        {
            result[missing[k]] = encoded[k];
            if (_vectors.Count < _capacity) _vectors.TryAdd(texts[missing[k]], encoded[k]);
        }
        return result;
    }
}
