using Claims.Attribution;
using Claims.Attribution.Learned;
using Claims.Semantic.Attribution;

namespace Claims.Semantic.Tests;

/// <summary>
/// The accurate ranker's token-state features of a candidate (<see cref="CandidateStateFeatures"/>): the probe's tag
/// probabilities pooled over the candidate's own spans, the content's neighbours and the cosines of the spans' states.
/// </summary>
public class CandidateStateFeatureTests
{
    private const string Text = "Kirill Dmitriev said the summit had not been cancelled. Analysts believe the talks will resume in May.";

    private static Document Tokenized() => new ClaimAnalyzerBuilder().UseDefaults().Build().Process(Article.FromString(Text, "t"));

    private static TextSpan Span(string words)
    {
        int start = Text.IndexOf(words, StringComparison.Ordinal);
        return new TextSpan(start, start + words.Length);
    }

    // Token i: state (1, 0) on "said"'s and the content's tokens alike, (0, 1) elsewhere; probabilities: the cue tag on
    // "said", content inside on the content, outside elsewhere.
    private static CandidateStateFeatures Features(Document doc, TextSpan cue, TextSpan content)
    {
        int n = doc.Tokens.Count, tags = AttributionTags.Count;
        var z = new float[n * 2];
        var p = new float[n * tags];
        for (int i = 0; i < n; i++)
        {
            var t = doc.Tokens[i];
            bool inCue = t.Start >= cue.Start && t.End <= cue.End, inContent = t.Start >= content.Start && t.End <= content.End;
            z[2 * i] = inCue || inContent ? 1 : 0;
            z[2 * i + 1] = inCue || inContent ? 0 : 1;
            p[i * tags + (inCue ? AttributionTags.Cue : inContent ? AttributionTags.ContentInside : AttributionTags.Outside)] = 1;
        }
        return new CandidateStateFeatures(doc, z, 2, p);
    }

    private static AttributionCandidate Candidate(TextSpan content, TextSpan cue, TextSpan? source) =>
        new(new AttributionSpan { Content = content, Cue = cue, Source = source, Kind = ClaimKind.Indirect }, FromRules: true,
            Features: Enumerable.Range(0, AttributionCandidates.FeatureCount).Select(i => (float)i).ToArray());

    [Test]
    public void PoolsTheProbeOverTheCandidatesSpansAfterItsOwnFeatures()
    {
        var doc = Tokenized();
        var content = Span("the summit had not been cancelled");
        var cue = Span("said");
        var candidate = Candidate(content, cue, Span("Kirill Dmitriev"));
        var x = Features(doc, cue, content).Extend(candidate).Features;
        int tags = AttributionTags.Count, k = AttributionCandidates.FeatureCount;
        Assert.That(x, Has.Length.EqualTo(k + CandidateStateFeatures.Count));
        Assert.That(x.Take(k), Is.EqualTo(candidate.Features), "the candidate's own features come first, unchanged");
        float Part(CandidateStateFeatures.Part part, int tag) => x[k + (int)part * tags + tag];
        Assert.That(Part(CandidateStateFeatures.Part.Cue, AttributionTags.Cue), Is.EqualTo(1f));
        Assert.That(Part(CandidateStateFeatures.Part.Source, AttributionTags.Outside), Is.EqualTo(1f));
        Assert.That(Part(CandidateStateFeatures.Part.Content, AttributionTags.ContentInside), Is.EqualTo(1f));
        Assert.That(Part(CandidateStateFeatures.Part.ContentLast, AttributionTags.ContentInside), Is.EqualTo(1f));
        int after = k + CandidateStateFeatures.Parts.Length * tags;
        Assert.That(x[after], Is.EqualTo(0f), "the token before the content (\"said\") is no content");
        Assert.That(x[after + 1], Is.EqualTo(0f), "nor the full stop after it");
        Assert.That(x[after + 2], Is.EqualTo(1f).Within(1e-6), "cue and content states point the same way");
        Assert.That(x[after + 3], Is.EqualTo(0f).Within(1e-6), "cue and source states are orthogonal");
    }

    [Test]
    public void ASpanWithoutTokensReadsAsAbsent()
    {
        var doc = Tokenized();
        var content = Span("the talks will resume in May");
        var cue = Span("believe");
        var x = Features(doc, cue, content).Extend(Candidate(content, cue, source: null)).Features;
        int tags = AttributionTags.Count, k = AttributionCandidates.FeatureCount;
        Assert.That(x.Skip(k + (int)CandidateStateFeatures.Part.Source * tags).Take(tags), Is.All.EqualTo(CandidateStateFeatures.Absent));
        int cosines = k + CandidateStateFeatures.Parts.Length * tags + 2;
        Assert.That(x[cosines + 1], Is.EqualTo(CandidateStateFeatures.Absent), "no source: no cue-source cosine");
        Assert.That(x[cosines + 2], Is.EqualTo(CandidateStateFeatures.Absent), "no source: no source-content cosine");
        Assert.That(x[cosines], Is.EqualTo(1f).Within(1e-6));
    }

    [Test]
    public void StatesThatDoNotCoverTheDocumentAreRefused()
    {
        var doc = Tokenized();
        Assert.Throws<ArgumentException>(() => new CandidateStateFeatures(doc, new float[2], 2, new float[doc.Tokens.Count * AttributionTags.Count]));
    }
}
