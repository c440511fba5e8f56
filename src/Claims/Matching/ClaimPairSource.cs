using Claims.Pipeline;
using Claims.Stance;
using Claims.Stories;

namespace Claims.Matching;

/// <summary>
/// The analyzer's own pair source: related claims found by the <see cref="IClaimPairer"/> story by story
/// (<see cref="StoryCandidateFinder"/>, capped per claim), the comparable ones (<see cref="IClaimPairFilter"/>) classified
/// through <see cref="CounterClaims"/> and the gate, plus every counter-claim against the claim it opposes.
/// </summary>
/// <remarks>
/// Two steps. First every candidate is found and kept as positions only (<see cref="PendingPair"/>, 24 bytes): the cap
/// per claim keeps each claim's most similar candidates across its whole story, so no candidate can be classified
/// before its story's search is complete. At most <see cref="PairingOptions.MaxPairsPerClaim"/> candidates touch a
/// claim, so the positions take at most 32 B × that cap per claim (the pairer's own cap per claim is usually lower:
/// 50 with <see cref="ClaimIndexOptions.ForArticles"/>, 1.6 KB a claim). Claims of one story that a rule reads alike
/// (<see cref="IClaimReading"/>) are added as candidates too, at most <see cref="ReadingCandidates.MaxPairsPerClaim"/>
/// a claim; such a pair is kept only when that rule decides its verdict. Then the candidates are classified in
/// (A, B) order a chunk at a time on every core, and each chunk's kept pairs are yielded before the next chunk is
/// classified: at most one chunk of classified pairs is held.
/// </remarks>
internal sealed class ClaimPairSource(IClaimPairer pairer, IClaimPairFilter filter, int chunkSize, IReadOnlyList<IClaimReading>? readings = null) : IPairSource
{
    /// <summary>Why an agreement of two claims of one article is reported neutral: an agreement needs two sources.</summary>
    internal const string OneArticleAgreement = "one article agreeing with itself: an agreement needs two sources";

    // The terms the gate compares claims by (SameEventGate's features), counted over whole articles; concept groups are
    // not counted (the gate's rarity leaves them out: each comes with a word it stands for).
    private static readonly FeatureExtractor CorpusFeatures = new(Text.TermExtractor.Default);

    /// <summary>Candidates classified together (on every core) before their pairs are yielded.</summary>
    public const int DefaultChunkSize = 1024;

    /// <inheritdoc />
    public string Name => "claim-pairs";

    /// <summary>
    /// A candidate as positions into the run's claims, with what classifying it needs; <c>Rule</c>: for a pair found only
    /// through a reading (<see cref="IClaimReading"/>), the rule that must decide it.
    /// </summary>
    internal readonly record struct PendingPair(int A, int B, double Similarity, bool SameStory, bool Explicit, string? Rule = null);

    /// <inheritdoc />
    public IEnumerable<ClaimPair> Pairs(PairSourceContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Classify(context, cancellationToken);
    }

    private IEnumerable<ClaimPair> Classify(PairSourceContext context, CancellationToken cancellationToken)
    {
        var claims = context.Claims;
        var counterClaims = new CounterClaims(claims);
        var candidates = Candidates(context, counterClaims, cancellationToken);
        var rumours = context.Gate is null ? null : new ReportedRumours().Find(claims, cancellationToken);
        // How common each term is across the run's articles, counted once for every verdict the gate reviews.
        var corpus = context.Gate is null ? null
            : CorpusWords.Count(context.Documents, CorpusFeatures, context.MaxDegreeOfParallelism, cancellationToken);
        var storyArticles = StoryArticles(claims, context.Stories);
        var counter = ParallelRunner.Counter(context.Progress, AnalysisProgress.Pairs, candidates.Count);
        var results = new (ClaimPair Pair, bool Title)?[Math.Min(chunkSize, candidates.Count)];
        // Title contradictions wait for the end: they are reported only between articles with another finding.
        var titles = new List<ClaimPair>();
        var linked = new HashSet<(string, string)>();
        // Neutral pairs are dropped below unless asked for: then the classifier need not explain them.
        var classifier = context.Pairing.IncludeNeutral ? context.Classifier : NeutralVerdicts.ReportedOnly(context.Classifier);
        for (int start = 0; start < candidates.Count; start += chunkSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int first = start, count = Math.Min(chunkSize, candidates.Count - start);
            ParallelRunner.Run(count, context.MaxDegreeOfParallelism, i =>
            {
                results[i] = ClassifyOne(context, classifier, counterClaims, rumours, corpus, storyArticles, candidates[first + i]);
                counter();
            }, cancellationToken);
            for (int i = 0; i < count; i++)
            {
                var (pair, title) = results[i]!.Value;
                results[i] = null;
                if (title) { titles.Add(pair); continue; }
                if (pair.Relation != StanceLabel.Neutral) linked.Add(ArticlePair(pair));
                if (context.Pairing.IncludeNeutral || pair.Relation != StanceLabel.Neutral)
                    yield return pair;
            }
        }
        foreach (var pair in titles)
        {
            if (linked.Contains(ArticlePair(pair))) yield return pair;
            else if (context.Pairing.IncludeNeutral)
                yield return pair with
                {
                    Relation = StanceLabel.Neutral,
                    Reasons = [.. pair.Reasons, "not the same event: a title changes over time, and the two articles share no other finding about one event"],
                };
        }
    }

    // The two articles of a pair, in id order.
    private static (string, string) ArticlePair(ClaimPair pair)
    {
        string a = ArticleOf(pair.A), b = ArticleOf(pair.B);
        return string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
    }

    private static string ArticleOf(string claimId)
    {
        int hash = claimId.LastIndexOf('#');
        return hash < 0 ? claimId : claimId[..hash];
    }

    // The pair, and whether it is a contradiction decided by how a named person is described (a title): a title
    // changes over time ("President Trump" in 2025, "former President Trump" in 2022 are both right), so such a
    // contradiction is reported only between articles with another finding about one event.
    private static (ClaimPair Pair, bool Title) ClassifyOne(PairSourceContext context, IStanceClassifier stance, CounterClaims counterClaims,
        IReadOnlyDictionary<string, string>? rumours, CorpusWords? corpus, int[] storyArticles, PendingPair candidate)
    {
        var (a, b) = (candidate.A, candidate.B);
        // A counter-claim against the claim it opposes contradicts it by construction: no gate.
        if (candidate.Explicit) return (counterClaims.Classify(stance, a, b, 1.0), false);
        // The gate reviews what the claims' contents say to each other, before a counter-claim inverts it.
        var pairContext = new PairContext(candidate.SameStory, candidate.Similarity, rumours, corpus,
            candidate.SameStory ? storyArticles[a] : 0);
        // A pair the gate turns neutral whatever its verdict is not classified when neutral pairs are not reported (the
        // gate and a counter-claim's inversion both keep a neutral verdict neutral).
        if (!context.Pairing.IncludeNeutral && context.Gate is SameEventGate sameEvent
            && sameEvent.RejectsAnyVerdict(counterClaims.Proxies[a], counterClaims.Proxies[b], pairContext))
            return (new ClaimPair(context.Claims[a].Id, context.Claims[b].Id, StanceLabel.Neutral, 0, [], candidate.Similarity), false);
        var classifier = new RecordingClassifier(context.Gate is not { } gate ? stance
            : new GatedStanceClassifier(stance, gate, pairContext));
        var pair = counterClaims.Classify(classifier, a, b, candidate.Similarity);
        // An agreement needs two sources: an article agrees with itself when it repeats a point, quotes what its author
        // said, or gives two figures of one event (PolNeAR dev, round 11: 58 of 98 agreements). Two voices of one article
        // may still contradict each other ("the company offers paid leave" / "employees say it offers none").
        if (pair.Relation == StanceLabel.Agrees && string.Equals(context.Claims[a].ArticleId, context.Claims[b].ArticleId, StringComparison.Ordinal))
            return (pair with { Relation = StanceLabel.Neutral, Reasons = [.. pair.Reasons, OneArticleAgreement] }, false);
        if (candidate.Rule is { } rule && pair.Relation != StanceLabel.Neutral
            && !(classifier.Last is { } decided && decided.DecidingRules.Any(r => string.Equals(r.Name, rule, StringComparison.Ordinal))))
            return (pair with
            {
                Relation = StanceLabel.Neutral,
                Reasons = [.. pair.Reasons, $"paired only because both claims give a '{rule}' reading, and that rule did not decide"],
            }, false);
        bool title = pair.Relation == StanceLabel.Contradicts && classifier.Last is { } verdict
            && verdict.Label == StanceLabel.Contradicts && verdict.DecidedBy<TitleRule>();
        return (pair, title);
    }

    // Keeps the verdict it gave (one classifier per pair, one thread).
    private sealed class RecordingClassifier(IStanceClassifier inner) : IStanceClassifier
    {
        public StanceVerdict? Last { get; private set; }

        public StanceVerdict Classify(Claim a, Claim b) => Last = inner.Classify(a, b);
    }

    // Every candidate to classify, in (A, B) order: the pairer's, capped per claim and filtered, and the explicit ones.
    private List<PendingPair> Candidates(PairSourceContext context, CounterClaims counterClaims, CancellationToken cancellationToken)
    {
        var claims = context.Claims;
        var finder = new StoryCandidateFinder(pairer, context.Pairing);
        var candidates = new List<PendingPair>();
        foreach (var batch in finder.Batches(counterClaims.Proxies, StoryNumbers(claims, context.Stories), context.Stories.Count > 0, cancellationToken))
            foreach (var c in batch)
            {
                var (a, b, similarity) = c.Pair;
                if (!counterClaims.IsExplicit(a, b) && context.Copies.Excludes(a, b) is null && filter.IsComparable(claims[a], claims[b]))
                    candidates.Add(new PendingPair(a, b, similarity, c.SameStory, false));
            }
        if (readings is { Count: > 0 })
            candidates.AddRange(ReadingPairs(context, counterClaims, candidates, readings, cancellationToken));
        foreach (var (a, b) in counterClaims.ExplicitPairs)
            if (context.Copies.CopyOf(a) < 0 && context.Copies.CopyOf(b) < 0)
                candidates.Add(new PendingPair(a, b, 1.0, true, true));
        candidates.Sort(static (x, y) => x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));
        if (finder.Dropped > 0)
            context.Warn($"pair cap reached: {finder.CappedClaims} claims had more than {context.Pairing.MaxPairsPerClaim} candidate pairs; "
                + $"{finder.Dropped} less similar candidates were not classified (PairingOptions.MaxPairsPerClaim)");
        return candidates;
    }

    // Pairs of one story's claims that a rule reads alike (IClaimReading) and the pairer did not find, comparable and not
    // explicit, with the similarity the story's index gives them (the pairer's options when it is an index pairer).
    private List<PendingPair> ReadingPairs(PairSourceContext context, CounterClaims counterClaims, List<PendingPair> found,
        IReadOnlyList<IClaimReading> claimReadings, CancellationToken cancellationToken)
    {
        var claims = context.Claims;
        var known = found.Select(p => ((long)p.A << 32) | (uint)p.B).ToHashSet();
        var added = new List<PendingPair>();
        var options = pairer is ClaimIndexPairer indexed ? indexed.Options : ClaimIndexOptions.ForArticles;
        int droppedInAll = 0;
        foreach (var story in StoryNumbers(claims, context.Stories).Select((s, i) => (s, i)).GroupBy(x => x.s).OrderBy(g => g.Key))
        {
            var indices = story.Select(x => x.i).ToList();
            if (indices.Count < 2) continue;
            var subset = indices.Select(i => counterClaims.Proxies[i]).ToList();
            var pairs = ReadingCandidates.Find(subset, claimReadings, out int dropped, cancellationToken)
                .Select(p => (A: indices[p.A], B: indices[p.B], p.Rule))
                .Where(p => !known.Contains(((long)p.A << 32) | (uint)p.B) && !counterClaims.IsExplicit(p.A, p.B)
                    && context.Copies.Excludes(p.A, p.B) is null && filter.IsComparable(claims[p.A], claims[p.B]))
                .ToList();
            droppedInAll += dropped;
            if (pairs.Count == 0) continue;
            using var index = ClaimIndex.Build(subset, options, cancellationToken);
            foreach (var (a, b, rule) in pairs)
                added.Add(new PendingPair(a, b, index.Similarity(counterClaims.Proxies[a], counterClaims.Proxies[b]), true, false, rule));
        }
        if (droppedInAll > 0)
            context.Warn($"reading pair cap reached: {droppedInAll} pairs of claims a stance rule reads alike were not classified "
                + $"(at most {ReadingCandidates.MaxPairsPerClaim} a claim, ReadingCandidates.MaxPairsPerClaim)");
        return added;
    }

    // Per claim, how many articles its story holds (0 in a run grouped into no stories).
    private static int[] StoryArticles(IReadOnlyList<Claim> claims, IReadOnlyList<Story> stories) =>
        [.. StoryIndexes(claims, stories).Select(s => s < 0 ? 0 : stories[s].Articles.Count)];

    // Each claim's story number (by its article); all zero when there are no stories.
    private static int[] StoryNumbers(IReadOnlyList<Claim> claims, IReadOnlyList<Story> stories) =>
        [.. StoryIndexes(claims, stories).Select(s => Math.Max(s, 0))];

    // Each claim's story index (by its article), or -1 for an article in no story.
    private static IEnumerable<int> StoryIndexes(IReadOnlyList<Claim> claims, IReadOnlyList<Story> stories)
    {
        var storyOfArticle = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int s = 0; s < stories.Count; s++)
            foreach (var article in stories[s].Articles) storyOfArticle[article] = s;
        return claims.Select(c => storyOfArticle.GetValueOrDefault(c.ArticleId, -1));
    }

    // The stance classifier with every verdict reviewed by the gate for one pair's context.
    private sealed class GatedStanceClassifier(IStanceClassifier inner, IVerdictGate gate, PairContext context) : IStanceClassifier
    {
        public StanceVerdict Classify(Claim a, Claim b) => gate.Review(a, b, inner.Classify(a, b), context);
    }
}
