namespace Claims.Attribution.Patterns;

/// <summary>
/// "Gowdy released a statement highlighting the role Congress played", "Trump issued a statement Tuesday
/// condemning …", "issued the following statement: “…”": the words after the participle (or the colon) are the
/// content; the cue runs from the verb to the participle.
/// </summary>
public sealed class StatementReleasePattern : ISentencePattern
{
    /// <inheritdoc />
    public string Name => "statement-release";

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
        for (int k = first + 2; k < end - 2; k++)
        {
            if (!(d.Is(k, "statement") || d.Is(k, "statements")) || d.InQuote[k] || d.InContent[k]) continue;
            int verb = k - 1;
            if (d.Is(verb, "following") || d.Is(verb, "joint") || d.Is(verb, "written")) verb--;
            if (d.Is(verb, "a") || d.Is(verb, "the") || d.Is(verb, "an")) verb--;
            if (d.Is(verb, "out") && verb - 1 >= first) verb--;
            if (!(d.Is(verb, "issued") || d.Is(verb, "released") || d.Is(verb, "issues") || d.Is(verb, "releases") || d.Is(verb, "put") || d.Is(verb, "putting")
                  || d.Is(verb, "issuing") || d.Is(verb, "releasing") || d.Is(verb, "posted"))) continue;
            int c = d.SkipAdverbials(k + 1, end);
            if (c >= end) continue;
            int contentStart;
            int cueLast;
            if (d.IsWord(c) && !d.IsCapitalized(c) && d.Word(c).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !d.Is(c, "during"))
            {
                contentStart = c + 1;
                cueLast = c;
                if (d.Is(contentStart, "that")) { } // "saying that …": the complementizer stays in the content
                else if (contentStart < end && (d.Is(contentStart, "in") || d.Is(contentStart, "to")) && !d.Is(c, "saying")) contentStart++; // "in opposition to" stays short
            }
            else if (d.IsPunct(c, ':'))
            {
                contentStart = c + 1;
                cueLast = c;
            }
            else continue;
            if (contentStart >= end) continue;
            TextSpan? source = null;
            if (verb > first && !d.TrySourceBefore(verb, out source, out _)) continue;
            if (verb == first || source is null) continue;
            int last = d.StopAtTrailingCue(contentStart, d.ContentLast(contentStart, end));
            if (last - contentStart < 1) continue;
            d.Add(d.SpanOf(contentStart, last), verb, cueLast, source, ClaimKind.Indirect);
        }
    }
}
