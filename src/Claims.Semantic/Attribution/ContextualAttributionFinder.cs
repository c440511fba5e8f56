using Claims.Attribution;
using Claims.Embeddings;
using Claims.Pipeline;

namespace Claims.Semantic.Attribution;

/// <summary>
/// The accurate attribution mode: in place of <see cref="LearnedAttributionFinder"/>, the article goes through the
/// sentence encoder once (long articles in overlapping windows, each word piece's state from one window) and the
/// shipped contextual model tags and ranks them: its token tagger reads each token's state beside the lexical features. Switched on by
/// <c>UseSemantic(accurateAttribution: true)</c>; the fast lexical mode is <see cref="LearnedAttributionFinder"/>. Thread-safe.
/// In a run over many articles (<see cref="IBatchDocumentStage"/>) the short articles of a chunk (headlines) are
/// encoded together in one call (<see cref="ITokenStateEncoder.EncodeTokens(IReadOnlyList{string}, CancellationToken)"/>,
/// several to a model run) and the long ones one by one in parallel; every article gets the states it gets alone.
/// </summary>
public sealed class ContextualAttributionFinder : IBatchDocumentStage
{
    /// <summary>
    /// Articles of at most this many characters (headlines, short items: one token window) are encoded together in a
    /// batch run; longer ones fill windows of hundreds of pieces on their own and are encoded one by one, in parallel,
    /// so a chunk never holds the states of all its long articles at once.
    /// </summary>
    internal const int BatchedTextChars = 1000;

    /// <summary>Short articles below which their group is not split between threads (fewer per run would batch poorly).</summary>
    internal const int MinBatchedTexts = 32;

    private readonly ITokenStateEncoder _encoder;
    private readonly ContextualAttributionModel? _model;
    private readonly Func<Document, ProjectedTokenStates?>? _cached;

    /// <summary>Uses <paramref name="encoder"/> (<see cref="MiniLmEncoder.Default"/> unless given) and the shipped model.</summary>
    public ContextualAttributionFinder(ITokenStateEncoder? encoder = null) : this(encoder ?? MiniLmEncoder.Default, null, null) { }

    /// <summary>With a given model, and optionally states computed ahead (evaluation caches); null falls back to the encoder.</summary>
    internal ContextualAttributionFinder(ITokenStateEncoder encoder, ContextualAttributionModel? model, Func<Document, ProjectedTokenStates?>? cached)
    {
        _encoder = encoder ?? throw new ArgumentNullException(nameof(encoder));
        _model = model;
        _cached = cached;
    }

    /// <summary>The encoder of the token states.</summary>
    internal ITokenStateEncoder Encoder => _encoder;

    /// <inheritdoc />
    public string Name => "contextual-attributions";

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        if (document.Tokens.Count == 0) return;
        var model = _model ?? ContextualAttributionModel.Default;
        var states = _cached?.Invoke(document) ?? model.Projection.Project(_encoder.EncodeTokens(document.Text, cancellationToken));
        cancellationToken.ThrowIfCancellationRequested();
        document.Attributions = model.Select(document, CueLexicon.Shipped, states, cancellationToken);
    }

    /// <inheritdoc />
    public void Process(IReadOnlyList<Document> documents, int maxParallelism, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxParallelism, 1);
        for (int d = 0; d < documents.Count; d++)
            if (documents[d] is null) throw new ArgumentNullException(nameof(documents), $"document at index {d} is null");
        // Work items: the short articles sorted by length in up to one group per thread of at least MinBatchedTexts
        // (first: the long ones balance the threads after them), then each long article alone.
        var shortOnes = _cached is null
            ? documents.Where(d => d.Tokens.Count > 0 && d.Text.Length <= BatchedTextChars).OrderBy(d => d.Text.Length).ToList()
            : [];
        var items = new List<IReadOnlyList<Document>>();
        int parts = Math.Clamp(shortOnes.Count / MinBatchedTexts, 1, maxParallelism);
        var cuts = ParallelEncoding.Cuts(shortOnes.Select(d => (long)d.Text.Length).ToArray(), parts, Math.Min(MinBatchedTexts, shortOnes.Count));
        for (int p = 0; p < parts && shortOnes.Count > 0; p++) items.Add(shortOnes[cuts[p]..cuts[p + 1]]);
        var batched = shortOnes.ToHashSet();
        items.AddRange(documents.Where(d => !batched.Contains(d)).Select(d => (IReadOnlyList<Document>)[d]));
        ParallelRunner.Run(items.Count, maxParallelism, i =>
        {
            var group = items[i];
            if (!batched.Contains(group[0]))
            {
                Process(group[0], cancellationToken);
                return;
            }
            var model = _model ?? ContextualAttributionModel.Default;
            var states = _encoder.EncodeTokens(group.Select(d => d.Text).ToList(), cancellationToken);
            for (int d = 0; d < group.Count; d++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                group[d].Attributions = model.Select(group[d], CueLexicon.Shipped, model.Projection.Project(states[d]), cancellationToken);
            }
        }, cancellationToken);
    }
}
