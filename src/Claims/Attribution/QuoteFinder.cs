using Claims.Pipeline;
using Claims.Segmentation;

namespace Claims.Attribution;

/// <summary>
/// Third stage: finds quoted passages (typographic “…”, straight "…", guillemets «…») and fills
/// <see cref="Document.Quotes"/>. A quote may span sentences; it continues into the next paragraph only under the
/// news convention that a multi-paragraph quote leaves the paragraph unclosed and reopens the next one with an
/// opening mark. An unclosed quote otherwise ends with its paragraph, so a stray mark never runs to the end of the
/// article. Stateless and thread-safe.
/// </summary>
public sealed class QuoteFinder : IDocumentStage
{
    // Characters scanned between two looks at the cancellation token.
    private const int CancellationStride = 1 << 16;

    /// <inheritdoc />
    public string Name => "quotes";

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        string text = document.Text;
        var quotes = new List<Quote>();
        var paragraphs = document.Paragraphs;
        var open = new OpenQuote(-1, 1);
        for (int p = 0; p < paragraphs.Count; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var para = paragraphs[p];
            open = Scan(text, para, open, quotes, cancellationToken);
            if (open.Start >= 0 && !ContinuesInto(text, paragraphs, p + 1))
            {
                // Unbalanced: bound by the paragraph.
                if (para.End > open.Start + open.Length)
                    quotes.Add(new Quote(new TextSpan(open.Start, para.End), new TextSpan(open.Start + open.Length, para.End)));
                open = new OpenQuote(-1, 1);
            }
        }
        document.Quotes = quotes;
    }

    /// <summary>The opening mark of a quote not closed yet (start -1: none) and its length in characters.</summary>
    private readonly record struct OpenQuote(int Start, int Length);

    /// <summary>Reads one paragraph's marks, adding the quotes they close; returns the quote left open at its end.</summary>
    private static OpenQuote Scan(string text, TextSpan para, OpenQuote quote, List<Quote> quotes, CancellationToken cancellationToken)
    {
        int open = quote.Start, openLength = quote.Length;
        int check = para.Start + CancellationStride;
        for (int i = para.Start; i < para.End; i++)
        {
            // A paragraph may be a whole article on one line: look at the token every 65,536 characters.
            if (i >= check)
            {
                cancellationToken.ThrowIfCancellationRequested();
                check = i + CancellationStride;
            }
            char c = text[i];
            // Two apostrophes stand for a straight double quote in some wire and newspaper texts ('' … '').
            bool doubled = c == '\'' && i + 1 < para.End && text[i + 1] == '\'';
            if (doubled) c = '"';
            if (!QuoteMarks.IsQuote(c)) continue;
            if (open < 0)
            {
                if (QuoteMarks.IsClosing(c)) continue; // stray closing mark: nothing to close
                if (c == '"' && !StraightOpens(text, i, para)) continue;
                open = i;
                openLength = doubled ? 2 : 1;
                if (doubled) i++;
            }
            else if (i == para.Start && open < para.Start && (QuoteMarks.IsOpening(c) || c == '"'))
            {
                // Continuation mark at the start of the next paragraph of a multi-paragraph quote.
                if (doubled) i++;
            }
            else if (QuoteMarks.IsOpening(c) && !ReversedClosing(text, i, para))
            {
                // A second opening mark: the first was never closed; restart here.
                open = i;
                openLength = 1;
            }
            else
            {
                int close = doubled ? 2 : 1;
                if (i > open + openLength)
                    quotes.Add(new Quote(new TextSpan(open, i + close), new TextSpan(open + openLength, i)));
                open = -1;
                i += close - 1;
            }
        }
        return new OpenQuote(open, openLength);
    }

    /// <summary>Whether paragraph <paramref name="next"/> opens with a mark that continues a multi-paragraph quote.</summary>
    private static bool ContinuesInto(string text, IReadOnlyList<TextSpan> paragraphs, int next) =>
        next < paragraphs.Count && paragraphs[next].Start < text.Length
        && (QuoteMarks.IsOpening(text[paragraphs[next].Start]) || text[paragraphs[next].Start] == '"'
            || text.AsSpan(paragraphs[next].Start).StartsWith("''", StringComparison.Ordinal));

    /// <summary>
    /// An opening mark used as a closing one while a quote is open ("the Arab states“ with a photograph"): glued to a
    /// word or a closing punctuation mark on the left and followed by a space, a punctuation mark or the paragraph end.
    /// </summary>
    private static bool ReversedClosing(string text, int i, TextSpan para)
    {
        if (i == para.Start) return false;
        char prev = text[i - 1];
        if (!(char.IsLetterOrDigit(prev) || prev is '.' or ',' or '!' or '?' or '…')) return false;
        return i + 1 >= para.End || char.IsWhiteSpace(text[i + 1]) || text[i + 1] is '.' or ',' or ';' or ':' or ')' or '!' or '?';
    }

    /// <summary>A straight quote opens when it is not glued to a preceding word (start, space, bracket, dash).</summary>
    private static bool StraightOpens(string text, int i, TextSpan para)
    {
        if (i == para.Start) return true;
        char prev = text[i - 1];
        if (char.IsWhiteSpace(prev) || prev is '(' or '[' or '—' or '–' or '-' or ':' or '/') return true;
        // Glued to a word on the left but to a letter on the right ("word"s) is unusual: treat as opening only when
        // followed by a letter and preceded by punctuation.
        return !char.IsLetterOrDigit(prev) && i + 1 < para.End && char.IsLetterOrDigit(text[i + 1]);
    }
}
