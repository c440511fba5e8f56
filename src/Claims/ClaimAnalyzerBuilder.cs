using Claims.Attribution;
using Claims.Matching;
using Claims.Pipeline;
using Claims.Segmentation;
using Claims.Stance;
using Claims.Stance.Leads;
using Claims.Stories;

namespace Claims;

/// <summary>
/// Composes a <see cref="ClaimAnalyzer"/> from small parts, the way Markdig composes its parser: start from
/// <see cref="UseDefaults"/>, then add, insert, replace or remove stages, or swap the pairer, the speaker linker or
/// the stance classifier, without forking the library.
/// </summary>
/// <example>
/// <code>
/// var analyzer = new ClaimAnalyzerBuilder()
///     .UseDefaults()
///     .InsertAfter&lt;PageLayoutAnalyzer&gt;(new MyBoilerplateStripper())
///     .Build();
/// </code>
/// </example>
public sealed partial class ClaimAnalyzerBuilder
{
    /// <summary>The per-article stages in the order they run; edit freely before <see cref="Build"/>.</summary>
    public List<IDocumentStage> Stages { get; } = [];

    /// <summary>Cross-article speaker linking, or null to leave <see cref="Claim.SpeakerId"/> unset.</summary>
    public ISpeakerLinker? SpeakerLinker { get; set; }

    /// <summary>Groups articles into stories before claims are paired, or null for no stories (every pair is a candidate).</summary>
    public IStoryGrouper? StoryGrouper { get; set; }

    /// <summary>Finds related claims. Required.</summary>
    public IClaimPairer? Pairer { get; set; }

    /// <summary>Which candidate pairs get a verdict (default: <see cref="DifferentVoicesFilter"/>). Required.</summary>
    public IClaimPairFilter? PairFilter { get; set; } = DefaultComponents.PairFilter();

    /// <summary>Classifies the stance of related claims. Required.</summary>
    public IStanceClassifier? StanceClassifier { get; set; }

    /// <summary>How claims are paired and which pairs are kept: neutral pairs, the pair cap per claim, cross-story pairs.</summary>
    public PairingOptions Pairing { get; set; } = PairingOptions.Default;

    /// <summary>
    /// When true, pairs classified neutral are kept in <see cref="AnalysisReport.Pairs"/>; by default (false) only
    /// agreements and contradictions are kept, which keeps reports and memory small on large corpora.
    /// (Shorthand for <see cref="PairingOptions.IncludeNeutral"/> of <see cref="Pairing"/>.)
    /// </summary>
    public bool IncludeNeutral
    {
        get => Pairing.IncludeNeutral;
        set => Pairing = Pairing with { IncludeNeutral = value };
    }

    /// <summary>Reviews every verdict before it is reported (default: <see cref="SameEventGate"/>), or null for none.</summary>
    public IVerdictGate? Gate { get; set; }

    /// <summary>
    /// Pair sources run after the analyzer's own claim pairing, in this order (none by default); their pairs follow the
    /// claim pairs in <see cref="AnalysisRun.Pairs"/> and <see cref="AnalysisReport.Pairs"/>.
    /// </summary>
    public List<IPairSource> PairSources { get; } = [];

    /// <summary>
    /// Reads each article's lead (headline) claims against the other articles of their story as a whole, after claim
    /// pairing (default: <see cref="LeadStanceFinder"/> with the shipped stance model), or null for claim pairs only.
    /// </summary>
    public ILeadStanceFinder? LeadStance { get; set; }

    /// <summary>
    /// Readings of single claims that pair claims of one story a stance rule could decide although they share too few
    /// words for the pairer (default: the progress, proximity and discussed-topic rules' readings); a pair found only
    /// this way is reported only when its rule decides it. Empty for none.
    /// </summary>
    public List<IClaimReading> Readings { get; } = [];

    /// <summary>Upper bound on threads used per analysis (default: all cores).</summary>
    public int MaxDegreeOfParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>The default pipeline: page layout, sentences, quotes, attributions, speakers, claims; the claim
    /// index for pairing; rules plus the shipped model for stance.</summary>
    public ClaimAnalyzerBuilder UseDefaults()
    {
        Stages.Clear();
        Stages.AddRange(DefaultComponents.Stages());
        SpeakerLinker = DefaultComponents.SpeakerLinker();
        StoryGrouper = DefaultComponents.StoryGrouper();
        Gate = DefaultComponents.Gate();
        Pairer = DefaultComponents.Pairer();
        PairFilter = DefaultComponents.PairFilter();
        StanceClassifier = DefaultComponents.StanceClassifier();
        LeadStance = DefaultComponents.LeadStance();
        Readings.Clear();
        Readings.AddRange(DefaultComponents.Readings());
        return this;
    }

    /// <summary>Appends a stage at the end of the per-article pipeline.</summary>
    public ClaimAnalyzerBuilder AddStage(IDocumentStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        Stages.Add(stage);
        return this;
    }

    /// <summary>Inserts <paramref name="stage"/> right after the first stage of type <typeparamref name="TStage"/>.</summary>
    /// <exception cref="InvalidOperationException">No stage of that type is present.</exception>
    public ClaimAnalyzerBuilder InsertAfter<TStage>(IDocumentStage stage) where TStage : IDocumentStage
    {
        ArgumentNullException.ThrowIfNull(stage);
        Stages.Insert(IndexOf<TStage>() + 1, stage);
        return this;
    }

    /// <summary>Inserts <paramref name="stage"/> right before the first stage of type <typeparamref name="TStage"/>.</summary>
    public ClaimAnalyzerBuilder InsertBefore<TStage>(IDocumentStage stage) where TStage : IDocumentStage
    {
        ArgumentNullException.ThrowIfNull(stage);
        Stages.Insert(IndexOf<TStage>(), stage);
        return this;
    }

    /// <summary>Replaces the first stage of type <typeparamref name="TStage"/> with <paramref name="stage"/>.</summary>
    public ClaimAnalyzerBuilder Replace<TStage>(IDocumentStage stage) where TStage : IDocumentStage
    {
        ArgumentNullException.ThrowIfNull(stage);
        Stages[IndexOf<TStage>()] = stage;
        return this;
    }

    /// <summary>Removes every stage of type <typeparamref name="TStage"/>.</summary>
    public ClaimAnalyzerBuilder Remove<TStage>() where TStage : IDocumentStage
    {
        Stages.RemoveAll(s => s is TStage);
        return this;
    }

    /// <summary>Uses <paramref name="pairer"/> to find related claims.</summary>
    public ClaimAnalyzerBuilder UsePairer(IClaimPairer pairer)
    {
        Pairer = pairer ?? throw new ArgumentNullException(nameof(pairer));
        return this;
    }

    /// <summary>Uses <paramref name="grouper"/> to group articles into stories (null: no stories).</summary>
    public ClaimAnalyzerBuilder UseStoryGrouper(IStoryGrouper? grouper)
    {
        StoryGrouper = grouper;
        return this;
    }

    /// <summary>Uses <paramref name="gate"/> to review verdicts before they are reported (null: none).</summary>
    public ClaimAnalyzerBuilder UseGate(IVerdictGate? gate)
    {
        Gate = gate;
        return this;
    }

    /// <summary>Uses <paramref name="filter"/> to choose which candidate pairs get a verdict.</summary>
    public ClaimAnalyzerBuilder UsePairFilter(IClaimPairFilter filter)
    {
        PairFilter = filter ?? throw new ArgumentNullException(nameof(filter));
        return this;
    }

    /// <summary>Uses <paramref name="classifier"/> for stance.</summary>
    public ClaimAnalyzerBuilder UseStanceClassifier(IStanceClassifier classifier)
    {
        StanceClassifier = classifier ?? throw new ArgumentNullException(nameof(classifier));
        return this;
    }

    /// <summary>Appends <paramref name="source"/> to <see cref="PairSources"/>: its pairs follow the claim pairs.</summary>
    public ClaimAnalyzerBuilder AddPairSource(IPairSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        PairSources.Add(source);
        return this;
    }

    /// <summary>Uses <paramref name="finder"/> for the article-level stance of lead claims (null: none).</summary>
    public ClaimAnalyzerBuilder UseLeadStance(ILeadStanceFinder? finder)
    {
        LeadStance = finder;
        return this;
    }

    /// <summary>Uses <paramref name="linker"/> for cross-article speakers (null: none).</summary>
    public ClaimAnalyzerBuilder UseSpeakerLinker(ISpeakerLinker? linker)
    {
        SpeakerLinker = linker;
        return this;
    }

    /// <summary>Builds the analyzer; the builder can be reused afterwards without affecting it.</summary>
    /// <exception cref="InvalidOperationException">The pairer, pair filter or stance classifier is missing, or there are no stages.</exception>
    public ClaimAnalyzer Build()
    {
        if (Stages.Count == 0) throw new InvalidOperationException("the analyzer has no stages; call UseDefaults() or AddStage()");
        if (Pairer is null) throw new InvalidOperationException("no claim pairer set; call UseDefaults() or UsePairer()");
        if (PairFilter is null) throw new InvalidOperationException("no pair filter set; call UseDefaults() or UsePairFilter()");
        if (StanceClassifier is null) throw new InvalidOperationException("no stance classifier set; call UseDefaults() or UseStanceClassifier()");
        if (MaxDegreeOfParallelism < 1) throw new InvalidOperationException("MaxDegreeOfParallelism must be at least 1");
        ArgumentNullException.ThrowIfNull(Pairing, nameof(Pairing));
        Pairing.Validate();
        if (PairSources.Any(p => p is null)) throw new InvalidOperationException("a pair source is null");
        if (Readings.Any(r => r is null)) throw new InvalidOperationException("a claim reading is null");
        return new ClaimAnalyzer(Stages.ToArray(), SpeakerLinker, Pairer, PairFilter, StanceClassifier, MaxDegreeOfParallelism, PairSources.ToArray())
        {
            Pairing = Pairing,
            StoryGrouper = StoryGrouper,
            Gate = Gate,
            LeadStance = LeadStance,
            Readings = Readings.ToArray(),
        };
    }

    private int IndexOf<TStage>()
    {
        int index = Stages.FindIndex(s => s is TStage);
        return index >= 0 ? index : throw new InvalidOperationException($"no stage of type {typeof(TStage).Name} in the pipeline");
    }
}
