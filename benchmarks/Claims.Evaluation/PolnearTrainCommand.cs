using System.Globalization;
using Claims.Attribution;
using Claims.Attribution.Learned;
using Claims.Pipeline;
using Claims.Training.Attribution;

namespace Claims.Evaluation;

/// <summary>
/// <c>polnear-train --data DIR --model-out FILE [--eval DIR]</c>: trains the learned attribution model (token tagger
/// and candidate ranker, see <see cref="LearnedAttributionFinder"/>) on a PolNeAR folder, after the library's rule
/// stages, and saves it; the shipped <c>src/Claims/Resources/attribution-model.zip</c> is made this way from
/// PolNeAR train. With <c>--eval DIR</c> it then scores the whole pipeline with the new model on that folder, as
/// <c>polnear</c> does with the shipped one.
/// </summary>
public sealed class PolnearTrainCommand : IEvaluationCommand
{
    /// <inheritdoc />
    public string Name => "polnear-train";

    /// <inheritdoc />
    public string Usage => "--data DIR --model-out FILE [--eval DIR] [--epochs N] [--bits B] [--seed S] [--tagger-seeds N] [--folds K] [--trees T] [--leaves L] [--no-rule-tags]";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        string? data = null, eval = null, modelOut = null;
        var options = new LearnedAttributionOptions();
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--data" && i + 1 < args.Length) data = args[++i];
            else if (args[i] == "--eval" && i + 1 < args.Length) eval = args[++i];
            else if (args[i] == "--model-out" && i + 1 < args.Length) modelOut = args[++i];
            else if (args[i] == "--epochs" && i + 1 < args.Length) options = options with { Epochs = Number(args[++i]) };
            else if (args[i] == "--bits" && i + 1 < args.Length) options = options with { Bits = Number(args[++i]) };
            else if (args[i] == "--seed" && i + 1 < args.Length) options = options with { Seed = Number(args[++i]) };
            else if (args[i] == "--tagger-seeds" && i + 1 < args.Length) options = options with { TaggerSeeds = Number(args[++i]) };
            else if (args[i] == "--trees" && i + 1 < args.Length) options = options with { Trees = Number(args[++i]) };
            else if (args[i] == "--leaves" && i + 1 < args.Length) options = options with { Leaves = Number(args[++i]) };
            else if (args[i] == "--no-rule-tags") options = options with { UseRuleTags = false };
            else if (args[i] == "--folds" && i + 1 < args.Length) options = options with { Folds = Number(args[++i]) };
            else { Console.Error.WriteLine($"unknown argument '{args[i]}'; usage: {Name} {Usage}"); return 2; }
        }
        if (data is null || modelOut is null || !Directory.Exists(Path.Combine(data, "attributions")))
        {
            Console.Error.WriteLine($"usage: {Name} {Usage}");
            return 2;
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var rules = DefaultComponents.RuleStages().ToList();
        var documents = new List<AnnotatedDocument>();
        foreach (var (_, textFile, ann) in PolnearEvaluation.Articles(data))
        {
            var doc = new Document(Article.FromFile(textFile));
            foreach (var stage in rules) stage.Process(doc, CancellationToken.None);
            documents.Add(new AnnotatedDocument(doc, [.. PolnearEvaluation.ReadGold(ann).Select(g => new AnnotatedAttribution(g.Content, g.Cue, g.Source, g.IsSpeech))]));
        }
        var model = LearnedAttributionTrainer.Train(documents, options, Console.WriteLine);
        using (var file = File.Create(modelOut)) model.Save(file);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{model.Description}\nmodel written to {modelOut} ({new FileInfo(modelOut).Length:N0} bytes) in {watch.Elapsed.TotalSeconds:F0} s"));

        if (eval is not null)
        {
            LearnedAttributionModel saved;
            using (var file = File.OpenRead(modelOut)) saved = LearnedAttributionModel.Load(file);
            IReadOnlyList<IDocumentStage> stages = [.. DefaultComponents.RuleStages(), new LearnedAttributionFinder(saved), .. DefaultComponents.ClaimStages()];
            PolnearEvaluation.Evaluate(eval, stages, misses: null);
        }
        return 0;
    }

    private static int Number(string s) => int.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture);
}
