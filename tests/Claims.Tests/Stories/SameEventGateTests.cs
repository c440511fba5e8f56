using Claims.Stance;
using Claims.Stories;

namespace Claims.Tests.Stories;

/// <summary>
/// The gate's table <c>cases/same-event.tsv</c>: claim A, claim B, expected (contradicts: the gate keeps the
/// contradiction; neutral: it blocks it), why. Adding a case is adding a line.
/// </summary>
public class SameEventGateTests
{
    private static readonly SameEventGate Gate = new();

    public static IEnumerable<TestCaseData> Cases()
    {
        string path = Path.Combine(TestContext.CurrentContext.TestDirectory, "cases", "same-event.tsv");
        int line = 0;
        foreach (var row in File.ReadLines(path))
        {
            line++;
            if (row.Length == 0 || row[0] == '#') continue;
            var f = row.Split('\t');
            if (f.Length != 4) throw new FormatException($"same-event.tsv line {line}: expected 4 tab-separated columns, found {f.Length}");
            yield return new TestCaseData(f[0], f[1], f[2], f[3]).SetName($"same-event.tsv:{line} {f[3]}");
        }
    }

    private static StanceVerdict Contradiction => new(StanceLabel.Contradicts, 0.9, ["rule: test"]);

    [TestCaseSource(nameof(Cases))]
    public void Case(string a, string b, string expected, string why)
    {
        var verdict = Gate.Review(Claim.FromText("a", 1, a), Claim.FromText("b", 1, b), Contradiction, new PairContext(true, 0.5));
        string detail = $"{why}\n  A: {a}\n  B: {b}\n  got {verdict.Label}: {string.Join(" | ", verdict.Reasons)}";
        var label = expected switch
        {
            "contradicts" => StanceLabel.Contradicts,
            "neutral" => StanceLabel.Neutral,
            _ => throw new FormatException($"unknown expected '{expected}' (contradicts or neutral)"),
        };
        Assert.That(verdict.Label, Is.EqualTo(label), detail);
        // Either way the reasons say which evidence held or which check failed, after the rule's own reason.
        Assert.That(verdict.Reasons[0], Is.EqualTo("rule: test"));
        Assert.That(verdict.Reasons[^1], Does.StartWith(label == StanceLabel.Neutral ? "not the same event: " : "same event: "), detail);
    }

    [Test]
    public void AClaimAFactCheckReviewsAssertsNothing()
    {
        // FNC-1 train body 638 (a fact check): "Claim: The town of Purdon, Texas was quarantined ..." above "FALSE".
        var reviewed = Claim.FromText("b638", 1, "The town of Purdon, Texas was quarantined after a family of five there tested positive for the Ebola virus")
            with { Speaker = "Claim", Cue = ":" };
        var refuting = Claim.FromText("b410", 1, "The small town of Purdon, Texas has been quarantined after a family of five tested positive for the Ebola virus. This report is entirely false");
        var verdict = Gate.Review(reviewed, refuting, Contradiction, new PairContext(true, 0.8));
        Assert.That(verdict.Label, Is.EqualTo(StanceLabel.Neutral));
        Assert.That(verdict.Reasons[^1], Does.Contain("fact check reviews ('Claim:')"));
        // The same text said by an outlet's section ("Origins:") or by a person stays an assertion.
        Assert.That(Gate.Review(reviewed with { Speaker = "Origins" }, refuting, Contradiction, new PairContext(true, 0.8)).Label,
            Is.EqualTo(StanceLabel.Contradicts));
        Assert.That(Gate.Review(reviewed with { Speaker = "Claim", Cue = "said" }, refuting, Contradiction, new PairContext(true, 0.8)).Label,
            Is.EqualTo(StanceLabel.Contradicts));
    }

    [Test]
    public void AcrossStoriesOnlyVerySimilarClaimsMayContradict()
    {
        var a = Claim.FromText("a", 1, "The summit between Trump and Putin was cancelled.");
        var b = Claim.FromText("b", 1, "The summit between Trump and Putin was postponed, not cancelled.");
        Assert.That(Gate.Review(a, b, Contradiction, new PairContext(false, 0.3)).Label, Is.EqualTo(StanceLabel.Neutral));
        Assert.That(Gate.Review(a, b, Contradiction, new PairContext(false, 0.7)).Label, Is.EqualTo(StanceLabel.Contradicts));
    }

    [Test]
    public void ANumbersContradictionNeedsASimilarPair()
    {
        var a = Claim.FromText("a", 1, "The school took 28 teenage girls from Banja Luka on a trip to Sarajevo.");
        var b = Claim.FromText("b", 1, "Seven teenage girls from Banja Luka became pregnant on a school trip.");
        var byNumbers = new StanceVerdict(StanceLabel.Contradicts, 0.75, ["numbers: '28 teenage' vs 'seven teenage'"]) { DecidingRules = [new NumberRule()] };
        var low = Gate.Review(a, b, byNumbers, new PairContext(true, 0.25));
        Assert.That(low.Label, Is.EqualTo(StanceLabel.Neutral));
        Assert.That(low.Reasons[^1], Does.Contain("a numbers finding alone at similarity 0.25 below 0.40"));
        Assert.That(Gate.Review(a, b, byNumbers, new PairContext(true, 0.6)).Label, Is.EqualTo(StanceLabel.Contradicts));
        // Other rules keep the general checks only.
        Assert.That(Gate.Review(a, b, byNumbers with { DecidingRules = [new NegationRule()] }, new PairContext(true, 0.25)).Label, Is.EqualTo(StanceLabel.Contradicts));
    }

    [Test]
    public void NeutralVerdictsPassUnchanged()
    {
        var neutral = new StanceVerdict(StanceLabel.Neutral, 0.5, ["no shared content"]);
        var a = Claim.FromText("a", 1, "Was it cancelled?");
        Assert.That(Gate.Review(a, a with { Id = "b#1", ArticleId = "b" }, neutral, new PairContext(false, 0)), Is.SameAs(neutral));
    }

    [Test]
    public void ClaimVectorsThatDisagreeBlockAContradiction()
    {
        var gate = new SameEventGate(vectors: new FixedVectors());
        var a = Claim.FromText("a", 1, "The summit between Trump and Putin was cancelled.");
        var b = Claim.FromText("b", 1, "The summit between Trump and Putin was postponed, not cancelled.");
        var verdict = gate.Review(a, b, Contradiction, new PairContext(true, 0.6));
        Assert.That(verdict.Label, Is.EqualTo(StanceLabel.Neutral));
        Assert.That(verdict.Reasons[^1], Does.Contain("vector cosine 0.00"));
    }

    // Orthogonal unit vectors: the encoder would say the two claims mean unrelated things.
    private sealed class FixedVectors : IClaimVectorSource
    {
        public ReadOnlyMemory<float> VectorOf(Claim claim) => claim.ArticleId == "a" ? new float[] { 1, 0 } : new float[] { 0, 1 };
    }

    [Test]
    public void APairRejectedWhateverTheVerdictIsExactlyOneWhoseAgreementTheGateTurnsNeutral()
    {
        // An agreement goes through the checks that do not read the verdict and two others (shared content beyond names,
        // round 10; no note to the reader, no bare name, round 11): the gate turns it neutral when RejectsAnyVerdict says so, and otherwise only
        // for sharing names alone, a note to the reader, a bare name or (round 21, a model agreement across stories) one
        // shared subject of which each claim says its own thing, or (round 22) two towns or two sets of figures, or (round 23) two tallies of one measure; a contradiction of a rejected pair turns neutral as well.
        var claims = ClaimAnalyzer.CreateDefault().Analyze(SeedFiles.All()).Articles.SelectMany(a => a.Claims).ToList();
        var agreement = new StanceVerdict(StanceLabel.Agrees, 0.9, ["rule: test"]);
        var rumours = new Dictionary<string, string> { [claims[3].Id] = "a hoax" };
        int rejected = 0, kept = 0;
        for (int i = 0; i < claims.Count; i++)
            foreach (int j in new[] { i + 1, i + 7, i + 40 })
            {
                if (j >= claims.Count) continue;
                foreach (var context in new[] { new PairContext(true, 0.3, rumours), new PairContext(false, 0.3), new PairContext(false, 0.7) })
                {
                    var (a, b) = (claims[i], claims[j]);
                    bool rejects = Gate.RejectsAnyVerdict(a, b, context);
                    var reviewed = Gate.Review(a, b, agreement, context);
                    bool namesOnly = reviewed.Reasons[^1].StartsWith("not the same event: an agreement on", StringComparison.Ordinal)
                        || reviewed.Reasons[^1].StartsWith("not the same event: a bare name agrees with nothing", StringComparison.Ordinal)
                        || reviewed.Reasons[^1].Contains("is a note to the reader", StringComparison.Ordinal)
                        || reviewed.Reasons[^1].Contains("of which each claim says its own thing", StringComparison.Ordinal)
                        || reviewed.Reasons[^1].StartsWith("not the same event: different towns (", StringComparison.Ordinal)
                        || reviewed.Reasons[^1].StartsWith("not the same event: different figures (", StringComparison.Ordinal)
                        || reviewed.Reasons[^1].StartsWith("not the same event: two tallies of one measure (", StringComparison.Ordinal);
                    Assert.That(reviewed.Label == StanceLabel.Neutral, Is.EqualTo(rejects || namesOnly), $"{a.Id} / {b.Id}");
                    if (rejects) Assert.That(namesOnly, Is.False, $"{a.Id} / {b.Id}: a rejected pair fails an earlier check");
                    if (rejects) Assert.That(Gate.Review(a, b, Contradiction, context).Label, Is.EqualTo(StanceLabel.Neutral));
                    if (rejects) rejected++;
                    else kept++;
                }
            }
        Assert.That(rejected, Is.GreaterThan(50));
        Assert.That(kept, Is.GreaterThan(50));
    }
}
