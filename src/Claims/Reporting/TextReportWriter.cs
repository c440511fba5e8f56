using System.Globalization;
using Claims.Stance;

namespace Claims.Reporting;

/// <summary>
/// Writes a human-readable report: contradictions first (both claims, speakers, outlets and the reasons), then
/// agreements, then per-article claim counts.
/// </summary>
public sealed class TextReportWriter
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>.</summary>
    public void Write(AnalysisReport report, TextWriter output, IReadOnlyList<InputError>? errors = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        WriteSection(report, output, StanceLabel.Contradicts, "Contradictions");
        WriteSection(report, output, StanceLabel.Agrees, "Agreements");

        output.WriteLine("Articles");
        foreach (var article in report.Articles)
        {
            var byKind = article.Claims.GroupBy(c => c.Kind).OrderBy(g => g.Key)
                .Select(g => string.Create(CultureInfo.InvariantCulture, $"{WireNames.Of(g.Key)} {g.Count()}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {article.Article.Id}: {article.Claims.Count} claims ({string.Join(", ", byKind)})"));
        }
        int neutral = report.Pairs.Count(p => p.Relation == StanceLabel.Neutral);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  related pairs: {report.Pairs.Count} ({neutral} neutral)"));
        WriteStories(report, output);
        foreach (var error in errors ?? [])
            output.WriteLine($"error: {error.Input}: {error.Message}");
    }

    // Stories with two or more articles, then how many articles stand alone; warnings about limits the analysis hit.
    private static void WriteStories(AnalysisReport report, TextWriter output)
    {
        if (report.Stories.Count > 0)
        {
            var shared = report.Stories.Where(s => s.Articles.Count > 1).ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Stories ({report.Stories.Count}; {shared.Count} covered by two or more articles)"));
            foreach (var story in shared)
                output.WriteLine($"  {story.Id}: {story.Title} ({string.Join(", ", story.Articles)})");
        }
        foreach (var warning in report.Warnings)
            output.WriteLine($"warning: {warning}");
    }

    private static void WriteSection(AnalysisReport report, TextWriter output, StanceLabel label, string heading)
    {
        var pairs = report.PairsWith(label).OrderByDescending(p => p.Score).ThenBy(p => p.A, StringComparer.Ordinal).ThenBy(p => p.B, StringComparer.Ordinal).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{heading} ({pairs.Count})"));
        int n = 0;
        foreach (var pair in pairs)
        {
            n++;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {n}. score {pair.Score:0.00}: {string.Join("; ", pair.Reasons)}"));
            WriteClaim(report, output, pair.A);
            WriteClaim(report, output, pair.B);
        }
        output.WriteLine();
    }

    private static void WriteClaim(AnalysisReport report, TextWriter output, string id)
    {
        var (claim, article) = report.FindClaim(id);
        string who = claim.Speaker ?? "(the outlet)";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"     [{article.Article.Outlet}] {who}: \"{claim.Text}\" ({WireNames.Of(claim.Kind)}, {claim.Span.Start}-{claim.Span.End})"));
    }
}
