namespace Claims.Matching;

/// <summary>A candidate pair with whether both claims lie in one story.</summary>
/// <param name="Pair">The pair (indices into the claims given to the finder).</param>
/// <param name="SameStory">True when both claims' articles are in one story (always true without stories).</param>
internal readonly record struct StoryCandidate(CandidatePair Pair, bool SameStory);

/// <summary>
/// Finds candidate pairs story by story, so the analyzer classifies and filters one story's pairs before it looks
/// for the next: claims are paired through the <see cref="IClaimPairer"/> within each story, then across stories
/// through a strict index (<see cref="PairingOptions.CrossStoryThreshold"/>) whose pairs inside one story are skipped.
/// Every claim keeps at most <see cref="PairingOptions.MaxPairsPerClaim"/> candidates, its most similar first.
/// Memory is bounded by the largest story's candidates (and the strict cross-story pairs), not by the corpus's.
/// </summary>
internal sealed class StoryCandidateFinder
{
    private readonly IClaimPairer _pairer;
    private readonly PairingOptions _options;

    public StoryCandidateFinder(IClaimPairer pairer, PairingOptions options)
    {
        _pairer = pairer;
        _options = options;
    }

    /// <summary>Candidates dropped because a claim had reached its cap.</summary>
    public int Dropped { get; private set; }

    /// <summary>Claims whose cap dropped at least one candidate.</summary>
    public int CappedClaims => _capped.Count;

    private readonly HashSet<int> _capped = [];

    /// <summary>
    /// Candidate batches: one per story with two or more claims (in story order), then the cross-story pairs. Each
    /// batch is ordered by A, then B. <paramref name="storyOf"/> gives each claim's story number (all zero: one story).
    /// </summary>
    public IEnumerable<List<StoryCandidate>> Batches(IReadOnlyList<Claim> claims, int[] storyOf, bool hasStories, CancellationToken cancellationToken)
    {
        var counts = new int[claims.Count];
        var members = new SortedDictionary<int, List<int>>();
        for (int i = 0; i < claims.Count; i++)
        {
            if (!members.TryGetValue(storyOf[i], out var list)) members[storyOf[i]] = list = [];
            list.Add(i);
        }
        foreach (var (_, indices) in members)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (indices.Count < 2) continue;
            var subset = indices.Select(i => claims[i]).ToList();
            var found = _pairer.FindPairs(subset, cancellationToken)
                .Select(p => new StoryCandidate(new CandidatePair(indices[p.A], indices[p.B], p.Similarity), true));
            yield return Cap(found, counts);
        }
        if (!hasStories || members.Count < 2) yield break;
        var strict = new IndexedClaimPairer(ClaimIndexOptions.Default with
        {
            Threshold = _options.CrossStoryThreshold,
            MinSharedFeatures = _options.CrossStoryMinSharedFeatures,
        });
        var cross = strict.FindPairs(claims, cancellationToken)
            .Where(p => storyOf[p.A] != storyOf[p.B])
            .Select(p => new StoryCandidate(p, false));
        yield return Cap(cross, counts);
    }

    // Most similar first, a pair is kept while both claims are under the cap; then back in (A, B) order. Compacts the
    // list in place: the candidates of a story are held once (24 bytes each), not copied.
    private List<StoryCandidate> Cap(IEnumerable<StoryCandidate> candidates, int[] counts)
    {
        var list = candidates.ToList();
        if (IsInPairOrder(list)) return CapInPlace(list, counts);
        SortBy(list, MostSimilarFirst);
        int kept = 0;
        for (int i = 0; i < list.Count; i++)
            if (TryKeep(list[i], counts)) list[kept++] = list[i];
        list.RemoveRange(kept, list.Count - kept);
        SortBy(list, InPairOrder);
        return list;
    }

    // The same cap on a list already in (A, B) order (what the pairers give): list positions then order ties of
    // similarity as the pairs do, so only the positions are ordered (MostSimilarFirstOrder), and the kept candidates
    // are compacted in list order, already the order returned, without a second sort.
    private List<StoryCandidate> CapInPlace(List<StoryCandidate> list, int[] counts)
    {
        int n = list.Count;
        var order = System.Buffers.ArrayPool<int>.Shared.Rent(n);
        var keep = System.Buffers.ArrayPool<bool>.Shared.Rent(n);
        try
        {
            var items = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list);
            MostSimilarFirstOrder(items, order);
            for (int k = 0; k < n; k++)
            {
                int i = order[k];
                keep[i] = TryKeep(items[i], counts);
            }
            int kept = 0;
            for (int i = 0; i < n; i++)
                if (keep[i]) items[kept++] = items[i];
            list.RemoveRange(kept, n - kept);
            return list;
        }
        finally
        {
            System.Buffers.ArrayPool<int>.Shared.Return(order);
            System.Buffers.ArrayPool<bool>.Shared.Return(keep);
        }
    }

    // The positions of items, most similar first, ties in position order. A long list (a story whose claims repeat has
    // millions of candidates) through a radix sort of the similarity bits (StableKeyOrder); a short one through a sort
    // of (similarity, position) as 128-bit keys. Both give the one order, (similarity, position) being unique.
    private static void MostSimilarFirstOrder(ReadOnlySpan<StoryCandidate> items, int[] order)
    {
        int n = items.Length;
        if (n >= StableKeyOrder.MinCount)
        {
            var keys = System.Buffers.ArrayPool<ulong>.Shared.Rent(n);
            try
            {
                for (int i = 0; i < n; i++) keys[i] = ulong.MaxValue - Ascending(items[i].Pair.Similarity);
                StableKeyOrder.Sort(keys, order, n);
            }
            finally { System.Buffers.ArrayPool<ulong>.Shared.Return(keys); }
            return;
        }
        var wide = System.Buffers.ArrayPool<UInt128>.Shared.Rent(n);
        try
        {
            for (int i = 0; i < n; i++) wide[i] = new UInt128(ulong.MaxValue - Ascending(items[i].Pair.Similarity), (ulong)i);
            wide.AsSpan(0, n).Sort();
            for (int k = 0; k < n; k++) order[k] = (int)(ulong)wide[k];
        }
        finally { System.Buffers.ArrayPool<UInt128>.Shared.Return(wide); }
    }

    // Keeps a candidate while both its claims are under the cap (counting it), else counts it dropped.
    private bool TryKeep(StoryCandidate c, int[] counts)
    {
        int cap = _options.MaxPairsPerClaim, a = c.Pair.A, b = c.Pair.B;
        if (counts[a] >= cap || counts[b] >= cap)
        {
            Dropped++;
            if (counts[a] >= cap) _capped.Add(a);
            if (counts[b] >= cap) _capped.Add(b);
            return false;
        }
        counts[a]++;
        counts[b]++;
        return true;
    }

    private static bool IsInPairOrder(List<StoryCandidate> list)
    {
        for (int i = 1; i < list.Count; i++)
            if (PairBits(list[i - 1].Pair) >= PairBits(list[i].Pair)) return false;
        return true;
    }

    // The two orders as keys that compare as numbers (no comparison delegate per step; a story can have a million
    // candidates). A pair (A, B) occurs once, so either key is unique and any sort gives the one order.
    private static readonly Func<StoryCandidate, UInt128> MostSimilarFirst = c =>
        new UInt128(ulong.MaxValue - Ascending(c.Pair.Similarity), PairBits(c.Pair));

    private static readonly Func<StoryCandidate, UInt128> InPairOrder = c => new UInt128(0, PairBits(c.Pair));

    private static ulong PairBits(CandidatePair p) => ((ulong)(uint)p.A << 32) | (uint)p.B;

    // The bits of a double as an unsigned number in the double's order (-0 and +0 the same, as == has them).
    private static ulong Ascending(double value)
    {
        ulong bits = (ulong)BitConverter.DoubleToInt64Bits(value + 0.0);
        return (bits & 0x8000_0000_0000_0000UL) != 0 ? ~bits : bits | 0x8000_0000_0000_0000UL;
    }

    private static void SortBy(List<StoryCandidate> list, Func<StoryCandidate, UInt128> key)
    {
        var items = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list);
        var keys = System.Buffers.ArrayPool<UInt128>.Shared.Rent(items.Length);
        try
        {
            for (int i = 0; i < items.Length; i++) keys[i] = key(items[i]);
            keys.AsSpan(0, items.Length).Sort(items);
        }
        finally { System.Buffers.ArrayPool<UInt128>.Shared.Return(keys); }
    }
}
