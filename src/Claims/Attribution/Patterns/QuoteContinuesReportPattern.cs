namespace Claims.Attribution.Patterns;

/// <summary>
/// "Kerry said that 100,000 would be accepted. “That adds up to 185,000 …”": a quotation opening the next
/// sentence of the paragraph, with no attribution of its own, continues the reported speech before it.
/// </summary>
public sealed class QuoteContinuesReportPattern : IDocumentPattern
{
    /// <inheritdoc />
    public string Name => "quote-continues-report";

    /// <inheritdoc />
    public void Attribute(AttributionDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        Extend(draft);
    }

    private static void Extend(AttributionDraft d)
    {
        var quotes = d.Document.Quotes;
        if (quotes.Count == 0 || d.Results.Count == 0) return;
        // d.Results are in discovery order; index them by the sentence their content ends in.
        var bySentenceEnd = new Dictionary<int, int>();
        for (int i = 0; i < d.Results.Count; i++)
        {
            var r = d.Results[i];
            if (r.Kind != ClaimKind.Indirect || r.Source is null || r.Cue is not { } cue) continue;
            int ct = d.FirstTokenAtOrAfter(cue.Start);
            // Reported speech only ("refused to …" is not continued by a quotation); "according to" counts as speech.
            if (ct < 0 || !(d.Is(ct, "according") || d.Cues.Find(d.Word(ct)) is { Class: CueClass.Speech })) continue;
            int s = d.Document.SentenceIndexAt(Math.Max(0, r.Content.End - 1));
            if (s < 0 || d.Document.SentenceIndexAt(cue.Start) != s) continue;
            bySentenceEnd[s] = i;
        }
        foreach (var quote in quotes)
        {
            if (d.CountWords(quote.Content) < 3 || !d.StartsSentence(quote.Span.Start)) continue;
            int qs = d.Document.SentenceIndexAt(quote.Span.Start);
            if (qs <= 0 || !bySentenceEnd.TryGetValue(qs - 1, out int i)) continue;
            if (d.Document.Sentences[qs].Paragraph != d.Document.Sentences[qs - 1].Paragraph) continue;
            // A whole quoted sentence only: words after it ("…,” the judge exclaimed) name a speaker of its own.
            int qe = d.Document.SentenceIndexAt(Math.Max(0, quote.Span.End - 1));
            if (qe < 0 || d.HasLetters(quote.Span.End, d.Document.Sentences[qe].Span.End)) continue;
            // The quote must be unattributed: none of its tokens is in a content yet.
            var range = d.Document.TokenRange(quote.Content);
            bool free = true;
            for (int k = range.Start.Value; k < range.End.Value && free; k++)
                if (d.InContent[k] || d.UsedCue[k]) free = false;
            if (!free) continue;
            var r = d.Results[i];
            // The content must run to the end of its sentence (nothing else between it and the quote).
            var prev = d.Document.Sentences[qs - 1].Span;
            if (d.HasLetters(r.Content.End, prev.End)) continue;
            for (int k = range.Start.Value; k < range.End.Value; k++) d.InContent[k] = true;
            d.Replace(i, r with { Content = new TextSpan(r.Content.Start, quote.Content.End) });
            bySentenceEnd.Remove(qs - 1);
            int end = d.Document.SentenceIndexAt(Math.Max(0, quote.Content.End - 1));
            if (end >= 0) bySentenceEnd[end] = i;
        }
    }
}
