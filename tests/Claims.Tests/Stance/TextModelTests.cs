using Claims.Segmentation;
using Claims.Stance;
using TestPipeline = Claims.Tests.Attribution.Pipeline;

namespace Claims.Tests.Stance;

/// <summary>
/// One text model: a claim's stance profile is read from the tokens and sentences its document's stages produced
/// (<see cref="Claim.View"/>), and a free text goes through the same segmentation stages.
/// </summary>
public class TextModelTests
{
    private const string Story =
        "Mr. Smith met Gov. Abbott in the U.S. capital on Monday. \"The talks failed,\" Smith said. They did not agree.\n" +
        "Officials said the summit would resume on Friday.";

    private static readonly StanceClassifier Classifier = new();

    [Test]
    public void EveryClaimViewsItsOwnSpanOfTheDocumentsTokens()
    {
        var doc = TestPipeline.Run(Story);
        Assert.That(doc.Claims, Is.Not.Empty);
        foreach (var claim in doc.Claims)
        {
            var view = claim.View!;
            Assert.That(view, Is.Not.Null, claim.Id);
            Assert.That(view.Span, Is.EqualTo(claim.Span), claim.Id);
            Assert.That(view.SpanText, Is.EqualTo(claim.Text), claim.Id);
            Assert.That(ReferenceEquals(view.Text, doc.Text), Is.True, "the view indexes the document's own text");
            var range = doc.TokenRange(claim.Span);
            Assert.That(view.Count, Is.EqualTo(range.End.Value - range.Start.Value), claim.Id);
            for (int i = 0; i < view.Count; i++)
            {
                var token = doc.Tokens[range.Start.Value + i];
                Assert.That(view[i].Start, Is.EqualTo(token.Start), $"{claim.Id} token {i}");
                Assert.That(view[i].End, Is.EqualTo(Math.Min(token.End, claim.Span.End)), $"{claim.Id} token {i}");
                Assert.That(claim.Span.Contains(view[i].Span), Is.True, $"{claim.Id} token {i}");
            }
        }
    }

    [Test]
    public void AClaimsProfileIsReadFromItsView()
    {
        var doc = TestPipeline.Run(Story);
        var claim = doc.Claims.First(c => c.Text.Contains("talks failed", StringComparison.Ordinal));
        var profile = new StanceClassifier().Profile(claim);
        Assert.That(profile.View, Is.SameAs(claim.View));
        Assert.That(profile.Text, Is.EqualTo(claim.Text));
    }

    [Test]
    public void AViewCutsAWordTheSpanCuts()
    {
        var doc = TestPipeline.Run(Story);
        int start = Story.IndexOf("Abbott", StringComparison.Ordinal);
        var view = TextView.Of(doc, new TextSpan(start, start + 3));
        Assert.That(view.Count, Is.EqualTo(1));
        Assert.That(view[0].Of(doc.Text).ToString(), Is.EqualTo("Abb"));
        Assert.That(() => view[1], Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void FreeTextIsSegmentedAsTheDocumentStagesSegmentAnArticle()
    {
        var doc = TestPipeline.Run(Story);
        var view = TextView.Of(Story);
        var sentences = view.Sentences.Select(s => Story[view[s.First].Start..view[s.End - 1].End]).ToList();
        Assert.That(sentences, Is.EqualTo(doc.Sentences.Select(s => Story[s.Span.Start..s.Span.End])));
        // "Mr.", "Gov." and "U.S." end no sentence: the segmenter's abbreviation lists, not a second splitter's.
        Assert.That(Classifier.Profile(Story).SentenceCount, Is.EqualTo(4));
        Assert.That(PairFeaturizer.EncodedTexts(Story), Is.EqualTo(sentences));
    }

    [Test]
    public void AClaimAndTheSameFreeTextGetTheSameProfile()
    {
        var doc = TestPipeline.Run(Story);
        var claim = doc.Claims.First(c => c.Text.Contains("summit", StringComparison.Ordinal));
        var featurizer = Classifier.Model.Featurizer;
        var fromView = featurizer.Profile(claim.View!);
        var fromText = featurizer.Profile(claim.Text);
        Span<float> a = stackalloc float[featurizer.FeatureCount], b = stackalloc float[featurizer.FeatureCount];
        var other = featurizer.Profile("The summit will resume on Friday, officials said.");
        featurizer.Compute(fromView, other, a);
        featurizer.Compute(fromText, other, b);
        Assert.That(a.ToArray(), Is.EqualTo(b.ToArray()));
        Assert.That(fromView.SentenceCount, Is.EqualTo(fromText.SentenceCount));
    }

    [Test]
    public void MatchingReadsAClaimsViewAndFindsWhatItsTextGives()
    {
        var doc = TestPipeline.Run(Story);
        var extractor = new Claims.Matching.FeatureExtractor(Claims.Text.TermExtractor.Default);
        foreach (var claim in doc.Claims)
            Assert.That(extractor.Extract(claim), Is.EqualTo(extractor.Extract(claim.Text)), claim.Id);
        // A view that cuts a word gives that word's part, as the cut text does.
        int start = Story.IndexOf("summit", StringComparison.Ordinal);
        var cut = TextView.Of(doc, new TextSpan(start, start + 4));
        Assert.That(extractor.Extract(cut), Is.EqualTo(extractor.Extract("summ")));
    }

    [Test]
    public void ViewsOfEqualSpansOfEqualTextsAreEqual()
    {
        var first = TestPipeline.Run(Story).Claims;
        var second = TestPipeline.Run(Story).Claims;
        Assert.That(second, Is.EqualTo(first), "claims of two runs stay equal with their views");
    }
}
