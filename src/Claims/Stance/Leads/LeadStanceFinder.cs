using System.Collections.Concurrent;
using System.Globalization;
using Claims.Stories;

namespace Claims.Stance.Leads;

/// <summary>
/// A contradiction or agreement found by reading another article as a whole against a lead claim: the pair joins the
/// lead claim and the other article's <see cref="Evidence"/> claim.
/// </summary>
/// <param name="Lead">The lead (headline) claim.</param>
/// <param name="Evidence">The claim of the other article that carries the evidence.</param>
/// <param name="Relation">Contradicts or agrees.</param>
/// <param name="Stance">The model's reading of the other article against the lead claim.</param>
/// <param name="Similarity">The evidence claim's similarity to the lead claim.</param>
/// <param name="Reasons">The article-level reading, the evidence claim and the same-event evidence, in words.</param>
public sealed record LeadStancePair(Claim Lead, Claim Evidence, StanceLabel Relation, ArticleStance Stance, double Similarity, IReadOnlyList<string> Reasons)
{
    /// <summary>The probability that decided <see cref="Relation"/>.</summary>
    public double Score => Relation == StanceLabel.Contradicts ? Stance.Disagree : Stance.Agree;

    /// <summary>
    /// True when the contradiction lies in the lead's own denial of the report (<see cref="DenyingLead"/>: "Fake-News:
    /// 'McDonald's Will Stop Serving Overweight Customers'"), which the lead claim, the report alone, may leave out: a
    /// claim-level agreement between the evidence and the lead claim agrees with the report, not with the lead.
    /// </summary>
    public bool LeadDenies { get; init; }

    /// <summary>
    /// True when the article as a whole disputes the lead claim: the model's confident reading
    /// (<see cref="LeadStanceOptions.MinDisagree"/>) or a body that opens by denying the report (<see cref="OpeningDenial"/>).
    /// A claim-level agreement the stance model alone read from one claim of that article yields to it
    /// (<see cref="LeadStanceMerger"/>): such a claim retells the report the article disputes ("its recent piece, 'KFC
    /// Gets Occupational Business License ...'", "A rumor that Robert Plant ripped up an $800 million contract").
    /// </summary>
    public bool BodyDisputes { get; init; }
}

/// <summary>Every lead claim read against one other article, decided or not (for tuning and inspection).</summary>
/// <param name="Lead">The lead claim.</param>
/// <param name="Article">The id of the article read against it.</param>
/// <param name="Story">The story both are in (null when the analysis has no stories).</param>
/// <param name="Stance">The model's probabilities.</param>
/// <param name="SharedTerms">Content words (stems) the lead claim shares with the article's body.</param>
/// <param name="Relation">The relation the options decide (neutral when a guard failed).</param>
public sealed record LeadStanceReading(Claim Lead, string Article, string? Story, ArticleStance Stance, int SharedTerms, StanceLabel Relation);

/// <summary>What <see cref="ILeadStanceFinder.Find"/> found.</summary>
/// <param name="Pairs">The contradictions and agreements, in story, lead and article order.</param>
/// <param name="Readings">Every reading made (decided or neutral), in the same order, when
/// <see cref="LeadStanceOptions.KeepReadings"/> is set; else empty.</param>
/// <param name="Warnings">Caps reached, in words.</param>
public sealed record LeadStanceResult(IReadOnlyList<LeadStancePair> Pairs, IReadOnlyList<LeadStanceReading> Readings, IReadOnlyList<string> Warnings);

/// <summary>
/// Reads each article's lead claims against the other articles of the same story as a whole. A corpus stage after
/// claim pairing; implementations must be thread-safe.
/// </summary>
public interface ILeadStanceFinder
{
    /// <summary>The article-level verdicts on the lead claims of <paramref name="documents"/> (filled by the per-article stages).</summary>
    /// <param name="documents">The analyzed documents.</param>
    /// <param name="stories">Their stories; empty: all documents are one story.</param>
    /// <param name="maxParallelism">Most threads to use.</param>
    /// <param name="cancellationToken">Stops between readings.</param>
    LeadStanceResult Find(IReadOnlyList<Document> documents, IReadOnlyList<Story> stories, int maxParallelism, CancellationToken cancellationToken);
}

/// <summary>
/// The article-level stance of lead claims: within one story, each article's lead claim (its headline; a one-line
/// article is all lead, see <see cref="LeadStanceOptions.MaxLeadSentences"/>) is read against every other article's
/// body as a whole by the stance model, the task the shipped FNC-1 models were trained on (headline against body). A
/// confident "disagree" or "agree" (<see cref="LeadStanceOptions"/>) becomes a pair between the lead claim and the other
/// article's evidence claim, with the model's probabilities, the evidence and the same-event evidence as reasons. This
/// finds what claim-against-claim pairing cannot see: an article that as a whole disputes a headline.
/// Cost per story: lead claims x articles (capped by <see cref="LeadStanceOptions.MaxArticlesPerLead"/>), each body
/// profiled once. Thread-safe; the model is created on first use.
/// </summary>
public sealed class LeadStanceFinder : ILeadStanceFinder
{
    private readonly Lazy<ArticleStanceModel> _model;
    private readonly Func<IStanceModel> _create;

    /// <summary>Reads with <paramref name="model"/> (the FNC-1 labels agree, disagree, discuss, unrelated).</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public LeadStanceFinder(IStanceModel model, LeadStanceOptions? options = null)
        : this(() => model ?? throw new ArgumentNullException(nameof(model)), options)
    {
        ArgumentNullException.ThrowIfNull(model);
    }

    /// <summary>Reads with the model <paramref name="model"/> creates on first use (loading a model costs time that
    /// extraction-only callers should not pay).</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public LeadStanceFinder(Func<IStanceModel> model, LeadStanceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        Options = options ?? LeadStanceOptions.Default;
        Options.Validate();
        _create = model;
        _model = new Lazy<ArticleStanceModel>(() => new ArticleStanceModel(model()), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The thresholds in use.</summary>
    public LeadStanceOptions Options { get; }

    /// <summary>This finder with other options (the same model).</summary>
    public LeadStanceFinder WithOptions(LeadStanceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new LeadStanceFinder(_create, options);
    }

    /// <inheritdoc />
    public LeadStanceResult Find(IReadOnlyList<Document> documents, IReadOnlyList<Story> stories, int maxParallelism, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxParallelism, 1);
        var work = new LeadStanceWork(documents, stories, Options, cancellationToken);
        if (work.Batches.Count == 0) return new LeadStanceResult([], [], work.Warnings);
        var model = _model.Value;
        var pairs = new List<LeadStancePair>();
        var readings = new List<LeadStanceReading>();
        // Story by story: a story's profiles (bodies with their sentence vectors) are dropped before the next, so
        // memory is bounded by the largest story, not by the corpus. The sentences of a group of stories are encoded
        // together first (one large call is faster than a call per body; the vectors are the same).
        for (int at = 0; at < work.Batches.Count;)
        {
            var (featurizer, end) = Prefetch(model.Model.Featurizer, work.Batches, at, maxParallelism, cancellationToken);
            for (; at < end; at++)
            {
                var (found, read) = ReadStory(work.Batches[at], model, featurizer, maxParallelism, cancellationToken);
                pairs.AddRange(found);
                if (Options.KeepReadings) readings.AddRange(read);
            }
        }
        return new LeadStanceResult(pairs, readings, work.Warnings);
    }

    /// <summary>Texts encoded together before their stories are read (a group of stories holds at least this many, or one story).</summary>
    internal const int PrefetchTexts = 1024;

    // The stories from `at` whose lead and body sentences number PrefetchTexts or more (or up to the last), and a
    // featurizer that knows their vectors; without an encoder, one story and the featurizer itself.
    private static (PairFeaturizer Featurizer, int End) Prefetch(PairFeaturizer featurizer, List<List<LeadStanceWork.Item>> batches, int at,
        int maxParallelism, CancellationToken cancellationToken)
    {
        if (featurizer.Encoder is not { } encoder) return (featurizer, at + 1);
        // The lead texts and bodies to profile (each once), then their sentences, segmented in parallel.
        var sources = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int end = at, pieces = 0;
        for (; end < batches.Count && (end == at || pieces < PrefetchTexts); end++)
            foreach (var item in batches[end])
            {
                if (seen.Add("lead\n" + item.Lead.Text)) { sources.Add(item.Lead.Text); pieces++; }
                if (seen.Add("body\n" + item.Target.Article.Id)) { sources.Add(LeadClaims.Body(item.Target)); pieces += item.Target.Sentences.Count; }
            }
        var sentences = new IReadOnlyList<string>[sources.Count];
        RunParallel(sources.Count, maxParallelism, cancellationToken, i => sentences[i] = PairFeaturizer.EncodedTexts(sources[i]));
        var texts = sentences.SelectMany(t => t);
        return (featurizer.WithEncoder(Embeddings.KnownVectors.Of(encoder, texts, maxParallelism, cancellationToken)), end);
    }

    private (IEnumerable<LeadStancePair> Pairs, LeadStanceReading[] Readings) ReadStory(List<LeadStanceWork.Item> items, ArticleStanceModel model,
        PairFeaturizer featurizer, int maxParallelism, CancellationToken cancellationToken)
    {
        var profiles = new ProfileCache(featurizer);
        var readings = new LeadStanceReading[items.Count];
        var pairs = new LeadStancePair?[items.Count];
        RunParallel(items.Count, maxParallelism, cancellationToken, i =>
        {
            var item = items[i];
            var lead = profiles.Model(item.Lead.Text);
            var body = profiles.Body(item.Target);
            var stance = model.Read(lead, body.Profile);
            var shared = SharedTerms(lead, body);
            bool sameEvent = shared.Count >= Options.MinSharedTerms;
            var relation = sameEvent ? stance.Decide(Options) : StanceLabel.Neutral;
            // A lead that calls the report false, read as "agree" by a body that nowhere does: the body disputes it
            // (DenyingLead); the reading's agreement is not taken either way.
            if (sameEvent && stance.LeansAgree(Options.MinAgreeWithDenyingLead, Options)
                && DenyingLead.Read(profiles.Lexical(item.LeadSentence), lead, item.Lead, body.Profile, item.Target.Claims, c => profiles.Lexical(c.Text), Options.MinSharedTerms)
                    is var (denial, evidence))
            {
                relation = StanceLabel.Neutral;
                if (evidence is { } assertion)
                    pairs[i] = Pair(item, lead, body, stance, StanceLabel.Contradicts, shared, profiles, modelDisagree: null, assertion,
                        $"; read the other way round: the lead claim denies the report ('{denial}'); {item.Target.Article.Id} tells it without denying or doubting it anywhere")
                        is { } denied ? denied with { LeadDenies = true } : null;
            }
            else
            {
                if (relation != StanceLabel.Neutral)
                    pairs[i] = (Pair(item, lead, body, stance, relation, shared, profiles, ModelDisagree(model, lead, item.Lead, profiles)) is { } decided
                            ? decided with { BodyDisputes = relation == StanceLabel.Contradicts } : null)
                        ?? (relation == StanceLabel.Contradicts ? DeniedByLead(item, lead, body, stance, shared, profiles) : null);
                // A weaker reading of "disagree" is a contradiction when a claim of the article opposes the lead in words.
                else if (shared.Count >= Options.MinSharedTerms && stance.LeansDisagree(Options))
                    pairs[i] = Pair(item, lead, body, stance, StanceLabel.Contradicts, shared, profiles, modelDisagree: null)
                        ?? DeniedByLead(item, lead, body, stance, shared, profiles);
                // A lead that denies, and a claim of the article that denies the same, when no verdict was reached: the
                // article supports the lead, though the model reads a reported denial as "discuss" (SharedDenial).
                if (pairs[i] is null && sameEvent) pairs[i] = SharedDenialPair(item, lead, body, stance, shared, profiles);
                // A lead that asserts, and a body that opens by denying it, when no verdict was reached: the model reads
                // a body that goes on to retell the report as "discuss" (OpeningDenial).
                if (pairs[i] is null && sameEvent) pairs[i] = OpeningDenialPair(item, lead, body, stance, shared, profiles);
                // A lead that asserts, and a body that calls the report as a whole false anywhere ("it didn't happen"),
                // when no verdict was reached: the denial points back at the report and shares no word with the lead
                // (ReportDenial).
                if (pairs[i] is null && sameEvent) pairs[i] = ReportDenialPair(item, lead, body, stance, shared, profiles);
            }
            if (pairs[i] is { } found) relation = found.Relation;
            readings[i] = new LeadStanceReading(item.Lead, item.Target.Article.Id, item.Story, stance, shared.Count, relation);
        });
        return (pairs.Where(p => p is not null).Select(p => p!), readings);
    }

    // A contradiction read by the model whose disagreement lies on the lead's side: the lead denies the report ("Expert
    // casts doubt on ... spider story", "No, a spider didn't crawl through a man's body") and the body tells it, denying
    // nothing anywhere, so no claim of the body opposes the lead; the evidence is the body's closest plain assertion
    // of what the lead denies (DenyingLead), else none.
    private LeadStancePair? DeniedByLead(LeadStanceWork.Item item, TextProfile lead, ProfileCache.BodyProfile body, ArticleStance stance,
        List<string> shared, ProfileCache profiles)
    {
        if (DenyingLead.Read(profiles.Lexical(item.LeadSentence), lead, item.Lead, body.Profile, item.Target.Claims, c => profiles.Lexical(c.Text), Options.MinSharedTerms,
                withdrawals: true) is not (var denial, { } assertion)) return null;
        return Pair(item, lead, body, stance, StanceLabel.Contradicts, shared, profiles, modelDisagree: null, assertion,
            $"; the lead claim denies the report ('{denial}'); {item.Target.Article.Id} tells it without denying or doubting it anywhere")
            is { } denied ? denied with { LeadDenies = true } : null;
    }

    // An agreement with a lead that denies, carried by a claim of the article that denies the same (SharedDenial).
    private LeadStancePair? SharedDenialPair(LeadStanceWork.Item item, TextProfile lead, ProfileCache.BodyProfile body, ArticleStance stance,
        List<string> shared, ProfileCache profiles)
    {
        if (stance.Unrelated > Options.MaxUnrelated || stance.Agree < Options.MinAgreeWithSharedDenial) return null;
        if (SharedDenial.Read(profiles.Lexical(item.LeadSentence), lead, item.Lead, item.Target.Claims, c => profiles.Lexical(c.Text), Options.MinSharedTerms)
            is not { } evidence) return null;
        return Pair(item, lead, body, stance, StanceLabel.Agrees, shared, profiles, modelDisagree: null, evidence);
    }

    // A contradiction with a lead that asserts, carried by a claim of the article's opening that denies it (OpeningDenial).
    private LeadStancePair? OpeningDenialPair(LeadStanceWork.Item item, TextProfile lead, ProfileCache.BodyProfile body, ArticleStance stance,
        List<string> shared, ProfileCache profiles)
    {
        // An article the model reads as supporting the lead (agree at MinAgree or more) is not read as denying it.
        if (stance.Unrelated > Options.MaxUnrelated || stance.Disagree < Options.MinDisagreeWithOpeningDenial || stance.Agree >= Options.MinAgree) return null;
        if (OpeningDenial.Read(profiles.Lexical(item.LeadSentence), lead, item.Lead, LeadClaims.Opening(item.Target, Options.OpeningSentences),
                c => profiles.Lexical(c.Text), Options.MinSharedTerms, c => profiles.Lexical(LeadClaims.SentenceOf(item.Target, c))) is not { } evidence) return null;
        return Pair(item, lead, body, stance, StanceLabel.Contradicts, shared, profiles, modelDisagree: null, evidence,
            $"; {item.Target.Article.Id} opens by denying the report") is { } denied ? denied with { BodyDisputes = true } : null;
    }

    // A contradiction with a lead that asserts, carried by the first claim of the article whose sentence calls the
    // report as a whole false (ReportDenial).
    private LeadStancePair? ReportDenialPair(LeadStanceWork.Item item, TextProfile lead, ProfileCache.BodyProfile body, ArticleStance stance,
        List<string> shared, ProfileCache profiles)
    {
        if (stance.Unrelated > Options.MaxUnrelated || stance.Disagree < Options.MinDisagreeWithReportDenial || stance.Agree >= Options.MinAgree) return null;
        // The lead's whole sentence asserts: "Pope Francis did NOT say [our pets are going to heaven]" denies its claim.
        var leadSentence = profiles.Lexical(item.LeadSentence);
        if (!OpeningDenial.Asserts(leadSentence, lead, item.Lead) || leadSentence.Whole.Negations > 0) return null;
        foreach (var claim in item.Target.Claims)
        {
            if (claim.Opposes is not null || ReportDenialIn(item, claim, lead, profiles) is not { } words) continue;
            double similarity = Evidence.SimilarityOf(item.Lead, claim, PairFeaturizer.Cosine(lead.Whole, profiles.Lexical(claim.Text).Whole));
            var evidence = new Evidence(claim, similarity, true, $"calls the report as a whole false ('{words}')");
            return Pair(item, lead, body, stance, StanceLabel.Contradicts, shared, profiles, modelDisagree: null, evidence,
                $"; {item.Target.Article.Id} calls the report as a whole false") is { } denied ? denied with { BodyDisputes = true } : null;
        }
        return null;
    }

    // The words with which the sentence of a claim calls the lead's report false (ReportDenial): a denial that points
    // back at a report the article told before it, one said of what the sentence tells, or a label that names what it
    // calls false in a sentence that tells the lead's event; else null.
    private static string? ReportDenialIn(LeadStanceWork.Item item, Claim claim, TextProfile lead, ProfileCache profiles)
    {
        var sentence = profiles.Lexical(LeadClaims.SentenceOf(item.Target, claim));
        if (ReportDenial.In(sentence) is var (words, pointsBack))
            return !pointsBack || ReportDenial.TellsLeadEvent(lead.Whole, profiles.Lexical(ReportDenial.Context(item.Target, claim)).Whole) ? words : null;
        return ReportDenial.Labelled(sentence) is { } labelled && ReportDenial.TellsLeadEvent(lead.Whole, sentence.Whole) ? labelled : null;
    }

    // The model's "disagree" for a claim read alone against the lead, above what it gives the lead read against itself:
    // a headline's own words ("fake", "reportedly") can make the model read "disagree" against any text; only what a
    // claim adds beyond that is evidence.
    private static Func<Claim, double> ModelDisagree(ArticleStanceModel model, TextProfile lead, Claim leadClaim, ProfileCache profiles)
    {
        var itself = new Lazy<double>(() => model.Read(lead, profiles.Model(leadClaim.Text)).Disagree);
        return c => model.Read(lead, profiles.Model(c.Text)).Disagree - itself.Value;
    }

    // Surfaces the first failure as itself rather than as an AggregateException.
    private static void RunParallel(int count, int maxParallelism, CancellationToken cancellationToken, Action<int> body)
    {
        try
        {
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = maxParallelism, CancellationToken = cancellationToken }, body);
        }
        catch (AggregateException e)
        {
            var first = e.Flatten().InnerExceptions.FirstOrDefault(x => x is not OperationCanceledException) ?? e.InnerExceptions[0];
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(first).Throw();
        }
    }

    private LeadStancePair? Pair(LeadStanceWork.Item item, TextProfile lead, ProfileCache.BodyProfile body, ArticleStance stance,
        StanceLabel relation, List<string> shared, ProfileCache profiles, Func<Claim, double>? modelDisagree, Evidence? given = null, string? reading = null)
    {
        if ((given ?? EvidenceClaims.Pick(item.Lead, lead, item.Target.Claims, c => profiles.Lexical(c.Text), relation, modelDisagree, Options)) is not { } evidence)
            return null;
        string target = item.Target.Article.Id, verb = relation == StanceLabel.Contradicts ? "disputes" : "supports";
        var names = lead.Whole.Names.Where(body.Names.Contains).Order(StringComparer.Ordinal).ToList();
        var inv = CultureInfo.InvariantCulture;
        string[] reasons =
        [
            $"article-level stance: {target} as a whole {verb} the lead claim {item.Lead.Id} '{item.Lead.Text}' (model: {stance})"
                + (reading ?? ""),
            string.Create(inv, $"evidence in {target}: {evidence.Claim.Id} '{evidence.Claim.Text}', ")
                + (evidence.Denial ? $"the claim most similar to the lead claim that opposes it: it {evidence.Opposition}"
                    : evidence.Opposition is { } denial ? $"the claim most similar to the lead claim that shares its denial: it {denial}" : "the claim most similar to the lead claim")
                + string.Create(inv, $" (similarity {evidence.Similarity:0.00})"),
            $"same event: {(item.Story is null ? "one corpus" : "same story " + item.Story)}"
                + (names.Count > 0 ? $", shared names {string.Join(", ", names)}" : "")
                + $", shared content {string.Join(", ", shared.Take(8))}" + (shared.Count > 8 ? $" and {shared.Count - 8} more" : ""),
        ];
        return new LeadStancePair(item.Lead, evidence.Claim, relation, stance, evidence.Similarity, reasons);
    }

    // The lead's content stems found in the body, in the lead's word order.
    private static List<string> SharedTerms(TextProfile lead, ProfileCache.BodyProfile body)
    {
        var shared = new List<string>();
        foreach (var stem in lead.Whole.Stems)
            if (stem is not null && body.Stems.Contains(stem) && !shared.Contains(stem)) shared.Add(stem);
        return shared;
    }

    /// <summary>Profiles computed once per analysis: lead texts and bodies with the model's featurizer (vectors
    /// included when it has an encoder), evidence claims lexically.</summary>
    private sealed class ProfileCache(PairFeaturizer featurizer)
    {
        private readonly PairFeaturizer _lexical = featurizer.Encoder is null ? featurizer : featurizer.WithEncoder(null);
        private readonly ConcurrentDictionary<string, Lazy<TextProfile>> _model = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, Lazy<TextProfile>> _lexicalProfiles = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, Lazy<BodyProfile>> _bodies = new(StringComparer.Ordinal);

        public sealed record BodyProfile(TextProfile Profile, HashSet<string> Stems, HashSet<string> Names);

        public TextProfile Model(string text) => _model.GetOrAdd(text, t => new Lazy<TextProfile>(() => featurizer.Profile(t))).Value;

        public TextProfile Lexical(string text) => _lexical == featurizer ? Model(text)
            : _lexicalProfiles.GetOrAdd(text, t => new Lazy<TextProfile>(() => _lexical.Profile(t))).Value;

        public BodyProfile Body(Document document) => _bodies.GetOrAdd(document.Article.Id, _ => new Lazy<BodyProfile>(() =>
        {
            var profile = featurizer.Profile(LeadClaims.Body(document));
            var stems = profile.Whole.Stems.Where(s => s is not null).Select(s => s!).ToHashSet(StringComparer.Ordinal);
            return new BodyProfile(profile, stems, profile.Whole.Names);
        })).Value;
    }
}
