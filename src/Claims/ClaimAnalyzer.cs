using Claims.Attribution;
using Claims.Matching;
using Claims.Pipeline;
using Claims.Stance;

namespace Claims;

/// <summary>
/// Runs the whole analysis: per-article stages (layout, sentences, quotes, attributions, speakers, claims), then
/// cross-article speaker linking, pairing of related claims and stance classification.
/// Immutable once built and safe to share between threads; build one with <see cref="ClaimAnalyzerBuilder"/> or
/// <see cref="CreateDefault"/>.
/// </summary>
public sealed class ClaimAnalyzer
{
    private readonly IReadOnlyList<IDocumentStage> _stages;
    private readonly ISpeakerLinker? _speakerLinker;
    private readonly IClaimPairer _pairer;
    private readonly IStanceClassifier _classifier;
    private readonly int _maxParallelism;

    internal ClaimAnalyzer(IReadOnlyList<IDocumentStage> stages, ISpeakerLinker? speakerLinker, IClaimPairer pairer,
        IStanceClassifier classifier, int maxParallelism)
    {
        _stages = stages;
        _speakerLinker = speakerLinker;
        _pairer = pairer;
        _classifier = classifier;
        _maxParallelism = maxParallelism;
    }

    /// <summary>An analyzer with the default pipeline and models.</summary>
    public static ClaimAnalyzer CreateDefault() => new ClaimAnalyzerBuilder().UseDefaults().Build();

    /// <summary>The per-article stages, in order.</summary>
    public IReadOnlyList<IDocumentStage> Stages => _stages;

    /// <summary>Analyzes <paramref name="articles"/> together: their claims and the related pairs across them.</summary>
    /// <param name="articles">Articles with distinct ids.</param>
    /// <param name="cancellationToken">Stops the analysis between stages and pairs.</param>
    /// <exception cref="ArgumentNullException"><paramref name="articles"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">Two articles share an id.</exception>
    public AnalysisReport Analyze(IEnumerable<Article> articles, CancellationToken cancellationToken = default)
    {
        var (documents, speakers) = ProcessAll(articles, cancellationToken);
        var claims = documents.SelectMany(d => d.Claims).ToList();
        return ToReport(documents, speakers, PairAndClassify(claims, cancellationToken));
    }

    /// <summary>
    /// Extracts the claims of <paramref name="articles"/> and links their speakers, without pairing or stance
    /// (the report's <see cref="AnalysisReport.Pairs"/> is empty).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="articles"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">Two articles share an id.</exception>
    public AnalysisReport Extract(IEnumerable<Article> articles, CancellationToken cancellationToken = default)
    {
        var (documents, speakers) = ProcessAll(articles, cancellationToken);
        return ToReport(documents, speakers, []);
    }

    private static AnalysisReport ToReport(Document[] documents, IReadOnlyList<Speaker> speakers, IReadOnlyList<ClaimPair> pairs) =>
        new(documents.Select(d => new ArticleAnalysis(d.Article, d.Title is { } t ? d.GetText(t) : null, d.Claims, d.Furniture)).ToList(),
            speakers, pairs);

    private (Document[] Documents, IReadOnlyList<Speaker> Speakers) ProcessAll(IEnumerable<Article> articles, CancellationToken cancellationToken)
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
        RunParallel(list.Count, i => documents[i] = Process(list[i], cancellationToken), cancellationToken);

        IReadOnlyList<Speaker> speakers = _speakerLinker?.Link(documents, cancellationToken) ?? [];
        return (documents, speakers);
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

    private List<ClaimPair> PairAndClassify(List<Claim> claims, CancellationToken cancellationToken)
    {
        var index = new Dictionary<string, int>(claims.Count, StringComparer.Ordinal);
        for (int i = 0; i < claims.Count; i++) index[claims[i].Id] = i;

        // A counter-claim says the opposite of the claim it opposes: it is paired through that claim's content and
        // every verdict about it is the inverse of the verdict about that content.
        var proxies = claims.Select(c => c.Opposes is { } id && index.TryGetValue(id, out int o)
            ? c with { Text = claims[o].Text, Span = claims[o].Span, Embedding = claims[o].Embedding } : c).ToList();
        var explicitPairs = claims.Select((c, i) => (c, i))
            .Where(x => x.c.Opposes is { } id && index.ContainsKey(id))
            .Select(x => (A: Math.Min(x.i, index[x.c.Opposes!]), B: Math.Max(x.i, index[x.c.Opposes!])))
            .ToHashSet();

        var candidates = _pairer.FindPairs(proxies, cancellationToken)
            .Where(p => !explicitPairs.Contains((p.A, p.B)) && IsComparable(claims[p.A], claims[p.B]))
            .Select(p => (p.A, p.B, p.Similarity))
            .Concat(explicitPairs.Select(p => (p.A, p.B, Similarity: 1.0)))
            .OrderBy(p => p.A).ThenBy(p => p.B)
            .ToList();

        var results = new ClaimPair[candidates.Count];
        RunParallel(candidates.Count, i =>
        {
            var (ia, ib, similarity) = candidates[i];
            var (a, b) = (claims[ia], claims[ib]);
            results[i] = explicitPairs.Contains((ia, ib))
                ? ExplicitContrast(a, b, similarity)
                : Classify(a, b, proxies[ia], proxies[ib], similarity);
        }, cancellationToken);
        return results.ToList();
    }

    private ClaimPair Classify(Claim a, Claim b, Claim proxyA, Claim proxyB, double similarity)
    {
        var verdict = _classifier.Classify(proxyA, proxyB);
        if ((a.Opposes is null) == (b.Opposes is null))
            return new ClaimPair(a.Id, b.Id, verdict.Label, verdict.Score, verdict.Reasons, similarity);
        var counter = a.Opposes is null ? b : a;
        // A title conflict is about how the opposed claim's words describe someone, not about what it claims: the
        // counter-claim inherits no verdict from it.
        if (verdict.DecidingRules.Contains("title"))
            return new ClaimPair(a.Id, b.Id, StanceLabel.Neutral, verdict.Score, verdict.Reasons, similarity);
        var inverted = verdict.Label switch
        {
            StanceLabel.Agrees => StanceLabel.Contradicts,
            StanceLabel.Contradicts => StanceLabel.Agrees,
            _ => StanceLabel.Neutral,
        };
        string relation = verdict.Label == StanceLabel.Agrees ? "agrees with" : "contradicts";
        var reasons = verdict.Label == StanceLabel.Neutral
            ? verdict.Reasons
            : [$"{counter.Speaker ?? "the source"}'s counter-claim says the opposite of {counter.Opposes}, which {relation} this claim", .. verdict.Reasons];
        return new ClaimPair(a.Id, b.Id, inverted, verdict.Score, reasons, similarity);
    }

    private static ClaimPair ExplicitContrast(Claim a, Claim b, double similarity)
    {
        var (counter, opposed) = a.Opposes == b.Id ? (a, b) : (b, a);
        string reason = $"explicit contrast: '{counter.Text}' reports {counter.Speaker ?? "a source"}'s claim as the opposite of "
            + $"{opposed.Speaker ?? "the outlet"}'s '{opposed.Text}'";
        return new ClaimPair(a.Id, b.Id, StanceLabel.Contradicts, 1.0, [reason], similarity);
    }

    /// <summary>
    /// Pairs worth a verdict: claims from different articles, or from one article in different voices (the
    /// article reporting Trump's claim against Dmitriev's). Two claims in the outlet's own voice in one article are
    /// the same author agreeing with itself.
    /// </summary>
    private static bool IsComparable(Claim a, Claim b)
    {
        if (!string.Equals(a.ArticleId, b.ArticleId, StringComparison.Ordinal)) return true;
        if (a.Span.Overlaps(b.Span)) return false;
        string? sa = a.SpeakerId ?? a.Speaker, sb = b.SpeakerId ?? b.Speaker;
        return !string.Equals(sa, sb, StringComparison.Ordinal);
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
