using Claims.Attribution;

namespace Claims.Tests.Attribution;

/// <summary>
/// Data-driven cases from <c>cases/learned-attribution.tsv</c>: what the full default pipeline, learned stage
/// included, attributes; rows marked "yes" are ones the rule stages alone miss. Rows marked "miss" are sentences the
/// shipped model gets wrong (kept as a strict expected failure, so a retrained model that fixes one is noticed).
/// </summary>
public class LearnedAttributionCaseTests
{
    public sealed record Case(string Text, string Content, string Speaker, bool LearnedOnly, bool KnownMiss = false)
    {
        public override string ToString() => Text.Length > 60 ? Text[..60] + "…" : Text;
    }

    public static IEnumerable<TestCaseData> Cases() => Read(learnedOnly: false).Where(c => !((Case)c.Arguments[0]!).KnownMiss);

    public static IEnumerable<TestCaseData> LearnedOnlyCases() => Read(learnedOnly: true);

    public static IEnumerable<TestCaseData> KnownMisses() =>
        Read(learnedOnly: false).Where(c => ((Case)c.Arguments[0]!).KnownMiss).Select(c => new TestCaseData(c.Arguments[0]).SetName("Known miss: " + c.TestName));

    private static IEnumerable<TestCaseData> Read(bool learnedOnly)
    {
        foreach (var row in CaseTable.Read("learned-attribution.tsv", ["text", "content", "speaker", "learned"]))
        {
            string text = row["text"], learned = row["learned"];
            Assert.That(learned, Is.EqualTo("").Or.EqualTo("yes").Or.EqualTo("miss"), $"learned-attribution.tsv line {row.Line}");
            var test = new Case(text, row["content"], row["speaker"], learned == "yes", learned == "miss");
            if (learnedOnly && !test.LearnedOnly) continue;
            yield return new TestCaseData(test).SetName($"{(learnedOnly ? "Rules miss" : "Learned")}: {(text.Length > 50 ? text[..50] : text)}");
        }
    }

    private static string Describe(Document doc) =>
        "claims: " + string.Join(" | ", doc.Claims.Select(c => $"{c.Kind} [{c.Speaker}] {c.Text}"));

    // A reported claim that holds the expected content and not much else.
    private static Claim? Find(Document doc, Case test) =>
        doc.Claims.FirstOrDefault(c => c.Kind != ClaimKind.Author && c.Text.Contains(test.Content, StringComparison.Ordinal)
                                       && c.Text.Length <= test.Content.Length * 3 / 2 + 10);

    [TestCaseSource(nameof(Cases))]
    public void FullPipelineAttributes(Case test)
    {
        Assert.That(test.Text, Does.Contain(test.Content), "the expected content must be a substring of the text");
        var doc = LearnedFixtures.FullDocument(test.Text);
        var claim = Find(doc, test);
        Assert.That(claim, Is.Not.Null, () => Describe(doc));
        Assert.That(claim!.Kind, Is.EqualTo(ClaimKind.Indirect).Or.EqualTo(ClaimKind.DirectQuote));
        if (test.Speaker.Length > 0)
            Assert.That(claim.Speaker, Does.Contain(test.Speaker), () => Describe(doc));
    }

    [TestCaseSource(nameof(KnownMisses))]
    public void ShippedModelStillMissesIt(Case test)
    {
        var doc = LearnedFixtures.FullDocument(test.Text);
        var claim = Find(doc, test);
        Assert.That(claim is null || test.Speaker.Length > 0 && !(claim.Speaker ?? "").Contains(test.Speaker, StringComparison.Ordinal), Is.True,
            () => "the shipped model now attributes it; unmark the row. " + Describe(doc));
    }

    [TestCaseSource(nameof(LearnedOnlyCases))]
    public void RuleStagesAloneMissIt(Case test)
    {
        var doc = Pipeline.Run(test.Text);
        Assert.That(Find(doc, test), Is.Null, () => "the rules found it; unmark the row. " + Describe(doc));
    }
}
