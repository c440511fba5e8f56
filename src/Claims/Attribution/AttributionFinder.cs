using Claims.Attribution.Patterns;
using Claims.Pipeline;

namespace Claims.Attribution;

/// <summary>
/// Fourth stage: finds attributions (source, cue, content) and fills <see cref="Document.Attributions"/> by running a
/// list of attribution patterns (<see cref="IAttributionPattern"/>, one class per construct, in
/// <c>Attribution/Patterns</c>) over the document in order; <see cref="AttributionPatterns.Default"/> lists the shipped
/// ones: direct quotes with the speaker after or before them, reported speech, beliefs, wants and findings with the cue
/// first or after, "according to X", nested sources ("quoted by Reuters"), counter-reports ("contrary to …"),
/// questions put to someone, cues in relative clauses, participles, that-clauses of statement nouns, polls and more.
/// The cue lexicon (<c>Resources/cue-verbs-en.tsv</c>) drives the cue patterns.
/// Stateless and thread-safe; linear in the text length (every pattern's scan is bounded by a sentence or a small window).
/// </summary>
public sealed class AttributionFinder : IDocumentStage
{
    private readonly CueLexicon _cues;
    private readonly PatternRunner _runner;

    /// <summary>Creates the stage with the shipped cue lexicon and the default patterns.</summary>
    public AttributionFinder() : this(CueLexicon.Shipped) { }

    /// <summary>Creates the stage with a custom cue lexicon and the default patterns.</summary>
    public AttributionFinder(CueLexicon cues) : this(cues, AttributionPatterns.Default) { }

    /// <summary>Creates the stage with a custom cue lexicon and pattern list (run in its order).</summary>
    /// <exception cref="ArgumentException">A pattern is null, implements no pattern kind, or two share a name.</exception>
    public AttributionFinder(CueLexicon cues, IEnumerable<IAttributionPattern> patterns)
    {
        ArgumentNullException.ThrowIfNull(cues);
        ArgumentNullException.ThrowIfNull(patterns);
        var list = patterns.ToArray();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pattern in list)
        {
            if (pattern is null) throw new ArgumentException("the attribution pattern list holds a null pattern", nameof(patterns));
            if (!names.Add(pattern.Name)) throw new ArgumentException($"two attribution patterns are named '{pattern.Name}'", nameof(patterns));
        }
        _cues = cues;
        Patterns = Array.AsReadOnly(list);
        _runner = new PatternRunner(Patterns);
    }

    /// <summary>The patterns this stage runs, in order.</summary>
    public IReadOnlyList<IAttributionPattern> Patterns { get; }

    /// <inheritdoc />
    public string Name => "attributions";

    /// <summary>The same stage (same cue lexicon) with another pattern list.</summary>
    public AttributionFinder WithPatterns(IEnumerable<IAttributionPattern> patterns) => new(_cues, patterns);

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var draft = new AttributionDraft(document, _cues);
        _runner.Run(draft, cancellationToken);
        document.Attributions = draft.Results.OrderBy(a => a.Content.Start).ThenBy(a => a.Content.End).ToList();
    }
}
