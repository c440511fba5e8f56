using BenchmarkDotNet.Attributes;
using Claims.Semantic;

namespace Claims.Benchmarks;

/// <summary>
/// Sentence-encoder throughput (all-MiniLM-L6-v2, spinning off) at each <see cref="Precision"/> on one or two ONNX
/// Runtime <see cref="Threads"/>. One invocation
/// encodes <see cref="Claims"/> real news sentences (FNC-1 bodies and PolNeAR when the shared data is found, else the
/// synthetic corpus), so claims per second per core is <c>Claims / mean</c>. <c>Corpus</c> encodes them in one call
/// (sorted by length, batches of one length); <c>PerArticle</c> in calls of 20, as the document stage did per article before it became a batch stage; <c>Calls256</c> in calls of 256;
/// <c>OneByOne</c> one call per sentence.
/// </summary>
public class EncoderBenchmarks
{
    /// <summary>Sentences per invocation.</summary>
    public const int Claims = 512;

    private MiniLmEncoder _encoder = null!;
    private string[] _texts = null!;

    /// <summary>The encoder's arithmetic (float32, the default, or int8 weights).</summary>
    [Params(EncoderPrecision.Float32, EncoderPrecision.Int8)]
    public EncoderPrecision Precision { get; set; }

    /// <summary>ONNX Runtime threads inside one run (spinning off).</summary>
    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _encoder = new MiniLmEncoder(new MiniLmEncoderOptions { IntraOpThreads = Threads, Precision = Precision }).EnsureLoaded();
        _texts = BenchmarkCorpus.Load(Claims).Claims.Select(c => c.Text).Take(Claims).ToArray();
        Console.WriteLine($"// {_texts.Length} sentences, {_texts.Average(t => _encoder.Tokenize(t).Count):F1} word pieces on average");
    }

    [GlobalCleanup]
    public void Cleanup() => _encoder.Dispose();

    [Benchmark(Baseline = true)]
    public int Corpus() => _encoder.Encode(_texts).Count;

    [Benchmark]
    public int PerArticle()
    {
        int n = 0;
        for (int i = 0; i < _texts.Length; i += 20) n += _encoder.Encode(_texts.AsSpan(i, Math.Min(20, _texts.Length - i)).ToArray()).Count;
        return n;
    }

    /// <summary>Calls of 256 texts: what the batch stage (<see cref="ClaimEncoder"/> over a chunk of articles) and lead
    /// stance give the encoder at least, per thread.</summary>
    [Benchmark]
    public int Calls256()
    {
        int n = 0;
        for (int i = 0; i < _texts.Length; i += 256) n += _encoder.Encode(_texts.AsSpan(i, Math.Min(256, _texts.Length - i)).ToArray()).Count;
        return n;
    }

    [Benchmark]
    public int OneByOne()
    {
        int n = 0;
        foreach (var t in _texts) n += _encoder.Encode([t]).Count;
        return n;
    }
}
