using Claims.Attribution.Learned;
using Claims.Segmentation;

namespace Claims.Tests.Attribution;

/// <summary>Cue word rates: counting, smoothing, lookup and the table format.</summary>
public class CueWordRatesTests
{
    private const string Text = "Said said, SAID the the dog";

    private static CueWordRates Rates()
    {
        var words = new List<Token>();
        foreach (var (part, kind) in new[] { ("Said", TokenKind.Word), ("said", TokenKind.Word), (",", TokenKind.Punctuation), ("SAID", TokenKind.Word),
                     ("the", TokenKind.Word), ("the", TokenKind.Word), ("dog", TokenKind.Word) })
        {
            int from = words.Count == 0 ? 0 : words[^1].End;
            int at = Text.IndexOf(part, from, StringComparison.Ordinal);
            words.Add(new Token(at, at + part.Length, kind));
        }
        // Cues open at the first "Said" and at "SAID": "said" is seen three times and opens two cues.
        return Claims.Training.Attribution.CueRateCounter.FromAnnotations([(Text, words, new[] { 0, Text.IndexOf("SAID", StringComparison.Ordinal) })]);
    }

    [Test]
    public void CountsAndSmoothing()
    {
        var rates = Rates();
        Assert.That(rates.Count, Is.EqualTo(2), "'said' and 'the'; 'dog' is seen once and the comma is no word");
        var (rate, logSeen) = rates.Of("said");
        Assert.That(rate, Is.EqualTo((2 + 0.1f) / (3 + 1f)).Within(1e-6));
        Assert.That(logSeen, Is.EqualTo(MathF.Log(4)).Within(1e-6));
        Assert.That(rates.Of("the"), Is.EqualTo(((0 + 0.1f) / (2 + 1f), MathF.Log(3))));
    }

    [Test]
    public void FormsSeenOnceAreUnknown()
    {
        var rates = Rates();
        Assert.That(rates.Of("dog"), Is.EqualTo((0.1f, 0f)));
        Assert.That(rates.Of("cat"), Is.EqualTo((0.1f, 0f)));
        Assert.That(rates.Of(","), Is.EqualTo((0.1f, 0f)));
    }

    [Test]
    public void CueStartInsideAWordCounts()
    {
        var words = new List<Token> { new(0, 4, TokenKind.Word), new(5, 9, TokenKind.Word) };
        var rates = Claims.Training.Attribution.CueRateCounter.FromAnnotations([("said said", words, new[] { 6 })]);
        Assert.That(rates.Of("said").Rate, Is.EqualTo(1.1f / 3f).Within(1e-6));
    }

    [TestCase("SAID")]
    [TestCase("Said")]
    [TestCase("sAiD")]
    public void LookupIgnoresCase(string form) => Assert.That(Rates().Of(form), Is.EqualTo(Rates().Of("said")));

    [Test]
    public void LongFormsAreUnknownNotAnError()
    {
        Assert.That(Rates().Of(new string('a', 200)), Is.EqualTo((0.1f, 0f)));
    }

    [Test]
    public void SaveLoadRoundTrip()
    {
        var rates = Rates();
        var writer = new StringWriter { NewLine = "\n" };
        rates.Save(writer);
        string saved = writer.ToString();
        Assert.That(saved, Does.Contain("said\t3\t2\n").And.Contain("the\t2\t0\n").And.Not.Contain("dog"));
        var loaded = CueWordRates.Load(new StringReader(saved));
        Assert.That(loaded.Count, Is.EqualTo(rates.Count));
        foreach (var form in new[] { "said", "SAID", "the", "dog" })
            Assert.That(loaded.Of(form), Is.EqualTo(rates.Of(form)), form);
        var again = new StringWriter { NewLine = "\n" };
        loaded.Save(again);
        Assert.That(again.ToString(), Is.EqualTo(saved));
    }

    [TestCase("said\t3", 3)]
    [TestCase("said\tthree\t2", 3)]
    [TestCase("said\t-3\t2", 3)]
    [TestCase("said\t3\t2\textra", 3)]
    public void MalformedLineNamesItsNumber(string bad, int line)
    {
        var e = Assert.Throws<InvalidDataException>(() => CueWordRates.Load(new StringReader("# header\nthe\t2\t0\n" + bad + "\n")));
        Assert.That(e!.Message, Does.Contain($"line {line}:"));
    }
}
