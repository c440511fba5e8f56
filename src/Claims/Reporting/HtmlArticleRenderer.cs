using System.Globalization;
using System.Text;

namespace Claims.Reporting;

/// <summary>
/// Renders one article's text with its claims highlighted in place, displaCy style: the text is cut at every claim,
/// speaker and cue boundary; each piece inside claims is a span listing them (<c>data-c="c1 c4"</c>), so overlapping
/// and nested claims need no nesting of elements; speaker and cue pieces are marked; each claim starts with an anchor
/// (<c>id="c1"</c>) and ends with a label (kind, speaker, cue).
/// </summary>
internal static class HtmlArticleRenderer
{
    public static void Render(StringBuilder sb, ArticleAnalysis article, IReadOnlyDictionary<string, string> anchors)
    {
        string text = article.Article.Text;
        var claims = article.Claims;
        var starts = new SortedDictionary<int, List<int>>();
        var ends = new SortedDictionary<int, List<int>>();
        var marks = new SortedDictionary<int, (int Speaker, int Cue)>();
        var bounds = new SortedSet<int> { 0, text.Length };
        for (int i = 0; i < claims.Count; i++)
        {
            var span = claims[i].Span;
            if (span.Start < 0 || span.End > text.Length || span.IsEmpty) continue;
            Add(starts, span.Start, i);
            Add(ends, span.End, i);
            bounds.Add(span.Start);
            bounds.Add(span.End);
            if (claims[i].SpeakerSpan is { } speaker) Mark(marks, bounds, speaker, text.Length, speaker: true);
            if (claims[i].CueSpan is { } cue) Mark(marks, bounds, cue, text.Length, speaker: false);
        }

        var active = new List<int>();
        int inSpeaker = 0, inCue = 0, previous = -1;
        foreach (int at in bounds)
        {
            if (previous >= 0 && at > previous)
                AppendPiece(sb, text.AsSpan(previous, at - previous), active, claims, anchors, inSpeaker > 0, inCue > 0);
            if (ends.TryGetValue(at, out var closing))
                foreach (int i in closing)
                {
                    active.Remove(i);
                    AppendLabel(sb, claims[i], anchors[claims[i].Id]);
                }
            if (marks.TryGetValue(at, out var delta)) (inSpeaker, inCue) = (inSpeaker + delta.Speaker, inCue + delta.Cue);
            if (starts.TryGetValue(at, out var opening))
                foreach (int i in opening)
                {
                    active.Add(i);
                    sb.Append("<a class=\"anchor\" id=\"").Append(anchors[claims[i].Id]).Append("\"></a>");
                }
            previous = at;
        }
    }

    private static void AppendPiece(StringBuilder sb, ReadOnlySpan<char> piece, List<int> active, IReadOnlyList<Claim> claims,
        IReadOnlyDictionary<string, string> anchors, bool speaker, bool cue)
    {
        if (active.Count == 0 && !speaker && !cue)
        {
            HtmlText.Append(sb, piece);
            return;
        }
        sb.Append("<span class=\"seg");
        if (active.Count > 0) sb.Append(" k-").Append(WireNames.Of(claims[active[^1]].Kind));
        if (active.Count > 1) sb.Append(" nested");
        if (speaker) sb.Append(" spk");
        if (cue) sb.Append(" cue");
        sb.Append('"');
        if (active.Count > 0)
        {
            sb.Append(" data-c=\"");
            for (int k = 0; k < active.Count; k++) sb.Append(k == 0 ? "" : " ").Append(anchors[claims[active[k]].Id]);
            sb.Append('"');
        }
        sb.Append('>');
        HtmlText.Append(sb, piece);
        sb.Append("</span>");
    }

    private static void AppendLabel(StringBuilder sb, Claim claim, string anchor)
    {
        sb.Append("<span class=\"tag k-").Append(WireNames.Of(claim.Kind)).Append("\" data-c=\"").Append(anchor).Append("\">");
        sb.Append(WireNames.Of(claim.Kind));
        if (claim.Speaker is { } speaker) sb.Append(" · ").Append(HtmlText.Escape(speaker));
        if (claim.Cue is { } cue) sb.Append(" · <i>").Append(HtmlText.Escape(cue)).Append("</i>");
        sb.Append("</span>");
    }

    private static void Add(SortedDictionary<int, List<int>> map, int key, int value)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(value);
    }

    private static void Mark(SortedDictionary<int, (int Speaker, int Cue)> marks, SortedSet<int> bounds, TextSpan span, int length, bool speaker)
    {
        if (span.Start < 0 || span.End > length || span.IsEmpty) return;
        bounds.Add(span.Start);
        bounds.Add(span.End);
        var (s, c) = marks.GetValueOrDefault(span.Start);
        marks[span.Start] = speaker ? (s + 1, c) : (s, c + 1);
        (s, c) = marks.GetValueOrDefault(span.End);
        marks[span.End] = speaker ? (s - 1, c) : (s, c - 1);
    }

    /// <summary>Anchor ids for every claim of the report: "c1", "c2", ... in report order.</summary>
    public static Dictionary<string, string> Anchors(AnalysisReport report)
    {
        var anchors = new Dictionary<string, string>(StringComparer.Ordinal);
        int n = 0;
        foreach (var article in report.Articles)
            foreach (var claim in article.Claims)
                anchors[claim.Id] = "c" + (++n).ToString(CultureInfo.InvariantCulture);
        return anchors;
    }
}
