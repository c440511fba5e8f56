using Claims.Segmentation;

namespace Claims.Attribution;

/// <summary>Content boundaries that follow quotation marks, for <see cref="ContentBoundaryRefiner"/>: quotes that continue a speaker's words after the speaker clause or across a paragraph break, lead-ins and interrupted sentences before a quote, and a quotation the content opens but does not close.</summary>
internal static class QuoteBoundaries
{
    // Longest speaker clause between two parts of one speaker's quote, in words ("Viguerie tells Breitbart News in an
    // exclusive interview"); longer gaps are narrative, not a speaker clause.
    internal const int MaxSpeakerClauseWords = 25;

    // Fewest words a following quote needs to continue the speaker's words (shorter ones are titles or scare quotes).
    internal const int MinContinuationWords = 3;

    // Most quotes one attribution is extended over.
    internal const int MaxContinuations = 5;

    // Fewest words before a quote opened inside its sentence for them to count as the statement's lead-in.
    internal const int MinLeadInWords = 3;

    /// <summary>“A,” SOURCE CUE …. “B.” → content from A to B, when B is the speaker's and nobody else's.</summary>
    internal static TextSpan ExtendOverFollowingQuotes(Document document, AttributionSpanIndex all, int index, TextSpan content)
    {
        var a = all[index] with { Content = content };
        string text = document.Text;
        // Only a quote followed by its speaker clause: the cue comes after the content.
        if (a.Cue is not { } cue || cue.Start < a.Content.End) return a.Content;
        var quotes = document.Quotes;
        int q = FirstQuoteAtOrAfter(quotes, a.Content.End);
        // The attribution's own quote ends at (or right after) its content; the candidates come after it.
        while (q < quotes.Count && quotes[q].Span.Start < a.Content.End) q++;
        int end = a.Content.End, cursor = a.Content.End;
        for (int n = 0; n < MaxContinuations && q < quotes.Count; n++, q++)
        {
            var next = quotes[q];
            var gap = new TextSpan(cursor, next.Span.Start);
            if (n == 0)
            {
                // The speaker clause: holds the cue, is short and is (the end of) one sentence.
                if (!gap.Contains(cue) || gap.CountWords(text) > MaxSpeakerClauseWords || !IsOneClause(text, gap)) break;
            }
            else if (gap.CountWords(text) > 0) break;
            if (CountNewlines(text, gap) > 2) break;
            // The next part opens a sentence, or resumes the sentence the speaker clause interrupted (“…,” he said, “…”).
            if (!OpensSentence(text, next.Span.Start) && !(n == 0 && ResumesQuote(text, gap)) && !(n > 0 && gap.CountWords(text) == 0)) break;
            if (next.Content.CountWords(text) < MinContinuationWords) break;
            if (ReportBoundaries.IsClaimedByOther(all, index, next.Span)) break;
            // The quote must close its line, or at least its sentence: words after an open sentence ("…,” the judge
            // said) name a speaker of their own; after a closed one ("…. We are not terrorists.” He added: …") they
            // start a new sentence, and the content stops after this quote.
            bool closesLine = !HasWordBeforeLineEnd(text, next.Span.End);
            if (!closesLine && !EndsSentence(text, next.Content)) break;
            end = next.Content.End;
            cursor = next.Span.End;
            if (!closesLine) break;
        }
        return end == a.Content.End ? a.Content : new TextSpan(a.Content.Start, end);
    }

    /// <summary>SOURCE said that A.¶“B.” → content A … B: a quoted paragraph right after reported speech goes on with it.</summary>
    internal static TextSpan ExtendOverNextParagraphQuotes(Document document, AttributionSpanIndex all, int index, TextSpan content)
    {
        var a = all[index];
        // Only reported speech whose cue comes first; the same paragraph is the finder's business.
        if (a.Cue is not { } cue || cue.Start >= content.Start) return content;
        string text = document.Text;
        var quotes = document.Quotes;
        int q = FirstQuoteAtOrAfter(quotes, content.End);
        while (q < quotes.Count && quotes[q].Span.Start < content.End) q++;
        int end = content.End, cursor = content.End;
        for (int n = 0; n < MaxContinuations && q < quotes.Count; n++, q++)
        {
            var next = quotes[q];
            var gap = new TextSpan(cursor, next.Span.Start);
            if (gap.CountWords(text) > 0) break;
            int newlines = CountNewlines(text, gap);
            if (n == 0 ? newlines == 0 || newlines > 2 : newlines > 2) break;
            if (!OpensSentence(text, next.Span.Start)) break;
            if (next.Content.CountWords(text) < MinContinuationWords) break;
            if (ReportBoundaries.IsClaimedByOther(all, index, next.Span)) break;
            if (HasWordBeforeLineEnd(text, next.Span.End)) break;
            end = next.Content.End;
            cursor = next.Span.End;
        }
        return end == content.End ? content : new TextSpan(content.Start, end);
    }

    /// <summary>"PREFIX, SOURCE CUE, “lower-case quote”" → content from the sentence start.</summary>
    internal static TextSpan ExtendBackOverInterruptedSentence(Document document, AttributionSpanIndex all, int index)
    {
        var a = all[index];
        var content = a.Content;
        if (a.Cue is not { } cue || a.Source is not { } source || source.End > cue.Start || cue.End > content.Start) return content;
        string text = document.Text;
        if (content.IsEmpty || !char.IsLower(text[content.Start])) return content;
        // Only the quote's opening (and a comma or colon) between the cue clause and the quote: no sentence end, no line break.
        var between = new TextSpan(cue.End, content.Start);
        if (between.Length > 60 || CountNewlines(text, between) > 0) return content;
        for (int i = between.Start; i < between.End; i++)
            if (text[i] is '.' or '!' or '?') return content;
        int s = document.SentenceIndexAt(source.Start);
        if (s < 0) return content;
        int start = document.Sentences[s].Span.Start;
        var prefix = new TextSpan(start, source.Start);
        // A prefix of a few words set off by a comma: "Still, Mr. Devine acknowledged, ''we're …''" is an adverb, not content.
        if (prefix.CountWords(text) < 3 || !EndsWithComma(text, prefix)) return content;
        return ReportBoundaries.IsClaimedByOther(all, index, prefix) ? content : new TextSpan(start, content.End);
    }

    /// <summary>"LEAD-IN “QUOTE,” SOURCE said." → content from the sentence start: the unquoted words are the same statement.</summary>
    internal static TextSpan ExtendBackOverLeadIn(Document document, AttributionSpanIndex all, int index, TextSpan content)
    {
        var a = all[index];
        if (a.Cue is not { } cue || cue.Start < content.End || content.IsEmpty) return content;
        string text = document.Text;
        // The quote opens right before the content, inside a sentence.
        int open = content.Start - 1;
        while (open >= 0 && text[open] == ' ') open--;
        if (open < 0 || !(QuoteMarks.IsQuote(text[open]) || text[open] == '\'')) return content;
        while (open > 0 && (QuoteMarks.IsQuote(text[open - 1]) || text[open - 1] == '\'')) open--;
        int s = document.SentenceIndexAt(content.Start);
        if (s < 0) return content;
        int start = document.Sentences[s].Span.Start;
        while (start < open && char.IsWhiteSpace(text[start])) start++;
        var prefix = new TextSpan(start, open);
        if (prefix.CountWords(text) < MinLeadInWords || CountNewlines(text, prefix) > 0) return content;
        // The quote must be embedded in the lead-in's syntax ("have engaged in “…”"); after a colon, dash or comma the
        // lead-in is a clause of its own ("telling her, “…”"; "ticked through the code: ''…''").
        int last = open - 1;
        while (last >= start && char.IsWhiteSpace(text[last])) last--;
        if (last < start || !char.IsLetterOrDigit(text[last])) return content;
        // Only one speaker clause after the quote, in the same sentence.
        var gap = new TextSpan(content.End, cue.Start);
        if (gap.CountWords(text) > MaxSpeakerClauseWords || !IsOneClause(text, gap)) return content;
        if (all.ContentOverlapsOther(index, prefix) || all.CueOverlapsOther(index, prefix)) return content;
        return new TextSpan(start, content.End);
    }

    /// <summary>Extends <paramref name="content"/> to the end of a quotation it opens but does not close.</summary>
    internal static TextSpan CloseOpenQuote(Document document, AttributionSpanIndex all, int index, TextSpan content)
    {
        var quotes = document.Quotes;
        for (int q = FirstQuoteAtOrAfter(quotes, content.Start); q < quotes.Count && quotes[q].Span.Start < content.End; q++)
        {
            var quote = quotes[q];
            if (quote.Span.Start < content.Start || quote.Content.End <= content.End) continue;
            var rest = new TextSpan(content.End, quote.Span.End);
            return ReportBoundaries.IsClaimedByOther(all, index, rest) ? content : new TextSpan(content.Start, quote.Content.End);
        }
        return content;
    }

    internal static int QuoteDelta(char mark, int open) =>
        QuoteMarks.IsOpening(mark) ? 1 : QuoteMarks.IsClosing(mark) ? (open > 0 ? -1 : 0) : open > 0 ? -1 : 1;

    internal static int FirstQuoteAtOrAfter(IReadOnlyList<Quote> quotes, int position)
    {
        int lo = 0, hi = quotes.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (quotes[mid].Span.End <= position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>Whether the gap holds at most one sentence end, and only at its end ("…,” he said. “…").</summary>
    internal static bool IsOneClause(string text, TextSpan gap)
    {
        int last = gap.End - 1;
        while (last >= gap.Start && char.IsWhiteSpace(text[last])) last--;
        for (int i = gap.Start; i < last; i++)
            if (text[i] is '.' or '!' or '?' && char.IsWhiteSpace(text[i + 1]) && !IsAbbreviation(text, gap.Start, i)) return false;
        return true;
    }

    /// <summary>A period after a short capitalized word ("Ms.", "Sen.", "Gov.") or a single letter ("C.") ends no sentence.</summary>
    internal static bool IsAbbreviation(string text, int from, int period)
    {
        if (text[period] != '.') return false;
        int start = period;
        while (start > from && char.IsLetter(text[start - 1])) start--;
        int length = period - start;
        return length is > 0 and <= 3 && char.IsUpper(text[start]);
    }

    /// <summary>Whether a quote's words end with a sentence end ("…terrorists." or "…?").</summary>
    internal static bool EndsSentence(string text, TextSpan quoted)
    {
        int last = quoted.End - 1;
        while (last >= quoted.Start && char.IsWhiteSpace(text[last])) last--;
        return last >= quoted.Start && text[last] is '.' or '!' or '?';
    }

    internal static bool EndsWithComma(string text, TextSpan gap)
    {
        int last = LastNonBlank(text, gap.Start, gap.End);
        return last >= gap.Start && text[last] == ',';
    }

    internal static readonly string[] SplitQuoteCoordinators = ["but", "and"];

    /// <summary>
    /// A speaker clause that resumes its quote: it ends with a comma (“…,” he said, “…”), or with a comma and a
    /// coordinator (“…,” he said, but “…”), which still joins the two parts of one statement.
    /// </summary>
    internal static bool ResumesQuote(string text, TextSpan gap)
    {
        int last = LastNonBlank(text, gap.Start, gap.End);
        foreach (var coordinator in SplitQuoteCoordinators)
            if (last - coordinator.Length >= gap.Start && string.CompareOrdinal(text, last - coordinator.Length + 1, coordinator, 0, coordinator.Length) == 0
                && char.IsWhiteSpace(text[last - coordinator.Length]))
            {
                last = LastNonBlank(text, gap.Start, last - coordinator.Length);
                break;
            }
        return last >= gap.Start && text[last] == ',';
    }

    internal static int LastNonBlank(string text, int start, int end)
    {
        int last = end - 1;
        while (last >= start && char.IsWhiteSpace(text[last])) last--;
        return last;
    }

    /// <summary>Whether only white space lies between a sentence end (or the text start) and <paramref name="position"/>.</summary>
    internal static bool OpensSentence(string text, int position)
    {
        int i = position - 1;
        while (i >= 0 && text[i] is ' ' or '\t') i--;
        return i < 0 || text[i] is '.' or '!' or '?' or '\n' or '\r';
    }

    internal static int CountNewlines(string text, TextSpan span)
    {
        int n = 0;
        for (int i = span.Start; i < span.End; i++)
            if (text[i] == '\n') n++;
        return n;
    }

    /// <summary>
    /// Whether a letter or digit follows <paramref name="from"/> on its line. Stops at the first one (or the line
    /// break): a one-line text would otherwise be read to its end for every quote.
    /// </summary>
    internal static bool HasWordBeforeLineEnd(string text, int from)
    {
        for (int i = from; i < text.Length && text[i] != '\n'; i++)
            if (char.IsLetterOrDigit(text[i])) return true;
        return false;
    }
}
