namespace Claims.Embeddings;

/// <summary>
/// Turns texts into vectors that stand for their meaning (texts that say the same get close vectors). The core
/// library defines the seam; the <c>Claims.Semantic</c> package supplies <c>MiniLmEncoder</c> (all-MiniLM-L6-v2
/// through ONNX Runtime), and any other model can be plugged in by implementing this interface.
/// Implementations must be thread-safe and deterministic (the same text gives the same bytes, whatever else is in
/// the batch).
/// </summary>
public interface ISentenceEncoder
{
    /// <summary>Dimensions of every vector this encoder gives.</summary>
    int Dimensions { get; }

    /// <summary>Encodes <paramref name="texts"/>, one vector per text, in order.</summary>
    /// <param name="texts">Texts of any length; an empty text gets the model's vector for no words.</param>
    /// <param name="cancellationToken">Stops the encoding between (and, where the runtime allows, inside) batches.</param>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> or one of its items is null.</exception>
    IReadOnlyList<Embedding> Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default);
}

/// <summary>
/// Gives the contextual state of every word piece of a text (a transformer's last hidden layer), with the characters
/// each piece covers: the wider context token taggers read.
/// </summary>
public interface ITokenStateEncoder
{
    /// <summary>Dimensions of each token state.</summary>
    int Dimensions { get; }

    /// <summary>
    /// Encodes the whole of <paramref name="text"/>: texts longer than the model's window go through overlapping
    /// windows, and each piece's state comes from exactly one window (the one where it lies farthest from an edge).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    TokenStates EncodeTokens(string text, CancellationToken cancellationToken = default);

    /// <summary>
    /// The token states of every text of <paramref name="texts"/>, in order, each as
    /// <see cref="EncodeTokens(string, CancellationToken)"/> gives it alone. An encoder that runs several texts
    /// together (faster for many short texts) overrides this; by default each text is encoded on its own.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> or one of its texts is null.</exception>
    IReadOnlyList<TokenStates> EncodeTokens(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var result = new TokenStates[texts.Count];
        for (int i = 0; i < texts.Count; i++)
            result[i] = EncodeTokens(texts[i] ?? throw new ArgumentNullException(nameof(texts), $"text at index {i} is null"), cancellationToken);
        return result;
    }
}
