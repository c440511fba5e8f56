using Claims.Attribution;
using Claims.Pipeline;

namespace Claims.Tests.Attribution;

/// <summary>
/// Data-driven content-boundary cases from <c>cases/attribution-boundaries.tsv</c> (text, exact expected content,
/// why), run through the library's default stages; <c>\n</c> in a cell stands for a line break.
/// </summary>
public class ContentBoundaryTests
{
    public sealed record Case(string Text, string Content, string Why)
    {
        public override string ToString() => Why;
    }

    public static IEnumerable<TestCaseData> Cases() =>
        CaseTable.Read("attribution-boundaries.tsv", ["text", "content", "why"])
            .Select(row => new TestCaseData(new Case(row.Text("text"), row.Text("content"), row["why"])).SetName($"Boundary: {row["why"]}"));

    [TestCaseSource(nameof(Cases))]
    public void ContentHasTheAnnotatedBoundaries(Case test)
    {
        Assert.That(test.Text, Does.Contain(test.Content), "the expected content must be a substring of the text");
        var doc = Pipeline.Run(test.Text);
        var attributed = doc.Claims.Where(c => c.Kind is ClaimKind.DirectQuote or ClaimKind.Indirect).ToList();
        Assert.That(attributed.Select(c => c.Text), Does.Contain(test.Content),
            () => "attributed claims: " + string.Join(" | ", attributed.Select(c => $"{c.Kind} [{c.Speaker}] {c.Text}")));
    }

    [Test]
    public void RunsAfterTheAttributionFinderAndBeforeTheLearnedStageInTheDefaultStages()
    {
        var names = DefaultComponents.Stages().Select(s => s.Name).ToList();
        Assert.That(names.IndexOf(new ContentBoundaryRefiner().Name), Is.EqualTo(names.IndexOf(new AttributionFinder().Name) + 1));
        Assert.That(names.IndexOf(new LearnedAttributionFinder().Name), Is.GreaterThan(names.IndexOf(new ContentBoundaryRefiner().Name)));
        Assert.That(names.IndexOf(new SpeakerResolver().Name), Is.GreaterThan(names.IndexOf(new LearnedAttributionFinder().Name)));
    }

    [Test]
    public void LeavesADocumentWithoutAttributionsAlone()
    {
        var doc = new Document(Article.FromString("The sky is blue. Nothing else happened.", "t"));
        new ContentBoundaryRefiner().Process(doc, CancellationToken.None);
        Assert.That(doc.Attributions, Is.Empty);
    }

}
