using Claims.Attribution;
using Claims.Attribution.Learned;
using Claims.Semantic.Attribution;
using Claims.Training.Attribution;

namespace Claims.Semantic.Tests;

/// <summary>
/// The parts through which the accurate mode's tagger reads token states: the standardization, the learned probe to
/// the tags, the k-means clusters, and how their features reach the tagger.
/// </summary>
public class TokenStateTaggerFeatureTests
{
    private const string Text = "The meeting ended late. Kirill Dmitriev said the summit had not been cancelled. Analysts believe the talks will resume in May.";

    private static Document Tokenized() => new ClaimAnalyzerBuilder().UseDefaults().Build().Process(Article.FromString(Text, "t"));

    // One piece per token, whose state is (token index, -token index, 1, 0): a known, easily separated pattern.
    private static ProjectedTokenStates Synthetic(Document doc, Func<int, float[]> state)
    {
        var spans = doc.Tokens.Select(t => new TextSpan(t.Start, t.End)).ToArray();
        var values = Enumerable.Range(0, spans.Length).SelectMany(state).ToArray();
        return new ProjectedTokenStates(spans, values, values.Length / spans.Length);
    }

    [Test]
    public void ScaleStandardizesEachDimensionAndRoundTrips()
    {
        var doc = Tokenized();
        var states = Synthetic(doc, i => [i, 2 * i + 1, 5]);
        var scale = TokenStateScaleFitter.Fit([states]);
        int n = doc.Tokens.Count;
        Assert.That(scale.Mean[0], Is.EqualTo((n - 1) / 2.0).Within(1e-4));
        Assert.That(scale.Mean[2], Is.EqualTo(5).Within(1e-6));
        Assert.That(scale.Deviation[2], Is.EqualTo(0).Within(1e-6), "a constant dimension has no deviation");
        var z = scale.TokenStates(doc, states);
        Assert.That(z.Where((_, k) => k % 3 == 0).Average(), Is.EqualTo(0).Within(1e-4));
        Assert.That(z.Where((_, k) => k % 3 == 0).Select(v => v * v).Average(), Is.EqualTo(1).Within(1e-3));
        Assert.That(z.Where((_, k) => k % 3 == 2), Is.All.EqualTo(0f), "a constant dimension reads as zero");

        using var text = new StringWriter();
        scale.Write(text);
        var read = TokenStateScale.Read(text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r').Split('\t')));
        Assert.That(read!.TokenStates(doc, states), Is.EqualTo(z));
        Assert.Throws<ArgumentException>(() => scale.TokenStates(doc, Synthetic(doc, i => [i, i])), "states of another dimension");
    }

    [Test]
    public void ProbeLearnsTagsThatTheStatesSeparate()
    {
        var doc = Tokenized();
        int n = doc.Tokens.Count;
        // The gold tag is a function of the state: cue where dimension 0 is high, source where dimension 1 is.
        int Tag(int i) => i % 3 == 0 ? AttributionTags.Cue : i % 3 == 1 ? AttributionTags.Source : AttributionTags.Outside;
        var states = Synthetic(doc, i => [Tag(i) == AttributionTags.Cue ? 3 : -1, Tag(i) == AttributionTags.Source ? 3 : -1, 0.5f * (i % 2)]);
        var scale = TokenStateScaleFitter.Fit([states]);
        var z = scale.TokenStates(doc, states);
        var gold = Enumerable.Range(0, n).Select(Tag).ToArray();
        var training = Enumerable.Repeat((z, gold), 40).ToList();
        var probe = TokenStateProbeTrainer.Train(scale, training, seed: 1);
        var again = TokenStateProbeTrainer.Train(scale, training, seed: 1);

        var features = probe.Source(z);
        var buffer = new ulong[features.MaxPerToken];
        var cue = Enumerable.Range(0, n).Where(i => gold[i] == AttributionTags.Cue).ToList();
        // Tokens of one tag get the same predicted-tag feature (the first), tokens of another a different one.
        ulong Predicted(int i) { features.Write(i, buffer); return buffer[0]; }
        Assert.That(cue.Select(Predicted).Distinct().Count(), Is.EqualTo(1));
        Assert.That(Predicted(1), Is.Not.EqualTo(Predicted(0)));
        Assert.That(features.Write(0, buffer), Is.EqualTo(TokenStateProbe.FeaturesPerToken));
        var other = again.Source(z);
        var buffer2 = new ulong[other.MaxPerToken];
        for (int i = 0; i < n; i++)
        {
            features.Write(i, buffer);
            other.Write(i, buffer2);
            Assert.That(buffer2, Is.EqualTo(buffer), "same data and seed, same probe");
        }
    }

    [Test]
    public void ClustersGroupNearStatesAndSurviveTheirTextForm()
    {
        var doc = Tokenized();
        int n = doc.Tokens.Count;
        // Two far-apart groups of states: even and odd tokens.
        var states = Synthetic(doc, i => i % 2 == 0 ? [10 + 0.01f * i, 10] : [-10, -10 - 0.01f * i]);
        var scale = TokenStateScaleFitter.Fit([states]);
        var z = scale.TokenStates(doc, states);
        var clusters = TokenStateClusterFitter.Fit([z], scale.Dimensions, seed: 1);
        var source = clusters.Source(z);
        var buffer = new ulong[source.MaxPerToken];
        var coarse = new ulong[n];
        for (int i = 0; i < n; i++) { source.Write(i, buffer); coarse[i] = buffer[0]; }
        var even = coarse.Where((_, i) => i % 2 == 0).ToHashSet();
        Assert.That(coarse.Where((_, i) => i % 2 == 1).Any(even.Contains), Is.False, "no cluster holds states of both groups");

        using var text = new StringWriter();
        clusters.Write(text);
        var read = TokenStateClusters.Read(new StringReader(text.ToString()), scale.Dimensions).Source(z);
        var buffer2 = new ulong[read.MaxPerToken];
        for (int i = 0; i < n; i++)
        {
            source.Write(i, buffer);
            read.Write(i, buffer2);
            Assert.That(buffer2, Is.EqualTo(buffer));
        }
        Assert.Throws<InvalidDataException>(() => TokenStateClusters.Read(new StringReader("cluster\t0\t0\t1"), scale.Dimensions));
    }

    [Test]
    public void TaggerFeaturesCarryTheExtraFeatures()
    {
        var doc = Tokenized();
        using var plain = TaggerFeatures.Of(doc, CueLexicon.Shipped, useRuleTags: true);
        var extra = new CombinedFeatureSource(new Fixed(0xABCDUL), new Fixed(0x1234UL));
        using var with = TaggerFeatures.Of(doc, CueLexicon.Shipped, useRuleTags: true, default, extra);
        for (int i = 0; i < doc.Tokens.Count; i++)
        {
            Assert.That(with.Emission(i).ToArray(), Is.EqualTo(plain.Emission(i).ToArray().Concat([0xABCDUL + (ulong)i, 0x1234UL + (ulong)i])));
            Assert.That(with.Context(i).ToArray(), Is.EqualTo(plain.Context(i).ToArray()));
        }
    }

    [Test]
    public void ShippedModelReadsTheStatesThroughItsProbeAndClusters()
    {
        var model = ContextualAttributionModel.Default;
        Assert.That(model.Probe.Scale.Dimensions, Is.EqualTo(model.Projection.OutputDimensions));
        Assert.That(model.Description, Does.Contain("probe").And.Contain("k-means"));
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var read = ContextualAttributionModel.Load(stream);
        Assert.That(read.Thresholds, Is.EqualTo(model.Thresholds));
        Assert.That(read.Description, Is.EqualTo(model.Description));
        Assert.That(read.TrainingStates, Is.EqualTo(model.TrainingStates));
        Assert.Throws<InvalidDataException>(() => ModelArchiveLoad(new byte[] { 80, 75, 3, 4, 1, 2, 3 }));
    }

    [Test]
    public void ShippedModelNamesTheTokenStatesItWasTrainedOn()
    {
        // The reproducibility check (.ci/models) tells a real defect from other instruction-set states by this record.
        var states = ContextualAttributionModel.Default.TrainingStates;
        Assert.That(states, Is.Not.Null);
        Assert.That(states!.Sha256, Does.Match("^[0-9a-f]{64}$"));
        Assert.That(states.Articles, Is.GreaterThan(500));
        Assert.That(states.WordPieces, Is.GreaterThan(100L * states.Articles));
        Assert.That(states.InstructionSet, Is.Not.Empty);
    }

    [TestCase("training-states\tabc\t1\t2\tx86-64 AVX2/FMA3")]
    [TestCase("training-states\t0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\tmany\t2\tx")]
    [TestCase("training-states\t0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\t1\t2")]
    public void MalformedTrainingStatesLineIsRefused(string line)
    {
        var lines = new[] { line.Split('\t') };
        Assert.Throws<InvalidDataException>(() => TokenStatesProvenance.Read(lines));
    }

    [Test]
    public void ModelWithoutTrainingStatesLineReadsAsUnknown() =>
        Assert.That(TokenStatesProvenance.Read([["format", "x"]]), Is.Null);

    [Test]
    public void FeaturesStopWhenCancelled()
    {
        var doc = Tokenized();
        var model = ContextualAttributionModel.Default;
        var states = model.Projection.Project(MiniLmEncoder.Default.EncodeTokens(doc.Text));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => model.Features(doc, states, cancelled.Token));
        Assert.That(model.Features(doc, states).MaxPerToken, Is.EqualTo(TokenStateProbe.FeaturesPerToken + TokenStateClusters.FeaturesPerToken));
    }

    private static ContextualAttributionModel ModelArchiveLoad(byte[] bytes) =>
        Claims.Learning.ModelArchive.LoadNamed(ContextualAttributionModel.ResourceName, new MemoryStream(bytes), ContextualAttributionModel.Load);

    private sealed class Fixed(ulong value) : ITokenFeatureSource
    {
        public int MaxPerToken => 1;

        public int Write(int token, Span<ulong> into)
        {
            into[0] = value + (ulong)token;
            return 1;
        }
    }
}
