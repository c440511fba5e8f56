using Claims.Matching;
using Claims.Stance;
using Claims.Stories;
using Claims.Text;

namespace Claims.Tests.Stories;

/// <summary>
/// The table <c>cases/corpus-rarity.tsv</c>: an agreement of claim A and claim B (the stance model's alone, or a named
/// rule's) reviewed by the <see cref="SameEventGate"/> in a run of <c>articles</c> articles where the words of
/// <c>frequencies</c> ("clinton=520 trump=610") are in that many articles and every other word in one ("840/190": both
/// claims in one story of 190 of the 840 articles, <see cref="SameEventGateOptions.LooseStoryMinShare"/>; a bare count: a
/// story whose size is not known; "840/190@0.20": the pair's candidate similarity, 0.6 when not given); expected is the
/// reported relation (agrees, neutral). Pins <see cref="SameEventGateOptions.MinSharedRarity"/>,
/// <see cref="SameEventGateOptions.RuleMinSharedRarity"/> (figures counted as terms, dates never),
/// <see cref="SameEventGateOptions.RarityMinArticles"/>, <see cref="SameEventGateOptions.LooseStoryFigureMinSimilarity"/>, and the checks of agreements on other things (different
/// places, different shares, a denial of a name or of its own words only; a shared-denial row's reason is the rule's own
/// when it fires, so the gate reads the denials it quoted). Adding a case is adding a line.
/// </summary>
public class CorpusRarityTests
{
    private static readonly SameEventGate Gate = new();

    public static IEnumerable<TestCaseData> Cases() =>
        CaseTable.Read("corpus-rarity.tsv", ["articles", "frequencies", "a", "b", "rule", "expected", "why"])
            .Select(row => new TestCaseData(row["articles"], row["frequencies"], row["a"], row["b"], row["rule"], row["expected"], row["why"])
                .SetName($"corpus-rarity.tsv:{row.Line} {row["why"]}"));

    [TestCaseSource(nameof(Cases))]
    public void Case(string articles, string frequencies, string a, string b, string rule, string expected, string why)
    {
        // "840/190@0.20": the candidate similarity of the pair (default 0.6).
        var at = articles.Split('@');
        double similarity = at.Length > 1 ? double.Parse(at[1], System.Globalization.CultureInfo.InvariantCulture) : 0.6;
        var counts = at[0].Split('/');
        var corpus = CorpusWords.FromCounts(int.Parse(counts[0], System.Globalization.CultureInfo.InvariantCulture), Frequencies(frequencies));
        int story = counts.Length > 1 ? int.Parse(counts[1], System.Globalization.CultureInfo.InvariantCulture) : 0;
        // A shared denial's finding quotes its two denials, which the gate reads: the rule's own finding when it fires.
        var finding = rule == "shared-denial" ? Claims.Tests.Stance.RuleRunner.Run(new SharedDenialRule(), a, b) : null;
        var verdict = new StanceVerdict(StanceLabel.Agrees, 0.9, [finding?.Reason ?? $"{rule}: test"])
        {
            DecidingRules = Rules(rule),
            DecidingFindings = finding is null ? [] : [finding],
        };
        var reviewed = Gate.Review(Claim.FromText("a", 1, a), Claim.FromText("b", 1, b), verdict, new PairContext(true, similarity, null, corpus, story));
        var label = expected switch
        {
            "agrees" => StanceLabel.Agrees,
            "neutral" => StanceLabel.Neutral,
            _ => throw new FormatException($"unknown expected '{expected}' (agrees or neutral)"),
        };
        Assert.That(reviewed.Label, Is.EqualTo(label), $"{why}\n  A: {a}\n  B: {b}\n  got {reviewed.Label}: {string.Join(" | ", reviewed.Reasons)}");
        if (label == StanceLabel.Agrees && corpus.Articles >= Gate.Options.RarityMinArticles && rule == "model")
            Assert.That(reviewed.Reasons[^1], Does.Contain("rarity"), "an agreement the check read says what rarity held");
    }

    [Test]
    public void CountsEachArticleOnceWhateverTheThreads()
    {
        var documents = new[] { "Clinton won the primary. Clinton spoke.", "Trump won the primary.", "Sanders spoke in Iowa." }
            .Select((text, i) =>
            {
                var document = new Document(Article.FromString(text, $"d{i}")) { Paragraphs = [new TextSpan(0, text.Length)] };
                new Claims.Segmentation.SentenceSegmenter().Process(document, CancellationToken.None);
                return document;
            })
            .ToList();
        var features = new FeatureExtractor(TermExtractor.Default, ConceptLexicon.Default);
        var one = CorpusWords.Count(documents, features, 1, CancellationToken.None);
        var many = CorpusWords.Count(documents, features, 4, CancellationToken.None);
        Assert.That(one.Articles, Is.EqualTo(3));
        Assert.That(one.DocumentFrequency(Stem("Clinton")), Is.EqualTo(1), "two mentions in one article count once");
        Assert.That(one.DocumentFrequency(Stem("primary")), Is.EqualTo(2));
        Assert.That(one.DocumentFrequency(Stem("spoke")), Is.EqualTo(2));
        Assert.That(many.Terms, Is.EqualTo(one.Terms));
        Assert.That(one.Rarity(Stem("primary")), Is.EqualTo(Math.Log(1.5)).Within(1e-12));
        Assert.That(one.Rarity("unknown"), Is.EqualTo(Math.Log(3)).Within(1e-12), "a term no article has counts as in one");
        Assert.That(() => CorpusWords.FromCounts(2, new Dictionary<string, int> { ["x"] = 3 }), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    private static string Stem(string word) => TermExtractor.Default.Stem(TermExtractor.Lower(word));

    private static Dictionary<string, int> Frequencies(string list)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in list.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = item.Split('=');
            counts[Stem(parts[0])] = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        return counts;
    }

    private static IReadOnlyList<IStanceRule> Rules(string rule) => rule switch
    {
        "model" => [],
        "shared-denial" => [new SharedDenialRule()],
        "numbers" => [new NumberRule()],
        "dates" => [new EventDateRule()],
        _ => throw new FormatException($"unknown rule '{rule}' (model, shared-denial, numbers or dates)"),
    };
}
