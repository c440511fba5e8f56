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

    public static IEnumerable<TestCaseData> Cases()
    {
        string path = Path.Combine(TestContext.CurrentContext.TestDirectory, "cases", "attribution-boundaries.tsv");
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var c = line.Split('\t');
            Assert.That(c, Has.Length.EqualTo(3), line);
            yield return new TestCaseData(new Case(Unescape(c[0]), Unescape(c[1]), c[2])).SetName($"Boundary: {c[2]}");
        }
    }

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

    private static string Unescape(string cell) => cell.Replace("\\n", "\n", StringComparison.Ordinal);
}
