using Claims.Stance.Leads;

namespace Claims.Tests.Stance;

/// <summary>
/// The table <c>cases/report-denial.tsv</c>: sentences that call a report as a whole false (<see cref="ReportDenial"/>),
/// by pointing back at it or said of what the sentence tells, and near misses that must read as no denial.
/// </summary>
public class ReportDenialTests
{
    public static IEnumerable<TestCaseData> Cases() =>
        CaseTable.Read("report-denial.tsv", ["sentence", "expected", "why"])
            .Select(r => new TestCaseData(r["sentence"], r["expected"], r["why"]).SetName($"report-denial.tsv:{r.Line} {r["why"]}"));

    [TestCaseSource(nameof(Cases))]
    public void Case(string sentence, string expected, string why)
    {
        var found = ReportDenial.In(Claims.Stance.StanceModel.Default.Featurizer.Profile(sentence));
        string got = found is { } f ? (f.PointsBack ? "points-back" : "in-sentence")
            : ReportDenial.Labelled(Claims.Stance.StanceModel.Default.Featurizer.Profile(sentence)) is not null ? "labelled" : "none";
        Assert.That(got, Is.EqualTo(expected), $"{why}: read '{found?.Words}'");
    }

    [TestCase("But that's not true - the true owner is a Swedish millionaire.", "that's not true")]
    [TestCase("There’s only one problem: apparently None of it ever happened.", "none of it ever happened")]
    [TestCase("It did not, Contrary to some reports Monday, break off a little piece.", "contrary to some reports")]
    public void TheWordsAreQuotedAsTheSentenceWritesThemInLowerCase(string sentence, string quoted)
    {
        var found = ReportDenial.In(Claims.Stance.StanceModel.Default.Featurizer.Profile(sentence));
        Assert.That(found?.Words, Is.EqualTo(quoted));
    }

    [Test]
    public void TheDenialMustPointAtTheLeadsEventNotOnlyItsNames()
    {
        var featurizer = Claims.Stance.StanceModel.Default.Featurizer;
        var lead = featurizer.Profile("Tiger Woods Is Suspended For Failed Drug Test").Whole;
        var island = featurizer.Profile("The sale of a private island has received attention, thanks to the assertion that it is Tiger Woods who sells it. But that's not true.").Whole;
        var test = featurizer.Profile("Reports said Woods failed a drug test. But that's not true.").Whole;
        Assert.Multiple(() =>
        {
            Assert.That(ReportDenial.TellsLeadEvent(lead, island), Is.False, "the text before the denial shares only the lead's names");
            Assert.That(ReportDenial.TellsLeadEvent(lead, test), Is.True, "the text before the denial tells the lead's event");
        });
    }
}
