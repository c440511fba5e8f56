using Claims.Matching;
using Claims.Pipeline;
using Claims.Stance;

namespace Claims.Tests.Matching;

/// <summary>
/// The reading-keyed candidate source (<see cref="IClaimReading"/>, <c>cases/readings.tsv</c>): claims a stance rule
/// reads alike pair although they share few words, and the analyzer reports such a pair only when that rule decides.
/// </summary>
public class ClaimReadingTests
{
    private static readonly IClaimReading Readings = DefaultComponents.Readings().Single();

    public static IEnumerable<TestCaseData> Cases() =>
        CaseTable.Read("readings.tsv", ["a", "b", "expected", "why"])
            .Select(row => new TestCaseData(row["a"], row["b"], row["expected"], row["why"]).SetName($"readings.tsv:{row.Line} {row["why"]}"));

    private static Claim ClaimOf(string id, string text) =>
        new() { Id = id + "#1", ArticleId = id, Span = new TextSpan(0, text.Length), Text = text, Kind = ClaimKind.Author };

    [TestCaseSource(nameof(Cases))]
    public void Case(string a, string b, string expected, string why)
    {
        var ka = Readings.KeysOf(ClaimOf("a", a));
        var kb = Readings.KeysOf(ClaimOf("b", b));
        bool pairs = ka.Any(x => kb.Any(x.Pairs));
        Assert.That(pairs ? "pairs" : "none", Is.EqualTo(expected),
            $"{why}\n  A keys: {string.Join(", ", ka)}\n  B keys: {string.Join(", ", kb)}");
    }

    [Test]
    public void KeysPairByPole()
    {
        var same = new ReadingKey("discussed topic", "territori", ReadingPole.Same);
        var asserted = new ReadingKey("progress", "progress", ReadingPole.Positive);
        var denied = asserted with { Pole = ReadingPole.Negative };
        Assert.Multiple(() =>
        {
            Assert.That(same.Pairs(same), Is.True);
            Assert.That(same.Pairs(same with { Value = "border" }), Is.False);
            Assert.That(asserted.Pairs(denied) && denied.Pairs(asserted), Is.True);
            Assert.That(asserted.Pairs(asserted), Is.False);
            Assert.That(asserted.Pairs(denied with { Rule = "proximity" }), Is.False);
        });
    }

    [Test]
    public void CandidatesAreCappedPerClaim()
    {
        // Twenty claims with one topic: every claim keeps at most the cap of reading pairs.
        var claims = Enumerable.Range(0, 20)
            .Select(i => ClaimOf($"t{i:00}", $"The summit focused on energy prices, speaker {i} said."))
            .ToList();
        var pairs = ReadingCandidates.Find(claims, [Readings], out int dropped, CancellationToken.None);
        var perClaim = pairs.SelectMany(p => new[] { p.A, p.B }).GroupBy(i => i).Select(g => g.Count()).ToList();
        Assert.That(pairs, Is.Not.Empty);
        Assert.That(perClaim.Max(), Is.LessThanOrEqualTo(ReadingCandidates.MaxPairsPerClaim));
        Assert.That(pairs, Is.Ordered.By(nameof(ReadingPair.A)).Then.By(nameof(ReadingPair.B)));
        Assert.That(pairs.Count + dropped, Is.EqualTo(20 * 19 / 2), "every pair is either kept or counted as dropped");
    }

    [Test]
    public void AnalyzerReportsAReadingPairItsRuleDecides()
    {
        var articles = new[]
        {
            new Article("a", "Envoys hold talks in Moscow\n\nThe talks included discussion of what Moscow calls the territorial problem – a claim to the entire Donbas region, despite thousands of square kilometres remaining under Ukrainian control and recognized internationally as Ukrainian land."),
            new Article("b", "Envoys hold talks in Moscow\n\nThe territorial dimension of the conflict—one of the most sensitive issues—was also part of the dialogue."),
        };
        var with = new ClaimAnalyzerBuilder().UseDefaults().Build().Analyze(articles);
        var builder = new ClaimAnalyzerBuilder().UseDefaults();
        builder.Readings.Clear();
        var without = builder.Build().Analyze(articles);
        static bool Topic(ClaimPair p) => p.Relation == StanceLabel.Agrees && p.Reasons.Any(r => r.StartsWith("discussed topic:", StringComparison.Ordinal));
        Assert.That(with.Pairs.Count(Topic), Is.EqualTo(1), string.Join("\n", with.Pairs.Select(p => $"{p.A} {p.B} {p.Relation} {string.Join(" | ", p.Reasons)}")));
        Assert.That(without.Pairs.Count(Topic), Is.Zero, "the claims share too few words for the pairer alone");
    }
}
