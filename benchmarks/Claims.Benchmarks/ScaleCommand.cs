using System.Diagnostics;
using System.Globalization;
using Claims.Matching;
using FuzzySharp;

namespace Claims.Benchmarks;

/// <summary>
/// <c>scale --claims N [--data DIR] [--threshold T] [--full-exhaustive] [--synthetic]</c>: builds the claim index over N claims,
/// finds all related pairs, and compares with exhaustive scoring (recall, time) and naive FuzzySharp all-pairs (time).
/// Last line: <c>scale claims=N pairs=P recall=R index_s=S exhaustive_s=E</c>.
/// </summary>
public sealed class ScaleCommand : ICustomCommand
{
    // Above this many claims, exhaustive scoring is estimated from a sample of rows unless --full-exhaustive.
    private const int FullExhaustiveLimit = 20_000;
    // Naive FuzzySharp: pairs actually scored for the estimate.
    private const int FuzzySamplePairs = 200_000;

    /// <inheritdoc />
    public string Name => "scale";

    // What the command line asks for.
    private sealed record Settings(int Claims, string? Data, double Threshold, bool FullExhaustive, bool Synthetic);

    /// <inheritdoc />
    public int Run(string[] args)
    {
        if (Parse(args) is not { } settings) return 2;
        var corpus = BenchmarkCorpus.Load(settings.Claims, settings.Data, settings.Synthetic);
        var claims = corpus.Claims;
        int n = claims.Count;
        Console.WriteLine($"corpus: {corpus.Description}");
        Console.WriteLine($"machine: {Environment.ProcessorCount} logical cores, {RuntimeInformationText()}");
        var options = ClaimIndexOptions.Default with { Threshold = settings.Threshold };

        // JIT warm-up on a small slice so the timed run measures steady-state code, not compilation.
        using (var warm = ClaimIndex.Build(claims.Take(Math.Min(n, 2000)), options))
            warm.AllPairPositions(exhaustive: false, CancellationToken.None);

        var cpuBefore = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var index = ClaimIndex.Build(claims, options);
        double buildSeconds = clock.Elapsed.TotalSeconds;
        var work = new PairSearchTally();
        var pairs = index.AllPairPositions(exhaustive: false, CancellationToken.None, 1, work);
        double indexSeconds = clock.Elapsed.TotalSeconds;
        double indexCpuSeconds = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        // The machine is shared: CPU time next to wall time shows how much of the wall time other processes took.
        Console.WriteLine(Invariant($"index cpu: {indexCpuSeconds:F3} s over {Environment.ProcessorCount} cores (wall {indexSeconds:F3} s); load average {LoadAverage()}"));
        Console.WriteLine(Invariant($"index: build {buildSeconds:F3} s + all pairs {indexSeconds - buildSeconds:F3} s = {indexSeconds:F3} s; {index.FeatureCount} features, {index.PostingCount} postings ({(double)index.PostingCount / n:F2} a claim); {work.PostingsScanned} postings scanned, {work.PairsScored} pairs scored exactly"));
        index.Dispose();

        // Memory: the managed heap held by a second index of the same claims (the stem cache is already warm, and the
        // claims themselves belong to the caller, so neither is counted).
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var measured = ClaimIndex.Build(claims, options);
        long after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine(Invariant($"index memory: {(after - before) / (double)n:F0} bytes a claim ({(after - before) / 1048576.0:F1} MiB)"));
        var (exhaustiveSeconds, recall) = CompareWithExhaustive(measured, pairs, n, settings.FullExhaustive);
        measured.Dispose();

        double fuzzySeconds = NaiveFuzzySeconds(claims);
        Console.WriteLine(Invariant($"speed-up: {fuzzySeconds / indexSeconds:F0}x over naive FuzzySharp, {exhaustiveSeconds / indexSeconds:F1}x over exhaustive"));
        Console.WriteLine(Invariant($"scale claims={n} pairs={pairs.Count} recall={recall:F4} index_s={indexSeconds:F3} exhaustive_s={exhaustiveSeconds:F3}"));
        return 0;
    }

    // The settings, or null after printing the usage.
    private static Settings? Parse(string[] args)
    {
        int claimsWanted = 0;
        string? data = null;
        double threshold = ClaimIndexOptions.DefaultThreshold;
        bool fullExhaustive = false;
        bool synthetic = false;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--claims" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out claimsWanted):
                    i++;
                    break;
                case "--data" when i + 1 < args.Length:
                    data = args[++i];
                    break;
                case "--threshold" when i + 1 < args.Length && double.TryParse(args[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out threshold):
                    i++;
                    break;
                case "--full-exhaustive":
                    fullExhaustive = true;
                    break;
                case "--synthetic":
                    synthetic = true;
                    break;
                default:
                    Console.Error.WriteLine($"scale: unexpected argument '{args[i]}'");
                    Console.Error.WriteLine("usage: scale --claims N [--data DIR] [--threshold T] [--full-exhaustive] [--synthetic]");
                    return null;
            }
        }
        if (claimsWanted < 2 || threshold <= 0 || threshold > 1)
        {
            Console.Error.WriteLine("usage: scale --claims N (N >= 2) [--data DIR] [--threshold T in (0,1]] [--full-exhaustive] [--synthetic]");
            return null;
        }
        return new Settings(claimsWanted, data, threshold, fullExhaustive, synthetic);
    }

    // Exhaustive scoring with the same vectors, in full or on every k-th row (each row is scored against all later
    // claims, so a uniform row sample estimates the total time and the recall on those rows): its time and the index's
    // recall against it.
    private static (double Seconds, double Recall) CompareWithExhaustive(ClaimIndex measured, List<CandidatePair> pairs, int n, bool fullExhaustive)
    {
        int stride = fullExhaustive || n <= FullExhaustiveLimit ? 1 : (int)Math.Ceiling((double)n * n / ((double)FullExhaustiveLimit * FullExhaustiveLimit));
        var clock = Stopwatch.StartNew();
        var exhaustive = measured.AllPairPositions(exhaustive: true, CancellationToken.None, stride);
        double exhaustiveSeconds = clock.Elapsed.TotalSeconds * stride;
        var indexRows = stride == 1 ? pairs : pairs.Where(p => p.A % stride == 0).ToList();
        var found = new HashSet<(int, int)>(indexRows.Select(p => (p.A, p.B)));
        int hits = exhaustive.Count(p => found.Contains((p.A, p.B)));
        double recall = exhaustive.Count == 0 ? 1.0 : (double)hits / exhaustive.Count;
        if (stride > 1)
            Console.WriteLine(Invariant($"exhaustive: ESTIMATED from every {stride}th row ({exhaustive.Count} pairs there): {clock.Elapsed.TotalSeconds:F3} s x {stride}; recall on those rows"));
        else
            Console.WriteLine(Invariant($"exhaustive: measured, {exhaustive.Count} pairs; index pairs not exhaustive: {indexRows.Count - hits}"));
        return (exhaustiveSeconds, recall);
    }

    // Naive FuzzySharp all-pairs on every core: measured in full when small, else estimated from a fixed pair sample.
    private static double NaiveFuzzySeconds(IReadOnlyList<Claim> claims)
    {
        int n = claims.Count;
        long allPairs = (long)n * (n - 1) / 2;
        long sampled = Math.Min(allPairs, FuzzySamplePairs);
        var random = new Random(7);
        var sample = new (int, int)[sampled];
        if (sampled == allPairs)
        {
            int k = 0;
            for (int a = 0; a < n; a++) for (int b = a + 1; b < n; b++) sample[k++] = (a, b);
        }
        else
            for (int k = 0; k < sampled; k++)
            {
                int a = random.Next(n), b = random.Next(n - 1);
                sample[k] = (a, b >= a ? b + 1 : b);
            }
        var clock = Stopwatch.StartNew();
        long fuzzyHits = 0;
        Parallel.For(0, sample.Length, () => 0L, (k, _, local) =>
        {
            var (a, b) = sample[k];
            return Fuzz.TokenSetRatio(claims[a].Text, claims[b].Text) >= 70 ? local + 1 : local;
        }, local => Interlocked.Add(ref fuzzyHits, local));
        double fuzzySeconds = clock.Elapsed.TotalSeconds * allPairs / sampled;
        Console.WriteLine(sampled == allPairs
            ? Invariant($"naive FuzzySharp TokenSetRatio all pairs: measured {fuzzySeconds:F2} s ({allPairs} pairs, {fuzzyHits} with ratio >= 70)")
            : Invariant($"naive FuzzySharp TokenSetRatio all pairs: ESTIMATED {fuzzySeconds:F1} s from {sampled} random pairs in {clock.Elapsed.TotalSeconds:F2} s ({allPairs} pairs in all)"));
        return fuzzySeconds;
    }

    private static string LoadAverage()
    {
        try { return File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a"; }
        catch (IOException) { return "n/a"; }
    }

    private static string RuntimeInformationText() =>
        $"{System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
