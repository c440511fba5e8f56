using Claims.Attribution;
using Claims.Matching;
using Claims.Segmentation;
using Claims.Stance;
using Claims.Stance.Leads;
using Claims.Stories;

namespace Claims.Pipeline;

/// <summary>The library's default parts, in one place so the builder and the docs agree.</summary>
internal static class DefaultComponents
{
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

    public static ISpeakerLinker SpeakerLinker() => new SpeakerLinker();

    public static IStoryGrouper StoryGrouper() => new StoryGrouper();

    public static IVerdictGate Gate() => new SameEventGate();

    public static IClaimPairer Pairer() => new IndexedClaimPairer(ClaimIndexOptions.ForArticles);

    public static IClaimPairFilter PairFilter() => new DifferentVoicesFilter();

    // Deferred: loading the model costs time that extraction-only callers (claims extract) should not pay.
    public static IStanceClassifier StanceClassifier() => new DeferredStanceClassifier(() => new StanceClassifier());

    // The shipped model is loaded on first use, like the stance classifier's.
    public static ILeadStanceFinder LeadStance() => new LeadStanceFinder(() => StanceModel.Default);
}
