using System.Diagnostics;
using System.Globalization;
using System.Text;
using Claims.Stance;
using Claims.Training;

namespace Claims.Evaluation;

/// <summary>
/// FNC-1 stance detection. <c>fnc1 --bodies F --stances F [--out predictions.csv] [--model M] [--split all|holdout|train]</c>
/// predicts (and scores when the stances file has labels); <c>fnc1 train ... --model-out M</c> trains on the
/// non-held-out bodies. The hold-out is a deterministic split by Body ID (<c>--holdout 0.2 --seed 1</c>).
/// </summary>
public sealed class Fnc1Command : IEvaluationCommand
{
    /// <summary>FNC-1 labels in the official order.</summary>
    public static readonly string[] Labels = ["agree", "disagree", "discuss", "unrelated"];

    /// <inheritdoc />
    public string Name => "fnc1";

    /// <inheritdoc />
    public string Usage =>
        "[train] --bodies FILE --stances FILE [--out predictions.csv] [--model MODEL.zip] [--split all|holdout|train] [--holdout 0.2] [--seed 1] " +
        "[--model-out MODEL.zip] [--dev 0.15] [--trees 100] [--leaves 20] [--rate 0.2] [--min-leaf 10] [--class-weight 0.75] [--feature-fraction 1] [--boost-disagree 1] [--learner fasttree|lightgbm] [--table-folds 5] [--table-min 5] [--semantic on] [--precision float32|int8] [--evidence on|off] [--ranked-evidence on|off] [--body-projection on|off] [--embedding-cache FILE] [--opening-denial P] [--denying-headline P] [--opening N] [--probabilities OOF.tsv]";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        bool train = args.Length > 0 && args[0] == "train";
        var opts = StanceArgs.Parse(train ? args[1..] : args);
        if (opts is null || opts.Get("bodies") is null || opts.Get("stances") is null)
        {
            Console.Error.WriteLine($"usage: fnc1 {Usage}");
            return 2;
        }
        try
        {
            var bodies = ReadBodies(opts.Get("bodies")!);
            var rows = ReadStances(opts.Get("stances")!, bodies);
            double holdout = opts.Double("holdout", 0.2);
            int seed = opts.Int("seed", 1);
            var held = HoldoutBodies(rows.Select(r => r.BodyId), holdout, seed);
            return train ? Train(opts, bodies, rows, held, seed) : Predict(opts, bodies, rows, held);
        }
        catch (FormatException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
    }

    private static int Train(StanceArgs opts, Dictionary<string, string> bodies, List<StanceRow> rows, HashSet<string> held, int seed)
    {
        var trainRows = rows.Where(r => !held.Contains(r.BodyId)).ToList();
        if (trainRows.Any(r => r.Stance is null)) { Console.Error.WriteLine("training needs the Stance column"); return 2; }
        double dev = opts.Double("dev", 0);
        var devBodies = dev > 0 ? HoldoutBodies(trainRows.Select(r => r.BodyId), dev, seed + 1) : [];
        var fit = trainRows.Where(r => !devBodies.Contains(r.BodyId)).ToList();
        var options = TrainingOptions(opts, seed);
        var encoder = SemanticSupport.Encoder(opts);
        var watch = Stopwatch.StartNew();
        var pairs = fit.Select(r => new LabeledPair(r.Headline, bodies[r.BodyId], r.Stance!));
        var semantic = encoder is null ? null : Claims.Training.SemanticStanceTrainer.Train(pairs, options, encoder, SemanticSupport.FeatureOptions(opts));
        var model = semantic?.Model ?? StanceModelTrainer.Train(pairs, options);
        encoder?.Save();
        Console.WriteLine($"trained on {fit.Count} rows ({fit.Select(r => r.BodyId).Distinct().Count()} bodies) in {watch.Elapsed.TotalSeconds:0.0}s: {model.Description}");
        if (devBodies.Count > 0)
        {
            var devRows = trainRows.Where(r => devBodies.Contains(r.BodyId)).ToList();
            Console.WriteLine($"dev: {devRows.Count} rows, {devBodies.Count} bodies");
            var predicted = Classify(new StanceClassifier(model, StanceRules.Default), new BodyStanceClassifier(model), bodies, devRows);
            Report(devRows, predicted);
        }
        if (opts.Get("model-out") is { } path)
        {
            if (semantic is not null) semantic.Save(path); else model.Save(path);
            Console.WriteLine($"model written to {path} ({new FileInfo(path).Length / 1024} KiB)");
        }
        return 0;
    }

    /// <summary>The training options of the <c>fnc1 train</c> switches (<c>--trees</c>, <c>--leaves</c>, ...; defaults are the shipped lexical model's).</summary>
    internal static StanceTrainingOptions TrainingOptions(StanceArgs opts, int seed)
    {
        var defaults = new StanceTrainingOptions();
        return defaults with
        {
            NumberOfTrees = opts.Int("trees", defaults.NumberOfTrees),
            NumberOfLeaves = opts.Int("leaves", defaults.NumberOfLeaves),
            LearningRate = opts.Double("rate", defaults.LearningRate),
            MinimumExampleCountPerLeaf = opts.Int("min-leaf", defaults.MinimumExampleCountPerLeaf),
            ClassWeightPower = opts.Double("class-weight", defaults.ClassWeightPower),
            FeatureFraction = opts.Double("feature-fraction", defaults.FeatureFraction),
            ClassBoosts = opts.Get("boost-disagree") is not null
                ? new Dictionary<string, double>(StringComparer.Ordinal) { ["disagree"] = opts.Double("boost-disagree", 1) }
                : null,
            TableFolds = opts.Int("table-folds", defaults.TableFolds),
            // FNC-1 repeats headlines across many bodies: entries seen fewer than 5 times are dropped to keep the shipped zip under 1 MB.
            TableMinimumCount = opts.Int("table-min", 5),
            Seed = seed,
            Labels = Labels,
            Learner = opts.Get("learner") is { } learner ? Learner(learner) : defaults.Learner,
        };
    }

    /// <summary>The learner named by <c>--learner fasttree|lightgbm</c>.</summary>
    internal static StanceLearner Learner(string name) => name switch
    {
        "fasttree" => StanceLearner.FastTreeOneVersusAll,
        "lightgbm" => StanceLearner.LightGbmMulticlass,
        _ => throw new FormatException($"--learner: '{name}' is not fasttree or lightgbm"),
    };

    private static int Predict(StanceArgs opts, Dictionary<string, string> bodies, List<StanceRow> rows, HashSet<string> held)
    {
        string split = opts.Get("split") ?? "all";
        var selected = split switch
        {
            "all" => rows,
            "holdout" => rows.Where(r => held.Contains(r.BodyId)).ToList(),
            "train" => rows.Where(r => !held.Contains(r.BodyId)).ToList(),
            _ => null,
        };
        if (selected is null) { Console.Error.WriteLine($"unknown --split '{split}' (all, holdout, train)"); return 2; }
        var model = SemanticSupport.Model(opts);
        var classifier = new StanceClassifier(model, StanceRules.Default);
        var watch = Stopwatch.StartNew();
        // The repairs' gates, each chosen on its own model's out-of-fold probabilities (BodyStanceOptions).
        var defaults = opts.Flag("semantic", false) ? BodyStanceOptions.SemanticRepairs : BodyStanceOptions.LexicalRepairs;
        var bodyOptions = defaults with
        {
            MinDisagreeWithOpeningDenial = opts.Double("opening-denial", defaults.MinDisagreeWithOpeningDenial),
            MinAgreeWithDenyingHeadline = opts.Double("denying-headline", defaults.MinAgreeWithDenyingHeadline),
            OpeningSentences = opts.Int("opening", defaults.OpeningSentences),
        };
        var given = opts.Get("probabilities") is { } oof ? ReadProbabilities(oof, selected, model.Labels) : null;
        var predicted = Classify(classifier, new BodyStanceClassifier(model, bodyOptions), bodies, selected, given);
        (model.Featurizer.Encoder as CachedEncoder)?.Save();
        Console.WriteLine($"{selected.Count} rows classified in {watch.Elapsed.TotalSeconds:0.0}s ({split})");
        if (opts.Get("out") is { } outPath)
        {
            using var writer = new StreamWriter(outPath, false, new UTF8Encoding(false));
            writer.NewLine = "\n";
            writer.WriteLine("Headline,Body ID,Stance");
            for (int i = 0; i < selected.Count; i++)
                writer.WriteLine($"{CsvReader.Escape(selected[i].Headline)},{CsvReader.Escape(selected[i].BodyId)},{predicted[i]}");
            Console.WriteLine($"predictions written to {outPath}");
        }
        if (selected.All(r => r.Stance is not null) && selected.Count > 0) Report(selected, predicted);
        return 0;
    }

    /// <summary>Classifies every row (labels are never read), profiling each body and headline once.</summary>
    private static string[] Classify(StanceClassifier classifier, BodyStanceClassifier bodyClassifier, Dictionary<string, string> bodies, List<StanceRow> rows,
        float[][]? given = null)
    {
        var bodyProfiles = new System.Collections.Concurrent.ConcurrentDictionary<string, TextProfile>(StringComparer.Ordinal);
        var result = new string[rows.Count];
        Parallel.For(0, rows.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var row = rows[i];
            var body = bodyProfiles.GetOrAdd(row.BodyId, id => classifier.Model.Featurizer.Profile(bodies[id]));
            var stance = (given is null ? bodyClassifier.Classify(classifier.Profile(row.Headline), body) : bodyClassifier.Classify(classifier.Profile(row.Headline), body, given[i])).Stance;
            result[i] = stance.ToString().ToLowerInvariant();
        });
        return result;
    }

    /// <summary>
    /// The probabilities of an <c>fnc1-cv --oof-out</c> file (one candidate; columns spec, body, gold, then the FNC-1
    /// labels in <see cref="Labels"/> order), one line per row of <paramref name="rows"/> in the same order (<c>--split
    /// train</c> with the same <c>--holdout</c> and <c>--seed</c>), reordered to <paramref name="labels"/>.
    /// </summary>
    private static float[][] ReadProbabilities(string path, List<StanceRow> rows, IReadOnlyList<string> labels)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length != rows.Count) throw new FormatException($"{path}: {lines.Length} lines for {rows.Count} rows (one candidate, --split train)");
        var result = new float[rows.Count][];
        for (int i = 0; i < lines.Length; i++)
        {
            var f = lines[i].Split('\t');
            if (f.Length != 3 + Labels.Length || f[1] != rows[i].BodyId || f[2] != rows[i].Stance)
                throw new FormatException($"{path}: line {i + 1} is not row {i + 1} of the training part");
            result[i] = labels.Select(l => float.Parse(f[3 + Array.IndexOf(Labels, l)], CultureInfo.InvariantCulture)).ToArray();
        }
        return result;
    }

    /// <summary>Prints the FNC-1 relative score, macro-F1, per-class F1 and the confusion matrix.</summary>
    internal static void Report(IReadOnlyList<StanceRow> rows, IReadOnlyList<string> predicted)
    {
        var gold = rows.Select(r => r.Stance!).ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"FNC-1 relative score: {100 * RelativeScore(gold, predicted):0.00}"));
        StanceMetrics.PrintClassification(gold, predicted, Labels);
    }

    /// <summary>The challenge's score divided by the score of perfect predictions.</summary>
    public static double RelativeScore(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        double score = 0, best = 0;
        for (int i = 0; i < gold.Count; i++)
        {
            bool goldRelated = gold[i] != "unrelated", predRelated = predicted[i] != "unrelated";
            best += goldRelated ? 1.0 : 0.25;
            if (goldRelated == predRelated) score += 0.25;
            if (goldRelated && gold[i] == predicted[i]) score += 0.75;
        }
        return best == 0 ? 0 : score / best;
    }

    /// <summary>Body IDs in the hold-out: the first <paramref name="fraction"/> of the IDs ordered by a seeded hash.</summary>
    public static HashSet<string> HoldoutBodies(IEnumerable<string> bodyIds, double fraction, int seed)
    {
        var ids = bodyIds.Distinct(StringComparer.Ordinal)
            .OrderBy(id => Hash(seed.ToString(CultureInfo.InvariantCulture) + ":" + id)).ThenBy(id => id, StringComparer.Ordinal).ToList();
        int n = (int)Math.Round(ids.Count * fraction);
        return ids.Take(n).ToHashSet(StringComparer.Ordinal);
    }

    private static ulong Hash(string s)
    {
        ulong h = 14695981039346656037;
        foreach (char c in s) { h ^= c; h *= 1099511628211; }
        return h;
    }

    /// <summary>A stances row; <see cref="Stance"/> is null when the file has no Stance column.</summary>
    internal sealed record StanceRow(string Headline, string BodyId, string? Stance);

    internal static Dictionary<string, string> ReadBodies(string path)
    {
        var rows = CsvReader.ReadFile(path);
        if (rows.Count == 0) throw new FormatException($"{path}: line 1: empty file");
        int id = Column(rows[0], "Body ID", path), text = Column(rows[0], "articleBody", path);
        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows.Skip(1))
        {
            if (row.Fields.Count == 1 && row.Fields[0].Length == 0) continue;
            if (row.Fields.Count != rows[0].Fields.Count)
                throw new FormatException($"{path}: line {row.Line}: expected {rows[0].Fields.Count} fields, found {row.Fields.Count}");
            bodies[row.Fields[id]] = row.Fields[text];
        }
        return bodies;
    }

    internal static List<StanceRow> ReadStances(string path, Dictionary<string, string> bodies)
    {
        var rows = CsvReader.ReadFile(path);
        if (rows.Count == 0) throw new FormatException($"{path}: line 1: empty file");
        int headline = Column(rows[0], "Headline", path), id = Column(rows[0], "Body ID", path);
        int stance = rows[0].Fields.ToList().IndexOf("Stance");
        var result = new List<StanceRow>();
        foreach (var row in rows.Skip(1))
        {
            if (row.Fields.Count == 1 && row.Fields[0].Length == 0) continue;
            if (row.Fields.Count != rows[0].Fields.Count)
                throw new FormatException($"{path}: line {row.Line}: expected {rows[0].Fields.Count} fields, found {row.Fields.Count}");
            string bodyId = row.Fields[id];
            if (!bodies.ContainsKey(bodyId)) throw new FormatException($"{path}: line {row.Line}: Body ID '{bodyId}' is not in the bodies file");
            string? label = stance >= 0 ? row.Fields[stance] : null;
            if (label is not null && Array.IndexOf(Labels, label) < 0)
                throw new FormatException($"{path}: line {row.Line}: unknown Stance '{label}'");
            result.Add(new StanceRow(row.Fields[headline], bodyId, label));
        }
        return result;
    }

    private static int Column(CsvReader.Row header, string name, string path)
    {
        int i = header.Fields.ToList().IndexOf(name);
        return i >= 0 ? i : throw new FormatException($"{path}: line 1: no '{name}' column (header: {string.Join(",", header.Fields)})");
    }
}
