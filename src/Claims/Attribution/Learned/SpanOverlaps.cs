namespace Claims.Attribution.Learned;

/// <summary>
/// Fixed spans sorted by start, with the running maximum of their ends, so the spans overlapping a query are found
/// without looking at the others: a look-up costs the spans that start between the query's end and the start of the
/// longest earlier span still reaching into it. Replaces comparing every candidate with every other one (quadratic in
/// article length: 45 s for the learned stage on 300 KB of transcript turns).
/// </summary>
internal sealed class SpanOverlaps
{
    private readonly TextSpan[] _spans;
    private readonly int[] _maxEnd;

    public SpanOverlaps(IEnumerable<TextSpan> spans)
    {
        _spans = [.. spans];
        Array.Sort(_spans, static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        _maxEnd = new int[_spans.Length];
        int max = int.MinValue;
        for (int i = 0; i < _spans.Length; i++) _maxEnd[i] = max = Math.Max(max, _spans[i].End);
    }

    /// <summary>
    /// The largest character Jaccard between <paramref name="query"/> and any of the spans (0 when none overlaps):
    /// the same value as the maximum over all of them, since a span that does not overlap has Jaccard 0.
    /// </summary>
    public double MaxJaccard(TextSpan query)
    {
        double best = 0;
        for (int j = LastStartingBefore(query.End); j >= 0 && _maxEnd[j] > query.Start; j--)
            best = Math.Max(best, _spans[j].Jaccard(query));
        return best;
    }

    /// <summary>Whether any of the spans overlaps <paramref name="query"/> (<see cref="TextSpan.Overlaps"/>): one that
    /// starts before the query's end and ends after its start, read from the running maximum of the ends.</summary>
    public bool AnyOverlaps(TextSpan query)
    {
        int j = LastStartingBefore(query.End);
        return j >= 0 && _maxEnd[j] > query.Start;
    }

    // Index of the last span whose start is below position, or -1.
    private int LastStartingBefore(int position)
    {
        int lo = 0, hi = _spans.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_spans[mid].Start < position) lo = mid + 1; else hi = mid;
        }
        return lo - 1;
    }
}

/// <summary>
/// Spans added one by one (the attributions kept so far), and the earliest added one a new span nearly duplicates
/// (character Jaccard at least <see cref="Threshold"/>). Jaccard 0.5 or more needs an overlap of at least half the
/// longer span, so a duplicate of a span of length L starts less than 2L before it and before its end: only the kept
/// spans starting in that window are compared.
/// </summary>
internal sealed class NearDuplicates
{
    /// <summary>The Jaccard from which two contents are one.</summary>
    public const double Threshold = 0.5;

    private readonly List<TextSpan> _added = [];
    private readonly SortedSet<(int Start, int Index)> _byStart = [];

    /// <summary>Adds a span; its index is the number added before it.</summary>
    public void Add(TextSpan span)
    {
        _byStart.Add((span.Start, _added.Count));
        _added.Add(span);
    }

    /// <summary>The index of the earliest added span whose Jaccard with <paramref name="span"/> is at least <see cref="Threshold"/>, or -1.</summary>
    public int FindFirst(TextSpan span)
    {
        if (span.Length == 0 || _added.Count == 0) return -1;
        // Bounds in long: a span near int.MaxValue must not wrap.
        long from = (long)span.Start - 2L * span.Length + 1, to = (long)span.End - 1;
        int found = -1;
        var window = _byStart.GetViewBetween(((int)Math.Max(int.MinValue, from), int.MinValue), ((int)to, int.MaxValue));
        foreach (var (_, index) in window)
            if ((found < 0 || index < found) && _added[index].Jaccard(span) >= Threshold) found = index;
        return found;
    }
}
