using Claims.Pipeline;
using Claims.Segmentation;

namespace Claims.Attribution;

/// <summary>
/// Runs after <see cref="AttributionFinder"/>: moves the ends of each attribution's <see cref="AttributionSpan.Content"/>
/// to where PolNeAR-style annotation puts them, using the attribution's cue, the quotes and the sentence structure.
/// It changes offsets only, never text, and never adds or drops an attribution. The corrections, each kept only if it
/// gained matches on PolNeAR train (<c>polnear-boundaries</c> lists what remains):
/// <list type="bullet">
/// <item>A quotation (or reported speech) followed by its speaker clause and then by more quoted sentences of the same speaker
/// ("“…,” Viguerie tells Breitbart News. “He’s what we’ve waited for.”", also across a paragraph break) extends over
/// the following quotes, as long as they are attributed to nobody else and close their sentence; the last one may be
/// followed by the next sentence on its line ("“…,” Ms. Alawee said. “We are not terrorists.” Mr. Zahed said: …").</item>
/// <item>Reported speech followed, after a paragraph break, by a quoted paragraph that nobody else is given to ("Clinton
/// said A.¶“B.”") runs over that quote: PolNeAR unites the two.</item>
/// <item>Reported speech that runs into a second report coordinated with it ("three-quarters said A, and 4 in 10
/// said B"; "…; 26 percent say …") ends before the coordinator.</item>
/// <item>A content that opens a quotation runs to its closing mark ("Trump said that “ethanol people” “do a fantastic
/// job. And it’s so important.”" keeps the quoted sentences after the first), unless another attribution claims them.
/// <see cref="QuoteFinder"/> bounds an unclosed quote by its paragraph, so this never runs away.</item>
/// <item>Reported speech that stops before a coordinated second that-clause or a concession ("said A, but that B";
/// "said A, although B") runs to the end of the sentence: the coordinated part is the same speaker's.</item>
/// <item>A clause followed by an inverted speaker clause ("Nor are tariffs likely to bring these jobs back, said David
/// Autor, a professor of economics …") ends before the cue; the speaker and the appositive after it are not content.
/// Only when the words before the cue hold a finite auxiliary, so a fronted subject ("Part of the problem, say experts,
/// is the ground itself") keeps the whole sentence.</item>
/// <item>A quotation that resumes a sentence its speaker clause interrupted ("In cases of abortion, it said, “the woman is
/// a victim.”": the quote opens in lower case) starts at the sentence start, as PolNeAR unites the fragments.</item>
/// <item>A quote opened inside its sentence, right after a word, takes the lead-in words from the sentence start
/// ("Since that ruling, Arizona has engaged in “consistent activity …,” the lawsuit says."); a lead-in set off by a
/// colon, dash or comma is a clause of its own.</item>
/// <item>Reported speech ends before a writer's appositive comment on it (", a swipe at …", "— a play on words …",
/// ", the latter a reference to …"), outside quotation marks.</item>
/// <item>Reported speech inside a sentence-initial subordinate clause ("While he did not mention Rubio by name, he made it
/// clear …"; "As Trump launched his candidacy in June 2015, he referred …") ends at the comma that closes the clause.</item>
/// </list>
/// Stateless and thread-safe.
/// </summary>
public sealed class ContentBoundaryRefiner : IDocumentStage
{
    // Longest speaker clause between two parts of one speaker's quote, in words ("Viguerie tells Breitbart News in an
    // exclusive interview"); longer gaps are narrative, not a speaker clause.
    private const int MaxSpeakerClauseWords = 25;
    // Fewest words a following quote needs to continue the speaker's words (shorter ones are titles or scare quotes).
    private const int MinContinuationWords = 3;
    // Most quotes one attribution is extended over.
    private const int MaxContinuations = 5;
    // Fewest words before a quote opened inside its sentence for them to count as the statement's lead-in.
    private const int MinLeadInWords = 3;
    // Most words between a coordinator and the cue of the second report ("and more than 4 in 10 said").
    private const int MaxSecondSubjectWords = 6;

    // Verbs that open a report of their own after a coordinator; broader cue classes ("and never called a donor",
    // "and she asked the bankers") mostly continue the first content on PolNeAR train.
    private static readonly HashSet<string> ReportLemmas = new(["say", "tell", "add", "think", "believe", "argue", "write", "note", "insist", "claim", "warn"], StringComparer.Ordinal);

    private static readonly HashSet<string> Coordinators = new(["and", "but", "while", "though", "although", "whereas"], StringComparer.OrdinalIgnoreCase);

    private readonly CueLexicon _cues;

    /// <summary>Creates the stage with the default cue lexicon.</summary>
    public ContentBoundaryRefiner() : this(CueLexicon.Shipped) { }

    /// <summary>Creates the stage with a given cue lexicon (the cues that start a second report).</summary>
    public ContentBoundaryRefiner(CueLexicon cues)
    {
        ArgumentNullException.ThrowIfNull(cues);
        _cues = cues;
    }

    /// <inheritdoc />
    public string Name => "content-boundaries";

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var attributions = document.Attributions;
        if (attributions.Count == 0) return;
        var refined = new AttributionSpan[attributions.Count];
        for (int i = 0; i < attributions.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var a = attributions[i];
            if (a.Kind is not (ClaimKind.DirectQuote or ClaimKind.Indirect)) { refined[i] = a; continue; }
            bool indirect = a.Kind == ClaimKind.Indirect;
            // Order matters: the inverted speaker clause is cut first so the cue then follows the content, quotes are
            // joined before a coordinator is looked for, and a coordinator inside a quote never cuts.
            var content = indirect ? CutBeforeInvertedSpeaker(document, a) : ExtendBackOverInterruptedSentence(document, attributions, i);
            if (!indirect) content = ExtendBackOverLeadIn(document, attributions, i, content);
            content = ExtendOverFollowingQuotes(document, attributions, i, content);
            content = CloseOpenQuote(document, attributions, i, content);
            if (indirect) content = ExtendOverNextParagraphQuotes(document, attributions, i, content);
            if (indirect)
            {
                content = ExtendOverCoordinatedClause(document, attributions, i, content);
                content = CutBeforeSecondReport(document, a with { Content = content });
                content = CutAtSubordinateClauseEnd(document, a, content);
                content = CutBeforeWritersComment(document, a, content);
                content = CutBeforeReportingPredicate(document, a, content);
            }
            refined[i] = content == a.Content ? a : a with { Content = content };
        }
        document.Attributions = refined;
    }

    /// <summary>“A,” SOURCE CUE …. “B.” → content from A to B, when B is the speaker's and nobody else's.</summary>
    private static TextSpan ExtendOverFollowingQuotes(Document document, IReadOnlyList<AttributionSpan> all, int index, TextSpan content)
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
            if (IsClaimedByOther(all, index, next.Span)) break;
            // The quote must close its line, or at least its sentence: words after an open sentence ("…,” the judge
            // said) name a speaker of their own; after a closed one ("…. We are not terrorists.” He added: …") they
            // start a new sentence, and the content stops after this quote.
            int lineEnd = text.IndexOf('\n', next.Span.End);
            bool closesLine = new TextSpan(next.Span.End, lineEnd < 0 ? text.Length : lineEnd).CountWords(text) == 0;
            if (!closesLine && !EndsSentence(text, next.Content)) break;
            end = next.Content.End;
            cursor = next.Span.End;
            if (!closesLine) break;
        }
        return end == a.Content.End ? a.Content : new TextSpan(a.Content.Start, end);
    }

    /// <summary>SOURCE said that A.¶“B.” → content A … B: a quoted paragraph right after reported speech goes on with it.</summary>
    private static TextSpan ExtendOverNextParagraphQuotes(Document document, IReadOnlyList<AttributionSpan> all, int index, TextSpan content)
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
            if (IsClaimedByOther(all, index, next.Span)) break;
            int lineEnd = text.IndexOf('\n', next.Span.End);
            if (new TextSpan(next.Span.End, lineEnd < 0 ? text.Length : lineEnd).CountWords(text) > 0) break;
            end = next.Content.End;
            cursor = next.Span.End;
        }
        return end == content.End ? content : new TextSpan(content.Start, end);
    }

    /// <summary>"said A, a swipe at B" → A: an appositive that comments on the report is the writer's, not the speaker's.</summary>
    private static TextSpan CutBeforeWritersComment(Document document, AttributionSpan a, TextSpan content) =>
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
    private static TextSpan CutBeforeReportingPredicate(Document document, AttributionSpan a, TextSpan content) =>
        CutBeforeFirst(document, a, content, (text, i, end) => text[i] == ' ' && i + 1 < end && StartsWithWords(text, i + 1, ReportingPredicates));

    /// <summary>
    /// Reported speech (cue before content) cut before the first character outside quotation marks where
    /// <paramref name="endsBefore"/> (text, position, content end) says the rest is the writer's or the speaker's own
    /// clause, not what was said; white space and commas before the cut are left out too.
    /// </summary>
    private static TextSpan CutBeforeFirst(Document document, AttributionSpan a, TextSpan content, Func<string, int, int, bool> endsBefore)
    {
        if (a.Cue is not { } cue || cue.Start >= content.Start || content.IsEmpty) return content;
        string text = document.Text;
        int open = 0;
        for (int i = content.Start; i < content.End; i++)
        {
            char ch = text[i];
            if (QuoteMarks.IsQuote(ch)) { open = Math.Max(0, open + QuoteDelta(ch, open)); continue; }
            if (open > 0 || !endsBefore(text, i, content.End)) continue;
            int cut = i;
            while (cut > content.Start && (char.IsWhiteSpace(text[cut - 1]) || text[cut - 1] == ',')) cut--;
            return cut > content.Start ? new TextSpan(content.Start, cut) : content;
        }
        return content;
    }

    // A coordinator and the start of a verb phrase that has the speaker as its subject; on PolNeAR train these end the content.
    private static readonly string[][] ReportingPredicates =
    [
        ["but", "did", "not"], ["but", "didn’t"], ["but", "didn't"], ["but", "declined"], ["and", "declined"],
        ["but", "refused"], ["and", "refused"], ["and", "has"], ["and", "had"], ["but", "has"], ["but", "had"],
        ["but", "does", "not"], ["but", "doesn’t"], ["and", "did", "not"],
    ];

    // Appositives a writer adds after reported speech; PolNeAR leaves them out of the content.
    private static readonly string[][] WritersComments =
    [
        ["a", "swipe"], ["a", "reference"], ["an", "apparent"], ["a", "nod"], ["a", "jab"], ["a", "dig"], ["an", "allusion"],
        ["a", "play", "on"], ["a", "veiled"], ["a", "thinly", "veiled"], ["the", "latter", "a"],
    ];

    /// <summary>"While SOURCE CUE CONTENT, MAIN CLAUSE" → CONTENT ends at the comma closing the subordinate clause.</summary>
    private static TextSpan CutAtSubordinateClauseEnd(Document document, AttributionSpan a, TextSpan content)
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
    private static bool ContinuesClause(string text, int from, int end)
    {
        int i = from;
        while (i < end && char.IsWhiteSpace(text[i])) i++;
        int w = i;
        while (w < end && char.IsLetter(text[w])) w++;
        var word = text.AsSpan(i, w - i);
        return word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("but", StringComparison.OrdinalIgnoreCase)
            || word.Equals("or", StringComparison.OrdinalIgnoreCase) || (word.Length > 4 && word.EndsWith("ing", StringComparison.Ordinal));
    }

    private static readonly string[][] Subordinators =
    [
        ["While"], ["Although"], ["Though"], ["When"], ["After"], ["As"], ["If"], ["Because"], ["Since"], ["Before"], ["Once"],
        ["Until"], ["Whereas"], ["Even", "as"], ["Even", "though"], ["Even", "if"], ["Just", "as"],
    ];

    private static readonly string[][] ContentSubordinators =
    [
        ["even"], ["if"], ["when"], ["while"], ["although"], ["though"], ["as"], ["after"], ["before"], ["because"], ["since"],
    ];

    /// <summary>"PREFIX, SOURCE CUE, “lower-case quote”" → content from the sentence start.</summary>
    private static TextSpan ExtendBackOverInterruptedSentence(Document document, IReadOnlyList<AttributionSpan> all, int index)
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
        return IsClaimedByOther(all, index, prefix) ? content : new TextSpan(start, content.End);
    }

    /// <summary>"LEAD-IN “QUOTE,” SOURCE said." → content from the sentence start: the unquoted words are the same statement.</summary>
    private static TextSpan ExtendBackOverLeadIn(Document document, IReadOnlyList<AttributionSpan> all, int index, TextSpan content)
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
        for (int i = 0; i < all.Count; i++)
        {
            if (i == index) continue;
            if (all[i].Content.Overlaps(prefix) || all[i].Cue is { } c && c.Overlaps(prefix)) return content;
        }
        return new TextSpan(start, content.End);
    }

    /// <summary>Extends <paramref name="content"/> to the end of a quotation it opens but does not close.</summary>
    private static TextSpan CloseOpenQuote(Document document, IReadOnlyList<AttributionSpan> all, int index, TextSpan content)
    {
        var quotes = document.Quotes;
        for (int q = FirstQuoteAtOrAfter(quotes, content.Start); q < quotes.Count && quotes[q].Span.Start < content.End; q++)
        {
            var quote = quotes[q];
            if (quote.Span.Start < content.Start || quote.Content.End <= content.End) continue;
            var rest = new TextSpan(content.End, quote.Span.End);
            return IsClaimedByOther(all, index, rest) ? content : new TextSpan(content.Start, quote.Content.End);
        }
        return content;
    }

    /// <summary>"CLAUSE, said NAME, APPOSITIVE" → CLAUSE.</summary>
    private static TextSpan CutBeforeInvertedSpeaker(Document document, AttributionSpan a)
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

    private static bool HasLetterOrDigit(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
            if (char.IsLetterOrDigit(text[i])) return true;
        return false;
    }

    /// <summary>Whether a word of <see cref="Auxiliaries"/> occurs in <paramref name="span"/>: the span is a clause, not a fronted subject.</summary>
    private static bool HasAuxiliary(Document document, TextSpan span)
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

    private static readonly string[] ContractedAuxiliaries = ["’re", "'re", "n’t", "n't", "’ll", "'ll", "’ve", "'ve", "’m", "'m"];

    private static readonly HashSet<string> Auxiliaries = new(
        ["is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must",
         "do", "does", "did", "isn't", "aren't", "wasn't", "won't", "doesn't", "didn't", "can't", "isn’t", "aren’t", "wasn’t",
         "won’t", "doesn’t", "didn’t", "can’t"], StringComparer.OrdinalIgnoreCase);

    /// <summary>"said A, but that B." → content A, but that B (to the sentence end, before any other attribution).</summary>
    private static TextSpan ExtendOverCoordinatedClause(Document document, IReadOnlyList<AttributionSpan> all, int index, TextSpan content)
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
        for (int i = 0; i < all.Count; i++)
        {
            if (i == index) continue;
            end = StopBefore(all[i].Content, content.End, end);
            if (all[i].Cue is { } c) end = StopBefore(c, content.End, end);
            if (all[i].Source is { } src) end = StopBefore(src, content.End, end);
        }
        while (end > content.End && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or ',' or ';')) end--;
        return end > content.End ? new TextSpan(content.Start, end) : content;
    }

    /// <summary>The end moved back to the start of <paramref name="span"/> when that lies in <c>[from, end)</c>.</summary>
    private static int StopBefore(TextSpan span, int from, int end) => !span.IsEmpty && span.Start >= from && span.Start < end ? span.Start : end;

    private static readonly string[][] CoordinatedOpeners = [["and", "that"], ["but", "that"]];

    private static readonly string[][] CoordinatedOpenersAfterComma = [["and", "that"], ["but", "that"], ["although"], ["though"]];

    /// <summary>Whether the words at <paramref name="at"/> are one of <paramref name="openers"/> (case-insensitive, each followed by a space).</summary>
    private static bool StartsWithWords(string text, int at, string[][] openers)
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

    /// <summary>"A, and 4 in 10 said B" → content A, when the attribution's cue stands before its content.</summary>
    private TextSpan CutBeforeSecondReport(Document document, AttributionSpan a)
    {
        if (a.Cue is not { } cue || a.Content.Contains(cue.Start)) return a.Content;
        string text = document.Text;
        var tokens = document.Tokens;
        var range = document.TokenRange(a.Content);
        int openQuotes = 0;
        for (int k = range.Start.Value; k < range.End.Value; k++)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Quote) { openQuotes += QuoteDelta(text[t.Start], openQuotes); continue; }
            // Never cut inside a quotation: its words are the speaker's, whatever they contain.
            if (openQuotes > 0 || t.Start - a.Content.Start < 10) continue;
            int subject;
            if (t.Kind == TokenKind.Punctuation && text[t.Start] == ';') subject = k + 1;
            else if (t.Kind == TokenKind.Word && Coordinators.Contains(t.Of(text).ToString())) subject = k + 1;
            else continue;
            if (IsSecondReport(text, tokens, subject, range.End.Value, cue))
            {
                // Cut before the comma of ", and" too.
                int cut = t.Start;
                if (k > range.Start.Value && tokens[k - 1].Kind == TokenKind.Punctuation && text[tokens[k - 1].Start] == ',') cut = tokens[k - 1].Start;
                return new TextSpan(a.Content.Start, cut);
            }
        }
        return a.Content;
    }

    /// <summary>One to <see cref="MaxSecondSubjectWords"/> words of a subject, then a cue of saying or believing.</summary>
    private bool IsSecondReport(string text, IReadOnlyList<Token> tokens, int from, int limit, TextSpan ownCue)
    {
        int words = 0;
        for (int k = from; k < limit && words <= MaxSecondSubjectWords; k++)
        {
            var t = tokens[k];
            if (t.Kind is not (TokenKind.Word or TokenKind.Number))
            {
                // A subject is a plain phrase: commas, quotes and brackets end the search.
                if (t.Kind == TokenKind.Punctuation && text[t.Start] is '-' or '.' or '%') continue;
                return false;
            }
            // "and that said will …": a clause continuing the first content, not a new subject.
            if (words == 0 && t.Of(text).Equals("that", StringComparison.OrdinalIgnoreCase)) return false;
            if (words > 0 && !ownCue.Overlaps(new TextSpan(t.Start, t.End))
                && _cues.Find(t.Of(text)) is { Particle: null } entry && ReportLemmas.Contains(entry.Lemma))
                return true;
            words++;
        }
        return false;
    }

    private static int QuoteDelta(char mark, int open) =>
        QuoteMarks.IsOpening(mark) ? 1 : QuoteMarks.IsClosing(mark) ? (open > 0 ? -1 : 0) : open > 0 ? -1 : 1;

    private static int FirstQuoteAtOrAfter(IReadOnlyList<Quote> quotes, int position)
    {
        int lo = 0, hi = quotes.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (quotes[mid].Span.End <= position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static bool IsClaimedByOther(IReadOnlyList<AttributionSpan> all, int index, TextSpan span)
    {
        for (int i = 0; i < all.Count; i++)
            if (i != index && all[i].Content.Overlaps(span)) return true;
        return false;
    }

    /// <summary>Whether the gap holds at most one sentence end, and only at its end ("…,” he said. “…").</summary>
    private static bool IsOneClause(string text, TextSpan gap)
    {
        int last = gap.End - 1;
        while (last >= gap.Start && char.IsWhiteSpace(text[last])) last--;
        for (int i = gap.Start; i < last; i++)
            if (text[i] is '.' or '!' or '?' && char.IsWhiteSpace(text[i + 1]) && !IsAbbreviation(text, gap.Start, i)) return false;
        return true;
    }

    /// <summary>A period after a short capitalized word ("Ms.", "Sen.", "Gov.") or a single letter ("C.") ends no sentence.</summary>
    private static bool IsAbbreviation(string text, int from, int period)
    {
        if (text[period] != '.') return false;
        int start = period;
        while (start > from && char.IsLetter(text[start - 1])) start--;
        int length = period - start;
        return length is > 0 and <= 3 && char.IsUpper(text[start]);
    }

    /// <summary>Whether a quote's words end with a sentence end ("…terrorists." or "…?").</summary>
    private static bool EndsSentence(string text, TextSpan quoted)
    {
        int last = quoted.End - 1;
        while (last >= quoted.Start && char.IsWhiteSpace(text[last])) last--;
        return last >= quoted.Start && text[last] is '.' or '!' or '?';
    }

    private static bool EndsWithComma(string text, TextSpan gap)
    {
        int last = LastNonBlank(text, gap.Start, gap.End);
        return last >= gap.Start && text[last] == ',';
    }

    private static readonly string[] SplitQuoteCoordinators = ["but", "and"];

    /// <summary>
    /// A speaker clause that resumes its quote: it ends with a comma (“…,” he said, “…”), or with a comma and a
    /// coordinator (“…,” he said, but “…”), which still joins the two parts of one statement.
    /// </summary>
    private static bool ResumesQuote(string text, TextSpan gap)
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

    private static int LastNonBlank(string text, int start, int end)
    {
        int last = end - 1;
        while (last >= start && char.IsWhiteSpace(text[last])) last--;
        return last;
    }

    /// <summary>Whether only white space lies between a sentence end (or the text start) and <paramref name="position"/>.</summary>
    private static bool OpensSentence(string text, int position)
    {
        int i = position - 1;
        while (i >= 0 && text[i] is ' ' or '\t') i--;
        return i < 0 || text[i] is '.' or '!' or '?' or '\n' or '\r';
    }

    private static int CountNewlines(string text, TextSpan span)
    {
        int n = 0;
        for (int i = span.Start; i < span.End; i++)
            if (text[i] == '\n') n++;
        return n;
    }
}
