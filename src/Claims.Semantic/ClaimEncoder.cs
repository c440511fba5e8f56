using Claims.Embeddings;
using Claims.Pipeline;

namespace Claims.Semantic;

/// <summary>
/// The semantic document stage: gives every claim its vector (<see cref="Claim.Embedding"/>) and the article a
/// vector as a whole (<see cref="Document.Embedding"/>: the unit-length mean of its claims' vectors, or the
/// encoding of its whole text when it has no claims). Runs after the claim stages; all of one article's claims go
/// to the encoder in one call.
/// </summary>
public sealed class ClaimEncoder : IDocumentStage
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
        var claims = document.Claims;
        if (claims.Count == 0)
        {
            document.Embedding = _encoder.Encode([document.Text], cancellationToken)[0];
            return;
        }
        var vectors = _encoder.Encode(claims.Select(c => c.Text).ToList(), cancellationToken);
        if (vectors.Count != claims.Count)
            throw new InvalidOperationException($"the sentence encoder gave {vectors.Count} vectors for {claims.Count} claims");
        document.Claims = claims.Select((c, i) => c with { Embedding = vectors[i] }).ToList();
        document.Embedding = Embedding.Mean(vectors);
    }
}
