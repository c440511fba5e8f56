using BenchmarkDotNet.Attributes;
using Claims.Stance;

namespace Claims.Benchmarks;

/// <summary>
/// Claim-pair stance throughput on one core: features + rules + the shipped model per pair, with per-text profiles
/// computed once (as the analyzer does: each claim is profiled once and paired many times). One invocation classifies
/// <see cref="Pairs"/> pairs, so the reported mean divided by it is the time per pair.
/// </summary>
[MemoryDiagnoser]
public class StanceBenchmarks
{
    private const int Pairs = 1024;

    private static readonly string[] Claims =
    [
        "Trump said the summit with Putin was cancelled.",
        "The summit was postponed, not cancelled.",
        "a five-hour, late-night meeting in the Kremlin",
        "The talks, which lasted five hours, ended without a deal.",
        "Moscow, Washington, and Kyiv are actually quite close to a diplomatic solution.",
        "Both sides appear far from agreement.",
        "Special envoy Steve Witkoff arrived in Moscow on Thursday.",
        "American businessman Steve Witkoff met Putin in the Kremlin.",
        "Russia launched a massive drone attack on Kyiv overnight.",
        "Ukraine's air force said it shot down 40 of the 52 drones.",
        "The European Union imposed new sanctions on Russian oil exports.",
        "Oil prices rose sharply on Monday after the announcement.",
        "Oil prices fell on Monday as traders weighed the sanctions.",
        "Zelenskyy rejected the peace plan, calling it a capitulation.",
        "The Kremlin said the peace plan could be a basis for talks.",
        "Former President Biden criticised the proposal.",
        "President Trump defended the proposal in a post on social media.",
        "The ceasefire is not holding in eastern Ukraine.",
        "At least 12 people were killed in the strike on Dnipro.",
        "Officials said 15 people were killed in the attack on Dnipro.",
        "The minister may resign next week, according to reports.",
        "The foreign minister resigned on Friday.",
        "The government has no plans to raise taxes.",
        "The vote on the budget is scheduled for Tuesday.",
        "The Budapest summit was put on hold indefinitely.",
        "The meeting between the foreign ministers went ahead in Geneva.",
        "Witkoff and Kushner presented a 28-point plan to Kyiv.",
        "The plan would require Ukraine to cede territory in the Donbas.",
        "European leaders said any deal must include security guarantees.",
        "Putin said Russia was ready to continue fighting.",
        "The talks in Abu Dhabi were described as constructive.",
        "Shares in European defence companies dropped after the report.",
    ];

    private StanceClassifier _classifier = null!;
    private (TextProfile A, TextProfile B)[] _pairs = null!;

    /// <summary>The profiled pairs (after <see cref="Setup"/>).</summary>
    public (TextProfile A, TextProfile B)[] ProfiledPairs => _pairs;

    /// <summary>The profiled pairs that share content (after <see cref="Setup"/>).</summary>
    public (TextProfile A, TextProfile B)[] RelatedPairs => _related;
    private (string A, string B)[] _texts = null!;
    private (TextProfile A, TextProfile B)[] _related = null!;
    private float[] _features = null!;
    private int _cosine;

    [GlobalSetup]
    public void Setup()
    {
        _classifier = new StanceClassifier();
        var profiles = Claims.Select(_classifier.Profile).ToArray();
        _pairs = new (TextProfile, TextProfile)[Pairs];
        _texts = new (string, string)[Pairs];
        int n = 0;
        for (int i = 0; n < Pairs; i++)
            for (int j = 0; j < Claims.Length && n < Pairs; j++)
            {
                if (i % Claims.Length == j) continue;
                _pairs[n] = (profiles[i % Claims.Length], profiles[j]);
                _texts[n] = (Claims[i % Claims.Length], Claims[j]);
                n++;
            }
        _features = new float[_classifier.Model.Featurizer.FeatureCount];
        // Pairs sharing at least one content word: these never take the no-shared-content shortcut, so every one
        // runs the rules, the features and the trees (the claim pairer hands the classifier such pairs).
        var featurizer = _classifier.Model.Featurizer;
        var related = new List<(TextProfile, TextProfile)>();
        var probe = new float[featurizer.FeatureCount];
        int cosine = _cosine = featurizer.Features.IndexOf(LexicalFeatures.CosWhole);
        for (int i = 0; related.Count < Pairs; i++)
        {
            var (a, b) = _pairs[i % Pairs];
            featurizer.Compute(a, b, probe);
            if (probe[cosine] > 0) related.Add((a, b));
        }
        _related = related.ToArray();
        // Warm the lazily loaded model and the engine pool outside the measurement.
        _classifier.Classify(_pairs[0].A, _pairs[0].B);
    }

    /// <summary>Rules + features + model per pair, profiles precomputed.</summary>
    [Benchmark(OperationsPerInvoke = Pairs, Baseline = true)]
    public int ClassifyProfiledPairs()
    {
        int contradictions = 0;
        foreach (var (a, b) in _pairs)
            if (_classifier.Classify(a, b).Label == StanceLabel.Contradicts) contradictions++;
        return contradictions;
    }

    /// <summary>Rules + features + model on pairs that share content (no shortcut).</summary>
    [Benchmark(OperationsPerInvoke = Pairs)]
    public int ClassifyRelatedPairs()
    {
        int contradictions = 0;
        foreach (var (a, b) in _related)
            if (_classifier.Classify(a, b).Label == StanceLabel.Contradicts) contradictions++;
        return contradictions;
    }

    /// <summary>The string overload: profiles come from the classifier's cache.</summary>
    [Benchmark(OperationsPerInvoke = Pairs)]
    public int ClassifyCachedStrings()
    {
        int contradictions = 0;
        foreach (var (a, b) in _texts)
            if (_classifier.Classify(a, b).Label == StanceLabel.Contradicts) contradictions++;
        return contradictions;
    }

    /// <summary>Features + model (the measure), on pairs that share content, without rules or reason strings.</summary>
    [Benchmark(OperationsPerInvoke = Pairs)]
    public float FeaturesAndModelRelatedPairs()
    {
        float sum = 0;
        var model = _classifier.Model;
        Span<float> probabilities = stackalloc float[model.Labels.Count];
        foreach (var (a, b) in _related)
        {
            model.Featurizer.Compute(a, b, _features);
            model.Predict(_features, probabilities);
            sum += probabilities[0];
        }
        return sum;
    }

    /// <summary>The feature vector alone.</summary>
    [Benchmark(OperationsPerInvoke = Pairs)]
    public float FeaturesOnly()
    {
        float sum = 0;
        var featurizer = _classifier.Model.Featurizer;
        foreach (var (a, b) in _pairs)
        {
            featurizer.Compute(a, b, _features);
            sum += _features[_cosine];
        }
        return sum;
    }
}

/// <summary>
/// <c>stance-stages [--seconds 3]</c>: single-thread pairs per second of each stage (features, model, rules, full
/// classification) over the benchmark claims, for a quick breakdown without BenchmarkDotNet's full run.
/// </summary>
public sealed class StanceStagesCommand : ICustomCommand
{
    /// <inheritdoc />
    public string Name => "stance-stages";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        double seconds = args.Length == 2 && args[0] == "--seconds" ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3;
        var bench = new StanceBenchmarks();
        bench.Setup();
        var classifier = new StanceClassifier();
        var model = classifier.Model;
        var features = new float[model.Featurizer.FeatureCount];
        var probabilities = new float[model.Labels.Count];
        var pairs = bench.RelatedPairs;
        Measure("features", seconds, pairs, (a, b) => model.Featurizer.Compute(a, b, features));
        Measure("model", seconds, pairs, (a, b) => model.Predict(features, probabilities));
        var stancePairs = pairs.Select(p => StancePair.Create(model.Featurizer, p.A.Text, p.B.Text)).ToArray();
        foreach (var rule in classifier.Rules)
        {
            int k = 0;
            Measure("rule " + rule.Name, seconds / 4, pairs, (a, b) => rule.Evaluate(stancePairs[k++ % stancePairs.Length]));
        }
        Measure("rules-all", seconds, pairs, (a, b) =>
        {
            var pair = new StancePair(a, b, model.Featurizer.Relations);
            foreach (var r in classifier.Rules) r.Evaluate(pair);
        });
        Measure("classify", seconds, pairs, (a, b) => classifier.Classify(a, b));
        // The FuzzySharp ratios one by one on the same texts (their cost dominates the features).
        Measure("fz-ratio", seconds, pairs, (a, b) => FuzzySharp.Fuzz.Ratio(a.Text, b.Text, FuzzySharp.PreProcess.PreprocessMode.None));
        Measure("fz-partial", seconds, pairs, (a, b) => FuzzySharp.Fuzz.PartialRatio(a.Text, b.Text, FuzzySharp.PreProcess.PreprocessMode.None));
        Measure("fz-tokset", seconds, pairs, (a, b) => FuzzySharp.Fuzz.TokenSetRatio(a.Text, b.Text, FuzzySharp.PreProcess.PreprocessMode.None));
        Measure("partial", seconds, pairs, (a, b) => PairFeaturizer.PartialSimilarity(a.Text, b.Text));
        // The feature pieces on the strings the featurizer really uses.
        Measure("f-ratio", seconds / 4, pairs, (a, b) => FuzzySharp.Fuzz.Ratio(a.Whole.FuzzyText, b.Whole.FuzzyText, FuzzySharp.PreProcess.PreprocessMode.None));
        Measure("f-partial", seconds / 4, pairs, (a, b) => PairFeaturizer.PartialSimilarity(a.Whole.FuzzyText, b.Whole.FuzzyText));
        Measure("f-tokset", seconds / 4, pairs, (a, b) => FuzzySharp.Fuzz.TokenSetRatio(a.Whole.SortedText, b.Whole.SortedText, FuzzySharp.PreProcess.PreprocessMode.None));
        Measure("f-sort", seconds / 4, pairs, (a, b) => FuzzySharp.Fuzz.Ratio(a.Whole.SortedText, b.Whole.SortedText, FuzzySharp.PreProcess.PreprocessMode.None));
        Measure("f-align", seconds / 4, pairs, (a, b) => model.Featurizer.Relations.Align(a.Whole, b.Whole));
        Measure("f-negflip", seconds / 4, pairs, (a, b) => PairFeaturizer.NegationFlips(a.Whole, b.Whole));
        return 0;
    }

    private static void Measure(string name, double seconds, (TextProfile A, TextProfile B)[] pairs, Action<TextProfile, TextProfile> action)
    {
        // Warm up long enough for tiered compilation to reach optimized code.
        var warm = System.Diagnostics.Stopwatch.StartNew();
        while (warm.Elapsed.TotalSeconds < 0.5)
            foreach (var (a, b) in pairs) action(a, b);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        long n = 0;
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            foreach (var (a, b) in pairs) action(a, b);
            n += pairs.Length;
        }
        Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{name,-10} {n / watch.Elapsed.TotalSeconds,12:N0} pairs/s  ({1e6 * watch.Elapsed.TotalSeconds / n:0.00} us/pair)"));
    }
}
