using System.Diagnostics;
using System.Text;
using Claims.Stance;
using Claims.Training;

namespace Claims.Evaluation;

/// <summary>
/// SICK entailment: trains the library's pair classifier (same features and trainer, through
/// <see cref="StanceModelTrainer"/>) on the training rows and predicts ENTAILMENT / NEUTRAL / CONTRADICTION for the
/// pairs file. The model trained here is never saved into the library (SICK is CC BY-NC-SA).
/// </summary>
public sealed class SickCommand : IEvaluationCommand
{
    private static readonly string[] Labels = ["CONTRADICTION", "ENTAILMENT", "NEUTRAL"];

    /// <inheritdoc />
    public string Name => "sick";

    /// <inheritdoc />
    public string Usage =>
        "--train FILE --pairs FILE [--out predictions.tsv] [--train-set TRAIN] [--eval-set TRIAL] [--dev 0.2] [--directions ab|both] [--errors N] [--rules on|off] [--trees 300] [--leaves 20] [--rate 0.1] [--min-leaf 10] [--class-weight 0] [--table-folds 5] [--table-min 2] [--seed 1] [--semantic on] [--precision float32|int8] [--embedding-cache FILE]";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        var opts = StanceArgs.Parse(args);
        if (opts is null || opts.Get("train") is null || opts.Get("pairs") is null)
        {
            Console.Error.WriteLine($"usage: sick {Usage}");
            return 2;
        }
        try
        {
            // The combined SICK file holds TRAIN, TRIAL and TEST rows: by default train on TRAIN and predict TRIAL
            // when the two files are the same; filters apply only to files with a SemEval_set column.
            bool sameFile = Path.GetFullPath(opts.Get("train")!) == Path.GetFullPath(opts.Get("pairs")!);
            var train = Read(opts.Get("train")!, opts.Get("train-set") ?? "TRAIN");
            var pairs = Read(opts.Get("pairs")!, opts.Get("eval-set") ?? (sameFile ? "TRIAL" : null));
            double dev = opts.Double("dev", 0);
            if (dev > 0)
            {
                // Tuning protocol: hold out part of the training rows (by a seeded hash of pair_ID) and evaluate on it
                // instead of the pairs file, so the reported set is never used for choices.
                var held = Fnc1Command.HoldoutBodies(train.Select(r => r.Id), dev, opts.Int("seed", 1));
                pairs = train.Where(r => held.Contains(r.Id)).ToList();
                train = train.Where(r => !held.Contains(r.Id)).ToList();
                Console.WriteLine($"dev split: training on {train.Count}, evaluating on {pairs.Count} held-out training rows");
            }
            bool both = opts.Get("directions") == "both";
            bool rules = opts.Flag("rules", false);
            if (train.Any(r => r.Label is null)) { Console.Error.WriteLine($"{opts.Get("train")}: training rows need entailment_label"); return 2; }
            var options = new StanceTrainingOptions
            {
                NumberOfTrees = opts.Int("trees", 300),
                NumberOfLeaves = opts.Int("leaves", 20),
                LearningRate = opts.Double("rate", 0.1),
                MinimumExampleCountPerLeaf = opts.Int("min-leaf", 10),
                ClassWeightPower = opts.Double("class-weight", 0),
                Seed = opts.Int("seed", 1),
                TableFolds = opts.Int("table-folds", 5),
                TableMinimumCount = opts.Int("table-min", 2),
                Labels = Labels,
            };
            // --semantic on: the same public training API over the lexical features plus the embedding features.
            var encoder = SemanticSupport.Encoder(opts);
            var watch = Stopwatch.StartNew();
            // Entailment is directional (A entails B), so by default only A -> B is used; "--directions both" adds B -> A.
            var examples = train.SelectMany(r => both
                ? new[] { new LabeledPair(r.A, r.B, r.Label!), new LabeledPair(r.B, r.A, r.Label!) }
                : new[] { new LabeledPair(r.A, r.B, r.Label!) });
            var model = encoder is null ? StanceModelTrainer.Train(examples, options) : Claims.Training.SemanticStanceTrainer.Train(examples, options, encoder, SemanticSupport.FeatureOptions(opts)).Model;
            Console.WriteLine($"trained on {train.Count} pairs in {watch.Elapsed.TotalSeconds:0.0}s: {model.Description}");
            var predicted = Predict(model, pairs, both, rules);
            encoder?.Save();
            if (opts.Get("out") is { } outPath)
            {
                using var writer = new StreamWriter(outPath, false, new UTF8Encoding(false));
                writer.NewLine = "\n";
                writer.WriteLine("pair_ID\tentailment_label");
                for (int i = 0; i < pairs.Count; i++) writer.WriteLine($"{pairs[i].Id}\t{predicted[i]}");
                Console.WriteLine($"predictions written to {outPath}");
            }
            int errors = opts.Int("errors", 0);
            for (int i = 0, shown = 0; i < pairs.Count && shown < errors; i++)
                if (pairs[i].Label is { } gold && gold != predicted[i])
                {
                    Console.WriteLine($"  {gold} -> {predicted[i]}: {pairs[i].A} || {pairs[i].B}");
                    shown++;
                }
            if (pairs.Count > 0 && pairs.All(r => r.Label is not null))
                StanceMetrics.PrintClassification(pairs.Select(r => r.Label!).ToArray(), predicted, Labels);
            return 0;
        }
        catch (FormatException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
    }

    /// <summary>
    /// Label of each pair: CONTRADICTION when a library rule decides a contradiction (with <c>--rules on</c>; off by default: SICK annotates many rule contradictions as neutral), else
    /// the most probable class for A -> B (summed with B -> A when trained on both). Labels are never read.
    /// </summary>
    private static string[] Predict(StanceModel model, List<SickRow> rows, bool both, bool rules)
    {
        var f = model.Featurizer;
        var result = new string[rows.Count];
        Parallel.For(0, rows.Count, i =>
        {
            var a = f.Profile(rows[i].A);
            var b = f.Profile(rows[i].B);
            if (rules && RuleContradiction(StancePair.Create(f, rows[i].A, rows[i].B)))
            {
                result[i] = "CONTRADICTION";
                return;
            }
            var p1 = model.Predict(a, b);
            var p2 = both ? model.Predict(b, a) : new float[p1.Length];
            int best = 0;
            for (int k = 1; k < p1.Length; k++)
                if (p1[k] + p2[k] > p1[best] + p2[best]) best = k;
            result[i] = model.Labels[best];
        });
        return result;
    }

    /// <summary>True when one of the library's rules decides the pair is a contradiction.</summary>
    private static bool RuleContradiction(StancePair pair)
    {
        foreach (var rule in StanceRules.Default)
            if (rule.Evaluate(pair) is { Effect: RuleEffect.Decide, Label: StanceLabel.Contradicts }) return true;
        return false;
    }

    private sealed record SickRow(string Id, string A, string B, string? Label);

    private static List<SickRow> Read(string path, string? set)
    {
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        if (lines.Length == 0) throw new FormatException($"{path}: line 1: empty file");
        var header = lines[0].Split('\t');
        int id = Array.IndexOf(header, "pair_ID"), a = Array.IndexOf(header, "sentence_A"), b = Array.IndexOf(header, "sentence_B");
        int label = Array.IndexOf(header, "entailment_label"), setColumn = Array.IndexOf(header, "SemEval_set");
        if (id < 0 || a < 0 || b < 0)
            throw new FormatException($"{path}: line 1: needs pair_ID, sentence_A and sentence_B columns (header: {lines[0]})");
        var rows = new List<SickRow>();
        for (int i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0) continue;
            var fields = lines[i].Split('\t');
            if (fields.Length != header.Length)
                throw new FormatException($"{path}: line {i + 1}: expected {header.Length} tab-separated fields, found {fields.Length}");
            if (set is not null && setColumn >= 0 && fields[setColumn] != set) continue;
            string? gold = label >= 0 ? fields[label] : null;
            if (gold is not null && Array.IndexOf(Labels, gold) < 0)
                throw new FormatException($"{path}: line {i + 1}: unknown entailment_label '{gold}'");
            rows.Add(new SickRow(fields[id], fields[a], fields[b], gold));
        }
        return rows;
    }
}
