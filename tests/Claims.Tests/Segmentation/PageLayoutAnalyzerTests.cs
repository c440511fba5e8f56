using Claims.Segmentation;

namespace Claims.Tests.Segmentation;

public class PageLayoutAnalyzerTests
{
    private static Document Analyze(Article article)
    {
        var doc = new Document(article);
        new PageLayoutAnalyzer().Process(doc, CancellationToken.None);
        return doc;
    }

    [Test]
    public void Seed002FurnitureIsMarkedAndNotParagraphs()
    {
        var doc = Analyze(SeedFiles.Load("002_b3c078f5d496fc16"));
        var furniture = doc.Furniture.Select(f => (doc.GetText(f.Span), f.Kind)).ToList();
        Assert.That(furniture, Does.Contain(("Written by Asger Risom", FurnitureKind.Byline)));
        Assert.That(furniture, Does.Contain(("Apr.02 - 2025 9:10 AM CET", FurnitureKind.Date)));
        Assert.That(furniture, Does.Contain(("ID1974 / Shutterstock.com", FurnitureKind.PhotoCredit)));
        Assert.That(furniture, Does.Contain(("Trending Now", FurnitureKind.Navigation)));
        Assert.That(furniture, Does.Contain(("TRENDING NOW", FurnitureKind.Navigation)));
        Assert.That(furniture, Does.Contain(("World", FurnitureKind.SectionLabel)));
        var paragraphs = doc.Paragraphs.Select(doc.GetText).ToList();
        Assert.That(paragraphs, Has.None.Contains("Shutterstock"));
        Assert.That(doc.GetText(doc.Title!.Value), Is.EqualTo("Putin’s Top Envoy Expected in Washington Amid Ukraine Peace Talks"));
    }

    [Test]
    public void FirstLineThatIsASentenceIsNotATitle()
    {
        var doc = Analyze(SeedFiles.Load("000_78797ef3dd2ac28f"));
        Assert.That(doc.Title, Is.Null);
        Assert.That(doc.Headings.Select(doc.GetText), Does.Contain("Trump-Putin summit postponed, not cancelled"));
    }

    [Test]
    public void AgencyTagAndNavigationLinesAreFurniture()
    {
        var doc = Analyze(SeedFiles.Load("001_dc90a5985b6e19d6"));
        Assert.That(doc.Furniture.Any(f => f.Kind == FurnitureKind.AgencyTag && doc.GetText(f.Span) == "(MENAFN)"));
        Assert.That(doc.Paragraphs.Select(doc.GetText), Has.Some.StartsWith("The anticipated meeting"));
        var gaze = Analyze(SeedFiles.Load("003_9a3a1d6131fd7a65"));
        Assert.That(gaze.Furniture.Any(f => f.Kind == FurnitureKind.Navigation && gaze.GetText(f.Span).StartsWith("Read more on The Gaze")));
        var comment = Analyze(SeedFiles.Load("004_d46da112888bf487"));
        Assert.That(comment.Furniture.Select(f => comment.GetText(f.Span)), Does.Contain("Add Comment"));
    }

    [TestCase("Russia launched its full-scale invasion of Ukraine in February 2022.")]
    [TestCase("By then the talks had collapsed.")]
    [TestCase("May 5 was the date both sides had agreed on for the summit in Budapest.")]
    public void SentencesAreNeverFurniture(string line)
    {
        Assert.That(new PageLayoutAnalyzer().ClassifyFurniture(line, isFirst: false), Is.Null);
    }

    private static IEnumerable<TestCaseData> FurnitureCases() =>
        CaseTable.Read("page-furniture.tsv", ["line", "expected", "why"])
            .Select(row => new TestCaseData(row["line"], row["expected"]).SetName($"page-furniture.tsv:{row.Line} {row["why"]}"));

    [TestCaseSource(nameof(FurnitureCases))]
    public void LinesReadAsTheirTableSays(string line, string expected)
    {
        var kind = new PageLayoutAnalyzer().ClassifyFurniture(line, isFirst: false);
        Assert.That(kind?.ToString() ?? "text", Is.EqualTo(expected), line);
    }

    [Test]
    public void OffsetsIndexTheOriginalText()
    {
        var article = Article.FromString("Headline Here\r\n\r\n  Body sentence one.  \r\nWritten by A Person\r\n", "x");
        var doc = Analyze(article);
        Assert.That(doc.Paragraphs.Select(doc.GetText), Is.EqualTo(new[] { "Headline Here", "Body sentence one." }));
        Assert.That(doc.Furniture.Single().Kind, Is.EqualTo(FurnitureKind.Byline));
    }
}
