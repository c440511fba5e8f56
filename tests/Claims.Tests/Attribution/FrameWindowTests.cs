using Claims.Attribution;

namespace Claims.Tests.Attribution;

/// <summary>
/// <see cref="FrameWindow"/> returns, sentence by sentence, the drafts a test of every draft against the sentence
/// returns (the scan it replaced in <see cref="ClaimBuilder"/>), in the same order, while the drafts it returns are
/// extended within their sentence as <see cref="LeftoverPlacement"/> extends them; and out of text order too.
/// </summary>
public class FrameWindowTests
{
    private static List<AttributedDraft> RandomDrafts(Random random) =>
        Enumerable.Range(0, random.Next(1, 60)).Select(_ =>
        {
            int start = random.Next(0, 1000);
            var content = new TextSpan(start, start + random.Next(1, 80));
            int at = random.Next(0, 1000);
            var parts = random.Next(3) == 0 ? new List<TextSpan>() : [new TextSpan(at, at + random.Next(1, 10))];
            return new AttributedDraft(new AttributionSpan { Content = content, Kind = ClaimKind.Indirect }, content, parts);
        }).ToList();

    // Sentences in text order, some adjacent, some with gaps.
    private static List<TextSpan> Sentences(Random random)
    {
        var sentences = new List<TextSpan>();
        for (int start = 0; start < 1100;)
        {
            int end = start + random.Next(1, 60);
            sentences.Add(new TextSpan(start, end));
            start = end + random.Next(0, 3);
        }
        return sentences;
    }

    [Test]
    public void ReturnsTheDraftsAScanOfAllReturnsWhileTheyAreExtended([Values(1, 2, 3, 4, 5, 6)] int seed)
    {
        var random = new Random(seed);
        var drafts = RandomDrafts(random);
        var window = new FrameWindow(drafts);
        foreach (var sentence in Sentences(random))
        {
            var expected = drafts.Where(d => d.Frame.Start <= sentence.End && d.Frame.End >= sentence.Start).ToList();
            var near = window.Touching(sentence);
            Assert.That(near, Is.EqualTo(expected), $"sentence {sentence}");
            // Extend some of them with a piece of the sentence, as the placement of leftovers does.
            foreach (var d in near)
                if (random.Next(3) == 0)
                {
                    int from = random.Next(sentence.Start, sentence.End);
                    d.Extend(new TextSpan(from, random.Next(from, sentence.End + 1)));
                }
        }
    }

    [Test]
    public void SentencesOutOfTextOrderGetTheScanOfAll([Values(1, 2, 3)] int seed)
    {
        var random = new Random(seed);
        var drafts = RandomDrafts(random);
        var window = new FrameWindow(drafts);
        var sentences = Sentences(random).OrderBy(_ => random.Next()).ToList();
        foreach (var sentence in sentences)
            Assert.That(window.Touching(sentence),
                Is.EqualTo(drafts.Where(d => d.Frame.Start <= sentence.End && d.Frame.End >= sentence.Start).ToList()), $"sentence {sentence}");
    }
}
