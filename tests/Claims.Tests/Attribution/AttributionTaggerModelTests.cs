using System.IO.Compression;
using Claims.Attribution.Learned;

namespace Claims.Tests.Attribution;

/// <summary>The averaged perceptron tagger: deterministic training, a faithful save format, and refusal of bad streams.</summary>
public class AttributionTaggerModelTests
{
    // Tiny hand-annotated documents: (text, content, cue, source).
    private static readonly (string Text, string Content, string Cue, string Source)[] Annotated =
    [
        ("Police said the suspect fled on foot.", "the suspect fled on foot", "said", "Police"),
        ("The mayor said taxes will rise next year.", "taxes will rise next year", "said", "The mayor"),
        ("Taxes will rise next year, the mayor said.", "Taxes will rise next year", "said", "the mayor"),
        ("Most voters believe the economy is getting worse.", "the economy is getting worse", "believe", "Most voters"),
        ("The bridge was closed for repairs on Monday.", "", "", ""),
    ];

    internal static List<(TaggerFeatures Features, int[] Gold)> TrainingSet()
    {
        var set = new List<(TaggerFeatures, int[])>();
        foreach (var (text, content, cue, source) in Annotated)
        {
            var features = LearnedFixtures.Features(LearnedFixtures.RuleDocument(text));
            var gold = content.Length == 0
                ? new List<(TextSpan, IReadOnlyList<TextSpan>, IReadOnlyList<TextSpan>)>()
                : [(LearnedFixtures.Span(text, content), [LearnedFixtures.Span(text, cue)], [LearnedFixtures.Span(text, source)])];
            set.Add((features, features.GoldTags(gold)));
        }
        return set;
    }

    private static AttributionTaggerModel Train(int seed = 7) =>
        Claims.Training.Attribution.AttributionTaggerTrainer.Train(TrainingSet(), epochs: 10, seed: seed, bits: 16, useRuleTags: true);

    private static byte[] Bytes(AttributionTaggerModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    [Test]
    public void GoldTagsMarkContentCueAndSource()
    {
        const string text = "Police said the suspect fled on foot.";
        var features = LearnedFixtures.Features(LearnedFixtures.RuleDocument(text));
        var tags = features.GoldTags([(LearnedFixtures.Span(text, "the suspect fled on foot"), [LearnedFixtures.Span(text, "said")], [LearnedFixtures.Span(text, "Police")])]);
        var byWord = features.Words.Select((w, i) => (Word: text[w.Start..w.End], Tag: tags[i])).ToList();
        Assert.That(byWord, Is.EqualTo(new[]
        {
            ("Police", AttributionTags.Source), ("said", AttributionTags.Cue), ("the", AttributionTags.ContentBegin),
            ("suspect", AttributionTags.ContentInside), ("fled", AttributionTags.ContentInside), ("on", AttributionTags.ContentInside),
            ("foot", AttributionTags.ContentInside), (".", AttributionTags.Outside),
        }));
    }

    [Test]
    public void TrainingWithTheSameSeedSavesIdenticalBytes()
    {
        var first = Bytes(Train());
        var second = Bytes(Train());
        Assert.That(first, Is.Not.Empty);
        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void TrainedModelFitsItsTinyTrainingSet()
    {
        // Five short documents are easy to fit: a model that does not reproduce their gold tags is not learning.
        var model = Train();
        foreach (var (features, gold) in TrainingSet())
            Assert.That(model.Decode(features).Tags, Is.EqualTo(gold));
        Assert.That(model.Description, Does.Contain("seed 7").And.Contain("5 documents"));
    }

    [Test]
    public void SaveLoadRoundTripDecodesIdentically()
    {
        var model = Train();
        var bytes = Bytes(model);
        var loaded = AttributionTaggerModel.Load(new MemoryStream(bytes));
        Assert.That(loaded.UseRuleTags, Is.EqualTo(model.UseRuleTags));
        Assert.That(loaded.Description, Is.EqualTo(model.Description));
        foreach (var text in new[] { "The minister said the border was secure.", "Officials warned that the storm could bring flooding." })
        {
            var features = LearnedFixtures.Features(LearnedFixtures.RuleDocument(text));
            var (tags, margins) = model.Decode(features);
            var (loadedTags, loadedMargins) = loaded.Decode(features);
            Assert.That(loadedTags, Is.EqualTo(tags));
            Assert.That(loadedMargins, Is.EqualTo(margins));
        }
        Assert.That(Bytes(loaded), Is.EqualTo(bytes), "a loaded model saves the same bytes");
    }

    [Test]
    public void LoadRefusesGarbage()
    {
        var garbage = new byte[512];
        new Random(3).NextBytes(garbage);
        Assert.Throws<InvalidDataException>(() => AttributionTaggerModel.Load(new MemoryStream(garbage)));
    }

    [Test]
    public void LoadRefusesGarbageWithABadLengthPrefix()
    {
        // Random(1034)'s bytes inflate to a string length prefix of more than five bytes; 3 of 2000 random inputs do.
        var rng = new Random(1034);
        var garbage = new byte[rng.Next(1, 400)];
        rng.NextBytes(garbage);
        Assert.Throws<InvalidDataException>(() => AttributionTaggerModel.Load(new MemoryStream(garbage)));
    }

    [Test]
    public void LoadRefusesAnotherFormat()
    {
        // Valid deflate, wrong header: the magic string check, not the decompressor, must refuse it.
        var e = Assert.Throws<InvalidDataException>(() => AttributionTaggerModel.Load(new MemoryStream(Deflated(w => { w.Write("some-other-model/1"); w.Write(12); }))));
        Assert.That(e!.Message, Does.Contain("not a Claims attribution tagger"));
    }

    [Test]
    public void LoadRefusesOutOfRangeBits()
    {
        var e = Assert.Throws<InvalidDataException>(() => AttributionTaggerModel.Load(new MemoryStream(Deflated(w => { w.Write("claims-attribution-tagger/1"); w.Write(31); }))));
        Assert.That(e!.Message, Does.Contain("31 feature bits"));
    }

    [Test]
    public void LoadRefusesAnOutOfRangeRow()
    {
        var bytes = Deflated(w => { w.Write("claims-attribution-tagger/1"); w.Write(10); w.Write(true); w.Write("d"); w.Write(1 << 10); });
        var e = Assert.Throws<InvalidDataException>(() => AttributionTaggerModel.Load(new MemoryStream(bytes)));
        Assert.That(e!.Message, Does.Contain("out of range"));
    }

    [Test]
    public void LoadRefusesATruncatedModel()
    {
        var bytes = Bytes(Train());
        foreach (int keep in new[] { bytes.Length / 2, bytes.Length - 8 })
            Assert.Throws<InvalidDataException>(() => AttributionTaggerModel.Load(new MemoryStream(bytes[..keep])), $"kept {keep} of {bytes.Length} bytes");
    }

    [Test]
    public void LoadRefusesAModelWithoutItsEndMark()
    {
        // Cut inside the weights, after a clean deflate end: only the reader's end-of-stream check can notice.
        var bytes = Deflated(w => { w.Write("claims-attribution-tagger/1"); w.Write(10); w.Write(true); w.Write("d"); w.Write(3); w.Write((Half)1); });
        var e = Assert.Throws<InvalidDataException>(() => AttributionTaggerModel.Load(new MemoryStream(bytes)));
        Assert.That(e!.Message, Does.Contain("truncated"));
    }

    private static byte[] Deflated(Action<BinaryWriter> write)
    {
        using var stream = new MemoryStream();
        using (var deflate = new DeflateStream(stream, CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new BinaryWriter(deflate))
            write(writer);
        return stream.ToArray();
    }
}
