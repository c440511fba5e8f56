namespace Claims.Pipeline;

/// <summary>
/// One step of per-article analysis. A stage reads the layers earlier stages filled in a <see cref="Document"/> and
/// fills its own. Stages must be thread-safe: one instance processes many documents concurrently (each document
/// by one thread), so keep per-document state in locals, never in fields.
/// </summary>
public interface IDocumentStage
{
    /// <summary>A short name for diagnostics and for replacing the stage in a builder.</summary>
    string Name { get; }

    /// <summary>Fills this stage's layers of <paramref name="document"/>.</summary>
    void Process(Document document, CancellationToken cancellationToken);
}
