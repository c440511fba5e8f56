using BenchmarkDotNet.Attributes;
using Claims.Matching;
using FuzzySharp;

namespace Claims.Benchmarks;

/// <summary>
/// Index versus exhaustive scoring with the same similarity, on real sentences (see <see cref="BenchmarkCorpus"/>).
/// Each operation builds the index (or the vectors) and finds every related pair. Short job: the machine is shared.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class PairingBenchmarks
{
    private IReadOnlyList<Claim> _claims = [];

    /// <summary>Number of claims.</summary>
    [Params(1_000, 10_000)]
    public int Claims { get; set; }

    /// <summary>Loads the corpus.</summary>
    [GlobalSetup]
    public void Setup() => _claims = BenchmarkCorpus.Load(Claims).Claims;

    /// <summary>All pairs by scoring every pair (quadratic), with the index's similarity.</summary>
    [Benchmark(Baseline = true)]
    public int Exhaustive() => new ExhaustiveClaimPairer().FindPairs(_claims, CancellationToken.None).Count;

    /// <summary>All pairs through the prefix-filtered inverted index.</summary>
    [Benchmark]
    public int Index() => new IndexedClaimPairer().FindPairs(_claims, CancellationToken.None).Count;
}

/// <summary>
/// Naive all-pairs FuzzySharp <c>Fuzz.TokenSetRatio</c> (rows spread over every core, like the index) against the
/// index, at the one size where the naive way finishes in reasonable time; larger sizes are estimated by
/// <c>scale</c>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class NaivePairingBenchmarks
{
    private IReadOnlyList<Claim> _claims = [];

    /// <summary>Number of claims.</summary>
    [Params(1_000)]
    public int Claims { get; set; }

    /// <summary>Loads the corpus.</summary>
    [GlobalSetup]
    public void Setup() => _claims = BenchmarkCorpus.Load(Claims).Claims;

    /// <summary>Every pair scored with FuzzySharp; pairs with a ratio of at least 70 counted.</summary>
    [Benchmark(Baseline = true)]
    public long NaiveFuzzySharp()
    {
        long related = 0;
        Parallel.For(0, _claims.Count, () => 0L, (a, _, local) =>
        {
            for (int b = a + 1; b < _claims.Count; b++)
                if (Fuzz.TokenSetRatio(_claims[a].Text, _claims[b].Text) >= 70) local++;
            return local;
        }, local => Interlocked.Add(ref related, local));
        return related;
    }

    /// <summary>All pairs through the prefix-filtered inverted index.</summary>
    [Benchmark]
    public int Index() => new IndexedClaimPairer().FindPairs(_claims, CancellationToken.None).Count;
}

/// <summary>The index alone at 100,000 claims (exhaustive scoring would take minutes per operation; see <c>scale</c>).</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class LargePairingBenchmarks
{
    private IReadOnlyList<Claim> _claims = [];

    /// <summary>Number of claims.</summary>
    [Params(100_000)]
    public int Claims { get; set; }

    /// <summary>Loads the corpus.</summary>
    [GlobalSetup]
    public void Setup() => _claims = BenchmarkCorpus.Load(Claims).Claims;

    /// <summary>All pairs through the prefix-filtered inverted index.</summary>
    [Benchmark]
    public int Index() => new IndexedClaimPairer().FindPairs(_claims, CancellationToken.None).Count;
}
