using Claims.Stance;
using Claims.Stories;

namespace Claims.Tests.Stories;

/// <summary>
/// The table <c>cases/gate-verdicts.tsv</c>: claim A and claim B classified by the default
/// <see cref="StanceClassifier"/>, then reviewed by the <see cref="SameEventGate"/> as a pair in one story or in two
/// stories (column <c>story</c>: same, different) at candidate similarity 0.6; expected is the reported relation
/// (agrees, contradicts, neutral). The gate's checks that read the verdict (its deciding rule, its label) are pinned
/// here: findings kept to one story (<see cref="SameEventGateOptions.SameStoryRules"/>), agreements on names only.
/// Adding a case is adding a line.
/// </summary>
public class GateVerdictTests
{
    private static readonly Lazy<StanceClassifier> Classifier = new(() => new StanceClassifier());
    private static readonly SameEventGate Gate = new();

    /// <summary>The candidate similarity of every row: above the gate's cross-story floor, so only the rule check decides.</summary>
    private const double Similarity = 0.6;

    public static IEnumerable<TestCaseData> Cases() =>
        CaseTable.Read("gate-verdicts.tsv", ["a", "b", "story", "expected", "why"])
            .Select(row => new TestCaseData(row["a"], row["b"], row["story"], row["expected"], row["why"])
                .SetName($"gate-verdicts.tsv:{row.Line} {row["why"]}"));

    [TestCaseSource(nameof(Cases))]
    public void Case(string a, string b, string story, string expected, string why)
    {
        bool sameStory = story switch
        {
            "same" => true,
            "different" => false,
            _ => throw new FormatException($"unknown story '{story}' (same or different)"),
        };
        var ca = Claim.FromText("a", 1, a);
        var cb = Claim.FromText("b", 1, b);
        var verdict = Gate.Review(ca, cb, Classifier.Value.Classify(ca, cb), new PairContext(sameStory, Similarity));
        string detail = $"{why}\n  A: {a}\n  B: {b}\n  got {verdict.Label}: {string.Join(" | ", verdict.Reasons)}";
        var label = expected switch
        {
            "agrees" => StanceLabel.Agrees,
            "contradicts" => StanceLabel.Contradicts,
            "neutral" => StanceLabel.Neutral,
            _ => throw new FormatException($"unknown expected '{expected}' (agrees, contradicts or neutral)"),
        };
        Assert.That(verdict.Label, Is.EqualTo(label), detail);
    }
}
