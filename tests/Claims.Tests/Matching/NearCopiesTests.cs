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

    // The near-copy search splits each wording once and compares only claims long enough: a claim an article repeats is
    // no copy of itself, and a later article's near copy of it names the first occurrence.
    [Test]
    public void ARepeatedWordingIsCopiedFromItsFirstOccurrence()
    {
        var row = CaseTable.Read("near-copies.tsv", ["earlier", "later", "expected", "why"]).First(r => r["expected"] == "copy");
        var analyzer = Analyzer.Value;
        Document[] documents =
        [
            analyzer.Process(Article.FromString($"{row["earlier"]}\n\n{row["earlier"]}", "a")),
            analyzer.Process(Article.FromString(row["later"], "b")),
        ];
        var copies = TextCopies.Find(documents, On, CancellationToken.None);
        var first = documents[0].Claims.First(c => c.Text.Contains(row["earlier"][..20], StringComparison.Ordinal));
        var later = documents[1].Claims.First(c => c.Text.Contains(row["later"][..20], StringComparison.Ordinal));
        Assert.That(copies.Claims.Select(c => (c.Claim, c.Original)), Is.EqualTo(new[] { (later.Id, first.Id) }));
    }

    // Claims longer than the edit table's stack row (128 words) are compared in pooled rows, with the same answers: an
    // inserted article and a spelling are two changes in form; a negation in place of a word is a change of meaning.
    [TestCase(false, true)]
    [TestCase(true, false)]
    public void LongClaimsCountTheirEdits(bool negated, bool copy)
    {
        var earlier = Enumerable.Range(0, 300).Select(i => "word" + (char)('a' + (i % 26)) + (char)('a' + (i / 26))).ToArray();
        earlier[200] = "rumours";
        var later = earlier.ToList();
        later[200] = "rumors";
        later.Insert(10, "the");
        if (negated) later[100] = "not";
        Assert.That(TextCopies.FormEdits(earlier, [.. later], 2), copy ? Is.EqualTo(2) : Is.GreaterThan(2));
        Assert.That(TextCopies.IsNearCopy(earlier, [.. later], On), Is.EqualTo(copy));
    }
}
