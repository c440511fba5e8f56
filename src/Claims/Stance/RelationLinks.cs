using System.Runtime.InteropServices;

namespace Claims.Stance;

/// <summary>
/// The links of one word relation as <see cref="WordRelations.Parse"/> gathers them: (term, related term) pairs of
/// term ids, kept in one list and grouped once by <see cref="Freeze"/> into each term's sorted, distinct related terms.
/// Not thread-safe (used by one parse).
/// </summary>
internal sealed class RelationLinks
{
    private readonly List<long> _links = [];

    /// <summary>Links <paramref name="x"/> to <paramref name="y"/> (and back when <paramref name="both"/>), unless either
    /// is 0 (a stop word or too short) or they are the same term.</summary>
    public void Add(int x, int y, bool both)
    {
        if (x == 0 || y == 0 || x == y) return;
        _links.Add(Key(x, y));
        if (both) _links.Add(Key(y, x));
    }

    // The related term's sign bit is flipped, so the low half sorts (unsigned) in the order of the signed id.
    private static long Key(int x, int y) => ((long)x << 32) | (uint)(y ^ int.MinValue);

    private static int Term(long key) => (int)(key >> 32);

    private static int Related(long key) => (int)((uint)key ^ 0x8000_0000u);

    /// <summary>Each linked term's related terms, distinct and in ascending order.</summary>
    public Dictionary<int, int[]> Freeze()
    {
        var links = CollectionsMarshal.AsSpan(_links);
        links.Sort();
        var result = new Dictionary<int, int[]>();
        int start = 0;
        while (start < links.Length)
        {
            int term = Term(links[start]), end = start, distinct = 0;
            for (; end < links.Length && Term(links[end]) == term; end++)
                if (end == start || links[end] != links[end - 1]) distinct++;
            var related = new int[distinct];
            for (int k = start, n = 0; k < end; k++)
                if (k == start || links[k] != links[k - 1]) related[n++] = Related(links[k]);
            result[term] = related;
            start = end;
        }
        return result;
    }
}

/// <summary>The tab-separated fields of one line, read as spans of it (no string per field).</summary>
internal readonly ref struct LineFields
{
    private readonly ReadOnlySpan<char> _line;

    public LineFields(string line)
    {
        _line = line;
        Count = _line.Count('\t') + 1;
    }

    /// <summary>Number of fields (tabs + 1).</summary>
    public int Count { get; }

    /// <summary>Field <paramref name="index"/> (0-based).</summary>
    public ReadOnlySpan<char> this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            var rest = _line;
            for (int i = 0; i < index; i++) rest = rest[(rest.IndexOf('\t') + 1)..];
            int tab = rest.IndexOf('\t');
            return tab < 0 ? rest : rest[..tab];
        }
    }
}
