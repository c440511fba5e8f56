using Microsoft.ML;
using Claims.Stance;

namespace Claims.Training;

/// <summary>
/// Model selection on the training pairs: the feature rows are computed once (<see cref="StanceModelTrainer.Prepare"/>),
/// then every candidate's trees are fitted on all folds but one and predict the held fold. Folds are grouped by B's
/// text (one FNC-1 body never sits in two folds). Deterministic for given data, options and folds.
/// </summary>
internal static class StanceCrossValidation
{
    /// <summary>The fold of each pair: a stable hash of B's text modulo <paramref name="folds"/>.</summary>
    public static int[] Folds(IReadOnlyList<LabeledPair> data, int folds)
    {
        if (folds < 2) throw new ArgumentOutOfRangeException(nameof(folds), folds, "cross-validation needs at least two folds");
        return data.Select(p => (int)(StableHash(p.B) % (uint)folds)).ToArray();
    }

    /// <summary>Out-of-fold class probabilities of every pair of <paramref name="prepared"/> under <paramref name="options"/>.</summary>
    public static float[][] OutOfFold(PreparedPairs prepared, StanceTrainingOptions options, int[] fold, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(fold);
        int folds = fold.Max() + 1, classes = prepared.Labels.Count;
        var result = new float[prepared.Rows.Length][];
        for (int f = 0; f < folds; f++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var train = Enumerable.Range(0, fold.Length).Where(i => fold[i] != f).ToArray();
            var held = Enumerable.Range(0, fold.Length).Where(i => fold[i] == f).ToArray();
            if (held.Length == 0) continue;
            var ml = new MLContext(seed: options.Seed);
            var model = StanceModelTrainer.Fit(ml, prepared, options, train);
            var rows = held.Select(i => new FeatureRow { Features = prepared.Rows[i].Features }).ToArray();
            var view = ml.Data.LoadFromEnumerable(rows, FeatureRow.Schema(prepared.Featurizer.Features, classes, withLabel: false));
            var scores = ml.Data.CreateEnumerable<ScoreRow>(model.Transform(view), reuseRowObject: false).ToArray();
            for (int k = 0; k < held.Length; k++) result[held[k]] = Normalize(scores[k].Score, classes);
        }
        return result;
    }

    /// <summary>
    /// Out-of-fold class probabilities when every fold trains a whole model with <paramref name="train"/> on the other
    /// folds' pairs (its own IDF and word-pair tables: nothing learned from the held bodies) and predicts the held pairs.
    /// </summary>
    public static float[][] OutOfFoldWhole(IReadOnlyList<LabeledPair> data, StanceTrainingOptions options, int[] fold,
        Func<IReadOnlyList<LabeledPair>, StanceModel> train, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(fold);
        ArgumentNullException.ThrowIfNull(train);
        var result = new float[data.Count][];
        for (int f = 0; f <= fold.Max(); f++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var held = Enumerable.Range(0, data.Count).Where(i => fold[i] == f).ToArray();
            if (held.Length == 0) continue;
            var model = train(Enumerable.Range(0, data.Count).Where(i => fold[i] != f).Select(i => data[i]).ToList());
            var profiles = new System.Collections.Concurrent.ConcurrentDictionary<string, TextProfile>(StringComparer.Ordinal);
            Parallel.For(0, held.Length, new ParallelOptions { MaxDegreeOfParallelism = options.FeatureThreads, CancellationToken = cancellationToken }, k =>
            {
                var pair = data[held[k]];
                var a = profiles.GetOrAdd(pair.A, model.Featurizer.Profile);
                var b = profiles.GetOrAdd(pair.B, model.Featurizer.Profile);
                result[held[k]] = model.Predict(a, b);
            });
        }
        return result;
    }

    /// <summary>Scores as <see cref="Stance.StanceModel"/> turns them into probabilities (negatives clipped, normalized).</summary>
    private static float[] Normalize(float[] score, int classes)
    {
        var p = new float[classes];
        float sum = 0;
        for (int i = 0; i < classes; i++) sum += Math.Max(0, score[i]);
        for (int i = 0; i < classes; i++) p[i] = sum > 0 ? Math.Max(0, score[i]) / sum : 1f / classes;
        return p;
    }

    private static uint StableHash(string s)
    {
        uint h = 2166136261;
        foreach (char c in s) { h ^= c; h *= 16777619; }
        return h;
    }
}
