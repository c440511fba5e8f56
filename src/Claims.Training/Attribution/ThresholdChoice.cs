using System.Globalization;
using Claims.Attribution.Learned;

namespace Claims.Training.Attribution;

/// <summary>
/// The cross-fitted figures of one pair of thresholds: precision over every kept attribution, recall of speech
/// attributions and recall of all attributions (PolNeAR's annotations, content Jaccard 0.5).
/// </summary>
internal sealed record ThresholdChoice(AttributionThresholds Thresholds, double Precision, double SpeechRecall, double RecallAll)
{
    /// <summary>The F1 of precision and speech recall: the library's headline attribution figure.</summary>
    public double SpeechF1 => F1(Precision, SpeechRecall);

    /// <summary>The F1 of precision and the recall of all attributions.</summary>
    public double AllF1 => F1(Precision, RecallAll);

    /// <summary>
    /// The least cross-fitted precision a choice must keep: PolNeAR's precision target (on dev, where the shipped models
    /// score about a point higher than cross-fitted on train).
    /// </summary>
    public const double MinPrecision = 0.86;

    /// <summary>
    /// Whether this choice is better than <paramref name="other"/>: of two that keep <see cref="MinPrecision"/>, the one
    /// with the higher sum of <see cref="SpeechF1"/> and <see cref="AllF1"/> (speech claims are what the library pairs,
    /// the other kinds what the annotation also counts); one that keeps it over one that does not; of two that do not,
    /// the more precise. Ties go to the first tried.
    /// </summary>
    public bool Better(ThresholdChoice other)
    {
        bool keeps = Precision >= MinPrecision, otherKeeps = other.Precision >= MinPrecision;
        if (keeps != otherKeeps) return keeps;
        return keeps ? SpeechF1 + AllF1 > other.SpeechF1 + other.AllF1 : Precision > other.Precision;
    }

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"thresholds {Thresholds} (speech/other): precision {Precision:F3}, speech recall {SpeechRecall:F3}, F1 {SpeechF1:F3}, recall of all {RecallAll:F3}, F1 of all {AllF1:F3} (cross-fitted)");
}
