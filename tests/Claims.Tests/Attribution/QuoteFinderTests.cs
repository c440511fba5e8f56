using Claims.Attribution;
using Claims.Segmentation;

namespace Claims.Tests.Attribution;

public class QuoteFinderTests
{
    private static List<string> Quotes(string text)
    {
        var doc = new Document(Article.FromString(text, "t"));
        new PageLayoutAnalyzer().Process(doc, CancellationToken.None);
        new SentenceSegmenter().Process(doc, CancellationToken.None);
        new QuoteFinder().Process(doc, CancellationToken.None);
        foreach (var q in doc.Quotes)
            Assert.That(q.Span.Contains(q.Content), Is.True);
        return doc.Quotes.Select(q => doc.GetText(q.Content)).ToList();
    }

    [Test]
    public void TypographicAndStraightQuotes() =>
        Assert.That(Quotes("He said “we are close” and she said \"not yet\" today."), Is.EqualTo(new[] { "we are close", "not yet" }));

    [Test]
    public void MultiSentenceQuoteIsOne() =>
        Assert.That(Quotes("“It is a big move. It helps,” Dmitriev noted."), Is.EqualTo(new[] { "It is a big move. It helps," }));

    [Test]
    public void DoubledApostrophesQuote() =>
        Assert.That(Quotes("''We were clear,'' Mr. Jones said."), Is.EqualTo(new[] { "We were clear," }));

    [Test]
    public void MultiParagraphQuoteContinuesOnlyAfterAnOpeningMark()
    {
        var quotes = Quotes("He said: “The first part goes on.\n“And the second part ends here.”\nThen the article resumes.");
        Assert.That(quotes, Has.Count.EqualTo(1));
        Assert.That(quotes[0], Does.StartWith("The first part").And.EndWith("ends here."));
    }

    [Test]
    public void OpeningMarkUsedAsClosingEndsTheQuote() =>
        Assert.That(Quotes("It explains “the advantages of peace“ with a photograph. “Next,” he said."),
            Is.EqualTo(new[] { "the advantages of peace", "Next," }));

    [Test]
    public void SecondOpeningMarkBeforeAWordRestartsTheQuote() =>
        Assert.That(Quotes("He said “we tried and “we will win,” she added."), Is.EqualTo(new[] { "we will win," }));

    [Test]
    public void UnbalancedQuoteIsBoundedByItsParagraph()
    {
        var quotes = Quotes("She called it “a disaster for everyone.\nThe second paragraph has no marks.\nNor does the third.");
        Assert.That(quotes, Is.EqualTo(new[] { "a disaster for everyone." }));
    }

    [Test]
    public void OnlyQuotationMarks()
    {
        var quotes = Quotes(new string('"', 5000) + "\n" + new string('“', 3000) + new string('”', 3000));
        Assert.That(quotes.All(q => q.Length < 6001), Is.True);
    }
}
