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
    internal double Jaccard(TextSpan other)
    {
        int inter = OverlapLength(other);
        int union = Length + other.Length - inter;
        return union == 0 ? 0 : (double)inter / union;
    }

    /// <summary>
    /// Matches <paramref name="spans"/> to <paramref name="targets"/> one to one, greedily by Jaccard (best first; ties
    /// by span, then target index), a pair needing at least <paramref name="minJaccard"/>: for each span its target
    /// index and for each target its span index, or -1. How PolNeAR scoring and the learned attribution model match
    /// contents to annotations.
    /// </summary>
    internal static (int[] SpanMatch, int[] TargetMatch) MatchOneToOne(IReadOnlyList<TextSpan> spans, IReadOnlyList<TextSpan> targets,
        double minJaccard = 0.5)
    {
        var pairs = new List<(double J, int S, int T)>();
        for (int s = 0; s < spans.Count; s++)
            for (int t = 0; t < targets.Count; t++)
            {
                double j = spans[s].Jaccard(targets[t]);
                if (j >= minJaccard) pairs.Add((j, s, t));
            }
        pairs.Sort((a, b) => a.J != b.J ? b.J.CompareTo(a.J) : a.S != b.S ? a.S.CompareTo(b.S) : a.T.CompareTo(b.T));
        var spanMatch = new int[spans.Count];
        var targetMatch = new int[targets.Count];
        Array.Fill(spanMatch, -1);
        Array.Fill(targetMatch, -1);
        foreach (var (_, s, t) in pairs)
        {
            if (spanMatch[s] >= 0 || targetMatch[t] >= 0) continue;
            spanMatch[s] = t;
            targetMatch[t] = s;
        }
        return (spanMatch, targetMatch);
    }

    /// <summary>The characters of <paramref name="text"/> this span covers.</summary>
    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, Length);

    /// <summary>Number of words (runs of letters or digits) of <paramref name="text"/> inside the span.</summary>
    internal int CountWords(string text)
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
