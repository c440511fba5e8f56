namespace Claims.Semantic;

/// <summary>How <see cref="MiniLmEncoder"/> runs the model. Immutable.</summary>
public sealed record MiniLmEncoderOptions
{
    /// <summary>
    /// Threads ONNX Runtime uses inside one model run (default 1). The analyzer already encodes documents in
    /// parallel; with thread spinning off (always, here) more threads help a single large call only.
    /// </summary>
    public int IntraOpThreads { get; init; } = 1;

    /// <summary>
    /// Most texts of one length run together in one model call (default 64). At <see cref="EncoderPrecision.Int8"/>
    /// each text runs alone: the model quantizes a run's inputs with one scale, so a text's vector would otherwise
    /// depend on its neighbours.
    /// </summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>Most windows one model run holds: <see cref="BatchSize"/>, or 1 when a run's inputs share one int8 scale.</summary>
    internal int RowsPerRun => Precision == EncoderPrecision.Int8 && Int8BlockSize == 0 ? 1 : BatchSize;

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

    /// <summary>
    /// The arithmetic of the model's matrix products (default <see cref="EncoderPrecision.Float32"/>).
    /// <see cref="EncoderPrecision.Int8"/> rewrites the loaded model's constant matrices to 8-bit integers.
    /// </summary>
    public EncoderPrecision Precision { get; init; } = EncoderPrecision.Float32;

    /// <summary>
    /// How <see cref="EncoderPrecision.Int8"/> stores weights: 0 (default), one scale per column, run by ONNX Runtime's
    /// DynamicQuantizeMatMul (one scale per run for the inputs, so each text runs alone); a power of two from 16,
    /// one scale per block of that many weights, run by MatMulNBits with int8 inputs quantized per block of each row
    /// (more exact, but no faster than float32 in ONNX Runtime 1.32 on x64; for benchmarks).
    /// </summary>
    internal int Int8BlockSize { get; init; }

    /// <summary>At <see cref="EncoderPrecision.Int8"/>, matrices with more rows than this (the MatMul's inner dimension) stay float (for benchmarks).</summary>
    internal int Int8MaxInner { get; init; } = int.MaxValue;

    internal void Validate()
    {
        if (!Enum.IsDefined(Precision)) throw new ArgumentOutOfRangeException(nameof(Precision), Precision, "unknown precision");
        if (Int8BlockSize != 0 && (Int8BlockSize < 16 || (Int8BlockSize & (Int8BlockSize - 1)) != 0))
            throw new ArgumentOutOfRangeException(nameof(Int8BlockSize), Int8BlockSize, "0 or a power of two from 16");
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
