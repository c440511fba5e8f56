using Claims.Stance;
using Claims.Stance.Leads;

namespace Claims.Tests.Stance;

/// <summary>
/// The article-level stance of lead claims (<see cref="LeadStanceFinder"/>): the decision table
/// <c>cases/lead-stance.tsv</c>, the evidence table <c>cases/lead-evidence.tsv</c>, which claims are leads, the merge
/// with claim-level pairs, and the part inside the analyzer with a model whose output the test fixes.
/// </summary>
public class LeadStanceTests
{
    public static IEnumerable<TestCaseData> Decisions() =>
        CaseTable.Read("lead-stance.tsv", ["agree", "disagree", "discuss", "unrelated", "expected", "why"])
            .Select(r => new TestCaseData(P(r["agree"]), P(r["disagree"]), P(r["discuss"]), P(r["unrelated"]), r["expected"], r["why"])
                .SetName($"lead-stance.tsv:{r.Line} {r["why"]}"));

    [TestCaseSource(nameof(Decisions))]
    public void Decision(double agree, double disagree, double discuss, double unrelated, string expected, string why)
    {
        var stance = new ArticleStance(agree, disagree, discuss, unrelated);
        Assert.That(stance.Decide(LeadStanceOptions.Default), Is.EqualTo(Label(expected)), $"{why}: {stance}");
    }

    public static IEnumerable<TestCaseData> EvidenceCases() =>
        CaseTable.Read("lead-evidence.tsv", ["lead", "claims", "relation", "expected", "why"])
            .Select(r => new TestCaseData(r["lead"], r["claims"], r["relation"], ExpectedClaim(r["expected"]), r["why"])
                .SetName($"lead-evidence.tsv:{r.Line} {r["why"]}"));

    [TestCaseSource(nameof(EvidenceCases))]
    public void Evidence(string lead, string claims, string relation, int expected, string why)
    {
        var featurizer = StanceModel.Default.Featurizer;
        var leadClaim = Claim.FromText("h", 1, lead);
        var candidates = BodyClaims(claims);
        var picked = EvidenceClaims.Pick(leadClaim, featurizer.Profile(lead), candidates, c => featurizer.Profile(c.Text), Label(relation));
        if (!PickedAsExpected(picked?.Claim, expected, why)) return;
    }

    public static IEnumerable<TestCaseData> ModelEvidenceCases() =>
        CaseTable.Read("lead-model-evidence.tsv", ["lead", "claims", "disagree", "expected", "why"])
            .Select(r => new TestCaseData(r["lead"], r["claims"], r["disagree"], ExpectedClaim(r["expected"]), r["why"])
                .SetName($"lead-model-evidence.tsv:{r.Line} {r["why"]}"));

    [TestCaseSource(nameof(ModelEvidenceCases))]
    public void ModelEvidenceOfAContradiction(string lead, string claims, string disagree, int expected, string why)
    {
        var featurizer = StanceModel.Default.Featurizer;
        var leadClaim = Claim.FromText("h", 1, lead);
        var candidates = BodyClaims(claims);
        var readings = disagree.Split(" | ").Select(x => double.Parse(x, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.That(readings, Has.Count.EqualTo(candidates.Count), $"{why}: one model reading per claim");
        var picked = EvidenceClaims.Pick(leadClaim, featurizer.Profile(lead), candidates, c => featurizer.Profile(c.Text), StanceLabel.Contradicts,
            c => readings[candidates.IndexOf(c)]);
        if (!PickedAsExpected(picked?.Claim, expected, why)) return;
    }

    public static IEnumerable<TestCaseData> DenialCueCases() =>
        CaseTable.Read("denial-cues.tsv", ["text", "claim", "expected", "why"])
            .Select(r => new TestCaseData(r.Text("text"), r["claim"], r["expected"], r["why"]).SetName($"denial-cues.tsv:{r.Line} {r["why"]}"));

    [TestCaseSource(nameof(DenialCueCases))]
    public void ADenialCueUnderANegatorIsNoDenial(string text, string piece, string expected, string why)
    {
        var doc = Claims.Tests.Attribution.Pipeline.RunDefault(Article.FromString(text, "t"));
        var claim = doc.Claims.FirstOrDefault(c => c.Cue is not null && c.Text.Contains(piece, StringComparison.Ordinal));
        Assert.That(claim, Is.Not.Null, $"{why}: no attributed claim holds '{piece}': "
            + string.Join(" | ", doc.Claims.Select(c => $"{c.Kind} [{c.Cue}] {c.Text}")));
        Assert.That(EvidenceClaims.DenialCue(claim!), Is.EqualTo(expected == "denial"), why);
    }

    public static IEnumerable<TestCaseData> DenyingLeadCases() =>
        CaseTable.Read("lead-denying.tsv", ["lead", "claims", "expected", "why"])
            .Select(r => new TestCaseData(r["lead"], r["claims"], ExpectedClaim(r["expected"]), r["why"])
                .SetName($"lead-denying.tsv:{r.Line} {r["why"]}"));

    [TestCaseSource(nameof(DenyingLeadCases))]
    public void DenyingLeadAgainstAnAssertingBody(string lead, string claims, int expected, string why)
    {
        var featurizer = StanceModel.Default.Featurizer;
        var leadClaim = Claim.FromText("h", 1, lead);
        var leadProfile = featurizer.Profile(lead);
        var candidates = BodyClaims(claims);
        var body = featurizer.Profile(string.Join('\n', candidates.Select(c => c.Text)));
        var picked = DenyingLead.Read(leadProfile, leadProfile, leadClaim, body, candidates, c => featurizer.Profile(c.Text), LeadStanceOptions.Default.MinSharedTerms)?.Evidence;
        if (!PickedAsExpected(picked?.Claim, expected, why)) return;
    }

    public static IEnumerable<TestCaseData> SharedDenialCases() =>
        CaseTable.Read("lead-shared-denial.tsv", ["lead", "claims", "expected", "why"])
            .Select(r => new TestCaseData(r["lead"], r["claims"], ExpectedClaim(r["expected"]), r["why"])
                .SetName($"lead-shared-denial.tsv:{r.Line} {r["why"]}"));

    [TestCaseSource(nameof(SharedDenialCases))]
    public void DenyingLeadAgainstABodyThatDeniesTheSame(string lead, string claims, int expected, string why)
    {
        var featurizer = StanceModel.Default.Featurizer;
        var leadClaim = Claim.FromText("h", 1, lead);
        var leadProfile = featurizer.Profile(lead);
        var candidates = BodyClaims(claims);
        var picked = SharedDenial.Read(leadProfile, leadProfile, leadClaim, candidates, c => featurizer.Profile(c.Text), LeadStanceOptions.Default.MinSharedTerms);
        if (!PickedAsExpected(picked?.Claim, expected, why)) return;
        Assert.That(picked!.Value.Opposition, Is.Not.Null, why);
    }

    public static IEnumerable<TestCaseData> OpeningDenialCases() =>
        CaseTable.Read("lead-opening-denial.tsv", ["lead", "claims", "expected", "why"])
            .Select(r => new TestCaseData(r["lead"], r["claims"], ExpectedClaim(r["expected"]), r["why"])
                .SetName($"lead-opening-denial.tsv:{r.Line} {r["why"]}"));

    [TestCaseSource(nameof(OpeningDenialCases))]
    public void AssertingLeadAgainstABodyThatOpensByDenyingIt(string lead, string claims, int expected, string why)
    {
        var featurizer = StanceModel.Default.Featurizer;
        var leadClaim = Claim.FromText("h", 1, lead);
        var leadProfile = featurizer.Profile(lead);
        var opening = BodyClaims(claims);
        var picked = OpeningDenial.Read(leadProfile, leadProfile, leadClaim, opening, c => featurizer.Profile(c.Text), LeadStanceOptions.Default.MinSharedTerms);
        if (!PickedAsExpected(picked?.Claim, expected, why)) return;
        Assert.That(picked!.Value.Denial, Is.True, why);
    }

    public static IEnumerable<TestCaseData> OpeningSentenceCases() =>
        CaseTable.Read("lead-opening-sentence.tsv", ["lead", "claims", "sentences", "expected", "why"])
            .Select(r => new TestCaseData(r["lead"], r["claims"], r["sentences"], ExpectedClaim(r["expected"]), r["why"])
                .SetName($"lead-opening-sentence.tsv:{r.Line} {r["why"]}"));

    [TestCaseSource(nameof(OpeningSentenceCases))]
    public void AnOpeningClaimIsReadThroughItsSentenceWhenTheClaimAloneDeniesNothing(string lead, string claims, string sentences, int expected, string why)
    {
        var featurizer = StanceModel.Default.Featurizer;
        var leadClaim = Claim.FromText("h", 1, lead);
        var leadProfile = featurizer.Profile(lead);
        var opening = BodyClaims(claims);
        var sentenceOf = sentences.Split(" | ");
        Assert.That(sentenceOf, Has.Length.EqualTo(opening.Count), "one sentence per claim");
        var alone = OpeningDenial.Read(leadProfile, leadProfile, leadClaim, opening, c => featurizer.Profile(c.Text), LeadStanceOptions.Default.MinSharedTerms);
        Assert.That(alone, Is.Null, $"{why}: the claims alone deny nothing");
        var picked = OpeningDenial.Read(leadProfile, leadProfile, leadClaim, opening, c => featurizer.Profile(c.Text), LeadStanceOptions.Default.MinSharedTerms,
            c => featurizer.Profile(sentenceOf[opening.IndexOf(c)]));
        if (!PickedAsExpected(picked?.Claim, expected, why)) return;
        Assert.That(picked!.Value.Opposition, Does.EndWith(OpeningDenial.InSentence), why);
    }

    [Test]
    public void TheOpeningIsTheClaimsOfTheFirstBodySentences()
    {
        var analyzer = ClaimAnalyzer.CreateDefault();
        var article = analyzer.Process(new Article("a", "Summit between Trump and Putin cancelled\n\nThe White House said the summit will go ahead. Officials are preparing the talks.\nA date is not set."));
        var opening = LeadClaims.Opening(article, 1);
        Assert.That(opening, Is.Not.Empty);
        Assert.That(opening.Select(c => c.Text), Has.None.Contain("cancelled").And.None.Contain("preparing"));
        Assert.That(LeadClaims.Opening(article, 0), Is.Empty);
        Assert.That(LeadClaims.Opening(article, 10), Has.Count.EqualTo(article.Claims.Count(c => !c.Text.Contains("cancelled", StringComparison.Ordinal))));
    }

    [Test]
    public void NoClaimsNoEvidence()
    {
        var featurizer = StanceModel.Default.Featurizer;
        Assert.That(EvidenceClaims.Pick(Claim.FromText("h", 1, "Summit cancelled"), featurizer.Profile("Summit cancelled"), [], c => featurizer.Profile(c.Text), StanceLabel.Contradicts), Is.Null);
    }

    [Test]
    public void TheTitleIsTheLeadAndTheRestIsTheBody()
    {
        var analyzer = ClaimAnalyzer.CreateDefault();
        var article = analyzer.Process(new Article("a", "Summit between Trump and Putin cancelled\n\nThe White House said the summit will go ahead. Officials are preparing the talks.\nA date is not set."));
        var leads = LeadClaims.Of(article, LeadStanceOptions.Default);
        Assert.That(leads.Select(c => c.Text), Is.EqualTo(new[] { "Summit between Trump and Putin cancelled" }));
        Assert.That(LeadClaims.Body(article), Does.Not.Contain("cancelled").And.StartWith("The White House said"));
        Assert.That(LeadClaims.BodySentences(article, LeadStanceOptions.Default), Is.EqualTo(3));

        // A headline given alone (one line, even ending with a full stop) is all lead and has no body.
        var headline = analyzer.Process(new Article("h", "Trump and Putin cancel their summit."));
        Assert.That(LeadClaims.Of(headline, LeadStanceOptions.Default), Has.Count.EqualTo(1));
        Assert.That(LeadClaims.BodySentences(headline, LeadStanceOptions.Default), Is.Zero);

        // A one-paragraph article of two long sentences is a short article, not a headline.
        var shortArticle = analyzer.Process(new Article("s", "We took a look at the photo said to show the body of the militant leader and found it was really "
            + "a fighter killed in 2013 in another country, with the leader's head and watch added by someone who wanted it to spread. See a news report on the death here."));
        Assert.That(LeadClaims.Of(shortArticle, LeadStanceOptions.Default), Is.Empty);
        Assert.That(LeadClaims.Of(shortArticle, LeadStanceOptions.Default with { MaxLeadWords = 100 }), Is.Not.Empty);

        // An article without a title and with several paragraphs has no lead.
        var untitled = analyzer.Process(new Article("u", "The summit will go ahead, officials said.\nThe talks start on Monday."));
        Assert.That(LeadClaims.Of(untitled, LeadStanceOptions.Default), Is.Empty);
    }

    private const string Headline = "Summit between Trump and Putin in Budapest cancelled";
    private const string Body = "The White House denied reports that the summit between Trump and Putin in Budapest had been cancelled.\n"
        + "Officials in Budapest said preparations for the summit continue.\n"
        + "The Kremlin said both delegations are preparing the talks.\n"
        + "Weather in Budapest was mild on Monday.";

    // Claim-level pairs are switched off (a filter that compares nothing) to see the part alone; the merge with them
    // is LeadStanceMergerTests' and ClaimPairsAreNeverReportedTwice's.
    private static AnalysisReport Analyze(ArticleStance fixedStance, LeadStanceOptions? options = null, params Article[] extra)
    {
        var analyzer = new ClaimAnalyzerBuilder().UseDefaults().UsePairFilter(new NoClaimPairs())
            .UseLeadStance(new LeadStanceFinder(new FixedStanceModel(fixedStance), options)).Build();
        return analyzer.Analyze([new Article("h", Headline), new Article("b", Body), .. extra]);
    }

    [Test]
    public void ClaimPairsAreNeverReportedTwice()
    {
        var analyzer = new ClaimAnalyzerBuilder().UseDefaults()
            .UseLeadStance(new LeadStanceFinder(new FixedStanceModel(new ArticleStance(0.05, 0.85, 0.08, 0.02)))).Build();
        var report = analyzer.Analyze([new Article("h", Headline), new Article("b", Body)]);
        Assert.That(report.Pairs.Select(p => (p.A, p.B)), Is.Unique);
        Assert.That(report.Pairs, Has.Some.Matches<ClaimPair>(p => p.Reasons.Any(r => r.StartsWith("article-level stance: ", StringComparison.Ordinal))));
        // The lead is not both contradicted and supported by the body.
        var withLead = report.Pairs.Where(p => p.A == "h#1" || p.B == "h#1").Select(p => p.Relation).Distinct().ToList();
        Assert.That(withLead, Has.Count.EqualTo(1));
    }

    [Test]
    public void AnAgreeingReadingIsNotTakenWhenTheClosestClaimDeniesTheLead()
    {
        // The body's closest claim to "... cancelled" is the White House's denial: an "agree" reading of the whole
        // article cannot be right about it, so no article-level pair (EvidenceClaims, cases/lead-evidence.tsv).
        var report = Analyze(new ArticleStance(0.9, 0.02, 0.06, 0.02));
        Assert.That(ArticleLevel(report), Is.Empty);
    }

    private static IEnumerable<ClaimPair> ArticleLevel(AnalysisReport report) =>
        report.Pairs.Where(p => p.Reasons.Any(r => r.StartsWith("article-level stance: ", StringComparison.Ordinal)));

    [Test]
    public void AnArticleThatAsAWholeDisputesTheHeadlineContradictsItThroughItsDenial()
    {
        var report = Analyze(new ArticleStance(0.05, 0.85, 0.08, 0.02));
        var pair = ArticleLevel(report).Single();
        Assert.That(pair.Relation, Is.EqualTo(StanceLabel.Contradicts));
        Assert.That(new[] { pair.A, pair.B }, Does.Contain("h#1"));
        var evidence = report.FindClaim(pair.A == "h#1" ? pair.B : pair.A).Claim;
        Assert.That(evidence.ArticleId, Is.EqualTo("b"));
        Assert.That(evidence.Cue, Is.EqualTo("denied"), "the claim reported through 'denied' is the denial");
        Assert.That(pair.Score, Is.GreaterThanOrEqualTo(0.85));
        string reasons = string.Join(" | ", pair.Reasons);
        Assert.That(reasons, Does.Contain("article-level stance: b as a whole disputes the lead claim h#1"));
        Assert.That(reasons, Does.Contain("model: disagree 0.85, agree 0.05, discuss 0.08, unrelated 0.02"));
        Assert.That(reasons, Does.Contain($"evidence in b: {evidence.Id}").And.Contain("the claim most similar to the lead claim that opposes it"));
        Assert.That(reasons, Does.Contain("same event: same story s1").And.Contain("shared names").And.Contain("budapest"));
    }

    [Test]
    public void AnAgreeingReadingOfAHeadlineThatCallsTheReportFakeIsAContradiction()
    {
        // The model reads "agree" from shared words; the headline calls the report fake and the body tells it as fact.
        var analyzer = new ClaimAnalyzerBuilder().UseDefaults().UsePairFilter(new NoClaimPairs())
            .UseLeadStance(new LeadStanceFinder(new FixedStanceModel(new ArticleStance(0.6, 0.1, 0.28, 0.02)))).Build();
        const string body = "McDonald's will stop serving overweight customers from January, the company announced.\n"
            + "Obesity in America has more than doubled over the last two decades.\n"
            + "Customers will be weighed before they order at McDonald's restaurants.";
        var report = analyzer.Analyze([new Article("h", "Fake news: McDonald's will stop serving overweight customers"), new Article("b", body)]);
        var pair = ArticleLevel(report).Single();
        Assert.That(pair.Relation, Is.EqualTo(StanceLabel.Contradicts));
        Assert.That(string.Join(" | ", pair.Reasons), Does.Contain("read the other way round: the lead claim denies the report ('fake')")
            .And.Contain("reports as fact what the lead claim denies"));

        // The same body calling the story a hoax agrees with the headline: no contradiction.
        var hoax = analyzer.Analyze([new Article("h", "Fake news: McDonald's will stop serving overweight customers"), new Article("b", body + "\nThe story is a hoax.")]);
        Assert.That(ArticleLevel(hoax).Where(p => p.Relation == StanceLabel.Contradicts), Is.Empty);
    }

    private const string SupportingBody = "Officials confirmed that the summit between Trump and Putin in Budapest was cancelled.\n"
        + "The Kremlin said the delegations had stopped preparing the talks.\n"
        + "Weather in Budapest was mild on Monday.";

    [Test]
    public void AnArticleThatSupportsTheHeadlineAgreesWithIt()
    {
        var analyzer = new ClaimAnalyzerBuilder().UseDefaults().UsePairFilter(new NoClaimPairs())
            .UseLeadStance(new LeadStanceFinder(new FixedStanceModel(new ArticleStance(0.9, 0.02, 0.06, 0.02)))).Build();
        var report = analyzer.Analyze([new Article("h", Headline), new Article("b", SupportingBody)]);
        var pair = ArticleLevel(report).Single();
        Assert.That(pair.Relation, Is.EqualTo(StanceLabel.Agrees));
        Assert.That(string.Join(" | ", pair.Reasons), Does.Contain("b as a whole supports the lead claim h#1"));
    }

    [TestCase(0.05, 0.15, 0.78, 0.02, TestName = "An article that reports the claim (discuss) adds no pair")]
    [TestCase(0.05, 0.70, 0.05, 0.20 + 0.01, TestName = "An article likely unrelated adds no pair")]
    public void NoVerdictNoPair(double agree, double disagree, double discuss, double unrelated)
    {
        Assert.That(ArticleLevel(Analyze(new ArticleStance(agree, disagree, discuss, unrelated))), Is.Empty);
    }

    [Test]
    public void AnArticleThatOpensByDenyingTheLeadDisputesItThoughTheModelReadsDiscuss()
    {
        // Body opens with "The White House denied reports that the summit ... had been cancelled" (OpeningDenial).
        var stance = new ArticleStance(0.05, 0.30, 0.63, 0.02);
        var pair = ArticleLevel(Analyze(stance)).Single();
        Assert.That(pair.Relation, Is.EqualTo(StanceLabel.Contradicts));
        Assert.That(string.Join(" | ", pair.Reasons), Does.Contain("b opens by denying the report").And.Contain("opens by reporting it denied"));
        // Below the option's "disagree", or with the denial after the opening, no pair.
        Assert.That(ArticleLevel(Analyze(stance, LeadStanceOptions.Default with { MinDisagreeWithOpeningDenial = 0.31 })), Is.Empty);
        Assert.That(ArticleLevel(Analyze(stance, LeadStanceOptions.Default with { OpeningSentences = 0 })), Is.Empty);
    }

    [Test]
    public void TooFewSharedWordsAddNoPair()
    {
        var options = LeadStanceOptions.Default with { MinSharedTerms = 50 };
        Assert.That(ArticleLevel(Analyze(new ArticleStance(0.05, 0.85, 0.08, 0.02), options)), Is.Empty);
    }

    [Test]
    public void ThePartIsRemovable()
    {
        var analyzer = new ClaimAnalyzerBuilder().UseDefaults().UseLeadStance(null).Build();
        Assert.That(analyzer.LeadStance, Is.Null);
        var report = analyzer.Analyze([new Article("h", Headline), new Article("b", Body)]);
        Assert.That(ArticleLevel(report), Is.Empty);
        Assert.That(new ClaimAnalyzerBuilder().UseDefaults().Build().LeadStance, Is.InstanceOf<LeadStanceFinder>(), "on by default");
    }

    [Test]
    public void TheCapIsReportedAsAWarning()
    {
        var second = new Article("c", Body.Replace("The White House", "The Kremlin", StringComparison.Ordinal));
        var report = Analyze(new ArticleStance(0.05, 0.85, 0.08, 0.02), LeadStanceOptions.Default with { MaxArticlesPerLead = 1 }, second);
        Assert.That(report.Warnings, Has.Some.StartsWith("lead-stance cap reached: 1 lead claims had more than 1 articles"));
        Assert.That(ArticleLevel(report).Count(), Is.EqualTo(1));
    }

    [Test]
    public void CancellationStopsTheReadings()
    {
        var analyzer = ClaimAnalyzer.CreateDefault();
        var documents = new[] { analyzer.Process(new Article("h", Headline)), analyzer.Process(new Article("b", Body)) };
        var finder = new LeadStanceFinder(new FixedStanceModel(new ArticleStance(0.05, 0.85, 0.08, 0.02)), LeadStanceOptions.Default with { KeepReadings = true });
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.That(() => finder.Find(documents, [], 1, cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
        var result = finder.Find(documents, [], 1, CancellationToken.None);
        Assert.That(result.Readings.Select(r => (r.Lead.Id, r.Article)), Is.EqualTo(new[] { ("h#1", "b") }));
        Assert.That(result.Pairs, Has.Count.EqualTo(1));
        Assert.That(new LeadStanceFinder(new FixedStanceModel(new ArticleStance(0.05, 0.85, 0.08, 0.02))).Find(documents, [], 1, CancellationToken.None).Readings,
            Is.Empty, "readings are kept only when asked");
    }

    [Test]
    public void BadOptionsAreNamed()
    {
        Assert.That(() => new LeadStanceFinder(new FixedStanceModel(default), LeadStanceOptions.Default with { MinDisagree = 1.5 }),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains("MinDisagree"));
        Assert.That(() => new LeadStanceFinder(new FixedStanceModel(default), LeadStanceOptions.Default with { MaxArticlesPerLead = 0 }),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains("MaxArticlesPerLead"));
    }

    private static double P(string s) => double.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private static StanceLabel Label(string s) => s switch
    {
        "contradicts" => StanceLabel.Contradicts,
        "agrees" => StanceLabel.Agrees,
        "neutral" => StanceLabel.Neutral,
        _ => throw new FormatException($"unknown relation '{s}' (contradicts, agrees, neutral)"),
    };

    private sealed class NoClaimPairs : Claims.Matching.IClaimPairFilter
    {
        public bool IsComparable(Claim a, Claim b) => false;
    }

    // The 1-based claim number a table's "expected" column names, or 0 for "none".
    private static int ExpectedClaim(string column) =>
        column == "none" ? 0 : int.Parse(column, System.Globalization.CultureInfo.InvariantCulture);

    // The body claims " | "-separated in a table cell, numbered b#1, b#2, ...
    private static List<Claim> BodyClaims(string cell) =>
        cell.Split(" | ").Select((t, i) => Claim.FromText("b", i + 1, t)).ToList();

    // Asserts that the reading picked body claim number expected (none when 0); true when it picked one.
    private static bool PickedAsExpected(Claim? picked, int expected, string why)
    {
        if (expected == 0)
        {
            Assert.That(picked, Is.Null, $"{why}: picked '{picked?.Text}'");
            return false;
        }
        Assert.That(picked, Is.Not.Null, why);
        Assert.That(picked!.Id, Is.EqualTo($"b#{expected}"), $"{why}: picked '{picked.Text}'");
        return true;
    }
}
