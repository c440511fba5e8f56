using Claims.Stance;
using Claims.Stories;

namespace Claims.Tests.Stories;

/// <summary>
/// The table <c>cases/one-speaker.tsv</c>: claim A and claim B of two articles, attributed to speaker A and speaker B
/// ("-": none), classified by the default <see cref="StanceClassifier"/> and reviewed by the <see cref="SameEventGate"/>
/// in one story at candidate similarity 0.6; expected is the reported relation. Pins
/// <see cref="SameEventGateOptions.OneSpeakerContradictsNotItself"/>. Adding a case is adding a line.
/// </summary>
public class OneSpeakerTests
{
    private static readonly Lazy<StanceClassifier> Classifier = new(() => new StanceClassifier());
    private static readonly SameEventGate Gate = new();

    /// <summary>The candidate similarity of every row: above every similarity check the gate makes of a contradiction.</summary>
    private const double Similarity = 0.6;

    public static IEnumerable<TestCaseData> Cases() =>
        CaseTable.Read("one-speaker.tsv", ["speakerA", "a", "speakerB", "b", "expected", "why"])
            .Select(row => new TestCaseData(row["speakerA"], row["a"], row["speakerB"], row["b"], row["expected"], row["why"])
                .SetName($"one-speaker.tsv:{row.Line} {row["why"]}"));

    [TestCaseSource(nameof(Cases))]
    public void Case(string speakerA, string a, string speakerB, string b, string expected, string why)
    {
        var ca = Claim.FromText("a", 1, a) with { Speaker = Speaker(speakerA) };
        var cb = Claim.FromText("b", 1, b) with { Speaker = Speaker(speakerB) };
        var label = expected switch
        {
            "contradicts" => StanceLabel.Contradicts,
            "neutral" => StanceLabel.Neutral,
            _ => throw new FormatException($"unknown expected '{expected}' (contradicts or neutral)"),
        };
        // Without speakers the pair must contradict: the row tests the speakers, not the rules.
        var classified = Classifier.Value.Classify(ca, cb);
        var plain = Gate.Review(ca with { Speaker = null }, cb with { Speaker = null }, classified, new PairContext(true, Similarity));
        Assert.That(plain.Label, Is.EqualTo(StanceLabel.Contradicts), $"{why}: the pair must contradict without speakers\n  got {string.Join(" | ", plain.Reasons)}");
        var verdict = Gate.Review(ca, cb, classified, new PairContext(true, Similarity));
        Assert.That(verdict.Label, Is.EqualTo(label), $"{why}\n  A: {a}\n  B: {b}\n  got {verdict.Label}: {string.Join(" | ", verdict.Reasons)}");
    }

    [Test]
    public void ReadsLinkedSpeakerIdsBeforeNames()
    {
        var a = Claim.FromText("a", 1, "The summit was cancelled.") with { Speaker = "Clinton", SpeakerId = "s40" };
        var b = Claim.FromText("b", 1, "The summit was not cancelled.") with { Speaker = "Hillary Clinton", SpeakerId = "s40" };
        var verdict = Classifier.Value.Classify(a, b);
        Assert.That(Gate.Review(a, b, verdict, new PairContext(true, Similarity)).Label, Is.EqualTo(StanceLabel.Neutral), "one linked speaker, two names");
        Assert.That(Gate.Review(a, b with { Speaker = "Clinton", SpeakerId = "s41" }, verdict, new PairContext(true, Similarity)).Label,
            Is.EqualTo(StanceLabel.Contradicts), "two linked speakers of one name (Bill and Hillary Clinton) are two sources");
        Assert.That(Gate.Review(a, b with { ArticleId = "a", Id = "a#2", Sentence = 2, Span = new TextSpan(200, 200 + b.Text.Length) }, verdict, new PairContext(true, Similarity)).Label,
            Is.EqualTo(StanceLabel.Contradicts), "inside one article the pair filter decides, not this check");
        Assert.That(new SameEventGate(SameEventGateOptions.Default with { OneSpeakerContradictsNotItself = false })
            .Review(a, b, verdict, new PairContext(true, Similarity)).Label, Is.EqualTo(StanceLabel.Contradicts), "the option turns the check off");
    }

    private static string? Speaker(string column) => column == "-" ? null : column;
}
