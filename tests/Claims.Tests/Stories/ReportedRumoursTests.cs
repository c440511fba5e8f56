using Claims.Stance;
using Claims.Stories;

namespace Claims.Tests.Stories;

/// <summary>
/// <see cref="ReportedRumours"/> on the table <c>cases/reported-rumours.tsv</c> (two claims of one article and whether
/// the second is a rumour the first calls false), and the gate's use of it.
/// </summary>
public class ReportedRumoursTests
{
    public static IEnumerable<TestCaseData> Cases()
    {
        string path = Path.Combine(TestContext.CurrentContext.TestDirectory, "cases", "reported-rumours.tsv");
        int line = 0;
        foreach (var row in File.ReadLines(path))
        {
            line++;
            if (row.Length == 0 || row[0] == '#') continue;
            var f = row.Split('\t');
            if (f.Length != 4) throw new FormatException($"reported-rumours.tsv line {line}: expected 4 tab-separated columns, found {f.Length}");
            yield return new TestCaseData(f[0], f[1], f[2], f[3]).SetName($"reported-rumours.tsv:{line} {f[3]}");
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void Case(string refuting, string other, string expected, string why)
    {
        var claims = new[] { Claim.FromText("a", 1, refuting), Claim.FromText("a", 2, other) };
        var rumours = new ReportedRumours().Find(claims);
        bool rumour = expected switch
        {
            "rumour" => true,
            "asserted" => false,
            _ => throw new FormatException($"unknown expected '{expected}' (rumour or asserted)"),
        };
        Assert.That(rumours.ContainsKey("a#2"), Is.EqualTo(rumour), $"{why}\n  1: {refuting}\n  2: {other}");
        // The refuting claim itself is never its own rumour.
        Assert.That(rumours.ContainsKey("a#1"), Is.False);
    }

    [Test]
    public void ClaimsOfOtherArticlesAreNotRead()
    {
        var claims = new[] { Claim.FromText("a", 1, "The Axl Rose death report is a hoax."), Claim.FromText("b", 1, "Axl Rose was found dead yesterday.") };
        Assert.That(new ReportedRumours().Find(claims), Is.Empty);
    }

    [Test]
    public void TheGateTurnsAVerdictOnARumourNeutralAndSaysWhy()
    {
        var claims = new[] { Claim.FromText("a", 1, "The Axl Rose death report is a hoax."), Claim.FromText("a", 2, "Axl Rose was found dead in his home.") };
        var rumours = new ReportedRumours().Find(claims);
        var other = Claim.FromText("h", 1, "Axl Rose is not dead, found alive in his home.");
        var contradiction = new StanceVerdict(StanceLabel.Contradicts, 0.9, ["rule: test"]);
        var verdict = new SameEventGate().Review(claims[1], other, contradiction, new PairContext(true, 0.6, rumours));
        Assert.That(verdict.Label, Is.EqualTo(StanceLabel.Neutral));
        Assert.That(verdict.Reasons[^1], Does.Contain("a#2 is a rumour its own article calls false (a#1 'hoax')"));
        // Without the article's reading the same pair stays a contradiction.
        Assert.That(new SameEventGate().Review(claims[1], other, contradiction, new PairContext(true, 0.6)).Label, Is.EqualTo(StanceLabel.Contradicts));
    }

    // The disowning word is read word by word: lower-cased, curly apostrophes folded, a negator among the three words
    // before a word negating it ("not a hoax" disowns nothing, "not true" disowns).
    [TestCase("The Axl Rose death report is a HOAX.", "hoax")]
    [TestCase("It is not a hoax, he said.", null)]
    [TestCase("Reports of his death are not true.", "not true")]
    [TestCase("The claim isn’t TRUE, officials said.", "not true")]
    [TestCase("Not that it was ever true.", null)]
    [TestCase("Nobody said it was false.", "false")]
    [TestCase("", null)]
    public void DisowningWordIsReadWordByWord(string text, string? expected) =>
        Assert.That(ReportedRumours.DisowningWord(text), Is.EqualTo(expected));

    [Test]
    public void DisowningWordOfALongWordIsReadWhole()
    {
        string longWord = new('x', 300);
        Assert.That(ReportedRumours.DisowningWord($"{longWord} is fake"), Is.EqualTo("fake"));
        Assert.That(ReportedRumours.DisowningWord($"not {longWord} true"), Is.EqualTo("not true"));
    }
}
