namespace Claims.Segmentation;

/// <summary>
/// Calls to the reader that pages carry in and around an article: a call to follow, subscribe, sign up, listen or click
/// ("Follow Pam Key on Twitter @pamkeyNEN.", "Subscribe here.") and an editor's note repeated under every article of an
/// outlet. They assert nothing about the story's event: the sentence stage makes them page furniture
/// (<see cref="FurnitureKind.Navigation"/>), so no stage reads a claim in them. The openings are data: the phrases of
/// <c>Resources/navigation-en.txt</c> that end in "~". Immutable and thread-safe.
/// </summary>
internal sealed class ReaderCalls
{
    // The marker after a phrase of the navigation list that opens a call to the reader (matched against a sentence).
    internal const char OpeningMarker = '~';

    private readonly string[] _openings;

    /// <summary>Creates the list from navigation phrases: those ending in <see cref="OpeningMarker"/> (others are ignored).</summary>
    public ReaderCalls(IEnumerable<string> navigationPhrases)
    {
        ArgumentNullException.ThrowIfNull(navigationPhrases);
        _openings = [.. navigationPhrases.Select(p => p.Trim()).Where(p => p.Length > 1 && p[^1] == OpeningMarker)
            .Select(p => p[..^1].TrimEnd().ToLowerInvariant()).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The openings (lower case), in list order.</summary>
    public IReadOnlyList<string> Openings => _openings;

    /// <summary>
    /// The opening of <paramref name="sentence"/> (after leading punctuation such as "(" or "&gt;&gt;") when it is a call
    /// to the reader, else null: one of the openings followed by a space, a colon or the end ("Follow-on action" is no
    /// call to follow), and no quotation closing before the sentence's first stop ("Follow us,'' Ms. Gil said" is what
    /// someone said, not a call to the reader).
    /// </summary>
    public string? Opening(ReadOnlySpan<char> sentence)
    {
        int start = 0;
        while (start < sentence.Length && !char.IsLetter(sentence[start])) start++;
        foreach (var opening in _openings)
        {
            int end = start + opening.Length;
            if (end > sentence.Length || !sentence.Slice(start, opening.Length).Equals(opening, StringComparison.OrdinalIgnoreCase)) continue;
            if (end == sentence.Length || sentence[end] is ' ' or ':' or '\u00A0')
                return Quoted(sentence, end) ? null : opening;
        }
        return null;
    }

    // Whether a double quotation mark ('"', '”', '“' or two apostrophes) comes after position start before the first stop.
    private static bool Quoted(ReadOnlySpan<char> sentence, int start)
    {
        for (int i = start; i < sentence.Length; i++)
        {
            char c = sentence[i];
            if (c is '.' or '!' or '?') return false;
            if (c is '"' or '\u201C' or '\u201D') return true;
            if (c is '\'' && i + 1 < sentence.Length && sentence[i + 1] is '\'') return true;
        }
        return false;
    }
}
