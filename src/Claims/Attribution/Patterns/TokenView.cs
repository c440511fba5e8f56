using Claims.Segmentation;

namespace Claims.Attribution.Patterns;

/// <summary>
/// The read-only view attribution patterns share, built once per document: the text, its tokens, the cue lexicon,
/// which tokens lie inside a quotation of four tokens or more, and the small word tests every pattern uses (token
/// indexes out of range are simply "no").
/// </summary>
public class TokenView
{
    // Only quotations of some length: a quoted word or title ("“useful”") does not hide a cue.
    private const int MinHidingQuoteTokens = 4;

    internal readonly bool[] InQuote;

    // The tokens as an array, read by the word tests below: every pattern calls them for each token it looks at, and
    // an array index costs less than a call through the read-only list interface.
    private readonly Token[] _tokens;

    internal TokenView(Document document, CueLexicon cues)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(cues);
        Document = document;
        Text = document.Text;
        Tokens = document.Tokens;
        _tokens = Tokens as Token[] ?? [.. Tokens];
        Cues = cues;
        InQuote = new bool[Tokens.Count];
        foreach (var q in document.Quotes)
        {
            var range = document.TokenRange(q.Content);
            if (range.End.Value - range.Start.Value < MinHidingQuoteTokens) continue;
            for (int k = range.Start.Value; k < range.End.Value; k++) InQuote[k] = true;
        }
    }

    /// <summary>The document being attributed.</summary>
    public Document Document { get; }

    /// <summary>The document's text.</summary>
    public string Text { get; }

    /// <summary>The document's tokens.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The cue lexicon the patterns read.</summary>
    public CueLexicon Cues { get; }

    /// <summary>Whether token <paramref name="k"/> lies inside a quotation of four tokens or more (the speaker's own
    /// "I think" there is part of the quote, not a new attribution).</summary>
    public bool InQuotation(int k) => InQuote[k];

    /// <summary>The text of token <paramref name="k"/>.</summary>
    public ReadOnlySpan<char> Word(int k) => _tokens[k].Of(Text);

    /// <summary>Whether token <paramref name="k"/> exists and is <paramref name="word"/> (case-insensitive).</summary>
    public bool Is(int k, string word) => (uint)k < (uint)_tokens.Length && _tokens[k].End - _tokens[k].Start == word.Length
        && Word(k).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether token <paramref name="k"/> is the one punctuation or quote mark <paramref name="c"/>.</summary>
    public bool IsPunct(int k, char c) => (uint)k < (uint)_tokens.Length && _tokens[k].Kind is TokenKind.Punctuation or TokenKind.Quote
        && _tokens[k].End - _tokens[k].Start == 1 && Text[_tokens[k].Start] == c;

    /// <summary>Whether token <paramref name="k"/> is one of the marks that can end a clause inside a sentence: a comma,
    /// an em or en dash, or a semicolon (each as <see cref="IsPunct"/> reads it).</summary>
    internal bool IsClauseMark(int k) => (uint)k < (uint)_tokens.Length && _tokens[k].Kind is TokenKind.Punctuation or TokenKind.Quote
        && _tokens[k].End - _tokens[k].Start == 1 && Text[_tokens[k].Start] is ',' or '—' or '–' or ';';

    /// <summary>Whether token <paramref name="k"/> exists and is a word or number.</summary>
    public bool IsWord(int k) => (uint)k < (uint)_tokens.Length && _tokens[k].Kind is TokenKind.Word or TokenKind.Number;

    /// <summary>Whether token <paramref name="k"/> is a word opening with an upper-case letter.</summary>
    public bool IsCapitalized(int k) => IsWord(k) && char.IsUpper(Text[_tokens[k].Start]);

    /// <summary>Whether token <paramref name="k"/> ends a sentence (". ! ? …", not a period inside a name).</summary>
    public bool IsTerminator(int k) => (uint)k < (uint)_tokens.Length && _tokens[k].Kind == TokenKind.Punctuation
        && Text[_tokens[k].Start] is '.' or '!' or '?' or '…' && !IsGluedPeriod(k);

    /// <summary>A period between two letters or digits without space is inside a name ("Digi24.ro").</summary>
    public bool IsGluedPeriod(int k) => Text[Tokens[k].Start] == '.' && k > 0 && k + 1 < Tokens.Count
        && Tokens[k - 1].End == Tokens[k].Start && Tokens[k + 1].Start == Tokens[k].End && IsWord(k - 1) && IsWord(k + 1);

    /// <summary>
    /// A period glued to a short capitalized word: "Mr.", "Sen.", "Gov."; not one where the segmenter ends a sentence
    /// ("… reported by The Washington Post. The …": an outlet's name, not a title).
    /// </summary>
    public bool IsAbbreviationPeriod(int k) => IsPunct(k, '.') && k > 0 && IsCapitalized(k - 1)
        && Tokens[k - 1].End == Tokens[k].Start && Tokens[k - 1].End - Tokens[k - 1].Start <= 4
        && k + 1 < Tokens.Count && IsCapitalized(k + 1) && !EndsSentence(k);

    /// <summary>Whether the segmenter ends a sentence between token <paramref name="k"/> and the next one.</summary>
    private bool EndsSentence(int k) => Document.Sentences.Count > 0
        && Document.SentenceIndexAt(_tokens[k].Start) != Document.SentenceIndexAt(_tokens[k + 1].Start);

    /// <summary>The text span from token <paramref name="first"/> to token <paramref name="last"/>, both included.</summary>
    public TextSpan SpanOf(int first, int last) => new(Tokens[first].Start, Tokens[last].End);

    /// <summary>The first token starting at or after <paramref name="position"/>, or -1.</summary>
    public int FirstTokenAtOrAfter(int position)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Tokens[mid].Start < position) lo = mid + 1; else hi = mid;
        }
        return lo < Tokens.Count ? lo : -1;
    }

    /// <summary>The last token starting before <paramref name="position"/>, or -1.</summary>
    public int LastTokenBefore(int position)
    {
        int k = FirstTokenAtOrAfter(position);
        return k < 0 ? Tokens.Count - 1 : k - 1;
    }

    /// <summary>The words in <paramref name="span"/>, counted up to <paramref name="upTo"/>.</summary>
    public int CountWords(TextSpan span, int upTo = 3)
    {
        var range = Document.TokenRange(span);
        int n = 0;
        for (int k = range.Start.Value; k < range.End.Value && n < upTo; k++)
            if (IsWord(k)) n++;
        return n;
    }

    /// <summary>Whether a letter or digit lies between character offsets <paramref name="from"/> and <paramref name="to"/>.</summary>
    public bool HasLetters(int from, int to)
    {
        for (int i = from; i < to; i++)
            if (char.IsLetterOrDigit(Text[i])) return true;
        return false;
    }

    /// <summary>Whether only white space, dashes or brackets precede <paramref name="position"/> in its sentence.</summary>
    public bool StartsSentence(int position)
    {
        int s = Document.SentenceIndexAt(position);
        if (s < 0) return true;
        int start = Document.Sentences[s].Span.Start;
        // Only whitespace, dashes or brackets before the quote in its sentence.
        for (int i = start; i < position; i++)
            if (!char.IsWhiteSpace(Text[i]) && Text[i] is not ('(' or '—' or '-' or '[')) return false;
        return true;
    }

    /// <summary>Whether token <paramref name="k"/> is a word ending in "’s" or "'s".</summary>
    public bool IsPossessive(int k) => IsWord(k) && (Word(k).EndsWith("’s", StringComparison.Ordinal) || Word(k).EndsWith("'s", StringComparison.Ordinal));

    /// <summary>Whether token <paramref name="k"/> names a day ("Monday", "yesterday", "tonight").</summary>
    public bool IsDay(int k) => k >= 0 && k < Tokens.Count && Words.Days.Contains(Word(k));

    /// <summary>Whether token <paramref name="k"/> is "morning", "afternoon", "evening" or "night".</summary>
    public bool IsTimeOfDay(int k) => Is(k, "morning") || Is(k, "afternoon") || Is(k, "evening") || Is(k, "night");

    /// <summary>The first token at or after <paramref name="k"/> (before <paramref name="limit"/>) that is not a word or a period inside a name or abbreviation: where a clause ends.</summary>
    public int ClauseEnd(int k, int limit)
    {
        while (k < limit && (IsWord(k) || IsAbbreviationPeriod(k) || IsPunct(k, '.') && IsGluedPeriod(k))) k++;
        return k;
    }
}
