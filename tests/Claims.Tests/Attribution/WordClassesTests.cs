using Claims.Attribution;
using Claims.Attribution.Learned;
using Claims.Text;

namespace Claims.Tests.Attribution;

/// <summary>
/// The WordNet classes the attribution tagger and ranker read (<see cref="WordClasses"/>, cases in
/// <c>cases/word-classes.tsv</c>), the cue-anchored candidates built on them and the source repair (cases in
/// <c>cases/source-repair.tsv</c>).
/// </summary>
public class WordClassesTests
{
    private static IEnumerable<string[]> Rows(string file, int columns)
    {
        string path = Path.Combine(TestContext.CurrentContext.TestDirectory, "cases", file);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var c = line.Split('\t');
            Assert.That(c, Has.Length.EqualTo(columns), line);
            yield return c;
        }
    }

    public static IEnumerable<TestCaseData> ClassCases() =>
        Rows("word-classes.tsv", 3).Select(c => new TestCaseData(c[0], c[1], c[2]).SetName($"WordClass: {c[0]} -> {c[1]}"));

    [TestCaseSource(nameof(ClassCases))]
    public void WordHasItsClass(string word, string className, string why)
    {
        var expected = Enum.Parse<WordClass>(className);
        Assert.That(WordClasses.Default.Of(word) & expected, Is.EqualTo(expected), () => $"{why}: got {WordClasses.Default.Of(word)}");
    }

    [TestCase("the")]
    [TestCase("xqzv")]
    [TestCase("")]
    public void WordsWithoutAClassHaveNone(string word) => Assert.That(WordClasses.Default.Of(word), Is.EqualTo(WordClass.None));

    [Test]
    public void TheShippedTableIsLoaded() => Assert.That(WordClasses.Default.Count, Is.GreaterThan(30_000));

    [Test]
    public void ALineNamingAnUnknownClassIsRefusedWithTheLine()
    {
        var e = Assert.Throws<FormatException>(() => WordClasses.Parse(["verb.talking\tsay"], VerbLemmas.Default));
        Assert.That(e!.Message, Does.Contain("verb.talking"));
    }

    [Test]
    public void IrregularFormsTakeOnlyTheirLemmasVerbClasses()
    {
        var classes = WordClasses.Parse(["verb.communication\ttell", "noun.person\ttell"], VerbLemmas.Parse(["told\ttell"]));
        Assert.That(classes.Of("told"), Is.EqualTo(WordClass.VerbCommunication));
        Assert.That(classes.Of("tell"), Is.EqualTo(WordClass.VerbCommunication | WordClass.NounPerson));
    }

    [Test]
    public void TheTaggerSeesTheClassOfAnUnseenCue()
    {
        var doc = LearnedFixtures.RuleDocument("The senator pledged to cut taxes for families.");
        using var features = LearnedFixtures.Features(doc);
        int pledged = Enumerable.Range(0, features.Words.Count).Single(i => features.Words[i].Of(doc.Text).SequenceEqual("pledged"));
        Assert.That(features.Classes[pledged] & WordClass.VerbCommunication, Is.EqualTo(WordClass.VerbCommunication));
    }

    [Test]
    public void AStanceVerbTheTaggerNearlyTaggedAnchorsACandidate()
    {
        const string text = "The senator pledged to cut taxes for families.";
        var doc = LearnedFixtures.RuleDocument(text);
        using var features = LearnedFixtures.Features(doc);
        int n = features.Words.Count;
        int pledged = Enumerable.Range(0, n).Single(i => features.Words[i].Of(text).SequenceEqual("pledged"));
        var tags = new int[n];
        var margins = Enumerable.Repeat(-50f, n).ToArray();
        margins[pledged] = LearnedSpans.AnchorMargin + 1;
        var anchored = LearnedSpans.CueAnchored(features, tags, margins, new bool[n]);
        Assert.That(anchored.Select(a => text[a.Content.Start..a.Content.End]), Is.EqualTo(new[] { "to cut taxes for families" }));
        Assert.That(text[anchored[0].Cue.Start..anchored[0].Cue.End], Is.EqualTo("pledged"));

        margins[pledged] = LearnedSpans.AnchorMargin - 1;
        Assert.That(LearnedSpans.CueAnchored(features, tags, margins, new bool[n]), Is.Empty, "below the anchor margin");
        margins[pledged] = LearnedSpans.AnchorMargin + 1;
        var covered = new bool[n];
        covered[pledged] = true;
        Assert.That(LearnedSpans.CueAnchored(features, tags, margins, covered), Is.Empty, "a cue another candidate holds");
    }

    [Test]
    public void AWordItsStateReadsAsACueAnchorsACandidateOnlyWhenGivenTheStates()
    {
        // The tagger is far from a cue here (margin -50): only the accurate mode's state-read cue probability anchors "suggest".
        const string text = "The findings suggest the program cut costs for families.";
        var doc = LearnedFixtures.RuleDocument(text);
        using var features = LearnedFixtures.Features(doc);
        int n = features.Words.Count;
        int suggest = Enumerable.Range(0, n).Single(i => features.Words[i].Of(text).SequenceEqual("suggest"));
        var tags = new int[n];
        var margins = Enumerable.Repeat(-50f, n).ToArray();
        var cues = new float[n];
        cues[suggest] = LearnedSpans.StateAnchor;
        Assert.That(LearnedSpans.CueAnchored(features, tags, margins, new bool[n]), Is.Empty, "without the states");
        var anchored = LearnedSpans.CueAnchored(features, tags, margins, new bool[n], default, cues);
        Assert.That(anchored.Select(a => text[a.Content.Start..a.Content.End]), Is.EqualTo(new[] { "the program cut costs for families" }));
        cues[suggest] = LearnedSpans.StateAnchor - 0.01f;
        Assert.That(LearnedSpans.CueAnchored(features, tags, margins, new bool[n], default, cues), Is.Empty, "below the state anchor");
    }

    public static IEnumerable<TestCaseData> RepairCases() =>
        Rows("source-repair.tsv", 6).Select(c => new TestCaseData((object)c).SetName($"SourceRepair: {c[1]} -> {c[4]} ({c[5]})"));

    [TestCaseSource(nameof(RepairCases))]
    public void RepairsASourceThatNamesNoOne(string[] c)
    {
        string text = c[0];
        var doc = LearnedFixtures.RuleDocument(text);
        var source = LearnedFixtures.Span(text, c[1]);
        var a = new AttributionSpan
        {
            Content = LearnedFixtures.Span(text, c[3]), Cue = LearnedFixtures.Span(text, c[2]), Source = source, Kind = ClaimKind.Indirect,
        };
        var repaired = SourceRepair.Apply(doc, [a]);
        string expected = c[4] == "=" ? c[1] : c[4];
        Assert.That(repaired[0].Source is { } s ? text[s.Start..s.End] : null, Is.EqualTo(expected), c[5]);
    }
}
