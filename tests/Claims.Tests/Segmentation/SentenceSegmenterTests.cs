using Claims.Segmentation;

namespace Claims.Tests.Segmentation;

public class SentenceSegmenterTests
{
    private static Document Segment(string text)
    {
        var doc = new Document(Article.FromString(text, "t"));
        new PageLayoutAnalyzer().Process(doc, CancellationToken.None);
        new SentenceSegmenter().Process(doc, CancellationToken.None);
        return doc;
    }

    private static List<string> Sentences(string text)
    {
        var doc = Segment(text);
        return doc.Sentences.Select(s => doc.GetText(s.Span)).ToList();
    }

    [TestCase("Mr. Smith met Gov. Jones in the U.S. capital on Apr. 3. They talked for an hour.",
        "Mr. Smith met Gov. Jones in the U.S. capital on Apr. 3.", "They talked for an hour.")]
    [TestCase("The letter was signed by J. Edgar Hoover. It was dated 1950.",
        "The letter was signed by J. Edgar Hoover.", "It was dated 1950.")]
    [TestCase("“We will meet again at a later date.” Next week the talks resume.",
        "“We will meet again at a later date.”", "Next week the talks resume.")]
    [TestCase("Growth slowed to 2.5 percent in March. Prices rose 3.1% over the year.",
        "Growth slowed to 2.5 percent in March.", "Prices rose 3.1% over the year.")]
    [TestCase("He paused... and then went on. Nobody answered… The hall was silent.",
        "He paused... and then went on.", "Nobody answered…", "The hall was silent.")]
    [TestCase("Sanctions hit the U.S. The dollar fell sharply.", "Sanctions hit the U.S.", "The dollar fell sharply.")]
    [TestCase("“Why now?” he asked. “Because it is time,” she said.", "“Why now?” he asked.", "“Because it is time,” she said.")]
    [TestCase("Shares of Acme Inc. rose after the report (see above.) Analysts were pleased.",
        "Shares of Acme Inc. rose after the report (see above.)", "Analysts were pleased.")]
    public void SplitsSentences(string text, params string[] expected) =>
        Assert.That(Sentences(text), Is.EqualTo(expected));

    [Test]
    public void HeadingsAreOneSentenceAndFlagged()
    {
        var doc = Segment("Trump-Putin summit postponed, not cancelled\nThe meeting was put on hold. Trump cited the timing.");
        Assert.That(doc.Sentences, Has.Count.EqualTo(3));
        Assert.That(doc.Sentences[0].IsHeading, Is.True);
        Assert.That(doc.Sentences.Skip(1).Any(s => s.IsHeading), Is.False);
        Assert.That(doc.Sentences.Select(s => s.Paragraph), Is.EqualTo(new[] { 0, 1, 1 }));
    }

    [Test]
    public void TokensCoverTheSentencesInOrder()
    {
        var doc = Segment("Dmitriev said: “The talks go on.” Witkoff agreed.\nA second paragraph follows.");
        Assert.That(doc.Tokens.Select(t => t.Start), Is.Ordered.And.Unique);
        foreach (var s in doc.Sentences)
        {
            var range = doc.TokenRange(s.Span);
            Assert.That(range.End.Value - range.Start.Value, Is.GreaterThan(0));
            Assert.That(doc.Tokens[range.Start.Value].Start, Is.EqualTo(s.Span.Start));
            Assert.That(doc.Tokens[range.End.Value - 1].End, Is.EqualTo(s.Span.End));
        }
    }

    [Test]
    public void NullDocumentThrows() =>
        Assert.That(() => new SentenceSegmenter().Process(null!, CancellationToken.None), Throws.ArgumentNullException);
}
