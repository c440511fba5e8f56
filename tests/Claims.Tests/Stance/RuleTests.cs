using Claims.Text;
using Claims.Stance;

namespace Claims.Tests.Stance;

/// <summary>Shared helper: runs one rule on a text pair (rules do not use IDF weights).</summary>
internal static class RuleRunner
{
    private static readonly PairFeaturizer Featurizer = new(IdfTable.Empty);

    public static RuleFinding? Run(IStanceRule rule, string a, string b) => rule.Evaluate(StancePair.Create(Featurizer, a, b));
}

public class NegationRuleTests
{
    private readonly NegationRule _rule = new();

    [Test]
    public void NegatedStatusContradictsAndQuotesBothSides()
    {
        var f = RuleRunner.Run(_rule, "The summit was cancelled.", "The summit was not cancelled.");
        Assert.That(f, Is.Not.Null);
        Assert.That(f!.Label, Is.EqualTo(StanceLabel.Contradicts));
        Assert.That(f.Reason, Is.EqualTo("negation: 'cancelled' vs 'not cancelled'"));
    }

    [Test]
    public void ContractedNegationCounts()
    {
        var f = RuleRunner.Run(_rule, "The army didn't capture the town.", "The army captured the town.");
        Assert.That(f?.Reason, Does.StartWith("negation: 'didn't capture'"));
    }

    [Test]
    public void ClauseNegatorScopesOverTheClause()
    {
        var f = RuleRunner.Run(_rule, "Nobody was injured in the blast.", "Three people were injured in the blast.");
        Assert.That(f?.Label, Is.EqualTo(StanceLabel.Contradicts));
    }

    [Test]
    public void DifferentEventsDoNotFire()
    {
        Assert.That(RuleRunner.Run(_rule, "The Brussels meeting between Zelenskyy and Witkoff was cancelled.", "The summit was postponed, not cancelled."), Is.Null);
    }

    [Test]
    public void BothNegatedDoesNotFire()
    {
        Assert.That(RuleRunner.Run(_rule, "The minister did not resign.", "The minister did not resign on Friday."), Is.Null);
    }

    [Test]
    public void NullPairIsRejected() => Assert.Throws<ArgumentNullException>(() => _rule.Evaluate(null!));
}

public class StatusRuleTests
{
    private readonly StatusRule _rule = new();

    [Test]
    public void CancelledVersusPostponedNotCancelled()
    {
        var f = RuleRunner.Run(_rule, "Trump said the summit with Putin was cancelled.", "The summit was postponed, not cancelled.");
        Assert.That(f?.Label, Is.EqualTo(StanceLabel.Contradicts));
        Assert.That(f!.Reason, Is.EqualTo("status: 'cancelled' vs 'postponed, not cancelled'"));
    }

    [Test]
    public void PutOnHoldVersusWentAhead()
    {
        var f = RuleRunner.Run(_rule, "The Budapest summit was put on hold.", "The Budapest summit went ahead on Thursday.");
        Assert.That(f?.Reason, Is.EqualTo("status: 'put on hold' vs 'went ahead'"));
    }

    [Test]
    public void MeetingAndSummitAreDifferentEvents()
    {
        Assert.That(RuleRunner.Run(_rule, "The Brussels meeting between Zelenskyy and Witkoff was cancelled.", "The summit was postponed, not cancelled."), Is.Null);
    }

    [Test]
    public void SameStatusAgrees()
    {
        var finding = RuleRunner.Run(_rule, "The summit was postponed.", "The summit was postponed until next month.");
        Assert.That(finding?.Label, Is.EqualTo(StanceLabel.Agrees));
    }

    [Test]
    public void PutOnHoldIsConsistentWithNotCancelled()
    {
        var finding = RuleRunner.Run(_rule, "The summit between Putin and Trump had not been cancelled.", "The meeting between Trump and Putin was put on hold.");
        Assert.That(finding?.Label, Is.EqualTo(StanceLabel.Agrees));
        Assert.That(finding!.Reason, Does.Contain("put on hold"));
    }

    [Test]
    public void DifferentCitiesDoNotFire()
    {
        Assert.That(RuleRunner.Run(_rule, "The Paris concert was cancelled.", "The Berlin concert went ahead."), Is.Null);
    }
}

public class AntonymRuleTests
{
    private readonly AntonymRule _rule = new();

    [Test]
    public void CloseToVersusFarFromWithSynonymousObjects()
    {
        var f = RuleRunner.Run(_rule, "Moscow, Washington, and Kyiv are actually quite close to a diplomatic solution", "both sides appear far from agreement");
        Assert.That(f?.Label, Is.EqualTo(StanceLabel.Contradicts));
        Assert.That(f!.Reason, Is.EqualTo("antonym: 'close to' vs 'far from'"));
    }

    [Test]
    public void RoseVersusFell()
    {
        Assert.That(RuleRunner.Run(_rule, "Oil prices rose on Monday.", "Oil prices fell on Monday.")?.Reason, Is.EqualTo("antonym: 'rose' vs 'fell'"));
    }

    [Test]
    public void WordNetAntonymsFire()
    {
        // "guilty"/"innocent" is in the built-in list; "legal"/"illegal" only in WordNet.
        Assert.That(RuleRunner.Run(_rule, "The strike was legal.", "The strike was illegal.")?.Reason, Is.EqualTo("antonym: 'legal' vs 'illegal'"));
    }

    [Test]
    public void DifferentMarketsDoNotFire()
    {
        Assert.That(RuleRunner.Run(_rule, "Stocks rose in Tokyo.", "Stocks fell in London."), Is.Null);
    }

    [Test]
    public void NegatedSideDoesNotFire()
    {
        Assert.That(RuleRunner.Run(_rule, "Oil prices did not rise.", "Oil prices fell."), Is.Null);
    }
}

public class NumberRuleTests
{
    private readonly NumberRule _rule = new();

    [Test]
    public void FiveHourMeetingMatchesFiveHours()
    {
        var f = RuleRunner.Run(_rule, "a five-hour, late-night meeting in the Kremlin", "The talks, which lasted five hours");
        Assert.That(f?.Label, Is.EqualTo(StanceLabel.Agrees));
        Assert.That(f!.Reason, Does.StartWith("numbers: 'five hour' matches 'five hours'"));
    }

    [Test]
    public void DifferentCountsContradict()
    {
        var f = RuleRunner.Run(_rule, "12 people were killed in the attack.", "15 people were killed in the attack.");
        Assert.That(f?.Label, Is.EqualTo(StanceLabel.Contradicts));
        Assert.That(f!.Reason, Is.EqualTo("numbers: '12 people' vs '15 people'"));
    }

    [Test]
    public void WeekdaysAreCompared()
    {
        Assert.That(RuleRunner.Run(_rule, "The vote is on Tuesday.", "The vote is on Thursday.")?.Label, Is.EqualTo(StanceLabel.Contradicts));
    }

    [Test]
    public void ApproximateFiguresDoNotContradict()
    {
        Assert.That(RuleRunner.Run(_rule, "At least 12 people were killed in the attack.", "15 people were killed in the attack.")?.Label, Is.Not.EqualTo(StanceLabel.Contradicts));
    }

    [Test]
    public void DifferentPlacesDoNotFire()
    {
        Assert.That(RuleRunner.Run(_rule, "12 people died in Paris.", "15 people died in London."), Is.Null);
    }
}

public class ModalityRuleTests
{
    private readonly ModalityRule _rule = new();

    [Test]
    public void HedgedVersusAssertedVetoesAgreement()
    {
        var f = RuleRunner.Run(_rule, "The minister may resign next week.", "The minister resigned.");
        Assert.That(f?.Effect, Is.EqualTo(RuleEffect.Veto));
        Assert.That(f!.Reason, Is.EqualTo("modality: 'may resign' (hedged) vs asserted"));
    }

    [Test]
    public void NoPlansVersusWillContradicts()
    {
        var f = RuleRunner.Run(_rule, "The president will visit Kyiv.", "The president has no plans to visit Kyiv.");
        Assert.That(f?.Label, Is.EqualTo(StanceLabel.Contradicts));
        Assert.That(f!.Reason, Does.StartWith("modality: 'will visit' vs 'no plans"));
    }

    [Test]
    public void TheMonthMayIsNotAHedge()
    {
        Assert.That(RuleRunner.Run(_rule, "The bridge reopened in May.", "The bridge reopened."), Is.Null);
    }

    [Test]
    public void BothHedgedDoesNotFire()
    {
        Assert.That(RuleRunner.Run(_rule, "The talks may collapse.", "The talks might collapse."), Is.Null);
    }
}

public class TitleRuleTests
{
    private readonly TitleRule _rule = new();

    [Test]
    public void FormerVersusCurrentPresident()
    {
        var f = RuleRunner.Run(_rule, "Former President Trump spoke at the rally.", "President Trump spoke at the rally.");
        Assert.That(f?.Label, Is.EqualTo(StanceLabel.Contradicts));
        Assert.That(f!.Reason, Is.EqualTo("title: 'former president trump' vs 'president trump'"));
    }

    [Test]
    public void VicePresidentVersusPresident()
    {
        Assert.That(RuleRunner.Run(_rule, "Vice President Vance met the delegation.", "President Vance met the delegation.")?.Label, Is.EqualTo(StanceLabel.Contradicts));
    }

    [Test]
    public void CompatibleDescriptionsDoNotFire()
    {
        Assert.That(RuleRunner.Run(_rule, "special envoy Steve Witkoff", "American businessman Steve Witkoff"), Is.Null);
    }

    [Test]
    public void ExAndFormerAgree()
    {
        Assert.That(RuleRunner.Run(_rule, "Ex-president Medvedev posted a threat.", "Former president Medvedev posted a threat."), Is.Null);
    }
}

public class FeatureTests
{
    [Test]
    public void FeatureVectorHasNamesForEverySlot()
    {
        var set = StanceFeatureSet.Lexical;
        Assert.That(set.Names, Has.Count.EqualTo(set.Count));
        Assert.That(set.Names.Distinct().Count(), Is.EqualTo(set.Count));
        Assert.That(set.Count, Is.EqualTo(set.Groups.Sum(g => g.Features.Count)));
        // The shipped model's layout: 73 scalar features, 2 x 32 cue words, 15 context features, 17 word-pair table features.
        Assert.That(set.Count, Is.EqualTo(169));
        Assert.That(set.IndexOf(LexicalFeatures.CoverABest), Is.EqualTo(set.Names.ToList().IndexOf("coverA_best")));
        Assert.That(set.OffsetOf(LexicalFeatures.WordPairs), Is.EqualTo(set.Count - WordPairTable.FeatureCount));
    }

    [Test]
    public void FeatureSetRejectsDuplicatesAndExtendsWithAGroup()
    {
        var set = StanceFeatureSet.Lexical;
        Assert.Throws<ArgumentException>(() => set.With(LexicalFeatures.Numbers));
        var extra = new StanceFeature("length_ratio");
        var extended = set.With(new ScalarFeatureGroup("extra",
            [(extra, static (in PairView p) => (float)p.A.Text.Length / Math.Max(1, p.B.Text.Length))]));
        Assert.That(extended.Count, Is.EqualTo(set.Count + 1));
        Assert.That(extended.IndexOf(extra), Is.EqualTo(set.Count));
        Assert.That(set.IndexOf(extra), Is.EqualTo(-1));
        var f = new PairFeaturizer(IdfTable.Empty).WithFeatures(extended);
        var v = new float[f.FeatureCount];
        f.Compute(f.Profile("one two three four"), f.Profile("one two"), v);
        Assert.That(v[extended.IndexOf(extra)], Is.EqualTo(18f / 7));
    }

    [Test]
    public void IdenticalTextsAreMaximallySimilar()
    {
        var f = new PairFeaturizer(IdfTable.Empty);
        var p = f.Profile("Putin met Witkoff in the Kremlin on Thursday.");
        var v = new float[f.FeatureCount];
        int cosine = f.Features.IndexOf(LexicalFeatures.CosWhole), ratio = f.Features.Names.ToList().IndexOf("fuzz_ratio");
        f.Compute(p, p, v);
        Assert.That(v[cosine], Is.EqualTo(1f).Within(1e-5));
        Assert.That(v[ratio], Is.EqualTo(1f));
        var other = f.Profile("Heavy rain flooded the city centre.");
        f.Compute(p, other, v);
        Assert.That(v[cosine], Is.EqualTo(0f));
    }

    [Test]
    public void BodiesAreSplitIntoSentences()
    {
        var f = new PairFeaturizer(IdfTable.Empty);
        var body = f.Profile("The U.S. envoy arrived on Monday. He met Putin. \"It went well,\" he said.\nMore talks are planned.");
        Assert.That(body.SentenceCount, Is.EqualTo(4));
    }

    [Test]
    public void WordNetRelationsAreShipped()
    {
        Assert.That(WordRelations.Default.AntonymTermCount, Is.GreaterThan(1000));
    }

    [Test]
    public void AntonymLinesNameTheirPartOfSpeech()
    {
        var ex = Assert.Throws<FormatException>(() => WordRelations.Parse(["ant\tx\tdead\talive"], TermExtractor.Default));
        Assert.That(ex!.Message, Does.Contain("ant\tx\tdead\talive"));
        var relations = WordRelations.Parse(["ant\ta\tdead\talive"], TermExtractor.Default);
        Assert.That(relations.AntonymTermCount, Is.EqualTo(2));
    }
}

public class RefutationRuleTests
{
    private readonly RefutationRule _rule = new();

    [Test]
    public void DenialOfAnAssertedFactContradicts()
    {
        var f = RuleRunner.Run(_rule, "The ministry denied that troops crossed the border.", "Troops crossed the border.");
        Assert.That(f?.Label, Is.EqualTo(StanceLabel.Contradicts));
        Assert.That(f!.Reason, Is.EqualTo("refutation: 'denied' vs asserted"));
    }

    [Test]
    public void HoaxOnTheOtherSide()
    {
        Assert.That(RuleRunner.Run(_rule, "The actor died on Sunday.", "Reports that the actor died are a hoax.")?.Reason, Is.EqualTo("refutation: asserted vs 'hoax'"));
    }

    [Test]
    public void BothRefutingDoesNotFire()
    {
        Assert.That(RuleRunner.Run(_rule, "The photo is fake.", "Experts say the photo is a hoax."), Is.Null);
    }

    [Test]
    public void UnrelatedDenialDoesNotFire()
    {
        Assert.That(RuleRunner.Run(_rule, "The ministry denied the report about the budget.", "Troops crossed the border."), Is.Null);
    }
}

public class PartialSimilarityTests
{
    [Test]
    public void ShorterInsideLongerIsOne() => Assert.That(PairFeaturizer.PartialSimilarity("summit cancelled", "trump said summit cancelled putin"), Is.EqualTo(1f));

    [Test]
    public void OneEditInFourChars() => Assert.That(PairFeaturizer.PartialSimilarity("abcd", "xxabxdxx"), Is.EqualTo(0.75f));

    [Test]
    public void DisjointAlphabetsScoreZero() => Assert.That(PairFeaturizer.PartialSimilarity("abc", "xyz"), Is.EqualTo(0f));

    [Test]
    public void EmptyScoresZero() => Assert.That(PairFeaturizer.PartialSimilarity("", "abc"), Is.EqualTo(0f));

    [Test]
    public void BitVectorDistanceEqualsTheRecurrence()
    {
        // Small alphabets (many partial matches), non-ASCII characters, and pattern lengths up to the 64-bit limit.
        var random = new Random(7);
        const string alphabet = "abcd e\u00e9\u4e2d";
        for (int trial = 0; trial < 3000; trial++)
        {
            int m = 1 + random.Next(64), n = m + random.Next(80);
            var shorter = new string(Enumerable.Range(0, m).Select(_ => alphabet[random.Next(trial % 2 == 0 ? 3 : alphabet.Length)]).ToArray());
            var longer = new string(Enumerable.Range(0, n).Select(_ => alphabet[random.Next(trial % 2 == 0 ? 3 : alphabet.Length)]).ToArray());
            Assert.That(PairFeaturizer.SemiGlobalDistanceBits(shorter, longer), Is.EqualTo(PairFeaturizer.SemiGlobalDistance(shorter, longer)), $"{shorter} | {longer}");
        }
    }

    [Test]
    public void BlockDistanceEqualsTheRecurrence()
    {
        // Patterns over one, two, three and four 64-row blocks (the clipped fuzzy texts reach 160 characters).
        var random = new Random(11);
        const string alphabet = "abcd e\u00e9\u4e2d";
        for (int trial = 0; trial < 2000; trial++)
        {
            int m = 1 + random.Next(PairFeaturizer.MaxBlockPattern), n = m + random.Next(200);
            var shorter = new string(Enumerable.Range(0, m).Select(_ => alphabet[random.Next(trial % 2 == 0 ? 3 : alphabet.Length)]).ToArray());
            var longer = new string(Enumerable.Range(0, n).Select(_ => alphabet[random.Next(trial % 2 == 0 ? 3 : alphabet.Length)]).ToArray());
            Assert.That(PairFeaturizer.SemiGlobalDistanceBlocks(shorter, longer), Is.EqualTo(PairFeaturizer.SemiGlobalDistance(shorter, longer)), $"{shorter} | {longer}");
        }
    }
}

public class FastFuzzyTests
{
    private static readonly string[] Texts =
    [
        "summit cancelled trump putin", "summit postponed cancelled", "five hour late night meeting kremlin",
        "talks lasted five hours", "moscow washington kyiv actually close diplomatic solution", "sides appear far agreement",
        "a", "the european union imposed new sanctions on russian oil exports after the talks in brussels collapsed late on monday night",
        "sanctions russian oil exports imposed european union new brussels collapsed talks monday night late",
        "aaaa bbbb aaaa", "aaaa cccc",
    ];

    [Test]
    public void RatioMatchesFuzzySharp()
    {
        foreach (var a in Texts)
            foreach (var b in Texts)
                Assert.That(FastFuzzy.Ratio(a, b), Is.EqualTo(FuzzySharp.Fuzz.Ratio(a, b, FuzzySharp.PreProcess.PreprocessMode.None)), $"{a} | {b}");
    }

    [Test]
    public void TokenSetRatioMatchesFuzzySharp()
    {
        foreach (var a in Texts)
            foreach (var b in Texts)
            {
                string sa = string.Join(' ', a.Split(' ').Order(StringComparer.Ordinal));
                string sb = string.Join(' ', b.Split(' ').Order(StringComparer.Ordinal));
                Assert.That(FastFuzzy.TokenSetRatio(sa, sb), Is.EqualTo(FuzzySharp.Fuzz.TokenSetRatio(sa, sb, FuzzySharp.PreProcess.PreprocessMode.None)), $"{sa} | {sb}");
            }
    }

    [Test]
    public void BitParallelLcsMatchesTheTable()
    {
        var random = new Random(7);
        for (int n = 0; n < 300; n++)
        {
            var a = new string(Enumerable.Range(0, random.Next(0, 250)).Select(_ => (char)('a' + random.Next(4))).ToArray());
            var b = new string(Enumerable.Range(0, random.Next(0, 250)).Select(_ => (char)('a' + random.Next(4))).ToArray());
            Assert.That(FastFuzzy.Lcs(a, b), Is.EqualTo(Reference(a, b)), $"{a} | {b}");
        }
    }

    private static int Reference(string a, string b)
    {
        var t = new int[a.Length + 1, b.Length + 1];
        for (int i = 1; i <= a.Length; i++)
            for (int j = 1; j <= b.Length; j++)
                t[i, j] = a[i - 1] == b[j - 1] ? t[i - 1, j - 1] + 1 : Math.Max(t[i - 1, j], t[i, j - 1]);
        return t[a.Length, b.Length];
    }
}
