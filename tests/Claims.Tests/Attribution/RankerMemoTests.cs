using Claims.Attribution;
using Claims.Attribution.Learned;

namespace Claims.Tests.Attribution;

/// <summary><see cref="RankerMemo"/> gives each candidate the ranker's own probability and asks it once per distinct vector.</summary>
public class RankerMemoTests
{
    private static AttributionCandidate Candidate(params float[] features) =>
        new(new AttributionSpan { Content = new TextSpan(0, 1), Kind = ClaimKind.Indirect }, false, features);

    [Test]
    public void EqualVectorsAreScoredOnceAndEveryCandidateGetsTheRankersProbability()
    {
        int calls = 0;
        double Ranker(AttributionCandidate c) { calls++; return c.Features.Sum() / 10 + (float.IsNegative(c.Features[0]) ? 0.5 : 0); }
        var candidates = new[]
        {
            Candidate(1, 2, 3), Candidate(1, 2, 3), Candidate(1, 2, 4), Candidate(0, 0, 0), Candidate(-0f, 0, 0),
            Candidate(float.NaN, 1, 1), Candidate(float.NaN, 1, 1), Candidate(1, 2, 3),
        };
        var memo = new RankerMemo(Ranker);
        var probabilities = candidates.Select(memo.Of).ToList();
        Assert.That(calls, Is.EqualTo(5), "distinct vectors: (1,2,3), (1,2,4), (0,0,0), (-0,0,0), (NaN,1,1)");
        calls = 0;
        Assert.That(probabilities, Is.EqualTo(candidates.Select(Ranker).ToList()));
    }
}
