using System.Globalization;
using Claims.Attribution;
using Claims.Attribution.Learned;
using Claims.Learning;
using Microsoft.ML;
using static Claims.Training.Attribution.AttributionTrainingSteps;

namespace Claims.Training.Attribution;

/// <summary>
/// Trains the learned attribution model (<see cref="LearnedAttributionModel"/>, read by
/// <see cref="LearnedAttributionFinder"/>): the shipped <c>attribution-model.zip</c> is made by this trainer from
/// PolNeAR train (the evaluation tool's <c>polnear-train</c> command). Deterministic for fixed options.
/// </summary>
public static class LearnedAttributionTrainer
{
    /// <summary>
    /// Trains on documents that went through the rule-based stages (their attributions are the rules' own), each with
    /// its annotated attributions, reading cues with the shipped cue lexicon. The tagger is trained on all of them; the
    /// ranker on candidates whose tagger outputs and cue rates come from models that did not see their document (k
    /// folds); the threshold is the one that maximizes F1 of precision and speech recall when the ranker itself is
    /// cross-fitted (two halves of the documents).
    /// </summary>
    /// <param name="documents">The annotated documents.</param>
    /// <param name="options">Training settings (null: the defaults, the shipped model's).</param>
    /// <param name="log">Receives progress lines, or null.</param>
    public static LearnedAttributionModel Train(IReadOnlyList<AnnotatedDocument> documents, LearnedAttributionOptions? options = null, Action<string>? log = null)
        => Train(documents, options, log, extras: null);

    /// <summary>
    /// Trains as <see cref="Train(IReadOnlyList{AnnotatedDocument}, LearnedAttributionOptions?, Action{string}?)"/>; with
    /// <paramref name="extras"/> (one source per document), the tagger also reads those features (the accurate mode's
    /// token states), and the model must be given the same kind of features when it tags.
    /// </summary>
    /// <remarks>
    /// With <paramref name="rankerExtras"/> (document index, candidate: the candidate with <paramref name="rankerExtraCount"/>
    /// more features after its own), the ranker reads those too, and the model's candidates must be given them when it ranks;
    /// with <paramref name="stateCues"/> (per document, each token's probability of a cue by its token state), the
    /// candidates include those its likely cues anchor.
    /// </remarks>
    internal static LearnedAttributionModel Train(IReadOnlyList<AnnotatedDocument> documents, LearnedAttributionOptions? options, Action<string>? log,
        IReadOnlyList<ITokenFeatureSource>? extras, Func<int, AttributionCandidate, AttributionCandidate>? rankerExtras = null, int rankerExtraCount = 0,
        IReadOnlyList<float[]>? stateCues = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        options ??= new LearnedAttributionOptions();
        var lexicon = CueLexicon.Shipped;
        var (features, gold) = Tag(documents, options, lexicon, extras);
        var tagger = AttributionTaggerTrainer.Train([.. features.Select((f, i) => (f, gold[i]))], options.Epochs, options.Seed, options.TaggerSeeds, options.Bits, options.UseRuleTags, log);
        var rates = CountRates(documents, Enumerable.Range(0, documents.Count));
        var candidates = OutOfFoldCandidates(documents, features, gold, options, lexicon, log, stateCues);
        if (log is not null) LogReach(documents, candidates, log);
        int rankerFeatures = AttributionCandidates.FeatureCount + (rankerExtras is null ? 0 : rankerExtraCount);
        if (rankerExtras is not null)
            for (int d = 0; d < candidates.Length; d++) candidates[d] = candidates[d].ConvertAll(c => rankerExtras(d, c));

        var ml = new MLContext(seed: options.Seed);
        ITransformer Fit(IEnumerable<int> docs) =>
            Ranker(ml, options).Fit(ml.Data.LoadFromEnumerable(
                docs.SelectMany(d => candidates[d].Where(c => !LearnedAttributionModel.IsFixed(c))
                    .Select(c => new RankerRow { Features = c.Features, Label = Positive(documents[d], c) })).ToList(),
                RankerRow.Schema(true, rankerFeatures)));

        // The threshold, from ranker probabilities on documents the ranker did not see (two halves, crossed).
        // The selection is the one the model makes: candidates kept as found first, then the scored ones.
        var split = new (List<AttributionCandidate> Fixed, List<(AttributionCandidate Candidate, double P, int Index)> Scored)[documents.Count];
        for (int half = 0; half < 2; half++)
        {
            var forest = CompiledForest.TryCompile(Fit(Enumerable.Range(0, documents.Count).Where(d => d % 2 != half)), rankerFeatures)!;
            for (int d = half; d < documents.Count; d += 2)
                split[d] = LearnedAttributionModel.Split(candidates[d], c => forest.Probability(c.Features));
        }
        var thresholds = ChooseThreshold(documents, (d, t) => LearnedAttributionModel.Keep([.. split[d].Scored], t, split[d].Fixed, default, documents[d].Document), log);
        var ranker = Fit(Enumerable.Range(0, documents.Count));
        int examples = candidates.Sum(c => c.Count(x => !LearnedAttributionModel.IsFixed(x)));
        string description = string.Create(CultureInfo.InvariantCulture,
            $"tagger: {tagger.Description}{(extras is null ? "" : ", with token-state features")}; ranker: binary FastTree{(rankerExtras is null ? "" : $" over {rankerFeatures} features (the candidates' own and their token-state features)")} {options.Trees} trees x {options.Leaves} leaves, rate 0.1, min leaf 20, seed {options.Seed}, on {examples} out-of-fold candidates ({options.Folds} folds); threshold {thresholds.Speech:F2}");
        foreach (var f in features) f.Dispose();
        return new LearnedAttributionModel(tagger, rates, ml, ranker, thresholds, description, rankerFeatures);
    }

    /// <summary>How many annotated attributions any candidate reaches (Jaccard 0.5): the ceiling of the selection.</summary>
    private static void LogReach(IReadOnlyList<AnnotatedDocument> documents, List<AttributionCandidate>[] candidates, Action<string> log)
    {
        int speechGold = 0, speechReached = 0, otherGold = 0, otherReached = 0;
        for (int d = 0; d < documents.Count; d++)
            foreach (var g in documents[d].Gold)
            {
                bool reached = candidates[d].Exists(c => c.Attribution.Content.Jaccard(g.Content) >= SpanMatching.MinJaccard);
                if (g.IsSpeech) { speechGold++; if (reached) speechReached++; }
                else { otherGold++; if (reached) otherReached++; }
            }
        log(string.Create(CultureInfo.InvariantCulture,
            $"candidates reach {speechReached}/{speechGold} speech and {otherReached}/{otherGold} other annotated attributions (out of fold)"));
    }
}
