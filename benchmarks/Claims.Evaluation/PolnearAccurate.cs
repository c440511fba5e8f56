using System.Globalization;
using Claims.Attribution;
using Claims.Attribution.Learned;
using Claims.Pipeline;
using Claims.Training.Attribution;
using Claims.Semantic;
using Claims.Semantic.Attribution;

namespace Claims.Evaluation;

/// <summary>
/// <c>polnear-train-accurate --data DIR --token-states FILE --model-out FILE [--eval DIR --eval-token-states FILE]</c>:
/// trains the accurate attribution model (<see cref="ContextualAttributionModel"/>) on the PolNeAR articles whose
/// projected token states the cache holds (written by <c>polnear-token-states</c>), with the lexical model's options:
/// its tagger reads the token states; optionally scores it on another folder.
/// </summary>
public sealed class PolnearTrainAccurate : IEvaluationCommand
{
    /// <inheritdoc />
    public string Name => "polnear-train-accurate";

    /// <inheritdoc />
    public string Usage => "--data DIR --token-states FILE --model-out FILE [--eval DIR --eval-token-states FILE] [--trees T] [--leaves L] [--epochs N] [--ranker-states on|off] [--state-anchors on|off]";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        string? data = null, states = null, modelOut = null, eval = null, evalStates = null;
        bool rankerStates = false, stateAnchors = false;
        var options = new LearnedAttributionOptions();
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--data" && i + 1 < args.Length) data = args[++i];
            else if (args[i] == "--token-states" && i + 1 < args.Length) states = args[++i];
            else if (args[i] == "--model-out" && i + 1 < args.Length) modelOut = args[++i];
            else if (args[i] == "--eval" && i + 1 < args.Length) eval = args[++i];
            else if (args[i] == "--eval-token-states" && i + 1 < args.Length) evalStates = args[++i];
            else if (args[i] == "--trees" && i + 1 < args.Length) options = options with { Trees = int.Parse(args[++i], CultureInfo.InvariantCulture) };
            else if (args[i] == "--leaves" && i + 1 < args.Length) options = options with { Leaves = int.Parse(args[++i], CultureInfo.InvariantCulture) };
            else if (args[i] == "--epochs" && i + 1 < args.Length) options = options with { Epochs = int.Parse(args[++i], CultureInfo.InvariantCulture) };
            else if (args[i] == "--ranker-states" && i + 1 < args.Length && args[i + 1] is "on" or "off") rankerStates = args[++i] == "on";
            else if (args[i] == "--state-anchors" && i + 1 < args.Length && args[i + 1] is "on" or "off") stateAnchors = args[++i] == "on";
            else { Console.Error.WriteLine($"unknown argument '{args[i]}'; usage: {Name} {Usage}"); return 2; }
        }
        if (data is null || states is null || modelOut is null || !Directory.Exists(Path.Combine(data, "attributions")) || !File.Exists(states))
        {
            Console.Error.WriteLine($"usage: {Name} {Usage}");
            return 2;
        }
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var cache = PolnearTokenStates.Read(states);
        var rules = DefaultComponents.RuleStages().ToList();
        var documents = new List<AnnotatedDocument>();
        var docStates = new List<ProjectedTokenStates>();
        foreach (var (name, textFile, ann) in PolnearEvaluation.Articles(data))
        {
            if (!cache.TryGetValue(name, out var s)) continue;
            var doc = new Document(Article.FromFile(textFile));
            foreach (var stage in rules) stage.Process(doc, CancellationToken.None);
            documents.Add(new AnnotatedDocument(doc, [.. PolnearEvaluation.ReadGold(ann).Select(g => new AnnotatedAttribution(g.Content, g.Cue, g.Source, g.IsSpeech))]));
            docStates.Add(s);
        }
        Console.WriteLine($"{documents.Count} articles with token states");
        var projection = new TokenStateProjection(MiniLmEncoder.Default.Dimensions, docStates[0].Dimensions, ContextualAttributionModel.DefaultProjectionSeed);
        var provenance = new TokenStatesProvenance(Sha256Hex(states), documents.Count, docStates.Sum(s => (long)s.Count),
            TokenStatesProvenance.CurrentInstructionSet());
        Console.WriteLine($"token states: {provenance}");
        var model = ContextualAttributionTrainer.Train(documents, docStates, projection, options, Console.WriteLine, provenance, rankerStates, stateAnchors);
        using (var file = File.Create(modelOut)) model.Save(file);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"model written to {modelOut} ({new FileInfo(modelOut).Length:N0} bytes) in {watch.Elapsed.TotalSeconds:F0} s"));
        if (eval is not null)
        {
            ContextualAttributionModel saved;
            using (var file = File.OpenRead(modelOut)) saved = ContextualAttributionModel.Load(file);
            PolnearAccurate.Evaluate(eval, saved, evalStates);
        }
        return 0;
    }

    /// <summary>Lower-case hex SHA-256 of a file's bytes.</summary>
    internal static string Sha256Hex(string path)
    {
        using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(file));
    }
}

/// <summary>
/// <c>polnear-accurate --data DIR [--token-states FILE] [--model FILE]</c>: scores the accurate attribution mode on a
/// PolNeAR folder (as <c>polnear</c> does for the fast mode), reading token states from the cache when given and
/// encoding the articles otherwise.
/// </summary>
public sealed class PolnearAccurate : IEvaluationCommand
{
    /// <inheritdoc />
    public string Name => "polnear-accurate";

    /// <inheritdoc />
    public string Usage => "--data DIR [--token-states FILE] [--model FILE] [--misses FILE] [--precision float32|int8]   (the accurate attribution mode; the shipped model unless --model; token states encoded at float32, as UseSemantic() reads them, unless --precision int8)";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        string? data = null, states = null, modelPath = null, misses = null;
        var precision = EncoderPrecision.Float32;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--data" && i + 1 < args.Length) data = args[++i];
            else if (args[i] == "--token-states" && i + 1 < args.Length) states = args[++i];
            else if (args[i] == "--model" && i + 1 < args.Length) modelPath = args[++i];
            else if (args[i] == "--misses" && i + 1 < args.Length) misses = args[++i];
            else if (args[i] == "--precision" && i + 1 < args.Length && Enum.TryParse(args[i + 1], ignoreCase: true, out EncoderPrecision p)) { precision = p; i++; }
            else { Console.Error.WriteLine($"unknown argument '{args[i]}'; usage: {Name} {Usage}"); return 2; }
        }
        if (data is null || !Directory.Exists(Path.Combine(data, "text"))) { Console.Error.WriteLine($"usage: {Name} {Usage}"); return 2; }
        ContextualAttributionModel model;
        if (modelPath is null) model = ContextualAttributionModel.Default;
        else using (var file = File.OpenRead(modelPath)) model = ContextualAttributionModel.Load(file);
        using var int8 = precision == EncoderPrecision.Int8 ? new MiniLmEncoder(new MiniLmEncoderOptions { Precision = EncoderPrecision.Int8 }) : null;
        Evaluate(data, model, states, int8 ?? MiniLmEncoder.Default, misses);
        return 0;
    }

    internal static void Evaluate(string data, ContextualAttributionModel model, string? statesPath, MiniLmEncoder? encoder = null, string? misses = null)
    {
        var cache = statesPath is null ? null : PolnearTokenStates.Read(statesPath);
        var finder = new ContextualAttributionFinder(encoder ?? MiniLmEncoder.Default, model,
            cache is null ? null : doc => cache.TryGetValue(doc.Article.Id, out var s) ? s : null);
        IReadOnlyList<IDocumentStage> stages = [.. DefaultComponents.RuleStages(), finder, .. DefaultComponents.ClaimStages()];
        PolnearEvaluation.Evaluate(data, stages, misses);
    }
}
