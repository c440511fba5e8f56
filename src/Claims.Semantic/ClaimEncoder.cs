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
        var vectors = ParallelEncoding.Encode(_encoder, texts, maxParallelism, cancellationToken);
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
}
