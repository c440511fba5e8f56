using Claims.Tests;

namespace Claims.Semantic.Tests;

/// <summary>
/// The table <c>cases/accurate-attribution.tsv</c>: an article (a seed file or a text), a content, a speaker and whether
/// the accurate attribution mode (the semantic pipeline's default) reports that claim; each row pins a reading of the
/// accurate mode on a whole article, where the token states see the context. Add a row to pin a case.
/// </summary>
public class AccurateAttributionCaseTests
{
    private static readonly Lazy<ClaimAnalyzer> Analyzer = new(() => new ClaimAnalyzerBuilder().UseDefaults().UseSemantic(semanticStance: false).Build());

    public static IEnumerable<TestCaseData> Cases() =>
        CaseTable.Read("accurate-attribution.tsv", ["article", "content", "speaker", "expected", "why"])
            .Select(row => new TestCaseData(row["article"], row["content"], row["speaker"], row["expected"], row["why"])
                .SetName($"accurate-attribution.tsv:{row.Line} {row["why"]}"));

    [TestCaseSource(nameof(Cases))]
    public void Case(string article, string content, string speaker, string expected, string why)
    {
        Assert.That(expected, Is.EqualTo("claim").Or.EqualTo("no-claim"), "expected is claim or no-claim");
        string text = article.StartsWith("seeds/", StringComparison.Ordinal)
            ? File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds", article["seeds/".Length..]))
            : article.Replace("\\n", "\n", StringComparison.Ordinal);
        var doc = Analyzer.Value.Process(Article.FromString(text, "t"));
        bool found = doc.Claims.Any(c => c.Kind is not (ClaimKind.Author or ClaimKind.Headline) && c.Text.Contains(content, StringComparison.Ordinal)
                                         && (c.Speaker ?? "").Contains(speaker, StringComparison.Ordinal));
        Assert.That(found, Is.EqualTo(expected == "claim"),
            () => $"{why}\n  claims: " + string.Join(" | ", doc.Claims.Where(c => c.Kind != ClaimKind.Author).Select(c => $"[{c.Speaker}] <{c.Cue}> {c.Text}")));
    }
}
