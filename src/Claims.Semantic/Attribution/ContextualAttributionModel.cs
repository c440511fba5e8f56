using System.Globalization;
using System.IO.Compression;
using Claims.Attribution;
using Claims.Attribution.Learned;
using Claims.Learning;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace Claims.Semantic.Attribution;

/// <summary>
/// The accurate attribution model: the shipped lexical model's tagger proposes candidates as in the fast mode, and a
/// ranker reads each candidate's lexical features beside what the encoder's token states say about it: the mean
/// projected state (<see cref="TokenStateProjection"/>) of its content, its cue and its source, and the cosines
/// between them. Trained on PolNeAR train (out-of-fold candidates, cross-fitted threshold) by <see cref="Train"/>;
/// immutable and thread-safe.
/// </summary>
internal sealed class ContextualAttributionModel
{
    /// <summary>Name of the embedded resource holding the shipped model.</summary>
    public const string ResourceName = "attribution-context-model.zip";

    /// <summary>Dimensions of the projected token states the shipped model reads.</summary>
    public const int DefaultProjectionDimensions = 32;

    /// <summary>Seed of the projection the shipped model reads.</summary>
    public const int DefaultProjectionSeed = 1;

    private static readonly Lazy<ContextualAttributionModel> Shipped = new(LoadShipped, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly MLContext _ml;
    private readonly ITransformer _ranker;
    private readonly CompiledForest _forest;

    private ContextualAttributionModel(LearnedAttributionModel lexical, TokenStateProjection projection, MLContext ml, ITransformer ranker,
        double threshold, string description)
    {
        Lexical = lexical;
        Projection = projection;
        _ml = ml;
        _ranker = ranker;
        _forest = CompiledForest.TryCompile(ranker, FeatureCount(projection.OutputDimensions))
            ?? throw new InvalidDataException("the contextual attribution ranker is not a binary FastTree model over the candidate and token-state features");
        Threshold = threshold;
        Description = description;
    }

    /// <summary>The shipped model. Loaded on first use.</summary>
    public static ContextualAttributionModel Default => Shipped.Value;

    /// <summary>The lexical model whose tagger and cue rates give the candidates.</summary>
    public LearnedAttributionModel Lexical { get; }

    /// <summary>The projection of token states the ranker reads.</summary>
    public TokenStateProjection Projection { get; }

    /// <summary>The least ranker probability a candidate needs to be kept.</summary>
    public double Threshold { get; }

    /// <summary>How the model was trained.</summary>
    public string Description { get; }

    /// <summary>Length of a candidate's feature vector: the lexical features, then the token-state ones.</summary>
    public static int FeatureCount(int dimensions) => AttributionCandidates.FeatureCount + ContextFeatures.Count(dimensions);

    /// <summary>The attributions to keep in <paramref name="document"/> (whose attributions are still the rules' own).</summary>
    public IReadOnlyList<AttributionSpan> Select(Document document, CueLexicon lexicon, ProjectedTokenStates states)
    {
        using var features = TaggerFeatures.Of(document, lexicon, Lexical.Tagger.UseRuleTags);
        var (tags, margins) = Lexical.Tagger.Decode(features, out var cueMargins);
        var candidates = AttributionCandidates.Build(document, features, tags, margins, cueMargins, lexicon, Lexical.Rates);
        var (fixedOnes, scored) = LearnedAttributionModel.Split(candidates, c => _forest.Probability(ContextFeatures.Extend(c, states)));
        var kept = LearnedAttributionModel.Keep(scored, Threshold, fixedOnes);
        return [.. kept.OrderBy(a => a.Content.Start).ThenBy(a => a.Content.End)];
    }

    /// <summary>
    /// Trains the ranker on documents after the rule stages with their annotations and projected token states: the
    /// candidates are tagged out of fold with the lexical model's options (so their lexical features are those of
    /// unseen documents), the threshold maximizes F1 of precision and speech recall with the ranker cross-fitted on two
    /// halves. Deterministic for fixed options.
    /// </summary>
    public static ContextualAttributionModel Train(IReadOnlyList<(Document Document, IReadOnlyList<AnnotatedAttribution> Gold)> documents,
        IReadOnlyList<ProjectedTokenStates> states, LearnedAttributionModel lexical, TokenStateProjection projection,
        LearnedAttributionOptions options, CueLexicon lexicon, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(states);
        if (states.Count != documents.Count) throw new ArgumentException("one set of token states per document", nameof(states));
        int featureCount = FeatureCount(projection.OutputDimensions);
        var candidates = LearnedAttributionModel.OutOfFoldCandidates(documents, options, lexicon, log);
        var rows = new List<(float[] Features, bool Label, bool Fixed)>[documents.Count];
        for (int d = 0; d < documents.Count; d++)
            rows[d] = [.. candidates[d].Select(c => (ContextFeatures.Extend(c, states[d]),
                documents[d].Gold.Any(g => c.Attribution.Content.Jaccard(g.Content) >= 0.5), LearnedAttributionModel.IsFixed(c)))];

        var ml = new MLContext(seed: options.Seed);
        var schema = Row.Schema(true, featureCount);
        ITransformer Fit(IEnumerable<int> docs) =>
            Ranker(ml, options).Fit(ml.Data.LoadFromEnumerable(
                docs.SelectMany(d => rows[d].Where(r => !r.Fixed).Select(r => new Row { Features = r.Features, Label = r.Label })).ToList(), schema));

        var probabilities = new double[documents.Count][];
        for (int half = 0; half < 2; half++)
        {
            var forest = CompiledForest.TryCompile(Fit(Enumerable.Range(0, documents.Count).Where(d => d % 2 != half)), featureCount)!;
            for (int d = half; d < documents.Count; d += 2)
                probabilities[d] = [.. rows[d].Select(r => forest.Probability(r.Features))];
        }
        double threshold = ChooseThreshold(documents, candidates, probabilities, log);
        var ranker = Fit(Enumerable.Range(0, documents.Count));
        int examples = rows.Sum(r => r.Count(x => !x.Fixed));
        string description = string.Create(CultureInfo.InvariantCulture,
            $"candidates: the lexical model's tagger; ranker: binary FastTree {options.Trees} trees x {options.Leaves} leaves, rate 0.1, min leaf 20, seed {options.Seed}, over {AttributionCandidates.FeatureCount} lexical and {ContextFeatures.Count(projection.OutputDimensions)} token-state features (MiniLM last_hidden_state, mean-pooled, random projection to {projection.OutputDimensions} dims, seed {projection.Seed}), on {examples} out-of-fold candidates ({options.Folds} folds); threshold {threshold:F2}");
        log?.Invoke(description);
        return new ContextualAttributionModel(lexical, projection, ml, ranker, threshold, description);
    }

    private static double ChooseThreshold(IReadOnlyList<(Document Document, IReadOnlyList<AnnotatedAttribution> Gold)> documents,
        List<AttributionCandidate>[] candidates, double[][] probabilities, Action<string>? log)
    {
        double threshold = 0.5, bestF1 = -1;
        for (int step = 4; step <= 16; step++)
        {
            double t = step / 20.0;
            int kept = 0, matched = 0, total = 0, speech = 0, speechMatched = 0;
            for (int d = 0; d < documents.Count; d++)
            {
                var p = probabilities[d];
                var index = candidates[d].Select((c, i) => (c, i)).ToDictionary<(AttributionCandidate c, int i), AttributionCandidate, int>(x => x.c, x => x.i, ReferenceEqualityComparer.Instance);
                var (fixedOnes, scored) = LearnedAttributionModel.Split(candidates[d], c => p[index[c]]);
                var keep = LearnedAttributionModel.Keep(scored, t, fixedOnes);
                var goldSpans = documents[d].Gold;
                var (_, goldMatch) = TextSpan.MatchOneToOne([.. keep.Select(a => a.Content)], [.. goldSpans.Select(g => g.Content)]);
                kept += keep.Count;
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

    private static FastTreeBinaryTrainer Ranker(MLContext ml, LearnedAttributionOptions options) =>
        ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = options.Trees,
            NumberOfLeaves = options.Leaves,
            LearningRate = 0.1,
            MinimumExampleCountPerLeaf = 20,
            NumberOfThreads = 1, // FastTree's parallel histograms are not bit-reproducible
            FeatureColumnName = nameof(Row.Features),
            LabelColumnName = nameof(Row.Label),
        });

    /// <summary>Writes the model: the Microsoft.ML ranker, the projection and the settings (the lexical model is the shipped one).</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        int featureCount = FeatureCount(Projection.OutputDimensions);
        ModelArchive.Write(zip, "ranker-mlnet.zip", CompressionLevel.NoCompression, s =>
        {
            // Repacked with the fixed date so two trainings give byte-identical files.
            using var saved = new MemoryStream();
            _ml.Model.Save(_ranker, _ml.Data.LoadFromEnumerable(Array.Empty<Row>(), Row.Schema(false, featureCount)).Schema, saved);
            saved.Position = 0;
            using var source = new ZipArchive(saved, ZipArchiveMode.Read);
            using var target = new ZipArchive(s, ZipArchiveMode.Create, leaveOpen: true);
            foreach (var entry in source.Entries)
                ModelArchive.Write(target, entry.FullName, CompressionLevel.Optimal, o => { using var i = entry.Open(); i.CopyTo(o); });
        });
        ModelArchive.WriteText(zip, "settings.txt", w =>
        {
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"threshold\t{Threshold:R}"));
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"projection\t{Projection.InputDimensions}\t{Projection.OutputDimensions}\t{Projection.Seed}"));
            w.WriteLine($"description\t{Description}");
        });
    }

    /// <summary>Reads a model written by <see cref="Save"/>, over the given lexical model.</summary>
    /// <exception cref="InvalidDataException">The stream is not such a model.</exception>
    public static ContextualAttributionModel Load(Stream stream, LearnedAttributionModel lexical)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(lexical);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        const string What = "contextual attribution model";
        var ml = new MLContext(seed: 1);
        var ranker = ml.Model.Load(ModelArchive.Read(zip, "ranker-mlnet.zip", What), out _);
        double threshold = double.NaN;
        TokenStateProjection? projection = null;
        string description = "";
        using (var reader = new StringReader(ModelArchive.ReadText(zip, "settings.txt", What)))
            while (reader.ReadLine() is { } line)
            {
                var cols = line.Split('\t');
                if (cols[0] == "threshold" && cols.Length == 2) threshold = double.Parse(cols[1], CultureInfo.InvariantCulture);
                else if (cols[0] == "projection" && cols.Length == 4)
                    projection = new TokenStateProjection(int.Parse(cols[1], CultureInfo.InvariantCulture), int.Parse(cols[2], CultureInfo.InvariantCulture), int.Parse(cols[3], CultureInfo.InvariantCulture));
                else if (cols[0] == "description" && cols.Length >= 2) description = string.Join('\t', cols[1..]);
            }
        if (double.IsNaN(threshold) || projection is null) throw new InvalidDataException($"{What} settings lack the threshold or the projection");
        return new ContextualAttributionModel(lexical, projection, ml, ranker, threshold, description);
    }

    private static ContextualAttributionModel LoadShipped()
    {
        var assembly = typeof(ContextualAttributionModel).Assembly;
        string name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith("." + ResourceName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"embedded resource '{ResourceName}' is missing from {assembly.GetName().Name}");
        using var stream = assembly.GetManifestResourceStream(name)!;
        return Load(stream, LearnedAttributionModel.Default);
    }

    private sealed class Row
    {
        public float[] Features { get; set; } = [];
        public bool Label { get; set; }

        public static SchemaDefinition Schema(bool withLabel, int featureCount)
        {
            var schema = SchemaDefinition.Create(typeof(Row));
            schema[nameof(Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureCount);
            if (!withLabel) schema.Remove(schema[nameof(Label)]);
            return schema;
        }
    }
}

/// <summary>
/// The token-state features of a candidate: the mean projected state of its content, cue and source (zeros when
/// absent), whether cue and source have states, and the cosines content-cue, content-source and cue-source.
/// </summary>
internal static class ContextFeatures
{
    /// <summary>Number of token-state features for <paramref name="dimensions"/> projected dimensions.</summary>
    public static int Count(int dimensions) => 3 * dimensions + 5;

    /// <summary>The candidate's lexical features followed by its token-state features.</summary>
    public static float[] Extend(AttributionCandidate candidate, ProjectedTokenStates states)
    {
        int d = states.Dimensions, lexical = candidate.Features.Length;
        var result = new float[lexical + Count(d)];
        candidate.Features.CopyTo(result, 0);
        var a = candidate.Attribution;
        var content = result.AsSpan(lexical, d);
        var cue = result.AsSpan(lexical + d, d);
        var source = result.AsSpan(lexical + 2 * d, d);
        bool hasContent = states.Mean(a.Content, content);
        bool hasCue = a.Cue is { } c && states.Mean(c, cue);
        bool hasSource = a.Source is { } s && states.Mean(s, source);
        int at = lexical + 3 * d;
        result[at] = hasCue ? 1 : 0;
        result[at + 1] = hasSource ? 1 : 0;
        result[at + 2] = hasContent && hasCue ? Cosine(content, cue) : 0;
        result[at + 3] = hasContent && hasSource ? Cosine(content, source) : 0;
        result[at + 4] = hasCue && hasSource ? Cosine(cue, source) : 0;
        return result;
    }

    private static float Cosine(ReadOnlySpan<float> x, ReadOnlySpan<float> y)
    {
        double dot = 0, nx = 0, ny = 0;
        for (int i = 0; i < x.Length; i++) { dot += x[i] * y[i]; nx += x[i] * x[i]; ny += y[i] * y[i]; }
        return nx == 0 || ny == 0 ? 0 : (float)(dot / Math.Sqrt(nx * ny));
    }
}
