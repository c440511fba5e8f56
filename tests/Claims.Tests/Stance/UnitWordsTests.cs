using Claims.Segmentation;
using Claims.Stance;
using Claims.Text;

namespace Claims.Tests.Stance;

/// <summary>The per-word facts and shared strings the stance profiles read (speed11): the same as reading each word anew.</summary>
public class UnitWordsTests
{
    private const string Long = "Nobody said the Kremlin denied reports that 5,000 NATO troops had not been moved by Tuesday, "
        + "but officials reportedly confirmed the building was being inspected by Russian and Ukrainian engineers, who met "
        + "again on Wednesday; the talks were postponed, a hoax according to the ministry.";

    [Test]
    public void SharedStringsAreOneStringPerWord()
    {
        var terms = new TermExtractor();
        var first = terms.Shared("Kremlin".AsSpan());
        Assert.That(first, Is.EqualTo("Kremlin"));
        Assert.That(terms.Shared("the Kremlin said".AsSpan(4, 7)), Is.SameAs(first));
        Assert.That(terms.SharedLower("Russia’s".AsSpan()), Is.EqualTo(TermExtractor.Lower("Russia’s")).And.EqualTo("russia"));
        Assert.That(terms.SharedLower("RUSSIA".AsSpan()), Is.SameAs(terms.SharedLower("Russia".AsSpan())));
    }

    [TestCase("not")]
    [TestCase("nobody")]
    [TestCase("hoax")]
    [TestCase("reportedly")]
    [TestCase("confirmed")]
    [TestCase("the")]
    [TestCase("5,000")]
    [TestCase("met")]
    [TestCase("building")]
    [TestCase("x")]
    [TestCase("7")]
    [TestCase(",")]
    public void FactsAreTheWordsOwnReadings(string word)
    {
        var terms = new TermExtractor();
        var facts = new UnitWords(terms).Of(word);
        Assert.That(facts.Negator, Is.EqualTo(Lexicon.Negators.Contains(word)));
        Assert.That(facts.ClauseNegator, Is.EqualTo(Lexicon.ClauseNegators.Contains(word)));
        Assert.That(facts.Cue, Is.EqualTo(Lexicon.CueIndex.TryGetValue(word, out int cue) ? cue : -1));
        Assert.That(facts.Refuting, Is.EqualTo(Lexicon.Refuting.Contains(word)));
        Assert.That(facts.Hedge, Is.EqualTo(Lexicon.Hedges.Contains(word)));
        Assert.That(facts.Supporting, Is.EqualTo(Lexicon.Supporting.Contains(word)));
        Assert.That(facts.Stop, Is.EqualTo(terms.IsStopWord(word)));
        bool term = char.IsLetterOrDigit(word[0]) && (word.Length >= 2 || char.IsDigit(word[0])) && !facts.Stop && !facts.Negator;
        string? stem = !term ? null : char.IsDigit(word[0]) ? TermExtractor.NormalizeNumber(word) : terms.Stem(word);
        Assert.That(facts.Term, Is.EqualTo(stem));
        Assert.That(facts.TermHash, Is.EqualTo(stem is null ? 0 : UnitBuilder.Hash(stem)));
        Assert.That(facts.VerbLike, Is.EqualTo(term && UnitBuilder.LooksLikeVerb(word)));
    }

    [Test]
    public void AProfileReadFromKeptFactsIsTheProfileReadAnew()
    {
        var featurizer = StanceModel.Default.Featurizer;
        var first = featurizer.Profile(TextView.Of(Long)).Whole;
        // A second view of the same text: every word's facts now come from the featurizer's table.
        var second = featurizer.Profile(TextView.Of(Long)).Whole;
        Assert.That(second, Is.Not.SameAs(first));
        Assert.That(second.Stems, Is.EqualTo(first.Stems));
        Assert.That(second.Negated, Is.EqualTo(first.Negated));
        Assert.That(second.TermIds, Is.EqualTo(first.TermIds));
        Assert.That(second.Weights, Is.EqualTo(first.Weights));
        Assert.That(second.CueCounts, Is.EqualTo(first.CueCounts));
        Assert.That((second.Negations, second.Refutes, second.Hedges, second.Supports, second.Passive, second.FirstTermId, second.LastTermId),
            Is.EqualTo((first.Negations, first.Refutes, first.Hedges, first.Supports, first.Passive, first.FirstTermId, first.LastTermId)));
        Assert.That(first.Negations, Is.GreaterThanOrEqualTo(2), "nobody, not");
        Assert.That(first.Passive, Is.True, "been moved by");
    }

    [Test]
    public void FuzzyAndSortedTextsAreTheJoinedWordsCut()
    {
        var unit = StanceModel.Default.Featurizer.Profile(TextView.Of(Long)).Whole;
        var termWords = unit.Words.Where((w, k) => unit.Stems[k] is not null).ToArray();
        string fuzzy = string.Join(' ', termWords), sorted = string.Join(' ', termWords.Order(StringComparer.Ordinal));
        Assert.That(fuzzy.Length, Is.GreaterThan(160), "the text is long enough to be cut");
        Assert.That(unit.FuzzyText, Is.EqualTo(fuzzy[..160]));
        Assert.That(unit.SortedText, Is.EqualTo(sorted[..160]));
        Assert.That(unit.EntityIds, Is.Ordered.And.Unique);
        Assert.That(unit.VerbIds, Is.Ordered.And.Unique);
        Assert.That(unit.VerbIds, Does.Contain(UnitBuilder.Hash(unit.Stems[Array.IndexOf(unit.Words, "met")]!)));
    }

    [Test]
    public void SentenceAndLeadTextsMadeOnDemandAreTheEncodedTexts()
    {
        // Three sentences, the second after a line break and two spaces: the lead joins the first two by one space.
        const string text = "The minister denied the report on Monday.\n  Officials said 40 people were hurt. Talks resume on Friday.";
        var featurizer = StanceModel.Default.Featurizer;
        Assert.That(featurizer.Encoder, Is.Null, "the lexical featurizer encodes no vectors, so its sentence texts are made on demand");
        var profile = featurizer.Profile(text);
        var texts = PairFeaturizer.EncodedTexts(text);
        Assert.That(texts, Has.Count.EqualTo(3));
        Assert.That(profile.Sentences[1].TextSource, Is.Not.Null, "built without its text");
        Assert.That(Enumerable.Range(0, 3).Select(profile.SentenceText), Is.EqualTo(texts));
        Assert.That(profile.Lead.Text, Is.EqualTo(texts[0] + " " + texts[1]));
        Assert.That(profile.Whole.Text, Is.SameAs(text));
        var sentence = profile.Sentences[1];
        var content = sentence.Words.Where((w, k) => sentence.Stems[k] is not null).ToArray();
        Assert.That(content, Does.Contain("officials").And.Contain("40"));
        Assert.That(sentence.FuzzyText, Is.EqualTo(string.Join(' ', content)));
        Assert.That(sentence.SortedText, Is.EqualTo(string.Join(' ', content.Order(StringComparer.Ordinal))));
        string fuzzy = sentence.FuzzyText;
        Assert.That(sentence.FuzzyText, Is.SameAs(fuzzy), "made once, then kept");
    }
}
