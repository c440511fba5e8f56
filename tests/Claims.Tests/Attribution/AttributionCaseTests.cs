using Claims.Attribution;
using Claims.Attribution.Patterns;
using Claims.Pipeline;

namespace Claims.Tests.Attribution;

/// <summary>
/// Data-driven attribution cases from <c>cases/attribution.tsv</c> (sentence-level rules) and
/// <c>cases/dialogue-attribution.tsv</c> (transcript turns and signed quotes): adding a case is adding a line; <c>\n</c>
/// in a text or content cell stands for a line break. Each row of <c>attribution.tsv</c> names the attribution pattern
/// that must produce it (<c>a+b</c>: pattern a, run together with pattern b whose attribution it builds on); every row
/// runs with all rule stages, and again with only its own patterns in <see cref="AttributionFinder"/>.
/// </summary>
public class AttributionCaseTests
{
    public sealed record Case(string Text, string Content, string Source, string Cue, string Speaker, ClaimKind Kind, string Via, string Pattern)
    {
        public override string ToString() => Text.Length > 60 ? Text[..60] + "…" : Text;
    }

    private static readonly string[] Columns = ["text", "content", "source", "cue", "speaker", "kind", "via", "pattern"];

    public static IEnumerable<TestCaseData> Cases() =>
        new[] { ("attribution.tsv", "Attribution"), ("dialogue-attribution.tsv", "Dialogue") }.SelectMany(t =>
            CaseTable.Read(t.Item1, Columns, optional: 2).Select(row =>
            {
                string raw = row["text"];
                return new TestCaseData(new Case(row.Text("text"), row.Text("content"), row["source"], row["cue"], row["speaker"],
                        Enum.Parse<ClaimKind>(row["kind"]), row["via"], row["pattern"]))
                    .SetName($"{t.Item2}: {(raw.Length > 50 ? raw[..50] : raw)}");
            }));

    /// <summary>The rows of <c>attribution.tsv</c>: each names its pattern.</summary>
    public static IEnumerable<TestCaseData> PatternCases() =>
        Cases().Where(c => c.TestName!.StartsWith("Attribution:", StringComparison.Ordinal));

    [TestCaseSource(nameof(Cases))]
    public void FindsTheAttribution(Case test) => AssertFound(test, Pipeline.Run(test.Text));

    /// <summary>The row's own patterns alone (in their default order) find it: the row tests that pattern.</summary>
    [TestCaseSource(nameof(PatternCases))]
    public void ItsPatternAloneFindsTheAttribution(Case test)
    {
        Assert.That(test.Pattern, Is.Not.Empty, "every row of attribution.tsv names its pattern (8th column)");
        var names = test.Pattern.Split('+');
        Assert.That(names, Is.All.AnyOf(AttributionPatterns.Default.Select(p => p.Name).ToArray<object>()), "unknown pattern name");
        var patterns = AttributionPatterns.Default.Where(p => names.Contains(p.Name));
        AssertFound(test, Run(test.Text, patterns));
    }

    [Test]
    public void EveryDefaultPatternHasRowsOfItsOwn()
    {
        var named = PatternCases().Select(c => ((Case)c.Arguments[0]!).Pattern.Split('+')[0]).ToHashSet();
        foreach (var pattern in AttributionPatterns.Default)
            Assert.That(named, Does.Contain(pattern.Name), $"no row of attribution.tsv names {pattern.GetType().Name}");
    }

    /// <summary>The rule stages with <see cref="AttributionFinder"/> running only <paramref name="patterns"/>.</summary>
    internal static Document Run(string text, IEnumerable<IAttributionPattern> patterns)
    {
        var finder = new AttributionFinder(CueLexicon.Shipped, patterns);
        var doc = new Document(Article.FromString(text, "t"));
        foreach (var stage in Pipeline.Stages().Select(s => s is AttributionFinder ? finder : s))
            stage.Process(doc, CancellationToken.None);
        return doc;
    }

    private static void AssertFound(Case test, Document doc)
    {
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
