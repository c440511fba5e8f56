using System.Diagnostics;
using System.Globalization;
using System.Text;
using Claims.Training;

namespace Claims.Evaluation;

/// <summary>
/// Model selection for the FNC-1 stance model inside the training part (never the hold-out):
/// <c>fnc1-cv --bodies F --stances F [--semantic on] [--folds 5] --grid "trees=100 leaves=20 rate=0.2 weight=0.75; ..."</c>
/// featurizes the non-held-out rows once, then for each candidate of the grid fits on all folds but one (grouped by body)
/// and prints the out-of-fold figures. <c>--oof-out FILE</c> writes each candidate's out-of-fold probabilities.
/// </summary>
public sealed class Fnc1CvCommand : IEvaluationCommand
{
    /// <inheritdoc />
    public string Name => "fnc1-cv";

    /// <inheritdoc />
    public string Usage =>
        "--bodies FILE --stances FILE [--holdout 0.2] [--seed 1] [--folds 5] [--grid \"trees=100 leaves=20 rate=0.2 weight=0.75 min-leaf=10 feature-fraction=1 boost-disagree=1; ...\"] " +
        "[--oof-out FILE] [--rows-cache FILE] [--whole-training on] [the fnc1 train switches for the defaults]";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        var opts = StanceArgs.Parse(args);
        if (opts is null || opts.Get("bodies") is null || opts.Get("stances") is null)
        {
            Console.Error.WriteLine($"usage: {Name} {Usage}");
            return 2;
        }
        try
        {
            var bodies = Fnc1Command.ReadBodies(opts.Get("bodies")!);
            var rows = Fnc1Command.ReadStances(opts.Get("stances")!, bodies);
            int seed = opts.Int("seed", 1);
            var held = Fnc1Command.HoldoutBodies(rows.Select(r => r.BodyId), opts.Double("holdout", 0.2), seed);
            var train = rows.Where(r => !held.Contains(r.BodyId)).ToList();
            var pairs = train.Select(r => new LabeledPair(r.Headline, bodies[r.BodyId], r.Stance!)).ToList();
            var baseOptions = Fnc1Command.TrainingOptions(opts, seed);
            var candidates = Grid(opts.Get("grid") ?? "", baseOptions);
            var watch = Stopwatch.StartNew();
            var encoder = SemanticSupport.Encoder(opts);
            bool whole = opts.Flag("whole-training", false);
            PreparedPairs? prepared = null;
            if (!whole)
            {
                string? cache = opts.Get("rows-cache");
                prepared = cache is null ? null : FeatureRowCache.Load(cache, pairs);
                if (prepared is null)
                {
                    prepared = encoder is null
                        ? StanceModelTrainer.Prepare(pairs, baseOptions)
                        : SemanticStanceTrainer.Prepare(pairs, baseOptions, encoder, SemanticSupport.FeatureOptions(opts));
                    encoder?.Save();
                    if (cache is not null) FeatureRowCache.Save(cache, prepared);
                }
                Console.WriteLine($"featurized {pairs.Count} rows ({train.Select(r => r.BodyId).Distinct().Count()} bodies, {prepared.Featurizer.FeatureCount} features) in {watch.Elapsed.TotalSeconds:0.0}s");
            }
            var fold = StanceCrossValidation.Folds(pairs, opts.Int("folds", 5));
            var gold = train.Select(r => r.Stance!).ToArray();
            using var oof = opts.Get("oof-out") is { } path ? new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" } : null;
            foreach (var (spec, options) in candidates)
            {
                watch.Restart();
                // --whole-training on: each fold trains a whole model (IDF table, word-pair table, projection) on the
                // other folds' pairs alone and predicts the held bodies, as the hold-out is predicted.
                var probabilities = whole
                    ? StanceCrossValidation.OutOfFoldWhole(pairs, options, fold, p => encoder is null
                        ? StanceModelTrainer.Train(p, options)
                        : SemanticStanceTrainer.Train(p, options, encoder, SemanticSupport.FeatureOptions(opts)).Model)
                    : StanceCrossValidation.OutOfFold(prepared!, options, fold);
                var predicted = probabilities.Select(p => Fnc1Command.Labels[ArgMax(p)]).ToArray();
                Console.WriteLine($"== {spec} ({watch.Elapsed.TotalSeconds:0.0}s)");
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"FNC-1 relative score: {100 * Fnc1Command.RelativeScore(gold, predicted):0.00}"));
                StanceMetrics.PrintClassification(gold, predicted, Fnc1Command.Labels);
                if (oof is not null)
                    for (int i = 0; i < probabilities.Length; i++)
                        oof.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{spec}\t{train[i].BodyId}\t{gold[i]}\t{string.Join('\t', probabilities[i].Select(x => x.ToString("0.#####", CultureInfo.InvariantCulture)))}"));
            }
            return 0;
        }
        catch (FormatException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
    }

    private static int ArgMax(float[] p)
    {
        int best = 0;
        for (int i = 1; i < p.Length; i++) if (p[i] > p[best]) best = i;
        return best;
    }

    /// <summary>Candidates separated by ';', each a list of name=value settings over <paramref name="defaults"/>; an empty grid is the defaults alone.</summary>
    private static List<(string Spec, StanceTrainingOptions Options)> Grid(string grid, StanceTrainingOptions defaults)
    {
        var result = new List<(string, StanceTrainingOptions)>();
        foreach (var candidate in grid.Split(';', StringSplitOptions.TrimEntries))
        {
            var options = defaults;
            foreach (var setting in candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = setting.Split('=', 2);
                if (parts.Length != 2) throw new FormatException($"--grid: '{setting}' is not name=value");
                if (parts[0] == "learner")
                {
                    options = options with { Learner = Fnc1Command.Learner(parts[1]) };
                    continue;
                }
                double v = double.Parse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture);
                options = parts[0] switch
                {
                    "trees" => options with { NumberOfTrees = (int)v },
                    "leaves" => options with { NumberOfLeaves = (int)v },
                    "rate" => options with { LearningRate = v },
                    "weight" => options with { ClassWeightPower = v },
                    "min-leaf" => options with { MinimumExampleCountPerLeaf = (int)v },
                    "feature-fraction" => options with { FeatureFraction = v },
                    "boost-disagree" => options with { ClassBoosts = new Dictionary<string, double>(StringComparer.Ordinal) { ["disagree"] = v } },
                    _ => throw new FormatException($"--grid: unknown setting '{parts[0]}'"),
                };
            }
            result.Add((candidate.Length == 0 ? "defaults" : candidate, options));
        }
        return result;
    }
}
