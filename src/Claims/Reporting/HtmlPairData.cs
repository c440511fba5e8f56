using System.Text.Json;

namespace Claims.Reporting;

/// <summary>
/// The pairs of the HTML report as JSON inside the page (System.Text.Json's default encoder escapes '&lt;', '&gt;' and
/// '&amp;', so no text can end the script element): <c>{"claims":{"c1":{...}},"pairs":[{...}]}</c>, each claim once
/// (text, speaker, cue, kind, outlet, date, stories), each pair with its relation, score, sides (earlier first),
/// reasons and timing note.
/// </summary>
internal static class HtmlPairData
{
    public static void Write(TextWriter output, AnalysisReport report, IReadOnlyList<ClaimPair> pairs,
        IReadOnlyDictionary<string, string> anchors, Dictionary<string, List<string>> storiesOf, ReportOptions options)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteStartObject("claims");
            var written = new HashSet<string>(StringComparer.Ordinal);
            foreach (var pair in pairs)
                foreach (var id in (ReadOnlySpan<string>)[pair.A, pair.B])
                {
                    if (!written.Add(id)) continue;
                    var (claim, article) = report.FindClaim(id);
                    w.WriteStartObject(anchors[id]);
                    w.WriteString("t", claim.Text);
                    w.WriteString("w", claim.Speaker);
                    w.WriteString("k", HtmlReportWriter.SpeakerKey(claim));
                    w.WriteString("q", claim.Cue);
                    w.WriteString("d", WireNames.Of(claim.Kind));
                    w.WriteString("o", article.Article.Outlet);
                    w.WriteString("p", article.Published is { } date ? TextReportWriter.FormatDate(date) : null);
                    w.WriteStartArray("g");
                    foreach (var story in storiesOf.GetValueOrDefault(article.Article.Id) ?? []) w.WriteStringValue(story);
                    w.WriteEndArray();
                    w.WriteEndObject();
                }
            w.WriteEndObject();
            w.WriteStartArray("pairs");
            foreach (var pair in pairs)
            {
                var timing = PairTiming.Of(report, pair);
                w.WriteStartObject();
                w.WriteString("r", WireNames.Of(pair.Relation));
                w.WriteNumber("s", Math.Round(pair.Score, 2));
                w.WriteString("a", anchors[timing.BFirst ? pair.B : pair.A]);
                w.WriteString("b", anchors[timing.BFirst ? pair.A : pair.B]);
                w.WriteStartArray("why");
                foreach (var reason in pair.Reasons) w.WriteStringValue(reason);
                w.WriteEndArray();
                if (timing.IsFarApart(options.FarApart)) w.WriteString("n", timing.Describe() + "; the earlier first");
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        output.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}
