using Claims.Pipeline;
using Claims.Segmentation;

namespace Claims.Attribution;

/// <summary>
/// Runs after <see cref="ContentBoundaryRefiner"/>: attributions that the page layout carries rather than a verb of
/// saying, which the sentence rules cannot see because they span a whole paragraph.
/// <list type="bullet">
/// <item>Transcript turns: a paragraph that opens with a speaker label and a colon ("PENCE: Well, look, …",
/// "Q: Did the Immigration service take care of you?"). The content is the rest of the paragraph, the cue the colon, the
/// source the label. Only in documents that read as a transcript: a question and an answer label ("Q:", "A:"), or two
/// speakers or more, one of them with two turns, whose labels name people the running text names ("Gov. Mike Pence"
/// for "PENCE:"; see <c>Speakers</c>). Otherwise a lone "Clinton: …" is a headline, which <see cref="AttributionFinder"/>
/// already reads, and "Stoic: He managed to keep a straight face" is a photo caption.</item>
/// <item>Signed quotes: a quotation followed by a dash and a name, on its own line ("“He represents our greatest
/// shame.” ― Sonya Herridge"), or with the dash and name on the next line ("“…”¶- Bernie Sanders."). The content is
/// the quotation, the cue the dash, the source the name.</item>
/// </list>
/// Each one replaces any attribution the rules gave the same cue or nearly the same content. It changes no text.
/// Stateless and thread-safe.
/// </summary>
public sealed class DialogueAttributionFinder : IDocumentStage
{
    // Longest speaker label, in tokens ("Gov. Mary Fallin", "JAKE TAPPER").
    private const int MaxLabelTokens = 4;
    // Longest name after a signature dash, in words, before an optional ", place" or ", role".
    private const int MaxSignatureWords = 5;
    // Longest ", place" or ", role" after a signature name, in words.
    private const int MaxSignatureTailWords = 8;
    // Fewest words a turn or a signed quotation needs to be a statement.
    private const int MinContentWords = 2;

    /// <inheritdoc />
    public string Name => "dialogue-attributions";

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        if (document.Tokens.Count == 0 || document.Paragraphs.Count == 0) return;
        var found = new List<AttributionSpan>();
        var inTurn = new bool[document.Paragraphs.Count];
        FindTurns(document, found, inTurn, cancellationToken);
        FindSignedQuotes(document, found, inTurn, cancellationToken);
        if (found.Count == 0) return;
        // Turns and signed quotes hold one paragraph each, so they do not overlap: sorted by start, the ones a rule
        // attribution may duplicate are found by binary search (a transcript of thousands of turns stays linear).
        found.Sort((x, y) => x.Content.Start.CompareTo(y.Content.Start));
        var cues = found.Select(f => f.Cue!.Value).ToHashSet();
        var result = new List<AttributionSpan>(document.Attributions.Count + found.Count);
        foreach (var a in document.Attributions)
            if (!(a.Cue is { } cue && cues.Contains(cue)) && !DuplicatesOne(found, a.Content)) result.Add(a);
        result.AddRange(found);
        result.Sort((x, y) => x.Content.Start != y.Content.Start ? x.Content.Start.CompareTo(y.Content.Start) : x.Content.End.CompareTo(y.Content.End));
        document.Attributions = result;
    }

    /// <summary>Whether <paramref name="content"/> is nearly (character Jaccard 0.5) one of <paramref name="sorted"/>'s contents.</summary>
    private static bool DuplicatesOne(List<AttributionSpan> sorted, TextSpan content)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid].Content.End <= content.Start) lo = mid + 1; else hi = mid;
        }
        for (int i = lo; i < sorted.Count && sorted[i].Content.Start < content.End; i++)
            if (sorted[i].Content.Jaccard(content) >= 0.5) return true;
        return false;
    }

    /// <summary>
    /// A paragraph's opening label: its tokens <c>[First, Colon)</c>, the first token of the turn, whether the label is
    /// written in capitals, and its text.
    /// </summary>
    private readonly record struct Label(int Paragraph, int First, int Colon, int ContentFirst, bool Capitals, string Text);

    private static void FindTurns(Document document, List<AttributionSpan> found, bool[] inTurn, CancellationToken ct)
    {
        var labels = new List<Label>();
        for (int p = 0; p < document.Paragraphs.Count; p++)
        {
            ct.ThrowIfCancellationRequested();
            if (ReadLabel(document, p) is { } label) labels.Add(label);
        }
        if (labels.Count < 2) return;
        var speakers = Speakers(document, labels);
        // A dialogue has two voices at least, and one of them speaks twice; a page of photo captions ("Stoic: He managed
        // to keep a straight face …", "Patrol: Members of the Ottawa Police …") has labels but no speakers, and a list of
        // people with a line each ("Abdul Haq Wasiq: Served as the Taliban deputy minister …") has no second turn.
        bool questionAndAnswer = speakers.Contains("Q");
        if (!questionAndAnswer && (speakers.Count < 2
                                   || !labels.Where(l => speakers.Contains(Key(l))).GroupBy(Key, StringComparer.OrdinalIgnoreCase).Any(g => g.Count() >= 2)))
            return;
        var tokens = document.Tokens;
        for (int i = 0; i < labels.Count; i++)
        {
            var l = labels[i];
            if (!speakers.Contains(Key(l))) continue;
            int next = i + 1 < labels.Count ? labels[i + 1].Paragraph : document.Paragraphs.Count;
            int last = TurnEnd(document, l, next);
            for (int p = l.Paragraph; p <= last; p++) inTurn[p] = true;
            found.Add(new AttributionSpan
            {
                Content = new TextSpan(tokens[l.ContentFirst].Start, document.Paragraphs[last].End),
                Cue = tokens[l.Colon].Span,
                Source = new TextSpan(tokens[l.First].Start, tokens[l.Colon - 1].End),
                Kind = ClaimKind.DirectQuote,
                FromLayout = true,
            });
        }
    }

    /// <summary>The speaker a label names: its last word ("Chris Matthews: …" and "Matthews: …" are one speaker).</summary>
    private static string Key(Label label) => label.Text[(label.Text.LastIndexOf(' ') + 1)..];

    /// <summary>
    /// The labels (by <see cref="Key"/>, ignoring case) that name speakers: "Q" and "A" when both occur; a name the
    /// running text also gives in full ("PENCE:" after "Gov. Mike Pence", "Van Susteren:" after "Greta Van Susteren");
    /// and, once one capital label is such a name, every other capital label that opens two turns or more ("WALLACE:"
    /// beside "PENCE:"; transcripts write all their labels alike). Kickers and captions ("SYRIAN WAR:", "Hot
    /// Property:", "Stoic:") name nobody the article names.
    /// </summary>
    private static HashSet<string> Speakers(Document document, List<Label> labels)
    {
        var speakers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (labels.Exists(l => l.Text == "Q") && labels.Exists(l => l.Text == "A")) speakers.UnionWith(["Q", "A"]);
        var named = NamesInRunningText(document, labels);
        bool capitalNamed = false;
        foreach (var l in labels)
        {
            if (l.Text is "Q" or "A" || !named.Contains(Key(l))) continue;
            speakers.Add(Key(l));
            capitalNamed |= l.Capitals;
        }
        if (capitalNamed)
            foreach (var group in labels.Where(l => l.Capitals && l.Text is not ("Q" or "A")).GroupBy(Key, StringComparer.OrdinalIgnoreCase))
                if (group.Count() >= 2) speakers.Add(group.Key);
        return speakers;
    }

    /// <summary>
    /// Words of multi-word capitalized names outside the labels ("Mike Pence" gives "Mike" and "Pence"): the people the
    /// article names in its running text.
    /// </summary>
    private static HashSet<string> NamesInRunningText(Document document, List<Label> labels)
    {
        var tokens = document.Tokens;
        string text = document.Text;
        var inLabel = new HashSet<int>();
        foreach (var l in labels)
            for (int k = l.First; k <= l.Colon; k++) inLabel.Add(k);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int k = 1; k < tokens.Count; k++)
        {
            if (inLabel.Contains(k) || inLabel.Contains(k - 1) || !IsNameWord(text, tokens[k]) || !IsNameWord(text, tokens[k - 1])) continue;
            // Only white space between the two words: "Mike Pence", not "Pence. Trump".
            if (!IsBlank(text, tokens[k - 1].End, tokens[k].Start)) continue;
            // Both words: a label may give the first name ("Greta:") or the last ("Hunter:").
            names.Add(tokens[k].Of(text).ToString());
            names.Add(tokens[k - 1].Of(text).TrimEnd('.').ToString());
        }
        return names;
    }

    // A capitalized word with a lower-case letter ("Pence", "McCain"), or an initial or abbreviated title ("W.", "Gov.").
    private static bool IsNameWord(string text, Token token) =>
        token.Kind == TokenKind.Word && char.IsUpper(text[token.Start]) && (token.End - token.Start <= 2 || Casing.HasLower(token.Of(text)) || text[token.End - 1] == '.');

    /// <summary>
    /// Last paragraph of the turn <paramref name="label"/> opens. A transcript quoted in the old style opens every
    /// paragraph of a turn with a quotation mark and closes none ("“PENCE: Well, …¶“But the truth is …"): the turn runs
    /// over such paragraphs up to the next label (<paramref name="nextLabel"/>) or a stage direction ("(CROSSTALK.)").
    /// </summary>
    private static int TurnEnd(Document document, Label label, int nextLabel)
    {
        var tokens = document.Tokens;
        string text = document.Text;
        var paragraphs = document.Paragraphs;
        int p = label.Paragraph;
        var opening = document.TokenRange(paragraphs[p]).Start.Value;
        if (tokens[opening].Kind != TokenKind.Quote || !Unclosed(text, paragraphs[p])) return p;
        while (p + 1 < nextLabel)
        {
            var following = paragraphs[p + 1];
            var range = document.TokenRange(following);
            int first = range.Start.Value;
            if (first + 1 >= range.End.Value || tokens[first].Kind != TokenKind.Quote || IsChar(text, tokens[first + 1], '(')) break;
            p++;
            if (!Unclosed(text, following)) break;
        }
        return p;
    }

    /// <summary>Whether the paragraph's straight double quotes leave one open, as a quoted paragraph that continues does.</summary>
    private static bool Unclosed(string text, TextSpan paragraph)
    {
        int straight = 0, opening = 0, closing = 0;
        for (int i = paragraph.Start; i < paragraph.End; i++)
        {
            char c = text[i];
            if (c == '"') straight++;
            else if (QuoteMarks.IsOpening(c)) opening++;
            else if (QuoteMarks.IsClosing(c)) closing++;
        }
        return straight % 2 == 1 || opening > closing;
    }

    /// <summary>"PENCE: …", "Jake Tapper: …", "Q: …" opening paragraph <paramref name="p"/> (after any opening quote marks).</summary>
    private static Label? ReadLabel(Document document, int p)
    {
        var tokens = document.Tokens;
        string text = document.Text;
        var range = document.TokenRange(document.Paragraphs[p]);
        int first = range.Start.Value, end = range.End.Value;
        while (first < end && tokens[first].Kind == TokenKind.Quote) first++;
        int colon = first;
        bool capitals = true;
        while (colon < end && colon - first < MaxLabelTokens)
        {
            // "Rep. Hunter:": the period of an abbreviated title belongs to the label.
            if (colon > first && IsChar(text, tokens[colon], '.') && tokens[colon - 1].End == tokens[colon].Start && tokens[colon - 1].End - tokens[colon - 1].Start <= 4)
            {
                colon++;
                continue;
            }
            if (tokens[colon].Kind != TokenKind.Word || !char.IsUpper(text[tokens[colon].Start])) break;
            if (Casing.HasLower(tokens[colon].Of(text))) capitals = false;
            colon++;
        }
        if (colon == first || colon >= end || !IsChar(text, tokens[colon], ':')) return null;
        string label = text[tokens[first].Start..tokens[colon - 1].End];
        if (label is not ("Q" or "A"))
        {
            // Section labels and kickers ("UPDATE:", "Photo:", "The Ninth Circle:"), possessives ("Tuesday’s Morning
            // Email:") and single letters are not speakers.
            if (label.Length < 2) return null;
            for (int k = first; k < colon; k++)
            {
                var w = tokens[k].Of(text);
                if (Words.ColonLabels.Contains(w) || w.EndsWith("’s", StringComparison.Ordinal) || w.EndsWith("'s", StringComparison.Ordinal)) return null;
            }
        }
        int words = 0;
        for (int k = colon + 1; k < end; k++)
            if (tokens[k].Kind is TokenKind.Word or TokenKind.Number) words++;
        if (words < MinContentWords) return null;
        return new Label(p, first, colon, colon + 1, capitals, label);
    }

    private static void FindSignedQuotes(Document document, List<AttributionSpan> found, bool[] inTurn, CancellationToken ct)
    {
        string text = document.Text;
        var paragraphs = document.Paragraphs;
        for (int p = 0; p < paragraphs.Count; p++)
        {
            ct.ThrowIfCancellationRequested();
            var span = paragraphs[p];
            // The dash and the name on a line of their own, under the quoted paragraph.
            if (Signature(text, span.Start, span.End) is { } alone && IsBlank(text, span.Start, alone.Dash))
            {
                if (p > 0 && !inTurn[p - 1] && QuotationIn(text, paragraphs[p - 1].Start, paragraphs[p - 1].End) is { } previous)
                    found.Add(Signed(previous, alone));
                continue;
            }
            // The dash and the name after the closing mark, on the same line.
            int dash = LastDash(text, span.Start, span.End);
            if (dash < 0 || Signature(text, dash, span.End) is not { } signature) continue;
            // A signed quote inside a turn (an old-style transcript quoting its turns) stays the turn's.
            if (!inTurn[p] && QuotationIn(text, span.Start, dash) is { } quotation) found.Add(Signed(quotation, signature));
        }

        AttributionSpan Signed(TextSpan content, (int Dash, TextSpan Name) signature) => new()
        {
            Content = content,
            Cue = new TextSpan(signature.Dash, signature.Dash + 1),
            Source = signature.Name,
            Kind = ClaimKind.DirectQuote,
            FromLayout = true,
        };
    }

    private static int LastDash(string text, int start, int end)
    {
        for (int i = end - 1; i >= start; i--)
            if (IsDash(text[i]) && (i == start || !char.IsLetterOrDigit(text[i - 1]) || i + 1 < end && char.IsWhiteSpace(text[i + 1]))) return i;
        return -1;
    }

    /// <summary>
    /// "― Sonya Herridge", "- Michelle Marks, Philadelphia.": a dash at the first non-blank character from
    /// <paramref name="start"/>, then a capitalized name of at most <see cref="MaxSignatureWords"/> words, then at most a
    /// short ", place" or ", role" and a period, to <paramref name="end"/>.
    /// </summary>
    private static (int Dash, TextSpan Name)? Signature(string text, int start, int end)
    {
        int i = start;
        while (i < end && char.IsWhiteSpace(text[i])) i++;
        if (i >= end || !IsDash(text[i])) return null;
        int dash = i++;
        while (i < end && char.IsWhiteSpace(text[i])) i++;
        if (i >= end || !char.IsUpper(text[i])) return null;
        int nameStart = i, nameEnd = i, words = 0;
        while (i < end && text[i] != ',')
        {
            int w = i;
            while (i < end && !char.IsWhiteSpace(text[i]) && text[i] != ',') i++;
            var word = text.AsSpan(w, i - w).TrimEnd('.');
            if (word.Length > 0)
            {
                // Names: capitalized words, initials and a few particles ("de", "van"); anything else is a sentence.
                if (!char.IsUpper(word[0]) && word is not ("de" or "del" or "la" or "van" or "von" or "y" or "da" or "di")) return null;
                foreach (char c in word)
                    if (!char.IsLetter(c) && c is not ('.' or '-' or '\'' or '’')) return null;
                if (++words > MaxSignatureWords) return null;
                nameEnd = w + word.Length;
            }
            while (i < end && char.IsWhiteSpace(text[i])) i++;
        }
        if (words == 0) return null;
        if (i < end)
        {
            // ", Philadelphia." or ", 34, a teacher from Phoenix": short, and no sentence of its own.
            int tail = 0;
            for (int k = i + 1; k < end; k++)
            {
                if (char.IsWhiteSpace(text[k]) && !char.IsWhiteSpace(text[k - 1])) tail++;
                if (text[k] is '“' or '"' or '”' or '!' or '?' || text[k] == '.' && k + 1 < end && !char.IsWhiteSpace(text[k + 1]) && char.IsUpper(text[k + 1])) return null;
            }
            if (tail >= MaxSignatureTailWords) return null;
        }
        return (dash, new TextSpan(nameStart, nameEnd));
    }

    /// <summary>
    /// The words of a quotation filling <c>[start, end)</c> up to white space: it opens with a quotation mark and its last
    /// mark closes it, so the dash that follows signs the whole of it. Null when the text is no such quotation.
    /// </summary>
    private static TextSpan? QuotationIn(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        // A closing period after the mark ("…shame.”.") is punctuation of the line, not of the quotation.
        if (end > start && text[end - 1] == '.' && end - 2 > start && QuoteMarks.IsQuote(text[end - 2])) end--;
        if (end - start < 3 || !QuoteMarks.IsQuote(text[start]) || !QuoteMarks.IsQuote(text[end - 1])) return null;
        int words = 0;
        for (int i = start + 1; i < end - 1; i++)
        {
            // A double mark inside closes the quotation before its end: "“…,” the spokesperson told ABC. “…” – Benjamin
            // Fearnow" is quotes and narrative under a byline, not one signed quotation.
            if (QuoteMarks.IsQuote(text[i])) return null;
            if (char.IsLetterOrDigit(text[i]) && !char.IsLetterOrDigit(text[i - 1])) words++;
        }
        if (words < MinContentWords) return null;
        return new TextSpan(start + 1, end - 1);
    }

    private static bool IsDash(char c) => c is '-' or '–' or '—' or '―';

    private static bool IsBlank(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
            if (!char.IsWhiteSpace(text[i])) return false;
        return true;
    }

    private static bool IsChar(string text, Token token, char c) => token.End - token.Start == 1 && text[token.Start] == c;
}
