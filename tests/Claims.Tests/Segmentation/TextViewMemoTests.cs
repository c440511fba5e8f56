using Claims.Matching;
using Claims.Segmentation;
using Claims.Stance;
using Claims.Text;

namespace Claims.Tests.Segmentation;

public class TextViewMemoTests
{
    private const string Text = "Trump-Putin talks on Ukraine were postponed, the Kremlin said. NATO officials discussed 5,000 troops.";

    [TestCase(Text)]
    [TestCase("Obama-era rules: the U.S. didn't sign; 3.5% of Trump-Putin talks' 1,200 pages (and NATO's) were read.")]
    [TestCase("")]
    public void TheTermsOfAViewAreItsFeaturesTerms(string text)
    {
        // What the corpus counts read per article: the distinct terms of the features, without sorting features.
        var view = TextView.Of(text);
        foreach (var extractor in new[] { new FeatureExtractor(TermExtractor.Default, ConceptLexicon.Default), new FeatureExtractor(TermExtractor.Default) })
        {
            var terms = new HashSet<string>(StringComparer.Ordinal);
            extractor.AddTerms(view, terms);
            Assert.That(terms, Is.EquivalentTo(extractor.ExtractFresh(view).Select(f => f.Term)));
        }
    }

    [Test]
    public void AViewKeepsItsFeaturesPerExtractorConfiguration()
    {
        var view = TextView.Of(Text);
        var withConcepts = new FeatureExtractor(TermExtractor.Default, ConceptLexicon.Default);
        var plain = new FeatureExtractor(TermExtractor.Default);
        var first = withConcepts.Extract(view);
        Assert.That(first, Is.EqualTo(withConcepts.ExtractFresh(view)), "kept features are the features");
        Assert.That(new FeatureExtractor(TermExtractor.Default, ConceptLexicon.Default).Extract(view), Is.SameAs(first),
            "another extractor of the same configuration reads the kept array");
        var second = plain.Extract(view);
        Assert.That(second, Is.Not.SameAs(first));
        Assert.That(second, Is.EqualTo(plain.ExtractFresh(view)));
        Assert.That(second.Any(f => f.Kind == FeatureKind.Concept), Is.False, "a configuration without concepts gets its own features");
        Assert.That(first.Any(f => f.Kind == FeatureKind.Concept), Is.True);
        Assert.That(plain.Extract(view), Is.SameAs(second));
    }

    [Test]
    public void AViewKeepsOneProfilePerFeaturizerAcrossThreads()
    {
        var view = TextView.Of(Text);
        var featurizer = StanceModel.Default.Featurizer;
        var profiles = new TextProfile[16];
        Parallel.For(0, profiles.Length, i => profiles[i] = featurizer.Profile(view));
        var kept = featurizer.Profile(view);
        Assert.That(profiles, Has.All.SameAs(kept), "racing threads keep one profile");
        var fresh = featurizer.Profile(TextView.Of(Text));
        Assert.That(fresh, Is.Not.SameAs(kept));
        Assert.That(kept.Whole.Stems, Is.EqualTo(fresh.Whole.Stems));
        Assert.That(kept.Sentences.Length, Is.EqualTo(fresh.Sentences.Length));
    }
}
