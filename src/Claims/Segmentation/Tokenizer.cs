using System.Globalization;

namespace Claims.Segmentation;

/// <summary>
/// Splits text into word, number, quote and punctuation tokens with offsets. Words keep inner apostrophes
/// ("Russia’s"), hyphens ("Trump-Putin") and abbreviation periods ("U.S."). Allocation-free per token; stateless and
/// thread-safe.
/// </summary>
public sealed class Tokenizer
{
    // Characters scanned between two looks at the cancellation token: a few milliseconds of work at most.
    private const int CancellationStride = 1 << 16;

    /// <summary>Tokenizes <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/>, appending to <paramref name="tokens"/>.</summary>
    public void Tokenize(ReadOnlySpan<char> text, int start, int end, List<Token> tokens) =>
        Tokenize(text, start, end, tokens, CancellationToken.None);

    /// <summary>
    /// Tokenizes <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/>, appending to
    /// <paramref name="tokens"/>, and looks at <paramref name="cancellationToken"/> every 65,536 characters (a long
    /// paragraph, such as an article on one line, is cancelled inside it).
    /// </summary>
    public void Tokenize(ReadOnlySpan<char> text, int start, int end, List<Token> tokens, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        int i = start;
        int check = start + CancellationStride;
        while (i < end)
        {
            if (i >= check)
            {
                cancellationToken.ThrowIfCancellationRequested();
                check = i + CancellationStride;
            }
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (char.IsLetter(c))
            {
                int j = ScanWord(text, i, end);
                tokens.Add(new Token(i, j, TokenKind.Word));
                i = j;
            }
            else if (char.IsDigit(c))
            {
                int j = ScanNumber(text, i, end);
                tokens.Add(new Token(i, j, TokenKind.Number));
                i = j;
            }
            else if (char.IsSurrogate(c) && i + 1 < end && char.IsSurrogatePair(c, text[i + 1]))
            {
                // Emoji and other astral symbols: one token, never split between surrogates.
                tokens.Add(new Token(i, i + 2, TokenKind.Punctuation));
                i += 2;
            }
            else
            {
                tokens.Add(new Token(i, i + 1, QuoteMarks.IsQuote(c) ? TokenKind.Quote : TokenKind.Punctuation));
                i++;
            }
        }
    }

    /// <summary>Tokenizes a whole string.</summary>
    public List<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 5 + 4);
        Tokenize(text, 0, text.Length, tokens);
        return tokens;
    }

    private static int ScanWord(ReadOnlySpan<char> text, int i, int end)
    {
        int j = i + 1;
        while (j < end)
        {
            char c = text[j];
            if (char.IsLetterOrDigit(c) || IsCombining(c)) { j++; continue; }
            // Inner apostrophe or hyphen joins two letter runs: "Russia’s", "Trump-Putin", "don't".
            if ((c is '\'' or '’' or '-' or '‐') && j + 1 < end && char.IsLetterOrDigit(text[j + 1])) { j += 2; continue; }
            // Abbreviation with periods: "U.S.", "U.S.-Russia": a single letter followed by '.' and another letter.
            if (c == '.' && j - i >= 1 && j + 1 < end && char.IsLetter(text[j + 1]) && IsSingleLetterRun(text, i, j)
                && (j + 2 >= end || text[j + 2] == '.' || !char.IsLetter(text[j + 2])))
            {
                j += 2;
                continue;
            }
            break;
        }
        // Trailing period of a dotted abbreviation ("U.S.") belongs to the word.
        if (j < end && text[j] == '.' && j - i >= 3 && text[j - 2] == '.' && char.IsLetter(text[j - 1]))
            j++;
        return j;
    }

    private static bool IsSingleLetterRun(ReadOnlySpan<char> text, int start, int dot)
    {
        // True when the characters just before the dot are one letter preceded by start or a period.
        int k = dot - 1;
        return char.IsLetter(text[k]) && (k == start || text[k - 1] == '.');
    }

    private static int ScanNumber(ReadOnlySpan<char> text, int i, int end)
    {
        int j = i + 1;
        while (j < end)
        {
            char c = text[j];
            if (char.IsDigit(c)) { j++; continue; }
            if ((c is ',' or '.' or ':') && j + 1 < end && char.IsDigit(text[j + 1])) { j += 2; continue; }
            if (c == '%') { j++; break; }
            // Ordinals and units glued to digits: "22nd", "5bn", "10km".
            if (char.IsLetter(c)) { j = ScanWord(text, j, end); break; }
            break;
        }
        return j;
    }

    private static bool IsCombining(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}

/// <summary>Quotation mark classification shared by the tokenizer, segmenter and quote finder.</summary>
public static class QuoteMarks
{
    /// <summary>True for straight and typographic double quotes and guillemets.</summary>
    public static bool IsQuote(char c) => c is '"' or '“' or '”' or '„' or '«' or '»' or '‟';

    /// <summary>True for marks that can only open a quotation.</summary>
    public static bool IsOpening(char c) => c is '“' or '„' or '«' or '‟';

    /// <summary>True for marks that can only close a quotation.</summary>
    public static bool IsClosing(char c) => c is '”' or '»';
}
