using System.Text;
using Claims.Reporting;

namespace Claims.Semantic.Tests;

public class SemanticPipelineTests
{
    private static IReadOnlyList<Article> Seeds() =>
        Directory.GetFiles(Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds"), "*.txt")
            .Order(StringComparer.Ordinal).Select(f => Article.FromFile(f)).ToList();

    [Test]
    public void EveryClaimAndArticleGetsAVector()
    {
        var analyzer = new ClaimAnalyzerBuilder().UseDefaults().UseSemantic().Build();
        var documents = Seeds().Select(a => analyzer.Process(a)).ToList();
        Assert.That(documents.SelectMany(d => d.Claims), Is.Not.Empty);
        foreach (var d in documents)
        {
            Assert.That(d.Embedding, Is.Not.Null, d.Article.Id);
            foreach (var c in d.Claims) Assert.That(c.Embedding?.Dimensions, Is.EqualTo(384), c.Id);
            // An article is closer to its own claims on average than to another story's text.
            var own = d.Claims.Average(c => c.Embedding!.Cosine(d.Embedding!));
            Assert.That(own, Is.GreaterThan(d.Embedding!.Cosine(MiniLmEncoder.Default.Encode("A recipe for lemon cake with butter and sugar."))));
        }
    }

    [Test]
    public void ArticleWithoutClaimsIsEncodedFromItsText()
    {
        var analyzer = new ClaimAnalyzerBuilder().UseDefaults().UseSemantic().Build();
        var document = analyzer.Process(Article.FromString("", "empty"));
        Assert.That(document.Claims, Is.Empty);
        Assert.That(document.Embedding, Is.EqualTo(MiniLmEncoder.Default.Encode("")));
    }

    [Test]
    public void UseSemanticTwiceKeepsOneEncoderStage()
    {
        var builder = new ClaimAnalyzerBuilder().UseDefaults().UseSemantic().UseSemantic();
        Assert.That(builder.Stages.OfType<ClaimEncoder>().Count(), Is.EqualTo(1));
        Assert.That(builder.Stages[^1], Is.InstanceOf<ClaimEncoder>());
    }

    [Test]
    public void TheJsonReportHoldsNoVectors()
    {
        // With the fast attribution stage the claims are the lexical pipeline's, so any difference would be vectors.
        var semantic = new ClaimAnalyzerBuilder().UseDefaults().UseSemantic(accurateAttribution: false).Build();
        var lexical = ClaimAnalyzer.CreateDefault();
        string Json(ClaimAnalyzer analyzer)
        {
            using var stream = new MemoryStream();
            new JsonReportWriter().Write(analyzer.Extract(Seeds()), stream);
            return Encoding.UTF8.GetString(stream.ToArray());
        }
        Assert.That(Json(semantic), Is.EqualTo(Json(lexical)));
        Assert.That(Json(new ClaimAnalyzerBuilder().UseDefaults().UseSemantic(accurateAttribution: true).Build()), Does.Not.Contain("embedding").IgnoreCase);
    }
}

public class CliSemanticTests
{
    [Test]
    public void LexicalSwitchGivesTheLexicalPipelinesReport()
    {
        string seeds = Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds");
        var stdout = new StringWriter();
        int code = new Claims.Cli.CliApp(stdout, new StringWriter()).Run(["analyze", seeds, "--format", "json", "--lexical"]);
        Assert.That(code, Is.Zero);
        using var stream = new MemoryStream();
        var files = Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).Select(f => Article.FromFile(f));
        new Claims.Reporting.JsonReportWriter().Write(ClaimAnalyzer.CreateDefault().Analyze(files), stream);
        Assert.That(stdout.ToString().TrimEnd(), Is.EqualTo(System.Text.Encoding.UTF8.GetString(stream.ToArray()).TrimEnd()));
    }

    [Test]
    public void TheSemanticModelGetsItsOwnArticleLevelThresholdsUnlessTheBuilderHasOthers()
    {
        // The two shipped models' probabilities are calibrated differently: each has its tuned "disagree" threshold.
        var semantic = new ClaimAnalyzerBuilder().UseDefaults().UseSemantic().Build();
        Assert.That(((Claims.Stance.Leads.LeadStanceFinder)semantic.LeadStance!).Options, Is.EqualTo(SemanticBuilderExtensions.SemanticLeadStanceOptions));
        Assert.That(SemanticBuilderExtensions.SemanticLeadStanceOptions.MinDisagree, Is.Not.EqualTo(Claims.Stance.Leads.LeadStanceOptions.Default.MinDisagree));
        var own = Claims.Stance.Leads.LeadStanceOptions.Default with { MinAgree = 0.9 };
        var custom = new ClaimAnalyzerBuilder().UseDefaults()
            .UseLeadStance(new Claims.Stance.Leads.LeadStanceFinder(Claims.Stance.StanceModel.Default, own)).UseSemantic().Build();
        Assert.That(((Claims.Stance.Leads.LeadStanceFinder)custom.LeadStance!).Options, Is.EqualTo(own));
    }
}
