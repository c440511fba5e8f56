using System.Diagnostics;
using System.Globalization;
using Claims.Reporting;

namespace Claims.Benchmarks;

/// <summary>
/// <c>throughput (--bodies CSV | --dir DIR | --file F) [--mode extract|analyze] [--threads N] [--attribution fast|accurate]
/// [--repeat R] [--articles K] [--allocations on]</c>: MB/s and claims/s of real text in a warm process. <c>--bodies</c> reads the FNC-1
/// bodies file (each body an article; <c>--articles K</c> keeps the first K), <c>--dir</c> every <c>*.txt</c> of a
/// folder, <c>--file</c> one article. <c>extract</c> runs the per-article stages, speaker linking and stories
/// (<see cref="ClaimAnalyzer.Extract(IEnumerable{Article}, CancellationToken)"/>); <c>analyze</c> the whole streaming
/// run written as JSON to a null stream, as the CLI writes it. <c>--threads</c> bounds the analyzer's parallelism (1: one
/// core). <c>--attribution accurate</c> puts the semantic pipeline's contextual attribution stage (which reads the
/// encoder's token states) in place of the fast one, with the lexical stance. Prints, per repetition, wall and CPU
/// seconds, MB/s of each (UTF-16 characters counted as bytes of text), claims per second and the peak working set;
/// each repetition builds a new analyzer (empty profile caches) and warms it on the seed articles first. Also prints the
/// bytes allocated and the collections per repetition; <c>--allocations on</c> adds the types allocated most (sampled).
/// </summary>
public sealed class ThroughputCommand : ICustomCommand
{
    /// <inheritdoc />
    public string Name => "throughput";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        var options = GrowthCaseCommand.Arguments(args);
        var articles = Read(options);
        if (articles is null)
        {
            Console.Error.WriteLine("usage: throughput (--bodies CSV | --dir DIR | --file F) [--mode extract|analyze] [--threads N] [--attribution fast|accurate] [--repeat R] [--articles K] [--allocations on]");
            return 2;
        }
        string mode = options.GetValueOrDefault("--mode", "analyze");
        int threads = int.Parse(options.GetValueOrDefault("--threads", Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
        int repeat = int.Parse(options.GetValueOrDefault("--repeat", "1"), CultureInfo.InvariantCulture);
        bool accurate = options.GetValueOrDefault("--attribution", "fast") == "accurate";
        double megabytes = articles.Sum(a => (long)a.Text.Length) / 1e6;
        Console.WriteLine(GrowthCommand.Invariant($"throughput: {articles.Count} articles, {megabytes:F3} MB, mode {mode}, threads {threads}, attribution {(accurate ? "accurate" : "fast")}; {Environment.ProcessorCount} cores, load average {GrowthCommand.LoadAverage()}"));
        using var sampler = options.ContainsKey("--allocations") ? new AllocationSampler() : null;
        for (int r = 0; r < repeat; r++)
        {
            // A new analyzer each time (its caches of claim profiles empty, as in a new process), warmed on the seeds.
            var analyzer = Analyzer(threads, accurate);
            GC.Collect();
            sampler?.Start();
            double cpu = GrowthSupport.Cpu();
            long allocated = GC.GetTotalAllocatedBytes(precise: true);
            int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
            var paused = GC.GetTotalPauseDuration();
            var clock = Stopwatch.StartNew();
            int claims;
            long bytes = 0;
            if (mode == "extract")
                claims = analyzer.Extract(articles).Articles.Sum(a => a.Claims.Count);
            else
            {
                var run = analyzer.Start(articles);
                claims = run.Articles.Sum(a => a.Claims.Count);
                using var sink = new CountingStream();
                new JsonReportWriter().Write(run, sink, ReportOptions.Default);
                bytes = sink.Length;
            }
            double wall = clock.Elapsed.TotalSeconds, used = GrowthSupport.Cpu() - cpu;
            double allocatedMb = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0;
            double pause = (GC.GetTotalPauseDuration() - paused).TotalSeconds;
            Console.WriteLine(GrowthCommand.Invariant(
                $"  run {r + 1}: wall {wall:F2} s ({megabytes / wall:F2} MB/s), CPU {used:F2} s ({megabytes / used:F2} MB/s, {used / megabytes:F2} s/MB); {claims} claims ({claims / wall:F0}/s wall, {claims / used:F0}/s CPU){(mode == "extract" ? "" : $", {bytes:N0} bytes of JSON")}; peak {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB"));
            Console.WriteLine(GrowthCommand.Invariant(
                $"    allocated {allocatedMb:F0} MB; collections gen0 {GC.CollectionCount(0) - gen0}, gen1 {GC.CollectionCount(1) - gen1}, gen2 {GC.CollectionCount(2) - gen2}; GC pauses {pause:F2} s"));
            if (sampler is not null)
                foreach (var (type, sampled) in sampler.Stop(25))
                    Console.WriteLine(GrowthCommand.Invariant($"      {sampled / 1048576.0,7:F1} MB sampled  {type}"));
        }
        return 0;
    }

    private static ClaimAnalyzer Analyzer(int threads, bool accurate)
    {
        var builder = new ClaimAnalyzerBuilder().UseDefaults();
        if (accurate)
            builder.Replace<Claims.Attribution.LearnedAttributionFinder>(new Claims.Semantic.Attribution.ContextualAttributionFinder(Claims.Semantic.MiniLmEncoder.Default));
        builder.MaxDegreeOfParallelism = threads;
        var analyzer = builder.Build();
        analyzer.Analyze(GrowthSupport.SeedTexts().Select((t, i) => Article.FromString(t, "warm" + i)));
        return analyzer;
    }

    private static List<Article>? Read(Dictionary<string, string> options)
    {
        if (options.TryGetValue("--bodies", out var csv))
        {
            int limit = int.Parse(options.GetValueOrDefault("--articles", int.MaxValue.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
            return ExtractionBenchmarks.ReadBodies(csv).Take(limit).Select((b, i) => Article.FromString(b, "body" + i.ToString(CultureInfo.InvariantCulture))).ToList();
        }
        if (options.TryGetValue("--dir", out var dir))
            return Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal).Select(f => Article.FromString(File.ReadAllText(f), Path.GetFileName(f))).ToList();
        if (options.TryGetValue("--file", out var file))
            return [Article.FromString(File.ReadAllText(file), Path.GetFileName(file))];
        return null;
    }

    // A write-only stream that only counts the bytes written to it.
    private sealed class CountingStream : Stream
    {
        private long _length;
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => _length += count;
        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
    }
}
