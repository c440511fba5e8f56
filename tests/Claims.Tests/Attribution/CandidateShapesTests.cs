using Claims.Attribution;
using Claims.Attribution.Learned;

namespace Claims.Tests.Attribution;

/// <summary>
/// What the attribution ranker reads of a candidate's source and object (<see cref="CandidateShapes"/>; cases in
/// <c>cases/candidate-shapes.tsv</c>).
/// </summary>
public class CandidateShapesTests
{
    public static IEnumerable<TestCaseData> Cases()
    {
        string path = Path.Combine(TestContext.CurrentContext.TestDirectory, "cases", "candidate-shapes.tsv");
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var c = line.Split('\t');
            Assert.That(c, Has.Length.EqualTo(7), line);
            yield return new TestCaseData((object)c).SetName($"Shape: {c[4]} = {c[5]} ({c[6]})");
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void TheFeatureHasItsValue(string[] row)
    {
        string text = row[0];
        var doc = LearnedFixtures.RuleDocument(text);
        var a = new AttributionSpan
        {
            Content = LearnedFixtures.Span(text, row[3]),
            Cue = LearnedFixtures.Span(text, row[2]),
            Source = row[1].Length == 0 ? null : LearnedFixtures.Span(text, row[1]),
            Kind = ClaimKind.Indirect,
        };
        using var features = LearnedFixtures.Features(doc);
        var shape = new float[CandidateShapes.Count];
        CandidateShapes.Describe(doc, features, a, doc.TokenRange(a.Content), doc.TokenRange(a.Cue!.Value), shape);
        var feature = Enum.Parse<ShapeFeature>(row[4]);
        Assert.That(shape[(int)feature], Is.EqualTo(float.Parse(row[5], System.Globalization.CultureInfo.InvariantCulture)), row[6]);
    }

    [Test]
    public void EveryFeatureBelongsToOneGroup()
    {
        foreach (var feature in Enum.GetValues<ShapeFeature>())
            Assert.That(CandidateShapes.GroupOf(feature), Is.EqualTo(ShapeGroups.Source).Or.EqualTo(ShapeGroups.Object), feature.ToString());
        Assert.That(CandidateShapes.Count, Is.EqualTo(Enum.GetValues<ShapeFeature>().Length));
    }

    [Test]
    public void TheCandidatesCarryTheShapesAfterTheEarlierFeatures() =>
        Assert.That(AttributionCandidates.FeatureCount, Is.EqualTo(AttributionCandidates.ShapeOffset + CandidateShapes.Count));
}
