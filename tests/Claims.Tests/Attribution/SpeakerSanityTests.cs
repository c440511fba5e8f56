using Claims.Attribution;

namespace Claims.Tests.Attribution;

/// <summary>
/// Data-driven cases from <c>cases/speakers.tsv</c>: how <see cref="SpeakerSanity"/> reads a source mention (the
/// phrase it resolves as the speaker, or no one), and that a no-one mention leaves its claim unattributed, not dropped.
/// </summary>
public class SpeakerSanityTests
{
    public sealed record Case(string Text, string Mention, string Expected, string Why)
    {
        public override string ToString() => Text.Length > 60 ? Text[..60] + "…" : Text;
    }

    public static IEnumerable<TestCaseData> Cases()
    {
        string path = Path.Combine(TestContext.CurrentContext.TestDirectory, "cases", "speakers.tsv");
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var c = line.Split('\t');
            Assert.That(c, Has.Length.EqualTo(4), line);
            var test = new Case(c[0].Replace("\\n", "\n", StringComparison.Ordinal), c[1].Replace("\\n", "\n", StringComparison.Ordinal), c[2], c[3]);
            yield return new TestCaseData(test).SetName($"Speaker: {c[1]} -> {c[2]} ({c[3]})");
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void ReadsTheMention(Case test)
    {
        var doc = LearnedFixtures.RuleDocument(test.Text);
        var mention = LearnedFixtures.Span(test.Text, test.Mention);
        var reading = SpeakerSanity.Default.Read(doc, mention);
        if (test.Expected == "-")
            Assert.That(reading.Speaker, Is.Null, () => $"{test.Why}: read as '{Text(test.Text, reading.Speaker)}' by {reading.Rule}");
        else
            Assert.That(Text(test.Text, reading.Speaker), Is.EqualTo(test.Expected), () => $"{test.Why} ({reading.Rule})");
    }

    private static string? Text(string text, TextSpan? span) => span is { } s ? text[s.Start..s.End] : null;

    [Test]
    public void NoOneLeavesTheClaimUnattributedNotDropped()
    {
        // The rules read "In October" as the source of the reported claim; no one is named, so the claim stays,
        // without a speaker.
        const string text = "In October said the company had filed for bankruptcy.";
        var doc = Pipeline.Run(text);
        var reported = doc.Claims.Where(c => c.Kind is ClaimKind.Indirect or ClaimKind.DirectQuote).ToList();
        Assert.That(reported.Any(c => c.Text.Contains("filed for bankruptcy", StringComparison.Ordinal)), Is.True,
            () => string.Join(" | ", doc.Claims.Select(c => $"{c.Kind} [{c.Speaker}] {c.Text}")));
        Assert.That(reported.Select(c => c.Speaker), Has.None.EqualTo("In October").And.None.EqualTo("October"));
    }

    [TestCase("The crash site was cordoned off. According to photos, soldiers searched the crater with metal detectors.", "soldiers searched the crater")]
    [TestCase("The video shows a man in camouflage clothes looking through the boxes of munitions.", "a man in camouflage clothes")]
    public void EvidenceNamesNoSpeaker(string text, string content)
    {
        var doc = Pipeline.Run(text);
        string claims = string.Join(" | ", doc.Claims.Select(c => $"{c.Kind} [{c.Speaker}] {c.Text}"));
        var holding = doc.Claims.Where(c => c.Text.Contains(content, StringComparison.Ordinal)).ToList();
        Assert.That(holding, Is.Not.Empty, claims);
        Assert.That(holding.Select(c => c.Speaker), Has.All.Null, claims);
    }

    [Test]
    public void ReportsStayTheSpeakerOfAccordingToReports()
    {
        var doc = Pipeline.Run("According to reports, the man was arrested on Friday.");
        Assert.That(doc.Claims.Any(c => c.Kind == ClaimKind.Indirect && c.Speaker == "reports" && c.Text.Contains("arrested", StringComparison.Ordinal)),
            Is.True, () => string.Join(" | ", doc.Claims.Select(c => $"{c.Kind} [{c.Speaker}] {c.Text}")));
    }

    [Test]
    public void WhoResolvesToItsAntecedentThroughThePipeline()
    {
        const string text = "Reporters met Kirill Dmitriev, who said the summit had not been cancelled.";
        var doc = Pipeline.Run(text);
        var claim = doc.Claims.FirstOrDefault(c => c.Text.Contains("had not been cancelled", StringComparison.Ordinal) && c.Kind != ClaimKind.Author);
        Assert.That(claim, Is.Not.Null, () => string.Join(" | ", doc.Claims.Select(c => $"{c.Kind} [{c.Speaker}] {c.Text}")));
        Assert.That(claim!.Speaker, Is.EqualTo("Kirill Dmitriev"));
    }
}
