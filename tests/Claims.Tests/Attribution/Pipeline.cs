using Claims.Attribution;
using Claims.Pipeline;
using Claims.Segmentation;

namespace Claims.Tests.Attribution;

/// <summary>Runs the page-layout and attribution stages on a text, as the library composes them.</summary>
internal static class Pipeline
{
    public static IReadOnlyList<IDocumentStage> Stages() =>
    [
        new PageLayoutAnalyzer(), new SentenceSegmenter(), new QuoteFinder(), new AttributionFinder(),
        new SpeakerResolver(), new ClaimBuilder(),
    ];

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
