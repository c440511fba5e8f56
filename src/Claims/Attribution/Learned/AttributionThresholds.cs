using System.Globalization;

namespace Claims.Attribution.Learned;

/// <summary>
/// The least ranker probabilities a candidate attribution needs to be kept, by what its cue signals: one for a verb of
/// saying or "according to" (<see cref="Speech"/>), one for every other cue or none (<see cref="Other"/>: beliefs,
/// wishes, findings, positions, colons, unknown words). The trainer chooses both on cross-fitted ranker scores.
/// </summary>
/// <param name="Speech">The threshold of candidates whose cue is a verb of saying or "according to".</param>
/// <param name="Other">The threshold of the other candidates.</param>
public sealed record AttributionThresholds(double Speech, double Other)
{
    /// <summary>One threshold for every candidate.</summary>
    public static AttributionThresholds Single(double threshold) => new(threshold, threshold);

    /// <summary>The threshold of <paramref name="candidate"/>, by its cue (read from its features).</summary>
    internal double For(AttributionCandidate candidate) => AttributionCandidates.CueSignalsSpeech(candidate.Features) ? Speech : Other;

    /// <summary>Whether both thresholds are in (0, 1].</summary>
    public bool IsValid => Speech > 0 && Speech <= 1 && Other > 0 && Other <= 1;

    /// <summary>"0.60/0.55": speech, then other.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Speech:F2}/{Other:F2}");
}
