using System.Text;
using BenchmarkDotNet.Attributes;
using Claims.Attribution;
using Claims.Pipeline;
using Claims.Segmentation;

namespace Claims.Benchmarks;

/// <summary>
/// Claim extraction throughput (page layout, sentences, quotes, attributions, speakers, claims) on one thread over
/// FNC-1 train bodies (<c>../shared/data/fnc-1/train_bodies.csv</c>, or the path in <c>CLAIMS_FNC1_BODIES</c>).
/// <see cref="Fraction"/> 0.1 and 1.0 run a tenth and all of the bodies: linear scaling means the second costs
/// about ten times the first. Throughput = characters / mean time.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
[MinIterationTime(1000)] // short iterations on a shared 2-core machine are dominated by noise and JIT tiering
public class ExtractionBenchmarks
{
    private Article[] _articles = [];
    private IReadOnlyList<IDocumentStage> _stages = [];

    /// <summary>Share of the bodies processed.</summary>
    [Params(0.1, 1.0)]
    public double Fraction { get; set; }

    /// <summary>Loads the bodies and builds the stages.</summary>
    [GlobalSetup]
    public void Setup()
    {
        string path = Environment.GetEnvironmentVariable("CLAIMS_FNC1_BODIES") ?? FindBodiesFile();
        var bodies = ReadBodies(path);
        int n = Math.Max(1, (int)(bodies.Count * Fraction));
        _articles = bodies.Take(n).Select((b, i) => Article.FromString(b, $"b{i}")).ToArray();
        // Exactly the stages the analyzer runs, the learned attribution stage included.
        _stages = [.. DefaultComponents.Stages()];
        long chars = _articles.Sum(a => (long)a.Text.Length);
        Console.WriteLine($"// fraction {Fraction}: {_articles.Length} bodies, {chars:N0} characters");
    }

    /// <summary>Extracts the claims of every selected body; returns the claim count so the work is not elided.</summary>
    [Benchmark]
    public int Extract()
    {
        int claims = 0;
        foreach (var article in _articles)
        {
            var doc = new Document(article);
            foreach (var stage in _stages) stage.Process(doc, CancellationToken.None);
            claims += doc.Claims.Count;
        }
        return claims;
    }

    /// <summary>The FNC-1 train bodies file in a <c>shared/data</c> folder above the binaries.</summary>
    internal static string FindBodiesFile()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "data", "fnc-1", "train_bodies.csv"),
                                              Path.Combine(dir.FullName, "..", "shared", "data", "fnc-1", "train_bodies.csv") })
                if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("FNC-1 train_bodies.csv not found; set CLAIMS_FNC1_BODIES");
    }

    /// <summary>Reads the quoted multi-line CSV <c>Body ID,articleBody</c> ("" escapes a quote).</summary>
    internal static List<string> ReadBodies(string path)
    {
        string csv = File.ReadAllText(path);
        var bodies = new List<string>();
        var field = new StringBuilder();
        int column = 0;
        bool quoted = false, header = true;
        for (int i = 0; i < csv.Length; i++)
        {
            char c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
                continue;
            }
            if (c == '"') { quoted = true; continue; }
            if (c == ',') { column++; field.Clear(); continue; }
            if (c == '\n' || c == '\r')
            {
                if (column == 1 && !header) bodies.Add(field.ToString());
                if (column > 0) header = false;
                column = 0;
                field.Clear();
                continue;
            }
            field.Append(c);
        }
        if (column == 1 && field.Length > 0) bodies.Add(field.ToString());
        return bodies;
    }
}

/// <summary>
/// <c>extraction-scale [--bodies FILE] [--repeat N]</c>: a quick single-thread throughput and linearity check outside
/// BenchmarkDotNet: best-of-N wall time for a tenth of the FNC-1 bodies, all bodies, and all bodies repeated ten times
/// (10x the input), with MB/s (UTF-16 characters counted as bytes of text) and the time ratios.
/// </summary>
public sealed class ExtractionScaleCommand : ICustomCommand
{
    /// <inheritdoc />
    public string Name => "extraction-scale";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        string? path = Environment.GetEnvironmentVariable("CLAIMS_FNC1_BODIES");
        int repeat = 3;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--bodies" && i + 1 < args.Length) path = args[++i];
            else if (args[i] == "--repeat" && i + 1 < args.Length) repeat = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            else { Console.Error.WriteLine("usage: extraction-scale [--bodies FILE] [--repeat N]"); return 2; }
        }
        var bench = new ExtractionBenchmarks { Fraction = 1.0 };
        if (path is not null) Environment.SetEnvironmentVariable("CLAIMS_FNC1_BODIES", path);
        bench.Setup();
        var all = ExtractionBenchmarks.ReadBodies(Environment.GetEnvironmentVariable("CLAIMS_FNC1_BODIES") ?? FindDefault());
        IDocumentStage[] stages = [.. DefaultComponents.Stages()];
        var tenth = all.Take(all.Count / 10).Select((b, i) => Article.FromString(b, $"b{i}")).ToArray();
        var full = all.Select((b, i) => Article.FromString(b, $"b{i}")).ToArray();
        var tenTimes = Enumerable.Range(0, 10).SelectMany(_ => full).ToArray();
        Measure(stages, full, 3); // warm-up: JIT tiering promotes hot methods only after repeated calls
        double t1 = Measure(stages, tenth, repeat), t10 = Measure(stages, full, repeat), t100 = Measure(stages, tenTimes, Math.Max(1, repeat / 2));
        long c1 = tenth.Sum(a => (long)a.Text.Length), c10 = full.Sum(a => (long)a.Text.Length), c100 = tenTimes.Sum(a => (long)a.Text.Length);
        // The slowest bodies, to spot super-linear cases.
        var slow = new List<(double Ms, int Index, int Length)>();
        for (int i = 0; i < full.Length; i++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var doc = new Document(full[i]);
            foreach (var stage in stages) stage.Process(doc, CancellationToken.None);
            slow.Add((watch.Elapsed.TotalMilliseconds, i, full[i].Text.Length));
        }
        foreach (var (ms, index, length) in slow.OrderByDescending(x => x.Ms).Take(3))
            Console.WriteLine($"slowest body #{index}: {length:N0} chars in {ms:F2} ms");
        // Where the time goes: each stage's share over all bodies (one pass, after the warm-up).
        var perStage = new double[stages.Length];
        foreach (var article in full)
        {
            var doc = new Document(article);
            for (int s = 0; s < stages.Length; s++)
            {
                long t0 = System.Diagnostics.Stopwatch.GetTimestamp();
                stages[s].Process(doc, CancellationToken.None);
                perStage[s] += System.Diagnostics.Stopwatch.GetElapsedTime(t0).TotalSeconds;
            }
        }
        Console.WriteLine("stages: " + string.Join(", ", stages.Select((st, s) => $"{st.Name} {perStage[s]:F3} s")));
        Console.WriteLine($"tenth: {c1:N0} chars in {t1:F3} s = {c1 / t1 / 1e6:F2} MB/s");
        Console.WriteLine($"all:   {c10:N0} chars in {t10:F3} s = {c10 / t10 / 1e6:F2} MB/s  (time ratio to tenth {t10 / t1:F2} for {(double)c10 / c1:F2}x input)");
        Console.WriteLine($"10x:   {c100:N0} chars in {t100:F3} s = {c100 / t100 / 1e6:F2} MB/s  (time ratio to all {t100 / t10:F2} for 10x input)");
        return 0;
    }

    private static string FindDefault() =>
        Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../../shared/data/fnc-1/train_bodies.csv"));

    private static double Measure(IReadOnlyList<IDocumentStage> stages, Article[] articles, int repeat)
    {
        double best = double.MaxValue;
        for (int r = 0; r < repeat; r++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            foreach (var article in articles)
            {
                var doc = new Document(article);
                foreach (var stage in stages) stage.Process(doc, CancellationToken.None);
            }
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }
        return best;
    }
}
