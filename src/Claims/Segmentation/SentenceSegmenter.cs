using Claims.Pipeline;
using Claims.Text;

namespace Claims.Segmentation;

/// <summary>
/// Second stage: tokenizes every paragraph and splits it into sentences, filling <see cref="Document.Tokens"/> and
/// <see cref="Document.Sentences"/>. Heading paragraphs are one sentence each, flagged <see cref="Sentence.IsHeading"/>.
/// Handles abbreviations ("Mr.", "Gov.", "Apr.", dotted "U.S."), initials ("J."), decimals (kept whole by the
/// tokenizer), ellipses and closing quotes or brackets after the final period (<c>...end.” Next</c>).
/// Stateless and thread-safe.
/// </summary>
public sealed class SentenceSegmenter : IDocumentStage
{
    // Abbreviations after which a period never ends a sentence (titles, months, "No.", "vs.").
    // "Jr." and "Sr." may end a sentence: they are among MaybeFinal.
    private static readonly HashSet<string> NeverFinal = new(
    [
        .. WordLists.TitleAbbreviations.Where(a => !MaybeEndsSentence(a)), .. WordLists.MonthAbbreviations,
        "reps", "sgt", "capt", "cmdr", "adm", "maj", "rev", "hon", "pres", "supt", "mt", "ft", "messrs", "nos", "v",
        "approx", "est", "dept", "univ", "assn", "fig", "e.g", "i.e", "cf", "al", "ave", "blvd", "gov't", "atty", "lieut",
        "sens", "pp", "vol",
    ], StringComparer.OrdinalIgnoreCase);

    // Abbreviations that may also end a sentence: final only when a typical sentence opener follows.
    private static readonly HashSet<string> MaybeFinal = new(StringComparer.OrdinalIgnoreCase)
    {
        "inc", "corp", "co", "ltd", "jr", "sr", "etc", "llc", "bros", "plc",
    };

    private static bool MaybeEndsSentence(string abbreviation) => abbreviation.Equals("jr", StringComparison.OrdinalIgnoreCase) || abbreviation.Equals("sr", StringComparison.OrdinalIgnoreCase);

    // Capitalized words that almost always open a sentence; used after ambiguous abbreviations ("the U.S. The ...").
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "The", "He", "She", "It", "They", "We", "I", "But", "And", "In", "A", "An", "This", "That", "These", "Those",
        "There", "His", "Her", "Their", "Its", "Our", "On", "At", "As", "If", "When", "While", "After", "Before",
        "According", "Meanwhile", "However", "So", "Yet", "For", "Some", "Many", "Most", "Other", "Both", "What", "Why",
        "How", "Who", "Still", "Even", "Also", "Now", "Then", "Since", "Although", "Despite", "During", "Under", "Last",
        "Next", "One", "Two", "Asked",
    };

    private readonly Tokenizer _tokenizer = new();
    private readonly ReaderCalls _readerCalls;

    // The shipped calls to the reader, read from the resource once per process: free texts are segmented by a new stage
    // each (TextView.Of(string): a lead's body, a headline), which read and parsed the list every time.
    private static readonly Lazy<ReaderCalls> ShippedReaderCalls = new(() => new ReaderCalls(ResourceText.ReadLines("navigation-en.txt")));

    /// <summary>Creates the stage with the shipped calls to the reader (the "~" phrases of <c>Resources/navigation-en.txt</c>).</summary>
    public SentenceSegmenter() => _readerCalls = ShippedReaderCalls.Value;

    /// <summary>
    /// Creates the stage with custom navigation phrases: those ending in "~" open a call to the reader ("follow~",
    /// "subscribe~"), a sentence that is page furniture wherever it stands (<see cref="FurnitureKind.Navigation"/>); the
    /// others are the page-layout stage's and are ignored here.
    /// </summary>
    public SentenceSegmenter(IEnumerable<string> navigationPhrases) => _readerCalls = new ReaderCalls(navigationPhrases);

    // Tokens split between two looks at the cancellation token (a power of two).
    private const int TokenCancellationStride = 1 << 14;

    /// <inheritdoc />
    public string Name => "sentences";

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        string text = document.Text;
        var tokens = new List<Token>(text.Length / 5 + 4);
        var sentences = new List<Sentence>();
        var headings = new HashSet<TextSpan>(document.Headings);
        var ranges = new List<(int First, int End)>();
        for (int p = 0; p < document.Paragraphs.Count; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var para = document.Paragraphs[p];
            int first = tokens.Count;
            _tokenizer.Tokenize(text, para.Start, para.End, tokens, cancellationToken);
            if (tokens.Count == first) continue;
            if (headings.Contains(para))
            {
                sentences.Add(new Sentence(new TextSpan(tokens[first].Start, tokens[^1].End), p, IsHeading: true));
                continue;
            }
            Split(text, tokens, first, tokens.Count, p, sentences, ranges, cancellationToken);
        }
        document.Tokens = tokens;
        document.Sentences = SeparateReaderCalls(document, sentences);
    }

    // The sentences that are no call to the reader; the calls are added to the document's furniture.
    private List<Sentence> SeparateReaderCalls(Document document, List<Sentence> sentences)
    {
        List<Furniture>? calls = null;
        var kept = new List<Sentence>(sentences.Count);
        foreach (var sentence in sentences)
        {
            if (_readerCalls.Opening(document.Text.AsSpan(sentence.Span.Start, sentence.Span.Length)) is not null)
                (calls ??= []).Add(new Furniture(sentence.Span, FurnitureKind.Navigation));
            else kept.Add(sentence);
        }
        if (calls is not null)
            document.Furniture = [.. document.Furniture.Concat(calls).OrderBy(f => f.Span.Start)];
        return calls is null ? sentences : kept;
    }

    /// <summary>Splits the tokens <c>[first, end)</c> of paragraph <paramref name="paragraph"/> into sentences.</summary>
    private static void Split(string text, List<Token> tokens, int first, int end, int paragraph, List<Sentence> sentences,
        List<(int First, int End)> ranges, CancellationToken cancellationToken)
    {
        ranges.Clear();
        SplitTokens(text, tokens, first, end, ranges, cancellationToken);
        foreach (var (f, e) in ranges) sentences.Add(new Sentence(new TextSpan(tokens[f].Start, tokens[e - 1].End), paragraph));
    }

    /// <summary>
    /// Splits the tokens <c>[first, end)</c> of one paragraph into sentences, appending each sentence's token range
    /// <c>[First, End)</c>: the segmentation the document stage makes, for a span of it (a claim's tokens).
    /// </summary>
    internal static void SplitTokens(string text, List<Token> tokens, int first, int end, List<(int First, int End)> ranges, CancellationToken cancellationToken)
    {
        int start = first;
        for (int i = first; i < end; i++)
        {
            // A paragraph may be a whole article on one line: look at the token every 16,384 tokens.
            if (((i - first) & (TokenCancellationStride - 1)) == 0) cancellationToken.ThrowIfCancellationRequested();
            int last = EndOfSentenceAt(text, tokens, i, end);
            if (last < 0) continue;
            ranges.Add((start, last + 1));
            start = last + 1;
            i = last;
        }
        if (start < end) ranges.Add((start, end));
    }

    /// <summary>
    /// When token <paramref name="i"/> ends a sentence, the index of the sentence's last token (closing quotes and
    /// brackets included); otherwise -1.
    /// </summary>
    private static int EndOfSentenceAt(string text, List<Token> tokens, int i, int end)
    {
        var t = tokens[i];
        char c = text[t.Start];
        bool dottedWord = t.Kind == TokenKind.Word && text[t.End - 1] == '.';
        bool terminator = t.Kind == TokenKind.Punctuation && c is '.' or '!' or '?' or '…';
        if (!terminator && !dottedWord) return -1;
        // Ellipsis and runs of terminators ("?!", "..."): decide at the last one.
        if (terminator && i + 1 < end && tokens[i + 1].Kind == TokenKind.Punctuation && text[tokens[i + 1].Start] is '.' or '!' or '?' or '…'
            && tokens[i + 1].Start == t.End)
            return -1;

        int last = i;
        // Closing quotes and brackets glued to the terminator belong to this sentence.
        while (last + 1 < end && tokens[last + 1].Start == tokens[last].End && IsCloser(text, tokens[last + 1]))
            last++;
        if (last + 1 >= end) return last;

        var next = tokens[last + 1];
        char n = text[next.Start];
        // A terminator glued to the next letter or digit is inside a name: "Digi24.ro", "U.S.–Russia".
        if (next.Start == tokens[last].End && char.IsLetterOrDigit(n)) return -1;
        bool nextOpens = char.IsUpper(n) || char.IsDigit(n) || QuoteMarks.IsQuote(n) || n is '(' or '[' or '‘' or '—' or '-'
            || (n == '\'' && next.Start + 1 < text.Length && text[next.Start + 1] == '\''); // '' as an opening quote
        if (!nextOpens) return -1;

        if (dottedWord)
        {
            // "U.S." ends a sentence only before a typical opener ("... in the U.S. The talks").
            return next.Kind == TokenKind.Word && Openers.Contains(next.Of(text).ToString()) ? last : -1;
        }
        if (c == '.' && i > 0 && tokens[i - 1].End == t.Start && tokens[i - 1].Kind == TokenKind.Word)
        {
            var prev = tokens[i - 1].Of(text);
            // Initials ("J. Smith") and single letters.
            if (prev.Length == 1 && char.IsUpper(prev[0])) return -1;
            string word = prev.ToString();
            // A hyphenated prefix keeps the abbreviation: "then-Sen. Barack Obama", "ex-Gov. Perry".
            int hyphen = word.LastIndexOf('-');
            if (hyphen > 0 && hyphen + 1 < word.Length) word = word[(hyphen + 1)..];
            if (NeverFinal.Contains(word)) return -1;
            if (MaybeFinal.Contains(word))
                return next.Kind == TokenKind.Word && Openers.Contains(next.Of(text).ToString()) ? last : -1;
        }
        if (c == '…' || (c == '.' && i > 0 && text[tokens[i - 1].Start] == '.' && tokens[i - 1].End == t.Start))
        {
            // An ellipsis ends a sentence only before a capitalized word or a quote.
            return char.IsUpper(n) || QuoteMarks.IsQuote(n) ? last : -1;
        }
        return last;
    }

    private static bool IsCloser(string text, Token token)
    {
        char c = text[token.Start];
        return token.Kind == TokenKind.Quote ? !QuoteMarks.IsOpening(c) : c is ')' or ']' or '’' or '\'';
    }
}
