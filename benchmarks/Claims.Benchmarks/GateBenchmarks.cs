using BenchmarkDotNet.Attributes;
using Claims.Matching;
using Claims.Pipeline;
using Claims.Stance;
using Claims.Stories;

namespace Claims.Benchmarks;

/// <summary>
/// The same-event gate's review of the non-neutral verdicts the lexical stance classifier gives the candidate pairs of
/// the first 300 FNC-1 train bodies (<c>../shared/data/fnc-1/train_bodies.csv</c>, or the path in
/// <c>CLAIMS_FNC1_BODIES</c>), as the analyzer hands them to it: the checks of every agreement (notes on the reporting,
/// places, shares of one whole, ...) and of every contradiction (conditions, the grounds of a charge, ...). One gate
/// for all operations, so each claim's side is worked out in the first one only and an operation times the per-pair
/// part (speed18: the notes and shares patterns compiled at build time, the condition and charge checks on the claim's
/// tokens).
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 7)]
[MemoryDiagnoser]
[MinIterationTime(500)]
public class GateBenchmarks
{
    private readonly SameEventGate _gate = new();
    private (Claim A, Claim B, StanceVerdict Verdict)[] _verdicts = [];

    /// <summary>Extracts the claims, finds the candidate pairs and classifies them once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        string path = Environment.GetEnvironmentVariable("CLAIMS_FNC1_BODIES") ?? ExtractionBenchmarks.FindBodiesFile();
        var articles = ExtractionBenchmarks.ReadBodies(path).Take(300).Select((b, i) => Article.FromString(b, "b" + i)).ToArray();
        var analyzer = new ClaimAnalyzerBuilder().UseDefaults().Build();
        var claims = analyzer.Extract(articles).Articles.SelectMany(a => a.Claims).ToList();
        var counterClaims = new CounterClaims(claims);
        var finder = new StoryCandidateFinder((ClaimIndexPairer)DefaultComponents.Pairer(), analyzer.Pairing);
        var voices = new DifferentVoicesFilter();
        var classifier = new StanceClassifier();
        _verdicts = finder.Batches(counterClaims.Proxies, new int[claims.Count], false, CancellationToken.None).SelectMany(b => b)
            .Where(c => !counterClaims.IsExplicit(c.Pair.A, c.Pair.B) && voices.IsComparable(claims[c.Pair.A], claims[c.Pair.B]))
            .Select(c => (A: claims[c.Pair.A], B: claims[c.Pair.B], Verdict: classifier.Classify(claims[c.Pair.A], claims[c.Pair.B])))
            .Where(v => v.Verdict.Label != StanceLabel.Neutral)
            .ToArray();
        Console.WriteLine($"// {claims.Count} claims, {_verdicts.Length} non-neutral verdicts to review");
    }

    /// <summary>Reviews every verdict (same story, the similarity a candidate pair of one story has at least); returns how many stay non-neutral.</summary>
    [Benchmark]
    public int Review()
    {
        int kept = 0;
        var context = new PairContext(SameStory: true, Similarity: 0.5);
        foreach (var (a, b, verdict) in _verdicts)
            if (_gate.Review(a, b, verdict, context).Label != StanceLabel.Neutral) kept++;
        return kept;
    }
}
