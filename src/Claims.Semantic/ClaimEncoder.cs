using Claims.Embeddings;
using Claims.Pipeline;

namespace Claims.Semantic;

/// <summary>
/// The semantic document stage: gives every claim its vector (<see cref="Claim.Embedding"/>) and the article a
/// vector as a whole (<see cref="Document.Embedding"/>: the unit-length mean of its claims' vectors, or the
/// encoding of its whole text when it has no claims). Runs after the claim stages. In a run over many articles it
/// encodes the texts of a whole chunk of articles together (<see cref="IBatchDocumentStage"/>): a batching encoder
/// such as <see cref="MiniLmEncoder"/> runs texts of one length together, so one large call is faster than a call per
/// article; vectors do not depend on what else is in the call.
/// </summary>
public sealed class ClaimEncoder : IBatchDocumentStage
{
    /// <summary>Texts below which a chunk is not split across threads (calls of 256 texts run at the speed of one
    /// call for everything; smaller ones are slower per text).</summary>
    internal const int MinTextsPerCall = 256;

    private readonly ISentenceEncoder _encoder;

    /// <summary>Creates the stage over <paramref name="encoder"/>.</summary>
    public ClaimEncoder(ISentenceEncoder encoder) => _encoder = encoder ?? throw new ArgumentNullException(nameof(encoder));

    /// <summary>The encoder this stage uses.</summary>
    public ISentenceEncoder Encoder => _encoder;

    /// <inheritdoc/>
    public string Name => "claim-encoder";

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        Process([document], 1, cancellationToken);
    }

    /// <inheritdoc/>
    public void Process(IReadOnlyList<Document> documents, int maxParallelism, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxParallelism, 1);
        // Each distinct text once: a document's claims, or its whole text when it has none.
        var distinct = new Dictionary<string, int>(StringComparer.Ordinal);
        var texts = new List<string>();
        var slots = new int[documents.Count][];
        for (int d = 0; d < documents.Count; d++)
        {
            var document = documents[d] ?? throw new ArgumentNullException(nameof(documents), $"document at index {d} is null");
            var claims = document.Claims;
            slots[d] = new int[Math.Max(1, claims.Count)];
            for (int c = 0; c < slots[d].Length; c++)
            {
                string text = claims.Count == 0 ? document.Text : claims[c].Text;
                if (!distinct.TryGetValue(text, out int slot))
                {
                    distinct.Add(text, slot = texts.Count);
                    texts.Add(text);
                }
                slots[d][c] = slot;
            }
        }
        var vectors = Encode(texts, maxParallelism, cancellationToken);
        for (int d = 0; d < documents.Count; d++)
        {
            var document = documents[d];
            var claims = document.Claims;
            if (claims.Count == 0)
            {
                document.Embedding = vectors[slots[d][0]];
                continue;
            }
            var own = slots[d].Select(s => vectors[s]).ToList();
            document.Claims = claims.Select((c, i) => c with { Embedding = own[i] }).ToList();
            document.Embedding = Embedding.Mean(own);
        }
    }

    /// <summary>
    /// Encodes <paramref name="texts"/> in one call, or in up to <paramref name="maxParallelism"/> calls in parallel of
    /// at least <see cref="MinTextsPerCall"/> texts each: texts sorted by length and cut into parts of about equal
    /// total length, so every call still holds texts of similar lengths.
    /// </summary>
    private Embedding[] Encode(List<string> texts, int maxParallelism, CancellationToken cancellationToken)
    {
        int parts = Math.Max(1, Math.Min(maxParallelism, texts.Count / MinTextsPerCall));
        var result = new Embedding[texts.Count];
        if (parts == 1)
        {
            Store(result, Enumerable.Range(0, texts.Count).ToArray(), _encoder.Encode(texts, cancellationToken), texts.Count);
            return result;
        }
        var order = Enumerable.Range(0, texts.Count).OrderBy(i => texts[i].Length).ThenBy(i => i).ToArray();
        var cuts = Cuts(order.Select(i => (long)texts[i].Length).ToArray(), parts, MinTextsPerCall);
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = maxParallelism, CancellationToken = cancellationToken }, p =>
        {
            var part = order[cuts[p]..cuts[p + 1]];
            Store(result, part, _encoder.Encode(part.Select(i => texts[i]).ToList(), cancellationToken), part.Length);
        });
        return result;
    }

    private static void Store(Embedding[] result, int[] indices, IReadOnlyList<Embedding> vectors, int expected)
    {
        if (vectors.Count != expected)
            throw new InvalidOperationException($"the sentence encoder gave {vectors.Count} vectors for {expected} texts");
        for (int k = 0; k < indices.Length; k++) result[indices[k]] = vectors[k];
    }

    // Boundaries of `parts` consecutive ranges of about equal total weight, each of at least `minCount` items
    // (weights.Length >= parts * minCount, minCount >= 1).
    internal static int[] Cuts(long[] weights, int parts, int minCount = 1)
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
