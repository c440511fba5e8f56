using Claims.Stance;
using Claims.Stance.Leads;

namespace Claims.Tests.Stance;

/// <summary>
/// A claim-level agreement the stance model alone read from a claim of an article that disputes the lead as a whole
/// yields to the article-level contradiction (<see cref="LeadStanceMerger"/>, <see cref="LeadStancePair.BodyDisputes"/>):
/// the table <c>cases/lead-retellings.tsv</c>, and which article-level contradictions the finder marks; and the readings
/// with which a lead that calls its report false is read against a body that tells it (<c>cases/lead-denying-readings.tsv</c>).
/// </summary>
public class LeadRecallTests
{
    private static readonly Claim Lead = Claim.FromText("h", 1, "KFC gets a licence to sell marijuana in Colorado");
    private static readonly Claim Evidence = Claim.FromText("b", 1, "The story about KFC selling marijuana is fake news.");
    private static readonly Claim Retelling = Claim.FromText("b", 2, "The Racket Report has thousands of shares on its piece, KFC gets a licence to sell marijuana.");
    private static readonly Claim[] Claims = [Lead, Evidence, Retelling];

    public static IEnumerable<TestCaseData> Cases() =>
        CaseTable.Read("lead-retellings.tsv", ["reason", "article", "claims", "expected", "why"])
            .Select(r => new TestCaseData(r["reason"], r["article"], r["claims"], r["expected"], r["why"])
                .SetName($"lead-retellings.tsv:{r.Line} {r["why"]}"));

    [TestCaseSource(nameof(Cases))]
    public void AClaimLevelAgreementAgainstAnArticleThatDisputesTheLead(string reason, string article, string claims, string expected, string why)
    {
        var agreeing = claims switch { "same" => Evidence, "other" => Retelling, _ => throw new FormatException($"claims: '{claims}' (same, other)") };
        var found = new LeadStancePair(Lead, Evidence, StanceLabel.Contradicts, new ArticleStance(0.1, 0.8, 0.08, 0.02), 0.4,
            ["article-level stance: b as a whole disputes the lead claim h#1"]);
        found = article switch
        {
            "body" => found with { BodyDisputes = true },
            // The semantic pipeline's weaker reading of a body that disputes the lead (its MinDisagree is 0.55).
            "body-0.62" => found with { BodyDisputes = true, Stance = new ArticleStance(0.35, 0.62, 0.03, 0) },
            "lead" => found with { LeadDenies = true },
            "weak" => found,
            _ => throw new FormatException($"article: '{article}' (body, body-0.62, lead, weak)"),
        };
        var merger = new LeadStanceMerger(Claims, [found]);
        var written = new List<ClaimPair>();
        // The table's first column is the pair's first reason: a model reading there means no rule had a finding.
        var pair = new ClaimPair(Lead.Id, agreeing.Id, StanceLabel.Agrees, 0.7, [reason, "same event: same story"], 0.5)
        {
            ModelAlone = reason.StartsWith("model:", StringComparison.Ordinal),
            FiguresAlone = reason.StartsWith("numbers:", StringComparison.Ordinal),
        };
        if (merger.Review(pair) is { } reviewed)
            written.Add(reviewed);
        written.AddRange(merger.Remaining());
        var relations = written.Where(p => p.A == Lead.Id || p.B == Lead.Id).Select(p => p.Relation).Distinct().ToList();
        Assert.That(relations, Is.EqualTo(new[] { expected == "contradicts" ? StanceLabel.Contradicts : StanceLabel.Agrees }), why);
        Assert.That(written.Select(p => (p.A, p.B)), Is.Unique, why);
        if (expected == "contradicts")
            Assert.That(written.Single().Reasons[^1], Does.Contain(reason.StartsWith("numbers:", StringComparison.Ordinal) ? "by matching figures alone" : "by the model alone").And.EndWith("the article-level verdict stands"), why);
    }

    [Test]
    public void TheClassifierSaysWhenTheModelAloneDecided()
    {
        var classifier = new StanceClassifier();
        var byModel = classifier.Classify(Claim.FromText("a", 1, "The city council approved the new school budget."),
            Claim.FromText("b", 1, "The council approved the school budget for the city."));
        Assert.That((byModel.Label, byModel.DecidingRules, byModel.ModelAlone), Is.EqualTo((StanceLabel.Agrees, Array.Empty<IStanceRule>(), true)),
            string.Join(" | ", byModel.Reasons));
        var byRule = classifier.Classify(Claim.FromText("a", 1, "The council approved the budget of 48 million dollars."),
            Claim.FromText("b", 1, "The council approved a budget of 48 million dollars."));
        Assert.That((byRule.Label, byRule.ModelAlone), Is.EqualTo((StanceLabel.Agrees, false)), string.Join(" | ", byRule.Reasons));
        Assert.That(byRule.DecidingRules, Is.Not.Empty);
        Assert.That((byModel.FiguresAlone, byRule.FiguresAlone), Is.EqualTo((false, true)), "only the numbers rule's agreement is decided by figures alone");
    }

    private const string Headline = "Summit between Trump and Putin in Budapest cancelled";
    private const string Body = "The White House denied reports that the summit between Trump and Putin in Budapest had been cancelled.\n"
        + "Officials in Budapest said preparations for the summit continue.\n"
        + "The Kremlin said both delegations are preparing the talks.\n"
        + "Weather in Budapest was mild on Monday.";

    [TestCase(0.05, 0.85, 0.08, 0.02, true, TestName = "The model's confident contradiction: the article disputes the lead as a whole")]
    [TestCase(0.05, 0.30, 0.63, 0.02, true, TestName = "A body that opens by denying the report disputes the lead as a whole")]
    [TestCase(0.05, 0.55, 0.38, 0.02, false, TestName = "A weaker reading of disagree does not")]
    public void WhichContradictionsDisputeTheLeadAsAWhole(double agree, double disagree, double discuss, double unrelated, bool expected)
    {
        var analyzer = ClaimAnalyzer.CreateDefault();
        var documents = new[] { analyzer.Process(new Article("h", Headline)), analyzer.Process(new Article("b", Body)) };
        var found = new LeadStanceFinder(new FixedStanceModel(new ArticleStance(agree, disagree, discuss, unrelated))).Find(documents, [], 1, CancellationToken.None);
        var pair = found.Pairs.Single();
        Assert.That(pair.Relation, Is.EqualTo(StanceLabel.Contradicts));
        Assert.That(pair.BodyDisputes, Is.EqualTo(expected));
    }

    public static IEnumerable<TestCaseData> DenyingReadings() =>
        CaseTable.Read("lead-denying-readings.tsv", ["agree", "disagree", "discuss", "unrelated", "expected", "why"])
            .Select(r => new TestCaseData(P(r["agree"]), P(r["disagree"]), P(r["discuss"]), P(r["unrelated"]), r["expected"], r["why"])
                .SetName($"lead-denying-readings.tsv:{r.Line} {r["why"]}"));

    [TestCaseSource(nameof(DenyingReadings))]
    public void ADenyingLeadAgainstABodyThatTellsTheReport(double agree, double disagree, double discuss, double unrelated, string expected, string why)
    {
        const string body = "McDonald's will stop serving overweight customers from January, the company announced.\n"
            + "Obesity in America has more than doubled over the last two decades.\n"
            + "Customers will be weighed before they order at McDonald's restaurants.";
        var analyzer = ClaimAnalyzer.CreateDefault();
        var documents = new[] { analyzer.Process(new Article("h", "Fake news: McDonald's will stop serving overweight customers")), analyzer.Process(new Article("b", body)) };
        var found = new LeadStanceFinder(new FixedStanceModel(new ArticleStance(agree, disagree, discuss, unrelated))).Find(documents, [], 1, CancellationToken.None);
        var contradictions = found.Pairs.Where(p => p.Relation == StanceLabel.Contradicts && p.LeadDenies).ToList();
        Assert.That(contradictions, Has.Count.EqualTo(expected == "contradicts" ? 1 : 0), why);
        Assert.That(found.Pairs.Where(p => p.Relation == StanceLabel.Agrees), Is.Empty, $"{why}: the lead calls the report fake");
    }

    private static double P(string s) => double.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}
