using Claims.Text;

namespace Claims.Tests.Text;

public class EnglishStemmerTests
{
    /// <summary><c>cases/porter2.tsv</c>: words of the seed articles and suffixed variants with the stem Lucene.Net's
    /// Snowball stemmer (the dependency this stemmer replaced) gives; regenerate with <c>stemmer-check --write-cases</c>.</summary>
    [Test]
    public void StemsAgreeWithTheReferenceTable()
    {
        string path = Path.Combine(TestContext.CurrentContext.TestDirectory, "cases", "porter2.tsv");
        var failures = new List<string>();
        int cases = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var (word, expected) = (line[..line.IndexOf('\t')], line[(line.IndexOf('\t') + 1)..]);
            cases++;
            string actual = EnglishStemmer.Default.Stem(word);
            if (actual != expected) failures.Add($"{word}: expected '{expected}', got '{actual}'");
        }
        Assert.That(cases, Is.GreaterThan(2000));
        Assert.That(failures, Is.Empty);
    }

    [TestCase("skies", "sky")]
    [TestCase("dying", "die")]
    [TestCase("news", "news")]
    [TestCase("generously", "generous")]
    [TestCase("communism", "communism")]
    [TestCase("proceed", "proceed")]
    [TestCase("hoping", "hope")]
    [TestCase("cries", "cri")]
    [TestCase("ties", "tie")]
    [TestCase("gaps", "gap")]
    [TestCase("gas", "gas")]
    [TestCase("sayings", "say")]
    [TestCase("knackeries", "knackeri")]
    [TestCase("consolingly", "consol")]
    [TestCase("it's", "it")]
    public void PublishedExamples(string word, string stem) => Assert.That(EnglishStemmer.Default.Stem(word), Is.EqualTo(stem));

    [Test]
    public void TheStopSetIsTheClassicEnglishOne()
    {
        Assert.That(TermExtractor.EnglishStopSet, Has.Count.EqualTo(33).And.Contain("of").And.Contain("with"));
        Assert.That(TermExtractor.Default.IsStopWord("the"), Is.True);
    }
}
