using Claims.Attribution;
using Claims.Matching;
using Claims.Segmentation;
using Claims.Stance;
using Claims.Stance.Leads;
using Claims.Stories;

namespace Claims.Pipeline;

/// <summary>
/// The library's default parts, in one place so the builder and the docs agree. The stage lists are public for tools
/// that run part of the pipeline (training the learned attribution model on documents after the rule stages, scoring
/// attributions on an annotated corpus); <see cref="ClaimAnalyzerBuilder"/> is the way to compose a whole analyzer.
/// </summary>
public static class DefaultComponents
{
    /// <summary>Every document stage of the default pipeline, in order: <see cref="RuleStages"/>, the learned
    /// attribution stage, then <see cref="ClaimStages"/>. New instances on every call.</summary>
    public static IEnumerable<IDocumentStage> Stages() => [.. RuleStages(), new LearnedAttributionFinder(), .. ClaimStages()];

    /// <summary>The stages up to the rule-based attributions: what the learned attribution model is trained on.</summary>
    public static IEnumerable<IDocumentStage> RuleStages() =>
    [
        new PageLayoutAnalyzer(),
        new SentenceSegmenter(),
        new QuoteFinder(),
        new AttributionFinder(),
        new ContentBoundaryRefiner(),
        new DialogueAttributionFinder(),
    ];

    /// <summary>The stages that turn attributions into claims.</summary>
    public static IEnumerable<IDocumentStage> ClaimStages() =>
    [
        new SpeakerResolver(),
        new ClaimBuilder(),
        new CounterClaimLinker(),
    ];

    internal static ISpeakerLinker SpeakerLinker() => new SpeakerLinker();

    internal static IStoryGrouper StoryGrouper() => new StoryGrouper();

    internal static IVerdictGate Gate() => new SameEventGate();

    internal static IClaimPairer Pairer() => new IndexedClaimPairer(ClaimIndexOptions.ForArticles);

    internal static IClaimPairFilter PairFilter() => new DifferentVoicesFilter();

    // Deferred: loading the model costs time that extraction-only callers (claims extract) should not pay.
    internal static IStanceClassifier StanceClassifier() => new DeferredStanceClassifier(() => new StanceClassifier());

    // The shipped model is loaded on first use, like the stance classifier's.
    /// <summary>The readings that pair claims a stance rule could decide though they share few words (progress, proximity, discussed topic).</summary>
    public static IEnumerable<IClaimReading> Readings() => [new RuleReadings()];

    internal static ILeadStanceFinder LeadStance() => new LeadStanceFinder(() => StanceModel.Default);
}
