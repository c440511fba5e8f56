using Claims.Stance;

namespace Claims.Reporting;

/// <summary>
/// The pairs a report for people lists, read from a stream of pairs with bounded memory: every pair is counted by
/// relation, and per listed relation only the <c>max</c> highest-scoring pairs are kept (ties by claim ids, then by
/// arrival), so a report of millions of pairs holds at most <c>max</c> pairs per relation (and twice that while
/// reading). The text and HTML reports order pairs by score, which needs every pair seen before the first is written;
/// this is the bound they pay for it.
/// </summary>
internal sealed class ListedPairs
{
    private readonly Dictionary<StanceLabel, Top> _listed = [];
    private readonly Dictionary<StanceLabel, int> _counts = [];

    private ListedPairs() { }

    /// <summary>Pairs read.</summary>
    public int Total { get; private set; }

    /// <summary>Reads <paramref name="pairs"/>, keeping the top <paramref name="max"/> of each relation in <paramref name="listed"/>.</summary>
    public static ListedPairs Read(IEnumerable<ClaimPair> pairs, IEnumerable<StanceLabel> listed, int max)
    {
        var result = new ListedPairs();
        foreach (var label in listed) result._listed[label] = new Top(max);
        long arrival = 0;
        foreach (var pair in pairs)
        {
            result.Total++;
            result._counts[pair.Relation] = result._counts.GetValueOrDefault(pair.Relation) + 1;
            if (result._listed.TryGetValue(pair.Relation, out var top)) top.Add(pair, arrival);
            arrival++;
        }
        return result;
    }

    /// <summary>How many pairs had <paramref name="label"/>.</summary>
    public int Count(StanceLabel label) => _counts.GetValueOrDefault(label);

    /// <summary>The kept pairs of <paramref name="label"/>, highest score first (empty when the relation is not listed).</summary>
    public IReadOnlyList<ClaimPair> Listed(StanceLabel label) => _listed.TryGetValue(label, out var top) ? top.Sorted() : [];

    /// <summary>Pairs of <paramref name="label"/> counted but not kept (over the bound).</summary>
    public int Unlisted(StanceLabel label) => _listed.ContainsKey(label) ? Count(label) - Listed(label).Count : 0;

    // The max best pairs seen: appended, and cut back to max whenever twice that many are held.
    private sealed class Top(int max)
    {
        private readonly List<(ClaimPair Pair, long Arrival)> _items = [];
        private bool _sorted = true;

        public void Add(ClaimPair pair, long arrival)
        {
            _items.Add((pair, arrival));
            _sorted = false;
            if (_items.Count >= 2 * Math.Max(1, max)) Trim();
        }

        public IReadOnlyList<ClaimPair> Sorted()
        {
            if (!_sorted) Trim();
            return _items.Select(i => i.Pair).ToList();
        }

        private void Trim()
        {
            _items.Sort(static (x, y) =>
            {
                int c = y.Pair.Score.CompareTo(x.Pair.Score);
                if (c == 0) c = string.CompareOrdinal(x.Pair.A, y.Pair.A);
                if (c == 0) c = string.CompareOrdinal(x.Pair.B, y.Pair.B);
                return c != 0 ? c : x.Arrival.CompareTo(y.Arrival);
            });
            if (_items.Count > max) _items.RemoveRange(max, _items.Count - max);
            _sorted = true;
        }
    }
}
