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
        for (int i = 0; i < attributions.Count; i++)
        {
            var b = attributions[i];
            if (b.FromLayout || b.Source is not { } source || b.Cue is not { } cue) continue;
            for (int j = 0; j < attributions.Count; j++)
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
            foreach (var a in attributions)
            {
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
