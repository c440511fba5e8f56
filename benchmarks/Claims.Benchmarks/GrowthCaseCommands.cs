using System.Diagnostics;
using System.Globalization;
using Claims.Tests.Hostile;

namespace Claims.Benchmarks;

/// <summary>
/// <c>growth-case --shape S --size N --mode extract|analyze [--repeat R] [--write FILE]</c>: one case of <see cref="GrowthCommand"/>, in its own
/// process. <c>extract</c> runs the per-article stages one by one (CPU seconds of each); <c>analyze</c> times
/// <see cref="ClaimAnalyzer.Extract(IEnumerable{Article}, CancellationToken)"/> and then the whole
/// <see cref="ClaimAnalyzer.Analyze(IEnumerable{Article}, CancellationToken)"/>, whose difference is pairing and stance.
/// <c>--repeat R</c> measures R times and prints the last (for profiles of the measured part); <c>--write FILE</c> only
/// writes the case's text to FILE (UTF-8), for the CLI.
/// </summary>
public sealed class GrowthCaseCommand : ICustomCommand
{
    /// <inheritdoc />
    public string Name => "growth-case";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        var options = Arguments(args);
        var shape = Enum.Parse<HostileShape>(options["--shape"], ignoreCase: true);
        int size = int.Parse(options["--size"], CultureInfo.InvariantCulture);
        string mode = options.GetValueOrDefault("--mode", "extract");
        // Profiling: run the measured part this many times (the figures are the last run's), so that a profile of the
        // process is mostly the measured part rather than the warm-up and the compilation.
        int repeat = int.Parse(options.GetValueOrDefault("--repeat", "1"), CultureInfo.InvariantCulture);
        if (options.TryGetValue("--write", out var path))
        {
            // The case's text only, for the CLI (reports before and after a change compared on the same input).
            File.WriteAllText(path, HostileText.Generate(shape, size, GrowthSupport.SeedTexts()));
            return 0;
        }
        var analyzer = GrowthSupport.WarmAnalyzer();
        var article = Article.FromString(HostileText.Generate(shape, size, GrowthSupport.SeedTexts()), shape.ToString());

        GrowthCase? result = null;
        for (int r = 0; r < repeat; r++) result = Measure(analyzer, article, shape, size, mode);
        Console.WriteLine(result!.ToLine());
        return 0;
    }

    private static GrowthCase Measure(ClaimAnalyzer analyzer, Article article, HostileShape shape, int size, string mode)
    {
        var stages = new List<(string, double)>();
        double seconds;
        int claims, pairs = 0;
        long allocated = GC.GetTotalAllocatedBytes();
        double cpu = GrowthSupport.Cpu();
        var clock = Stopwatch.StartNew();
        if (mode == "extract")
        {
            var document = new Document(article);
            foreach (var stage in analyzer.Stages)
            {
                var stageCpu = GrowthSupport.Cpu();
                stage.Process(document, CancellationToken.None);
                stages.Add((stage.Name, GrowthSupport.Cpu() - stageCpu));
            }
            seconds = clock.Elapsed.TotalSeconds;
            claims = document.Claims.Count;
        }
        else
        {
            var extracted = analyzer.Extract([article]);
            double extractCpu = GrowthSupport.Cpu() - cpu;
            cpu = GrowthSupport.Cpu();
            clock.Restart();
            var report = analyzer.Analyze([article]);
            seconds = clock.Elapsed.TotalSeconds;
            stages.Add(("extract", extractCpu));
            stages.Add(("pairs+stance", Math.Max(0, GrowthSupport.Cpu() - cpu - extractCpu)));
            claims = extracted.Articles.Sum(a => a.Claims.Count);
            pairs = report.Pairs.Count;
        }
        double peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
        return new GrowthCase(shape.ToString(), size, mode, seconds, GrowthSupport.Cpu() - cpu, peak, claims, pairs, stages)
        {
            AllocatedMb = (GC.GetTotalAllocatedBytes() - allocated) / 1048576.0,
        };
    }

    internal static Dictionary<string, string> Arguments(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i + 1 < args.Length; i += 2) options[args[i]] = args[i + 1];
        return options;
    }
}

/// <summary>
/// <c>growth-cancel --size N [--min-stage-ms M]</c>: on a one-line article of N characters (the seed articles without
/// line breaks), times every stage once, then for each stage that takes at least M ms (50 by default) reruns the stages
/// up to it and cancels the token halfway through it (a quarter or an eighth of the way when the rerun ends first); then cancels an analysis two seconds after the time its extraction took (in pairing and
/// stance). Prints how long each call took to throw
/// <see cref="OperationCanceledException"/> after the token fired (the bound: 100 ms).
/// </summary>
public sealed class GrowthCancelCommand : ICustomCommand
{
    private const double PairingDelaySeconds = 2;

    /// <inheritdoc />
    public string Name => "growth-cancel";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        var options = GrowthCaseCommand.Arguments(args);
        int size = int.Parse(options.GetValueOrDefault("--size", "10000000"), CultureInfo.InvariantCulture);
        double minStage = double.Parse(options.GetValueOrDefault("--min-stage-ms", "50"), CultureInfo.InvariantCulture) / 1000;
        var analyzer = GrowthSupport.WarmAnalyzer();
        var article = Article.FromString(HostileText.Generate(HostileShape.OneLine, size, GrowthSupport.SeedTexts()), "one-line");
        var durations = new List<double>();
        var document = new Document(article);
        foreach (var stage in analyzer.Stages)
        {
            var clock = Stopwatch.StartNew();
            stage.Process(document, CancellationToken.None);
            durations.Add(clock.Elapsed.TotalSeconds);
        }
        Console.WriteLine(GrowthCommand.Invariant($"cancellation on a one-line article of {size:N0} characters ({document.Claims.Count} claims); latency = from the token firing to the exception"));
        for (int s = 0; s < analyzer.Stages.Count; s++)
        {
            if (durations[s] < minStage)
            {
                Console.WriteLine(GrowthCommand.Invariant($"  stage {analyzer.Stages[s].Name,-24} runs {durations[s],7:F3} s: shorter than {minStage * 1000:F0} ms, not cancelled"));
                continue;
            }
            // Halfway through the stage's first run; a rerun may be quicker than the first (and end before the token
            // fires), so then a quarter and an eighth of the way.
            double latency = double.NaN, fraction = 0.5;
            for (; fraction >= 0.125 && double.IsNaN(latency); fraction /= 2)
            {
                var partial = new Document(article);
                for (int k = 0; k < s; k++) analyzer.Stages[k].Process(partial, CancellationToken.None);
                latency = CancelAfter(TimeSpan.FromSeconds(durations[s] * fraction), token => analyzer.Stages[s].Process(partial, token));
            }
            Console.WriteLine(double.IsNaN(latency)
                ? GrowthCommand.Invariant($"  stage {analyzer.Stages[s].Name,-24} runs {durations[s],7:F3} s; ended before the token fired at 1/8 of that")
                : GrowthCommand.Invariant($"  stage {analyzer.Stages[s].Name,-24} runs {durations[s],7:F3} s; cancelled {fraction * 2:F3} of the way: returned after {latency * 1000,7:F1} ms"));
        }
        // Pairing and stance: Analyze spends its first extract-seconds extracting; cancel a fixed time into the rest
        // (running the whole analysis first to find its middle would take longer than the cancellation tells).
        var total = Stopwatch.StartNew();
        analyzer.Extract([article]);
        double extract = total.Elapsed.TotalSeconds;
        double pairingLatency = CancelAfter(TimeSpan.FromSeconds(extract + PairingDelaySeconds), token => analyzer.Analyze([article], token));
        Console.WriteLine(double.IsNaN(pairingLatency)
            ? GrowthCommand.Invariant($"  pairing and stance: the analysis ended within {PairingDelaySeconds} s of its extraction, before the token fired")
            : GrowthCommand.Invariant($"  pairing and stance: cancelled {PairingDelaySeconds} s after extraction: returned after {pairingLatency * 1000,7:F1} ms"));
        return 0;
    }

    // Runs work with a token that fires after delay; the seconds from firing to the exception (NaN when it finished).
    private static double CancelAfter(TimeSpan delay, Action<CancellationToken> work)
    {
        using var source = new CancellationTokenSource();
        long fired = 0;
        using var timer = new Timer(_ =>
        {
            Interlocked.Exchange(ref fired, Stopwatch.GetTimestamp());
            source.Cancel();
        }, null, delay, Timeout.InfiniteTimeSpan);
        try
        {
            work(source.Token);
            return double.NaN;
        }
        catch (OperationCanceledException)
        {
            long end = Stopwatch.GetTimestamp();
            return Stopwatch.GetElapsedTime(Interlocked.Read(ref fired), end).TotalSeconds;
        }
    }
}

/// <summary>The warm analyzer and the seed texts the growth cases share.</summary>
internal static class GrowthSupport
{
    /// <summary>CPU seconds of this process so far: on a shared machine, the work done rather than the wait for a core.</summary>
    public static double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

    /// <summary>The default analyzer after one analysis of the seed articles (models loaded, code compiled).</summary>
    public static ClaimAnalyzer WarmAnalyzer()
    {
        var analyzer = ClaimAnalyzer.CreateDefault();
        analyzer.Analyze(SeedTexts().Select((t, i) => Article.FromString(t, "warm" + i)));
        return analyzer;
    }

    /// <summary>The bundled seed articles' texts (<c>seeds/*.txt</c> above the current directory or the assembly).</summary>
    public static IReadOnlyList<string> SeedTexts()
    {
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                string seeds = Path.Combine(dir.FullName, "seeds");
                if (Directory.Exists(seeds) && Directory.GetFiles(seeds, "*.txt").Length > 0)
                    return Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
            }
        throw new DirectoryNotFoundException("growth: no seeds/*.txt above the current directory or the benchmark assembly");
    }
}
