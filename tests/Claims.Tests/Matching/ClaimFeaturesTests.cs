using Claims.Matching;
using Claims.Text;

namespace Claims.Tests.Matching;

/// <summary>The run's shared claim features give every reader what its own extraction gives.</summary>
public class ClaimFeaturesTests
{
    private static readonly Lazy<ClaimAnalyzer> Analyzer = new(ClaimAnalyzer.CreateDefault);

    private static IEnumerable<Claim> SomeClaims()
    {
        var report = Analyzer.Value.Analyze([
            Article.FromString("Trump-Putin talks were cancelled on Monday, the Kremlin said. \"NATO will not agree to the deal,\" Lavrov told reporters.", "A", "Outlet A"),
            Article.FromString("The Helsinki summit was postponed, not cancelled, Dmitriev said. Officials approved a $72 million budget.", "B", "Outlet B"),
        ]);
        foreach (var article in report.Articles)
            foreach (var claim in article.Claims) yield return claim;
        yield return Claim.FromText("C", 0, "An agreement on five-hour talks was reached in Geneva.");
    }

    [Test]
    public void EveryExtractorGetsItsOwnExtraction()
    {
        var known = new ClaimFeatures();
        var withConcepts = new FeatureExtractor(TermExtractor.Default, ConceptLexicon.Default);
        var words = new FeatureExtractor(TermExtractor.Default);
        var other = new FeatureExtractor(new TermExtractor(["talks"]), ConceptLexicon.Default);
        var claims = SomeClaims().ToList();
        Assert.That(claims.Count(c => c.View is not null), Is.GreaterThan(1));
        foreach (var claim in claims)
            foreach (var extractor in new[] { words, withConcepts, other, words })
                Assert.That(known.Of(claim, extractor), Is.EqualTo(extractor.Extract(claim)), $"{claim.Id}: {claim.Text}");
        Assert.That(claims.Any(c => withConcepts.Extract(c).Any(f => f.Kind == FeatureKind.Concept)), Is.True, "no concept features tried");
    }
}
