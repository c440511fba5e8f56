using Claims.Attribution;
using Claims.Attribution.Learned;

namespace Claims.Tests.Attribution;

/// <summary>The source of a kept attribution chosen among its near-duplicates' (<see cref="SourceChoice"/>, cases in <c>cases/source-choice.tsv</c>,
/// where \n stands for a line break).</summary>
public class SourceChoiceTests
{
    public static IEnumerable<TestCaseData> Cases()
    {
        string path = Path.Combine(TestContext.CurrentContext.TestDirectory, "cases", "source-choice.tsv");
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var c = line.Split('\t').Select(column => column.Replace("\\n", "\n", StringComparison.Ordinal)).ToArray();
            if (c.Length != 5) throw new FormatException($"source-choice.tsv: 5 columns expected: {line}");
            yield return new TestCaseData((object)c).SetName($"SourceChoice: {c[1]} -> {c[3]} ({c[4]})");
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void ChoosesTheSourceThatNamesTheSpeaker(string[] c)
    {
        string text = c[0];
        var doc = LearnedFixtures.RuleDocument(text);
        var kept = Attribution(text, c[1]);
        var alternatives = c[2].Split(" | ").Select(a => LearnedFixtures.Span(text, a)).ToList();
        var chosen = SourceChoice.Apply(doc, [kept], [alternatives]);
        string expected = c[3] == "=" ? c[1] : c[3];
        Assert.That(chosen[0].Source is { } s ? text[s.Start..s.End] : null, Is.EqualTo(expected), c[4]);
    }

    [Test]
    public void LayoutAttributionsAndCounterClaimsKeepTheirSources()
    {
        const string Text = "For months, Obama has been on the sidelines, arguing he did not want to tip the scales.";
        var doc = LearnedFixtures.RuleDocument(Text);
        var alternatives = new List<TextSpan> { LearnedFixtures.Span(Text, "Obama") };
        var layout = Attribution(Text, "For") with { FromLayout = true };
        var counter = Attribution(Text, "For") with { Kind = ClaimKind.Counter };
        var chosen = SourceChoice.Apply(doc, [layout, counter, Attribution(Text, "For")], [alternatives, alternatives, null]);
        Assert.That(chosen.Select(a => a.Source), Is.All.EqualTo(LearnedFixtures.Span(Text, "For")));
    }

    [Test]
    public void OneListOfAlternativesPerAttributionIsRequired()
    {
        const string Text = "For months, Obama has been on the sidelines, arguing he did not want to tip the scales.";
        Assert.Throws<ArgumentException>(() => SourceChoice.Apply(LearnedFixtures.RuleDocument(Text), [Attribution(Text, "For")], []));
    }

    /// <summary>An attribution of <paramref name="source"/> whose content is the rest of the sentence after it (the rule reads only sources).</summary>
    private static AttributionSpan Attribution(string text, string source)
    {
        var s = LearnedFixtures.Span(text, source);
        return new AttributionSpan { Content = new TextSpan(s.End + 1, text.Length - 1), Source = s, Kind = ClaimKind.Indirect };
    }
}
