using Claims.Text;
using System.Buffers;
using System.Runtime.InteropServices;

namespace Claims.Matching;

/// <summary>A claim related to a queried claim, with their similarity.</summary>
/// <param name="Claim">The related claim.</param>
/// <param name="Similarity">IDF-weighted cosine similarity in [0, 1].</param>
public readonly record struct ClaimMatch(Claim Claim, double Similarity);

/// <summary>Two related claims of an index; <see cref="First"/> was added to the index before <see cref="Second"/>.</summary>
/// <param name="First">The claim added earlier.</param>
/// <param name="Second">The claim added later.</param>
/// <param name="Similarity">IDF-weighted cosine similarity in [0, 1].</param>
public readonly record struct ClaimPairMatch(Claim First, Claim Second, double Similarity);

/// <summary>
/// An inverted index over claims that finds related claims without comparing every claim with every other.
/// </summary>
/// <remarks>
/// <para>
/// <b>Similarity.</b> Each claim is a set of features: stemmed content terms and normalized numbers from
/// <see cref="ClaimIndexOptions.Extractor"/>. A feature weighs its inverse document frequency (<see cref="IdfTable"/>),
/// times <see cref="ClaimIndexOptions.EntityBoost"/> when written as a name and <see cref="ClaimIndexOptions.NumberBoost"/>
/// for numbers. The similarity of two claims is the cosine of these weight vectors: the shared rare words, names and
/// numbers dominate, and shared common words count little. Two claims are related when the similarity is at least
/// <see cref="ClaimIndexOptions.Threshold"/> and they share at least <see cref="ClaimIndexOptions.MinSharedFeatures"/>
/// features.
/// </para>
/// <para>
/// <b>Search (prefix filtering).</b> Features are put in one global order, rarest first, and each claim's unit vector
/// is split into a prefix and the shortest tail whose norm is below the threshold. If two claims share no feature in
/// both prefixes, every shared feature lies in one claim's tail, so by Cauchy-Schwarz their cosine is below the
/// threshold. The index therefore posts only prefix features (frequent words fall in tails and are never posted:
/// document-frequency pruning), collects candidates from the posting lists of a claim's prefix, drops those whose
/// tails from the first shared feature on cannot reach the threshold (positional bound), and computes the exact
/// similarity only for the rest. The result equals an exhaustive comparison at the same threshold.
/// </para>
/// <para>
/// <b>Updates and threads.</b> Weights come from a fixed <see cref="IdfTable"/>, so adding claims costs time in
/// proportion to the claims added, and removing an article touches only its claims' posting entries. Queries may run
/// concurrently with each other; additions and removals take an exclusive lock. Building and all-pairs queries use
/// every core and return results in a deterministic order.
/// </para>
/// </remarks>
public sealed partial class ClaimIndex : IDisposable
{
    // Below this many claims, an update's feature extraction is not worth spreading over threads.
    private const int ParallelThreshold = 256;
    // Floating-point slack for the prefix bound: weights are floats, so index a little more than strictly needed.
    private const double BoundSlack = 1e-5;

    private readonly FeatureExtractor _features;
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly List<long> _termKeys = [];
    private readonly List<float> _termIdf = [];
    private readonly List<List<Posting>> _postings = [];
    private readonly List<Entry?> _slots = [];
    // Every claim's vector, back to back in insertion order; removed claims leave their runs unused.
    private TermWeight[] _pool = new TermWeight[256];
    private int _poolUsed;
    private readonly Dictionary<string, int> _slotById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _slotsByArticle = new(StringComparer.Ordinal);

    /// <summary>Creates an empty index; claims added later are weighted with <see cref="ClaimIndexOptions.Idf"/> (or all alike when none is given).</summary>
    /// <param name="options">Settings; <see cref="ClaimIndexOptions.Default"/> when null.</param>
    public ClaimIndex(ClaimIndexOptions? options = null) : this(options ?? ClaimIndexOptions.Default, null) { }

    private ClaimIndex(ClaimIndexOptions options, IdfTable? idf)
    {
        options.Validate();
        Options = options;
        Idf = idf ?? options.Idf ?? IdfTable.Empty;
        _features = new FeatureExtractor(options.Extractor, options.Concepts);
    }

    /// <summary>
    /// Builds an index of <paramref name="claims"/> on every core. Unless <see cref="ClaimIndexOptions.Idf"/> is set,
    /// the feature weights are counted over these claims and kept for claims added later.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="claims"/> or one of its entries is null.</exception>
    /// <exception cref="ArgumentException">Two claims have the same <see cref="Claim.Id"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static ClaimIndex Build(IEnumerable<Claim> claims, ClaimIndexOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claims);
        options ??= ClaimIndexOptions.Default;
        options.Validate();
        var list = claims.ToList();
        ValidateBatch(list, existing: null, nameof(claims));
        var extractor = new FeatureExtractor(options.Extractor, options.Concepts);
        var features = ExtractAll(extractor, list, ParallelOptionsFor(options, cancellationToken), parallel: true);
        var index = new ClaimIndex(options, options.Idf ?? IdfTable.FromFeatureSets(features));
        // Weights counted over these claims name exactly the terms the insert will number: the term tables are sized
        // once instead of growing by doubling (the same ids in the same order).
        if (options.Idf is null) index.ReserveTerms(index.Idf.FeatureCount);
        index.Insert(list, features, cancellationToken);
        return index;
    }

    /// <summary>The settings the index was built with.</summary>
    public ClaimIndexOptions Options { get; }

    /// <summary>The fixed feature weights in use.</summary>
    public IdfTable Idf { get; }

    /// <summary>Number of claims in the index.</summary>
    public int Count
    {
        get
        {
            _lock.EnterReadLock();
            try { return _slotById.Count; }
            finally { _lock.ExitReadLock(); }
        }
    }

    /// <summary>Number of distinct features seen (the vocabulary only grows; removals keep it).</summary>
    public int FeatureCount
    {
        get
        {
            _lock.EnterReadLock();
            try { return _termIds.Count; }
            finally { _lock.ExitReadLock(); }
        }
    }

    /// <summary>The claims in the index, in the order they were added.</summary>
    public IReadOnlyList<Claim> Claims
    {
        get
        {
            _lock.EnterReadLock();
            try { return _slots.Where(e => e is not null).Select(e => e!.Claim).ToList(); }
            finally { _lock.ExitReadLock(); }
        }
    }

    /// <summary>True when a claim with <paramref name="claimId"/> is in the index.</summary>
    public bool Contains(string claimId)
    {
        ArgumentNullException.ThrowIfNull(claimId);
        _lock.EnterReadLock();
        try { return _slotById.ContainsKey(claimId); }
        finally { _lock.ExitReadLock(); }
    }

    /// <summary>
    /// Adds claims (typically one article's). Costs time in proportion to the claims added; all are added or none.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="claims"/> or one of its entries is null.</exception>
    /// <exception cref="ArgumentException">A claim id repeats within <paramref name="claims"/> or is already indexed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; nothing was added.</exception>
    public void Add(IEnumerable<Claim> claims, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var list = claims.ToList();
        ValidateBatch(list, existing: null, nameof(claims));
        // Extraction needs no lock: readers keep working while the new claims are analysed.
        var features = ExtractAll(_features, list, ParallelOptionsFor(Options, cancellationToken), parallel: list.Count >= ParallelThreshold);
        _lock.EnterWriteLock();
        try
        {
            ValidateBatch(list, _slotById, nameof(claims));
            Insert(list, features, cancellationToken);
        }
        finally { _lock.ExitWriteLock(); }
    }

    /// <summary>Removes the claim with <paramref name="claimId"/>; false when it is not indexed.</summary>
    public bool Remove(string claimId)
    {
        ArgumentNullException.ThrowIfNull(claimId);
        _lock.EnterWriteLock();
        try
        {
            if (!_slotById.TryGetValue(claimId, out int slot)) return false;
            RemoveSlot(slot);
            return true;
        }
        finally { _lock.ExitWriteLock(); }
    }

    /// <summary>
    /// Removes every claim of article <paramref name="articleId"/>; returns how many were removed. Costs time in
    /// proportion to the removed claims' posting entries; their slots and vector storage are reclaimed only by
    /// <see cref="Rebuild"/>.
    /// </summary>
    public int RemoveArticle(string articleId)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        _lock.EnterWriteLock();
        try
        {
            if (!_slotsByArticle.TryGetValue(articleId, out var slots)) return 0;
            int removed = 0;
            foreach (int slot in slots.ToArray())
            {
                RemoveSlot(slot);
                removed++;
            }
            return removed;
        }
        finally { _lock.ExitWriteLock(); }
    }

    /// <summary>
    /// A new index of the current claims (in the same order) with the weights counted again over them, or with
    /// <paramref name="idf"/> when given. Use it when the corpus has changed a lot since the weights were fixed.
    /// </summary>
    public ClaimIndex Rebuild(IdfTable? idf = null, CancellationToken cancellationToken = default) =>
        Build(Claims, Options with { Idf = idf }, cancellationToken);

    /// <summary>
    /// The index's similarity (IDF-weighted cosine, with the index's weights) of two claims, which need not be indexed.
    /// Claims are related when it reaches <see cref="ClaimIndexOptions.Threshold"/> and they share at least
    /// <see cref="ClaimIndexOptions.MinSharedFeatures"/> features.
    /// </summary>
    public double Similarity(Claim first, Claim second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        _lock.EnterReadLock();
        try
        {
            var a = Vectorize(_features.Extract(first), Options.Threshold);
            var b = Vectorize(_features.Extract(second), Options.Threshold);
            return Dot(a.Keys, a.Weights, b.Keys, b.Weights, out _);
        }
        finally { _lock.ExitReadLock(); }
    }

    /// <summary>
    /// The indexed claims related to <paramref name="claim"/> (which need not be indexed; if it is, it is not
    /// returned itself), most similar first, ties in index order. Only candidates sharing a prefix feature are scored.
    /// </summary>
    /// <param name="claim">The claim to look up.</param>
    /// <param name="threshold">Minimum similarity; at least <see cref="ClaimIndexOptions.Threshold"/> (the default).</param>
    public IReadOnlyList<ClaimMatch> FindRelated(Claim claim, double? threshold = null)
    {
        ArgumentNullException.ThrowIfNull(claim);
        double t = CheckThreshold(threshold);
        var raw = _features.Extract(claim);
        _lock.EnterReadLock();
        try
        {
            var vector = Vectorize(raw, t);
            int self = _slotById.GetValueOrDefault(claim.Id, -1);
            return Query(vector.Keys, vector.Weights, vector.PrefixLength, t, self, claim.ArticleId);
        }
        finally { _lock.ExitReadLock(); }
    }

    /// <summary>The indexed claims related to the indexed claim <paramref name="claimId"/>, most similar first.</summary>
    /// <exception cref="KeyNotFoundException">No claim with that id is indexed.</exception>
    public IReadOnlyList<ClaimMatch> FindRelated(string claimId, double? threshold = null)
    {
        ArgumentNullException.ThrowIfNull(claimId);
        double t = CheckThreshold(threshold);
        _lock.EnterReadLock();
        try
        {
            if (!_slotById.TryGetValue(claimId, out int slot))
                throw new KeyNotFoundException($"No claim with id '{claimId}' is indexed.");
            var entry = _slots[slot]!;
            int prefix = t == Options.Threshold ? entry.PrefixLength : PrefixLength(entry.Weights, entry.Weights.Length, t);
            return Query(entry.Keys, entry.Weights, prefix, t, slot, entry.Claim.ArticleId);
        }
        finally { _lock.ExitReadLock(); }
    }

    /// <summary>
    /// Every pair of related indexed claims, found on every core through the posting lists; ordered by the index
    /// order of <see cref="ClaimPairMatch.First"/>, then of <see cref="ClaimPairMatch.Second"/>. The search is bounded
    /// by <see cref="ClaimIndexOptions.MaxPairsPerClaim"/> and <see cref="ClaimIndexOptions.MaxCandidatesPerClaim"/>;
    /// the overload with a <see cref="PairSearchTally"/> tells whether a bound was reached.
    /// </summary>
    public IReadOnlyList<ClaimPairMatch> FindAllPairs(CancellationToken cancellationToken = default) =>
        FindAllPairs(null, cancellationToken);

    /// <summary>As <see cref="FindAllPairs(CancellationToken)"/>, counting the work and any bound reached in <paramref name="tally"/>.</summary>
    /// <param name="tally">Receives the counts (may be shared by several searches); null to ignore them.</param>
    /// <param name="cancellationToken">Stops the search.</param>
    public IReadOnlyList<ClaimPairMatch> FindAllPairs(PairSearchTally? tally, CancellationToken cancellationToken = default)
    {
        _lock.EnterReadLock();
        try { return ToMatches(AllPairs(exhaustive: false, 1, tally ?? new PairSearchTally(), cancellationToken)); }
        finally { _lock.ExitReadLock(); }
    }

    /// <summary>
    /// The pairs of <see cref="FindAllPairs(CancellationToken)"/>, produced lazily: a few thousand claims' pairs are
    /// searched at a time (on every core) and handed out before the next ones are searched, so memory stays bounded by
    /// the claims searched at once times <see cref="ClaimIndexOptions.MaxPairsPerClaim"/>, however many pairs there are.
    /// </summary>
    /// <param name="tally">Receives the counts and any bound reached as the enumeration proceeds; null to ignore them.</param>
    /// <param name="cancellationToken">Stops the enumeration (checked between claims).</param>
    /// <remarks>
    /// The read lock is held while each batch is searched, not while its pairs are consumed: claims added or removed
    /// during the enumeration may or may not appear in later pairs.
    /// </remarks>
    public IEnumerable<ClaimPairMatch> EnumerateAllPairs(PairSearchTally? tally = null, CancellationToken cancellationToken = default)
    {
        tally ??= new PairSearchTally();
        for (int start = 0; ; start += WaveRows)
        {
            List<ClaimPairMatch> wave;
            _lock.EnterReadLock();
            try
            {
                if (start >= _slots.Count) yield break;
                wave = ToMatches(SearchWave(start, exhaustive: false, 1, tally, cancellationToken));
            }
            finally { _lock.ExitReadLock(); }
            foreach (var pair in wave) yield return pair;
        }
    }

    /// <summary>
    /// The same pairs as <see cref="FindAllPairs(CancellationToken)"/> (with the same
    /// <see cref="ClaimIndexOptions.MaxPairsPerClaim"/>), found by scoring every pair (quadratic; a reference and baseline).
    /// </summary>
    public IReadOnlyList<ClaimPairMatch> FindAllPairsExhaustive(CancellationToken cancellationToken = default)
    {
        _lock.EnterReadLock();
        try { return ToMatches(AllPairs(exhaustive: true, 1, new PairSearchTally(), cancellationToken)); }
        finally { _lock.ExitReadLock(); }
    }

    /// <summary>All related pairs as positions in index order (equal to list positions for a freshly built index).</summary>
    /// <param name="exhaustive">Score every pair instead of using the posting lists.</param>
    /// <param name="cancellationToken">Stops the search.</param>
    /// <param name="rowStride">Only pairs whose first claim's slot is a multiple of this (a sample for estimates).</param>
    /// <param name="tally">Receives postings scanned, candidates scored and bounds reached; null to ignore them.</param>
    internal List<CandidatePair> AllPairPositions(bool exhaustive, CancellationToken cancellationToken, int rowStride = 1, PairSearchTally? tally = null)
    {
        _lock.EnterReadLock();
        try
        {
            var pairs = AllPairs(exhaustive, rowStride, tally ?? new PairSearchTally(), cancellationToken);
            ToPositions(pairs);
            return pairs;
        }
        finally { _lock.ExitReadLock(); }
    }

    /// <summary>
    /// <see cref="AllPairPositions"/> produced lazily, batch by batch (see <see cref="EnumerateAllPairs"/>). The index
    /// must not change during the enumeration (positions are counted over the claims present).
    /// </summary>
    internal IEnumerable<CandidatePair> EnumeratePairPositions(PairSearchTally tally, CancellationToken cancellationToken)
    {
        for (int start = 0; ; start += WaveRows)
        {
            List<CandidatePair> wave;
            _lock.EnterReadLock();
            try
            {
                if (start >= _slots.Count) yield break;
                wave = SearchWave(start, exhaustive: false, 1, tally, cancellationToken);
                ToPositions(wave);
            }
            finally { _lock.ExitReadLock(); }
            foreach (var pair in wave) yield return pair;
        }
    }

    // Caller holds the read lock. Slots to positions in place, when claims were removed (else slots are positions).
    private void ToPositions(List<CandidatePair> pairs)
    {
        if (_slotById.Count == _slots.Count || pairs.Count == 0) return;
        var position = new int[_slots.Count];
        for (int s = 0, p = 0; s < _slots.Count; s++)
            position[s] = _slots[s] is null ? -1 : p++;
        for (int i = 0; i < pairs.Count; i++)
            pairs[i] = pairs[i] with { A = position[pairs[i].A], B = position[pairs[i].B] };
    }

    /// <summary>Posting entries held (prefix features of all claims); a measure of the filter's selectivity.</summary>
    internal long PostingCount
    {
        get
        {
            _lock.EnterReadLock();
            try { return _postings.Sum(p => (long)p.Count); }
            finally { _lock.ExitReadLock(); }
        }
    }

    /// <summary>Releases the index's lock.</summary>
    public void Dispose() => _lock.Dispose();

    private sealed class Entry(Claim claim, long[] keys, float[] weights, int prefixLength, float[] tailNorms)
    {
        public Claim Claim { get; } = claim;
        // Feature keys in the global order (rarest first, then term id) and unit-vector weights, aligned.
        public long[] Keys { get; } = keys;
        public float[] Weights { get; } = weights;
        public int PrefixLength { get; } = prefixLength;
        // Norm of the weights from each prefix position to the end: bounds the similarity reachable from there.
        public float[] TailNorms { get; } = tailNorms;
        public ulong Signature { get; } = SignatureOf(keys);
        // Where this claim's features start in the vector pool (set when the claim is inserted).
        public int PoolStart { get; set; }
    }

    private double CheckThreshold(double? threshold)
    {
        double t = threshold ?? Options.Threshold;
        if (!(t >= Options.Threshold && t <= 1))
            throw new ArgumentOutOfRangeException(nameof(threshold), t,
                $"The threshold must be between the index threshold {Options.Threshold.ToString(System.Globalization.CultureInfo.InvariantCulture)} and 1.");
        return t;
    }

    private static void ValidateBatch(List<Claim> claims, Dictionary<string, int>? existing, string parameter)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            if (claim is null) throw new ArgumentNullException(parameter, "The claims contain a null entry.");
            if (claim.Id is null) throw new ArgumentNullException(parameter, "A claim has a null Id.");
            if (claim.Text is null) throw new ArgumentNullException(parameter, $"Claim '{claim.Id}' has a null Text.");
            if (claim.ArticleId is null) throw new ArgumentNullException(parameter, $"Claim '{claim.Id}' has a null ArticleId.");
            if (!seen.Add(claim.Id))
                throw new ArgumentException($"Duplicate claim id '{claim.Id}': claim ids must be unique.", parameter);
            if (existing is not null && existing.ContainsKey(claim.Id))
                throw new ArgumentException($"Duplicate claim id '{claim.Id}': a claim with this id is already indexed.", parameter);
        }
    }

    private static ParallelOptions ParallelOptionsFor(ClaimIndexOptions options, CancellationToken cancellationToken) =>
        new() { CancellationToken = cancellationToken, MaxDegreeOfParallelism = options.MaxDegreeOfParallelism };

    private static RawFeature[][] ExtractAll(FeatureExtractor extractor, List<Claim> claims, ParallelOptions parallelOptions, bool parallel)
    {
        var features = new RawFeature[claims.Count][];
        if (parallel)
            Parallel.For(0, claims.Count, parallelOptions, i => features[i] = extractor.Extract(claims[i]));
        else
            for (int i = 0; i < claims.Count; i++)
            {
                parallelOptions.CancellationToken.ThrowIfCancellationRequested();
                features[i] = extractor.Extract(claims[i]);
            }
        return features;
    }

    // Caller holds the read lock.
    private List<ClaimMatch> Query(long[] keys, float[] weights, int prefixLength, double threshold, int self, string articleId)
    {
        int total = 0;
        for (int p = 0; p < prefixLength; p++) total += _postings[TermOf(keys[p])].Count;
        var matches = new List<ClaimMatch>();
        if (total == 0) return matches;
        var scored = new List<(int Slot, double Similarity)>();
        int[] candidates = ArrayPool<int>.Shared.Rent(total);
        try
        {
            int n = 0;
            for (int p = 0; p < prefixLength; p++)
            {
                foreach (var posting in CollectionsMarshal.AsSpan(_postings[TermOf(keys[p])]))
                    candidates[n++] = posting.Slot;
            }
            var span = candidates.AsSpan(0, n);
            span.Sort();
            int previous = -1;
            foreach (int slot in span)
            {
                if (slot == previous || slot == self) continue;
                previous = slot;
                var entry = _slots[slot]!;
                if (Options.CrossArticleOnly && string.Equals(entry.Claim.ArticleId, articleId, StringComparison.Ordinal)) continue;
                double similarity = Dot(keys, weights, entry.Keys, entry.Weights, out int shared);
                if (similarity >= threshold && shared >= Options.MinSharedFeatures) scored.Add((slot, similarity));
            }
        }
        finally { ArrayPool<int>.Shared.Return(candidates); }
        scored.Sort(static (x, y) => x.Similarity != y.Similarity ? y.Similarity.CompareTo(x.Similarity) : x.Slot.CompareTo(y.Slot));
        foreach (var (slot, similarity) in scored) matches.Add(new ClaimMatch(_slots[slot]!.Claim, similarity));
        return matches;
    }

    private List<ClaimPairMatch> ToMatches(List<CandidatePair> pairs)
    {
        var matches = new List<ClaimPairMatch>(pairs.Count);
        foreach (var pair in pairs)
            matches.Add(new ClaimPairMatch(_slots[pair.A]!.Claim, _slots[pair.B]!.Claim, pair.Similarity));
        return matches;
    }
}
