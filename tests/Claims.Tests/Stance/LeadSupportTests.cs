using System.Globalization;
using Claims.Stance;
using Claims.Stance.Leads;

namespace Claims.Tests.Stance;

/// <summary>
/// A claim-level contradiction read from one claim of an article the stance model reads as confidently supporting the
/// lead yields to the article-level agreement (<see cref="LeadStanceMerger"/>, <c>LeadStanceMerger.Supports.cs</c>):
/// the table <c>cases/lead-supported-contradictions.tsv</c>.
/// </summary>
public class LeadSupportTests
{
    private static readonly Claim Lead = Claim.FromText("h", 1, "Nasa's six days of total darkness in December 2014 is a hoax");
    private static readonly Claim Evidence = Claim.FromText("b", 1, "Nasa never said the Earth will go dark for six days in December.");
    private static readonly Claim Retelling = Claim.FromText("b", 2, "six days of darkness.");
    private static readonly Claim[] Claims = [Lead, Evidence, Retelling];

    public static IEnumerable<TestCaseData> Cases() =>
        CaseTable.Read("lead-supported-contradictions.tsv", ["agree", "claims", "expected", "why"])
            .Select(r => new TestCaseData(double.Parse(r["agree"], CultureInfo.InvariantCulture), r["claims"], r["expected"], r["why"])
                .SetName($"lead-supported-contradictions.tsv:{r.Line} {r["why"]}"));

    [TestCaseSource(nameof(Cases))]
    public void AClaimLevelContradictionAgainstAnArticleThatSupportsTheLead(double agree, string claims, string expected, string why)
    {
        var contradicting = claims switch { "same" => Evidence, "other" => Retelling, _ => throw new FormatException($"claims: '{claims}' (same, other)") };
        var rest = (1 - agree) / 3;
        var found = new LeadStancePair(Lead, Evidence, StanceLabel.Agrees, new ArticleStance(agree, rest, rest, rest), 0.4,
            ["article-level stance: b as a whole supports the lead claim h#1"]);
        var merger = new LeadStanceMerger(Claims, [found]);
        var written = new List<ClaimPair>();
        var pair = new ClaimPair(Lead.Id, contradicting.Id, StanceLabel.Contradicts, 0.9, ["refutation: asserted vs 'hoax'", "same event: same story"], 0.5);
        if (merger.Review(pair) is { } reviewed)
            written.Add(reviewed);
        written.AddRange(merger.Remaining());
        var relations = written.Where(p => p.A == Lead.Id || p.B == Lead.Id).Select(p => p.Relation).Distinct().ToList();
        var relation = expected switch { "agrees" => StanceLabel.Agrees, "contradicts" => StanceLabel.Contradicts, _ => throw new FormatException($"expected: '{expected}'") };
        Assert.That(relations, Is.EqualTo(new[] { relation }), why);
        Assert.That(written.Select(p => (p.A, p.B)), Is.Unique, why);
        if (relation == StanceLabel.Agrees)
        {
            var written1 = written.Single();
            Assert.That((written1.A, written1.B), Is.EqualTo((Lead.Id, Evidence.Id)), why);
            Assert.That(written1.Reasons[^1], Does.Contain("contradicts").And.EndWith("the article-level verdict stands"), why);
        }
    }
}
