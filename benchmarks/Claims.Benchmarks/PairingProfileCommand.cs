using System.Diagnostics;
using System.Globalization;
using Claims.Matching;
using Claims.Pipeline;
using Claims.Reporting;
using Claims.Stance;

namespace Claims.Benchmarks;

/// <summary>
/// <c>pairing-profile --file F [--chars N]</c>: where the time of analyzing one (large) article goes after extraction,
/// measured in CPU seconds of this process step by step with the lexical analyzer's own parts: the claim index
/// (features, build), the all-pairs search, the cap per claim and filter, the stance classification of the candidates,
/// then the whole streaming run written as JSON to a null stream (wall, CPU, peak working set, bytes allocated). The
/// first <c>--chars</c> characters of the file are used (default all); <c>--search-only 1</c> stops before the stance.
/// </summary>
public sealed class PairingProfileCommand : ICustomCommand
{
    /// <inheritdoc />
    public string Name => "pairing-profile";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        var options = GrowthCaseCommand.Arguments(args);
        if (!options.TryGetValue("--file", out var file))
        {
            Console.Error.WriteLine("usage: pairing-profile --file F [--chars N] [--search-only 1]");
            return 2;
        }
        string text = File.ReadAllText(file);
        if (options.TryGetValue("--chars", out var chars)) text = text[..Math.Min(text.Length, int.Parse(chars, CultureInfo.InvariantCulture))];
        var analyzer = GrowthSupport.WarmAnalyzer();
        var article = Article.FromString(text, "one");
        long allocatedBefore = GC.GetTotalAllocatedBytes();

        double cpu = GrowthSupport.Cpu();
        var run = analyzer.Start([article]);
        var claims = run.Articles.SelectMany(a => a.Claims).ToList();
        Step("extraction", ref cpu, $"{claims.Count} claims, {text.Length / 1e6:F2} M chars");

        var counterClaims = new CounterClaims(claims);
        var pairer = (ClaimIndexPairer)DefaultComponents.Pairer();
        using (var index = ClaimIndex.Build(counterClaims.Proxies, pairer.Options))
        {
            Step("index build", ref cpu, $"{index.FeatureCount} features");
            var tally = new PairSearchTally();
            var raw = pairer.FindPairs(counterClaims.Proxies, tally, CancellationToken.None);
            Step("index build + all-pairs search", ref cpu,
                $"{raw.Count} candidates, {tally.PostingsScanned} postings scanned, {tally.PairsScored} scored; {tally.Describe() ?? "no bound"}");
        }
        var finder = new StoryCandidateFinder(pairer, analyzer.Pairing);
        var storyOf = new int[claims.Count];
        var candidates = finder.Batches(counterClaims.Proxies, storyOf, false, CancellationToken.None).SelectMany(b => b)
            .Where(c => !counterClaims.IsExplicit(c.Pair.A, c.Pair.B) && new DifferentVoicesFilter().IsComparable(claims[c.Pair.A], claims[c.Pair.B]))
            .ToList();
        Step("search again + cap + filter", ref cpu, $"{candidates.Count} candidates to classify, {finder.Dropped} dropped by the cap");
        if (options.ContainsKey("--search-only")) return 0;

        int kept = 0;
        var stance = analyzer.WithPairing(analyzer.Pairing);
        Parallel.ForEach(candidates, c =>
        {
            var pair = counterClaims.Classify(new ClassifierOf(stance), c.Pair.A, c.Pair.B, c.Pair.Similarity);
            if (pair.Relation != StanceLabel.Neutral) Interlocked.Increment(ref kept);
        });
        double classifyCpu = GrowthSupport.Cpu() - cpu;
        Step("stance of the candidates (no gate)", ref cpu,
            $"{kept} not neutral; {candidates.Count / Math.Max(1e-9, classifyCpu):F0} pairs per CPU second");

        var clock = Stopwatch.StartNew();
        double wholeCpu = GrowthSupport.Cpu();
        var again = analyzer.Start([article]);
        new JsonReportWriter().Write(again, Stream.Null, ReportOptions.Default);
        double used = GrowthSupport.Cpu() - wholeCpu;
        Console.WriteLine(GrowthCommand.Invariant($"whole streaming run to JSON: {clock.Elapsed.TotalSeconds:F2} s wall, {used:F2} s CPU, {text.Length / 1e6 / used:F2} MB/s (CPU); peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB, {(GC.GetTotalAllocatedBytes() - allocatedBefore) / 1048576.0:F0} MB allocated in all"));
        return 0;
    }

    private static void Step(string name, ref double cpu, string detail)
    {
        double now = GrowthSupport.Cpu();
        Console.WriteLine(GrowthCommand.Invariant($"{name,-40} {now - cpu,8:F2} s CPU  {detail}"));
        cpu = now;
    }

    private sealed class ClassifierOf(ClaimAnalyzer analyzer) : IStanceClassifier
    {
        public StanceVerdict Classify(Claim a, Claim b) => analyzer.Classify(a, b);
    }
}
