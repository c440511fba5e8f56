namespace Claims.Tests;

/// <summary>
/// Who says what across the seeds as a careful reader names it (<c>cases/seed-speakers.tsv</c>), beyond the
/// <c>seeds/gold.json</c> floor: people, institutions and outlets that report, and the outlets' own statements.
/// Adding a case is adding a line.
/// </summary>
public class SeedSpeakerTests
{
    private static readonly Lazy<AnalysisReport> Report = new(() => ClaimAnalyzer.CreateDefault().Analyze(SeedFiles.All()));

    public static IEnumerable<TestCaseData> Cases() =>
        CaseTable.Read("seed-speakers.tsv", ["article", "anchor", "speaker", "why"], optional: 1)
            .Select((row, i) => new TestCaseData(row["article"], row["anchor"], row["speaker"])
                .SetName($"SeedSpeaker_{i + 1:00}_{row["speaker"]}"));

    [TestCaseSource(nameof(Cases))]
    public void SpeakerIsNamed(string article, string anchor, string speaker)
    {
        var claims = GoldSeedTests.Covering(Report.Value, article, anchor);
        Assert.That(claims, Is.Not.Empty, $"no claim covers '{anchor}'");
        string got = string.Join(" | ", claims.Select(c => $"{c.Kind}:{c.Speaker ?? "(the outlet)"}:'{c.Text}'"));
        if (speaker == "-")
            Assert.That(claims.All(c => c.Speaker is null && c.Kind is ClaimKind.Author or ClaimKind.Headline), $"'{anchor}' should be the outlet's own; got {got}");
        else
            Assert.That(claims.Any(c => c.Speaker?.Contains(speaker, StringComparison.OrdinalIgnoreCase) == true), $"'{anchor}' should be attributed to {speaker}; got {got}");
    }
}
