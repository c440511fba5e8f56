using Claims.Attribution;
using Claims.Attribution.Learned;

namespace Claims.Tests.Attribution;

/// <summary>
/// The learned attribution stage's look-ups that replaced all-against-all comparisons give the same answers as the
/// comparisons, and every loop of the stage observes the cancellation token.
/// </summary>
public class LearnedStageScalingTests
{
    private static List<TextSpan> RandomSpans(Random random, int count, int textLength, int maxLength)
    {
        var spans = new List<TextSpan>(count);
        for (int i = 0; i < count; i++)
        {
            int start = random.Next(textLength);
            // Some empty spans and some long ones, as rules and tagger produce.
            int length = random.Next(10) == 0 ? 0 : random.Next(10) == 0 ? random.Next(textLength) : random.Next(1, maxLength);
            spans.Add(new TextSpan(start, Math.Min(textLength, start + length)));
        }
        return spans;
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void MaxJaccardEqualsTheMaximumOverAllSpans(int seed)
    {
        var random = new Random(seed);
        var spans = RandomSpans(random, 300, 2000, 60);
        var overlaps = new SpanOverlaps(spans);
        foreach (var query in RandomSpans(random, 300, 2000, 60))
        {
            double expected = spans.Aggregate(0.0, (best, s) => Math.Max(best, s.Jaccard(query)));
            Assert.That(overlaps.MaxJaccard(query), Is.EqualTo(expected), $"query {query}");
        }
        Assert.That(new SpanOverlaps([]).MaxJaccard(new TextSpan(0, 5)), Is.Zero);
    }

    [TestCase(7)]
    [TestCase(8)]
    public void AnyOverlapsAgreesWithOverlapsOverAllSpans(int seed)
    {
        var random = new Random(seed);
        // Empty spans and one-character queries too: the cue test asks about single tokens.
        var spans = RandomSpans(random, 200, 2000, 12).Append(new TextSpan(700, 700)).ToList();
        var overlaps = new SpanOverlaps(spans);
        var queries = RandomSpans(random, 400, 2000, 3).Append(new TextSpan(699, 701)).Append(new TextSpan(700, 700));
        foreach (var query in queries)
            Assert.That(overlaps.AnyOverlaps(query), Is.EqualTo(spans.Any(s => s.Overlaps(query))), $"query {query}");
        Assert.That(new SpanOverlaps([]).AnyOverlaps(new TextSpan(0, 5)), Is.False);
    }

    [TestCase(4)]
    [TestCase(5)]
    [TestCase(6)]
    public void NearDuplicatesFindTheEarliestLikeALinearSearch(int seed)
    {
        var random = new Random(seed);
        var added = new List<TextSpan>();
        var duplicates = new NearDuplicates();
        int found = 0;
        foreach (var span in RandomSpans(random, 600, 1500, 40))
        {
            int expected = added.FindIndex(k => k.Jaccard(span) >= NearDuplicates.Threshold);
            Assert.That(duplicates.FindFirst(span), Is.EqualTo(expected), $"span {span}");
            if (expected >= 0) found++;
            else
            {
                added.Add(span);
                duplicates.Add(span);
            }
        }
        Assert.That(found, Is.GreaterThan(0), "the data should contain near-duplicates");
    }

    [Test]
    public void EveryPartOfTheLearnedStageObservesTheToken()
    {
        string text = string.Concat(Enumerable.Repeat("Smith said the talks will resume. “We are close,” Jones told reporters. ", 20));
        var document = LearnedFixtures.RuleDocument(text);
        var model = LearnedAttributionModel.Default;
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var token = cancelled.Token;
        Assert.That(() => TaggerFeatures.Of(document, LearnedFixtures.Lexicon, true, token), Throws.InstanceOf<OperationCanceledException>());
        using var features = LearnedFixtures.Features(document);
        Assert.That(() => model.Tagger.Decode(features, out _, token), Throws.InstanceOf<OperationCanceledException>());
        var (tags, margins) = model.Tagger.Decode(features, out var cueMargins);
        Assert.That(() => AttributionCandidates.Build(document, features, tags, margins, cueMargins, LearnedFixtures.Lexicon, model.Rates, token),
            Throws.InstanceOf<OperationCanceledException>());
        Assert.That(() => model.Select(document, LearnedFixtures.Lexicon, token), Throws.InstanceOf<OperationCanceledException>());
        // Uncancelled, the same calls succeed.
        Assert.That(model.Select(document, LearnedFixtures.Lexicon, CancellationToken.None), Is.Not.Empty);
    }
}
