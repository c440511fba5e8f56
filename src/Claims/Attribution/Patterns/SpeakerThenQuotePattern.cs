namespace Claims.Attribution.Patterns;

/// <summary>
/// A quotation introduced by its speaker: "He said: “…”", "Her aides said, “…”", "told Politico, “…”", "Christie told
/// reporters in Nashua last week, “…”", "said Ushakov: “…”" (also across a paragraph break after the colon).
/// </summary>
public sealed class SpeakerThenQuotePattern : IQuotePattern
{
    /// <inheritdoc />
    public string Name => "speaker-then-quote";

    /// <inheritdoc />
    public bool TryAttribute(AttributionDraft draft, int quote, out int lastQuote)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var d = draft;
        lastQuote = quote;
        var q0 = d.Document.Quotes[quote];
        int before = d.LastTokenBefore(q0.Span.Start);
        // SOURCE CUE: “…” / SOURCE CUE, “…” / SOURCE CUE “…”
        bool punctuated = before >= 0 && (d.IsPunct(before, ':') || d.IsPunct(before, ','));
        if (before < 0 || !(punctuated || d.CueAt(before, out _) is { Class: CueClass.Speech })) return false;
        int cue = CueBeforeQuote(d, before, punctuated);
        if (d.CueAt(cue, out _) is { Class: CueClass.Speech } && d.TrySourceBefore(cue, out var src, out var v))
        {
            d.Add(q0.Content, cue, cue, src, ClaimKind.DirectQuote, v);
            return true;
        }
        // "said Ushakov:" and "Trump told reporters:"
        if (d.IsPunct(before, ':') && d.TryColonIntroducer(before, out var src2, out int c1))
        {
            d.Add(q0.Content, c1, c1, src2, ClaimKind.DirectQuote);
            return true;
        }
        return false;
    }

    /// <summary>The cue token before the quote's introducing punctuation (or the token right before the quote).</summary>
    private static int CueBeforeQuote(AttributionDraft d, int before, bool punctuated)
    {
        int cue = punctuated ? before - 1 : before;
        // "told Politico, “…”": step back over a named addressee.
        for (int a = cue; a > 0 && cue - a < 4 && (d.IsCapitalized(a) || d.IsWord(a) && Words.Addressees.Contains(d.Word(a))); a--)
            if (d.CueAt(a - 1, out _) is { Lemma: "tell" }) { cue = a - 1; break; }
        // "Christie told reporters in Nashua last week, “…”", "wrote in a statement, “…”": a verb of saying a
        // few words before the comma, with only an addressee or adverbial between.
        // "told his supporters, “…”" is left to the sentence rules: PolNeAR keeps the addressee in the content.
        if (punctuated && d.IsPunct(before, ',') && d.CueAt(cue, out _) is not { Class: CueClass.Speech })
            for (int a = cue - 1; a >= 0 && cue - a < 9 && (d.IsWord(a) || d.IsAbbreviationPeriod(a)); a--)
            {
                if (d.CueAt(a, out _) is { Class: CueClass.Speech, QuoteOnly: false } found) { if (found.Lemma != "tell") cue = a; break; }
                if (Words.BeForms.Contains(d.Word(a)) || d.Is(a, "that") || d.Is(a, "who") || d.Is(a, "which")) break;
            }
        return cue;
    }
}
