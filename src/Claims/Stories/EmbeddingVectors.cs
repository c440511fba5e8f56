namespace Claims.Stories;

/// <summary>
/// The vectors the semantic pipeline stores on the data model: <see cref="Document.Embedding"/> for articles and
/// <see cref="Claim.Embedding"/> for claims (empty in the lexical pipeline). The default vector source of
/// <see cref="StoryGrouper"/> and <see cref="SameEventGate"/>. Stateless and thread-safe.
/// </summary>
public sealed class EmbeddingVectors : IArticleVectorSource, IClaimVectorSource
{
    /// <summary>The shared instance.</summary>
    public static EmbeddingVectors Instance { get; } = new();

    /// <inheritdoc />
    public ReadOnlyMemory<float> VectorOf(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Embedding is { } e ? e.Values.ToArray() : ReadOnlyMemory<float>.Empty;
    }

    /// <inheritdoc />
    public ReadOnlyMemory<float> VectorOf(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return claim.Embedding is { } e ? e.Values.ToArray() : ReadOnlyMemory<float>.Empty;
    }
}
