namespace Claims.Attribution;

/// <summary>
/// Makes an attributed content read as a claim: a caption or heading glued to it across a line break is left out (the
/// longest run of lines in which every line but the last ends a sentence is kept), and a conjunction it ends on
/// ("…over 300 pounds, but") is cut with the comma before it. Stateless.
/// </summary>
internal static class ClaimSpans
{
    // Words a clause never ends on: coordinating and subordinating conjunctions and relative words.
    private static readonly WordSet DanglingWords = new(
        "and", "or", "but", "nor", "so", "yet", "because", "although", "though", "while", "whereas", "if", "unless",
        "that", "which", "who", "whom", "whose", "when", "where", "as", "than", "since", "until", "after", "before");

    /// <summary>The part of <paramref name="span"/> that reads as a claim (possibly empty).</summary>
    public static TextSpan Readable(string text, TextSpan span)
    {
        span = ClaimBuilder.Trim(text, WithoutGluedLines(text, span));
        span = QuotationOnly(text, span);
        for (int guard = 0; guard < 4 && !span.IsEmpty; guard++)
        {
            int e = span.End;
            if (Segmentation.QuoteMarks.IsQuote(text[e - 1]) || text[e - 1] is '.' or '!' or '?' or ')') break; // a quotation ends where it ends
            int s = e;
            while (s > span.Start && char.IsLetter(text[s - 1])) s--;
            if (s == e || s == span.Start || !DanglingWords.Contains(text.AsSpan(s, e - s)) || !char.IsWhiteSpace(text[s - 1])) break;
            span = ClaimBuilder.Trim(text, new TextSpan(span.Start, s));
        }
        return span;
    }

    // Most words a content may run past the closing mark of the quotation it opens with and still be cut there.
    private const int MaxWordsAfterQuotation = 3;

    /// <summary>
    /// A content that opens a quotation ends at its closing mark when only a few words of the writer's follow it
    /// ("This can be a historic meeting,” accompanied by …": the participle is the writer's, not the quote's).
    /// </summary>
    private static TextSpan QuotationOnly(string text, TextSpan span)
    {
        if (span.IsEmpty || span.Start == 0 || !Segmentation.QuoteMarks.IsQuote(text[span.Start - 1])) return span;
        if (span.Start >= 2 && char.IsLetterOrDigit(text[span.Start - 2])) return span; // a closing mark, not an opening one
        int close = -1;
        for (int i = span.Start; i < span.End; i++)
            if (Segmentation.QuoteMarks.IsQuote(text[i])) { if (close >= 0) return span; close = i; }
        // Only a quotation that closes a clause of its own ("…,” accompanied"), not a quoted phrase ("“quite close” to").
        if (close < 0 || close == span.End - 1 || text[close - 1] is not (',' or '.' or '!' or '?')) return span;
        var rest = new TextSpan(close + 1, span.End);
        int words = Words(text, rest);
        if (words == 0 || words > MaxWordsAfterQuotation) return span;
        return ClaimBuilder.Trim(text, new TextSpan(span.Start, close));
    }

    /// <summary>
    /// The longest run of lines of <paramref name="span"/> in which every line but the last ends a sentence: a line
    /// without a sentence end before a break is a caption or heading ("Fitness Center", "Anything metal can now stick
    /// to Nikolai [CEN]").
    /// </summary>
    private static TextSpan WithoutGluedLines(string text, TextSpan span)
    {
        int firstBreak = text.IndexOf('\n', span.Start, span.Length);
        if (firstBreak < 0) return span;
        TextSpan best = default;
        int runStart = span.Start, lineStart = span.Start;
        while (lineStart < span.End)
        {
            int lineEnd = text.IndexOf('\n', lineStart, span.End - lineStart);
            if (lineEnd < 0) lineEnd = span.End;
            bool last = lineEnd >= span.End;
            if (last || !EndsSentence(text, lineStart, lineEnd))
            {
                // The run ends with this line (a glued caption line closes it unless the run is only that line).
                var run = new TextSpan(runStart, lineEnd);
                if (!last && HasWords(text, runStart, lineStart)) run = new TextSpan(runStart, lineStart);
                if (Words(text, run) > Words(text, best)) best = run;
                runStart = lineEnd + 1;
            }
            lineStart = lineEnd + 1;
        }
        return best.IsEmpty ? span : best;
    }

    private static bool HasWords(string text, int from, int to)
    {
        for (int i = from; i < to; i++) if (char.IsLetterOrDigit(text[i])) return true;
        return false;
    }

    private static int Words(string text, TextSpan span) => span.IsEmpty ? 0 : span.CountWords(text);

    private static bool EndsSentence(string text, int from, int to)
    {
        int e = to;
        while (e > from && char.IsWhiteSpace(text[e - 1])) e--;
        if (e == from) return true; // an empty line joins nothing
        char c = text[e - 1];
        if (Segmentation.QuoteMarks.IsQuote(c) || c is '’' or '\'' or ')' or ']')
        {
            if (Segmentation.QuoteMarks.IsQuote(c)) return true;
            e--;
            while (e > from && text[e - 1] is ')' or ']' or '’' or '\'') e--;
            if (e == from) return false;
            c = text[e - 1];
        }
        return c is '.' or '!' or '?' or ':' or ';' or ',' or '…';
    }
}
