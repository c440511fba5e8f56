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

    public static Document Run(Article article) => Run(article, Stages());

    /// <summary>Every default stage, the learned attribution stage included: what <see cref="ClaimAnalyzer"/> runs.</summary>
    public static Document RunDefault(Article article) => Run(article, [.. DefaultComponents.Stages()]);

    /// <summary>The stages up to the rule-based attributions: what the learned stage and its training read.</summary>
    public static Document RunRules(Article article) => Run(article, [.. DefaultComponents.RuleStages()]);

    private static Document Run(Article article, IReadOnlyList<IDocumentStage> stages)
    {
        var doc = new Document(article);
        foreach (var stage in stages) stage.Process(doc, CancellationToken.None);
        return doc;
    }
}
