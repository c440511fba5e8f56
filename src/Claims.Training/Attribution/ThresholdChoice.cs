using System.Globalization;
using Claims.Attribution.Learned;

namespace Claims.Training.Attribution;

/// <summary>
/// The cross-fitted figures of one pair of thresholds: precision over every kept attribution, recall of speech
/// attributions and recall of all attributions (PolNeAR's annotations, content Jaccard 0.5), and the share of matched
/// attributions whose source overlaps an annotated source (none for none), as the trainer logs them.
/// </summary>
internal sealed record ThresholdChoice(AttributionThresholds Thresholds, double Precision, double SpeechRecall, double RecallAll,
    double SourceAccuracy = double.NaN)
{
    /// <summary>The F1 of precision and speech recall: the library's headline attribution figure.</summary>
    public double SpeechF1 => F1(Precision, SpeechRecall);

    /// <summary>The F1 of precision and the recall of all attributions.</summary>
    public double AllF1 => F1(Precision, RecallAll);

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"thresholds {Thresholds} (speech/other): precision {Precision:F3}, speech recall {SpeechRecall:F3}, F1 {SpeechF1:F3}, recall of all {RecallAll:F3}, F1 of all {AllF1:F3}, source {SourceAccuracy:F3} (cross-fitted)");
}
