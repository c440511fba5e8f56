using System.Text;
using BenchmarkDotNet.Attributes;
using Claims.Matching;
using Claims.Stories;

namespace Claims.Benchmarks;

/// <summary>
/// Two once-per-run passes over every claim of a corpus of FNC-1 training bodies that speed20 made cheaper (issue 13):
/// <list type="bullet">
/// <item><c>Copies</c>: <see cref="TextCopies.Find"/> (copied articles, claims repeated word for word and near
/// copies), whose near-copy search keys its windows by the claim's words in place instead of a joined string per
/// window, compares only claims long enough, and splits each wording once.</item>
/// <item><c>Rumours</c>: <see cref="ReportedRumours.Find"/>, whose reported and negated tests read a claim's words in
/// a buffer instead of a string per word.</item>
/// </list>
/// Run the same class on two builds to compare them (there is no "before" inside one build).
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 7)]
[MemoryDiagnoser]
[MinIterationTime(300)]
public class CopiesBenchmarks
{
    private Document[] _documents = [];
    private Claim[] _claims = [];

    /// <summary>Bodies analyzed.</summary>
    [Params(600)]
    public int Bodies { get; set; }

    /// <summary>Runs the default stages over the first <see cref="Bodies"/> FNC-1 training bodies once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        string data = BenchmarkCorpus.LocateData() ?? throw new InvalidOperationException("no shared data (set CLAIMS_DATA)");
        var rows = BenchmarkCorpus.ReadCsv(File.ReadAllText(Path.Combine(data, "fnc-1", "train_bodies.csv"), Encoding.UTF8));
        var analyzer = ClaimAnalyzer.CreateDefault();
        _documents = [.. rows.Skip(1).Where(r => r.Count >= 2).Take(Bodies).Select(r =>
        {
            var document = new Document(Article.FromString(r[1], "b" + r[0]));
            foreach (var stage in analyzer.Stages) stage.Process(document, CancellationToken.None);
            return document;
        })];
        _claims = [.. _documents.SelectMany(d => d.Claims)];
        Console.WriteLine($"// {_documents.Length} documents, {_claims.Length} claims");
    }

    /// <summary>Copied articles and claims of the corpus.</summary>
    [Benchmark]
    public int Copies() => TextCopies.Find(_documents, PairingOptions.Default, CancellationToken.None).Claims.Count;

    /// <summary>The claims that articles report only to call false.</summary>
    [Benchmark]
    public int Rumours() => new ReportedRumours().Find(_claims).Count;
}
