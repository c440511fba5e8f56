using Claims.Segmentation;

namespace Claims.Attribution.Learned;

/// <summary>
/// Adds the attributions a post-model reading found (<see cref="PassiveReports"/>, <see cref="CoordinatedCues"/>) to the
/// kept ones when no kept attribution already holds their cue or overlaps their content, nor one added before them.
/// Stateless and thread-safe.
/// </summary>
internal static class UnclaimedReadings
{
    /// <summary>
    /// <paramref name="attributions"/> with the unclaimed readings <paramref name="read"/> finds in each sentence of
    /// <paramref name="document"/> (by index) added; the list itself when none is new or the document has no token.
    /// </summary>
    public static IReadOnlyList<AttributionSpan> AddPerSentence(Document document, IReadOnlyList<AttributionSpan> attributions, Func<int, IEnumerable<AttributionSpan>> read)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(attributions);
        if (document.Tokens.Count == 0) return attributions;
        return Add(attributions, Enumerable.Range(0, document.Sentences.Count).SelectMany(read));
    }

    /// <summary>
    /// <paramref name="attributions"/> with the unclaimed <paramref name="readings"/> (each with a cue) added, in text
    /// order; the list itself when none is added. The kept spans are indexed only once a reading turns up.
    /// </summary>
    public static IReadOnlyList<AttributionSpan> Add(IReadOnlyList<AttributionSpan> attributions, IEnumerable<AttributionSpan> readings)
    {
        ArgumentNullException.ThrowIfNull(attributions);
        ArgumentNullException.ThrowIfNull(readings);
        List<AttributionSpan>? added = null;
        SpanOverlaps? cues = null, contents = null;
        foreach (var p in readings)
        {
            if (p.Cue is not { } cue) continue;
            cues ??= new SpanOverlaps(attributions.Where(a => a.Cue is not null).Select(a => a.Cue!.Value));
            contents ??= new SpanOverlaps(attributions.Select(a => a.Content));
            if (cues.AnyOverlaps(cue) || contents.AnyOverlaps(p.Content)
                || added is not null && added.Exists(x => x.Content.Overlaps(p.Content) || x.Cue!.Value.Overlaps(cue)))
                continue;
            (added ??= []).Add(p);
        }
        return added is null ? attributions : [.. attributions.Concat(added).OrderBy(a => a.Content.Start).ThenBy(a => a.Content.End)];
    }
}
