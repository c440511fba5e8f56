using Claims.Segmentation;

namespace Claims.Attribution.Patterns;

/// <summary>Quotation tests the quote patterns share: the speaker clause after a quote, continued quotes, titles, clause ends.</summary>
internal static class QuotePhrases
{
    /// <summary>After a closing quote: [,] SOURCE CUE or [,] CUE SOURCE, followed by a clause end.</summary>
    internal static bool TrySpeakerAfter(this AttributionDraft d, int k, out TextSpan? source, out int cueFirst, out int cueLast, out int next, out string? via)
    {
        source = null; cueFirst = cueLast = next = -1; via = null;
        if (k < 0 || k >= d.Tokens.Count) return false;
        // The speaker follows in the same paragraph, never across a paragraph break.
        if (k > 0 && d.Text.AsSpan(d.Tokens[k - 1].End, d.Tokens[k].Start - d.Tokens[k - 1].End).Contains('\n')) return false;
        if (d.IsPunct(k, ',') || d.IsPunct(k, '—') || d.IsPunct(k, '–')) k++;
        return d.TryCueThenSource(k, out source, out cueFirst, out cueLast, out next, out via)
            || d.TrySourceThenCue(k, out source, out cueFirst, out cueLast, out next, out via);
    }

    // CUE SOURCE: "said Ushakov", "added the official"
    private static bool TryCueThenSource(this AttributionDraft d, int k, out TextSpan? source, out int cueFirst, out int cueLast, out int next, out string? via)
    {
        source = null; cueFirst = cueLast = next = -1; via = null;
        int limit = Math.Min(d.Tokens.Count, k + PatternLimits.MaxSourceTokens + 2);
        if (d.CueAt(k, out int ce) is not { Class: CueClass.Speech, Invertible: true }) return false;
        int end = d.ClauseEnd(ce + 1, limit);
        if (end <= ce + 1 || !d.TrySourceAfter(ce + 1, end, out source, out via)) return false;
        cueFirst = k; cueLast = ce; next = end;
        return true;
    }

    // SOURCE CUE: "he said", "Dmitriev said", "the Kremlin envoy told reporters"
    private static bool TrySourceThenCue(this AttributionDraft d, int k, out TextSpan? source, out int cueFirst, out int cueLast, out int next, out string? via)
    {
        source = null; cueFirst = cueLast = next = -1; via = null;
        int appositive = -1; // first comma of "Michele Bachmann, Republican of Minnesota, told"
        int limit = Math.Min(d.Tokens.Count, k + PatternLimits.MaxSourceTokens + 8);
        for (int c = k + 1; c < limit; c++)
        {
            if (d.IsAbbreviationPeriod(c)) continue;
            // "James B. Comey Jr., the director …", "retired in Cambridge, Mass., said": a short abbreviation
            // before a comma stays inside the speaker phrase.
            if (d.IsPunct(c, '.') && d.IsPunct(c + 1, ',') && d.IsCapitalized(c - 1) && d.Tokens[c - 1].End == d.Tokens[c].Start
                && d.Tokens[c - 1].End - d.Tokens[c - 1].Start <= 4) continue;
            if (d.IsPunct(c, ',') && appositive < 0 && (d.IsWord(c - 1) && !Words.Pronouns.Contains(d.Word(c - 1)) || d.IsPunct(c - 1, '.'))) { appositive = c; continue; }
            if (d.IsPunct(c, ',') && appositive >= 0 && d.IsCapitalized(c - 1) && d.IsCapitalized(c + 1)) continue; // a place: "Cambridge, Mass."
            if (appositive >= 0 && (d.IsPunct(c, '\'') || d.IsPunct(c, '’'))) continue; // "Sanders' campaign manager"
            if (d.IsPunct(c, '(') && c > k)
                return d.TryParentheticalSource(k, c, limit, out source, out cueFirst, out cueLast, out next, out via);
            if (d.IsPunct(c, ',') && appositive >= 0 && c + 1 < limit && d.CueAt(c + 1, out _) is { Class: CueClass.Speech }) continue;
            if (!d.IsWord(c)) break;
            if (d.CueAt(c, out int ce) is not { Class: CueClass.Speech }) continue;
            int srcLast = d.SkipAuxiliariesBack(c - 1, k);
            if (appositive >= 0)
            {
                if (!d.IsPunct(c - 1, ',')) break;
                srcLast = appositive - 1;
                if (d.IsPunct(srcLast, '.')) srcLast--; // "Comey Jr.,"
            }
            if (srcLast < k) break;
            if (!d.ValidHead(srcLast)) break;
            source = d.SourceWithVia(k, srcLast, out via);
            cueFirst = c; cueLast = ce;
            next = d.SkipAddressee(ce + 1, limit, stopAtThat: false);
            return true;
        }
        return false;
    }

    // "Rep. Earl Blumenauer (D-Ore.) said": a party-and-state parenthetical, opening at token c, inside the source.
    private static bool TryParentheticalSource(this AttributionDraft d, int k, int c, int limit,
        out TextSpan? source, out int cueFirst, out int cueLast, out int next, out string? via)
    {
        source = null; cueFirst = cueLast = next = -1; via = null;
        int close = c + 1;
        while (close < limit && close - c < 8 && !d.IsPunct(close, ')')) close++;
        if (close >= limit || !d.IsPunct(close, ')') || close + 1 >= limit || d.CueAt(close + 1, out int pe) is not { Class: CueClass.Speech })
            return false;
        int pLast = c - 1;
        if (!d.ValidHead(pLast)) return false;
        source = d.SourceWithVia(k, pLast, out via);
        cueFirst = close + 1; cueLast = pe;
        next = d.SkipAddressee(pe + 1, Math.Min(d.Tokens.Count, pe + 8), stopAtThat: false);
        return true;
    }

    /// <summary>
    /// Whether <paramref name="next"/> continues a speaker's quote that ended at <paramref name="gap"/>: it opens the
    /// sentence after the one holding <paramref name="gap"/>, in the same paragraph, and has no speaker of its own.
    /// </summary>
    internal static bool ContinuesQuote(this AttributionDraft d, int gap, Quote next)
    {
        if (next.Span.Start < gap) return false;
        int s = d.Document.SentenceIndexAt(Math.Max(0, gap - 1));
        int n = d.Document.SentenceIndexAt(next.Span.Start);
        if (s < 0 || n < 0 || d.Document.Sentences[s].Paragraph != d.Document.Sentences[n].Paragraph) return false;
        bool adjacent = true;
        for (int i = gap; i < next.Span.Start && adjacent; i++)
            if (char.IsLetterOrDigit(d.Text[i])) adjacent = false;
        // Either only punctuation separates the parts, or the next quote opens the following sentence.
        if (!adjacent && !(n == s + 1 && d.StartsSentence(next.Span.Start))) return false;
        int after = d.FirstTokenAtOrAfter(next.Span.End);
        return !(d.EndsClause(next) && d.TrySpeakerAfter(after, out _, out _, out _, out _, out _));
    }

    /// <summary>The quote ends with a period inside its marks and the next token opens another sentence.</summary>
    internal static bool ClosesSentence(this AttributionDraft d, Quote quote, int after)
    {
        if (after < 0) return true;
        int i = quote.Content.End - 1;
        while (i > quote.Content.Start && char.IsWhiteSpace(d.Text[i])) i--;
        if (d.Text[i] != '.') return false;
        int qs = d.Document.SentenceIndexAt(Math.Max(0, quote.Span.End - 1));
        return qs >= 0 && d.Document.SentenceIndexAt(d.Tokens[after].Start) != qs;
    }

    /// <summary>Quoted titles ("“State of the Union”", "“Sunday Morning Futures”"): every longer word capitalized.</summary>
    internal static bool IsTitle(this AttributionDraft d, TextSpan span)
    {
        var range = d.Document.TokenRange(span);
        if (range.End.Value - range.Start.Value > 12) return false;
        for (int k = range.Start.Value; k < range.End.Value; k++)
        {
            if (!d.IsWord(k) || d.IsCapitalized(k)) continue;
            // Titles lower-case only short function words ("State of the Union"); "It’s not new in Virginia" is a sentence.
            if (d.Tokens[k].End - d.Tokens[k].Start > 3 || !Words.TitleLowercase.Contains(d.Word(k))) return false;
        }
        return true;
    }

    /// <summary>The quote's last content character is clause-final punctuation (“…,” “…?” “…!” “….”) or a comma follows.</summary>
    internal static bool EndsClause(this AttributionDraft d, Quote quote)
    {
        int i = quote.Content.End - 1;
        // Nested quotes end with single marks: “… ‘darn it,’” / ''… 'poor,' ''.
        while (i > quote.Content.Start && (char.IsWhiteSpace(d.Text[i]) || d.Text[i] is '’' or '\'' or '‘')) i--;
        if (d.Text[i] is ',' or '.' or '?' or '!' or '…' or '—' or '-') return true;
        int j = quote.Span.End;
        return j < d.Text.Length && d.Text[j] is ',' or '—';
    }

    /// <summary>"X said:" ending at the colon token <paramref name="colon"/>: the cue is within 4 tokens before.</summary>
    internal static bool TryColonIntroducer(this AttributionDraft d, int colon, out TextSpan? source, out int cue)
    {
        source = null;
        for (cue = colon - 1; cue >= 0 && cue >= colon - 5; cue--)
        {
            if (d.IsTerminator(cue) || d.Tokens[cue].Kind == TokenKind.Quote) break;
            if (d.CueAt(cue, out _) is not { Class: CueClass.Speech }) continue;
            if (d.TrySourceBefore(cue, out source, out _)) return true;
            if (d.TrySourceAfter(cue + 1, colon, out source, out _)) return true;
        }
        cue = -1;
        return false;
    }
}
