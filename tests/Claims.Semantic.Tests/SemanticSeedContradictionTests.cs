namespace Claims.Semantic.Tests;

/// <summary>
/// The semantic pipeline (claim vectors in the same-event gate) keeps the seeds' contradictions that are worded
/// differently on each side or are about a person's title, whose claim vectors are not close.
/// </summary>
public class SemanticSeedContradictionTests
{
    [Test]
    public void WordedDifferentlyAndTitleContradictionsSurviveTheVectorCheck()
    {
        var articles = Directory.GetFiles(Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds"), "*.txt")
            .Order(StringComparer.Ordinal).Select(f => Article.FromFile(f)).ToList();
        var report = new ClaimAnalyzerBuilder().UseDefaults().UseSemantic().Build().Analyze(articles);
        var claims = report.Articles.SelectMany(a => a.Claims).ToDictionary(c => c.Id);
        bool Contradicts(string a, string b) => report.Pairs.Any(p => p.Relation == Claims.Stance.StanceLabel.Contradicts
            && ((claims[p.A].Text.Contains(a) && claims[p.B].Text.Contains(b)) || (claims[p.A].Text.Contains(b) && claims[p.B].Text.Contains(a))));
        // Gold C3: close to a solution vs far from agreement (claim-vector cosine 0.38).
        Assert.That(Contradicts("quite close to a diplomatic solution", "both sides appear far from agreement"), Is.True);
        // Dmitriev's other wording of it in the same article (claim-vector cosine 0.31).
        Assert.That(Contradicts("close” to reaching a diplomatic breakthrough", "both sides appear far from agreement"), Is.True);
        // The title rule: "former U.S. President Donald Trump" vs "two U.S. President Donald Trump's top envoys".
        Assert.That(Contradicts("former U.S. President Donald Trump", "two U.S. President Donald Trump"), Is.True);
    }
}
