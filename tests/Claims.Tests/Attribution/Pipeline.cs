using Claims.Pipeline;

namespace Claims.Tests.Attribution;

/// <summary>
/// Runs the library's rule-based extraction stages on a text: the default stages without the learned attribution
/// stage, so that rule cases test the rules (the learned stage has its own tests, and the seed tests run everything).
/// </summary>
internal static class Pipeline
{
    public static IReadOnlyList<IDocumentStage> Stages() => [.. DefaultComponents.RuleStages(), .. DefaultComponents.ClaimStages()];

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
