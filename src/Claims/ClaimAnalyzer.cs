using Claims.Attribution;
using Claims.Matching;
using Claims.Pipeline;
using Claims.Stance;
using Claims.Stance.Leads;
using Claims.Stories;

namespace Claims;

/// <summary>
/// Runs the whole analysis: per-article stages (layout, sentences, quotes, attributions, speakers, claims), then
/// cross-article speaker linking, pairing of related claims (<see cref="IClaimPairer"/>, <see cref="IClaimPairFilter"/>)
/// and stance classification (<see cref="IStanceClassifier"/>, read through <see cref="CounterClaims"/>). Orchestration only.
/// Immutable once built and safe to share between threads; build one with <see cref="ClaimAnalyzerBuilder"/> or
/// <see cref="CreateDefault"/>.
/// </summary>
public sealed class ClaimAnalyzer
{
    private readonly IReadOnlyList<IDocumentStage> _stages;
    private readonly ISpeakerLinker? _speakerLinker;
    private readonly IClaimPairer _pairer;
    private readonly IClaimPairFilter _pairFilter;
    private readonly IStanceClassifier _classifier;
    private readonly int _maxParallelism;
    private readonly IReadOnlyList<IPairSource> _extraSources;

    internal ClaimAnalyzer(IReadOnlyList<IDocumentStage> stages, ISpeakerLinker? speakerLinker, IClaimPairer pairer,
        IClaimPairFilter pairFilter, IStanceClassifier classifier, int maxParallelism, IReadOnlyList<IPairSource>? extraSources = null)
    {
        _stages = stages;
        _speakerLinker = speakerLinker;
        _pairer = pairer;
        _pairFilter = pairFilter;
        _classifier = classifier;
        _maxParallelism = maxParallelism;
        _extraSources = extraSources ?? [];
    }

    internal IStanceClassifier StanceClassifier => _classifier;

    internal int MaxDegreeOfParallelism => _maxParallelism;

    /// <summary>Candidates classified together before their pairs are yielded (tests lower it to observe streaming).</summary>
    internal int PairChunkSize { get; init; } = ClaimPairSource.DefaultChunkSize;

    /// <summary>
    /// Where pairs come from, in order: the analyzer's claim pairing (pairer, filter, counter-claims, stance, gate,
    /// with the <see cref="LeadStance"/> verdicts merged in), then the sources added with <see cref="ClaimAnalyzerBuilder.AddPairSource"/>.
    /// </summary>
    public IReadOnlyList<IPairSource> PairSources => [ClaimPairs(), .. _extraSources];

    // The claim pairing, with the article-level stance of lead claims merged into it when there is a lead-stance finder.
    private IPairSource ClaimPairs()
    {
        IPairSource claimPairs = new ClaimPairSource(_pairer, _pairFilter, PairChunkSize, Readings);
        return LeadStance is null ? claimPairs : new LeadStancePairSource(claimPairs, LeadStance);
    }

    /// <summary>This analyzer with other pairing options: the same stages, models, story grouper, gate and lead stance.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="pairing"/> is null.</exception>
    public ClaimAnalyzer WithPairing(PairingOptions pairing)
    {
        ArgumentNullException.ThrowIfNull(pairing);
        pairing.Validate();
        return Copy(pairing, PairChunkSize);
    }

    // This analyzer classifying pairs in chunks of chunkSize (tests observe streaming with small chunks).
    internal ClaimAnalyzer WithPairChunkSize(int chunkSize) => Copy(Pairing, chunkSize);

    // The one place a copy is made, so a copy keeps every part (a part left out here would silently vanish from it).
    private ClaimAnalyzer Copy(PairingOptions pairing, int chunkSize) =>
        new(_stages, _speakerLinker, _pairer, _pairFilter, _classifier, _maxParallelism, _extraSources)
        {
            Pairing = pairing,
            Gate = Gate,
            StoryGrouper = StoryGrouper,
            PairChunkSize = chunkSize,
            LeadStance = LeadStance,
            Readings = Readings,
        };

    /// <summary>An analyzer with the default pipeline and models.</summary>
    public static ClaimAnalyzer CreateDefault() => new ClaimAnalyzerBuilder().UseDefaults().Build();

    /// <summary>How claims are paired and which pairs are kept (see <see cref="ClaimAnalyzerBuilder.Pairing"/>).</summary>
    public PairingOptions Pairing { get; internal init; } = PairingOptions.Default;

    /// <summary>The gate every verdict passes before it is reported, or null (see <see cref="ClaimAnalyzerBuilder.Gate"/>).</summary>
    public IVerdictGate? Gate { get; internal init; }

    /// <summary>The story grouper run before pairing, or null (see <see cref="ClaimAnalyzerBuilder.StoryGrouper"/>).</summary>
    public IStoryGrouper? StoryGrouper { get; internal init; }

    /// <summary>Reads each article's lead claims against the other articles of their story as a whole after claim
    /// pairing, or null (see <see cref="ClaimAnalyzerBuilder.LeadStance"/>).</summary>
    public ILeadStanceFinder? LeadStance { get; internal init; }

    /// <summary>Reads single claims as stance rules do, to pair claims of one story a rule could decide though they share
    /// few words (see <see cref="ClaimAnalyzerBuilder.Readings"/>); empty for none.</summary>
    public IReadOnlyList<IClaimReading> Readings { get; internal init; } = [];

    /// <summary>The per-article stages, in order.</summary>
    public IReadOnlyList<IDocumentStage> Stages => _stages;

    /// <summary>Analyzes <paramref name="articles"/> together: their claims and the related pairs across them.</summary>
    /// <param name="articles">Articles with distinct ids.</param>
    /// <param name="cancellationToken">Stops the analysis between stages and pairs.</param>
    /// <exception cref="ArgumentNullException"><paramref name="articles"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">Two articles share an id.</exception>
    public AnalysisReport Analyze(IEnumerable<Article> articles, CancellationToken cancellationToken = default) =>
        Analyze(articles, null, cancellationToken);

    /// <summary>Analyzes <paramref name="articles"/> together, reporting progress (articles processed, then pairs
    /// classified) to <paramref name="progress"/>, from worker threads.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="articles"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">Two articles share an id.</exception>
    public AnalysisReport Analyze(IEnumerable<Article> articles, IProgress<AnalysisProgress>? progress, CancellationToken cancellationToken = default) =>
        Start(articles, progress, cancellationToken).ToReport(cancellationToken);

    /// <summary>
    /// Starts a streaming analysis of <paramref name="articles"/>: runs the per-article stages, links speakers and
    /// groups stories (all complete when this returns), and returns the run whose <see cref="AnalysisRun.Pairs"/>
    /// classifies the related pairs lazily, as they are enumerated. Gives the same articles, pairs (in the same order)
    /// and warnings as <see cref="Analyze(IEnumerable{Article}, CancellationToken)"/>, without holding every pair.
    /// </summary>
    /// <param name="articles">Articles with distinct ids.</param>
    /// <param name="cancellationToken">Stops the extraction between stages; also stops the enumeration of pairs when
    /// <see cref="AnalysisRun.Pairs"/> is given no token of its own.</param>
    /// <exception cref="ArgumentNullException"><paramref name="articles"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">Two articles share an id.</exception>
    public AnalysisRun Start(IEnumerable<Article> articles, CancellationToken cancellationToken = default) =>
        Start(articles, null, cancellationToken);

    /// <summary>Starts a streaming analysis as <see cref="Start(IEnumerable{Article}, CancellationToken)"/> does, reporting
    /// progress (articles processed now, pairs classified while <see cref="AnalysisRun.Pairs"/> is enumerated) to
    /// <paramref name="progress"/>, from worker threads.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="articles"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">Two articles share an id.</exception>
    public AnalysisRun Start(IEnumerable<Article> articles, IProgress<AnalysisProgress>? progress, CancellationToken cancellationToken = default)
    {
        var (documents, speakers, stories) = ProcessAll(articles, progress, cancellationToken, preloadStance: true);
        var copies = FindCopies(documents, cancellationToken);
        return new AnalysisRun(this, PairSources, documents, ToReport(documents, speakers, stories, []) with { Copies = copies.Groups, CopiedClaims = copies.Claims },
            copies, progress, cancellationToken);
    }

    /// <summary>
    /// Extracts the claims of <paramref name="articles"/> and links their speakers, without pairing or stance
    /// (the report's <see cref="AnalysisReport.Pairs"/> is empty).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="articles"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">Two articles share an id.</exception>
    public AnalysisReport Extract(IEnumerable<Article> articles, CancellationToken cancellationToken = default) =>
        Extract(articles, null, cancellationToken);

    /// <summary>Extracts claims as <see cref="Extract(IEnumerable{Article}, CancellationToken)"/> does, reporting the
    /// articles processed to <paramref name="progress"/>.</summary>
    public AnalysisReport Extract(IEnumerable<Article> articles, IProgress<AnalysisProgress>? progress, CancellationToken cancellationToken = default)
    {
        var (documents, speakers, stories) = ProcessAll(articles, progress, cancellationToken);
        var copies = FindCopies(documents, cancellationToken);
        return ToReport(documents, speakers, stories, []) with { Copies = copies.Groups, CopiedClaims = copies.Claims };
    }

    private static AnalysisReport ToReport(Document[] documents, IReadOnlyList<Speaker> speakers, IReadOnlyList<Story> stories, IReadOnlyList<ClaimPair> pairs) =>
        new(documents.Select(d => new ArticleAnalysis(d.Article, d.Article.Title ?? (d.Title is { } t ? d.GetText(t) : null), d.Claims, d.Furniture)
            { Published = d.Article.Published ?? Segmentation.PageDate.Read(d) }).ToList(),
            speakers, pairs) { Stories = stories };

    // The run's copied text (none when the pairing options do not separate copies).
    private TextCopies FindCopies(Document[] documents, CancellationToken cancellationToken) =>
        Pairing.SeparateCopies ? TextCopies.Find(documents, Pairing, cancellationToken) : TextCopies.None;

    private (Document[] Documents, IReadOnlyList<Speaker> Speakers, IReadOnlyList<Story> Stories) ProcessAll(IEnumerable<Article> articles,
        IProgress<AnalysisProgress>? progress, CancellationToken cancellationToken, bool preloadStance = false)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var list = articles.ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
                throw new ArgumentNullException(nameof(articles), $"article at index {i} is null");
            if (!seen.Add(list[i].Id))
                throw new ArgumentException($"two articles share the id '{list[i].Id}'; ids must be unique within one analysis", nameof(articles));
        }

        // Pairing needs the stance model once the extraction is done: load it meanwhile on another core.
        if (preloadStance) (_classifier as DeferredStanceClassifier)?.PreloadInBackground();
        var counter = ParallelRunner.Counter(progress, AnalysisProgress.Articles, list.Count);
        var documents = StageRunner.RunAll(list, _stages, _maxParallelism, counter, cancellationToken);

        IReadOnlyList<Speaker> speakers = _speakerLinker?.Link(documents, cancellationToken) ?? [];
        IReadOnlyList<Story> stories = StoryGrouper?.Group(documents, cancellationToken) ?? [];
        return (documents, speakers, stories);
    }

    /// <summary>Analyzes a single article's text (no pairing across articles beyond its own speakers).</summary>
    public AnalysisReport Analyze(Article article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Analyze([article], cancellationToken);
    }

    /// <summary>Runs the per-article stages only and returns the filled document.</summary>
    /// <exception cref="AnalysisException">A stage failed; the message names the article and the stage.</exception>
    public Document Process(Article article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        return StageRunner.Run(new Document(article), _stages, cancellationToken);
    }

    /// <summary>Classifies one pair of claims with this analyzer's stance classifier.</summary>
    public StanceVerdict Classify(Claim a, Claim b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return _classifier.Classify(a, b);
    }
}

/// <summary>A stage or model failed while analyzing an input; the message names the input.</summary>
public sealed class AnalysisException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AnalysisException(string message, Exception? inner = null) : base(message, inner) { }
}
