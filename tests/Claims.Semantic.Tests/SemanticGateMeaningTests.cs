using Claims.Matching;
using Claims.Stance;
using Claims.Stories;
using Claims.Tests;

namespace Claims.Semantic.Tests;

/// <summary>
/// The table <c>cases/semantic-gate-meaning.tsv</c>: an agreement of the stance model alone between claim A and claim
/// B, each carrying its MiniLM vector as the semantic pipeline sets it, reviewed by the default
/// <see cref="SameEventGate"/> across stories, inside a loose story (190 of 840 articles) or in a tight one (20 of 840);
/// expected is the reported relation. Pins <see cref="SameEventGateOptions.ModelAgreementsNeedCloseMeaning"/> on the
/// shipped encoder's vectors. Adding a case is adding a line.
/// </summary>
public class SemanticGateMeaningTests
{
    private static readonly CorpusWords Run = CorpusWords.FromCounts(840, new Dictionary<string, int>());

    public static IEnumerable<TestCaseData> Cases() =>
        CaseTable.Read("semantic-gate-meaning.tsv", ["a", "b", "story", "expected", "why"])
            .Select(row => new TestCaseData(row["a"], row["b"], row["story"], row["expected"], row["why"])
                .SetName($"semantic-gate-meaning.tsv:{row.Line} {row["why"]}"));

    [TestCaseSource(nameof(Cases))]
    public void Case(string a, string b, string story, string expected, string why)
    {
        var encoder = MiniLmEncoder.Default;
        var ca = Claim.FromText("a", 1, a) with { Embedding = encoder.Encode(a) };
        var cb = Claim.FromText("b", 1, b) with { Embedding = encoder.Encode(b) };
        var context = story switch
        {
            "different" => new PairContext(false, 0.6, null, Run),
            "loose" => new PairContext(true, 0.6, null, Run, 190),
            "same" => new PairContext(true, 0.6, null, Run, 20),
            _ => throw new FormatException($"unknown story '{story}' (different, loose or same)"),
        };
        var reviewed = new SameEventGate().Review(ca, cb, new StanceVerdict(StanceLabel.Agrees, 0.9, ["model: test"]), context);
        var label = expected switch
        {
            "agrees" => StanceLabel.Agrees,
            "neutral" => StanceLabel.Neutral,
            _ => throw new FormatException($"unknown expected '{expected}' (agrees or neutral)"),
        };
        Assert.That(reviewed.Label, Is.EqualTo(label), $"{why}\n  A: {a}\n  B: {b}\n  got {reviewed.Label}: {string.Join(" | ", reviewed.Reasons)}");
        if (label == StanceLabel.Neutral)
            Assert.That(reviewed.Reasons[^1], Does.Contain("whose meanings are apart (vector cosine"), "the meaning check turned it");
    }
}
