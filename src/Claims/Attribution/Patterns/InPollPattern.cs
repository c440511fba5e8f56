namespace Claims.Attribution.Patterns;

/// <summary>
/// "In a CNN poll released Monday, Clinton led by 24 points": an opening "in" phrase naming a poll, survey or
/// study is the source (cue "In") of the clause after its comma.
/// </summary>
public sealed class InPollPattern : ISentencePattern
{
    /// <inheritdoc />
    public string Name => "in-poll";

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
        if (!d.Is(first, "in")) return;
        bool finding = false;
        int comma = -1;
        for (int k = first + 1; k < end && k - first <= 20; k++)
        {
            if (d.IsPunct(k, ',')) { comma = k; break; }
            if (!d.IsWord(k) && !d.IsAbbreviationPeriod(k) && !d.IsPunct(k, '/') && !d.IsPunct(k, '-')) return;
            if (d.Is(k, "poll") || d.Is(k, "polls") || d.Is(k, "survey") || d.Is(k, "surveys") || d.Is(k, "study")) finding = true;
        }
        if (!finding || comma < first + 2) return;
        int last = d.ContentLast(comma + 1, end);
        if (last - comma < 3) return;
        d.Add(d.SpanOf(comma + 1, last), first, first, d.SpanOf(first + 1, comma - 1), ClaimKind.Indirect);
    }
}
