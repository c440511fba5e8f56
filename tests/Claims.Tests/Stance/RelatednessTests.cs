using Claims.Matching;
using Claims.Stance;

namespace Claims.Tests.Stance;

/// <summary>One threshold object: pairing, the rules' same-subject guard and the classifier read it.</summary>
public class RelatednessTests
{
    private const string A = "Officials said the summit with Putin was cancelled.";
    private const string B = "The summit with Putin and Trump at the lake was not cancelled.";

    [Test]
    public void PairingReadsTheCandidateThresholds()
    {
        Assert.That(ClaimIndexOptions.ForArticles.Threshold, Is.EqualTo(Relatedness.Default.ArticleCandidateSimilarity));
        Assert.That(ClaimIndexOptions.Default.Threshold, Is.EqualTo(Relatedness.Default.ScaleCandidateSimilarity));
        var stricter = Relatedness.Default with { ArticleCandidateSimilarity = 0.5 };
        Assert.That(ClaimIndexOptions.ForArticlesWith(stricter).Threshold, Is.EqualTo(0.5));
    }

    [Test]
    public void TheSameSubjectGuardReadsTheClassifiersShare()
    {
        var loose = new StanceClassifier(StanceModel.Default, [new NegationRule()]);
        var verdict = loose.Classify(A, B);
        Assert.That(verdict.DecidedBy<NegationRule>(), Is.True, string.Join("; ", verdict.Reasons));

        // Two of the three content words of A are shared: a share of 0.9 is more than these claims give.
        var strict = new StanceClassifier(StanceModel.Default, [new NegationRule()]) { Relatedness = Relatedness.Default with { SameSubjectShare = 0.9 } };
        var silenced = strict.Classify(A, B);
        Assert.That(silenced.DecidedBy<NegationRule>(), Is.False);
        Assert.That(silenced.Reasons, Has.None.StartsWith("negation"));
    }
}
