using Claims.Training.Attribution;

namespace Claims.Tests.Learning;

/// <summary>
/// <see cref="CandidateReach"/>: which annotated attributions the out-of-fold candidates reach (the ceiling the ranker
/// selects under), read by the evaluation tool's <c>polnear-reach</c>.
/// </summary>
[TestFixture]
public class CandidateReachTests
{
    private static AnnotatedDocument Annotated(string text, params (string Content, string Cue)[] gold)
    {
        var document = Claims.Tests.Attribution.Pipeline.RunRules(Article.FromString(text, "t"));
        return new AnnotatedDocument(document, [.. gold.Select(g =>
        {
            int content = text.IndexOf(g.Content, StringComparison.Ordinal);
            int cue = text.IndexOf(g.Cue, StringComparison.Ordinal);
            Assert.That(content, Is.GreaterThanOrEqualTo(0));
            Assert.That(cue, Is.GreaterThanOrEqualTo(0));
            return new AnnotatedAttribution(new TextSpan(content, content + g.Content.Length), [new TextSpan(cue, cue + g.Cue.Length)], [], IsSpeech: true);
        })]);
    }

    [Test]
    public void ARuleAttributionReachesItsAnnotationAndASpanNoCandidateTouchesIsNotReached()
    {
        var documents = Enumerable.Range(0, 4).Select(i => Annotated(
            $"The mayor said that the bridge {i} will reopen in May. Rain fell on the town all week.",
            ($"the bridge {i} will reopen in May", "said"), ("Rain fell on the town", "fell"))).ToList();
        var reach = CandidateReach.Of(documents, new LearnedAttributionOptions { Folds = 2, Epochs = 1 });

        Assert.That(reach, Has.Count.EqualTo(8));
        var said = reach.Where(r => r.Gold == 0).ToList();
        var rain = reach.Where(r => r.Gold == 1).ToList();
        Assert.That(said.All(r => r.Reached && r.ByRules), Is.True, "the rules read \"The mayor said that ...\"");
        Assert.That(rain.All(r => !r.ByRules), Is.True, "no rule reads \"Rain fell ...\"");
        Assert.That(reach.All(r => r.Reached == (r.BestJaccard >= SpanMatching.MinJaccard)), Is.True);
        Assert.That(reach.All(r => !r.CueInCandidate || r.Gold == 1), Is.True, "\"said\" lies outside the content it cues");
        Assert.That(reach.All(r => r.Best is { } best && best.Jaccard(documents[r.Document].Gold[r.Gold].Content) == r.BestJaccard), Is.True,
            "the best candidate is given with its content");
        Assert.That(said.All(r => r.BestOrigin == CandidateOrigin.Rules), Is.True, "the rules' reading comes first among equals");
    }

    [Test]
    public void ACandidateOriginIsReadFromWhereItCameFrom()
    {
        var span = new Claims.Attribution.AttributionSpan { Content = new TextSpan(0, 4), Kind = ClaimKind.Indirect };
        var anchored = new float[Claims.Attribution.Learned.AttributionCandidates.FeatureCount];
        anchored[Claims.Attribution.Learned.AttributionCandidates.AnchoredFeature] = 1;
        Assert.Multiple(() =>
        {
            Assert.That(CandidateReach.OriginOf(null), Is.EqualTo(CandidateOrigin.None));
            Assert.That(CandidateReach.OriginOf(new(span, true, anchored)), Is.EqualTo(CandidateOrigin.Rules));
            Assert.That(CandidateReach.OriginOf(new(span, false, anchored)), Is.EqualTo(CandidateOrigin.CueAnchored));
            Assert.That(CandidateReach.OriginOf(new(span, false, new float[anchored.Length])), Is.EqualTo(CandidateOrigin.Tagger));
        });
    }
}
