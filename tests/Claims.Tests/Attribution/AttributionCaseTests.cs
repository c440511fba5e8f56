using Claims.Attribution;

namespace Claims.Tests.Attribution;

/// <summary>Data-driven attribution cases from <c>cases/attribution.tsv</c>: adding a case is adding a line.</summary>
public class AttributionCaseTests
{
    public sealed record Case(string Text, string Content, string Source, string Cue, string Speaker, ClaimKind Kind, string Via)
    {
        public override string ToString() => Text.Length > 60 ? Text[..60] + "…" : Text;
    }

    public static IEnumerable<TestCaseData> Cases()
    {
        string path = Path.Combine(TestContext.CurrentContext.TestDirectory, "cases", "attribution.tsv");
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var c = line.Split('\t');
            Assert.That(c, Has.Length.GreaterThanOrEqualTo(6), line);
            var kind = Enum.Parse<ClaimKind>(c[5]);
            yield return new TestCaseData(new Case(c[0], c[1], c[2], c[3], c[4], kind, c.Length > 6 ? c[6] : ""))
                .SetName($"Attribution: {(c[0].Length > 50 ? c[0][..50] : c[0])}");
        }
    }

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
