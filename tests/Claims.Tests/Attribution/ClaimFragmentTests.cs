using Claims.Attribution;

namespace Claims.Tests.Attribution;

/// <summary>
/// Data-driven cases from <c>cases/claim-fragments.tsv</c>: where a piece of a sentence left outside its attribution
/// ends up (an author claim, an attributed claim it joins, or the frame of an attribution), run through every default
/// stage as the analyzer runs them; and the fragment readings of <see cref="ClaimFragments"/>.
/// </summary>
public class ClaimFragmentTests
{
    public sealed record Case(string Text, string Piece, string Expect, string Why)
    {
        public override string ToString() => Why;
    }

    public static IEnumerable<TestCaseData> Cases() =>
        CaseTable.Read("claim-fragments.tsv", ["text", "piece", "expect", "why"])
            .Select(row => new TestCaseData(new Case(row.Text("text"), row.Text("piece"), row["expect"], row["why"])).SetName($"Fragment: {row["why"]}"));

    [TestCaseSource(nameof(Cases))]
    public void ThePieceEndsUpWhereItBelongs(Case test)
    {
        int at = test.Text.IndexOf(test.Piece, StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThanOrEqualTo(0), "the piece must be a substring of the text");
        var piece = new TextSpan(at, at + test.Piece.Length);
        var doc = Pipeline.RunDefault(Article.FromString(test.Text, "t"));
        string claims = string.Join(" | ", doc.Claims.Select(c => $"{c.Kind} [{c.Speaker}] {c.Text}"));
        if (test.Expect == "author")
            Assert.That(doc.Claims.Any(c => c.Kind == ClaimKind.Author && c.Span == piece), claims);
        else if (test.Expect.StartsWith("speaker ", StringComparison.Ordinal))
        {
            string name = test.Expect["speaker ".Length..];
            Assert.That(doc.Claims.Any(c => c.Span == piece && c.Speaker is { } s && s.Contains(name, StringComparison.Ordinal)), claims);
        }
        else
        {
            Assert.That(test.Expect, Is.EqualTo("frame"));
            Assert.That(doc.Claims.Where(c => piece.Overlaps(c.Span)), Is.Empty, claims);
            Assert.That(doc.Claims.Any(c => c.Frame is { } f && f.Contains(piece)), "no attribution frame covers the piece: " + claims);
        }
    }

    [Test]
    public void EveryClaimsTextIsItsSpanAndItsFrameContainsIt()
    {
        foreach (var row in CaseTable.Read("claim-fragments.tsv", ["text", "piece", "expect", "why"]))
        {
            string text = row.Text("text");
            var doc = Pipeline.RunDefault(Article.FromString(text, "t"));
            foreach (var c in doc.Claims)
            {
                Assert.That(c.Text, Is.EqualTo(doc.Text[c.Span.Start..c.Span.End]));
                if (c.Kind is ClaimKind.Author or ClaimKind.Headline) Assert.That(c.Frame, Is.Null);
                else Assert.That(c.Frame is { } f && f.Contains(c.Span), c.Text);
            }
        }
    }

    [TestCase("Despite the sanctions", "NoFiniteVerb")]
    [TestCase("accompanied by a dove emoji.", "NoFiniteVerb")]
    [TestCase("Dmitriev’s visit to the US comes just days after", "EndsOnFunctionWord")]
    [TestCase("While he did not specify what such a deal might involve", "SubordinateOnly")]
    [TestCase("Since taking office in January, Trump", "EndsOnName")]
    [TestCase("Although the talks stalled, both sides kept talking.", "None")]
    [TestCase("The talks, which lasted five hours, covered several frameworks.", "None")]
    [TestCase("Trump cited Russia’s refusal", "None")]
    [TestCase("he says the plan works", "None")]
    public void ReadsAPiece(string piece, string kind) =>
        Assert.That(ClaimFragments.Classify(piece, new TextSpan(0, piece.Length)), Is.EqualTo(Enum.Parse<FragmentKind>(kind)));
}
