using BenchmarkDotNet.Attributes;
using Claims.Attribution;
using Claims.Pipeline;

namespace Claims.Benchmarks;

/// <summary>
/// The fast learned attribution stage alone (<see cref="LearnedAttributionFinder"/>: tagger features, decoding,
/// candidates, ranker, repairs) on real text: the first <see cref="Articles"/> FNC-1 train bodies
/// (<c>../shared/data/fnc-1/train_bodies.csv</c>, or the path in <c>CLAIMS_FNC1_BODIES</c>), each run through the
/// stages before it once in the setup; every invocation puts back the rules' attributions and runs the stage again.
/// Run with <c>--job short</c>; throughput = characters / mean time.
/// </summary>
[MemoryDiagnoser]
public class LearnedAttributionBenchmarks
{
    private Document[] _documents = [];
    private IReadOnlyList<AttributionSpan>[] _ruleAttributions = [];
    private IDocumentStage _stage = null!;

    /// <summary>How many bodies, from the first.</summary>
    [Params(300)]
    public int Articles { get; set; }

    /// <summary>Loads the bodies, runs the stages before the learned one and keeps their attributions.</summary>
    [GlobalSetup]
    public void Setup()
    {
        string path = Environment.GetEnvironmentVariable("CLAIMS_FNC1_BODIES") ?? ExtractionBenchmarks.FindBodiesFile();
        var bodies = ExtractionBenchmarks.ReadBodies(path).Take(Articles).ToList();
        var stages = DefaultComponents.Stages().ToList();
        int learned = stages.FindIndex(s => s is LearnedAttributionFinder);
        if (learned < 0) throw new InvalidOperationException("the default stages have no learned attribution stage");
        _stage = stages[learned];
        _documents = [.. bodies.Select((b, i) => new Document(Article.FromString(b, $"b{i}")))];
        foreach (var document in _documents)
            for (int s = 0; s < learned; s++) stages[s].Process(document, CancellationToken.None);
        _ruleAttributions = [.. _documents.Select(d => d.Attributions)];
        Characters = _documents.Sum(d => (long)d.Text.Length);
        Console.WriteLine($"// {_documents.Length} bodies, {Characters:N0} characters, {_ruleAttributions.Sum(a => a.Count):N0} rule attributions");
    }

    /// <summary>The characters of the selected bodies (after <see cref="Setup"/>).</summary>
    public long Characters { get; private set; }

    /// <summary>Runs the learned stage over every document; returns the attributions kept so the work is not elided.</summary>
    [Benchmark]
    public int LearnedStage()
    {
        int kept = 0;
        for (int i = 0; i < _documents.Length; i++)
        {
            _documents[i].Attributions = _ruleAttributions[i];
            _stage.Process(_documents[i], CancellationToken.None);
            kept += _documents[i].Attributions.Count;
        }
        return kept;
    }
}

/// <summary>
/// <c>learned-stage [--articles K] [--repeat R]</c>: the process CPU seconds of the fast learned attribution stage alone
/// over the first K FNC-1 bodies (default all), set up as <see cref="LearnedAttributionBenchmarks"/>, R times (default 10)
/// after one warm-up pass; prints each pass, the best and the median, with MB/s of CPU (UTF-16 characters counted as
/// bytes). CPU time rather than wall time: on a shared machine it is the steadier figure.
/// </summary>
public sealed class LearnedStageCommand : ICustomCommand
{
    /// <inheritdoc />
    public string Name => "learned-stage";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        var options = GrowthCaseCommand.Arguments(args);
        var bench = new LearnedAttributionBenchmarks
        {
            Articles = int.Parse(options.GetValueOrDefault("--articles", int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture)), System.Globalization.CultureInfo.InvariantCulture),
        };
        int repeat = int.Parse(options.GetValueOrDefault("--repeat", "10"), System.Globalization.CultureInfo.InvariantCulture);
        bench.Setup();
        double megabytes = bench.Characters / 1e6;
        bench.LearnedStage();
        var seconds = new List<double>();
        for (int r = 0; r < repeat; r++)
        {
            double cpu = GrowthSupport.Cpu();
            bench.LearnedStage();
            seconds.Add(GrowthSupport.Cpu() - cpu);
            Console.WriteLine(GrowthCommand.Invariant($"  pass {r + 1}: CPU {seconds[^1]:F3} s ({megabytes / seconds[^1]:F2} MB/s)"));
        }
        seconds.Sort();
        double median = seconds[seconds.Count / 2];
        Console.WriteLine(GrowthCommand.Invariant(
            $"learned stage, {megabytes:F3} MB: best {seconds[0]:F3} s ({megabytes / seconds[0]:F2} MB/s), median {median:F3} s ({megabytes / median:F2} MB/s); load average {GrowthCommand.LoadAverage()}"));
        return 0;
    }
}
