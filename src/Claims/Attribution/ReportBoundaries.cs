using Claims.Segmentation;

namespace Claims.Attribution;

/// <summary>Content boundaries of reported speech, for <see cref="ContentBoundaryRefiner"/>: cuts before an inverted speaker clause, a writer's comment, a reporting predicate or a subordinate clause's end, and the coordinated clause that goes on with the report.</summary>
internal static class ReportBoundaries
{
    /// <summary>"said A, a swipe at B" → A: an appositive that comments on the report is the writer's, not the speaker's.</summary>
    internal static TextSpan CutBeforeWritersComment(Document document, AttributionSpan a, TextSpan content) =>
        CutBeforeFirst(document, a, content, (text, i, end) =>
        {
            if (text[i] is not (',' or '—' or '–')) return false;
            int at = i + 1;
            while (at < end && text[at] == ' ') at++;
            return at < end && StartsWithWords(text, at, WritersComments);
        });

    /// <summary>
    /// "Ryan said A, and has championed B" → A; "Kasich said A but did not suggest B" → A: a coordinated verb phrase
    /// without a subject of its own, in the reporting clause's tense, goes on with the speaker, not with what was said.
    /// </summary>
    internal static TextSpan CutBeforeReportingPredicate(Document document, AttributionSpan a, TextSpan content) =>
        CutBeforeFirst(document, a, content, (text, i, end) => text[i] == ' ' && i + 1 < end && StartsWithWords(text, i + 1, ReportingPredicates));

    /// <summary>
    /// Reported speech (cue before content) cut before the first character outside quotation marks where
    /// <paramref name="endsBefore"/> (text, position, content end) says the rest is the writer's or the speaker's own
    /// clause, not what was said; white space and commas before the cut are left out too.
    /// </summary>
    internal static TextSpan CutBeforeFirst(Document document, AttributionSpan a, TextSpan content, Func<string, int, int, bool> endsBefore)
    {
        if (a.Cue is not { } cue || cue.Start >= content.Start || content.IsEmpty) return content;
        string text = document.Text;
        int open = 0;
        for (int i = content.Start; i < content.End; i++)
        {
            char ch = text[i];
            if (QuoteMarks.IsQuote(ch)) { open = Math.Max(0, open + QuoteBoundaries.QuoteDelta(ch, open)); continue; }
            if (open > 0 || !endsBefore(text, i, content.End)) continue;
            int cut = i;
            while (cut > content.Start && (char.IsWhiteSpace(text[cut - 1]) || text[cut - 1] == ',')) cut--;
            return cut > content.Start ? new TextSpan(content.Start, cut) : content;
        }
        return content;
    }

    // A coordinator and the start of a verb phrase that has the speaker as its subject; on PolNeAR train these end the content.
    internal static readonly string[][] ReportingPredicates =
    [
        ["but", "did", "not"], ["but", "didn’t"], ["but", "didn't"], ["but", "declined"], ["and", "declined"],
        ["but", "refused"], ["and", "refused"], ["and", "has"], ["and", "had"], ["but", "has"], ["but", "had"],
        ["but", "does", "not"], ["but", "doesn’t"], ["and", "did", "not"],
    ];

    // Appositives a writer adds after reported speech; PolNeAR leaves them out of the content.
    internal static readonly string[][] WritersComments =
    [
        ["a", "swipe"], ["a", "reference"], ["an", "apparent"], ["a", "nod"], ["a", "jab"], ["a", "dig"], ["an", "allusion"],
        ["a", "play", "on"], ["a", "veiled"], ["a", "thinly", "veiled"], ["the", "latter", "a"],
    ];

    /// <summary>"While SOURCE CUE CONTENT, MAIN CLAUSE" → CONTENT ends at the comma closing the subordinate clause.</summary>
    internal static TextSpan CutAtSubordinateClauseEnd(Document document, AttributionSpan a, TextSpan content)
    {
        if (a.Cue is not { } cue || cue.Start >= content.End || content.IsEmpty) return content;
        string text = document.Text;
        int anchor = a.Source?.Start ?? cue.Start;
        int s = document.SentenceIndexAt(anchor);
        if (s < 0) return content;
        int start = document.Sentences[s].Span.Start;
        while (start < anchor && (char.IsWhiteSpace(text[start]) || QuoteMarks.IsQuote(text[start]) || text[start] == '\'')) start++;
        // The sentence opens with a subordinator and no comma comes before the source: the attribution sits in that clause.
        if (!StartsWithWords(text, start, Subordinators) || text.IndexOf(',', start, anchor - start) >= 0) return content;
        // A content that itself opens a subordinate clause ("even if …, he would …") keeps its main clause.
        if (StartsWithWords(text, content.Start, ContentSubordinators)) return content;
        int open = 0;
        for (int i = content.Start; i + 1 < content.End; i++)
        {
            char c = text[i];
            if (QuoteMarks.IsOpening(c)) open++;
            else if (QuoteMarks.IsClosing(c)) open = Math.Max(0, open - 1);
            else if (c == '"') open = open > 0 ? open - 1 : open + 1;
            else if (c == ',' && open == 0 && char.IsWhiteSpace(text[i + 1]) && !ContinuesClause(text, i + 1, content.End))
                return new TextSpan(content.Start, i);
        }
        return content;
    }

    /// <summary>Whether the words after a comma continue the same clause: a coordinator or a participle.</summary>
    internal static bool ContinuesClause(string text, int from, int end)
    {
        int i = from;
        while (i < end && char.IsWhiteSpace(text[i])) i++;
        int w = i;
        while (w < end && char.IsLetter(text[w])) w++;
        var word = text.AsSpan(i, w - i);
        return word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("but", StringComparison.OrdinalIgnoreCase)
            || word.Equals("or", StringComparison.OrdinalIgnoreCase) || (word.Length > 4 && word.EndsWith("ing", StringComparison.Ordinal));
    }

    internal static readonly string[][] Subordinators =
    [
        ["While"], ["Although"], ["Though"], ["When"], ["After"], ["As"], ["If"], ["Because"], ["Since"], ["Before"], ["Once"],
        ["Until"], ["Whereas"], ["Even", "as"], ["Even", "though"], ["Even", "if"], ["Just", "as"],
    ];

    internal static readonly string[][] ContentSubordinators =
    [
        ["even"], ["if"], ["when"], ["while"], ["although"], ["though"], ["as"], ["after"], ["before"], ["because"], ["since"],
    ];

    /// <summary>"CLAUSE, said NAME, APPOSITIVE" → CLAUSE.</summary>
    internal static TextSpan CutBeforeInvertedSpeaker(Document document, AttributionSpan a)
    {
        var content = a.Content;
        if (a.Cue is not { } cue || a.Source is not { } source) return content;
        if (cue.Start <= content.Start || cue.Start >= content.End || source.Start < cue.End) return content;
        string text = document.Text;
        if (text.AsSpan(cue.Start, cue.Length).StartsWith("according", StringComparison.OrdinalIgnoreCase)) return content;
        int cut = cue.Start;
        while (cut > content.Start && char.IsWhiteSpace(text[cut - 1])) cut--;
        // The speaker clause is set off: "…, said X" or "…” said X".
        if (cut <= content.Start || !(text[cut - 1] == ',' || QuoteMarks.IsQuote(text[cut - 1]) || text[cut - 1] == '\'')) return content;
        // After the speaker only an appositive or relative clause after a comma, or nothing.
        int after = source.End;
        while (after < content.End && char.IsWhiteSpace(text[after])) after++;
        if (after < content.End && text[after] != ',' && !(text[after] == '.' && !HasLetterOrDigit(text, after, content.End))) return content;
        if (!HasAuxiliary(document, new TextSpan(content.Start, cut))) return content;
        while (cut > content.Start && (char.IsWhiteSpace(text[cut - 1]) || text[cut - 1] is ',' or '—' or '–')) cut--;
        return new TextSpan(content.Start, cut);
    }

    internal static bool HasLetterOrDigit(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
            if (char.IsLetterOrDigit(text[i])) return true;
        return false;
    }

    /// <summary>Whether a word of <see cref="Auxiliaries"/> occurs in <paramref name="span"/>: the span is a clause, not a fronted subject.</summary>
    internal static bool HasAuxiliary(Document document, TextSpan span)
    {
        var tokens = document.Tokens;
        var range = document.TokenRange(span);
        for (int k = range.Start.Value; k < range.End.Value; k++)
        {
            if (tokens[k].Kind != TokenKind.Word) continue;
            var word = tokens[k].Of(document.Text);
            if (Auxiliaries.Contains(word.ToString())) return true;
            // Contracted auxiliaries glued to their subject or negation ("We’re", "won't", "they’ll").
            foreach (var ending in ContractedAuxiliaries)
                if (word.Length > ending.Length && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    internal static readonly string[] ContractedAuxiliaries = ["’re", "'re", "n’t", "n't", "’ll", "'ll", "’ve", "'ve", "’m", "'m"];

    internal static readonly HashSet<string> Auxiliaries = new(Text.WordLists.AuxiliaryVerbs, StringComparer.OrdinalIgnoreCase);

    /// <summary>"said A, but that B." → content A, but that B (to the sentence end, before any other attribution).</summary>
    internal static TextSpan ExtendOverCoordinatedClause(Document document, AttributionSpanIndex all, int index, TextSpan content)
    {
        var a = all[index];
        if (a.Cue is not { } cue || cue.Start >= content.End) return content;
        string text = document.Text;
        int at = content.End;
        while (at < text.Length && text[at] == ' ') at++;
        bool comma = at < text.Length && text[at] == ',';
        if (comma) at++;
        while (at < text.Length && text[at] == ' ') at++;
        if (!StartsWithWords(text, at, comma ? CoordinatedOpenersAfterComma : CoordinatedOpeners)) return content;
        int s = document.SentenceIndexAt(Math.Max(0, content.End - 1));
        if (s < 0) return content;
        int end = document.Sentences[s].Span.End;
        end = all.NextOtherSpanStart(index, content.End, end);
        while (end > content.End && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or ',' or ';')) end--;
        return end > content.End ? new TextSpan(content.Start, end) : content;
    }

    /// <summary>The end moved back to the start of <paramref name="span"/> when that lies in <c>[from, end)</c>.</summary>
    internal static int StopBefore(TextSpan span, int from, int end) => !span.IsEmpty && span.Start >= from && span.Start < end ? span.Start : end;

    internal static readonly string[][] CoordinatedOpeners = [["and", "that"], ["but", "that"]];

    internal static readonly string[][] CoordinatedOpenersAfterComma = [["and", "that"], ["but", "that"], ["although"], ["though"]];

    /// <summary>Whether the words at <paramref name="at"/> are one of <paramref name="openers"/> (case-insensitive, each followed by a space).</summary>
    internal static bool StartsWithWords(string text, int at, string[][] openers)
    {
        foreach (var words in openers)
        {
            int i = at;
            bool ok = true;
            foreach (var w in words)
            {
                if (i + w.Length >= text.Length || string.Compare(text, i, w, 0, w.Length, StringComparison.OrdinalIgnoreCase) != 0
                    || text[i + w.Length] != ' ') { ok = false; break; }
                i += w.Length + 1;
            }
            if (ok) return true;
        }
        return false;
    }

    internal static bool IsClaimedByOther(AttributionSpanIndex all, int index, TextSpan span) => all.ContentOverlapsOther(index, span);
}
