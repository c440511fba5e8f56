using Claims.Matching;
using Claims.Stance;
using Claims.Stories;

namespace Claims.Tests.Stories;

/// <summary>
/// The table <c>cases/gate-meaning.tsv</c>: an agreement of claim A and claim B (the stance model's alone, or a named
/// rule's) reviewed by the <see cref="SameEventGate"/> across stories, inside a loose story (190 of 840 articles) or in
/// a tight one (20 of 840), the two claims carrying unit vectors with the row's cosine; expected is the reported
/// relation. Pins <see cref="SameEventGateOptions.ModelAgreementsNeedCloseMeaning"/> and
/// <see cref="SameEventGateOptions.ModelAgreementMinVectorSimilarity"/>; each neutral row agrees with the check off, so
/// the check is what turns it. Adding a case is adding a line.
/// </summary>
public class ModelAgreementMeaningTests
{
    private static readonly CorpusWords Run = CorpusWords.FromCounts(840, new Dictionary<string, int>());

    public static IEnumerable<TestCaseData> Cases() =>
        CaseTable.Read("gate-meaning.tsv", ["story", "cosine", "a", "b", "rule", "expected", "why"])
            .Select(row => new TestCaseData(row["story"], row["cosine"], row["a"], row["b"], row["rule"], row["expected"], row["why"])
                .SetName($"gate-meaning.tsv:{row.Line} {row["why"]}"));

    [TestCaseSource(nameof(Cases))]
    public void Case(string story, string cosine, string a, string b, string rule, string expected, string why)
    {
        var vectors = new CosineVectors(double.Parse(cosine, System.Globalization.CultureInfo.InvariantCulture));
        var verdict = new StanceVerdict(StanceLabel.Agrees, 0.9, [$"{rule}: test"]) { DecidingRules = Rules(rule) };
        var (ca, cb) = (Claim.FromText("a", 1, a), Claim.FromText("b", 1, b));
        var reviewed = new SameEventGate(null, vectors).Review(ca, cb, verdict, Context(story));
        var label = expected switch
        {
            "agrees" => StanceLabel.Agrees,
            "neutral" => StanceLabel.Neutral,
            _ => throw new FormatException($"unknown expected '{expected}' (agrees or neutral)"),
        };
        Assert.That(reviewed.Label, Is.EqualTo(label), $"{why}\n  A: {a}\n  B: {b}\n  got {reviewed.Label}: {string.Join(" | ", reviewed.Reasons)}");
        if (label != StanceLabel.Neutral) return;
        Assert.That(reviewed.Reasons[^1], Does.Contain("whose meanings are apart (vector cosine"), "the meaning check turned it");
        var off = new SameEventGate(new SameEventGateOptions { ModelAgreementsNeedCloseMeaning = false }, vectors)
            .Review(ca, cb, verdict, Context(story));
        Assert.That(off.Label, Is.EqualTo(StanceLabel.Agrees), $"with the check off the row agrees: {string.Join(" | ", off.Reasons)}");
    }

    [Test]
    public void ClaimsWithoutVectorsAreNotRead()
    {
        var a = Claim.FromText("a", 1, "Trump won Virginia, Georgia, Alabama, Massachusetts, and Tennessee.");
        var b = Claim.FromText("b", 1, "Trump is outworked in states including Virginia and Georgia.");
        var verdict = new StanceVerdict(StanceLabel.Agrees, 0.9, ["model: test"]);
        Assert.That(new SameEventGate().Review(a, b, verdict, Context("loose")).Label, Is.EqualTo(StanceLabel.Agrees),
            "the lexical pipeline's claims carry no vectors");
    }

    private static PairContext Context(string story) => story switch
    {
        "different" => new PairContext(false, 0.6, null, Run),
        "loose" => new PairContext(true, 0.6, null, Run, 190),
        "same" => new PairContext(true, 0.6, null, Run, 20),
        _ => throw new FormatException($"unknown story '{story}' (different, loose or same)"),
    };

    private static IReadOnlyList<IStanceRule> Rules(string rule) => rule switch
    {
        "model" => [],
        "dates" => [new EventDateRule()],
        _ => throw new FormatException($"unknown rule '{rule}' (model or dates)"),
    };

    // Claim "a" gets (1, 0), any other claim (c, sqrt(1 - c²)): two unit vectors whose cosine is c.
    private sealed class CosineVectors(double cosine) : IClaimVectorSource
    {
        public ReadOnlyMemory<float> VectorOf(Claim claim) =>
            claim.ArticleId == "a" ? new float[] { 1, 0 } : new float[] { (float)cosine, (float)Math.Sqrt(1 - cosine * cosine) };
    }
}
