using Claims.Attribution;

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
    public sealed record Reach(int Document, int Gold, double BestJaccard, bool ByRules, bool CueInCandidate)
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
                double best = candidates[d].Count == 0 ? 0 : candidates[d].Max(c => c.Attribution.Content.Jaccard(content));
                bool byRules = documents[d].Document.Attributions.Any(r => r.Content.Jaccard(content) >= SpanMatching.MinJaccard);
                var cue = documents[d].Gold[g].Cue;
                bool nested = cue.Count > 0 && candidates[d].Exists(c => c.Attribution.Content.Contains(cue[0]));
                result.Add(new Reach(d, g, best, byRules, nested));
            }
        return result;
    }
}
