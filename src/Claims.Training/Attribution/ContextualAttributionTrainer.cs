using System.Globalization;
using Claims.Attribution;
using Claims.Attribution.Learned;
using Claims.Learning;
using Claims.Semantic.Attribution;
using Microsoft.ML;
using static Claims.Training.Attribution.AttributionTrainingSteps;

namespace Claims.Training.Attribution;

/// <summary>
/// Trains the accurate attribution model (<see cref="ContextualAttributionModel"/> of <c>Claims.Semantic</c>): the
/// shipped <c>attribution-context-model.zip</c> is made by it from PolNeAR train (the evaluation tool's
/// <c>polnear-train-accurate</c> command).
/// </summary>
internal static class ContextualAttributionTrainer
{
    /// <summary>
    /// Trains the ranker on documents after the rule stages with their annotations and projected token states: the
    /// candidates are tagged out of fold with the lexical model's options (so their lexical features are those of
    /// unseen documents), the threshold maximizes F1 of precision and speech recall with the ranker cross-fitted on two
    /// halves. Deterministic for fixed options.
    /// </summary>
    public static ContextualAttributionModel Train(IReadOnlyList<AnnotatedDocument> documents,
        IReadOnlyList<ProjectedTokenStates> states, LearnedAttributionModel lexical, TokenStateProjection projection,
        LearnedAttributionOptions options, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(states);
        if (states.Count != documents.Count) throw new ArgumentException("one set of token states per document", nameof(states));
        var lexicon = CueLexicon.Shipped;
        int featureCount = ContextualAttributionModel.FeatureCount(projection.OutputDimensions);
        var candidates = OutOfFoldCandidates(documents, options, lexicon, log);
        var rows = new List<(float[] Features, bool Label, bool Fixed)>[documents.Count];
        for (int d = 0; d < documents.Count; d++)
            rows[d] = [.. candidates[d].Select(c => (ContextFeatures.Extend(c, states[d]),
                Positive(documents[d], c), LearnedAttributionModel.IsFixed(c)))];

        var ml = new MLContext(seed: options.Seed);
        var schema = RankerRow.Schema(true, featureCount);
        ITransformer Fit(IEnumerable<int> docs) =>
            Ranker(ml, options).Fit(ml.Data.LoadFromEnumerable(
                docs.SelectMany(d => rows[d].Where(r => !r.Fixed).Select(r => new RankerRow { Features = r.Features, Label = r.Label })).ToList(), schema));

        var probabilities = new double[documents.Count][];
        for (int half = 0; half < 2; half++)
        {
            var forest = CompiledForest.TryCompile(Fit(Enumerable.Range(0, documents.Count).Where(d => d % 2 != half)), featureCount)!;
            for (int d = half; d < documents.Count; d += 2)
                probabilities[d] = [.. rows[d].Select(r => forest.Probability(r.Features))];
        }
        double threshold = ChooseThreshold(documents, (d, t) =>
        {
            var p = probabilities[d];
            var index = candidates[d].Select((c, i) => (c, i)).ToDictionary<(AttributionCandidate c, int i), AttributionCandidate, int>(x => x.c, x => x.i, ReferenceEqualityComparer.Instance);
            var (fixedOnes, scored) = LearnedAttributionModel.Split(candidates[d], c => p[index[c]]);
            return LearnedAttributionModel.Keep(scored, t, fixedOnes);
        }, log);
        var ranker = Fit(Enumerable.Range(0, documents.Count));
        int examples = rows.Sum(r => r.Count(x => !x.Fixed));
        string description = string.Create(CultureInfo.InvariantCulture,
            $"candidates: the lexical model's tagger; ranker: binary FastTree {options.Trees} trees x {options.Leaves} leaves, rate 0.1, min leaf 20, seed {options.Seed}, over {AttributionCandidates.FeatureCount} lexical and {ContextFeatures.Count(projection.OutputDimensions)} token-state features (MiniLM last_hidden_state, mean-pooled, random projection to {projection.OutputDimensions} dims, seed {projection.Seed}), on {examples} out-of-fold candidates ({options.Folds} folds); threshold {threshold:F2}");
        log?.Invoke(description);
        return new ContextualAttributionModel(lexical, projection, ml, ranker, threshold, description);
    }
}
