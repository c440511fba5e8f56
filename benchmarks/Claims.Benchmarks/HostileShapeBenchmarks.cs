using BenchmarkDotNet.Attributes;
using Claims.Matching;
using Claims.Pipeline;
using Claims.Tests.Hostile;

namespace Claims.Benchmarks;

/// <summary>
/// The two per-claim costs speed19 took out of the hostile shapes (issue 13), each against what it replaced, on the
/// 1 MB transcript shape (<c>"SMITH: yes. JONES: no. "</c> repeated: 43,479 claims, about 350,000 tokens):
/// <list type="bullet">
/// <item><c>TokenRanges*</c>: the token range of every sentence and of its first half, through
/// <see cref="Document.TokenRange"/> (an index of token starts by text block) and through a bisection over the whole
/// token layer (what <see cref="Document.TokenRange"/> did before).</item>
/// <item><c>CandidateOrder*</c>: the order of the story's candidate pairs by similarity, most similar first, ties in
/// list order (<see cref="StoryCandidateFinder"/>'s cap), through <see cref="StableKeyOrder"/> (a radix sort) and
/// through a sort of 128-bit (similarity, position) keys (before).</item>
/// </list>
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 7)]
[MemoryDiagnoser]
[MinIterationTime(300)]
public class HostileShapeBenchmarks
{
    private Document _document = null!;
    private Claims.Segmentation.Token[] _tokens = [];
    private TextSpan[] _spans = [];
    private double[] _similarities = [];

    /// <summary>Segments the transcript shape and finds its candidate pairs once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var analyzer = ClaimAnalyzer.CreateDefault();
        var article = Article.FromString(HostileText.Generate(HostileShape.Transcript, 1_000_000, GrowthSupport.SeedTexts()), "transcript");
        _document = new Document(article);
        foreach (var stage in analyzer.Stages) stage.Process(_document, CancellationToken.None);
        _tokens = [.. _document.Tokens];
        _spans = [.. _document.Sentences.SelectMany(s => new[] { s.Span, new TextSpan(s.Span.Start, s.Span.Start + (s.Span.Length / 2)) })];
        var pairs = DefaultComponents.Pairer().FindPairs(_document.Claims, CancellationToken.None);
        _similarities = [.. pairs.Select(p => p.Similarity)];
        Console.WriteLine($"// {_tokens.Length} tokens, {_spans.Length} spans, {_similarities.Length} candidate pairs");
    }

    /// <summary>Token ranges through the document (the block index).</summary>
    [Benchmark]
    public long TokenRanges()
    {
        long sum = 0;
        foreach (var span in _spans)
        {
            var r = _document.TokenRange(span);
            sum += r.Start.Value + r.End.Value;
        }
        return sum;
    }

    /// <summary>Token ranges by bisection over all the tokens (before).</summary>
    [Benchmark(Baseline = true)]
    public long TokenRangesByBisection()
    {
        long sum = 0;
        foreach (var span in _spans) sum += Bisect(span.Start) + Bisect(span.End);
        return sum;
    }

    /// <summary>Candidate order through the radix sort; returns the first position.</summary>
    [Benchmark]
    public int CandidateOrder()
    {
        int n = _similarities.Length;
        var keys = new ulong[n];
        var order = new int[n];
        for (int i = 0; i < n; i++) keys[i] = ulong.MaxValue - Ascending(_similarities[i]);
        StableKeyOrder.Sort(keys, order, n);
        return order[0];
    }

    /// <summary>Candidate order through 128-bit keys (before); returns the first position.</summary>
    [Benchmark]
    public int CandidateOrderBy128BitKeys()
    {
        int n = _similarities.Length;
        var keys = new UInt128[n];
        for (int i = 0; i < n; i++) keys[i] = new UInt128(ulong.MaxValue - Ascending(_similarities[i]), (ulong)i);
        keys.AsSpan().Sort();
        return (int)(ulong)keys[0];
    }

    private int Bisect(int position)
    {
        int lo = 0, hi = _tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_tokens[mid].Start < position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static ulong Ascending(double value)
    {
        ulong bits = (ulong)BitConverter.DoubleToInt64Bits(value + 0.0);
        return (bits & 0x8000_0000_0000_0000UL) != 0 ? ~bits : bits | 0x8000_0000_0000_0000UL;
    }
}
