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

    internal ClaimAnalyzer(IReadOnlyList<IDocumentStage> stages, ISpeakerLinker? speakerLinker, IClaimPairer pairer,
        IClaimPairFilter pairFilter, IStanceClassifier classifier, int maxParallelism)
    {
        _stages = stages;
        _speakerLinker = speakerLinker;
        _pairer = pairer;
        _pairFilter = pairFilter;
        _classifier = classifier;
        _maxParallelism = maxParallelism;
    }

    /// <summary>This analyzer with other pairing options: the same stages, models, story grouper and gate.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="pairing"/> is null.</exception>
    public ClaimAnalyzer WithPairing(PairingOptions pairing)
    {
        ArgumentNullException.ThrowIfNull(pairing);
        pairing.Validate();
        return new ClaimAnalyzer(_stages, _speakerLinker, _pairer, _pairFilter, _classifier, _maxParallelism)
        {
            Pairing = pairing,
            Gate = Gate,
            StoryGrouper = StoryGrouper,
            LeadStance = LeadStance,
        };
    }

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
    public AnalysisReport Analyze(IEnumerable<Article> articles, IProgress<AnalysisProgress>? progress, CancellationToken cancellationToken = default)
    {
        var (documents, speakers, stories) = ProcessAll(articles, progress, cancellationToken);
        var claims = documents.SelectMany(d => d.Claims).ToList();
        var (pairs, warnings) = PairAndClassify(documents, claims, stories, progress, cancellationToken);
        return ToReport(documents, speakers, stories, pairs) with { Warnings = warnings };
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
        return ToReport(documents, speakers, stories, []);
    }

    private static AnalysisReport ToReport(Document[] documents, IReadOnlyList<Speaker> speakers, IReadOnlyList<Story> stories, IReadOnlyList<ClaimPair> pairs) =>
        new(documents.Select(d => new ArticleAnalysis(d.Article, d.Article.Title ?? (d.Title is { } t ? d.GetText(t) : null), d.Claims, d.Furniture)
            { Published = d.Article.Published ?? Segmentation.PageDate.Read(d) }).ToList(),
            speakers, pairs) { Stories = stories };

    private (Document[] Documents, IReadOnlyList<Speaker> Speakers, IReadOnlyList<Story> Stories) ProcessAll(IEnumerable<Article> articles,
        IProgress<AnalysisProgress>? progress, CancellationToken cancellationToken)
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

        var documents = new Document[list.Count];
        var counter = Counter(progress, AnalysisProgress.Articles, list.Count);
        RunParallel(list.Count, i => { documents[i] = Process(list[i], cancellationToken); counter(); }, cancellationToken);

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
        var document = new Document(article);
        foreach (var stage in _stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                stage.Process(document, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new AnalysisException($"{article.Path ?? article.Id}: stage '{stage.Name}' failed: {e.Message}", e);
            }
        }
        return document;
    }

    /// <summary>Classifies one pair of claims with this analyzer's stance classifier.</summary>
    public StanceVerdict Classify(Claim a, Claim b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return _classifier.Classify(a, b);
    }

    private (List<ClaimPair> Pairs, List<string> Warnings) PairAndClassify(Document[] documents, List<Claim> claims, IReadOnlyList<Story> stories,
        IProgress<AnalysisProgress>? progress, CancellationToken cancellationToken)
    {
        var counterClaims = new CounterClaims(claims);
        var proxies = counterClaims.Proxies;

        // Story by story: each batch of candidates is classified, gated and filtered before the next is searched.
        var kept = new List<(int A, int B, ClaimPair Pair)>();
        var finder = new StoryCandidateFinder(_pairer, Pairing);
        var rumours = Gate is null ? null : new ReportedRumours().Find(claims, cancellationToken);
        foreach (var batch in finder.Batches(proxies, StoryNumbers(claims, stories), stories.Count > 0, cancellationToken))
        {
            var candidates = batch.Where(c => !counterClaims.IsExplicit(c.Pair.A, c.Pair.B) && _pairFilter.IsComparable(claims[c.Pair.A], claims[c.Pair.B])).ToList();
            var results = new ClaimPair[candidates.Count];
            // Progress counts the pairs of the batch (a story) being classified.
            var counter = Counter(progress, AnalysisProgress.Pairs, candidates.Count);
            RunParallel(candidates.Count, i =>
            {
                var (ia, ib, similarity) = candidates[i].Pair;
                // The gate reviews what the claims' contents say to each other, before a counter-claim inverts it.
                var classifier = Gate is null ? _classifier : new GatedStanceClassifier(_classifier, Gate, new PairContext(candidates[i].SameStory, similarity, rumours));
                results[i] = counterClaims.Classify(classifier, ia, ib, similarity);
                counter();
            }, cancellationToken);
            for (int i = 0; i < results.Length; i++)
                if (Pairing.IncludeNeutral || results[i].Relation != StanceLabel.Neutral)
                    kept.Add((candidates[i].Pair.A, candidates[i].Pair.B, results[i]));
        }
        foreach (var (a, b) in counterClaims.ExplicitPairs)
            kept.Add((a, b, counterClaims.Classify(_classifier, a, b, 1.0)));
        var warnings = new List<string>();
        if (LeadStance is not null)
        {
            // Article-level verdicts on lead claims, merged so no claim pair is reported twice.
            var leads = LeadStance.Find(documents, stories, _maxParallelism, cancellationToken);
            LeadStanceMerger.Merge(kept, claims, leads.Pairs);
            warnings.AddRange(leads.Warnings);
        }
        kept.Sort(static (x, y) => x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));
        if (finder.Dropped > 0)
            warnings.Add($"pair cap reached: {finder.CappedClaims} claims had more than {Pairing.MaxPairsPerClaim} candidate pairs; "
                + $"{finder.Dropped} less similar candidates were not classified (PairingOptions.MaxPairsPerClaim)");
        return (kept.Select(k => k.Pair).ToList(), warnings);
    }

    // Each claim's story number (by its article); all zero when there are no stories.
    private static int[] StoryNumbers(List<Claim> claims, IReadOnlyList<Story> stories)
    {
        var storyOfArticle = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int s = 0; s < stories.Count; s++)
            foreach (var article in stories[s].Articles) storyOfArticle[article] = s;
        return claims.Select(c => storyOfArticle.GetValueOrDefault(c.ArticleId)).ToArray();
    }

    // The stance classifier with every verdict reviewed by the gate for one pair's context.
    private sealed class GatedStanceClassifier(IStanceClassifier inner, IVerdictGate gate, PairContext context) : IStanceClassifier
    {
        public StanceVerdict Classify(Claim a, Claim b) => gate.Review(a, b, inner.Classify(a, b), context);
    }

    /// <summary>A thread-safe "one more done" callback reporting to <paramref name="progress"/> (none when null).</summary>
    private static Action Counter(IProgress<AnalysisProgress>? progress, string phase, int total)
    {
        if (progress is null) return static () => { };
        progress.Report(new AnalysisProgress(phase, 0, total));
        int done = 0;
        return () => progress.Report(new AnalysisProgress(phase, Interlocked.Increment(ref done), total));
    }

    /// <summary>
    /// Parallel loop that surfaces the first failure as itself rather than as an AggregateException, so callers
    /// see the <see cref="AnalysisException"/> naming the input.
    /// </summary>
    private void RunParallel(int count, Action<int> body, CancellationToken cancellationToken)
    {
        try
        {
            Parallel.For(0, count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = _maxParallelism }, body);
        }
        catch (AggregateException e)
        {
            var first = e.Flatten().InnerExceptions.FirstOrDefault(x => x is not OperationCanceledException) ?? e.InnerExceptions[0];
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(first).Throw();
        }
    }
}

/// <summary>A stage or model failed while analyzing an input; the message names the input.</summary>
public sealed class AnalysisException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AnalysisException(string message, Exception? inner = null) : base(message, inner) { }
}
