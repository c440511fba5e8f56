namespace Claims.Embeddings;

/// <summary>
/// The word pieces of one text with their character spans and contextual states, in text order. Pieces of one word
/// share the word's span when the text had to be normalized to find them (accents, case folding changed its length);
/// otherwise each piece covers exactly its characters.
/// </summary>
public sealed class TokenStates
{
    private readonly TextSpan[] _spans;
    private readonly string[] _pieces;
    private readonly float[] _states;

    /// <summary>Creates the states; <paramref name="states"/> holds <c>spans.Length * dimensions</c> values, row by row.</summary>
    /// <exception cref="ArgumentException">The arrays disagree in length.</exception>
    public TokenStates(string text, IReadOnlyList<TextSpan> spans, IReadOnlyList<string> pieces, ReadOnlySpan<float> states, int dimensions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(spans);
        ArgumentNullException.ThrowIfNull(pieces);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        if (pieces.Count != spans.Count) throw new ArgumentException("one piece per span", nameof(pieces));
        if (states.Length != spans.Count * dimensions) throw new ArgumentException($"expected {spans.Count * dimensions} state values, got {states.Length}", nameof(states));
        foreach (var s in spans)
            if (s.End > text.Length) throw new ArgumentException($"span {s} lies outside the text of {text.Length} characters", nameof(spans));
        Text = text;
        Dimensions = dimensions;
        _spans = [.. spans];
        _pieces = [.. pieces];
        _states = states.ToArray();
    }

    /// <summary>The text the spans index into.</summary>
    public string Text { get; }

    /// <summary>Number of word pieces.</summary>
    public int Count => _spans.Length;

    /// <summary>Dimensions of each state.</summary>
    public int Dimensions { get; }

    /// <summary>The characters piece <paramref name="index"/> covers.</summary>
    public TextSpan Span(int index) => _spans[index];

    /// <summary>The vocabulary entry of piece <paramref name="index"/> ("zur", "##ich", "[UNK]").</summary>
    public string Piece(int index) => _pieces[index];

    /// <summary>The contextual state of piece <paramref name="index"/>.</summary>
    public ReadOnlySpan<float> State(int index) => _states.AsSpan(index * Dimensions, Dimensions);

    /// <summary>Index range of the pieces that start inside <paramref name="span"/>.</summary>
    public Range PiecesIn(TextSpan span)
    {
        int first = LowerBound(span.Start), last = LowerBound(span.End);
        return first..Math.Max(first, last);
    }

    private int LowerBound(int position)
    {
        int lo = 0, hi = _spans.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_spans[mid].Start < position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
