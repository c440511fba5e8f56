using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Claims.Matching;

// The all-pairs search: each claim ("row") against the later claims it shares a prefix feature with, block by block on
// every core, in waves so a lazy caller holds one wave's pairs at a time. Each row is bounded twice (see
// ClaimIndexOptions): it looks at no more than MaxCandidatesPerClaim posting entries, and keeps no more than
// MaxPairsPerClaim pairs (the most similar). Both bounds are counted in a PairSearchTally when reached.
public sealed partial class ClaimIndex
{
    // Claims per unit of parallel work in all-pairs queries: small enough to balance, large enough to be cheap.
    private const int BlockSize = 64;
    // Claims per wave of a lazy enumeration: enough blocks to keep every core busy, few enough to hold little.
    private const int WaveRows = BlockSize * 64;
    // A claim's search stops once it has found this many times MaxPairsPerClaim related claims: the most similar are
    // then kept from those. Without it, thousands of copies of one sentence cost every copy a scan of all the others.
    private const int FoundPerKeptPair = 4;

    // Caller holds the read lock. Pairs as slots (A < B), ordered by A then B whatever the thread scheduling.
    private List<CandidatePair> AllPairs(bool exhaustive, int rowStride, PairSearchTally tally, CancellationToken cancellationToken) =>
        SearchRows(0, _slots.Count, exhaustive, rowStride, tally, cancellationToken);

    // Caller holds the read lock. One wave of rows from start.
    private List<CandidatePair> SearchWave(int start, bool exhaustive, int rowStride, PairSearchTally tally, CancellationToken cancellationToken) =>
        SearchRows(start, Math.Min(_slots.Count, start + WaveRows), exhaustive, rowStride, tally, cancellationToken);

    private List<CandidatePair> SearchRows(int start, int end, bool exhaustive, int rowStride, PairSearchTally tally, CancellationToken cancellationToken)
    {
        var search = new RowSearch(this, exhaustive, rowStride);
        int blocks = (end - start + BlockSize - 1) / BlockSize;
        var results = new CandidatePair[]?[blocks];
        Parallel.For(0, blocks, ParallelOptionsFor(Options, cancellationToken),
            // Per worker, pooled: a "last seen by query" stamp per slot, so each candidate is scored once without a
            // set, and the query claim's weights spread out by term id, so scoring a candidate is one pass over it.
            () => new WorkerBuffers(search.SlotCount, _termIds.Count),
            (block, loop, buffers) =>
            {
                // The worker's scratch list, grown once: a block's pairs are kept as an array of their number.
                var found = buffers.Found;
                found.Clear();
                var counts = new RowCounts();
                int blockEnd = Math.Min(end, start + (block + 1) * BlockSize);
                for (int x = start + block * BlockSize; x < blockEnd; x++)
                {
                    if (loop.ShouldExitCurrentIteration || cancellationToken.IsCancellationRequested) break;
                    search.Row(x, buffers, found, ref counts);
                }
                results[block] = found.ToArray();
                tally.Add(counts);
                return buffers;
            },
            buffers => buffers.Return());
        cancellationToken.ThrowIfCancellationRequested();
        var pairs = new List<CandidatePair>(results.Sum(r => r?.Length ?? 0));
        foreach (var r in results)
            if (r is not null) pairs.AddRange(r);
        return pairs;
    }

    // The work one worker did over its rows, added to the tally once per block.
    internal struct RowCounts
    {
        public long Scanned;
        public long Scored;
        public long AtPairCap;
        public long PairsDropped;
        public long AtCandidateCap;
    }

    // The search of one row; shared read-only by the workers of one query (the caller holds the read lock).
    private sealed class RowSearch(ClaimIndex index, bool exhaustive, int rowStride)
    {
        private readonly List<Entry?> _slots = index._slots;
        private readonly List<List<Posting>> _postings = index._postings;
        private readonly TermWeight[] _pool = index._pool;
        private readonly double _threshold = index.Options.Threshold;
        private readonly bool _crossArticleOnly = index.Options.CrossArticleOnly;
        private readonly int _minShared = index.Options.MinSharedFeatures;
        private readonly int _maxPairs = index.Options.MaxPairsPerClaim;
        private readonly int _maxCandidates = index.Options.MaxCandidatesPerClaim;

        public int SlotCount { get; } = index._slots.Count;

        public void Row(int x, WorkerBuffers buffers, List<CandidatePair> found, ref RowCounts counts)
        {
            var ex = _slots[x];
            if (ex is null || x % rowStride != 0) return;
            float[] dense = buffers.Dense;
            for (int k = 0; k < ex.Keys.Length; k++) dense[TermOf(ex.Keys[k])] = ex.Weights[k];
            int first = found.Count;
            if (exhaustive) ScoreAll(x, ex, dense, found, ref counts);
            else if (SearchPostings(x, ex, buffers, found, ref counts)) counts.AtCandidateCap++;
            foreach (long key in ex.Keys) dense[TermOf(key)] = 0;
            int dropped = KeepMostSimilar(found, first, _maxPairs);
            if (dropped > 0)
            {
                counts.AtPairCap++;
                counts.PairsDropped += dropped;
            }
        }

        private void ScoreAll(int x, Entry ex, float[] dense, List<CandidatePair> found, ref RowCounts counts)
        {
            for (int y = x + 1; y < SlotCount; y++)
            {
                var ey = _slots[y];
                if (ey is null) continue;
                counts.Scored++;
                if (_crossArticleOnly && string.Equals(ex.Claim.ArticleId, ey.Claim.ArticleId, StringComparison.Ordinal)) continue;
                double similarity = ScoreAgainst(dense, _pool.AsSpan(ey.PoolStart, ey.Keys.Length), out int shared);
                if (similarity >= _threshold && shared >= _minShared) found.Add(new CandidatePair(x, y, similarity));
            }
        }

        // Scores the later claims sharing a prefix feature with x; true when it stopped early: at the candidate cap, or
        // after finding FoundPerKeptPair times the pairs it may keep.
        private bool SearchPostings(int x, Entry ex, WorkerBuffers buffers, List<CandidatePair> found, ref RowCounts counts)
        {
            // A claim with fewer distinct features than MinSharedFeatures shares too few with any other: nothing to
            // look at (thousands of copies of a one-word claim would otherwise each scan their copies up to the cap).
            if (ex.Keys.Length < _minShared) return false;
            int[] stamps = buffers.Stamps;
            float[] dense = buffers.Dense;
            int mark = x + 1;
            long budget = _maxCandidates;
            int stopAt = found.Count + (int)Math.Min(int.MaxValue - found.Count, (long)_maxPairs * FoundPerKeptPair);
            // How many of x's features set each signature bit: the shared-feature filter below is exact only for a
            // feature whose bit no other feature of x sets.
            Span<byte> bitUse = stackalloc byte[64];
            foreach (long key in ex.Keys)
            {
                ref byte use = ref bitUse[BitOperations.TrailingZeroCount(BitOf(key))];
                if (use < byte.MaxValue) use++;
            }
            ulong signatureX = ex.Signature;
            for (int p = 0; p < ex.PrefixLength; p++)
            {
                var postings = CollectionsMarshal.AsSpan(_postings[TermOf(ex.Keys[p])]);
                float tailX = ex.TailNorms[p];
                ulong bit = BitOf(ex.Keys[p]);
                // Signature filter: y must share a feature other than this one, which shows as a common bit besides
                // this feature's own (when no other feature of x sets that bit).
                ulong otherBits = _minShared >= 2 && bitUse[BitOperations.TrailingZeroCount(bit)] == 1
                    ? signatureX & ~bit : ulong.MaxValue;
                // Posting lists are sorted by slot: only later claims, so each pair is found once. Rarer features come
                // first, so a capped row has looked at the candidates sharing its rarest words.
                var later = postings[FirstAfter(postings, x)..];
                bool capped = later.Length > budget;
                if (capped) later = later[..(int)budget];
                budget -= later.Length;
                counts.Scanned += later.Length;
                foreach (var posting in later)
                {
                    // Positional bound: if this is the first feature x and y share, every shared feature lies in both
                    // tails from here, and Cauchy-Schwarz bounds the cosine by the tail norms. A pair that can reach
                    // the threshold passes at its first shared feature; skipping it at a later one is then harmless.
                    if ((double)tailX * posting.TailNorm < _threshold || (posting.Signature & otherBits) == 0) continue;
                    int y = posting.Slot;
                    if (stamps[y] == mark) continue;
                    stamps[y] = mark;
                    if (_crossArticleOnly && string.Equals(ex.Claim.ArticleId, _slots[y]!.Claim.ArticleId, StringComparison.Ordinal)) continue;
                    counts.Scored++;
                    double similarity = ScoreAgainst(dense, _pool.AsSpan(posting.PoolStart, posting.Length), out int shared);
                    if (similarity >= _threshold && shared >= _minShared)
                    {
                        found.Add(new CandidatePair(x, y, similarity));
                        if (found.Count == stopAt) return true;
                    }
                }
                if (capped) return true;
            }
            return false;
        }
    }

    // Keeps the max most similar pairs of the row that starts at first (ties: the earlier second claim), ordered by
    // second claim; returns how many were dropped.
    private static int KeepMostSimilar(List<CandidatePair> found, int first, int max)
    {
        int count = found.Count - first;
        int dropped = Math.Max(0, count - max);
        if (count < 2) return dropped;
        // Sorted by numeric keys (no comparison delegate per step). A row finds each second claim once, so B is unique
        // in a row and both keys are too: the orders are those of the comparisons (similarity descending, then B; B).
        var keys = ArrayPool<UInt128>.Shared.Rent(count);
        try
        {
            var row = CollectionsMarshal.AsSpan(found)[first..];
            if (dropped > 0)
            {
                for (int i = 0; i < row.Length; i++) keys[i] = new UInt128(ulong.MaxValue - AscendingBits(row[i].Similarity), (uint)row[i].B);
                keys.AsSpan(0, row.Length).Sort(row);
                found.RemoveRange(first + max, dropped);
                row = CollectionsMarshal.AsSpan(found)[first..];
            }
            for (int i = 0; i < row.Length; i++) keys[i] = (uint)row[i].B;
            keys.AsSpan(0, row.Length).Sort(row);
        }
        finally { ArrayPool<UInt128>.Shared.Return(keys); }
        return dropped;
    }

    // The bits of a double as an unsigned number in the double's order (-0 and +0 the same, as == has them).
    private static ulong AscendingBits(double value)
    {
        ulong bits = (ulong)BitConverter.DoubleToInt64Bits(value + 0.0);
        return (bits & 0x8000_0000_0000_0000UL) != 0 ? ~bits : bits | 0x8000_0000_0000_0000UL;
    }

    // The dot product of the query spread in dense (by term id, zero elsewhere) with a claim's vector. Adds the
    // products in the claim's feature order, as Dot does, so both give the same value to the last bit.
    private static double ScoreAgainst(float[] dense, ReadOnlySpan<TermWeight> vector, out int shared)
    {
        double sum = 0;
        int count = 0;
        foreach (var feature in vector)
        {
            float w = dense[feature.Term];
            if (w != 0) { sum += (double)w * feature.Weight; count++; }
        }
        shared = count;
        return Math.Min(sum, 1.0);
    }

    private sealed class WorkerBuffers
    {
        public WorkerBuffers(int slotCount, int termCount)
        {
            Stamps = ArrayPool<int>.Shared.Rent(Math.Max(1, slotCount));
            Array.Clear(Stamps, 0, slotCount);
            Dense = ArrayPool<float>.Shared.Rent(Math.Max(1, termCount));
            Array.Clear(Dense, 0, termCount);
        }

        public int[] Stamps { get; }
        public float[] Dense { get; }

        /// <summary>The pairs of the block being searched (cleared for each block).</summary>
        public List<CandidatePair> Found { get; } = [];

        public void Return()
        {
            ArrayPool<int>.Shared.Return(Stamps);
            ArrayPool<float>.Shared.Return(Dense);
        }
    }
}

/// <summary>
/// What all-pairs searches of a <see cref="ClaimIndex"/> did, and whether they reached a bound of
/// <see cref="ClaimIndexOptions"/>: <see cref="ClaimIndexOptions.MaxPairsPerClaim"/> (the least similar pairs of a claim
/// were dropped) or <see cref="ClaimIndexOptions.MaxCandidatesPerClaim"/> (a claim's search stopped early, so related
/// claims sharing only its more common words may be missing; a search also stops after finding four times
/// <see cref="ClaimIndexOptions.MaxPairsPerClaim"/> related claims, and keeps the most similar of those). Thread-safe; one tally may collect several searches.
/// </summary>
public sealed class PairSearchTally
{
    private long _postingsScanned;
    private long _pairsScored;
    private long _claimsAtPairCap;
    private long _pairsDropped;
    private long _claimsAtCandidateCap;

    /// <summary>Posting entries looked at (candidates before the filters).</summary>
    public long PostingsScanned => Interlocked.Read(ref _postingsScanned);

    /// <summary>Candidate pairs whose similarity was computed exactly.</summary>
    public long PairsScored => Interlocked.Read(ref _pairsScored);

    /// <summary>Claims with more related later claims than <see cref="ClaimIndexOptions.MaxPairsPerClaim"/>.</summary>
    public long ClaimsAtPairCap => Interlocked.Read(ref _claimsAtPairCap);

    /// <summary>Related pairs not returned because of <see cref="ClaimIndexOptions.MaxPairsPerClaim"/>.</summary>
    public long PairsDropped => Interlocked.Read(ref _pairsDropped);

    /// <summary>
    /// Claims whose search stopped early: at <see cref="ClaimIndexOptions.MaxCandidatesPerClaim"/> posting entries, or
    /// after finding four times <see cref="ClaimIndexOptions.MaxPairsPerClaim"/> related claims.
    /// </summary>
    public long ClaimsAtCandidateCap => Interlocked.Read(ref _claimsAtCandidateCap);

    /// <summary>True when a search reached either bound, so its pairs are not every related pair.</summary>
    public bool ReachedBound => ClaimsAtPairCap > 0 || ClaimsAtCandidateCap > 0;

    /// <summary>A sentence for reports saying which bounds were reached, or null when none was.</summary>
    public string? Describe()
    {
        if (!ReachedBound) return null;
        var parts = new List<string>(2);
        if (ClaimsAtPairCap > 0)
            parts.Add(FormattableString.Invariant($"{ClaimsAtPairCap} claims had more related claims than the cap per claim ({PairsDropped} least similar pairs dropped)"));
        if (ClaimsAtCandidateCap > 0)
            parts.Add(FormattableString.Invariant($"{ClaimsAtCandidateCap} claims stopped searching early at a cap per claim (pairs through their most common words may be missing)"));
        return "pairing bounded: " + string.Join("; ", parts);
    }

    internal void Add(in ClaimIndex.RowCounts counts)
    {
        if (counts.Scanned != 0) Interlocked.Add(ref _postingsScanned, counts.Scanned);
        if (counts.Scored != 0) Interlocked.Add(ref _pairsScored, counts.Scored);
        if (counts.AtPairCap != 0) Interlocked.Add(ref _claimsAtPairCap, counts.AtPairCap);
        if (counts.PairsDropped != 0) Interlocked.Add(ref _pairsDropped, counts.PairsDropped);
        if (counts.AtCandidateCap != 0) Interlocked.Add(ref _claimsAtCandidateCap, counts.AtCandidateCap);
    }
}
