using Claims.Text;

namespace Claims.Tests.Text;

public class LexiconTests
{
    [Test]
    public void ConceptGroupsJoinParaphrasesByStem()
    {
        var concepts = ConceptLexicon.Default;
        var stems = TermExtractor.Default;
        Assert.That(concepts.ConceptsOf(stems.Stem("solution")).ToArray(), Does.Contain("agreement"));
        Assert.That(concepts.ConceptsOf(stems.Stem("agreement")).ToArray(), Does.Contain("agreement"));
        Assert.That(concepts.ConceptsOf(stems.Stem("banana")).ToArray(), Is.Empty);
    }

    [Test]
    public void MalformedConceptLineNamesTheLine()
    {
        var e = Assert.Throws<FormatException>(() => ConceptLexicon.Parse(["agreement deal accord"], TermExtractor.Default))!;
        Assert.That(e.Message, Does.Contain("agreement deal accord"));
    }

    [Test]
    public void IrregularVerbsMapToTheirLemma()
    {
        Assert.That(VerbLemmas.Default.Lemma("met"), Is.EqualTo("meet"));
        Assert.That(VerbLemmas.Default.Lemma("held"), Is.EqualTo("hold"));
        Assert.That(VerbLemmas.Default.Lemma("walked"), Is.EqualTo("walked"));
        Assert.Throws<FormatException>(() => VerbLemmas.Parse(["met"]));
    }

    [Test]
    public void TermsAreStemmedStopWordFreeAndCultureInvariant()
    {
        var terms = TermExtractor.Default.ContentTerms("The Summit was CANCELLED, Russia’s envoy said; 5,000 troops.");
        Assert.That(terms, Is.EqualTo(new[] { "summit", "cancel", "russia", "envoy", "5000", "troop" }));
    }
}
