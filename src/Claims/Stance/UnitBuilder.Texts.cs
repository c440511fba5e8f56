using Claims.Segmentation;

namespace Claims.Stance;

/// <summary>
/// The text of a sentence of a view (tokens <c>[First, End)</c>), or of two sentences joined by one space when
/// <c>SecondFirst</c> is not negative: what <see cref="TextUnit.Text"/> is made from when a unit is built without it.
/// </summary>
internal readonly record struct UnitText(TextView View, int First, int End, int SecondFirst = -1, int SecondEnd = -1)
{
    /// <summary>The text: the characters from the first token's start to the last token's end (of each sentence).</summary>
    public string Make() => SecondFirst < 0 ? Of(First, End) : Of(First, End) + " " + Of(SecondFirst, SecondEnd);

    private string Of(int first, int end)
    {
        int start = View[first].Start, stop = View[end - 1].End;
        return View.Text.Substring(start, stop - start);
    }
}

internal static partial class UnitBuilder
{
    // Fuzzy ratios are quadratic: long bodies are compared through their best sentences, and sentences are capped.
    // The longest fuzzy and sorted texts kept, in characters.
    private const int ClipLength = 160;

    // string.Join(' ', words), of the words with a stem when stems is given, cut to its first ClipLength characters,
    // written straight into a buffer of that length.
    internal static string JoinClipped(ReadOnlySpan<string> words, string?[]? stems)
    {
        Span<char> buffer = stackalloc char[ClipLength];
        int n = 0;
        bool first = true;
        for (int k = 0; k < words.Length && n < ClipLength; k++)
        {
            if (stems is not null && stems[k] is null) continue;
            if (!first) buffer[n++] = ' ';
            first = false;
            var word = words[k].AsSpan(0, Math.Min(words[k].Length, ClipLength - n));
            word.CopyTo(buffer[n..]);
            n += word.Length;
        }
        return new string(buffer[..n]);
    }

    // The words with a stem, sorted ordinally, joined and cut like JoinClipped.
    internal static string SortedContentText(string[] words, string?[] stems)
    {
        int count = 0;
        foreach (var stem in stems) if (stem is not null) count++;
        if (count == 0) return "";
        var content = new string[count];
        int n = 0;
        for (int k = 0; k < words.Length; k++)
            if (stems[k] is not null) content[n++] = words[k];
        Array.Sort(content, StringComparer.Ordinal);
        return JoinClipped(content, null);
    }
}
