using Claims.Stance;
using Claims.Text;
using System.Globalization;
using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace Claims.Training;

/// <summary>A training example: two texts and the relation label (any label set: "agree", "ENTAILMENT", ...).</summary>
/// <param name="A">The claim or headline.</param>
/// <param name="B">The other claim, or an article body.</param>
/// <param name="Label">The gold relation.</param>
public sealed record LabeledPair(string A, string B, string Label);

/// <summary>Options of <see cref="StanceModelTrainer"/>. The defaults are the ones the shipped model was trained with.</summary>
public sealed record StanceTrainingOptions
{
    /// <summary>Boosted trees per class (one-versus-all FastTree).</summary>
    public int NumberOfTrees { get; init; } = 100;

    /// <summary>Leaves per tree.</summary>
    public int NumberOfLeaves { get; init; } = 20;

    /// <summary>Shrinkage.</summary>
    public double LearningRate { get; init; } = 0.2;

    /// <summary>Minimum examples in a leaf.</summary>
    public int MinimumExampleCountPerLeaf { get; init; } = 10;

    /// <summary>
    /// Class re-weighting: each example weighs (largest class size / its class size) ^ power. 0 trains on the raw
    /// distribution; 0.75 lifts rare classes (FNC-1 "disagree" is 1.7% of the data) without flooding the others.
    /// </summary>
    public double ClassWeightPower { get; init; } = 0.75;

    /// <summary>Seed of the Microsoft.ML context (training is single-threaded, so a seed gives one model).</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Label order of the model; null takes the labels in ordinal order.</summary>
    public IReadOnlyList<string>? Labels { get; init; }

    /// <summary>
    /// Folds of the out-of-fold word-pair table features (see <see cref="StanceModelTrainer"/>); below 2 the model
    /// learns no word-pair table.
    /// </summary>
    public int TableFolds { get; init; } = 5;

    /// <summary>Fewest pairs an entry of the word-pair table must come from to be kept.</summary>
    public int TableMinimumCount { get; init; } = WordPairTable.DefaultMinimumCount;

    /// <summary>Threads used to compute features (the trainer itself is single-threaded for determinism).</summary>
    public int FeatureThreads { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>The features to train on (default: <see cref="StanceFeatureSet.Lexical"/>; a semantic model appends its embedding group).</summary>
    public StanceFeatureSet? Features { get; init; }

    /// <summary>The sentence encoder profiles get their vectors from (needed by embedding feature groups), or null.</summary>
    public Embeddings.ISentenceEncoder? Encoder { get; init; }

    /// <summary>Share of the features each tree may split on (FastTree's feature fraction; 1 reads all).</summary>
    public double FeatureFraction { get; init; } = 1;

    /// <summary>Extra weight per label on top of <see cref="ClassWeightPower"/> (a label missing here weighs 1).</summary>
    public IReadOnlyDictionary<string, double>? ClassBoosts { get; init; }

    /// <summary>The tree learner (one-versus-all FastTree by default).</summary>
    public StanceLearner Learner { get; init; } = StanceLearner.FastTreeOneVersusAll;
}

/// <summary>The boosted-tree learner a stance model is fitted with.</summary>
public enum StanceLearner
{
    /// <summary>One binary FastTree ensemble per class (managed code only; the shipped models).</summary>
    FastTreeOneVersusAll,

    /// <summary>
    /// One LightGBM softmax ensemble over all classes (one thread, deterministic mode, fixed seed). Training needs
    /// LightGBM's native library; loading the model needs the Microsoft.ML.LightGbm assembly.
    /// </summary>
    LightGbmMulticlass,
}

/// <summary>The training pairs featurized for fitting (see <see cref="StanceModelTrainer.Prepare"/>).</summary>
internal sealed record PreparedPairs(IReadOnlyList<LabeledPair> Data, FeatureRow[] Rows, int[] LabelOf, IReadOnlyList<string> Labels, int[] Counts,
    IdfTable Idf, WordPairTable Table, PairFeaturizer Featurizer);

/// <summary>
/// Trains a <see cref="StanceModel"/> from labeled text pairs: learns the IDF table from the texts and a word-pair table
/// (label counts of the words each side leaves unaligned, read by the features out of fold during training), computes
/// the <see cref="PairFeaturizer"/> features and fits a one-versus-all FastTree ensemble. Deterministic for given data and
/// options. Used for the shipped FNC-1 model and by anyone with their own labeled pairs.
/// </summary>
public static class StanceModelTrainer
{
    /// <summary>Trains a model on <paramref name="pairs"/>.</summary>
    public static StanceModel Train(IEnumerable<LabeledPair> pairs, StanceTrainingOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new StanceTrainingOptions();
        var prepared = Prepare(pairs, options, cancellationToken);
        var ml = new MLContext(seed: options.Seed);
        // Microsoft.ML offers no public cancellation of a running fit: the token is honored before and after it.
        ITransformer model = Fit(ml, prepared, options, Enumerable.Range(0, prepared.Rows.Length).ToArray());
        cancellationToken.ThrowIfCancellationRequested();
        string description = string.Create(CultureInfo.InvariantCulture,
            $"one-versus-all FastTree: {options.NumberOfTrees} trees x {options.NumberOfLeaves} leaves, rate {options.LearningRate}, min leaf {options.MinimumExampleCountPerLeaf}, class weight power {options.ClassWeightPower}, seed {options.Seed}; word-pair table {prepared.Table.EntryCount} entries (min count {options.TableMinimumCount}), {options.TableFolds} folds; {prepared.Rows.Length} pairs; labels {string.Join('/', prepared.Labels)}; counts {string.Join('/', prepared.Counts)}");
        return new StanceModel(ml, model, prepared.Labels, prepared.Idf, prepared.Table, description, prepared.Featurizer.Features, options.Encoder);
    }

    /// <summary>
    /// Everything <see cref="Train"/> computes before fitting: the IDF table, the feature rows (word-pair table features
    /// out of fold), each row's class and the table counted on every pair. Model selection fits many candidates on one.
    /// </summary>
    internal static PreparedPairs Prepare(IEnumerable<LabeledPair> pairs, StanceTrainingOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(options);
        var data = pairs.ToList();
        foreach (var p in data)
        {
            ArgumentNullException.ThrowIfNull(p, nameof(pairs));
            ArgumentNullException.ThrowIfNull(p.A, nameof(pairs));
            ArgumentNullException.ThrowIfNull(p.B, nameof(pairs));
            ArgumentNullException.ThrowIfNull(p.Label, nameof(pairs));
        }
        if (data.Count == 0) throw new ArgumentException("no training pairs", nameof(pairs));
        var labels = options.Labels?.ToList() ?? data.Select(p => p.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (labels.Count < 2) throw new ArgumentException("training needs at least two labels", nameof(pairs));
        var index = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        foreach (var p in data)
            if (!index.ContainsKey(p.Label)) throw new ArgumentException($"label '{p.Label}' is not in the label list", nameof(pairs));

        var idf = IdfTable.FromContentTerms(data.SelectMany(p => new[] { p.A, p.B }), cancellationToken: cancellationToken);
        var featurizer = new PairFeaturizer(idf, WordPairTable.Empty, features: options.Features, encoder: options.Encoder);
        var rows = Featurize(featurizer, data, options.FeatureThreads, cancellationToken, out var unaligned);

        var counts = new int[labels.Count];
        foreach (var p in data) counts[index[p.Label]]++;
        var labelOf = data.Select(p => index[p.Label]).ToArray();
        var table = AddTableFeatures(rows, featurizer.Features.OffsetOf(LexicalFeatures.WordPairs), unaligned, labelOf, labels.Count, options.TableFolds, options.TableMinimumCount);
        for (int i = 0; i < rows.Length; i++)
            // Microsoft.ML reads a uint key property as a 0-based class index (it stores index + 1 itself).
            rows[i].Label = (uint)labelOf[i];
        cancellationToken.ThrowIfCancellationRequested();
        return new PreparedPairs(data, rows, labelOf, labels, counts, idf, table, featurizer);
    }

    /// <summary>
    /// Fits the one-versus-all FastTree ensemble of <paramref name="options"/> on the rows of <paramref name="prepared"/>
    /// numbered <paramref name="subset"/>, each weighted by <see cref="ClassWeights"/> of the subset's class sizes.
    /// </summary>
    internal static ITransformer Fit(MLContext ml, PreparedPairs prepared, StanceTrainingOptions options, IReadOnlyList<int> subset)
    {
        var weights = ClassWeights(subset.Select(i => prepared.LabelOf[i]), prepared.Labels, options);
        var rows = subset.Select(i =>
        {
            var r = prepared.Rows[i];
            return new FeatureRow { Features = r.Features, Label = r.Label, Weight = weights[r.Label] };
        }).ToArray();
        var view = ml.Data.LoadFromEnumerable(rows, FeatureRow.Schema(prepared.Featurizer.Features, prepared.Labels.Count, withLabel: true));
        if (options.Learner == StanceLearner.LightGbmMulticlass) return FitLightGbm(ml, options, view);
        var binary = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = options.NumberOfTrees,
            NumberOfLeaves = options.NumberOfLeaves,
            LearningRate = options.LearningRate,
            MinimumExampleCountPerLeaf = options.MinimumExampleCountPerLeaf,
            FeatureFraction = options.FeatureFraction,
            // One thread: FastTree's parallel histogram building is not bit-reproducible.
            NumberOfThreads = 1,
            FeatureColumnName = nameof(FeatureRow.Features),
            ExampleWeightColumnName = nameof(FeatureRow.Weight),
        });
        var trainer = ml.MulticlassClassification.Trainers.OneVersusAll(binary, labelColumnName: nameof(FeatureRow.Label), useProbabilities: true);
        return trainer.Fit(view);
    }

    private static ITransformer FitLightGbm(MLContext ml, StanceTrainingOptions options, IDataView view)
    {
        var trainer = ml.MulticlassClassification.Trainers.LightGbm(new LightGbmMulticlassTrainer.Options
        {
            NumberOfIterations = options.NumberOfTrees,
            NumberOfLeaves = options.NumberOfLeaves,
            LearningRate = options.LearningRate,
            MinimumExampleCountPerLeaf = options.MinimumExampleCountPerLeaf,
            UseSoftmax = true,
            Seed = options.Seed,
            // One thread and deterministic mode: LightGBM's multi-threaded histograms are not bit-reproducible.
            NumberOfThreads = 1,
            Booster = new GradientBooster.Options { FeatureFraction = options.FeatureFraction },
            LabelColumnName = nameof(FeatureRow.Label),
            FeatureColumnName = nameof(FeatureRow.Features),
            ExampleWeightColumnName = nameof(FeatureRow.Weight),
        });
        return trainer.Fit(view);
    }

    /// <summary>
    /// Each class's example weight: (largest class size / its size) ^ <see cref="StanceTrainingOptions.ClassWeightPower"/>,
    /// times the class's <see cref="StanceTrainingOptions.ClassBoosts"/> entry (1 when it has none); 0 for a class
    /// absent from <paramref name="labelOf"/>.
    /// </summary>
    /// <exception cref="ArgumentException">A boost names a label outside <paramref name="labels"/>, or is not positive.</exception>
    internal static float[] ClassWeights(IEnumerable<int> labelOf, IReadOnlyList<string> labels, StanceTrainingOptions options)
    {
        var counts = new int[labels.Count];
        foreach (int c in labelOf) counts[c]++;
        int largest = counts.Max();
        if (options.ClassBoosts is { } boosts)
            foreach (var (label, boost) in boosts)
            {
                if (!labels.Contains(label, StringComparer.Ordinal))
                    throw new ArgumentException($"class boost for '{label}', which is not a label ({string.Join('/', labels)})", nameof(options));
                if (!(boost > 0)) throw new ArgumentException($"class boost for '{label}' must be positive, was {boost}", nameof(options));
            }
        var weights = new float[labels.Count];
        for (int c = 0; c < labels.Count; c++)
        {
            double boost = options.ClassBoosts is { } b && b.TryGetValue(labels[c], out double v) ? v : 1;
            weights[c] = counts[c] == 0 ? 0 : (float)(Math.Pow((double)largest / counts[c], options.ClassWeightPower) * boost);
        }
        return weights;
    }

    /// <summary>
    /// Fills the word-pair table features of <paramref name="rows"/> out of fold (pair i is in fold i mod
    /// <paramref name="folds"/>; its features read a table counted on the other folds, so no row sees its own labels)
    /// and returns the table counted on every pair, which the model keeps. One fold (or fewer than two) leaves the
    /// features at 0 and returns an empty table. The table features start at <paramref name="tableStart"/> of each row.
    /// </summary>
    internal static WordPairTable AddTableFeatures(FeatureRow[] rows, int tableStart, IReadOnlyList<WordPairTable.UnalignedTerms> unaligned, IReadOnlyList<int> labels, int labelCount, int folds, int minimumCount = WordPairTable.DefaultMinimumCount)
    {
        if (folds < 2) return WordPairTable.Empty;
        for (int fold = 0; fold < folds; fold++)
        {
            int held = fold;
            var table = WordPairTable.Learn(unaligned, labels, labelCount, i => i % folds != held, minimumCount);
            for (int i = held; i < rows.Length; i += folds)
                table.Features(Ids(unaligned[i].A), Ids(unaligned[i].B), rows[i].Features.AsSpan(tableStart));
        }
        return WordPairTable.Learn(unaligned, labels, labelCount, _ => true, minimumCount);
    }

    private static int[] Ids((int Id, string Stem)[] terms) => terms.Select(t => t.Id).ToArray();

    /// <summary>Feature vectors of <paramref name="data"/> and each pair's unaligned terms, each distinct text profiled once.</summary>
    internal static FeatureRow[] Featurize(PairFeaturizer featurizer, IReadOnlyList<LabeledPair> data, int threads, CancellationToken cancellationToken, out WordPairTable.UnalignedTerms[] unaligned)
    {
        var texts = data.SelectMany(p => new[] { p.A, p.B }).Distinct(StringComparer.Ordinal).ToList();
        var profiles = new TextProfile[texts.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads), CancellationToken = cancellationToken };
        Parallel.For(0, texts.Count, parallel, i => profiles[i] = featurizer.Profile(texts[i]));
        var byText = new Dictionary<string, TextProfile>(texts.Count, StringComparer.Ordinal);
        for (int i = 0; i < texts.Count; i++) byText[texts[i]] = profiles[i];
        var rows = new FeatureRow[data.Count];
        var terms = new WordPairTable.UnalignedTerms[data.Count];
        Parallel.For(0, data.Count, parallel, i =>
        {
            var f = new float[featurizer.FeatureCount];
            featurizer.Compute(byText[data[i].A], byText[data[i].B], f);
            rows[i] = new FeatureRow { Features = f };
            terms[i] = featurizer.Unaligned(byText[data[i].A], byText[data[i].B]);
        });
        unaligned = terms;
        return rows;
    }
}
