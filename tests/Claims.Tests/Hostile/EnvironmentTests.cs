using System.Globalization;

namespace Claims.Tests.Hostile;

/// <summary>
/// What must not change the output: the number of threads sharing one analyzer, and the culture of the calling thread.
/// Inputs are the seeds plus hostile shapes with case-, digit- and script-sensitive text (Turkish dotted I, Arabic,
/// decimal commas).
/// </summary>
public class EnvironmentTests
{
    private const int Threads = 16;

    private static IReadOnlyList<Article> Articles() =>
    [
        .. ReportInvariants.SeedTexts.Select((t, i) => Article.FromString(t, "seed" + i)),
        Article.FromString(HostileText.Generate(HostileShape.MixedScripts, 3_000, ReportInvariants.SeedTexts), "mixed"),
        Article.FromString(HostileText.Generate(HostileShape.Transcript, 3_000, ReportInvariants.SeedTexts), "transcript"),
        Article.FromString("İSTANBUL, Turkey. IŞIK said the deal was “off”. Officials said prices rose 1,5 percent to 2.000 lira. "
            + "Isik later said the deal was on, according to Reuters.", "turkish"),
    ];

    [Test]
    public void SixteenThreadsOnOneAnalyzerGiveTheSingleThreadOutput()
    {
        var articles = Articles();
        string expected = ReportInvariants.Serialize(ReportInvariants.Analyzer.Analyze(articles));
        var results = new string?[Threads];
        var errors = new Exception?[Threads];
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(i => new Thread(() =>
        {
            try
            {
                start.SignalAndWait();
                results[i] = ReportInvariants.Serialize(ReportInvariants.Analyzer.Analyze(articles));
            }
            catch (Exception e) { errors[i] = e; }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.That(errors, Is.All.Null);
        Assert.That(results, Is.All.EqualTo(expected));
    }

    [TestCase("tr-TR")]
    [TestCase("de-DE")]
    [TestCase("ar-SA")]
    [TestCase("")]
    public void OutputIsTheSameUnderEveryCulture(string culture)
    {
        var articles = Articles();
        string invariant = RunUnder(CultureInfo.InvariantCulture, articles);
        Assert.That(RunUnder(CultureInfo.GetCultureInfo(culture), articles), Is.EqualTo(invariant));
    }

    [Test]
    public void TheCultureTestsRunWithRealCultures()
    {
        // The test project turns invariant globalization off; without it every culture above would be the invariant one.
        Assert.That(CultureInfo.GetCultureInfo("tr-TR").TextInfo.ToUpper('i'), Is.EqualTo('İ'));
        Assert.That(1.5.ToString(CultureInfo.GetCultureInfo("de-DE")), Is.EqualTo("1,5"));
    }

    private static string RunUnder(CultureInfo culture, IReadOnlyList<Article> articles)
    {
        // On a thread of its own, so the culture cannot leak into other tests.
        string? result = null;
        Exception? error = null;
        var thread = new Thread(() =>
        {
            try
            {
                CultureInfo.CurrentCulture = culture;
                CultureInfo.CurrentUICulture = culture;
                result = ReportInvariants.Serialize(ReportInvariants.Analyzer.Analyze(articles));
            }
            catch (Exception e) { error = e; }
        });
        thread.Start();
        thread.Join();
        Assert.That(error, Is.Null, error?.ToString());
        return result!;
    }
}
