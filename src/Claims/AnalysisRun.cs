using Claims.Attribution;
using Claims.Matching;
using Claims.Pipeline;
using Claims.Stance;
using Claims.Stories;

namespace Claims;

/// <summary>
/// An analysis in two phases (<see cref="ClaimAnalyzer.Start(IEnumerable{Article}, CancellationToken)"/>): the
/// extraction is complete when the run is returned (every article's claims, the linked speakers, the stories: pairing
/// needs all of them), and the related pairs are classified only as <see cref="Pairs"/> is enumerated, a chunk at a
/// time, so a writer can write each pair as it comes and nothing holds every pair. <see cref="ToReport"/> gathers the
/// pairs into an <see cref="AnalysisReport"/> (what <see cref="ClaimAnalyzer.Analyze(IEnumerable{Article}, CancellationToken)"/>
/// returns). Thread-safe; each enumeration of <see cref="Pairs"/> classifies again and yields the same pairs in the same
/// order.
/// </summary>
public sealed class AnalysisRun
{
    private readonly Document[] _documents;
    private readonly IReadOnlyList<Claim> _claims;
    private readonly IReadOnlyList<IPairSource> _sources;
    private readonly ClaimAnalyzer _analyzer;
    private readonly IProgress<AnalysisProgress>? _progress;
    private readonly CancellationToken _startToken;
    private IReadOnlyList<string>? _warnings;
    private readonly TextCopies _copies;

    internal AnalysisRun(ClaimAnalyzer analyzer, IReadOnlyList<IPairSource> sources, Document[] documents, AnalysisReport extraction,
        TextCopies copies, IProgress<AnalysisProgress>? progress, CancellationToken startToken)
    {
        _analyzer = analyzer;
        _sources = sources;
        _documents = documents;
        _claims = documents.SelectMany(d => d.Claims).ToList();
        Extraction = extraction;
        _copies = copies;
        _progress = progress;
        _startToken = startToken;
    }

    /// <summary>
    /// The extraction as a report without pairs: <see cref="AnalysisReport.Articles"/>, <see cref="AnalysisReport.Speakers"/>
    /// and <see cref="AnalysisReport.Stories"/> are complete, <see cref="AnalysisReport.Pairs"/> and
    /// <see cref="AnalysisReport.Warnings"/> are empty. Writers use it to look claims up (<see cref="AnalysisReport.FindClaim"/>).
    /// </summary>
    public AnalysisReport Extraction { get; }

    /// <summary>Each article with its claims, in input order.</summary>
    public IReadOnlyList<ArticleAnalysis> Articles => Extraction.Articles;

    /// <summary>Speakers across all articles (one id per person).</summary>
    public IReadOnlyList<Speaker> Speakers => Extraction.Speakers;

    /// <summary>The stories the articles were grouped into (empty when the analyzer groups no stories).</summary>
    public IReadOnlyList<Story> Stories => Extraction.Stories;

    /// <summary>
    /// The limits pairing reached (for example the pair cap per claim), in words: complete once an enumeration of
    /// <see cref="Pairs"/> has ended; empty before.
    /// </summary>
    public IReadOnlyList<string> Warnings => Volatile.Read(ref _warnings) ?? [];

    /// <summary>
    /// The related pairs with their stance, classified as they are enumerated: the analyzer's claim pairs ordered by the
    /// claims' positions (the order of <see cref="AnalysisReport.Pairs"/>), then the pairs of each added
    /// <see cref="IPairSource"/> in turn. At most one chunk of classified pairs (about a thousand) is held at a time.
    /// </summary>
    /// <param name="cancellationToken">Stops the enumeration between chunks (with <see cref="OperationCanceledException"/>);
    /// when it cannot be cancelled, the token given to <see cref="ClaimAnalyzer.Start(IEnumerable{Article}, CancellationToken)"/> is used.</param>
    public IEnumerable<ClaimPair> Pairs(CancellationToken cancellationToken = default)
    {
        var token = cancellationToken.CanBeCanceled ? cancellationToken : _startToken;
        var context = new PairSourceContext(_documents, _claims, Speakers, Stories, _analyzer.StanceClassifier, _analyzer.Gate,
            _analyzer.Pairing, _analyzer.MaxDegreeOfParallelism, _progress) { Copies = _copies };
        return Enumerate(context, token);
    }

    private IEnumerable<ClaimPair> Enumerate(PairSourceContext context, CancellationToken cancellationToken)
    {
        foreach (var source in _sources)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var pair in source.Pairs(context, cancellationToken))
                yield return pair ?? throw new InvalidOperationException($"pair source '{source.Name}' produced a null pair");
        }
        Volatile.Write(ref _warnings, context.Warnings());
    }

    /// <summary>Classifies every pair (<see cref="Pairs"/>) and returns the whole report, as
    /// <see cref="ClaimAnalyzer.Analyze(IEnumerable{Article}, CancellationToken)"/> does.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public AnalysisReport ToReport(CancellationToken cancellationToken = default)
    {
        var pairs = Pairs(cancellationToken).ToList();
        return Extraction with { Pairs = pairs, Warnings = Warnings };
    }
}
