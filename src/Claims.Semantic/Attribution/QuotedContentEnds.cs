using Claims.Attribution;

namespace Claims.Semantic.Attribution;

/// <summary>
/// A kept content that opens a quotation runs to its closing mark: the accurate model's tagger cuts some quotations at
/// their first sentence ("The Post issued a correction, saying that “a bird did not defecate on … Putin during a speech
/// on Friday. The video appears to have been a hoax.”" kept up to "Friday", the rest left to the writer), where the
/// quotation marks say the speaker's words go on. Extended only when the opening mark is among the content's first
/// characters (after "that"), the content ends inside the quotation, and no other kept attribution overlaps the rest.
/// Accurate mode, after <see cref="RuleClaimRescue"/>. Stateless and thread-safe.
/// </summary>
internal static class QuotedContentEnds
{
    /// <summary>How many characters into the content the opening mark may stand ("that “…").</summary>
    internal const int MaxOpeningOffset = 6;

    /// <summary>The attributions with such contents extended to the quotation's end; the list itself when none changed.</summary>
    public static IReadOnlyList<AttributionSpan> Apply(Document document, IReadOnlyList<AttributionSpan> kept)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(kept);
        List<AttributionSpan>? result = null;
        for (int i = 0; i < kept.Count; i++)
        {
            var a = kept[i];
            if (a.FromLayout || a.Kind == ClaimKind.Counter) continue;
            foreach (var q in document.Quotes)
            {
                int offset = q.Span.Start - a.Content.Start;
                if (offset is < 0 or > MaxOpeningOffset || a.Content.End <= q.Content.Start || a.Content.End >= q.Content.End) continue;
                var rest = new TextSpan(a.Content.End, q.Content.End);
                bool taken = false;
                for (int j = 0; j < kept.Count && !taken; j++)
                    taken = j != i && (kept[j].Content.Overlaps(rest) || kept[j].Cue is { } c && c.Overlaps(rest));
                if (taken) break;
                result ??= [.. kept];
                result[i] = a with { Content = new TextSpan(a.Content.Start, q.Content.End) };
                break;
            }
        }
        return result ?? kept;
    }
}
