using Claims.Segmentation;

namespace Claims.Attribution.Learned;

/// <summary>
/// Sources that belong to another attribution, read again after the ranker (both modes; cases in
/// <c>tests/Claims.Tests/cases/nested-sources.tsv</c>):
/// <list type="bullet">
/// <item>The object of "according to X" is not the subject of a later cue in its sentence: in "according to CNN, Trump
/// has privately questioned whether …" Trump questioned, as CNN reports; the source becomes the subject before that cue
/// and the reporter its <see cref="AttributionSpan.Via"/>.</item>
/// <item>A cue inside another attribution's content whose source is that attribution's own source, outside the content
/// ("Sybiha said Putin's threats … showed Moscow was not ready", read as Sybiha showing): the inner attribution borrows a
/// source that is not its subject and only repeats part of the outer one's content; it is dropped. After a comma the
/// cue is the outer source's own participle ("X said Y, citing Z"): then the outer content ends at the comma.</item>
/// <item>An outlet or institution that reports another attribution ("The Kremlin has claimed the U.S. envoys promised to
/// return …", "Axios reported that X said …"): the reporter becomes the inner attribution's <see cref="AttributionSpan.Via"/>.</item>
/// </list>
/// Stateless and thread-safe.
/// </summary>
internal static class NestedSources
{
    /// <summary>The attributions with the sources above re-read; the list itself when none changed.</summary>
    public static IReadOnlyList<AttributionSpan> Apply(Document document, IReadOnlyList<AttributionSpan> attributions)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(attributions);
        List<AttributionSpan?>? result = null;
        // Only attributions with a source and a cue can hold another's source: indexed by source span and by content
        // span, each pass visits the ones whose span can overlap or contain the span it asks about (in list order,
        // as a scan of the whole list would meet them) instead of every attribution of the article.
        var withSource = Enumerable.Range(0, attributions.Count).Where(j => attributions[j] is { Source: not null, Cue: not null }).ToArray();
        var sources = new SpanIndex(withSource, j => attributions[j].Source!.Value);
        var contents = new SpanIndex(withSource, j => attributions[j].Content);
        var found = new List<int>();
        for (int i = 0; i < attributions.Count; i++)
        {
            var b = attributions[i];
            if (b.FromLayout || b.Source is not { } source || b.Cue is not { } cue) continue;
            sources.Overlapping(source, found);
            foreach (int j in found)
            {
                var a = attributions[j];
                if (j == i || a.Source is not { } outer || a.Cue is not { } outerCue || !outer.Overlaps(source)) continue;
                if (IsAccordingTo(document, outerCue) && !IsAccordingTo(document, cue) && cue.Start >= outer.End
                    && document.SentenceIndexAt(cue.Start) == document.SentenceIndexAt(outer.Start))
                {
                    if (SourceRepair.SubjectBefore(document, cue, b.Content, outer.End) is not { } subject) break;
                    result ??= [.. attributions];
                    result[i] = b with { Source = subject, Via = b.Via ?? Reporter(document, outer) };
                    break;
                }
                if (a.Content.Contains(cue) && !a.Content.Overlaps(source) && a.Content.Contains(b.Content.Start))
                {
                    result ??= [.. attributions];
                    if (CommaBefore(document, cue, a.Content) is { } comma)
                        result[j] = (result[j] ?? a) with { Content = new TextSpan(a.Content.Start, comma) }; // "X said Y, citing Z": Y ends at the comma
                    else result[i] = null;
                    break;
                }
            }
        }
        for (int i = 0; i < attributions.Count; i++)
        {
            // A reporter whose content holds the inner attribution's source and cue: "The Kremlin has claimed [the envoys promised …]".
            var b = result is null ? attributions[i] : result[i];
            if (b is null || b.Via is not null || b.Source is not { } source || b.Cue is not { } cue) continue;
            contents.Containing(source, found);
            foreach (int j in found)
            {
                var a = attributions[j];
                if (ReferenceEquals(a, b) || a.Source is not { } outer || a.Cue is not { } outerCue || outer.Overlaps(source)
                    || !a.Content.Contains(source) || !a.Content.Contains(cue) || a.Content.Start > source.Start
                    || IsAccordingTo(document, outerCue)) continue;
                result ??= [.. attributions];
                result[i] = b with { Via = Reporter(document, outer) };
                break;
            }
        }
        return result is null ? attributions : [.. result.OfType<AttributionSpan>()];
    }

    // Spans of some attributions (by index) sorted by start: those that may overlap or contain a span lie in a window
    // of starts as wide as the longest span; the exact test is the caller's.
    private sealed class SpanIndex
    {
        private readonly (int Start, int End, int Index)[] _byStart;
        private readonly int _longest;

        public SpanIndex(int[] indices, Func<int, TextSpan> span)
        {
            _byStart = [.. indices.Select(j => (span(j).Start, span(j).End, j)).OrderBy(e => e.Start).ThenBy(e => e.j)];
            _longest = _byStart.Length == 0 ? 0 : _byStart.Max(e => e.End - e.Start);
        }

        /// <summary>Fills <paramref name="found"/> with the indices, ascending, of the spans that overlap <paramref name="span"/>.</summary>
        public void Overlapping(TextSpan span, List<int> found) =>
            Collect(span.Start - _longest, span.End - 1, e => e.Start < span.End && span.Start < e.End, found);

        /// <summary>Fills <paramref name="found"/> with the indices, ascending, of the spans that contain <paramref name="span"/>.</summary>
        public void Containing(TextSpan span, List<int> found) =>
            Collect(span.End - _longest, span.Start, e => e.Start <= span.Start && span.End <= e.End, found);

        // The entries whose start lies in [from, to] and that pass the test.
        private void Collect(int from, int to, Func<(int Start, int End, int Index), bool> test, List<int> found)
        {
            found.Clear();
            int lo = 0, hi = _byStart.Length;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (_byStart[mid].Start < from) lo = mid + 1;
                else hi = mid;
            }
            for (int k = lo; k < _byStart.Length && _byStart[k].Start <= to; k++)
                if (test(_byStart[k])) found.Add(_byStart[k].Index);
            found.Sort();
        }
    }

    /// <summary>The position of the comma right before a participle cue ("…, citing"), when it lies inside <paramref name="content"/> past its first word.</summary>
    private static int? CommaBefore(Document document, TextSpan cue, TextSpan content)
    {
        var tokens = document.Tokens;
        int k = document.TokenRange(cue).Start.Value;
        if (k < 1 || !cue.Slice(document.Text).TrimEnd().EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return null;
        var comma = tokens[k - 1];
        return comma.Kind == TokenKind.Punctuation && document.Text[comma.Start] == ',' && comma.Start > content.Start + 1 ? comma.Start : null;
    }

    private static bool IsAccordingTo(Document document, TextSpan cue) =>
        document.Text.AsSpan(cue.Start, cue.Length).Trim().StartsWith("according to", StringComparison.OrdinalIgnoreCase);

    /// <summary>The reporter's name as written, without a leading article or a trailing comma.</summary>
    internal static string Reporter(Document document, TextSpan source)
    {
        var s = document.Text.AsSpan(source.Start, source.Length).Trim().TrimEnd(",;:");
        if (s.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) s = s[4..];
        return s.ToString().Replace('\n', ' ');
    }
}
