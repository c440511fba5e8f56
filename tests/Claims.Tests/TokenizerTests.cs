using Claims.Segmentation;

namespace Claims.Tests;

public class TokenizerTests
{
    private static string[] Words(string text) =>
        new Tokenizer().Tokenize(text).Select(t => text[t.Start..t.End]).ToArray();

    [Test]
    public void KeepsAbbreviationsApostrophesAndHyphensInsideWords()
    {
        Assert.That(Words("The U.S. and Russia’s Trump-Putin summit."),
            Is.EqualTo(new[] { "The", "U.S.", "and", "Russia’s", "Trump-Putin", "summit", "." }));
    }

    [Test]
    public void NumbersKeepSeparatorsAndPercent()
    {
        Assert.That(Words("5,000 people, 3.5% and 22nd"), Is.EqualTo(new[] { "5,000", "people", ",", "3.5%", "and", "22nd" }));
    }

    [Test]
    public void QuoteMarksAreTheirOwnKind()
    {
        var tokens = new Tokenizer().Tokenize("“Yes,” he said");
        Assert.That(tokens[0].Kind, Is.EqualTo(TokenKind.Quote));
        Assert.That(tokens[3].Kind, Is.EqualTo(TokenKind.Quote));
    }
}
