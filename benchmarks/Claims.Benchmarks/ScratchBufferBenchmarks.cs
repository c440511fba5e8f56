using BenchmarkDotNet.Attributes;
using Claims.Matching;
using Claims.Pipeline;
using Claims.Reporting;
using Claims.Segmentation;
using Claims.Stance;
using Claims.Text;

namespace Claims.Benchmarks;

/// <summary>
/// The hot paths that read into a thread's scratch buffers instead of new lists (speed17), over the documents of the
/// first 200 FNC-1 train bodies (<c>../shared/data/fnc-1/train_bodies.csv</c>, or the path in
/// <c>CLAIMS_FNC1_BODIES</c>) run through the document stages: the matching features of every claim
/// (<see cref="FeatureExtractor.ExtractFresh"/>), the corpus word counts (<see cref="CorpusWords"/>), a stance unit
/// of every claim and of every whole article (<c>UnitBuilder.Build</c>), and the lexical JSON report of the 200 articles
/// (<see cref="JsonReportWriter"/>, which now flushes between the items of every list, not only of the pairs). The
/// memory diagnoser's bytes per operation are the figure to compare.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
[MinIterationTime(500)]
public class ScratchBufferBenchmarks
{
    private Document[] _documents = [];
    private TextView[] _claims = [];
    private TextView[] _articles = [];
    private AnalysisReport? _report;
    private readonly FeatureExtractor _features = new(TermExtractor.Default);
    private readonly PairFeaturizer _featurizer = StanceModel.Default.Featurizer;
    private readonly UnitWords _words = new(TermExtractor.Default);

    /// <summary>Runs the document stages over the bodies and analyzes them once for the report.</summary>
    [GlobalSetup]
    public void Setup()
    {
        string path = Environment.GetEnvironmentVariable("CLAIMS_FNC1_BODIES") ?? ExtractionBenchmarks.FindBodiesFile();
        var articles = ExtractionBenchmarks.ReadBodies(path).Take(200).Select((b, i) => Article.FromString(b, "b" + i)).ToArray();
        var stages = DefaultComponents.Stages().ToArray();
        _documents = articles.Select(a =>
        {
            var doc = new Document(a);
            foreach (var stage in stages) stage.Process(doc, CancellationToken.None);
            return doc;
        }).ToArray();
        _claims = _documents.SelectMany(d => d.Claims).Select(c => c.View).OfType<TextView>().ToArray();
        _articles = _documents.Where(d => d.Tokens.Count > 0).Select(d => TextView.Of(d, new TextSpan(0, d.Text.Length))).ToArray();
        _report = new ClaimAnalyzerBuilder().UseDefaults().Build().Analyze(articles);
        Console.WriteLine($"// {_documents.Length} documents, {_claims.Length} claim views");
    }

    /// <summary>The matching features of every claim, worked out anew; returns their count.</summary>
    [Benchmark]
    public int ClaimFeatures()
    {
        int n = 0;
        foreach (var view in _claims) n += _features.ExtractFresh(view).Length;
        return n;
    }

    /// <summary>How many articles have each term; returns the number of distinct terms.</summary>
    [Benchmark]
    public int CorpusWordCounts() => CorpusWords.Count(_documents, _features, 1, CancellationToken.None).Terms;

    /// <summary>A stance unit of every claim's tokens and of every article's; returns their words.</summary>
    [Benchmark]
    public int StanceUnits()
    {
        int n = 0;
        foreach (var view in _claims) n += UnitBuilder.Build(view, 0, view.Count, "", _featurizer.Idf, _words).Words.Length;
        foreach (var view in _articles) n += UnitBuilder.Build(view, 0, view.Count, "", _featurizer.Idf, _words).Words.Length;
        return n;
    }

    /// <summary>The JSON report of the analyzed articles, written to a null stream.</summary>
    [Benchmark]
    public void JsonReport() => new JsonReportWriter().Write(_report!, Stream.Null, ReportOptions.Default);
}
