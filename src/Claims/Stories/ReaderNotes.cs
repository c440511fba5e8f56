namespace Claims.Stories;

/// <summary>
/// Notes to the reader that pages carry around an article: a call to follow, subscribe, sign up, listen or click
/// ("Follow Pam Key on Twitter @pamkeyNEN.", "Subscribe here.") and an editor's note repeated under every article of an
/// outlet. They assert nothing about the story's event, so they agree with nothing. Stateless and thread-safe.
/// </summary>
internal static class ReaderNotes
{
    /// <summary>
    /// The opening of <paramref name="text"/> (after leading punctuation such as "(" or "&gt;&gt;") when it is one of
    /// <paramref name="openings"/> (lower case) followed by a space, a colon or the end ("Follow-on action" is no call to
    /// follow), else null.
    /// </summary>
    public static string? Opening(string text, IReadOnlySet<string> openings)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(openings);
        int start = 0;
        while (start < text.Length && !char.IsLetter(text[start])) start++;
        foreach (var opening in openings)
        {
            int end = start + opening.Length;
            if (end > text.Length || !text.AsSpan(start, opening.Length).Equals(opening, StringComparison.OrdinalIgnoreCase)) continue;
            if (end == text.Length || text[end] is ' ' or ':' or '\u00A0') return opening;
        }
        return null;
    }
}
