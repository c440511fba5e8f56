using System.Globalization;
using Claims.Pipeline;
using Claims.Semantic;
using Claims.Semantic.Attribution;

namespace Claims.Evaluation;

/// <summary>
/// <c>polnear-accurate-compare --data DIR --model A --model B [--min-agreement R] [--max-f1-change D]</c>: runs two
/// accurate attribution models over the same PolNeAR articles, each article's token states encoded once and read by
/// both, and reports how many attributions (content, source and cue spans) the two keep alike and each one's score
/// against the gold. Exit 0 when the agreement and the F1 change are within the bounds: the reproducibility check's
/// test for a model retrained from token states that differ in their last bits (another instruction set).
/// </summary>
public sealed class PolnearAccurateCompare : IEvaluationCommand
{
    /// <summary>
    /// Least share of identical attributions (of those either model keeps) for two models to count as equivalent. The
    /// training is sensitive to the states' last bits (k-means assignments, the perceptron's updates and the trees'
    /// splits flip on near ties): models trained from AVX-512F and from AVX2/FMA3 states agreed on 0.883 of their
    /// attributions on PolNeAR dev, with F1 0.6942 and 0.6935 (round 18).
    /// </summary>
    public const double DefaultMinAgreement = 0.85;

    /// <summary>Largest change of F1 (precision against recall of all attributions) for two models to count as equivalent.</summary>
    public const double DefaultMaxF1Change = 0.005;

    /// <inheritdoc />
    public string Name => "polnear-accurate-compare";

    /// <inheritdoc />
    public string Usage => string.Create(CultureInfo.InvariantCulture,
        $"--data DIR --model A --model B [--min-agreement {DefaultMinAgreement}] [--max-f1-change {DefaultMaxF1Change}]   (two accurate attribution models on the same token states: agreement and scores; exit 1 when they differ beyond the bounds)");

    /// <inheritdoc />
    public int Run(string[] args)
    {
        string? data = null;
        var paths = new List<string>();
        double minAgreement = DefaultMinAgreement, maxF1Change = DefaultMaxF1Change;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--data" && i + 1 < args.Length) data = args[++i];
            else if (args[i] == "--model" && i + 1 < args.Length) paths.Add(args[++i]);
            else if (args[i] == "--min-agreement" && i + 1 < args.Length) minAgreement = double.Parse(args[++i], CultureInfo.InvariantCulture);
            else if (args[i] == "--max-f1-change" && i + 1 < args.Length) maxF1Change = double.Parse(args[++i], CultureInfo.InvariantCulture);
            else { Console.Error.WriteLine($"unknown argument '{args[i]}'; usage: {Name} {Usage}"); return 2; }
        }
        if (data is null || paths.Count != 2 || !Directory.Exists(Path.Combine(data, "text"))) { Console.Error.WriteLine($"usage: {Name} {Usage}"); return 2; }
        var models = paths.Select(Load).ToArray();
        if (models[0].Projection.OutputDimensions != models[1].Projection.OutputDimensions || models[0].Projection.Seed != models[1].Projection.Seed)
        {
            Console.Error.WriteLine($"{Name}: the two models read different token-state projections");
            return 2;
        }
        var result = Compare(data, models[0], models[1]);
        for (int m = 0; m < 2; m++)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"model {(char)('A' + m)} {paths[m]}: {result.Kept[m]} attributions, {result.Matched[m]} of {result.Gold} gold matched: precision {result.Precision(m):F4}, recall of all {result.Recall(m):F4}, F1 {result.F1(m):F4}"));
        double agreement = result.Agreement, change = Math.Abs(result.F1(0) - result.F1(1));
        bool equivalent = agreement >= minAgreement && change <= maxF1Change;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"identical attributions {result.Identical} of {result.Kept[0] + result.Kept[1] - result.Identical} kept by either: agreement {agreement:F4} (least {minAgreement}); F1 change {change:F4} (most {maxF1Change}): {(equivalent ? "equivalent" : "NOT equivalent")}"));
        return equivalent ? 0 : 1;
    }

    private static ContextualAttributionModel Load(string path)
    {
        using var file = File.OpenRead(path);
        return ContextualAttributionModel.Load(file);
    }

    /// <summary>Both models over every article of <paramref name="data"/>, on the same token states.</summary>
    internal static Comparison Compare(string data, ContextualAttributionModel a, ContextualAttributionModel b)
    {
        var encoder = MiniLmEncoder.Default;
        ProjectedTokenStates? current = null;
        var finders = new[] { a, b }.Select(m => new ContextualAttributionFinder(encoder, m, _ => current)).ToArray();
        var result = new Comparison();
        foreach (var (_, textFile, ann) in PolnearEvaluation.Articles(data))
        {
            var article = Article.FromFile(textFile);
            current = a.Projection.Project(encoder.EncodeTokens(article.Text));
            var gold = PolnearEvaluation.ReadGold(ann);
            result.Gold += gold.Count;
            var kept = new List<(TextSpan, TextSpan?, TextSpan?)>[2];
            for (int m = 0; m < 2; m++)
            {
                var doc = new Document(article);
                IEnumerable<IDocumentStage> stages = [.. DefaultComponents.RuleStages(), finders[m], .. DefaultComponents.ClaimStages()];
                foreach (var stage in stages) stage.Process(doc, CancellationToken.None);
                var claims = doc.Claims.Where(c => c.Kind is not (ClaimKind.Author or ClaimKind.Headline)).ToList();
                kept[m] = [.. claims.Select(c => (c.Span, c.SpeakerSpan, c.CueSpan))];
                result.Kept[m] += claims.Count;
                result.Matched[m] += PolnearEvaluation.Match(claims, gold).GoldMatch.Count(g => g >= 0);
            }
            result.Identical += kept[0].Intersect(kept[1]).Count();
        }
        return result;
    }

    /// <summary>Counts of a comparison over a folder.</summary>
    internal sealed class Comparison
    {
        public int Gold, Identical;
        public readonly int[] Kept = new int[2], Matched = new int[2];

        /// <summary>Identical attributions over those either model keeps.</summary>
        public double Agreement => Kept[0] + Kept[1] - Identical == 0 ? 1 : (double)Identical / (Kept[0] + Kept[1] - Identical);

        public double Precision(int m) => Kept[m] == 0 ? 0 : (double)Matched[m] / Kept[m];

        public double Recall(int m) => Gold == 0 ? 0 : (double)Matched[m] / Gold;

        public double F1(int m) => Precision(m) + Recall(m) == 0 ? 0 : 2 * Precision(m) * Recall(m) / (Precision(m) + Recall(m));
    }
}
