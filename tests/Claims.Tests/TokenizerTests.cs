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

    [Test]
    public void LongTextIsCancelledInsideTheScan()
    {
        // One paragraph of 200,000 characters: the token is looked at while it is scanned, not only before.
        string text = string.Concat(Enumerable.Repeat("Officials said the talks “will go on.” ", 5200));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var tokens = new List<Token>();
        Assert.That(() => new Tokenizer().Tokenize(text, 0, text.Length, tokens, cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(tokens, Is.Not.Empty.And.Count.LessThan(new Tokenizer().Tokenize(text).Count));
    }

    [Test]
    public void TokensAreTheSameWithOrWithoutAToken()
    {
        string text = string.Concat(Enumerable.Repeat("The U.S. said 5,000 “people” left. ", 4000));
        var withToken = new List<Token>();
        using var source = new CancellationTokenSource();
        new Tokenizer().Tokenize(text, 0, text.Length, withToken, source.Token);
        Assert.That(withToken, Is.EqualTo(new Tokenizer().Tokenize(text)));
    }
}
