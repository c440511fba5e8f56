namespace Claims.Embeddings;

/// <summary>
/// The vectors of one profiled text (<see cref="Stance.TextProfile.Embeddings"/>): one per sentence, in the order of
/// the profile's sentences, and the text as a whole (its single sentence, or the unit-length mean of its sentences).
/// </summary>
public sealed class TextEmbeddings
{
    /// <summary>Creates the vectors of a text.</summary>
    /// <exception cref="ArgumentException">No sentence vectors.</exception>
    public TextEmbeddings(Embedding whole, IReadOnlyList<Embedding> sentences)
    {
        ArgumentNullException.ThrowIfNull(whole);
        ArgumentNullException.ThrowIfNull(sentences);
        if (sentences.Count == 0) throw new ArgumentException("a text has at least one sentence vector", nameof(sentences));
        Whole = whole;
        Sentences = sentences;
    }

    /// <summary>The text as a whole.</summary>
    public Embedding Whole { get; }

    /// <summary>One vector per sentence of the profile.</summary>
    public IReadOnlyList<Embedding> Sentences { get; }
}
