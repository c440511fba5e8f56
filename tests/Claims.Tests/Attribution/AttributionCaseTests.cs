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

    public static IEnumerable<TestCaseData> Cases()
    {
        foreach (var (file, label) in new[] { ("attribution.tsv", "Attribution"), ("dialogue-attribution.tsv", "Dialogue") })
        {
            string path = Path.Combine(TestContext.CurrentContext.TestDirectory, "cases", file);
            foreach (var line in File.ReadLines(path))
            {
                if (line.Length == 0 || line[0] == '#') continue;
                var c = line.Split('\t');
                Assert.That(c, Has.Length.GreaterThanOrEqualTo(6), line);
                var kind = Enum.Parse<ClaimKind>(c[5]);
                string text = Unescape(c[0]);
                yield return new TestCaseData(new Case(text, Unescape(c[1]), c[2], c[3], c[4], kind, c.Length > 6 ? c[6] : ""))
                    .SetName($"{label}: {(c[0].Length > 50 ? c[0][..50] : c[0])}");
            }
        }
    }

    private static string Unescape(string cell) => cell.Replace("\\n", "\n", StringComparison.Ordinal);

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
