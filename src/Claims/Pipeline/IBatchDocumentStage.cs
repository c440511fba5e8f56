namespace Claims.Pipeline;

/// <summary>
/// A per-article stage that is faster over many documents at once (a model that batches its inputs, such as a
/// sentence encoder). In a run over many articles the analyzer gives it the documents in chunks, each after the stages
/// before it have processed them; a single article still goes through <see cref="IDocumentStage.Process"/>. Every
/// document must come out exactly as <see cref="IDocumentStage.Process"/> alone would leave it, whatever else is in the
/// chunk. Thread-safe, like every stage.
/// </summary>
public interface IBatchDocumentStage : IDocumentStage
{
    /// <summary>Fills this stage's layers of every document in <paramref name="documents"/>.</summary>
    /// <param name="documents">Documents the earlier stages have processed, in run order.</param>
    /// <param name="maxParallelism">Most threads the stage may use.</param>
    /// <param name="cancellationToken">Stops the stage.</param>
    void Process(IReadOnlyList<Document> documents, int maxParallelism, CancellationToken cancellationToken);
}
