using System.Collections.Concurrent;
using Claims.Pipeline;

namespace Claims.Tests;

public class BatchStageTests
{
    private static List<Article> Articles(int count) =>
        Enumerable.Range(0, count).Select(i => Article.FromString($"Officials said talks number {i} had ended.", $"a{i:D4}")).ToList();

    [Test]
    public void ABatchStageGetsChunksAfterTheStagesBeforeItAndBeforeTheStagesAfterIt()
    {
        var batch = new MarkingBatchStage();
        var after = new CheckingStage();
        var analyzer = new ClaimAnalyzerBuilder().UseDefaults().AddStage(batch).AddStage(after).Build();
        int articles = StageRunner.ChunkDocuments + 40;
        var report = analyzer.Extract(Articles(articles));
        Assert.That(batch.Chunks.OrderBy(c => c.First).Select(c => c.Count), Is.EqualTo(new[] { StageRunner.ChunkDocuments, 40 }));
        // The earlier stages had filled the claims of every document the batch stage saw.
        Assert.That(batch.ClaimCounts, Has.Count.EqualTo(articles).And.All.GreaterThan(0));
        Assert.That(after.Unmarked, Is.Zero);
        Assert.That(after.Seen, Is.EqualTo(articles));
        Assert.That(report.Articles.Select(a => a.Article.Id), Is.EqualTo(Articles(articles).Select(a => a.Id)));
    }

    [Test]
    public void OneArticleGoesThroughThePerArticleMethod()
    {
        var batch = new MarkingBatchStage();
        var analyzer = new ClaimAnalyzerBuilder().UseDefaults().AddStage(batch).Build();
        analyzer.Process(Articles(1)[0]);
        Assert.That(batch.Chunks, Is.Empty);
        Assert.That(batch.Single, Is.EqualTo(1));
    }

    [Test]
    public void ProgressCountsEveryArticleOnce()
    {
        var analyzer = new ClaimAnalyzerBuilder().UseDefaults().AddStage(new MarkingBatchStage()).Build();
        var reports = new ConcurrentBag<AnalysisProgress>();
        analyzer.Extract(Articles(300), new SynchronousProgress(reports.Add));
        var articles = reports.Where(r => r.Phase == AnalysisProgress.Articles).ToList();
        Assert.That(articles.Select(r => r.Done).Where(d => d > 0).Order(), Is.EqualTo(Enumerable.Range(1, 300)));
        Assert.That(articles.All(r => r.Total == 300), Is.True);
    }

    [Test]
    public void ABatchFailureNamesTheArticleThatFailsAlone()
    {
        var analyzer = new ClaimAnalyzerBuilder().UseDefaults().AddStage(new FailingBatchStage("a0007")).Build();
        var e = Assert.Throws<AnalysisException>(() => analyzer.Extract(Articles(20)))!;
        Assert.That(e.Message, Does.StartWith("a0007: stage 'failing-batch' failed").And.Contain("bad article"));
    }

    [Test]
    public void ABatchFailureThatNoArticleCausesAloneSaysSo()
    {
        var analyzer = new ClaimAnalyzerBuilder().UseDefaults().AddStage(new FailingBatchStage(null)).Build();
        var e = Assert.Throws<AnalysisException>(() => analyzer.Extract(Articles(20)))!;
        Assert.That(e.Message, Does.StartWith("a0000 and 19 more articles: stage 'failing-batch' failed on them together but on none alone"));
    }

    [Test]
    public void CancellationStopsABatchRun()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var analyzer = new ClaimAnalyzerBuilder().UseDefaults().AddStage(new MarkingBatchStage()).Build();
        Assert.That(() => analyzer.Extract(Articles(5), cancel.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    private sealed class SynchronousProgress(Action<AnalysisProgress> report) : IProgress<AnalysisProgress>
    {
        public void Report(AnalysisProgress value) => report(value);
    }

    // Marks each document by giving its article-less title a value the stage after it checks.
    private sealed class MarkingBatchStage : IBatchDocumentStage
    {
        public ConcurrentBag<(string First, int Count)> Chunks { get; } = [];
        public ConcurrentBag<int> ClaimCounts { get; } = [];
        public int Single;
        public string Name => "marking-batch";

        public void Process(Document document, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Single);
            Mark(document);
        }

        public void Process(IReadOnlyList<Document> documents, int maxParallelism, CancellationToken cancellationToken)
        {
            Chunks.Add((documents[0].Article.Id, documents.Count));
            foreach (var d in documents) Mark(d);
        }

        private void Mark(Document document)
        {
            ClaimCounts.Add(document.Claims.Count);
            document.Embedding = new Embeddings.Embedding([1f]);
        }
    }

    private sealed class CheckingStage : IDocumentStage
    {
        public int Seen;
        public int Unmarked;
        public string Name => "checking";

        public void Process(Document document, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Seen);
            if (document.Embedding is null) Interlocked.Increment(ref Unmarked);
        }
    }

    // Fails on the article with id `bad` (alone or in a batch), or, when `bad` is null, on every batch of more than one.
    private sealed class FailingBatchStage(string? bad) : IBatchDocumentStage
    {
        public string Name => "failing-batch";

        public void Process(Document document, CancellationToken cancellationToken)
        {
            if (document.Article.Id == bad) throw new InvalidDataException("bad article");
        }

        public void Process(IReadOnlyList<Document> documents, int maxParallelism, CancellationToken cancellationToken)
        {
            if (bad is null || documents.Any(d => d.Article.Id == bad)) throw new InvalidDataException("bad batch");
        }
    }
}
