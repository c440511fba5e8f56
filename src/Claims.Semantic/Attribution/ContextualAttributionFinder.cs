using Claims.Attribution;
using Claims.Embeddings;
using Claims.Pipeline;

namespace Claims.Semantic.Attribution;

/// <summary>
/// The accurate attribution mode: in place of <see cref="LearnedAttributionFinder"/>, the article goes through the
/// sentence encoder once (long articles in overlapping windows, each word piece's state from one window) and the
/// shipped contextual model tags and ranks them: its token tagger reads each token's state beside the lexical features. Switched on by
/// <c>UseSemantic(accurateAttribution: true)</c>; the fast lexical mode is <see cref="LearnedAttributionFinder"/>. Thread-safe.
/// </summary>
public sealed class ContextualAttributionFinder : IDocumentStage
{
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
}
