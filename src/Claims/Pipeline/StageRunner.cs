namespace Claims.Pipeline;

/// <summary>
/// Runs the per-article stages over the articles of one analysis. Without batch stages every article runs through all
/// stages on its own, articles in parallel. With a <see cref="IBatchDocumentStage"/>, articles go in chunks of
/// <see cref="ChunkDocuments"/>: the stages before it run article by article (in parallel), then it runs once over the
/// chunk, then the stages after it; chunks keep progress moving and bound the batch's transient memory.
/// </summary>
internal static class StageRunner
{
    /// <summary>Articles per chunk when a batch stage is present: enough claims for a sentence encoder's calls to run
    /// at the speed of one call for everything (calls of 256 texts reach it; see benchmarks/README.md, "encoder").</summary>
    public const int ChunkDocuments = 256;

    /// <summary>Processes <paramref name="articles"/> into documents, in order, calling <paramref name="done"/> once per finished article.</summary>
    public static Document[] RunAll(IReadOnlyList<Article> articles, IReadOnlyList<IDocumentStage> stages, int maxParallelism, Action done,
        CancellationToken cancellationToken)
    {
        var documents = new Document[articles.Count];
        var segments = Segments(stages);
        if (segments.Count == 1 && segments[0].Batch is null)
        {
            ParallelRunner.Run(articles.Count, maxParallelism, i =>
            {
                documents[i] = Run(new Document(articles[i]), stages, cancellationToken);
                done();
            }, cancellationToken);
            return documents;
        }
        for (int start = 0; start < articles.Count; start += ChunkDocuments)
        {
            int count = Math.Min(ChunkDocuments, articles.Count - start);
            for (int i = start; i < start + count; i++) documents[i] = new Document(articles[i]);
            var chunk = new ArraySegment<Document>(documents, start, count);
            foreach (var (run, batch) in segments)
            {
                if (batch is null)
                    ParallelRunner.Run(count, maxParallelism, i => Run(chunk[i], run, cancellationToken), cancellationToken);
                else
                    RunBatch(batch, chunk, maxParallelism, cancellationToken);
            }
            for (int i = 0; i < count; i++) done();
        }
        return documents;
    }

    /// <summary>Runs <paramref name="stages"/> over <paramref name="document"/>, one by one.</summary>
    /// <exception cref="AnalysisException">A stage failed; the message names the article and the stage.</exception>
    public static Document Run(Document document, IReadOnlyList<IDocumentStage> stages, CancellationToken cancellationToken)
    {
        foreach (var stage in stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                stage.Process(document, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw Failure(document, stage, e);
            }
        }
        return document;
    }

    // A failed batch is run again article by article, so the error names the article that caused it.
    private static void RunBatch(IBatchDocumentStage stage, IReadOnlyList<Document> chunk, int maxParallelism, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            stage.Process(chunk, maxParallelism, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            foreach (var document in chunk) Run(document, [stage], cancellationToken);
            throw new AnalysisException($"{chunk[0].Article.Path ?? chunk[0].Article.Id} and {chunk.Count - 1} more articles: stage '{stage.Name}' failed on them together "
                + $"but on none alone: {e.Message}", e);
        }
    }

    private static AnalysisException Failure(Document document, IDocumentStage stage, Exception e) =>
        new($"{document.Article.Path ?? document.Article.Id}: stage '{stage.Name}' failed: {e.Message}", e);

    // The stages cut at each batch stage: runs of per-article stages, and each batch stage alone.
    private static List<(IReadOnlyList<IDocumentStage> Stages, IBatchDocumentStage? Batch)> Segments(IReadOnlyList<IDocumentStage> stages)
    {
        var segments = new List<(IReadOnlyList<IDocumentStage>, IBatchDocumentStage?)>();
        var run = new List<IDocumentStage>();
        foreach (var stage in stages)
        {
            if (stage is not IBatchDocumentStage batch) { run.Add(stage); continue; }
            if (run.Count > 0) segments.Add((run, null));
            segments.Add(([stage], batch));
            run = [];
        }
        if (run.Count > 0 || segments.Count == 0) segments.Add((run, null));
        return segments;
    }
}
