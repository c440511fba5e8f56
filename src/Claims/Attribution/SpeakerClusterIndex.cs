namespace Claims.Attribution;

/// <summary>
/// The clusters of <see cref="SpeakerLinker"/> by their last word, so that a new name is compared only with the clusters
/// whose last word can be similar to its own rather than with every speaker seen so far (which made linking quadratic
/// in the number of distinct speakers). It returns a superset of those clusters, in the order they were made:
/// <list type="bullet">
/// <item>a word shorter than <see cref="MinFuzzyLength"/> letters is similar only to itself: one bucket per word;</item>
/// <item>longer words must share their first letter and reach the fuzzy ratio, which is 2·LCS / (|a| + |b|) rounded
/// (FuzzySharp's <c>Fuzz.Ratio</c>): a ratio of <c>m</c> allows at most (|a| + |b|)·(100.5 − m) / 100 characters
/// deleted from the two words together to reach their common subsequence. Each word of at most
/// <see cref="MaxIndexedLength"/> letters is filed under the hashes of every string left by deleting up to that many of
/// its letters, so two similar words share at least one hash (a hash collision only adds a candidate);</item>
/// <item>longer words, and any word when the ratio allows more than <see cref="MaxDeletions"/> deletions, go by their
/// first letter alone.</item>
/// </list>
/// </summary>
internal sealed class SpeakerClusterIndex<T> where T : class
{
    /// <summary>Shortest word compared fuzzily (shorter ones match exactly).</summary>
    public const int MinFuzzyLength = 5;

    /// <summary>Longest word filed by its deletion variants.</summary>
    public const int MaxIndexedLength = 12;

    /// <summary>Most letters deleted from one word for its variants.</summary>
    public const int MaxDeletions = 3;

    private readonly Func<T, int> _order;
    private readonly int _minRatio;
    private readonly Dictionary<string, List<T>> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<char, List<T>> _byInitial = [];
    private readonly Dictionary<char, List<T>> _unindexed = [];
    // Variant hash -> its latest entry; entries chain to the previous one under the same hash (no list per hash).
    private readonly Dictionary<ulong, int> _variantHead = [];
    private readonly List<(T Cluster, int Previous)> _entries = [];
    private readonly List<ulong> _hashes = [];

    /// <param name="order">The order a cluster was made in (candidates come back in that order).</param>
    /// <param name="minRatio">The least fuzzy ratio (0-100) at which two words are similar.</param>
    public SpeakerClusterIndex(Func<T, int> order, int minRatio)
    {
        _order = order;
        _minRatio = minRatio;
    }

    /// <summary>Files <paramref name="cluster"/> under <paramref name="lastWord"/> (also when its last word changes: stale entries only add candidates).</summary>
    public void Add(T cluster, string lastWord)
    {
        if (lastWord.Length < MinFuzzyLength)
        {
            Append(_exact, lastWord, cluster);
            return;
        }
        Append(_byInitial, lastWord[0], cluster);
        if (Deletions(lastWord.Length) is not { } k)
        {
            Append(_unindexed, lastWord[0], cluster);
            return;
        }
        VariantHashes(lastWord, k, _hashes);
        foreach (ulong h in _hashes)
        {
            ref int head = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_variantHead, h, out bool exists);
            int previous = exists ? head : -1;
            // The same variant twice in one word (deleting either of two equal letters) is filed once.
            if (previous >= 0 && ReferenceEquals(_entries[previous].Cluster, cluster)) continue;
            _entries.Add((cluster, previous));
            head = _entries.Count - 1;
        }
    }

    /// <summary>Every cluster whose last word may be similar to <paramref name="lastWord"/> (and maybe others), in the order they were made.</summary>
    public IReadOnlyList<T> Candidates(string lastWord)
    {
        if (lastWord.Length < MinFuzzyLength) return _exact.TryGetValue(lastWord, out var same) ? same : [];
        if (Deletions(lastWord.Length) is not { } k)
            return _byInitial.TryGetValue(lastWord[0], out var all) ? Ordered(new HashSet<T>(all, ReferenceEqualityComparer.Instance)) : [];
        var found = new HashSet<T>(ReferenceEqualityComparer.Instance);
        VariantHashes(lastWord, k, _hashes);
        foreach (ulong h in _hashes)
            for (int e = _variantHead.TryGetValue(h, out int head) ? head : -1; e >= 0; e = _entries[e].Previous)
                found.Add(_entries[e].Cluster);
        if (_unindexed.TryGetValue(lastWord[0], out var longer)) found.UnionWith(longer);
        return Ordered(found);
    }

    private List<T> Ordered(HashSet<T> clusters)
    {
        var list = clusters.ToList();
        list.Sort((a, b) => _order(a).CompareTo(_order(b)));
        return list;
    }

    // Letters one word of this length may lose to reach a common subsequence with a similar indexed word; null when the
    // word is not indexed by variants.
    private int? Deletions(int length)
    {
        if (length > MaxIndexedLength) return null;
        int k = (int)Math.Floor((length + MaxIndexedLength) * (100.5 - _minRatio) / 100);
        return k <= MaxDeletions ? Math.Max(0, k) : null;
    }

    /// <summary>FNV-1a hashes of every string left by deleting up to <paramref name="k"/> (at most 3) letters of <paramref name="word"/>, into <paramref name="hashes"/>.</summary>
    internal static void VariantHashes(string word, int k, List<ulong> hashes)
    {
        hashes.Clear();
        int n = word.Length;
        Span<int> deleted = stackalloc int[MaxDeletions];
        hashes.Add(Hash(word, deleted, 0));
        for (int a = 0; k >= 1 && a < n; a++)
        {
            deleted[0] = a;
            hashes.Add(Hash(word, deleted, 1));
            for (int b = a + 1; k >= 2 && b < n; b++)
            {
                deleted[1] = b;
                hashes.Add(Hash(word, deleted, 2));
                for (int c = b + 1; k >= 3 && c < n; c++)
                {
                    deleted[2] = c;
                    hashes.Add(Hash(word, deleted, 3));
                }
            }
        }
    }

    private static ulong Hash(string word, ReadOnlySpan<int> deleted, int count)
    {
        ulong h = 14695981039346656037UL;
        int next = 0;
        for (int i = 0; i < word.Length; i++)
        {
            if (next < count && deleted[next] == i) { next++; continue; }
            h = (h ^ word[i]) * 1099511628211UL;
        }
        return (h ^ (ulong)(word.Length - count)) * 1099511628211UL;
    }

    private static List<T> Append<TKey>(Dictionary<TKey, List<T>> buckets, TKey key, T cluster) where TKey : notnull
    {
        if (!buckets.TryGetValue(key, out var list)) buckets[key] = list = [];
        list.Add(cluster);
        return list;
    }
}
