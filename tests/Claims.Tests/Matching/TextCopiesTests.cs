using Claims.Matching;
using Claims.Stance;

namespace Claims.Tests.Matching;

public class TextCopiesTests
{
    private static readonly Lazy<ClaimAnalyzer> Analyzer = new(ClaimAnalyzer.CreateDefault);

    private static Article ArticleOf(string paragraphs, string id) => Article.FromString(paragraphs.Replace(" | ", "\n\n", StringComparison.Ordinal), id);

    private static IEnumerable<TestCaseData> Cases() =>
        CaseTable.Read("copies.tsv", ["first", "second", "expected", "why"])
            .Select(row => new TestCaseData(row["first"], row["second"], row["expected"]).SetName($"copies.tsv:{row.Line} {row["why"]}"));

    [TestCaseSource(nameof(Cases))]
    public void ArticlesReadAsTheirTableSays(string first, string second, string expected)
    {
        var report = Analyzer.Value.Extract([ArticleOf(first, "a"), ArticleOf(second, "b")]);
        Assert.That(report.Copies.Count == 1 ? "copies" : "distinct", Is.EqualTo(expected));
        if (report.Copies.Count == 1) Assert.That(report.Copies[0].Articles, Is.EqualTo(new[] { "a", "b" }));
    }

    // Copies are one source: none of their claims pair with each other, and a claim repeated word for word in a later
    // article is paired once (its first occurrence), not once per copy.
    [Test]
    public void CopiesAndCopiedClaimsMakeNoPairs()
    {
        var rows = CaseTable.Read("copies.tsv", ["first", "second", "expected", "why"]).ToList();
        string text = rows[0]["first"];
        var analyzer = Analyzer.Value.WithPairing(Analyzer.Value.Pairing with { IncludeNeutral = true });
        var report = analyzer.Analyze([ArticleOf(text, "a"), ArticleOf(text, "b"), ArticleOf(rows[3]["second"], "c")]);
        Assert.That(report.Copies.Single().Articles, Is.EqualTo(new[] { "a", "b" }));
        static string ArticleId(string claim) => claim[..claim.LastIndexOf('#')];
        Assert.That(report.Pairs.Where(p => ArticleId(p.A) == "b" || ArticleId(p.B) == "b"), Is.Empty, "b copies a: its claims are a's");
        var cClaims = report.Articles[2].Claims.Select(c => c.Text).ToHashSet(StringComparer.Ordinal);
        Assert.That(report.Pairs.Where(p => ArticleId(p.B) == "c" && cClaims.Contains(report.FindClaim(p.B).Claim.Text)
            && report.Articles[0].Claims.Any(c => c.Text == report.FindClaim(p.B).Claim.Text)), Is.Empty, "c repeats a's claims: no pair");
    }

    [Test]
    public void AnArticleAgreesWithNothingOfItsOwn()
    {
        var report = Analyzer.Value.Analyze(ClaimAnalyzerTestsSeeds());
        Assert.That(report.PairsWith(StanceLabel.Agrees).Where(p => report.FindClaim(p.A).Article == report.FindClaim(p.B).Article), Is.Empty);
    }

    private static IEnumerable<Article> ClaimAnalyzerTestsSeeds() => SeedFiles.All();

    [Test]
    public void CopyDetectionCanBeTurnedOff()
    {
        var text = CaseTable.Read("copies.tsv", ["first", "second", "expected", "why"]).First()["first"];
        var analyzer = Analyzer.Value.WithPairing(Analyzer.Value.Pairing with { CopyOverlap = 1.01 });
        Assert.That(analyzer.Extract([ArticleOf(text, "a"), ArticleOf(text, "b")]).Copies, Is.Empty);
        var off = Analyzer.Value.WithPairing(Analyzer.Value.Pairing with { SeparateCopies = false });
        var report = off.Extract([ArticleOf(text, "a"), ArticleOf(text, "b")]);
        Assert.That(report.Copies, Is.Empty);
        Assert.That(report.CopiedClaims, Is.Empty);
        Assert.That(Analyzer.Value.Extract([ArticleOf(text, "a"), ArticleOf(text, "b")]).CopiedClaims, Is.Not.Empty, "b's claims repeat a's");
        Assert.That(() => Analyzer.Value.WithPairing(Analyzer.Value.Pairing with { CopyOverlap = 0 }), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}

public class TextWordsTests
{
    // The reference: each run of letters and digits as its own lower-cased string, joined by one space.
    private static string Reference(string text) =>
        string.Join(' ', System.Text.RegularExpressions.Regex.Matches(text, @"[\p{L}\p{Nd}]+").Select(m => m.Value.ToLowerInvariant()));

    [TestCase("", 0)]
    [TestCase("   ...  ", 0)]
    [TestCase("Hello", 1)]
    [TestCase("\"Putin's envoy,\" said Kirill DMITRIEV -- 2018.", 7)]
    [TestCase("Ünïcode ÉTÉ naïve-café 3½ x", 6)]
    public void JoinedRunsAreTheLowerCasedRunsJoinedBySpaces(string text, int runs)
    {
        Assert.That(TextWords.Joined(text, out int count), Is.EqualTo(Reference(text)));
        Assert.That(count, Is.EqualTo(runs));
    }

    [Test]
    public void JoinedRunsOfALongTextAreTheLowerCasedRunsJoinedBySpaces()
    {
        string text = string.Concat(Enumerable.Repeat("The Kremlin's ENVOY said, \"postponed, not cancelled\" (Reuters). ", 40));
        Assert.That(TextWords.Joined(text, out int count), Is.EqualTo(Reference(text)));
        Assert.That(count, Is.EqualTo(Reference(text).Split(' ').Length));
    }
}
