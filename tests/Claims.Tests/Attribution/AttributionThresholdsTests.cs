using Claims.Attribution;
using Claims.Attribution.Learned;
using Claims.Training.Attribution;

namespace Claims.Tests.Attribution;

/// <summary>
/// Separate ranker thresholds for candidates whose cue is a verb of saying and for the others (beliefs, findings,
/// positions): what the model keeps under each, how they are saved, and what the trainer logs of them.
/// </summary>
[TestFixture]
public class AttributionThresholdsTests
{
    private const string Story = "Most Republicans believe the economy is getting worse, a new poll found. "
        + "The senator argued that the tariffs would hurt farmers in her state. "
        + "Officials warned that the storm could bring flooding to coastal towns.";

    private static CueClass? ClassOf(Document doc, AttributionSpan a) =>
        a.Cue is { } cue ? LearnedFixtures.Lexicon.Find(doc.GetText(cue).Split(' ')[0])?.Class : null;

    [Test]
    public void AnOtherThresholdOfOneKeepsOnlySpeechCues()
    {
        var doc = LearnedFixtures.RuleDocument(Story);
        var model = LearnedAttributionModel.Default;
        var all = model.WithThresholds(new AttributionThresholds(0.05, 0.05)).Select(doc, LearnedFixtures.Lexicon);
        Assert.That(all.Any(a => ClassOf(doc, a) == CueClass.Belief), "at 0.05 the belief is kept");
        var speechOnly = model.WithThresholds(new AttributionThresholds(0.05, 1.0)).Select(doc, LearnedFixtures.Lexicon);
        Assert.That(speechOnly, Is.Not.Empty);
        Assert.That(speechOnly.Select(a => ClassOf(doc, a)), Is.All.EqualTo(CueClass.Speech));
    }

    [Test]
    public void ASpeechThresholdOfOneKeepsFewerSpeechCues()
    {
        var doc = LearnedFixtures.RuleDocument(Story);
        var model = LearnedAttributionModel.Default;
        int Speech(AttributionThresholds t) => model.WithThresholds(t).Select(doc, LearnedFixtures.Lexicon).Count(a => ClassOf(doc, a) == CueClass.Speech);
        Assert.That(Speech(new AttributionThresholds(1.0, 0.05)), Is.LessThan(Speech(new AttributionThresholds(0.05, 0.05))));
    }

    [TestCase(0, true)]
    [TestCase(1, false)]
    [TestCase(4, false)]
    [TestCase(11, true)]
    [TestCase(12, false)]
    [TestCase(-1, false)]
    public void CueSignalsSpeechReadsTheCueClassFeature(int cueClass, bool speech)
    {
        var features = new float[AttributionCandidates.FeatureCount];
        features[1] = cueClass;
        Assert.That(AttributionCandidates.CueSignalsSpeech(features), Is.EqualTo(speech));
    }

    [Test]
    public void TwoThresholdsSurviveSaveAndLoad()
    {
        var model = LearnedAttributionModel.Default.WithThresholds(new AttributionThresholds(0.35, 0.7));
        Assert.That(RoundTrip(model).Thresholds, Is.EqualTo(new AttributionThresholds(0.35, 0.7)));
    }

    [Test]
    public void AModelWithOneThresholdLoadsItForBothKinds()
    {
        var loaded = RoundTrip(LearnedAttributionModel.Default.WithThreshold(0.4));
        Assert.That(loaded.Thresholds, Is.EqualTo(AttributionThresholds.Single(0.4)));
        Assert.That(loaded.Threshold, Is.EqualTo(0.4));
    }

    [TestCase(0.0, 0.5)]
    [TestCase(0.5, 1.5)]
    [TestCase(0.5, double.NaN)]
    public void WithThresholdsRejectsAThresholdOutsideTheUnitInterval(double speech, double other) =>
        Assert.That(() => LearnedAttributionModel.Default.WithThresholds(new AttributionThresholds(speech, other)),
            Throws.TypeOf<ArgumentOutOfRangeException>());

    [Test]
    public void TheChoiceReportsBothF1s()
    {
        var choice = new ThresholdChoice(new AttributionThresholds(0.45, 0.65), 0.8, 0.8, 0.5);
        Assert.That(choice.SpeechF1, Is.EqualTo(0.8).Within(1e-12));
        Assert.That(choice.AllF1, Is.EqualTo(2 * 0.8 * 0.5 / 1.3).Within(1e-12));
        Assert.That(choice.ToString(), Does.Contain("0.45/0.65").And.Contain("recall of all 0.500"));
    }

    [Test]
    public void TheChoiceReportsItsSourceAccuracy()
    {
        var choice = new ThresholdChoice(new AttributionThresholds(0.6, 0.6), 0.8, 0.8, 0.5, 0.9);
        Assert.That(choice.SourceAccuracy, Is.EqualTo(0.9));
        Assert.That(choice.ToString(), Does.Contain("source 0.900"));
    }

    private static LearnedAttributionModel RoundTrip(LearnedAttributionModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        return LearnedAttributionModel.Load(stream);
    }
}
