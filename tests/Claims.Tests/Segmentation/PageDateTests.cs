using Claims.Segmentation;

namespace Claims.Tests.Segmentation;

public class PageDateTests
{
    [TestCase("Apr.02 - 2025 9:10 AM CET", "2025-04-02T09:10:00+01:00")]
    [TestCase("April 2, 2025", "2025-04-02T00:00:00+00:00")]
    [TestCase("2 April 2025 14:05 GMT", "2025-04-02T14:05:00+00:00")]
    [TestCase("Tuesday, Nov. 25, 2025 11:30 p.m. EST", "2025-11-25T23:30:00-05:00")]
    [TestCase("2025-04-02", "2025-04-02T00:00:00+00:00")]
    public void DateLinesAreRead(string line, string expected)
    {
        Assert.That(PageDate.TryParse(line, out var date), Is.True);
        Assert.That(date, Is.EqualTo(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [TestCase("Apr. 2")]
    [TestCase("4/2/2025")]
    [TestCase("Feb 30, 2025")]
    [TestCase("The talks lasted five hours")]
    public void NoFullDateIsNotRead(string line) => Assert.That(PageDate.TryParse(line, out _), Is.False);

    [Test]
    public void TheSeedWithADateLineCarriesItsDateIntoTheReport()
    {
        var report = ClaimAnalyzer.CreateDefault().Extract([SeedFiles.Load("002_b3c078f5d496fc16"), SeedFiles.Load("003_9a3a1d6131fd7a65")]);
        Assert.That(report.Articles[0].Published, Is.EqualTo(new DateTimeOffset(2025, 4, 2, 9, 10, 0, TimeSpan.FromHours(1))));
        Assert.That(report.Articles[1].Published, Is.Null);
    }

    [Test]
    public void AGivenDateWinsOverThePage()
    {
        var given = new DateTimeOffset(2025, 4, 3, 0, 0, 0, TimeSpan.Zero);
        var article = SeedFiles.Load("002_b3c078f5d496fc16") with { Published = given };
        Assert.That(ClaimAnalyzer.CreateDefault().Extract([article]).Articles[0].Published, Is.EqualTo(given));
    }
}
