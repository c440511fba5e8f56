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

    // A long document's token ranges come from the index of token starts by text block (TokenStartIndex): at every
    // position, the same first token at or after it as a bisection over the tokens gives, before the text, inside it,
    // at its end and past it.
    [TestCase("SMITH: yes. JONES: no. ", 2000)]
    [TestCase("Dmitriev said: “The talks go on.”   Witkoff agreed.\n\nA second paragraph follows, with numbers 1,200 and 3.5%. ", 300)]
    public void LongDocumentsFindTheTokensABisectionFinds(string piece, int copies)
    {
        var doc = Segment(string.Concat(Enumerable.Repeat(piece, copies)));
        Assert.That(doc.Tokens, Has.Count.GreaterThanOrEqualTo(Claims.Segmentation.TokenStartIndex.MinTokens));
        int Bisect(int position)
        {
            int lo = 0, hi = doc.Tokens.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (doc.Tokens[mid].Start < position) lo = mid + 1; else hi = mid;
            }
            return lo;
        }
        for (int p = -3; p <= doc.Text.Length + 200; p++)
        {
            var range = doc.TokenRange(new TextSpan(Math.Max(0, p), Math.Max(0, p)));
            Assert.That(range.Start.Value, Is.EqualTo(Bisect(Math.Max(0, p))), $"position {p}");
        }
        var span = new TextSpan(doc.Text.Length - 40, doc.Text.Length + 100);
        Assert.That(doc.TokenRange(span), Is.EqualTo(Bisect(span.Start)..Bisect(span.End)));
    }

    [Test]
    public void NullDocumentThrows() =>
        Assert.That(() => new SentenceSegmenter().Process(null!, CancellationToken.None), Throws.ArgumentNullException);
}
