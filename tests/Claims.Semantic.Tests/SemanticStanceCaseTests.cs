using Claims.Stance;
using Claims.Tests;

namespace Claims.Semantic.Tests;

/// <summary>
/// The table <c>cases/semantic-stance.tsv</c>: claim A, claim B, expected relation (agrees, not-agrees), why, classified
/// by the semantic pipeline's stance classifier (the shipped semantic model and the default rules, each text with its
/// MiniLM vectors): the rules that read the texts' meaning when the profiles carry vectors. Add a row to pin a case.
/// </summary>
public class SemanticStanceCaseTests
{
    private static readonly Lazy<StanceClassifier> Classifier = new(() =>
        new StanceClassifier(SemanticStanceModel.LoadShipped(new MemoizingEncoder(MiniLmEncoder.Default)).Model, StanceRules.Default));

    public static IEnumerable<TestCaseData> Cases() =>
        CaseTable.Read("semantic-stance.tsv", ["a", "b", "expected", "why"])
            .Select(row => new TestCaseData(row["a"], row["b"], row["expected"], row["why"]).SetName($"semantic-stance.tsv:{row.Line} {row["why"]}"));

    [TestCaseSource(nameof(Cases))]
    public void Case(string a, string b, string expected, string why)
    {
        var verdict = Classifier.Value.Classify(a, b);
        string detail = $"{why}\n  A: {a}\n  B: {b}\n  got {verdict.Label}: {string.Join(" | ", verdict.Reasons)}";
        ExpectedRelation.Check(expected, verdict, detail);
    }
}
