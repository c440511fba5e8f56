using Claims.Matching;

namespace Claims.Tests.Matching;

/// <summary>
/// The table <c>cases/near-copies.tsv</c>: an earlier and a later claim, and whether the later is a near copy of the
/// earlier (<see cref="PairingOptions.NearCopyEdits"/>), read directly and through a run of two articles (the later
/// claim listed among <see cref="AnalysisReport.CopiedClaims"/>). Adding a case is adding a line.
/// </summary>
public class NearCopiesTests
{
    // Near copies are on by default (PairingOptions.NearCopyEdits 2).
    private static readonly PairingOptions On = PairingOptions.Default;

    private static readonly Lazy<ClaimAnalyzer> Analyzer = new(ClaimAnalyzer.CreateDefault);

    private static IEnumerable<TestCaseData> Cases() =>
        CaseTable.Read("near-copies.tsv", ["earlier", "later", "expected", "why"])
            .Select(row => new TestCaseData(row["earlier"], row["later"], row["expected"]).SetName($"near-copies.tsv:{row.Line} {row["why"]}"));

    [TestCaseSource(nameof(Cases))]
    public void ClaimsReadAsTheirTableSays(string earlier, string later, string expected)
    {
        bool copy = expected switch
        {
            "copy" => true,
            "distinct" => false,
            _ => throw new FormatException($"unknown expected '{expected}' (copy or distinct)"),
        };
        Assert.That(TextCopies.IsNearCopy(Words(earlier), Words(later), On), Is.EqualTo(copy));
        // Each article has a sentence of its own, so that the two are no copies of one text as wholes.
        var a = Article.FromString("The weather in the north was mild for the season, forecasters said.\n\n" + earlier, "a");
        var b = Article.FromString(later + "\n\nShares in the region's banks fell sharply in early trading after the report.", "b");
        var report = Analyzer.Value.Extract([a, b]);
        Assert.That(report.Copies, Is.Empty, "the articles are two texts");
        var copied = report.CopiedClaims.Select(c => report.FindClaim(c.Claim).Claim.Text).ToList();
        Assert.That(copied.Count(t => later.Contains(t.TrimEnd('.'), StringComparison.Ordinal)) > 0, Is.EqualTo(copy),
            $"copied claims: {string.Join(" | ", copied)}; claims of b: {string.Join(" | ", report.Articles[1].Claims.Select(c => c.Text))}");
    }

    private static string[] Words(string text) => TextWords.Split(TextWords.Joined(text, out _));

    [Test]
    public void NearCopiesCanBeTurnedOff()
    {
        var rows = CaseTable.Read("near-copies.tsv", ["earlier", "later", "expected", "why"]).First();
        var options = PairingOptions.Default with { NearCopyEdits = 0 };
        Assert.That(TextCopies.IsNearCopy(Words(rows["earlier"]), Words(rows["later"]), On), Is.True, "on by default");
        Assert.That(TextCopies.IsNearCopy(Words(rows["earlier"]), Words(rows["later"]), options), Is.False);
        Assert.That(() => Analyzer.Value.WithPairing(On with { NearCopyEdits = -1 }), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
