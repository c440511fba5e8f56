using Claims.Attribution;
using Claims.Attribution.Learned;
using Claims.Training.Attribution;

namespace Claims.Tests.Attribution;

/// <summary>
/// Separate ranker thresholds for candidates whose cue is a verb of saying and for the others (beliefs, findings,
/// positions): what the model keeps under each, how they are saved, and how the trainer chooses them.
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

    [TestCase("Chief Justice John G. Roberts Jr. spoke of the legacy of racism.", "Roberts Jr", "spoke", "Roberts Jr.")]
    [TestCase("Rep. Tim Ryan Jr. said the plan would fail.", "Tim Ryan Jr", "said", "Tim Ryan Jr.")]
    [TestCase("The plan was praised by Smith. Jones said it would fail.", "Smith", "said", null)]
    [TestCase("The plan was praised by the Senate. Jones said it would fail.", "Senate", "said", null)]
    public void ASourceCutBeforeItsNamePeriodTakesIt(string text, string source, string cue, string? expected)
    {
        var doc = LearnedFixtures.RuleDocument(text);
        int s = text.IndexOf(source, StringComparison.Ordinal), c = text.IndexOf(cue, StringComparison.Ordinal);
        var whole = SourceRepair.WithNamePeriod(doc, new TextSpan(s, s + source.Length), new TextSpan(c, c + cue.Length));
        Assert.That(whole is { } w ? text[w.Start..w.End] : null, Is.EqualTo(expected));
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
    public void TheChoiceKeepsThePrecisionFloorBeforeItsF1()
    {
        var precise = new ThresholdChoice(new AttributionThresholds(0.6, 0.6), ThresholdChoice.MinPrecision + 0.005, 0.83, 0.52);
        var loose = new ThresholdChoice(new AttributionThresholds(0.3, 0.3), ThresholdChoice.MinPrecision - 0.03, 0.87, 0.60);
        Assert.That(loose.SpeechF1 + loose.AllF1, Is.GreaterThan(precise.SpeechF1 + precise.AllF1));
        Assert.That(precise.Better(loose), Is.True);
        Assert.That(loose.Better(precise), Is.False);
    }

    [Test]
    public void AboveTheFloorTheChoiceTakesTheHigherSumOfBothF1s()
    {
        var speechOnly = new ThresholdChoice(new AttributionThresholds(0.45, 0.7), 0.868, 0.840, 0.516);
        var balanced = new ThresholdChoice(new AttributionThresholds(0.45, 0.65), 0.862, 0.843, 0.527);
        Assert.That(speechOnly.SpeechF1, Is.GreaterThan(balanced.SpeechF1));
        Assert.That(balanced.Better(speechOnly), Is.True);
        Assert.That(speechOnly.Better(balanced), Is.False);
    }

    [Test]
    public void BelowTheFloorTheMorePreciseChoiceIsBetter()
    {
        var a = new ThresholdChoice(new AttributionThresholds(0.5, 0.5), 0.80, 0.80, 0.50);
        var b = new ThresholdChoice(new AttributionThresholds(0.3, 0.3), 0.78, 0.90, 0.60);
        Assert.That(a.Better(b), Is.True);
        Assert.That(b.Better(a), Is.False);
    }

    private static LearnedAttributionModel RoundTrip(LearnedAttributionModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        return LearnedAttributionModel.Load(stream);
    }
}
