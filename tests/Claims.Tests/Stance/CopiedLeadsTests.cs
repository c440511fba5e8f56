using Claims.Matching;
using Claims.Stance;
using Claims.Stance.Leads;

namespace Claims.Tests.Stance;

/// <summary>
/// Article-level verdicts on a copied lead claim are read as its original's (<see cref="CopiedLeads"/>): moved to the
/// original, dropped where the original has a verdict on the same article or would pair with its own source.
/// </summary>
public class CopiedLeadsTests
{
    private static readonly Lazy<ClaimAnalyzer> Analyzer = new(ClaimAnalyzer.CreateDefault);

    private const string Headline = "Dead for 48 minutes, this Catholic priest claims that God is female";
    private const string NearCopy = "Dead for 48 minutes, Catholic priest claims that God is female";

    // a: the original headline; b: a body; c: a later headline that is a near copy of a's; d: another body.
    private static (Document[] Documents, Claim[] Claims, TextCopies Copies) Run()
    {
        var analyzer = Analyzer.Value;
        Document[] documents =
        [
            analyzer.Process(Article.FromString(Headline, "a")),
            analyzer.Process(Article.FromString("The priest's story was a hoax invented by a satire site, a spokesman for the diocese said on Monday.", "b")),
            analyzer.Process(Article.FromString(NearCopy, "c")),
            analyzer.Process(Article.FromString("Doctors in Massachusetts confirmed that the priest had been revived after 48 minutes without a pulse.", "d")),
        ];
        var claims = documents.SelectMany(d => d.Claims).ToArray();
        return (documents, claims, TextCopies.Find(documents, analyzer.Pairing, CancellationToken.None));
    }

    private static LeadStancePair Verdict(Claim lead, Claim evidence, StanceLabel relation) =>
        new(lead, evidence, relation, new ArticleStance(0.1, 0.8, 0.08, 0.02), 0.5, [$"article-level stance: {evidence.ArticleId} on {lead.Id}"]);

    private static Claim Of(Claim[] claims, string article) => claims.First(c => c.ArticleId == article);

    [Test]
    public void TheHeadlineIsANearCopyOfTheFirst()
    {
        var (_, claims, copies) = Run();
        Assert.That(copies.Claims.Select(c => (c.Claim, c.Original)), Is.EqualTo(new[] { (Of(claims, "c").Id, Of(claims, "a").Id) }));
    }

    [Test]
    public void ACopysVerdictMovesToTheOriginal()
    {
        var (_, claims, copies) = Run();
        var found = new[] { Verdict(Of(claims, "c"), Of(claims, "b"), StanceLabel.Contradicts) };
        var read = CopiedLeads.AsOriginals(found, claims, copies);
        Assert.That(read.Select(p => (p.Lead.Id, p.Evidence.Id, p.Relation)),
            Is.EqualTo(new[] { (Of(claims, "a").Id, Of(claims, "b").Id, StanceLabel.Contradicts) }));
        Assert.That(read[0].Reasons[^1], Does.Contain("a copy of " + Of(claims, "a").Id));
    }

    [Test]
    public void TheOriginalsOwnVerdictStandsForTheCopy()
    {
        var (_, claims, copies) = Run();
        var own = Verdict(Of(claims, "a"), Of(claims, "b"), StanceLabel.Agrees);
        var found = new[] { Verdict(Of(claims, "c"), Of(claims, "b"), StanceLabel.Contradicts), own, Verdict(Of(claims, "c"), Of(claims, "d"), StanceLabel.Agrees) };
        var read = CopiedLeads.AsOriginals(found, claims, copies);
        Assert.That(read.Select(p => (p.Lead.Id, p.Evidence.ArticleId, p.Relation)),
            Is.EqualTo(new[] { (Of(claims, "a").Id, "b", StanceLabel.Agrees), (Of(claims, "a").Id, "d", StanceLabel.Agrees) }));
    }

    [Test]
    public void ACopyReadAgainstTheOriginalsArticleIsDropped()
    {
        var (_, claims, copies) = Run();
        var found = new[] { Verdict(Of(claims, "c"), Of(claims, "a"), StanceLabel.Agrees), Verdict(Of(claims, "b"), Of(claims, "d"), StanceLabel.Agrees) };
        var read = CopiedLeads.AsOriginals(found, claims, copies);
        Assert.That(read, Is.EqualTo(new[] { found[1] }), "an original is no evidence about itself; other leads pass unchanged");
    }

    [Test]
    public void WithoutCopiesTheVerdictsPassUnchanged()
    {
        var (_, claims, _) = Run();
        var found = new[] { Verdict(Of(claims, "c"), Of(claims, "b"), StanceLabel.Contradicts) };
        Assert.That(CopiedLeads.AsOriginals(found, claims, TextCopies.None), Is.SameAs(found));
    }
}
