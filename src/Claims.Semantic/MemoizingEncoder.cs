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
        // Texts not remembered, each once (a text twice in one call is encoded once), and where each goes.
        var missing = new Dictionary<string, int>(StringComparer.Ordinal);
        var missingTexts = new List<string>();
        var slots = new List<(int Index, int Missing)>();
        for (int i = 0; i < texts.Count; i++)
        {
            if (texts[i] is null) throw new ArgumentNullException(nameof(texts), $"text at index {i} is null");
            if (_vectors.TryGetValue(texts[i], out var v)) { result[i] = v; continue; }
            if (!missing.TryGetValue(texts[i], out int m))
            {
                missing.Add(texts[i], m = missingTexts.Count);
                missingTexts.Add(texts[i]);
            }
            slots.Add((i, m));
        }
        if (missing.Count == 0) return result;
        var encoded = _inner.Encode(missingTexts, cancellationToken);
        if (encoded.Count != missing.Count)
            throw new InvalidOperationException($"the sentence encoder gave {encoded.Count} vectors for {missing.Count} texts");
        foreach (var (index, m) in slots) result[index] = encoded[m];
        for (int m = 0; m < missingTexts.Count; m++)
            if (_vectors.Count < _capacity) _vectors.TryAdd(missingTexts[m], encoded[m]);
        return result;
    }
}
