using System.Globalization;
using System.IO.Compression;
using Claims.Learning;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace Claims.Attribution.Learned;

/// <summary>An annotated attribution, for training: its content, cue and source spans, and whether the cue is a verb of saying.</summary>
internal sealed record AnnotatedAttribution(TextSpan Content, IReadOnlyList<TextSpan> Cue, IReadOnlyList<TextSpan> Source, bool IsSpeech);

/// <summary>Settings of <see cref="LearnedAttributionModel.Train"/>.</summary>
internal sealed record LearnedAttributionOptions
{
    public int Epochs { get; init; } = 8;
    public int Bits { get; init; } = 18;
    public int Seed { get; init; } = 1;
    public int Folds { get; init; } = 5;
    public int Trees { get; init; } = 100;
    public int Leaves { get; init; } = 16;
    public bool UseRuleTags { get; init; } = true;
}

/// <summary>
/// The learned attribution model: a token tagger (<see cref="AttributionTaggerModel"/>) that proposes contents with
/// their cues and sources, and a ranker (binary FastTree over <see cref="AttributionCandidates"/>) that scores every
/// candidate, the rules' and the tagger's alike; <see cref="Select"/> keeps the likely ones, best first, one per
/// content. Trained on annotated news (PolNeAR train) by <see cref="Train"/>; immutable and thread-safe.
/// </summary>
internal sealed class LearnedAttributionModel
{
    /// <summary>Name of the embedded resource holding the shipped model.</summary>
    public const string ResourceName = "attribution-model.zip";

    private static readonly Lazy<LearnedAttributionModel> Shipped = new(LoadShipped, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly MLContext _ml;
    private readonly ITransformer _ranker;
    private readonly CompiledForest _forest;

    private LearnedAttributionModel(AttributionTaggerModel tagger, CueWordRates rates, MLContext ml, ITransformer ranker, double threshold, string description)
    {
        Tagger = tagger;
        Rates = rates;
        _ml = ml;
        _ranker = ranker;
        _forest = CompiledForest.TryCompile(ranker, AttributionCandidates.FeatureCount)
            ?? throw new InvalidDataException("the attribution ranker is not a binary FastTree model over the candidate features");
        Threshold = threshold;
        Description = description;
    }

    /// <summary>The shipped model, trained on PolNeAR train. Loaded on first use.</summary>
    public static LearnedAttributionModel Default => Shipped.Value;

    /// <summary>The token tagger.</summary>
    public AttributionTaggerModel Tagger { get; }

    /// <summary>The cue word rates the ranker reads.</summary>
    public CueWordRates Rates { get; }

    /// <summary>The least ranker probability a candidate needs to be kept.</summary>
    public double Threshold { get; }

    /// <summary>How the model was trained.</summary>
    public string Description { get; }

    /// <summary>The ranker's probability that a candidate is an attribution as annotators mark it.</summary>
    public double Probability(AttributionCandidate candidate) => _forest.Probability(candidate.Features);

    /// <summary>
    /// The attributions to keep in <paramref name="document"/> (whose attributions are still the rules' own): the
    /// candidates at or above <see cref="Threshold"/>, best first, skipping any whose content is a near-duplicate
    /// (character Jaccard 0.5 or more) of one already kept; in text order.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired (checked every few hundred tokens or candidates).</exception>
    public IReadOnlyList<AttributionSpan> Select(Document document, CueLexicon lexicon, CancellationToken cancellationToken = default)
        => Choose(Candidates(document, lexicon, cancellationToken), Probability, Threshold, cancellationToken);

    /// <summary>The candidates of <paramref name="document"/>: the rules' attributions and the tagger's, with their features.</summary>
    /// <remarks>A model trained with extra tagger features (token states) must be given the same kind of <paramref name="extra"/>.</remarks>
    internal List<AttributionCandidate> Candidates(Document document, CueLexicon lexicon, CancellationToken cancellationToken = default,
        ITokenFeatureSource? extra = null)
    {
        using var features = TaggerFeatures.Of(document, lexicon, Tagger.UseRuleTags, cancellationToken, extra);
        var (tags, margins) = Tagger.Decode(features, out var cueMargins, cancellationToken);
        return AttributionCandidates.Build(document, features, tags, margins, cueMargins, lexicon, Rates, cancellationToken);
    }

    /// <summary>The candidates kept at <paramref name="threshold"/> under <paramref name="probability"/> (see <see cref="Select"/>), in text order.</summary>
    internal static IReadOnlyList<AttributionSpan> Choose(List<AttributionCandidate> candidates, Func<AttributionCandidate, double> probability,
        double threshold, CancellationToken cancellationToken = default)
    {
        var (fixedOnes, scored) = Split(candidates, probability, cancellationToken);
        var kept = Keep(scored, threshold, fixedOnes, cancellationToken);
        return [.. kept.OrderBy(a => a.Content.Start).ThenBy(a => a.Content.End)];
    }

    /// <summary>
    /// Candidates kept as found, and the others with their probabilities. Counter-claims ("contrary to earlier
    /// statements from X") are the library's own reading, not an annotation PolNeAR has; layout attributions (transcript
    /// turns, signed quotes) need no model. Both go in first, so that no near-duplicate of one is kept beside it.
    /// </summary>
    internal static (List<AttributionCandidate> Fixed, List<(AttributionCandidate Candidate, double P, int Index)> Scored) Split(
        List<AttributionCandidate> candidates, Func<AttributionCandidate, double> probability, CancellationToken cancellationToken = default)
    {
        var fixedOnes = candidates.Where(IsFixed).ToList();
        var scored = candidates.Where(c => !IsFixed(c)).Select((c, i) =>
        {
            if ((i & CancellationMask) == 0) cancellationToken.ThrowIfCancellationRequested();
            return (Candidate: c, P: probability(c), Index: i);
        }).ToList();
        return (fixedOnes, scored);
    }

    /// <summary>The stage's loops check the cancellation token at items whose index has none of these bits: every 256.</summary>
    internal const int CancellationMask = 255;

    internal static bool IsFixed(AttributionCandidate c) => c.Attribution.Kind == ClaimKind.Counter || c.Attribution.FromLayout;

    internal static List<AttributionSpan> Keep(List<(AttributionCandidate Candidate, double P, int Index)> scored, double threshold,
        IReadOnlyList<AttributionCandidate>? keptAlready = null, CancellationToken cancellationToken = default)
    {
        // Ties broken by candidate order (rules first, then the tagger's in text order): deterministic.
        scored.Sort((a, b) => a.P != b.P ? b.P.CompareTo(a.P) : a.Index.CompareTo(b.Index));
        var kept = keptAlready?.Select(c => c.Attribution).ToList() ?? [];
        var fromRules = keptAlready?.Select(c => c.FromRules).ToList() ?? [];
        var contents = new NearDuplicates();
        foreach (var k in kept) contents.Add(k.Content);
        foreach (var (c, p, _) in scored)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var content = c.Attribution.Content;
            int duplicate = contents.FindFirst(content);
            if (duplicate >= 0)
            {
                // The same attribution found by the rules: their cue and source readings are the more reliable ones,
                // the tagger's content boundaries the better ranked.
                if (c.FromRules && !fromRules[duplicate])
                {
                    kept[duplicate] = kept[duplicate] with { Cue = c.Attribution.Cue, Source = c.Attribution.Source, Via = c.Attribution.Via };
                    fromRules[duplicate] = true;
                }
                continue;
            }
            if (p < threshold) continue;
            kept.Add(c.Attribution);
            fromRules.Add(c.FromRules);
            contents.Add(content);
        }
        return kept;
    }

    /// <summary>
    /// Trains on documents that went through the rule-based stages (their attributions are the rules' own), each with
    /// its annotated attributions. The tagger is trained on all of them; the ranker on candidates whose tagger outputs
    /// and cue rates come from models that did not see their document (k folds); the threshold is the one that
    /// maximizes F1 of precision and speech recall when the ranker itself is cross-fitted (two halves of the
    /// documents). With <paramref name="extras"/> (one source per document), the tagger also reads those features
    /// (the accurate mode's token states). Deterministic for fixed options.
    /// </summary>
    public static LearnedAttributionModel Train(IReadOnlyList<(Document Document, IReadOnlyList<AnnotatedAttribution> Gold)> documents,
        LearnedAttributionOptions options, CueLexicon lexicon, Action<string>? log = null, IReadOnlyList<ITokenFeatureSource>? extras = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(lexicon);
        if (extras is not null && extras.Count != documents.Count) throw new ArgumentException("one extra feature source per document", nameof(extras));
        var features = documents.Select((d, i) => TaggerFeatures.Of(d.Document, lexicon, options.UseRuleTags, default, extras?[i])).ToList();
        var gold = documents.Select((d, i) => features[i].GoldTags([.. d.Gold.Select(g => (g.Content, g.Cue, g.Source))])).ToList();
        var tagger = AttributionTaggerModel.Train([.. features.Select((f, i) => (f, gold[i]))], options.Epochs, options.Seed, options.Bits, options.UseRuleTags, log);
        var rates = CountRates(documents, Enumerable.Range(0, documents.Count));
        var candidates = OutOfFoldCandidates(documents, features, gold, options, lexicon, log);

        if (log is not null)
        {
            // How many annotated attributions any candidate reaches (Jaccard 0.5): the ceiling of the selection.
            int speechGold = 0, speechReached = 0, otherGold = 0, otherReached = 0;
            for (int d = 0; d < documents.Count; d++)
                foreach (var g in documents[d].Gold)
                {
                    bool reached = candidates[d].Exists(c => c.Attribution.Content.Jaccard(g.Content) >= 0.5);
                    if (g.IsSpeech) { speechGold++; if (reached) speechReached++; }
                    else { otherGold++; if (reached) otherReached++; }
                }
            log(string.Create(CultureInfo.InvariantCulture,
                $"candidates reach {speechReached}/{speechGold} speech and {otherReached}/{otherGold} other annotated attributions (out of fold)"));
        }
        bool Positive(int doc, AttributionCandidate c) =>
            documents[doc].Gold.Any(g => c.Attribution.Content.Jaccard(g.Content) >= 0.5);

        var ml = new MLContext(seed: options.Seed);
        ITransformer Fit(IEnumerable<int> docs) =>
            Ranker(ml, options).Fit(ml.Data.LoadFromEnumerable(
                docs.SelectMany(d => candidates[d].Where(c => !IsFixed(c)).Select(c => new Row { Features = c.Features, Label = Positive(d, c) })).ToList(), Row.Schema(true)));

        // The threshold, from ranker probabilities on documents the ranker did not see (two halves, crossed).
        // The selection is the one Select makes: candidates kept as found first, then the scored ones.
        var split = new (List<AttributionCandidate> Fixed, List<(AttributionCandidate Candidate, double P, int Index)> Scored)[documents.Count];
        for (int half = 0; half < 2; half++)
        {
            var forest = CompiledForest.TryCompile(Fit(Enumerable.Range(0, documents.Count).Where(d => d % 2 != half)), AttributionCandidates.FeatureCount)!;
            for (int d = half; d < documents.Count; d += 2)
                split[d] = Split(candidates[d], c => forest.Probability(c.Features));
        }
        double threshold = ChooseThreshold(documents, (d, t) => Keep([.. split[d].Scored], t, split[d].Fixed), log);
        var ranker = Fit(Enumerable.Range(0, documents.Count));
        int examples = candidates.Sum(c => c.Count(x => !IsFixed(x)));
        string description = string.Create(CultureInfo.InvariantCulture,
            $"tagger: {tagger.Description}{(extras is null ? "" : ", with token-state features")}; ranker: binary FastTree {options.Trees} trees x {options.Leaves} leaves, rate 0.1, min leaf 20, seed {options.Seed}, on {examples} out-of-fold candidates ({options.Folds} folds); threshold {threshold:F2}");
        foreach (var f in features) f.Dispose();
        return new LearnedAttributionModel(tagger, rates, ml, ranker, threshold, description);
    }

    /// <summary>
    /// Out-of-fold candidates of every document: fold f is tagged by a tagger trained on the other folds, with their cue
    /// rates, so the candidates' tagger features are those of documents the tagger did not see.
    /// </summary>
    internal static List<AttributionCandidate>[] OutOfFoldCandidates(IReadOnlyList<(Document Document, IReadOnlyList<AnnotatedAttribution> Gold)> documents,
        IReadOnlyList<TaggerFeatures> features, IReadOnlyList<int[]> gold, LearnedAttributionOptions options, CueLexicon lexicon, Action<string>? log = null)
    {
        var candidates = new List<AttributionCandidate>[documents.Count];
        for (int fold = 0; fold < options.Folds; fold++)
        {
            var others = Enumerable.Range(0, documents.Count).Where(i => i % options.Folds != fold).ToList();
            var foldTagger = AttributionTaggerModel.Train([.. others.Select(i => (features[i], gold[i]))], options.Epochs, options.Seed, options.Bits, options.UseRuleTags);
            var foldRates = CountRates(documents, others);
            for (int i = fold; i < documents.Count; i += options.Folds)
            {
                var (tags, margins) = foldTagger.Decode(features[i], out var cueMargins);
                candidates[i] = AttributionCandidates.Build(documents[i].Document, features[i], tags, margins, cueMargins, lexicon, foldRates);
            }
            log?.Invoke($"fold {fold + 1}/{options.Folds}: candidates tagged");
        }
        return candidates;
    }

    internal static CueWordRates CountRates(IReadOnlyList<(Document Document, IReadOnlyList<AnnotatedAttribution> Gold)> documents, IEnumerable<int> which) =>
        CueWordRates.FromAnnotations(which.Select(i => (documents[i].Document.Text, documents[i].Document.Tokens,
            (IReadOnlyCollection<int>)documents[i].Gold.Where(g => g.Cue.Count > 0).Select(g => g.Cue[0].Start).ToList())));

    /// <summary>
    /// The threshold, of 0.20, 0.25, ... 0.80, that maximizes the F1 of precision and recall of speech attributions (the
    /// library's headline figure) when <paramref name="keep"/> (document index, threshold) selects each document's attributions.
    /// </summary>
    internal static double ChooseThreshold(IReadOnlyList<(Document Document, IReadOnlyList<AnnotatedAttribution> Gold)> documents,
        Func<int, double, List<AttributionSpan>> keep, Action<string>? log)
    {
        double threshold = 0.5, bestF1 = -1;
        for (int step = 4; step <= 16; step++)
        {
            double t = step / 20.0;
            int kept = 0, matched = 0, total = 0, speech = 0, speechMatched = 0;
            for (int d = 0; d < documents.Count; d++)
            {
                var chosen = keep(d, t);
                var goldSpans = documents[d].Gold;
                var (_, goldMatch) = TextSpan.MatchOneToOne([.. chosen.Select(a => a.Content)], [.. goldSpans.Select(g => g.Content)]);
                kept += chosen.Count;
                total += goldSpans.Count;
                speech += goldSpans.Count(g => g.IsSpeech);
                matched += goldMatch.Count(m => m >= 0);
                speechMatched += Enumerable.Range(0, goldSpans.Count).Count(g => goldMatch[g] >= 0 && goldSpans[g].IsSpeech);
            }
            double precision = kept == 0 ? 0 : (double)matched / kept, recall = speech == 0 ? 0 : (double)speechMatched / speech;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            log?.Invoke(string.Create(CultureInfo.InvariantCulture,
                $"threshold {t:F2}: precision {precision:F3}, speech recall {recall:F3}, F1 {f1:F3}, recall of all {(double)matched / Math.Max(1, total):F3} (cross-fitted)"));
            if (f1 > bestF1) (bestF1, threshold) = (f1, t);
        }
        return threshold;
    }

    internal static FastTreeBinaryTrainer Ranker(MLContext ml, LearnedAttributionOptions options) =>
        ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = options.Trees,
            NumberOfLeaves = options.Leaves,
            LearningRate = 0.1,
            MinimumExampleCountPerLeaf = 20,
            // One thread: FastTree's parallel histogram building is not bit-reproducible.
            NumberOfThreads = 1,
            FeatureColumnName = nameof(Row.Features),
            LabelColumnName = nameof(Row.Label),
        });

    /// <summary>
    /// Writes a Microsoft.ML <paramref name="ranker"/> as the entry "ranker-mlnet.zip". Microsoft.ML stamps its zip
    /// entries with the current time: repacked with the fixed date, the model file is byte-identical across trainings on
    /// the same data.
    /// </summary>
    internal static void WriteRanker(ZipArchive zip, MLContext ml, ITransformer ranker, DataViewSchema inputSchema) =>
        ModelArchive.Write(zip, "ranker-mlnet.zip", CompressionLevel.NoCompression, s =>
        {
            using var saved = new MemoryStream();
            ml.Model.Save(ranker, inputSchema, saved);
            saved.Position = 0;
            using var source = new ZipArchive(saved, ZipArchiveMode.Read);
            using var target = new ZipArchive(s, ZipArchiveMode.Create, leaveOpen: true);
            foreach (var entry in source.Entries)
                ModelArchive.Write(target, entry.FullName, CompressionLevel.Optimal, o => { using var i = entry.Open(); i.CopyTo(o); });
        });

    /// <summary>Writes the model: a zip of the tagger, the Microsoft.ML ranker, the cue rates and the settings.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        ModelArchive.Write(zip, "tagger.bin", CompressionLevel.NoCompression, Tagger.Save);
        WriteRanker(zip, _ml, _ranker, _ml.Data.LoadFromEnumerable(Array.Empty<Row>(), Row.Schema(false)).Schema);
        ModelArchive.WriteText(zip, "cue-rates.tsv", Rates.Save);
        ModelArchive.WriteText(zip, "settings.txt", w =>
        {
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"threshold\t{Threshold:R}"));
            w.WriteLine($"description\t{Description}");
        });
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not such a model.</exception>
    public static LearnedAttributionModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        const string What = "attribution model";
        var tagger = AttributionTaggerModel.Load(ModelArchive.Read(zip, "tagger.bin", What));
        var rates = CueWordRates.Load(new StringReader(ModelArchive.ReadText(zip, "cue-rates.tsv", What)));
        var ml = new MLContext(seed: 1);
        var ranker = ml.Model.Load(ModelArchive.Read(zip, "ranker-mlnet.zip", What), out _);
        double threshold = double.NaN;
        string description = "";
        using (var reader = new StringReader(ModelArchive.ReadText(zip, "settings.txt", What)))
            while (reader.ReadLine() is { } line)
            {
                var cols = line.Split('\t', 2);
                if (cols.Length != 2) continue;
                if (cols[0] == "threshold") threshold = double.Parse(cols[1], CultureInfo.InvariantCulture);
                else if (cols[0] == "description") description = cols[1];
            }
        if (double.IsNaN(threshold)) throw new InvalidDataException("attribution model settings have no threshold");
        return new LearnedAttributionModel(tagger, rates, ml, ranker, threshold, description);
    }

    private static LearnedAttributionModel LoadShipped() => ModelArchive.LoadEmbedded(ResourceName, Load);

    private sealed class Row
    {
        public float[] Features { get; set; } = [];
        public bool Label { get; set; }

        public static SchemaDefinition Schema(bool withLabel)
        {
            var schema = SchemaDefinition.Create(typeof(Row));
            schema[nameof(Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, AttributionCandidates.FeatureCount);
            if (!withLabel) schema.Remove(schema[nameof(Label)]);
            return schema;
        }
    }
}
