using Claims.Segmentation;

namespace Claims.Tests.Segmentation;

public class ReaderCallsTests
{
    private static IEnumerable<TestCaseData> Cases() =>
        CaseTable.Read("reader-calls.tsv", ["sentence", "expected", "why"])
            .Select(row => new TestCaseData(row["sentence"], row["expected"]).SetName($"reader-calls.tsv:{row.Line} {row["why"]}"));

    // The sentence stage drops a call to the reader from the sentences (so no claim is read in it) and makes it furniture.
    [TestCaseSource(nameof(Cases))]
    public void SentencesReadAsTheirTableSays(string sentence, string expected)
    {
        var document = new Document(Article.FromString("Police closed the street on Monday.\n\n" + sentence + "\n", "x"));
        new PageLayoutAnalyzer().Process(document, CancellationToken.None);
        new SentenceSegmenter().Process(document, CancellationToken.None);
        bool call = document.Furniture.Any(f => f.Kind == FurnitureKind.Navigation && document.GetText(f.Span).StartsWith(sentence[..5], StringComparison.Ordinal));
        bool kept = document.Sentences.Any(s => document.GetText(s.Span).StartsWith(sentence[..5], StringComparison.Ordinal));
        Assert.That(call ? "call" : "text", Is.EqualTo(expected), sentence);
        Assert.That(kept, Is.EqualTo(!call), "a call is furniture, not a sentence");
        Assert.That(document.Sentences.Select(s => document.GetText(s.Span)), Does.Contain("Police closed the street on Monday."));
    }

    [Test]
    public void OnlyTildePhrasesOpenCalls()
    {
        var calls = new ReaderCalls(["follow~", "subscribe", "read more on *", " Sign Up ~ "]);
        Assert.That(calls.Openings, Is.EqualTo(new[] { "follow", "sign up" }));
        Assert.That(calls.Opening("Subscribe here."), Is.Null);
        Assert.That(calls.Opening("Sign up: it is free."), Is.EqualTo("sign up"));
    }

    [Test]
    public void TheLayoutStageIgnoresTildePhrases()
    {
        Assert.That(new PageLayoutAnalyzer(["follow the leader~"]).ClassifyFurniture("follow the leader~", isFirst: false), Is.Null);
        Assert.That(new PageLayoutAnalyzer().ClassifyFurniture("Follow Pam Key on Twitter @pamkeyNEN.", isFirst: false), Is.Null);
    }
}
