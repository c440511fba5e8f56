using System.IO.Compression;
using System.Text;
using Claims.Attribution;
using Claims.Attribution.Learned;
using Claims.Pipeline;
using Claims.Segmentation;

namespace Claims.Tests.Attribution;

/// <summary>Helpers shared by the learned attribution tests: rule-stage documents and their tagger features.</summary>
internal static class LearnedFixtures
{
    private static readonly Lazy<CueLexicon> SharedLexicon = new(() => new CueLexicon());

    public static CueLexicon Lexicon => SharedLexicon.Value;

    /// <summary>A document after the rule stages only: what the learned stage and its training read.</summary>
    public static Document RuleDocument(string text) => Pipeline.RunRules(Article.FromString(text, "t"));

    /// <summary>A document after every default stage, the learned one included.</summary>
    public static Document FullDocument(string text) => Pipeline.RunDefault(Article.FromString(text, "t"));

    public static TaggerFeatures Features(Document doc) => TaggerFeatures.Of(doc, Lexicon, useRuleTags: true);

    public static TextSpan Span(string text, string part)
    {
        int at = text.IndexOf(part, StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThanOrEqualTo(0), $"'{part}' must be in the text");
        return new TextSpan(at, at + part.Length);
    }
}

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

/// <summary>Reading contents off hand-made tag sequences over a real document's tokens.</summary>
public class LearnedSpansTests
{
    private const int O = AttributionTags.Outside, B = AttributionTags.ContentBegin, I = AttributionTags.ContentInside,
        C = AttributionTags.Cue, S = AttributionTags.Source;

    // Four sentences of plain words (no cue words, so the rules tag nothing): sentence 0 has 12 words and a period.
    private const string Plain = "Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu. Nu xi omicron pi. Rho sigma tau upsilon. Phi chi psi omega.";

    private static TaggerFeatures PlainFeatures()
    {
        var features = LearnedFixtures.Features(LearnedFixtures.RuleDocument(Plain));
        Assert.That(features.RuleTags, Is.All.EqualTo(O), "the fixture must have no rule attributions");
        Assert.That(features.SentenceOf.Distinct().Count(), Is.EqualTo(4));
        Assert.That(features.SentenceOf.Count(s => s == 0), Is.EqualTo(13));
        return features;
    }

    private static int[] Tags(TaggerFeatures features, params (int Index, int Tag)[] set)
    {
        var tags = new int[features.Words.Count];
        foreach (var (i, t) in set) tags[i] = t;
        return tags;
    }

    private static float[] Margins(TaggerFeatures features) => [.. Enumerable.Range(0, features.Words.Count).Select(i => (float)(i + 1))];

    private static int FirstOf(TaggerFeatures features, int sentence) => Array.IndexOf(features.SentenceOf, sentence);

    private static List<(int First, int Last)> Runs(TaggerFeatures features, int[] tags) =>
        [.. LearnedSpans.Contents(features, tags, Margins(features)).Select(c => (c.First, c.Last))];

    [Test]
    public void BeginAndInsideRunIsOneContent()
    {
        var f = PlainFeatures();
        var tags = Tags(f, (1, B), (2, I), (3, I), (6, C));
        var contents = LearnedSpans.Contents(f, tags, Margins(f));
        Assert.That(contents, Has.Count.EqualTo(1));
        var c = contents[0];
        Assert.That((c.First, c.Last), Is.EqualTo((1, 3)));
        Assert.That(Plain[c.Span.Start..c.Span.End], Is.EqualTo("beta gamma delta"));
        // Margins are 1-based token positions: tokens 1..3 have 2, 3, 4.
        Assert.That(c.Confidence, Is.EqualTo(3.0).Within(1e-9));
    }

    [Test]
    public void BeginTagStartsANewContent()
    {
        var f = PlainFeatures();
        Assert.That(Runs(f, Tags(f, (0, B), (1, I), (2, B), (3, I), (6, C))), Is.EqualTo(new[] { (0, 1), (2, 3) }));
    }

    [Test]
    public void InsideTagAloneStartsAContent()
    {
        var f = PlainFeatures();
        Assert.That(Runs(f, Tags(f, (2, I), (3, I), (6, C))), Is.EqualTo(new[] { (2, 3) }));
    }

    [Test]
    public void ContentContinuesAcrossACueOrSourceRunFollowedByInside()
    {
        var f = PlainFeatures();
        // "beta gamma, X said, delta epsilon": one content around the cue and source; the cue at 9 anchors it.
        Assert.That(Runs(f, Tags(f, (1, B), (2, I), (3, S), (4, C), (5, I), (6, I), (9, C))), Is.EqualTo(new[] { (1, 6) }));
    }

    [Test]
    public void ContentEndsAtACueRunNotFollowedByInside()
    {
        var f = PlainFeatures();
        Assert.That(Runs(f, Tags(f, (1, B), (2, I), (3, C), (4, C))), Is.EqualTo(new[] { (1, 2) }));
        Assert.That(Runs(f, Tags(f, (1, B), (2, I), (3, C), (4, O), (5, I))), Is.EqualTo(new[] { (1, 2), (5, 5) }),
            "a cue run then an outside token is no bridge");
    }

    [TestCase(1, true)]
    [TestCase(2, true)]
    [TestCase(3, false)]
    public void OutsideGapIsBridgedUpToTwoTokens(int gap, bool bridged)
    {
        var f = PlainFeatures();
        int after = 2 + gap + 1;
        var tags = Tags(f, (1, B), (2, I), (after, I), (after + 1, I), (11, C));
        var expected = bridged ? new[] { (1, after + 1) } : new[] { (1, 2), (after, after + 1) };
        Assert.That(Runs(f, tags), Is.EqualTo(expected));
    }

    [Test]
    public void GapBeforeABeginTagIsNotBridged()
    {
        var f = PlainFeatures();
        Assert.That(Runs(f, Tags(f, (1, B), (2, I), (3, O), (4, B), (5, I), (9, C))), Is.EqualTo(new[] { (1, 2), (4, 5) }));
    }

    [Test]
    public void ContentWithoutANearbyCueIsDropped()
    {
        var f = PlainFeatures();
        int s1 = FirstOf(f, 1), s2 = FirstOf(f, 2), s3 = FirstOf(f, 3);
        // A cue in the next sentence keeps the content; one two sentences away does not.
        Assert.That(Runs(f, Tags(f, (1, B), (2, I), (s1 + 1, C))), Is.EqualTo(new[] { (1, 2) }));
        Assert.That(Runs(f, Tags(f, (1, B), (2, I), (s2 + 1, C))), Is.Empty);
        Assert.That(Runs(f, Tags(f, (1, B), (2, I))), Is.Empty);
        // The previous sentence counts as well.
        Assert.That(Runs(f, Tags(f, (s2 + 1, C), (s3, B), (s3 + 1, I))), Is.EqualTo(new[] { (s3, s3 + 1) }));
        Assert.That(Runs(f, Tags(f, (s1 + 1, C), (s3, B), (s3 + 1, I))), Is.Empty);
    }

    [Test]
    public void CueInsideTheContentDoesNotCount()
    {
        var f = PlainFeatures();
        // The cue run is inside the content (bridged): no cue outside it, so it is not an attribution.
        Assert.That(Runs(f, Tags(f, (1, B), (2, C), (3, I))), Is.Empty);
    }

    [Test]
    public void RulesCueKeepsAContentInANeighbouringSentence()
    {
        const string text = "Alpha beta gamma. Delta epsilon zeta. Eta theta iota. Police said the suspect fled.";
        var f = LearnedFixtures.Features(LearnedFixtures.RuleDocument(text));
        int said = f.Words.ToList().FindIndex(w => text[w.Start..w.End] == "said");
        Assert.That(f.RuleTags[said], Is.EqualTo(C), "the rules must tag 'said' as a cue");
        Assert.That(f.RuleTags.Count(t => t == C), Is.EqualTo(1));
        int s0 = FirstOf(f, 0), s2 = FirstOf(f, 2);
        Assert.That(Runs(f, Tags(f, (s2, B), (s2 + 1, I))), Is.EqualTo(new[] { (s2, s2 + 1) }));
        Assert.That(Runs(f, Tags(f, (s0, B), (s0 + 1, I))), Is.Empty);
    }

    [Test]
    public void CueAndSourceAreTheNearestRuns()
    {
        var f = PlainFeatures();
        var tags = Tags(f, (0, S), (1, C), (3, B), (4, I), (5, I), (8, C), (9, S), (10, S));
        var content = LearnedSpans.Contents(f, tags, Margins(f)).Single();
        var (cue, source) = LearnedSpans.CueAndSource(f, tags, content);
        Assert.That(cue is { } c ? Plain[c.Start..c.End] : null, Is.EqualTo("beta"), "the cue two tokens before beats the one three after");
        Assert.That(source is { } s ? Plain[s.Start..s.End] : null, Is.EqualTo("Alpha"), "the source is read next to the cue");
    }
}

/// <summary>Cue word rates: counting, smoothing, lookup and the table format.</summary>
public class CueWordRatesTests
{
    private const string Text = "Said said, SAID the the dog";

    private static CueWordRates Rates()
    {
        var words = new List<Token>();
        foreach (var (part, kind) in new[] { ("Said", TokenKind.Word), ("said", TokenKind.Word), (",", TokenKind.Punctuation), ("SAID", TokenKind.Word),
                     ("the", TokenKind.Word), ("the", TokenKind.Word), ("dog", TokenKind.Word) })
        {
            int from = words.Count == 0 ? 0 : words[^1].End;
            int at = Text.IndexOf(part, from, StringComparison.Ordinal);
            words.Add(new Token(at, at + part.Length, kind));
        }
        // Cues open at the first "Said" and at "SAID": "said" is seen three times and opens two cues.
        return Claims.Training.Attribution.CueRateCounter.FromAnnotations([(Text, words, new[] { 0, Text.IndexOf("SAID", StringComparison.Ordinal) })]);
    }

    [Test]
    public void CountsAndSmoothing()
    {
        var rates = Rates();
        Assert.That(rates.Count, Is.EqualTo(2), "'said' and 'the'; 'dog' is seen once and the comma is no word");
        var (rate, logSeen) = rates.Of("said");
        Assert.That(rate, Is.EqualTo((2 + 0.1f) / (3 + 1f)).Within(1e-6));
        Assert.That(logSeen, Is.EqualTo(MathF.Log(4)).Within(1e-6));
        Assert.That(rates.Of("the"), Is.EqualTo(((0 + 0.1f) / (2 + 1f), MathF.Log(3))));
    }

    [Test]
    public void FormsSeenOnceAreUnknown()
    {
        var rates = Rates();
        Assert.That(rates.Of("dog"), Is.EqualTo((0.1f, 0f)));
        Assert.That(rates.Of("cat"), Is.EqualTo((0.1f, 0f)));
        Assert.That(rates.Of(","), Is.EqualTo((0.1f, 0f)));
    }

    [Test]
    public void CueStartInsideAWordCounts()
    {
        var words = new List<Token> { new(0, 4, TokenKind.Word), new(5, 9, TokenKind.Word) };
        var rates = Claims.Training.Attribution.CueRateCounter.FromAnnotations([("said said", words, new[] { 6 })]);
        Assert.That(rates.Of("said").Rate, Is.EqualTo(1.1f / 3f).Within(1e-6));
    }

    [TestCase("SAID")]
    [TestCase("Said")]
    [TestCase("sAiD")]
    public void LookupIgnoresCase(string form) => Assert.That(Rates().Of(form), Is.EqualTo(Rates().Of("said")));

    [Test]
    public void LongFormsAreUnknownNotAnError()
    {
        Assert.That(Rates().Of(new string('a', 200)), Is.EqualTo((0.1f, 0f)));
    }

    [Test]
    public void SaveLoadRoundTrip()
    {
        var rates = Rates();
        var writer = new StringWriter { NewLine = "\n" };
        rates.Save(writer);
        string saved = writer.ToString();
        Assert.That(saved, Does.Contain("said\t3\t2\n").And.Contain("the\t2\t0\n").And.Not.Contain("dog"));
        var loaded = CueWordRates.Load(new StringReader(saved));
        Assert.That(loaded.Count, Is.EqualTo(rates.Count));
        foreach (var form in new[] { "said", "SAID", "the", "dog" })
            Assert.That(loaded.Of(form), Is.EqualTo(rates.Of(form)), form);
        var again = new StringWriter { NewLine = "\n" };
        loaded.Save(again);
        Assert.That(again.ToString(), Is.EqualTo(saved));
    }

    [TestCase("said\t3", 3)]
    [TestCase("said\tthree\t2", 3)]
    [TestCase("said\t-3\t2", 3)]
    [TestCase("said\t3\t2\textra", 3)]
    public void MalformedLineNamesItsNumber(string bad, int line)
    {
        var e = Assert.Throws<InvalidDataException>(() => CueWordRates.Load(new StringReader("# header\nthe\t2\t0\n" + bad + "\n")));
        Assert.That(e!.Message, Does.Contain($"line {line}:"));
    }
}

/// <summary>The shipped learned attribution model: loading, and what <see cref="LearnedAttributionModel.Select"/> keeps.</summary>
public class LearnedAttributionModelTests
{
    private const string CounterText = "Dmitriev insisted that a summit had not been cancelled, contrary to earlier statements from Trump.";

    private const string Story = "Most Republicans believe the economy is getting worse, a new poll found. "
        + "The senator argued that the tariffs would hurt farmers in her state. "
        + "“We will not back down,” the governor said on Tuesday. "
        + "Critics charge that the policy discriminates against immigrants. "
        + "Officials warned that the storm could bring flooding to coastal towns, according to a statement.";

    [Test]
    public void DefaultLoads()
    {
        var model = LearnedAttributionModel.Default;
        Assert.That(model, Is.SameAs(LearnedAttributionModel.Default));
        Assert.That(model.Threshold, Is.GreaterThan(0).And.LessThan(1));
        Assert.That(model.Tagger.UseRuleTags, Is.True);
        Assert.That(model.Rates.Count, Is.GreaterThan(1000));
        Assert.That(model.Rates.Of("said").Rate, Is.GreaterThan(model.Rates.Of("the").Rate));
        Assert.That(model.Description, Does.Contain("threshold"));
        Assert.That(model.Thresholds.Other, Is.GreaterThan(0).And.LessThanOrEqualTo(1));
    }

    [Test]
    public void SelectKeepsCounterClaims()
    {
        var doc = LearnedFixtures.RuleDocument(CounterText);
        var counters = doc.Attributions.Where(a => a.Kind == ClaimKind.Counter).ToList();
        Assert.That(counters, Has.Count.EqualTo(1), "the rules must find the counter-claim");
        var selected = LearnedAttributionModel.Default.Select(doc, LearnedFixtures.Lexicon);
        Assert.That(selected.Where(a => a.Kind == ClaimKind.Counter), Is.EqualTo(counters));
    }

    [Test]
    public void SelectIsInTextOrderWithoutNearDuplicates() => AssertOrderedWithoutNearDuplicates(Story, atLeast: 4);

    [Test]
    public void SelectWithACounterClaimIsInTextOrder()
    {
        var selected = LearnedAttributionModel.Default.Select(LearnedFixtures.RuleDocument(CounterText), LearnedFixtures.Lexicon);
        Assert.That(selected, Has.Count.GreaterThanOrEqualTo(2));
        Assert.That(selected.Select(a => (a.Content.Start, a.Content.End)), Is.Ordered);
    }

    [Test]
    public void SelectWithACounterClaimHasNoNearDuplicates() => AssertOrderedWithoutNearDuplicates(CounterText, atLeast: 2);

    private static void AssertOrderedWithoutNearDuplicates(string text, int atLeast)
    {
        var doc = LearnedFixtures.RuleDocument(text);
        var selected = LearnedAttributionModel.Default.Select(doc, LearnedFixtures.Lexicon);
        Assert.That(selected, Has.Count.GreaterThanOrEqualTo(atLeast));
        Assert.That(selected.Select(a => (a.Content.Start, a.Content.End)), Is.Ordered);
        for (int i = 0; i < selected.Count; i++)
            for (int j = i + 1; j < selected.Count; j++)
                Assert.That(selected[i].Content.Jaccard(selected[j].Content), Is.LessThan(0.5),
                    $"'{doc.GetText(selected[i].Content)}' and '{doc.GetText(selected[j].Content)}'");
    }

    [Test]
    public void WithThresholdKeepsMoreAtALowerThresholdAndFewerAtAHigherOne()
    {
        var model = LearnedAttributionModel.Default;
        int Kept(double t) => model.WithThreshold(t).Select(LearnedFixtures.RuleDocument(Story), LearnedFixtures.Lexicon).Count;
        Assert.That(model.WithThreshold(0.25).Threshold, Is.EqualTo(0.25));
        Assert.That(Kept(0.05), Is.GreaterThanOrEqualTo(Kept(model.Threshold)));
        Assert.That(Kept(1.0), Is.LessThan(Kept(model.Threshold)), "no candidate reaches probability 1 but the fixed ones");
    }

    [TestCase(0.0)]
    [TestCase(-0.1)]
    [TestCase(1.5)]
    [TestCase(double.NaN)]
    public void WithThresholdRejectsAThresholdOutsideTheUnitInterval(double threshold) =>
        Assert.That(() => LearnedAttributionModel.Default.WithThreshold(threshold), Throws.TypeOf<ArgumentOutOfRangeException>());

    [Test]
    public void SelectIsDeterministic()
    {
        var first = LearnedAttributionModel.Default.Select(LearnedFixtures.RuleDocument(Story), LearnedFixtures.Lexicon);
        var second = LearnedAttributionModel.Default.Select(LearnedFixtures.RuleDocument(Story), LearnedFixtures.Lexicon);
        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void SelectIsThreadSafe()
    {
        string[] texts = [Story, CounterText, "Police said the suspect fled on foot.", "Critics charge that the policy discriminates against immigrants."];
        var expected = texts.Select(t => LearnedAttributionModel.Default.Select(LearnedFixtures.RuleDocument(t), LearnedFixtures.Lexicon)).ToList();
        var results = new IReadOnlyList<AttributionSpan>[texts.Length * 8];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 },
            i => results[i] = LearnedAttributionModel.Default.Select(LearnedFixtures.RuleDocument(texts[i % texts.Length]), LearnedFixtures.Lexicon));
        for (int i = 0; i < results.Length; i++)
            Assert.That(results[i], Is.EqualTo(expected[i % texts.Length]), texts[i % texts.Length]);
    }

    [Test]
    public void SaveLoadRoundTripSelectsTheSame()
    {
        var model = LearnedAttributionModel.Default;
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = LearnedAttributionModel.Load(stream);
        Assert.That(loaded.Thresholds, Is.EqualTo(model.Thresholds));
        Assert.That(loaded.Description, Is.EqualTo(model.Description));
        var doc = LearnedFixtures.RuleDocument(Story);
        Assert.That(loaded.Select(doc, LearnedFixtures.Lexicon), Is.EqualTo(model.Select(doc, LearnedFixtures.Lexicon)));
    }

    [TestCase("tagger.bin")]
    [TestCase("cue-rates.tsv")]
    [TestCase("ranker-mlnet.zip")]
    [TestCase("settings.txt")]
    public void LoadRefusesAZipMissingAnEntry(string missing)
    {
        var e = Assert.Throws<InvalidDataException>(() => LearnedAttributionModel.Load(ShippedWith(name => name == missing ? null : [])));
        Assert.That(e!.Message, Does.Contain(missing));
    }

    [Test]
    public void LoadRefusesSettingsWithoutAThreshold()
    {
        var e = Assert.Throws<InvalidDataException>(() => LearnedAttributionModel.Load(
            ShippedWith(name => name == "settings.txt" ? Encoding.UTF8.GetBytes("description\tno threshold here\n") : [])));
        Assert.That(e!.Message, Does.Contain("threshold"));
    }

    [Test]
    public void LoadRefusesACorruptTagger()
    {
        Assert.Throws<InvalidDataException>(() => LearnedAttributionModel.Load(
            ShippedWith(name => name == "tagger.bin" ? Encoding.UTF8.GetBytes("not a tagger") : [])));
    }

    /// <summary>
    /// The shipped model re-zipped with entries changed: <paramref name="replace"/> gives an entry's new bytes, null
    /// to leave it out, or an empty array to keep it as shipped.
    /// </summary>
    private static MemoryStream ShippedWith(Func<string, byte[]?> replace)
    {
        var assembly = typeof(LearnedAttributionModel).Assembly;
        string name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + LearnedAttributionModel.ResourceName, StringComparison.Ordinal));
        using var shipped = new ZipArchive(assembly.GetManifestResourceStream(name)!, ZipArchiveMode.Read);
        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in shipped.Entries)
            {
                var bytes = replace(entry.FullName);
                if (bytes is null) continue;
                using var target = zip.CreateEntry(entry.FullName).Open();
                if (bytes.Length > 0) target.Write(bytes);
                else
                {
                    using var source = entry.Open();
                    source.CopyTo(target);
                }
            }
        }
        output.Position = 0;
        return output;
    }
}

/// <summary>The learned stage as a pipeline stage.</summary>
public class LearnedAttributionFinderTests
{
    [Test]
    public void EmptyDocumentIsLeftAlone()
    {
        var doc = new Document(Article.FromString("", "empty"));
        IReadOnlyList<AttributionSpan> before = [new AttributionSpan { Content = new TextSpan(0, 0), Kind = ClaimKind.Indirect }];
        doc.Attributions = before;
        new LearnedAttributionFinder().Process(doc, CancellationToken.None);
        Assert.That(doc.Attributions, Is.SameAs(before));
    }

    [Test]
    public void NullDocumentThrows()
    {
        Assert.Throws<ArgumentNullException>(() => new LearnedAttributionFinder().Process(null!, CancellationToken.None));
    }

    [Test]
    public void CancellationIsHonoured()
    {
        var doc = LearnedFixtures.RuleDocument("Police said the suspect fled on foot.");
        var before = doc.Attributions;
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.That(() => new LearnedAttributionFinder().Process(doc, cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(doc.Attributions, Is.SameAs(before));
    }

    [Test]
    public void ReplacesTheRulesAttributionsWithTheSelection()
    {
        const string text = "Researchers discovered that the drug slows the progression of the disease. Police said the suspect fled on foot.";
        var doc = LearnedFixtures.RuleDocument(text);
        var expected = LearnedAttributionModel.Default.Select(LearnedFixtures.RuleDocument(text), LearnedFixtures.Lexicon);
        new LearnedAttributionFinder().Process(doc, CancellationToken.None);
        Assert.That(doc.Attributions, Is.EqualTo(expected));
        Assert.That(doc.Attributions, Is.Not.Empty);
    }

    [Test]
    public void DefaultStagesRunTheLearnedStageAfterTheRuleStages()
    {
        var names = ClaimAnalyzer.CreateDefault().Stages.Select(s => s.GetType()).ToList();
        Assert.That(names.IndexOf(typeof(LearnedAttributionFinder)), Is.EqualTo(names.IndexOf(typeof(DialogueAttributionFinder)) + 1));
        Assert.That(names.IndexOf(typeof(DialogueAttributionFinder)), Is.EqualTo(names.IndexOf(typeof(ContentBoundaryRefiner)) + 1));
    }

    [Test]
    public void DefaultAnalyzerIsDeterministic()
    {
        var articles = new[]
        {
            Article.FromString("Most Republicans believe the economy is getting worse, a new poll found. “We will not back down,” the governor said.", "a"),
            Article.FromString("Critics charge that the policy discriminates against immigrants. The president has long maintained that the tariffs protect American jobs.", "b"),
            Article.FromString("Dmitriev insisted that a summit had not been cancelled, contrary to earlier statements from Trump.", "c"),
        };
        var first = ClaimAnalyzer.CreateDefault().Extract(articles);
        var second = ClaimAnalyzer.CreateDefault().Extract(articles);
        var claims = first.Articles.SelectMany(a => a.Claims).ToList();
        Assert.That(claims.Count(c => c.Kind != ClaimKind.Author), Is.GreaterThanOrEqualTo(5));
        Assert.That(second.Articles.SelectMany(a => a.Claims), Is.EqualTo(claims));
    }
}
