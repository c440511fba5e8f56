namespace Claims.Embeddings;

/// <summary>
/// Encodes many texts in as few encoder calls as the threads allow: a batching encoder (such as the MiniLM one) runs
/// texts of one length together, so one call of many texts is faster per text than a call per article or per body.
/// </summary>
internal static class ParallelEncoding
{
    /// <summary>Texts below which a call is not split across threads (calls of 256 texts run at the speed of one call
    /// for everything, calls of 128 about 5% slower per text, calls of 20 about 20% slower: see benchmarks/README.md,
    /// "encoder"; a second thread is worth more than that).</summary>
    public const int MinTextsPerCall = 128;

    /// <summary>
    /// Encodes <paramref name="texts"/> in one call, or in up to <paramref name="maxParallelism"/> calls in parallel of
    /// at least <see cref="MinTextsPerCall"/> texts each: texts sorted by length and cut into parts of about equal
    /// total length, so every call still holds texts of similar lengths.
    /// </summary>
    /// <exception cref="InvalidOperationException">The encoder gave another number of vectors than texts.</exception>
    public static Embedding[] Encode(ISentenceEncoder encoder, IReadOnlyList<string> texts, int maxParallelism, CancellationToken cancellationToken)
    {
        int parts = Math.Max(1, Math.Min(maxParallelism, texts.Count / MinTextsPerCall));
        var result = new Embedding[texts.Count];
        if (parts == 1)
        {
            Store(result, Enumerable.Range(0, texts.Count).ToArray(), encoder.Encode(texts, cancellationToken));
            return result;
        }
        var order = Enumerable.Range(0, texts.Count).OrderBy(i => texts[i].Length).ThenBy(i => i).ToArray();
        var cuts = Cuts(order.Select(i => (long)texts[i].Length).ToArray(), parts, MinTextsPerCall);
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = maxParallelism, CancellationToken = cancellationToken }, p =>
        {
            var part = order[cuts[p]..cuts[p + 1]];
            Store(result, part, encoder.Encode(part.Select(i => texts[i]).ToList(), cancellationToken));
        });
        return result;
    }

    private static void Store(Embedding[] result, int[] indices, IReadOnlyList<Embedding> vectors)
    {
        if (vectors.Count != indices.Length)
            throw new InvalidOperationException($"the sentence encoder gave {vectors.Count} vectors for {indices.Length} texts");
        for (int k = 0; k < indices.Length; k++) result[indices[k]] = vectors[k];
    }

    /// <summary>Boundaries of <paramref name="parts"/> consecutive ranges of about equal total weight, each of at least
    /// <paramref name="minCount"/> items (<c>weights.Length &gt;= parts * minCount</c>, <c>minCount &gt;= 1</c>).</summary>
    public static int[] Cuts(long[] weights, int parts, int minCount = 1)
    {
        long total = weights.Sum(), sum = 0;
        var cuts = new int[parts + 1];
        cuts[parts] = weights.Length;
        int p = 1;
        for (int i = 0; i < weights.Length && p < parts; i++)
        {
            sum += weights[i];
            int end = i + 1;
            bool balanced = sum * parts >= total * p && end - cuts[p - 1] >= minCount;
            if (balanced || weights.Length - end == (parts - p) * minCount) cuts[p++] = end;
        }
        return cuts;
    }
}

/// <summary>
/// An encoder that answers from vectors computed beforehand (<see cref="ParallelEncoding"/> over many texts at once)
/// and asks <c>inner</c> for any other text. Thread-safe (the known vectors are read only).
/// </summary>
internal sealed class KnownVectors(IReadOnlyDictionary<string, Embedding> known, ISentenceEncoder inner) : ISentenceEncoder
{
    /// <summary>Encodes the distinct <paramref name="texts"/> together and returns an encoder that knows them.</summary>
    public static KnownVectors Of(ISentenceEncoder encoder, IEnumerable<string> texts, int maxParallelism, CancellationToken cancellationToken)
    {
        var distinct = texts.Distinct(StringComparer.Ordinal).ToList();
        var vectors = ParallelEncoding.Encode(encoder, distinct, maxParallelism, cancellationToken);
        var known = new Dictionary<string, Embedding>(distinct.Count, StringComparer.Ordinal);
        for (int i = 0; i < distinct.Count; i++) known[distinct[i]] = vectors[i];
        return new KnownVectors(known, encoder);
    }

    public int Dimensions => inner.Dimensions;

    public IReadOnlyList<Embedding> Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var result = new Embedding[texts.Count];
        var missing = new List<int>();
        for (int i = 0; i < texts.Count; i++)
        {
            if (texts[i] is null) throw new ArgumentNullException(nameof(texts), $"text at index {i} is null");
            if (known.TryGetValue(texts[i], out var v)) result[i] = v; else missing.Add(i);
        }
        if (missing.Count == 0) return result;
        var encoded = inner.Encode(missing.Select(i => texts[i]).ToList(), cancellationToken);
        if (encoded.Count != missing.Count)
            throw new InvalidOperationException($"the sentence encoder gave {encoded.Count} vectors for {missing.Count} texts");
        for (int k = 0; k < missing.Count; k++) result[missing[k]] = encoded[k];
        return result;
    }
}
