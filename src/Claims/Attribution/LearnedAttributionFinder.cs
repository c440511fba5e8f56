using Claims.Attribution.Learned;
using Claims.Pipeline;

namespace Claims.Attribution;

/// <summary>
/// Stage after the rule-based attribution stages: a token tagger trained on hand-annotated news (PolNeAR train)
/// proposes attributions the rules missed (beliefs, wants, findings, reported speech in unusual frames) and other
/// boundaries for the ones they found; a ranker trained on the same data scores every candidate, the rules' and the
/// tagger's alike, and the likely ones are kept, best first, one per content. It replaces
/// <see cref="Document.Attributions"/> with that selection and changes no text. Thread-safe.
/// </summary>
public sealed class LearnedAttributionFinder : IDocumentStage
{
    private readonly LearnedAttributionModel? _model;
    private readonly CueLexicon _lexicon;

    /// <summary>Uses the shipped model (loaded on first use) and the shipped cue lexicon.</summary>
    public LearnedAttributionFinder() : this(null, CueLexicon.Shipped) { }

    /// <summary>Uses <paramref name="model"/> (one trained by <c>LearnedAttributionTrainer</c> of <c>Claims.Training</c>, or
    /// loaded with <see cref="LearnedAttributionModel.Load"/>) and the shipped cue lexicon.</summary>
    public LearnedAttributionFinder(LearnedAttributionModel model) : this(model ?? throw new ArgumentNullException(nameof(model)), CueLexicon.Shipped) { }

    internal LearnedAttributionFinder(LearnedAttributionModel? model, CueLexicon lexicon)
    {
        _model = model;
        _lexicon = lexicon;
    }

    /// <inheritdoc />
    public string Name => "learned-attributions";

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        if (document.Tokens.Count == 0) return;
        document.Attributions = (_model ?? LearnedAttributionModel.Default).Select(document, _lexicon, cancellationToken);
    }
}
