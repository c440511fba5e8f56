using System.Diagnostics;
using System.Globalization;
using System.Text;
using Claims.Pipeline;

namespace Claims.Benchmarks;

/// <summary>
/// <c>rule-scaling [--sizes 100000,1000000] [--shapes a,b] [--repeat N] [--per-pattern] [--bodies FILE]</c>: time of each rule stage (segmentation,
/// quotes, the rule attribution stages, speakers, claims; not the learned attribution stage) on generated hostile
/// shapes at each size, single-threaded, best of N runs, and the growth exponent between the smallest and the largest
/// size (log time ratio / log size ratio; 1 is linear). Times are CPU seconds of the process, which a loaded machine
/// disturbs far less than wall time. The shapes are generated, never stored:
/// <list type="bullet">
/// <item><c>according-to</c>: "According to X, …" sentences repeated;</item>
/// <item><c>short-lines</c>: one short claim per line (about 12 characters a line, 83,000 lines per MB);</item>
/// <item><c>open-quote-said</c>: an opening quotation mark never closed, then "he said, …" repeated;</item>
/// <item><c>one-line-article</c>: the bundled seed articles with every line break replaced by a space, repeated on one line;</item>
/// <item><c>no-punctuation</c>: words without any punctuation or line break;</item>
/// <item><c>quote-marks</c>: quotation marks and words alternating;</item>
/// <item><c>quote-said-line</c>: "“…,” he said. “…”" repeated on one line (every quote continues the one before);</item>
/// <item><c>contrary-to</c>: "…, contrary to earlier statements from Trump." repeated;</item>
/// <item><c>participle</c>: "Prices rose sharply, saying that …" repeated (a participle without a speaker before it);</item>
/// <item><c>transcript-line</c> and <c>transcript-lines</c>: "SMITH: yes. JONES: no. " repeated, on one line or one
/// turn a line.</item>
/// </list>
/// </summary>
public sealed class RuleScalingCommand : ICustomCommand
{
    private static readonly string[] Names = ["Peskov", "the Financial Times", "European diplomats", "Reuters", "a senior official", "CNN"];

    /// <inheritdoc />
    public string Name => "rule-scaling";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        int[] sizes = [100_000, 1_000_000];
        string[] shapes = ["according-to", "short-lines", "open-quote-said", "one-line-article", "no-punctuation", "quote-marks",
            "quote-said-line", "contrary-to", "participle", "transcript-line", "transcript-lines"];
        int repeat = 2;
        bool perPattern = false;
        string? bodies = null;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--sizes" && i + 1 < args.Length) sizes = args[++i].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
            else if (args[i] == "--shapes" && i + 1 < args.Length) shapes = args[++i].Split(',');
            else if (args[i] == "--repeat" && i + 1 < args.Length) repeat = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else if (args[i] == "--per-pattern") perPattern = true;
            else if (args[i] == "--bodies" && i + 1 < args.Length) bodies = args[++i];
            else { Console.Error.WriteLine("usage: rule-scaling [--sizes 100000,1000000] [--shapes according-to,short-lines,...] [--repeat N] [--per-pattern] [--bodies FNC1_BODIES_CSV]"); return 2; }
        }
        IDocumentStage[] stages = [.. DefaultComponents.RuleStages(), .. DefaultComponents.ClaimStages()];
        Measure(stages, Generate("one-line-article", 50_000), 1); // warm-up
        if (bodies is not null) return MeasureBodies(stages, bodies, repeat);
        if (perPattern) return MeasurePatterns(sizes, shapes);
        foreach (string shape in shapes)
        {
            Measure(stages, Generate(shape, sizes[0]), 1); // warm-up: tiered JIT promotes the shape's hot methods
            // Smaller sizes run as a batch of documents with as many characters as the largest one, so that every
            // measurement spans about the same CPU time (the process clock ticks in 10 ms steps).
            var times = sizes.Select(size => Measure(stages, Generate(shape, size), repeat, Math.Max(1, sizes[^1] / size))).ToArray();
            for (int s = 0; s < sizes.Length; s++)
                Console.WriteLine($"{shape,-17} {sizes[s],10:N0} chars: total {times[s].Sum():F3} s; " +
                    string.Join(", ", stages.Select((st, j) => $"{st.Name} {times[s][j]:F3}")));
            double ratio = Math.Log((double)sizes[^1] / sizes[0]);
            Console.WriteLine($"{shape,-17} exponent: total {Math.Log(times[^1].Sum() / times[0].Sum()) / ratio:F2}; " +
                string.Join(", ", stages.Select((st, j) => $"{st.Name} {Exponent(times[0][j], times[^1][j], ratio)}")));
        }
        return 0;
    }

    /// <summary>
    /// Each attribution pattern's own wall time (a stopwatch summed over its calls, so a diagnostic on a loaded machine)
    /// per shape and size, and its exponent.
    /// </summary>
    private static int MeasurePatterns(int[] sizes, string[] shapes)
    {
        IDocumentStage[] before = [.. DefaultComponents.RuleStages().TakeWhile(s => s is not Claims.Attribution.AttributionFinder)];
        foreach (string shape in shapes)
        {
            var perSize = new List<Dictionary<string, double>>();
            foreach (int size in sizes.Prepend(sizes[0]))
            {
                var doc = new Document(Article.FromString(Generate(shape, size), "scale"));
                foreach (var stage in before) stage.Process(doc, CancellationToken.None);
                var timed = new TimedPatterns(Claims.Attribution.Patterns.AttributionPatterns.Default);
                new Claims.Attribution.AttributionFinder(Claims.Attribution.CueLexicon.Shipped, timed.Patterns).Process(doc, CancellationToken.None);
                perSize.Add(timed.Ticks.ToDictionary(kv => kv.Key, kv => kv.Value / (double)Stopwatch.Frequency));
            }
            perSize.RemoveAt(0); // the warm-up run
            double ratio = Math.Log((double)sizes[^1] / sizes[0]);
            Console.WriteLine($"{shape}: " + string.Join(", ", perSize[^1].OrderByDescending(kv => kv.Value)
                .Select(kv => $"{kv.Key} {kv.Value:F3} s ({Exponent(perSize[0].GetValueOrDefault(kv.Key), kv.Value, ratio)})")));
        }
        return 0;
    }

    /// <summary>
    /// CPU seconds per rule stage over every FNC-1 body (each its own document), best of <paramref name="repeat"/>
    /// passes, and the rule stages' throughput: a before/after speed check that a loaded machine disturbs little.
    /// </summary>
    private static int MeasureBodies(IDocumentStage[] stages, string path, int repeat)
    {
        var texts = ExtractionBenchmarks.ReadBodies(path);
        long chars = texts.Sum(t => (long)t.Length);
        var best = Enumerable.Repeat(double.MaxValue, stages.Length).ToArray();
        for (int r = 0; r < repeat + 1; r++) // the first pass warms the JIT up and is not counted
        {
            var sum = new double[stages.Length];
            foreach (string text in texts)
            {
                var doc = new Document(Article.FromString(text, "body"));
                for (int s = 0; s < stages.Length; s++)
                {
                    var t0 = CpuTime();
                    stages[s].Process(doc, CancellationToken.None);
                    sum[s] += (CpuTime() - t0).TotalSeconds;
                }
            }
            if (r > 0) for (int s = 0; s < stages.Length; s++) best[s] = Math.Min(best[s], sum[s]);
        }
        Console.WriteLine($"{texts.Count} bodies, {chars:N0} chars: rule stages {best.Sum():F3} CPU s = {chars / best.Sum() / 1e6:F2} MB/s; " +
            string.Join(", ", stages.Select((st, j) => $"{st.Name} {best[j]:F3}")));
        return 0;
    }

    private static string Exponent(double small, double large, double ratio) =>
        large < 0.02 ? $"({large:F3} s)" : (Math.Log(large / small) / ratio).ToString("F2", CultureInfo.InvariantCulture);

    /// <summary>
    /// CPU seconds of the process per stage and document, best of <paramref name="repeat"/> runs of a batch of
    /// <paramref name="batch"/> documents: on a shared, loaded machine wall
    /// time mostly measures the other processes, CPU time the work done (garbage collection included).
    /// </summary>
    private static double[] Measure(IDocumentStage[] stages, string text, int repeat, int batch = 1)
    {
        var best = Enumerable.Repeat(double.MaxValue, stages.Length).ToArray();
        for (int r = 0; r < repeat; r++)
        {
            var sum = new double[stages.Length];
            for (int b = 0; b < batch; b++)
            {
                var doc = new Document(Article.FromString(text, "scale"));
                for (int s = 0; s < stages.Length; s++)
                {
                    var t0 = CpuTime();
                    stages[s].Process(doc, CancellationToken.None);
                    sum[s] += (CpuTime() - t0).TotalSeconds;
                }
            }
            for (int s = 0; s < stages.Length; s++) best[s] = Math.Min(best[s], sum[s] / batch);
        }
        return best;
    }

    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    /// <summary>Text of the named shape, <paramref name="size"/> characters long (cut at the size).</summary>
    public static string Generate(string shape, int size)
    {
        var sb = new StringBuilder(size + 200);
        int i = 0;
        string seeds = shape == "one-line-article" ? SeedText() : "";
        if (shape == "open-quote-said") sb.Append('“');
        while (sb.Length < size)
        {
            switch (shape)
            {
                case "according-to": sb.Append("According to ").Append(Names[i % Names.Length]).Append(", the talks will resume next week in Riyadh. "); break;
                case "short-lines": sb.Append(i % 3 == 0 ? "Prices rose.\n" : i % 3 == 1 ? "He said no.\n" : "Talks ended.\n"); break;
                case "open-quote-said": sb.Append("he said, "); break;
                case "one-line-article": sb.Append(seeds).Append(' '); break;
                case "no-punctuation": sb.Append("the minister said talks would resume next week in Riyadh and "); break;
                case "quote-marks": sb.Append(i % 2 == 0 ? "“words " : "” more "); break;
                case "quote-said-line": sb.Append("“The talks went well today,” he said. “We will meet again next week.” "); break;
                case "contrary-to": sb.Append("The summit was cancelled, contrary to earlier statements from ").Append(Names[i % Names.Length]).Append(". "); break;
                case "participle": sb.Append("Prices rose sharply, saying that the market was strong. "); break;
                case "transcript-line": sb.Append("SMITH: yes. JONES: no. "); break;
                case "transcript-lines": sb.Append(i % 2 == 0 ? "SMITH: yes.\n" : "JONES: no.\n"); break;
                default: throw new ArgumentException($"unknown shape '{shape}'", nameof(shape));
            }
            i++;
        }
        return sb.ToString(0, size);
    }

    private static string SeedText()
    {
        string? dir = null;
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null && dir is null; d = d.Parent)
            if (Directory.Exists(Path.Combine(d.FullName, "seeds"))) dir = Path.Combine(d.FullName, "seeds");
        if (dir is null) throw new DirectoryNotFoundException("the bundled seeds folder was not found above " + AppContext.BaseDirectory);
        var text = string.Join(" ", Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        return text.Replace("\r", " ", StringComparison.Ordinal).Replace('\n', ' ');
    }
}
