using Claims.Attribution;

namespace Claims.Tests.Attribution;

/// <summary>Data-driven cases from <c>cases/claim-spans.tsv</c>: the part of a proposed content that reads as a claim.</summary>
public class ClaimSpansTests
{
    public sealed record Case(string Text, string Content, string Readable, string Why)
    {
        public override string ToString() => Why;
    }

    public static IEnumerable<TestCaseData> Cases() =>
        CaseTable.Read("claim-spans.tsv", ["text", "content", "readable", "why"])
            .Select(row => new TestCaseData(new Case(row.Text("text"), row.Text("content"), row.Text("readable"), row["why"])).SetName($"Span: {row["why"]}"));

    [TestCaseSource(nameof(Cases))]
    public void TheReadablePartIsKept(Case test)
    {
        int at = test.Text.IndexOf(test.Content, StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThanOrEqualTo(0), "the content must be a substring of the text");
        var span = ClaimSpans.Readable(test.Text, new TextSpan(at, at + test.Content.Length));
        Assert.That(test.Text[span.Start..span.End], Is.EqualTo(test.Readable));
    }
}
