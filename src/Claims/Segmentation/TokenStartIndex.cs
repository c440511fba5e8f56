namespace Claims.Segmentation;

/// <summary>
/// Where the tokens of a document start, by block of <see cref="BlockLength"/> characters: for every block, the index
/// of the first token starting at or after the block's first character. The lower bound of a position is then found
/// from its block's entry by a short forward walk (at most the tokens starting inside one block) instead of a binary
/// search over the whole token layer.
/// </summary>
internal sealed class TokenStartIndex
{
    /// <summary>Token layers shorter than this are searched by bisection: the index would cost more than it saves.</summary>
    public const int MinTokens = 512;

    private const int BlockShift = 6;

    /// <summary>Characters per block.</summary>
    public const int BlockLength = 1 << BlockShift;

    private readonly IReadOnlyList<Token> _source;
    private readonly int _count;
    // _first[b]: the first token whose start is at or after b * BlockLength (the token count when none is).
    private readonly int[] _first;

    /// <summary>Indexes <paramref name="tokens"/> (the items of <paramref name="source"/>, in text order) over a text of <paramref name="textLength"/> characters.</summary>
    public TokenStartIndex(IReadOnlyList<Token> source, ReadOnlySpan<Token> tokens, int textLength)
    {
        _source = source;
        _count = tokens.Length;
        _first = new int[(textLength >> BlockShift) + 2];
        int t = 0;
        for (int b = 0; b < _first.Length; b++)
        {
            long blockStart = (long)b << BlockShift;
            while (t < tokens.Length && tokens[t].Start < blockStart) t++;
            _first[b] = t;
        }
    }

    /// <summary>Whether this index was built from <paramref name="source"/> when it held <paramref name="count"/> tokens.</summary>
    public bool Indexes(IReadOnlyList<Token> source, int count) => ReferenceEquals(source, _source) && count == _count;

    /// <summary>
    /// The index of the first token of <paramref name="tokens"/> (the indexed ones) whose start is at or after
    /// <paramref name="position"/>; false for a position outside the indexed text (then bisect).
    /// </summary>
    public bool TryLowerBound(ReadOnlySpan<Token> tokens, int position, out int index)
    {
        int block = position >> BlockShift;
        if (position < 0 || block >= _first.Length)
        {
            index = 0;
            return false;
        }
        int i = _first[block];
        while (i < tokens.Length && tokens[i].Start < position) i++;
        index = i;
        return true;
    }
}
