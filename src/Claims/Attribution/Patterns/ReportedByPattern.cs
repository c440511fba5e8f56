namespace Claims.Attribution.Patterns;

/// <summary>
/// "Tinder's ban of Ms. Gedrich was first reported by BuzzFeed.": the passive subject opening the sentence is
/// the content, the agent after "by" the source.
/// </summary>
public sealed class ReportedByPattern : ISentencePattern
{
    /// <inheritdoc />
    public string Name => "reported-by";

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
        for (int k = first + 3; k + 2 < end && k - first < 20; k++)
        {
            if (!d.Is(k, "reported") || d.UsedCue[k] || d.InQuote[k]) continue;
            int be = k - 1;
            if (d.Is(be, "first") || d.Is(be, "originally")) be--;
            if (!(d.Is(be, "was") || d.Is(be, "were"))) return;
            if (!d.Is(k + 1, "by")) return;
            int srcEnd = d.ClauseEnd(k + 2, Math.Min(end, k + 2 + PatternLimits.MaxSourceTokens));
            if (srcEnd <= k + 2 || !d.IsTerminator(srcEnd) && !d.IsPunct(srcEnd, ',')) return;
            // The subject: the sentence up to the verb, without punctuation that would make it a clause.
            for (int j = first; j < be; j++)
                if (!d.IsWord(j) && !d.IsAbbreviationPeriod(j) && !d.IsPunct(j, '’') && !d.IsPunct(j, '\'')) return;
            if (be - first < 2) return;
            d.Add(d.SpanOf(first, be - 1), be, k, d.SpanOf(k + 2, srcEnd - 1), ClaimKind.Indirect);
            return;
        }
    }
}
