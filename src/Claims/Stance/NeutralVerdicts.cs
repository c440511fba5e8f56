namespace Claims.Stance;

/// <summary>
/// A stance classifier that can leave a neutral verdict unexplained: for callers that report no neutral pairs
/// (<see cref="Matching.PairingOptions.IncludeNeutral"/> false), it skips the work (the model, the reasons) whose only
/// use is to describe a pair that is neutral either way. Non-neutral verdicts are exactly those of
/// <see cref="IStanceClassifier.Classify"/>.
/// </summary>
internal interface INeutralSkippingClassifier
{
    /// <summary>
    /// The verdict <see cref="IStanceClassifier.Classify"/> gives when it is not neutral; when it is neutral, a neutral
    /// verdict that may be <see cref="NeutralVerdicts.Unreported"/> (no score, no reasons).
    /// </summary>
    StanceVerdict ClassifyUnlessNeutral(Claim a, Claim b);
}

/// <summary>The verdicts of pairs that are not reported.</summary>
internal static class NeutralVerdicts
{
    /// <summary>A neutral verdict whose reasons were not worked out (the pair is not reported).</summary>
    public static StanceVerdict Unreported { get; } = new(StanceLabel.Neutral, 0, []);

    /// <summary>
    /// <paramref name="classifier"/> as seen by a caller that reports no neutral pairs: its
    /// <see cref="INeutralSkippingClassifier.ClassifyUnlessNeutral"/> when it has one, else itself.
    /// </summary>
    public static IStanceClassifier ReportedOnly(IStanceClassifier classifier) =>
        classifier is INeutralSkippingClassifier skipping ? new Skipping(skipping) : classifier;

    private sealed class Skipping(INeutralSkippingClassifier inner) : IStanceClassifier
    {
        public StanceVerdict Classify(Claim a, Claim b) => inner.ClassifyUnlessNeutral(a, b);
    }
}
