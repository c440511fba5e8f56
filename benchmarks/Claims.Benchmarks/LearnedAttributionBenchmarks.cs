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
        long chars = _documents.Sum(d => (long)d.Text.Length);
        Console.WriteLine($"// {_documents.Length} bodies, {chars:N0} characters, {_ruleAttributions.Sum(a => a.Count):N0} rule attributions");
    }

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
