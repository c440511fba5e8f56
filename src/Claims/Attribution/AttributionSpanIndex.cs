namespace Claims.Attribution;

/// <summary>
/// One document's attributions with the two position queries <see cref="ContentBoundaryRefiner"/> asks for each of
/// them, answered by binary search instead of a pass over all the others (which made the stage quadratic in the number
/// of attributions): does another content overlap a span, and where does the next span of another attribution start.
/// </summary>
internal sealed class AttributionSpanIndex
{
    private readonly IReadOnlyList<AttributionSpan> _all;
    private readonly OverlapSet _contents;
    private readonly OverlapSet _cues;
    // The starts of every non-empty content, cue and source span, ascending, with their owners.
    private readonly (int Start, int Owner)[] _spanStarts;

    public AttributionSpanIndex(IReadOnlyList<AttributionSpan> all)
    {
        _all = all;
        _contents = new OverlapSet(Enumerable.Range(0, all.Count).Select(i => (all[i].Content, i)));
        _cues = new OverlapSet(Enumerable.Range(0, all.Count).Where(i => all[i].Cue is not null).Select(i => (all[i].Cue!.Value, i)));
        var spans = new List<(int, int)>();
        for (int i = 0; i < all.Count; i++)
        {
            if (!all[i].Content.IsEmpty) spans.Add((all[i].Content.Start, i));
            if (all[i].Cue is { IsEmpty: false } cue) spans.Add((cue.Start, i));
            if (all[i].Source is { IsEmpty: false } source) spans.Add((source.Start, i));
        }
        _spanStarts = [.. spans.OrderBy(s => s.Item1)];
    }

    /// <summary>The attribution at <paramref name="index"/>.</summary>
    public AttributionSpan this[int index] => _all[index];

    /// <summary>Whether the content of an attribution other than <paramref name="index"/> overlaps <paramref name="span"/>.</summary>
    public bool ContentOverlapsOther(int index, TextSpan span) => _contents.OverlapsOther(index, span);

    /// <summary>Whether the cue of an attribution other than <paramref name="index"/> overlaps <paramref name="span"/>.</summary>
    public bool CueOverlapsOther(int index, TextSpan span) => _cues.OverlapsOther(index, span);

    /// <summary>
    /// The first start at or after <paramref name="from"/> and before <paramref name="end"/> of a non-empty content,
    /// cue or source of an attribution other than <paramref name="index"/>; else <paramref name="end"/>.
    /// </summary>
    public int NextOtherSpanStart(int index, int from, int end)
    {
        int lo = 0, hi = _spanStarts.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_spanStarts[mid].Start < from) lo = mid + 1; else hi = mid;
        }
        for (int n = lo; n < _spanStarts.Length && _spanStarts[n].Start < end; n++)
            if (_spanStarts[n].Owner != index) return _spanStarts[n].Start;
        return end;
    }

    /// <summary>
    /// Spans by start with, for each prefix of that order, the largest end and its owner and the largest end of any
    /// other owner, so that "does a span of another owner overlap this one" is one binary search.
    /// </summary>
    private sealed class OverlapSet
    {
        private readonly int[] _starts;
        private readonly int[] _bestEnd;
        private readonly int[] _bestOwner;
        private readonly int[] _secondEnd;

        public OverlapSet(IEnumerable<(TextSpan Span, int Owner)> spans)
        {
            var sorted = spans.OrderBy(s => s.Span.Start).ToArray();
            _starts = new int[sorted.Length];
            _bestEnd = new int[sorted.Length];
            _bestOwner = new int[sorted.Length];
            _secondEnd = new int[sorted.Length];
            int best = int.MinValue, owner = -1, second = int.MinValue;
            for (int n = 0; n < sorted.Length; n++)
            {
                var (span, o) = sorted[n];
                _starts[n] = span.Start;
                if (span.End > best) { second = best; best = span.End; owner = o; }
                else if (span.End > second) second = span.End;
                (_bestEnd[n], _bestOwner[n], _secondEnd[n]) = (best, owner, second);
            }
        }

        /// <summary>Whether a span of an owner other than <paramref name="owner"/> overlaps <paramref name="span"/> (<see cref="TextSpan.Overlaps"/>).</summary>
        public bool OverlapsOther(int owner, TextSpan span)
        {
            // Spans starting before the span's end overlap it when they end after its start.
            int n = LowerBound(_starts, span.End) - 1;
            if (n < 0) return false;
            int end = _bestOwner[n] != owner ? _bestEnd[n] : _secondEnd[n];
            return end > span.Start;
        }
    }

    private static int LowerBound(int[] sorted, int value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
