using Claims.Attribution;

namespace Claims.Tests.Attribution;

/// <summary>
/// Data-driven attribution cases from <c>cases/attribution.tsv</c> (sentence-level rules) and
/// <c>cases/dialogue-attribution.tsv</c> (transcript turns and signed quotes): adding a case is adding a line; <c>\n</c>
/// in a text or content cell stands for a line break.
/// </summary>
public class AttributionCaseTests
{
    public sealed record Case(string Text, string Content, string Source, string Cue, string Speaker, ClaimKind Kind, string Via)
    {
        public override string ToString() => Text.Length > 60 ? Text[..60] + "…" : Text;
    }

    private static readonly string[] Columns = ["text", "content", "source", "cue", "speaker", "kind", "via"];

    public static IEnumerable<TestCaseData> Cases() =>
        new[] { ("attribution.tsv", "Attribution"), ("dialogue-attribution.tsv", "Dialogue") }.SelectMany(t =>
            CaseTable.Read(t.Item1, Columns, optional: 1).Select(row =>
            {
                string raw = row["text"];
                return new TestCaseData(new Case(row.Text("text"), row.Text("content"), row["source"], row["cue"], row["speaker"],
                        Enum.Parse<ClaimKind>(row["kind"]), row["via"]))
                    .SetName($"{t.Item2}: {(raw.Length > 50 ? raw[..50] : raw)}");
            }));

    [TestCaseSource(nameof(Cases))]
    public void FindsTheAttribution(Case test)
    {
        var doc = Pipeline.Run(test.Text);
        int at = test.Text.IndexOf(test.Content, StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThanOrEqualTo(0), "the expected content must be a substring of the text");
        var expected = new TextSpan(at, at + test.Content.Length);
        // The claim must cover most of the expected content and not much more.
        var claim = doc.Claims.FirstOrDefault(c => c.Kind == test.Kind && c.Span.OverlapLength(expected) * 10 >= expected.Length * 8
                                                  && c.Span.Length * 10 <= expected.Length * 13);
        Assert.That(claim, Is.Not.Null, () => "claims: " + string.Join(" | ", doc.Claims.Select(c => $"{c.Kind} [{c.Speaker}] {c.Text}")));
        Assert.That(claim!.Text, Is.EqualTo(test.Text.Substring(claim.Span.Start, claim.Span.Length)));
        Assert.That(claim.SpeakerSpan is { } s ? test.Text.Substring(s.Start, s.Length) : "", Is.EqualTo(test.Source));
        Assert.That(claim.Cue ?? "", Is.EqualTo(test.Cue));
        if (test.Speaker.Length > 0)
            Assert.That(claim.Speaker, Does.Contain(test.Speaker));
        Assert.That(claim.Via ?? "", Is.EqualTo(test.Via));
    }
}
