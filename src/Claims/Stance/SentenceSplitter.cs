namespace Claims.Stance;

/// <summary>Splits a body into sentences: at . ! ? followed by space and a capital, quote or digit, and at line breaks.</summary>
internal static class SentenceSplitter
{
    public static List<string> Split(string text)
    {
        var result = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool cut = false;
            int end = i + 1;
            if (c == '\n') { cut = true; end = i; }
            else if (c is '.' or '!' or '?')
            {
                int j = i + 1;
                while (j < text.Length && (text[j] is '"' or '\'' or '”' or '’' or ')')) j++;
                if (j >= text.Length) { cut = true; end = j; }
                else if (char.IsWhiteSpace(text[j]))
                {
                    int k = j;
                    while (k < text.Length && char.IsWhiteSpace(text[k])) k++;
                    // "U.S. officials" and "Mr. Smith": a period after a one-letter or title-like token does not end a sentence.
                    bool abbreviation = c == '.' && IsAbbreviation(text, i);
                    if (k >= text.Length || (!abbreviation && (char.IsUpper(text[k]) || char.IsDigit(text[k]) || text[k] is '"' or '“' or '\'' or '‘')))
                    {
                        cut = true;
                        end = j;
                    }
                }
            }
            if (!cut) continue;
            Add(result, text, start, end);
            start = c == '\n' ? i + 1 : end;
        }
        Add(result, text, start, text.Length);
        return result;
    }

    private static void Add(List<string> result, string text, int start, int end)
    {
        if (end <= start) return;
        var s = text.AsSpan(start, end - start).Trim();
        if (s.Length < 3) return;
        result.Add(s.ToString());
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        int k = dot - 1;
        while (k >= 0 && char.IsLetter(text[k])) k--;
        int len = dot - k - 1;
        if (len == 1) return true;
        var word = text.AsSpan(k + 1, len);
        foreach (var abbreviation in Text.WordLists.TitleAbbreviations)
            if (word.Equals(abbreviation, StringComparison.Ordinal)) return true;
        return false;
    }
}
