using System.Globalization;
using Claims.Attribution;
using Claims.Attribution.Learned;
using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;

namespace Claims.Training.Attribution;

/// <summary>
/// The steps the lexical and the contextual attribution trainers share: out-of-fold candidates, cue rates, the ranker's
/// settings and the threshold search.
/// </summary>
internal static class AttributionTrainingSteps
{
    /// <summary>
    /// Tagger features of every document and their gold tags; with <paramref name="extras"/> (one source per document),
    /// each token's features also hold the extra ones (the accurate mode's token states).
    /// </summary>
    public static (List<TaggerFeatures> Features, List<int[]> Gold) Tag(IReadOnlyList<AnnotatedDocument> documents, LearnedAttributionOptions options, CueLexicon lexicon,
        IReadOnlyList<ITokenFeatureSource>? extras = null)
    {
        if (extras is not null && extras.Count != documents.Count) throw new ArgumentException("one extra feature source per document", nameof(extras));
        var features = documents.Select((d, i) => TaggerFeatures.Of(d.Document, lexicon, options.UseRuleTags, default, extras?[i])).ToList();
        var gold = documents.Select((d, i) => features[i].GoldTags([.. d.Gold.Select(g => (g.Content, g.Cue, g.Source))])).ToList();
        return (features, gold);
    }

    /// <summary>
    /// Out-of-fold candidates of every document: fold f is tagged by a tagger trained on the other folds, with their cue
    /// rates, so the candidates' tagger features are those of documents the tagger did not see.
    /// </summary>
    public static List<AttributionCandidate>[] OutOfFoldCandidates(IReadOnlyList<AnnotatedDocument> documents,
        IReadOnlyList<TaggerFeatures> features, IReadOnlyList<int[]> gold, LearnedAttributionOptions options, CueLexicon lexicon, Action<string>? log = null,
        IReadOnlyList<float[]>? stateCues = null)
    {
        var candidates = new List<AttributionCandidate>[documents.Count];
        for (int fold = 0; fold < options.Folds; fold++)
        {
            var others = Enumerable.Range(0, documents.Count).Where(i => i % options.Folds != fold).ToList();
            var foldTagger = AttributionTaggerTrainer.Train([.. others.Select(i => (features[i], gold[i]))], options.Epochs, options.Seed, options.TaggerSeeds, options.Bits, options.UseRuleTags);
            var foldRates = CountRates(documents, others);
            for (int i = fold; i < documents.Count; i += options.Folds)
            {
                var (tags, margins) = foldTagger.Decode(features[i], out var cueMargins);
                candidates[i] = AttributionCandidates.Build(documents[i].Document, features[i], tags, margins, cueMargins, lexicon, foldRates, default, stateCues?[i]);
            }
            log?.Invoke($"fold {fold + 1}/{options.Folds}: candidates tagged");
        }
        return candidates;
    }

    /// <summary>Out-of-fold candidates of every document (see the overload), computing the tagger features and gold tags.</summary>
    public static List<AttributionCandidate>[] OutOfFoldCandidates(IReadOnlyList<AnnotatedDocument> documents,
        LearnedAttributionOptions options, CueLexicon lexicon, Action<string>? log = null)
    {
        var (features, gold) = Tag(documents, options, lexicon);
        try { return OutOfFoldCandidates(documents, features, gold, options, lexicon, log); }
        finally { foreach (var f in features) f.Dispose(); }
    }

    /// <summary>The cue rates of documents <paramref name="which"/>: how often each word form opens an annotated cue.</summary>
    public static CueWordRates CountRates(IReadOnlyList<AnnotatedDocument> documents, IEnumerable<int> which) =>
        CueRateCounter.FromAnnotations(which.Select(i => (documents[i].Document.Text, documents[i].Document.Tokens,
            (IReadOnlyCollection<int>)documents[i].Gold.Where(g => g.Cue.Count > 0).Select(g => g.Cue[0].Start).ToList())));

    /// <summary>Whether a candidate's content matches one of the document's annotated contents.</summary>
    public static bool Positive(AnnotatedDocument document, AttributionCandidate candidate) =>
        document.Gold.Any(g => candidate.Attribution.Content.Jaccard(g.Content) >= SpanMatching.MinJaccard);

    /// <summary>The thresholds tried for each kind of cue: 0.20, 0.25, ... 0.80.</summary>
    private static readonly double[] ThresholdSteps = [.. Enumerable.Range(4, 13).Select(step => step / 20.0)];

    /// <summary>
    /// The threshold, of 0.20, 0.25, ... 0.80, that maximizes the F1 of precision and recall of speech attributions (the
    /// library's headline figure) when <paramref name="keep"/> (document index, thresholds) selects each document's
    /// attributions, one threshold for every cue. With <paramref name="log"/>, every pair of a speech and an other
    /// threshold is also scored and logged (the cross-fitted trade-off of separate thresholds, benchmarks/README.md,
    /// pnthresh15): separate thresholds lift PolNeAR's figures by less than they move the FNC-1 corpus, so the shipped
    /// models keep one.
    /// </summary>
    public static AttributionThresholds ChooseThreshold(IReadOnlyList<AnnotatedDocument> documents, Func<int, AttributionThresholds, List<AttributionSpan>> keep,
        Action<string>? log)
    {
        ThresholdChoice? best = null;
        foreach (double t in ThresholdSteps)
        {
            var choice = Score(documents, keep, AttributionThresholds.Single(t));
            log?.Invoke(choice.ToString());
            if (best is null || choice.SpeechF1 > best.SpeechF1) best = choice;
        }
        if (log is not null)
            foreach (double speech in ThresholdSteps)
                foreach (double other in ThresholdSteps)
                    if (other != speech) log(Score(documents, keep, new AttributionThresholds(speech, other)).ToString());
        return best!.Thresholds;
    }

    private static ThresholdChoice Score(IReadOnlyList<AnnotatedDocument> documents, Func<int, AttributionThresholds, List<AttributionSpan>> keep,
        AttributionThresholds thresholds)
    {
        int kept = 0, matched = 0, total = 0, speech = 0, speechMatched = 0, sourceRight = 0;
        for (int d = 0; d < documents.Count; d++)
        {
            var chosen = keep(d, thresholds);
            var goldSpans = documents[d].Gold;
            var (_, goldMatch) = SpanMatching.MatchOneToOne([.. chosen.Select(a => a.Content)], [.. goldSpans.Select(g => g.Content)]);
            kept += chosen.Count;
            total += goldSpans.Count;
            speech += goldSpans.Count(g => g.IsSpeech);
            matched += goldMatch.Count(m => m >= 0);
            speechMatched += Enumerable.Range(0, goldSpans.Count).Count(g => goldMatch[g] >= 0 && goldSpans[g].IsSpeech);
            sourceRight += Enumerable.Range(0, goldSpans.Count).Count(g => goldMatch[g] >= 0 && SourceAgrees(chosen[goldMatch[g]].Source, goldSpans[g].Source));
        }
        return new ThresholdChoice(thresholds, kept == 0 ? 0 : (double)matched / kept, speech == 0 ? 0 : (double)speechMatched / speech,
            total == 0 ? 0 : (double)matched / total, matched == 0 ? 0 : (double)sourceRight / matched);
    }

    /// <summary>Whether a kept attribution's source overlaps an annotated one (or both have none): PolNeAR's source figure.</summary>
    private static bool SourceAgrees(TextSpan? source, IReadOnlyList<TextSpan> gold) =>
        source is { } s ? gold.Any(g => g.Overlaps(s)) : gold.Count == 0;

    /// <summary>The ranker: binary FastTree, single-threaded (its parallel histogram building is not bit-reproducible).</summary>
    public static FastTreeBinaryTrainer Ranker(MLContext ml, LearnedAttributionOptions options) =>
        ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = options.Trees,
            NumberOfLeaves = options.Leaves,
            LearningRate = 0.1,
            MinimumExampleCountPerLeaf = 20,
            NumberOfThreads = 1,
            FeatureColumnName = nameof(RankerRow.Features),
            LabelColumnName = nameof(RankerRow.Label),
        });
}
