using Claims.Stance;

namespace Claims.Tests.Stance;

/// <summary>The one negator test the word-by-word readers share (<see cref="Lexicon.IsNegator"/>).</summary>
public class NegatorTests
{
    [TestCase("not", true)]
    [TestCase("never", true)]
    [TestCase("without", true)]
    [TestCase("didn't", true)]
    [TestCase("won\u2019t", true)]   // a curly apostrophe, as outlets write it
    [TestCase("n't", true)]
    [TestCase("nothing", false)]     // a clause negator: the readers that want it ask for it apart
    [TestCase("note", false)]
    [TestCase("don", false)]
    [TestCase("", false)]
    public void NegatorWords(string word, bool expected) => Assert.That(Lexicon.IsNegator(word), Is.EqualTo(expected));

    [TestCase("can't", true)]
    [TestCase("can\u2019t", true)]
    [TestCase("cant", false)]
    [TestCase("not", false)]
    public void ContractedNot(string word, bool expected) => Assert.That(Lexicon.EndsInContractedNot(word), Is.EqualTo(expected));
}
