using Claims.Pipeline;

namespace Claims.Tests.Attribution;

/// <summary>Runs the library's default extraction stages on a text, exactly as <see cref="ClaimAnalyzer"/> composes them.</summary>
internal static class Pipeline
{
    public static IReadOnlyList<IDocumentStage> Stages() => [.. DefaultComponents.Stages()];

    public static Document Run(string text, string id = "t")
    {
        var doc = new Document(Article.FromString(text, id));
        foreach (var stage in Stages()) stage.Process(doc, CancellationToken.None);
        return doc;
    }

    public static Document Run(Article article)
    {
        var doc = new Document(article);
        foreach (var stage in Stages()) stage.Process(doc, CancellationToken.None);
        return doc;
    }
}
