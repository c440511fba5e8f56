namespace Claims.Semantic;

/// <summary>How <see cref="MiniLmEncoder"/> runs the model. Immutable.</summary>
public sealed record MiniLmEncoderOptions
{
    /// <summary>
    /// Threads ONNX Runtime uses inside one model run (default 1). The analyzer already encodes documents in
    /// parallel; with thread spinning off (always, here) more threads help a single large call only.
    /// </summary>
    public int IntraOpThreads { get; init; } = 1;

    /// <summary>Most texts of one length run together in one model call (default 64).</summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>
    /// A batch of texts of one length holding fewer word pieces than this also takes the next longer texts, padded
    /// under the attention mask while padding stays under a quarter of the batch (default 256; 0 runs only texts of
    /// one length together). Small calls (one article's claims) then run in a few larger batches.
    /// </summary>
    public int SmallBatchWordPieces { get; init; } = 256;

    /// <summary>
    /// Word pieces per window for sentence vectors, [CLS] and [SEP] included (default 256, the length
    /// all-MiniLM-L6-v2 was tuned for): a longer text is cut into consecutive windows whose vectors are averaged,
    /// weighted by their piece counts.
    /// </summary>
    public int SentenceWindow { get; init; } = 256;

    /// <summary>Word pieces per window for token states, [CLS] and [SEP] included (default and most: 512).</summary>
    public int TokenWindow { get; init; } = 512;

    /// <summary>Pieces two neighbouring token-state windows share (default 128); each piece keeps the state of the window where it lies farther from an edge.</summary>
    public int TokenWindowOverlap { get; init; } = 128;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(IntraOpThreads, 1, nameof(IntraOpThreads));
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchSize, 1, nameof(BatchSize));
        ArgumentOutOfRangeException.ThrowIfNegative(SmallBatchWordPieces, nameof(SmallBatchWordPieces));
        ArgumentOutOfRangeException.ThrowIfLessThan(SentenceWindow, 3, nameof(SentenceWindow));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(SentenceWindow, 512, nameof(SentenceWindow));
        ArgumentOutOfRangeException.ThrowIfLessThan(TokenWindow, 3, nameof(TokenWindow));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(TokenWindow, 512, nameof(TokenWindow));
        ArgumentOutOfRangeException.ThrowIfNegative(TokenWindowOverlap, nameof(TokenWindowOverlap));
        if (TokenWindowOverlap * 2 > TokenWindow - 2)
            throw new ArgumentOutOfRangeException(nameof(TokenWindowOverlap), TokenWindowOverlap, "the overlap must be at most half the window");
    }
}
