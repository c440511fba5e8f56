namespace Claims.Text;

/// <summary>The words of a span of text as the attribution parts read them (claim fragments, speaker sanity).</summary>
internal static class SpanWords
{
    /// <summary>The words of <paramref name="span"/>: letters and digits with inner apostrophes, hyphens and periods.</summary>
    public static List<TextSpan> Of(string text, TextSpan span)
    {
        var list = new List<TextSpan>();
        int i = span.Start;
        while (i < span.End)
        {
            while (i < span.End && !char.IsLetterOrDigit(text[i])) i++;
            int j = i;
            while (j < span.End && (char.IsLetterOrDigit(text[j]) || text[j] is '\'' or '’' or '-' or '.' && j + 1 < span.End && char.IsLetterOrDigit(text[j + 1])))
                j++;
            if (j > i) list.Add(new TextSpan(i, j));
            i = j;
        }
        return list;
    }
}
