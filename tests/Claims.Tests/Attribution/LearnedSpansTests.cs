using Claims.Attribution.Learned;

namespace Claims.Tests.Attribution;

/// <summary>Reading contents off hand-made tag sequences over a real document's tokens.</summary>
public class LearnedSpansTests
{
    private const int O = AttributionTags.Outside, B = AttributionTags.ContentBegin, I = AttributionTags.ContentInside,
        C = AttributionTags.Cue, S = AttributionTags.Source;

    // Four sentences of plain words (no cue words, so the rules tag nothing): sentence 0 has 12 words and a period.
    private const string Plain = "Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu. Nu xi omicron pi. Rho sigma tau upsilon. Phi chi psi omega.";

    private static TaggerFeatures PlainFeatures()
    {
        var features = LearnedFixtures.Features(LearnedFixtures.RuleDocument(Plain));
        Assert.That(features.RuleTags, Is.All.EqualTo(O), "the fixture must have no rule attributions");
        Assert.That(features.SentenceOf.Distinct().Count(), Is.EqualTo(4));
        Assert.That(features.SentenceOf.Count(s => s == 0), Is.EqualTo(13));
        return features;
    }

    private static int[] Tags(TaggerFeatures features, params (int Index, int Tag)[] set)
    {
        var tags = new int[features.Words.Count];
        foreach (var (i, t) in set) tags[i] = t;
        return tags;
    }

    private static float[] Margins(TaggerFeatures features) => [.. Enumerable.Range(0, features.Words.Count).Select(i => (float)(i + 1))];

    private static int FirstOf(TaggerFeatures features, int sentence) => Array.IndexOf(features.SentenceOf, sentence);

    private static List<(int First, int Last)> Runs(TaggerFeatures features, int[] tags) =>
        [.. LearnedSpans.Contents(features, tags, Margins(features)).Select(c => (c.First, c.Last))];

    [Test]
    public void BeginAndInsideRunIsOneContent()
    {
        var f = PlainFeatures();
        var tags = Tags(f, (1, B), (2, I), (3, I), (6, C));
        var contents = LearnedSpans.Contents(f, tags, Margins(f));
        Assert.That(contents, Has.Count.EqualTo(1));
        var c = contents[0];
        Assert.That((c.First, c.Last), Is.EqualTo((1, 3)));
        Assert.That(Plain[c.Span.Start..c.Span.End], Is.EqualTo("beta gamma delta"));
        // Margins are 1-based token positions: tokens 1..3 have 2, 3, 4.
        Assert.That(c.Confidence, Is.EqualTo(3.0).Within(1e-9));
    }

    [Test]
    public void BeginTagStartsANewContent()
    {
        var f = PlainFeatures();
        Assert.That(Runs(f, Tags(f, (0, B), (1, I), (2, B), (3, I), (6, C))), Is.EqualTo(new[] { (0, 1), (2, 3) }));
    }

    [Test]
    public void InsideTagAloneStartsAContent()
    {
        var f = PlainFeatures();
        Assert.That(Runs(f, Tags(f, (2, I), (3, I), (6, C))), Is.EqualTo(new[] { (2, 3) }));
    }

    [Test]
    public void ContentContinuesAcrossACueOrSourceRunFollowedByInside()
    {
        var f = PlainFeatures();
        // "beta gamma, X said, delta epsilon": one content around the cue and source; the cue at 9 anchors it.
        Assert.That(Runs(f, Tags(f, (1, B), (2, I), (3, S), (4, C), (5, I), (6, I), (9, C))), Is.EqualTo(new[] { (1, 6) }));
    }

    [Test]
    public void ContentEndsAtACueRunNotFollowedByInside()
    {
        var f = PlainFeatures();
        Assert.That(Runs(f, Tags(f, (1, B), (2, I), (3, C), (4, C))), Is.EqualTo(new[] { (1, 2) }));
        Assert.That(Runs(f, Tags(f, (1, B), (2, I), (3, C), (4, O), (5, I))), Is.EqualTo(new[] { (1, 2), (5, 5) }),
            "a cue run then an outside token is no bridge");
    }

    [TestCase(1, true)]
    [TestCase(2, true)]
    [TestCase(3, false)]
    public void OutsideGapIsBridgedUpToTwoTokens(int gap, bool bridged)
    {
        var f = PlainFeatures();
        int after = 2 + gap + 1;
        var tags = Tags(f, (1, B), (2, I), (after, I), (after + 1, I), (11, C));
        var expected = bridged ? new[] { (1, after + 1) } : new[] { (1, 2), (after, after + 1) };
        Assert.That(Runs(f, tags), Is.EqualTo(expected));
    }

    [Test]
    public void GapBeforeABeginTagIsNotBridged()
    {
        var f = PlainFeatures();
        Assert.That(Runs(f, Tags(f, (1, B), (2, I), (3, O), (4, B), (5, I), (9, C))), Is.EqualTo(new[] { (1, 2), (4, 5) }));
    }

    [Test]
    public void ContentWithoutANearbyCueIsDropped()
    {
        var f = PlainFeatures();
        int s1 = FirstOf(f, 1), s2 = FirstOf(f, 2), s3 = FirstOf(f, 3);
        // A cue in the next sentence keeps the content; one two sentences away does not.
        Assert.That(Runs(f, Tags(f, (1, B), (2, I), (s1 + 1, C))), Is.EqualTo(new[] { (1, 2) }));
        Assert.That(Runs(f, Tags(f, (1, B), (2, I), (s2 + 1, C))), Is.Empty);
        Assert.That(Runs(f, Tags(f, (1, B), (2, I))), Is.Empty);
        // The previous sentence counts as well.
        Assert.That(Runs(f, Tags(f, (s2 + 1, C), (s3, B), (s3 + 1, I))), Is.EqualTo(new[] { (s3, s3 + 1) }));
        Assert.That(Runs(f, Tags(f, (s1 + 1, C), (s3, B), (s3 + 1, I))), Is.Empty);
    }

    [Test]
    public void CueInsideTheContentDoesNotCount()
    {
        var f = PlainFeatures();
        // The cue run is inside the content (bridged): no cue outside it, so it is not an attribution.
        Assert.That(Runs(f, Tags(f, (1, B), (2, C), (3, I))), Is.Empty);
    }

    [Test]
    public void RulesCueKeepsAContentInANeighbouringSentence()
    {
        const string text = "Alpha beta gamma. Delta epsilon zeta. Eta theta iota. Police said the suspect fled.";
        var f = LearnedFixtures.Features(LearnedFixtures.RuleDocument(text));
        int said = f.Words.ToList().FindIndex(w => text[w.Start..w.End] == "said");
        Assert.That(f.RuleTags[said], Is.EqualTo(C), "the rules must tag 'said' as a cue");
        Assert.That(f.RuleTags.Count(t => t == C), Is.EqualTo(1));
        int s0 = FirstOf(f, 0), s2 = FirstOf(f, 2);
        Assert.That(Runs(f, Tags(f, (s2, B), (s2 + 1, I))), Is.EqualTo(new[] { (s2, s2 + 1) }));
        Assert.That(Runs(f, Tags(f, (s0, B), (s0 + 1, I))), Is.Empty);
    }

    [Test]
    public void CueAndSourceAreTheNearestRuns()
    {
        var f = PlainFeatures();
        var tags = Tags(f, (0, S), (1, C), (3, B), (4, I), (5, I), (8, C), (9, S), (10, S));
        var content = LearnedSpans.Contents(f, tags, Margins(f)).Single();
        var (cue, source) = LearnedSpans.CueAndSource(f, tags, content);
        Assert.That(cue is { } c ? Plain[c.Start..c.End] : null, Is.EqualTo("beta"), "the cue two tokens before beats the one three after");
        Assert.That(source is { } s ? Plain[s.Start..s.End] : null, Is.EqualTo("Alpha"), "the source is read next to the cue");
    }
}
