namespace Claims.Attribution.Patterns;

/// <summary>
/// "That’s according to early results of exit polls …": PolNeAR takes "That" as the content (it points back to
/// the previous sentence), "’s according to" as the cue and the rest as the source.
/// </summary>
public sealed class ThatsAccordingToPattern : ISentencePattern
{
    /// <inheritdoc />
    public string Name => "thats-according-to";

    /// <inheritdoc />
    public SentenceKinds Reads => SentenceKinds.Body;

    /// <inheritdoc />
    public void Attribute(AttributionDraft draft, SentenceTokens sentence)
    {
        ArgumentNullException.ThrowIfNull(draft);
        Find(draft, sentence.First, sentence.End);
    }

    private static void Find(AttributionDraft d, int first, int end)
    {
        if (!(d.Is(first, "that’s") || d.Is(first, "that's")) || !d.Is(first + 1, "according") || !d.Is(first + 2, "to")) return;
        int last = d.ContentLast(first + 3, end);
        if (last < first + 3 || d.UsedCue[first + 1]) return;
        int start = d.Tokens[first].Start;
        d.Add(new TextSpan(start, start + 4), first + 1, first + 2, d.SpanOf(first + 3, last), ClaimKind.Indirect);
        int added = d.Results.Count - 1;
        if (added >= 0 && d.Results[added].Content.Start == start)
            d.Replace(added, d.Results[added] with { Cue = new TextSpan(start + 4, d.Tokens[first + 2].End) });
    }
}
