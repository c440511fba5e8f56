namespace Claims.Attribution.Patterns;

/// <summary>
/// A quotation with its speaker after it: "“…,” Dmitriev said", "“…,” said Ushakov", split around the cue ("“…,” he
/// said, “…”") or continued by quoted sentences of the same paragraph, which join one content. A quoted fragment ending
/// a clause ("the timing “wasn’t right,” he said") takes the clause before it.
/// </summary>
public sealed class QuoteThenSpeakerPattern : IQuotePattern
{
    /// <inheritdoc />
    public string Name => "quote-then-speaker";

    /// <inheritdoc />
    public bool TryAttribute(AttributionDraft draft, int quote, out int lastQuote)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var d = draft;
        lastQuote = quote;
        var quotes = d.Document.Quotes;
        var q0 = quotes[quote];
        int after = d.FirstTokenAtOrAfter(q0.Span.End);
        // A quote closing its sentence (“….” Political analyst X agreed …) is not attributed to the next sentence's subject.
        if (!d.EndsClause(q0) || d.ClosesSentence(q0, after)
            || !d.TrySpeakerAfter(after, out var source, out int cueFirst, out int cueLast, out int next, out var via))
            return false;
        var content = q0.Content;
        if (!d.StartsSentence(q0.Span.Start))
        {
            // A quoted fragment ending a clause ("the timing “wasn’t right,” he said"): the clause is the content.
            int s = d.Document.SentenceIndexAt(q0.Span.Start);
            if (s >= 0 && d.CountWords(q0.Content, 8) < 8) content = new TextSpan(d.Document.Sentences[s].Span.Start, content.End);
        }
        // Split quotes (“…,” he said, “…”) and quoted sentences that follow in the same paragraph continue the
        // same speaker's words: one content over all parts.
        int gap = next >= 0 && next < d.Tokens.Count ? d.Tokens[next].Start : q0.Span.End;
        int q = quote;
        while (q + 1 < quotes.Count)
        {
            // Short quoted titles inside the speaker clause ("said on CNN’s “State of the Union”") are skipped.
            int r = q + 1;
            while (r < quotes.Count && r - q <= 2 && d.CountWords(quotes[r].Content, 6) < 6 && !d.StartsSentence(quotes[r].Span.Start)
                   && d.HasLetters(gap, quotes[r].Span.Start)
                   && d.Document.SentenceIndexAt(quotes[r].Span.Start) == d.Document.SentenceIndexAt(Math.Max(0, gap - 1)))
                r++;
            if (r >= quotes.Count || !d.ContinuesQuote(gap, quotes[r])) break;
            content = new TextSpan(content.Start, quotes[r].Content.End);
            gap = quotes[r].Span.End;
            q = r;
        }
        d.Add(content, cueFirst, cueLast, source, ClaimKind.DirectQuote, via);
        lastQuote = q;
        return true;
    }
}
