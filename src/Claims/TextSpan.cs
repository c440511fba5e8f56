namespace Claims;

/// <summary>A half-open character range <c>[Start, End)</c> into a document's text (UTF-16 code units).</summary>
/// <param name="Start">Index of the first character.</param>
/// <param name="End">Index one past the last character.</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of characters covered.</summary>
    public int Length => End - Start;

    /// <summary>True when the span covers no characters.</summary>
    public bool IsEmpty => End <= Start;

    /// <summary>Whether <paramref name="position"/> lies inside the span.</summary>
    public bool Contains(int position) => position >= Start && position < End;

    /// <summary>Whether <paramref name="other"/> lies wholly inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>Whether the two spans share at least one character.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>Number of characters both spans cover.</summary>
    public int OverlapLength(TextSpan other) => Math.Max(0, Math.Min(End, other.End) - Math.Max(Start, other.Start));

    /// <summary>Character Jaccard of the two spans: shared characters over characters in either (0 when both are empty).</summary>
    public double Jaccard(TextSpan other)
    {
        int inter = OverlapLength(other);
        int union = Length + other.Length - inter;
        return union == 0 ? 0 : (double)inter / union;
    }

    /// <summary>The characters of <paramref name="text"/> this span covers.</summary>
    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, Length);

    /// <summary>Number of words (runs of letters or digits) of <paramref name="text"/> inside the span.</summary>
    /// <param name="text">The text the span indexes into.</param>
    public int CountWords(string text)
    {
        int n = 0;
        bool inWord = false;
        for (int i = Start; i < End; i++)
        {
            bool letter = char.IsLetterOrDigit(text[i]);
            if (letter && !inWord) n++;
            inWord = letter;
        }
        return n;
    }

    /// <inheritdoc />
    public override string ToString() => $"[{Start}, {End})";
}
