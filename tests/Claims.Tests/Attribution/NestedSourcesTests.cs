using Claims.Attribution;
using Claims.Attribution.Learned;

namespace Claims.Tests.Attribution;

/// <summary>
/// Sources read again after the ranker (<c>NestedSources</c>, <c>NominalSubjectContent</c>) and a person's group named
/// after the person (<see cref="SpeakerResolver"/>): data-driven rows of <c>cases/nested-sources.tsv</c>, run through
/// the full default pipeline.
/// </summary>
public class NestedSourcesTests
{
    public static IEnumerable<TestCaseData> Cases() =>
        CaseTable.Read("nested-sources.tsv", ["text", "content", "speaker", "via", "why"])
            .Select(r => new TestCaseData(r["text"], r["content"], r["speaker"], r["via"], r["why"]).SetName($"Nested: {r["content"]} -> {r["speaker"]} ({r["why"]})"));

    [TestCaseSource(nameof(Cases))]
    public void ReadsTheSourceOfTheClaim(string text, string content, string speaker, string via, string why)
    {
        Assert.That(text, Does.Contain(content), "the content must be a substring of the text");
        var doc = LearnedFixtures.FullDocument(text);
        string claims = string.Join(" | ", doc.Claims.Select(c => $"{c.Kind} [{c.Speaker}] via [{c.Via}] {c.Text}"));
        var claim = doc.Claims.FirstOrDefault(c => c.Kind != ClaimKind.Author && c.Text.Contains(content, StringComparison.Ordinal)
                                                   && c.Text.Length <= content.Length * 3 / 2 + 10);
        if (speaker == "-")
        {
            Assert.That(claim, Is.Null, $"{why}; claims: {claims}");
            return;
        }
        Assert.That(claim, Is.Not.Null, $"{why}; claims: {claims}");
        Assert.That(claim!.Speaker, Does.Contain(speaker), $"{why}; claims: {claims}");
        Assert.That(claim.Via ?? "", Is.EqualTo(via), $"{why}; claims: {claims}");
    }

    [TestCase("reviewed", false, TestName = "Unannotated cue: 'reviewed' (never a cue on PolNeAR train) makes no attribution")]
    [TestCase("said", true, TestName = "Unannotated cue: 'said' stays")]
    [TestCase("also reviewed", false, TestName = "Unannotated cue: 'also reviewed' (a modifier before the verb) makes no attribution")]
    [TestCase("also said", true, TestName = "Unannotated cue: 'also said' stays")]
    public void CuesPolnearNeverAnnotatesAreDropped(string cueWord, bool kept)
    {
        string text = $"Beyond geopolitical issues, the leaders {cueWord} the potential for renewed economic cooperation.";
        var doc = LearnedFixtures.RuleDocument(text);
        var a = new AttributionSpan
        {
            Content = LearnedFixtures.Span(text, "the potential for renewed economic cooperation"), Cue = LearnedFixtures.Span(text, cueWord),
            Source = LearnedFixtures.Span(text, "the leaders"), Kind = ClaimKind.Indirect,
        };
        var result = KeptAttributionRepairs.WithoutUnannotatedCues(doc, [a], LearnedAttributionModel.Default.Rates);
        Assert.That(result, Has.Count.EqualTo(kept ? 1 : 0));
    }
}
