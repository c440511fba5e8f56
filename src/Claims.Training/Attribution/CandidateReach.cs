using Claims.Attribution;
using Claims.Attribution.Learned;

namespace Claims.Training.Attribution;

/// <summary>
/// Which annotated attributions the fast model's candidates reach, the candidates built out of fold as the trainer
/// builds them (<see cref="AttributionTrainingSteps.OutOfFoldCandidates(IReadOnlyList{AnnotatedDocument}, LearnedAttributionOptions, CueLexicon, Action{string}?)"/>):
/// the ceiling of the ranker's selection, read by the evaluation tool's <c>polnear-reach</c>.
/// </summary>
internal static class CandidateReach
{
    /// <summary>One annotated attribution and its best candidate.</summary>
    /// <param name="Document">Index of the document.</param>
    /// <param name="Gold">Index of the annotation in the document's <see cref="AnnotatedDocument.Gold"/>.</param>
    /// <param name="BestJaccard">The best character Jaccard of a candidate content with the annotated one.</param>
    /// <param name="ByRules">Whether a rule attribution reaches it (Jaccard <see cref="SpanMatching.MinJaccard"/>).</param>
    /// <param name="CueInCandidate">Whether its cue lies inside a candidate's content (a nested attribution).</param>
    /// <param name="Best">The content of the candidate with the best Jaccard (the first of equals), or null when the document has none.</param>
    /// <param name="BestOrigin">Where that candidate comes from.</param>
    public sealed record Reach(int Document, int Gold, double BestJaccard, bool ByRules, bool CueInCandidate, TextSpan? Best = null,
        CandidateOrigin BestOrigin = CandidateOrigin.None)
    {
        /// <summary>Whether a candidate reaches it (Jaccard <see cref="SpanMatching.MinJaccard"/>).</summary>
        public bool Reached => BestJaccard >= SpanMatching.MinJaccard;
    }

    /// <summary>Every annotated attribution of <paramref name="documents"/> with its best out-of-fold candidate.</summary>
    public static List<Reach> Of(IReadOnlyList<AnnotatedDocument> documents, LearnedAttributionOptions options, Action<string>? log = null)
    {
        var candidates = AttributionTrainingSteps.OutOfFoldCandidates(documents, options, CueLexicon.Shipped, log);
        var result = new List<Reach>();
        for (int d = 0; d < documents.Count; d++)
            for (int g = 0; g < documents[d].Gold.Count; g++)
            {
                var content = documents[d].Gold[g].Content;
                var bestCandidate = candidates[d].Count == 0 ? null : candidates[d].MaxBy(c => c.Attribution.Content.Jaccard(content));
                double best = bestCandidate?.Attribution.Content.Jaccard(content) ?? 0;
                bool byRules = documents[d].Document.Attributions.Any(r => r.Content.Jaccard(content) >= SpanMatching.MinJaccard);
                var cue = documents[d].Gold[g].Cue;
                bool nested = cue.Count > 0 && candidates[d].Exists(c => c.Attribution.Content.Contains(cue[0]));
                result.Add(new Reach(d, g, best, byRules, nested, bestCandidate?.Attribution.Content, OriginOf(bestCandidate)));
            }
        return result;
    }

    /// <summary>Where a candidate comes from (<see cref="CandidateOrigin.None"/> for no candidate).</summary>
    internal static CandidateOrigin OriginOf(AttributionCandidate? candidate) => candidate switch
    {
        null => CandidateOrigin.None,
        { FromRules: true } => CandidateOrigin.Rules,
        _ when AttributionCandidates.IsCueAnchored(candidate.Features) => CandidateOrigin.CueAnchored,
        _ => CandidateOrigin.Tagger,
    };
}

/// <summary>Where a candidate of the fast model comes from.</summary>
internal enum CandidateOrigin
{
    /// <summary>No candidate.</summary>
    None,

    /// <summary>The rule-based stages' attribution.</summary>
    Rules,

    /// <summary>A run of the tagger's content tags.</summary>
    Tagger,

    /// <summary>Anchored on a cue where no content was read (<see cref="LearnedSpans.CueAnchored"/>).</summary>
    CueAnchored,
}
