using Claims.Attribution;

namespace Claims.Tests.Attribution;

/// <summary>
/// Claimants that are no one (<see cref="AbsentClaimants"/>), from <c>cases/absent-claimants.tsv</c>: each row's
/// attribution read alone, and the no-one rows through the full default pipeline (no reported claim of the content).
/// </summary>
public class AbsentClaimantTests
{
    public sealed record Case(int Line, string Text, string Source, string Cue, string Content, bool NoOne)
    {
        public override string ToString() => $"line {Line}";
    }

    public static IEnumerable<TestCaseData> Cases() =>
        CaseTable.Read("absent-claimants.tsv", ["text", "source", "cue", "content", "expected", "why"])
            .Select(r => new TestCaseData(new Case(r.Line, r["text"], r["source"], r["cue"], r["content"], r["expected"] switch
            {
                "no-one" => true,
                "someone" => false,
                var other => throw new InvalidDataException($"line {r.Line}: expected 'no-one' or 'someone', not '{other}'"),
            })).SetName($"AbsentClaimant_{r.Line:000}_{r["expected"]}"));

    public static IEnumerable<TestCaseData> NoOneCases() =>
        Cases().Where(c => ((Case)c.Arguments[0]!).NoOne)
            .Select(c => new TestCaseData(c.Arguments[0]).SetName(c.TestName!.Replace("AbsentClaimant_", "AbsentClaimantPipeline_", StringComparison.Ordinal)));

    [TestCaseSource(nameof(Cases))]
    public void ReadsTheClaimant(Case test)
    {
        var doc = LearnedFixtures.RuleDocument(test.Text);
        int source = test.Source == "-" ? -1 : test.Text.IndexOf(test.Source, StringComparison.Ordinal);
        int cue = test.Text.IndexOf(test.Cue, Math.Max(0, source), StringComparison.Ordinal);
        int content = test.Text.IndexOf(test.Content, cue, StringComparison.Ordinal);
        Assert.That(cue >= 0 && content >= cue, Is.True, "cue and content must be in the text, in that order");
        var a = new AttributionSpan
        {
            Source = source < 0 ? null : new TextSpan(source, source + test.Source.Length),
            Cue = new TextSpan(cue, cue + test.Cue.Length),
            Content = new TextSpan(content, content + test.Content.Length),
            Kind = ClaimKind.Indirect,
        };
        Assert.That(AbsentClaimants.NoOneClaims(doc, a), Is.EqualTo(test.NoOne));
    }

    [TestCaseSource(nameof(NoOneCases))]
    public void MakesNoClaimOfWhatNoOneClaims(Case test)
    {
        var doc = LearnedFixtures.FullDocument(test.Text);
        Assert.That(doc.Claims.Where(c => c.Kind != ClaimKind.Author).Select(c => c.Text), Has.None.Contain(test.Content),
            () => "claims: " + string.Join(" | ", doc.Claims.Select(c => $"{c.Kind} [{c.Speaker}] {c.Text}")));
        Assert.That(doc.Claims.Where(c => c.Kind == ClaimKind.Author).Select(c => c.Text), Has.Some.Contain(test.Content),
            "the sentence stays the outlet's claim");
    }
}
