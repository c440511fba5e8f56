using System.Globalization;
using System.Text;
using Claims.Cli;
using Claims.Pipeline;
using Claims.Reporting;
using Claims.Stance;

namespace Claims.Tests;

/// <summary>
/// The two-phase analysis (<see cref="ClaimAnalyzer.Start(IEnumerable{Article}, CancellationToken)"/>): pairs arrive
/// while later candidates are still unclassified, writers write them as they come, cancellation stops the stream, and
/// the streamed output is the same as <see cref="ClaimAnalyzer.Analyze(IEnumerable{Article}, CancellationToken)"/>'s.
/// </summary>
public class StreamingTests
{
    private const int Chunk = 16;

    private static readonly Lazy<ClaimAnalyzer> Lexical = new(ClaimAnalyzer.CreateDefault);

    // Forty outlets report one figure in near-identical words: hundreds of candidate pairs across articles.
    private static IReadOnlyList<Article> Outlets(int count = 40) =>
        Enumerable.Range(1, count).Select(i => Article.FromString(
            string.Create(CultureInfo.InvariantCulture, $"Mayor Kline said the Harbor Bridge repair will cost {40 + i % 3} million dollars and take two years. "
                + $"Engineer Ruiz{i} said the Harbor Bridge repair will cost {40 + i % 3} million dollars."),
            $"A{i:000}", $"Outlet {i}")).ToList();

    private static ClaimAnalyzer ProbeAnalyzer(ProbeClassifier probe, IPairSource? extra = null)
    {
        // Claim pairs only: the probe counts the classifier's calls, which article-level readings would not go through.
        var builder = new ClaimAnalyzerBuilder().UseDefaults().UseStanceClassifier(probe).UseGate(null).UseLeadStance(null);
        if (extra is not null) builder.AddPairSource(extra);
        // The outlets repeat one another word for word: copies are paired here as separate texts, to make many candidates.
        var analyzer = builder.Build().WithPairChunkSize(Chunk);
        return analyzer.WithPairing(analyzer.Pairing with { SeparateCopies = false });
    }

    [Test]
    public void TheFirstPairArrivesBeforeTheLastCandidateIsClassified()
    {
        var probe = new ProbeClassifier();
        var run = ProbeAnalyzer(probe).Start(Outlets());
        Assert.That(probe.Calls, Is.Zero, "nothing is classified before the pairs are enumerated");
        int? callsAtFirst = null;
        int pairs = 0;
        foreach (var _ in run.Pairs())
        {
            callsAtFirst ??= probe.Calls;
            pairs++;
        }
        Assert.That(pairs, Is.GreaterThan(10 * Chunk), "the corpus must give many chunks of pairs");
        Assert.That(callsAtFirst, Is.LessThanOrEqualTo(Chunk), "the first pair is yielded after the first chunk");
        Assert.That(probe.Calls, Is.EqualTo(pairs), "every candidate was classified once, by the end");
    }

    [Test]
    public void TheJsonWriterWritesPairsBeforeTheLastCandidateIsClassified()
    {
        var probe = new ProbeClassifier();
        var run = ProbeAnalyzer(probe).Start(Outlets(120));
        var output = new ProbeStream(probe);
        new JsonReportWriter().Write(run, output, ReportOptions.Default);
        int total = probe.Calls;
        var firstPairWrite = output.Writes.First(w => w.Text.Contains("\"relation\"", StringComparison.Ordinal));
        Assert.That(firstPairWrite.Calls, Is.LessThan(total / 2),
            $"pairs reached the stream after {firstPairWrite.Calls} of {total} classifications");
        Assert.That(Encoding.UTF8.GetString(output.ToArray()), Does.EndWith("}"));
    }

    [Test]
    public void CancellingMidStreamStopsWithinAChunk()
    {
        var probe = new ProbeClassifier();
        var run = ProbeAnalyzer(probe).Start(Outlets());
        using var cancel = new CancellationTokenSource();
        int seen = 0, callsAtCancel = 0;
        Assert.That(() =>
        {
            foreach (var _ in run.Pairs(cancel.Token))
            {
                if (++seen == 1)
                {
                    cancel.Cancel();
                    callsAtCancel = probe.Calls;
                }
            }
        }, Throws.InstanceOf<OperationCanceledException>());
        Assert.That(seen, Is.LessThanOrEqualTo(Chunk), "no pair of a later chunk was yielded");
        Assert.That(probe.Calls, Is.EqualTo(callsAtCancel), "nothing was classified after the token fired");
        Assert.That(run.Warnings, Is.Empty, "an unfinished enumeration reports no warnings");
    }

    [Test]
    public void CancellingTheJsonWriterMidStreamThrows()
    {
        var probe = new ProbeClassifier();
        using var cancel = new CancellationTokenSource();
        probe.AfterCalls(3 * Chunk, cancel.Cancel);
        var run = ProbeAnalyzer(probe).Start(Outlets());
        Assert.That(() => new JsonReportWriter().Write(run, new MemoryStream(), ReportOptions.Default, cancel.Token),
            Throws.InstanceOf<OperationCanceledException>());
        Assert.That(probe.Calls, Is.LessThan(4 * Chunk));
    }

    [Test]
    public void TheCliRemovesAnOutputFileCancelledMidStream()
    {
        string path = Path.Combine(Path.GetTempPath(), $"claims-stream-{Guid.NewGuid():N}.json");
        var folder = Directory.CreateTempSubdirectory("claims-stream-in");
        try
        {
            foreach (var article in Outlets())
                File.WriteAllText(Path.Combine(folder.FullName, article.Id + ".txt"), article.Text);
            using var cancel = new CancellationTokenSource();
            var probe = new ProbeClassifier();
            probe.AfterCalls(2 * Chunk, cancel.Cancel);
            var stderr = new StringWriter();
            int code = new CliApp(new StringWriter(), stderr, () => ProbeAnalyzer(probe)).Run(["analyze", folder.FullName, "--out", path], cancel.Token);
            Assert.That(code, Is.EqualTo(CliApp.Cancelled));
            Assert.That(stderr.ToString(), Does.Contain("claims: cancelled"));
            Assert.That(File.Exists(path), Is.False, "no truncated report is left behind");
        }
        finally
        {
            folder.Delete(recursive: true);
            File.Delete(path);
        }
    }

    [Test]
    public void ACopyWithOtherChunksOrPairingKeepsEveryPart()
    {
        // The streaming tests compare a chunked copy with the analyzer: a part the copy lost would go untested.
        var analyzer = Lexical.Value;
        Assert.That(analyzer.LeadStance, Is.Not.Null);
        foreach (var copy in new[] { analyzer.WithPairChunkSize(Chunk), analyzer.WithPairing(analyzer.Pairing with { IncludeNeutral = true }) })
        {
            Assert.That(copy.LeadStance, Is.SameAs(analyzer.LeadStance));
            Assert.That(copy.Gate, Is.SameAs(analyzer.Gate));
            Assert.That(copy.StoryGrouper, Is.SameAs(analyzer.StoryGrouper));
            Assert.That(copy.PairSources.Select(p => p.Name), Is.EqualTo(analyzer.PairSources.Select(p => p.Name)));
        }
    }

    [TestCase("text")]
    [TestCase("json")]
    [TestCase("jsonl")]
    [TestCase("html")]
    public void EveryWriterWritesTheSameBytesStreamedAsFromAnalyze(string format)
    {
        var writer = ReportWriters.Default.ForName(format)!;
        var seeds = SeedFiles.All();
        var options = new ReportOptions { IncludeNeutral = format == "text" };
        var analyzer = format == "text" ? Lexical.Value.WithPairing(Lexical.Value.Pairing with { IncludeNeutral = true }) : Lexical.Value;
        var whole = new MemoryStream();
        writer.Write(analyzer.Analyze(seeds), whole, options);
        var streamed = new MemoryStream();
        writer.Write(analyzer.WithPairChunkSize(Chunk).Start(seeds), streamed, options);
        Assert.That(whole.Length, Is.GreaterThan(1000));
        Assert.That(streamed.ToArray(), Is.EqualTo(whole.ToArray()));
    }

    [Test]
    public void StreamedPairsAreAnalyzesPairsInTheSameOrder()
    {
        var seeds = SeedFiles.All();
        var analyzer = Lexical.Value.WithPairing(Lexical.Value.Pairing with { IncludeNeutral = true });
        var report = analyzer.Analyze(seeds);
        var run = analyzer.WithPairChunkSize(Chunk).Start(seeds);
        var streamed = run.Pairs().ToList();
        Assert.That(report.Pairs, Has.Count.GreaterThan(Chunk));
        Assert.That(streamed.Select(Key), Is.EqualTo(report.Pairs.Select(Key)));
        Assert.That(run.Pairs().Select(Key), Is.EqualTo(streamed.Select(Key)), "a second enumeration gives the same pairs");
        Assert.That(run.Warnings, Is.EqualTo(report.Warnings));
    }

    [Test]
    public void AddedPairSourcesFollowTheClaimPairsAndTheirWarningsAreReported()
    {
        var probe = new ProbeClassifier();
        var extra = new LeadPairSource();
        var report = ProbeAnalyzer(probe, extra).Analyze(Outlets(5));
        Assert.That(report.Pairs[^1].Reasons, Is.EqualTo(new[] { "lead" }));
        Assert.That(report.Pairs.Take(report.Pairs.Count - 1).Select(p => p.Reasons[0]), Is.All.EqualTo("probe"));
        Assert.That(report.Warnings, Does.Contain("lead source saw 5 documents"));
        Assert.That(ProbeAnalyzer(probe, extra).PairSources.Select(s => s.Name), Is.EqualTo(new[] { "claim-pairs", "lead" }));
    }

    [Test]
    public void TheTextReportListsTheTopPairsAndCountsTheRest()
    {
        var report = ProbeAnalyzer(new ProbeClassifier()).Analyze(Outlets(8));
        string Text(int max)
        {
            var output = new MemoryStream();
            new TextReportWriter { MaxListedPairs = max }.Write(report, output, ReportOptions.Default);
            return Encoding.UTF8.GetString(output.ToArray());
        }
        string all = Text(10_000), top = Text(3);
        int contradictions = report.Pairs.Count;
        Assert.That(contradictions, Is.GreaterThan(3));
        Assert.That(top, Does.Contain($"Contradictions ({contradictions})"));
        Assert.That(top, Does.Contain($"... and {contradictions - 3} more with lower scores"));
        Assert.That(top[..top.IndexOf("\n  ... and ", StringComparison.Ordinal)], Is.EqualTo(all[..all.IndexOf("\n  4. ", StringComparison.Ordinal)]),
            "the kept pairs are the first of the full listing");
    }

    private static string Key(ClaimPair p) => string.Create(CultureInfo.InvariantCulture,
        $"{p.A}|{p.B}|{p.Relation}|{p.Score:R}|{p.Similarity:R}|{string.Join(";", p.Reasons)}");

    // Calls every classification a contradiction, counting them; can fire an action after a number of calls.
    private sealed class ProbeClassifier : IStanceClassifier
    {
        private int _calls;
        private int _fireAt = int.MaxValue;
        private Action? _action;

        public int Calls => Volatile.Read(ref _calls);

        public void AfterCalls(int calls, Action action) => (_fireAt, _action) = (calls, action);

        public StanceVerdict Classify(Claim a, Claim b)
        {
            if (Interlocked.Increment(ref _calls) == _fireAt) _action?.Invoke();
            // Scores differ by pair so the reports' order by score is exercised.
            double score = 0.5 + (a.Span.Start + 7 * b.Span.Start + a.Id.Length) % 50 / 100.0;
            return new StanceVerdict(StanceLabel.Contradicts, score, ["probe"]);
        }
    }

    // An extra source: one pair between the first claims of the first two documents, and a warning.
    private sealed class LeadPairSource : IPairSource
    {
        public string Name => "lead";

        public IEnumerable<ClaimPair> Pairs(PairSourceContext context, CancellationToken cancellationToken)
        {
            context.Warn($"lead source saw {context.Documents.Count} documents");
            yield return new ClaimPair(context.Documents[0].Claims[0].Id, context.Documents[1].Claims[0].Id, StanceLabel.Agrees, 1.0, ["lead"], 1.0);
        }
    }

    // Records, for every write, the text written and how many classifications had been made.
    private sealed class ProbeStream(ProbeClassifier probe) : MemoryStream
    {
        public List<(string Text, int Calls)> Writes { get; } = [];

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Writes.Add((Encoding.UTF8.GetString(buffer), probe.Calls));
            base.Write(buffer.ToArray(), 0, buffer.Length);
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes.Add((Encoding.UTF8.GetString(buffer, offset, count), probe.Calls));
            base.Write(buffer, offset, count);
        }
    }
}
