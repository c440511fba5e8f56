using Claims.Stance;

namespace Claims.Tests;

/// <summary>
/// The expected-relation column of the stance case tables: agrees, contradicts, neutral, or not-contradicts /
/// not-agrees for guard cases where only one outcome is wrong. One reading shared by the lexical and semantic tables.
/// </summary>
internal static class ExpectedRelation
{
    /// <summary>Asserts that <paramref name="verdict"/> meets <paramref name="expected"/>; <paramref name="detail"/> is the failure message.</summary>
    public static void Check(string expected, StanceVerdict verdict, string detail)
    {
        switch (expected)
        {
            case "agrees": Assert.That(verdict.Label, Is.EqualTo(StanceLabel.Agrees), detail); break;
            case "contradicts": Assert.That(verdict.Label, Is.EqualTo(StanceLabel.Contradicts), detail); break;
            case "neutral": Assert.That(verdict.Label, Is.EqualTo(StanceLabel.Neutral), detail); break;
            case "not-contradicts": Assert.That(verdict.Label, Is.Not.EqualTo(StanceLabel.Contradicts), detail); break;
            case "not-agrees": Assert.That(verdict.Label, Is.Not.EqualTo(StanceLabel.Agrees), detail); break;
            default: Assert.Fail($"unknown expected relation '{expected}'"); break;
        }
    }
}
