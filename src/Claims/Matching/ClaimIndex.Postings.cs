using System.Runtime.InteropServices;

namespace Claims.Matching;

// The posting lists: one per feature, of the claims that have it in their prefix, sorted by slot; claims are inserted
// into them in batches and removed one slot at a time.
public sealed partial class ClaimIndex
{
    // A claim that has a feature in its prefix, with the norm of its weights from that feature on and a 64-bit
    // signature of all its features (kept in the posting so both filters run without touching the claim's vector).
    // The posting also says where the claim's vector lies in the pool, so scoring a candidate reads one contiguous
    // run of memory instead of chasing the claim's objects (random memory access dominated the all-pairs time).
    private readonly record struct Posting(int Slot, float TailNorm, ulong Signature, int PoolStart, int Length);

    // A feature of a pooled vector: term id and unit-vector weight, in the claim's global feature order.
    private readonly record struct TermWeight(int Term, float Weight);

    // Caller holds the write lock (or the index is not yet published). Mutates only after the last cancellation point.
    private void Insert(List<Claim> claims, RawFeature[][] features, CancellationToken cancellationToken)
    {
        // Term ids in claim order, so the same claims in the same order always get the same ids.
        var offsets = new int[claims.Count + 1];
        for (int i = 0; i < claims.Count; i++) offsets[i + 1] = offsets[i] + features[i].Length;
        var termIds = new int[offsets[^1]];
        for (int i = 0; i < claims.Count; i++)
            for (int k = 0; k < features[i].Length; k++)
                termIds[offsets[i] + k] = TermId(features[i][k].Term);

        var entries = new Entry[claims.Count];
        var parallelOptions = ParallelOptionsFor(Options, cancellationToken);
        void Make(int i)
        {
            var raw = features[i];
            var keys = new long[raw.Length];
            var weights = new float[raw.Length];
            for (int k = 0; k < raw.Length; k++)
            {
                int id = termIds[offsets[i] + k];
                keys[k] = _termKeys[id]; // read-only while claims are vectorized
                weights[k] = (float)(_termIdf[id] * Boost(raw[k].Kind));
            }
            Array.Sort(keys, weights);
            Normalize(weights);
            int prefix = PrefixLength(weights, weights.Length, Options.Threshold);
            entries[i] = new Entry(claims[i], keys, weights, prefix, TailNorms(weights, prefix));
        }
        if (claims.Count >= ParallelThreshold)
            Parallel.For(0, claims.Count, parallelOptions, Make);
        else
            for (int i = 0; i < claims.Count; i++) Make(i);
        cancellationToken.ThrowIfCancellationRequested();
        // Sized on the first batch only: a later small batch would otherwise read every term's count.
        if (_slots.Count == 0) SizePostings(entries);

        // Slots only grow, so every posting list stays sorted by slot.
        foreach (var entry in entries)
        {
            int slot = _slots.Count;
            _slots.Add(entry);
            if (_poolUsed + entry.Keys.Length > _pool.Length)
                Array.Resize(ref _pool, Math.Max(_pool.Length * 2, _poolUsed + entry.Keys.Length));
            entry.PoolStart = _poolUsed;
            for (int k = 0; k < entry.Keys.Length; k++)
                _pool[_poolUsed++] = new TermWeight(TermOf(entry.Keys[k]), entry.Weights[k]);
            _slotById.Add(entry.Claim.Id, slot);
            if (!_slotsByArticle.TryGetValue(entry.Claim.ArticleId, out var articleSlots))
                _slotsByArticle.Add(entry.Claim.ArticleId, articleSlots = []);
            articleSlots.Add(slot);
            for (int p = 0; p < entry.PrefixLength; p++)
                _postings[TermOf(entry.Keys[p])].Add(new Posting(slot, entry.TailNorms[p], entry.Signature, entry.PoolStart, entry.Keys.Length));
        }
    }

    // An empty posting list about to receive a batch's postings is given room for exactly those (most terms are in
    // one or two claims: a list grown by doubling would hold four); a list that already has postings grows as before.
    private void SizePostings(Entry[] entries)
    {
        var adding = new int[_postings.Count];
        foreach (var entry in entries)
            for (int p = 0; p < entry.PrefixLength; p++) adding[TermOf(entry.Keys[p])]++;
        for (int t = 0; t < adding.Length; t++)
            if (adding[t] > 0 && _postings[t] is { Count: 0 } empty && empty.Capacity < adding[t]) empty.Capacity = adding[t];
    }

    // Caller holds the write lock.
    private void RemoveSlot(int slot)
    {
        var entry = _slots[slot]!;
        for (int p = 0; p < entry.PrefixLength; p++)
        {
            var postings = _postings[TermOf(entry.Keys[p])];
            int at = FirstAfter(CollectionsMarshal.AsSpan(postings), slot - 1);
            if (at < postings.Count && postings[at].Slot == slot) postings.RemoveAt(at);
        }
        _slots[slot] = null;
        _slotById.Remove(entry.Claim.Id);
        var articleSlots = _slotsByArticle[entry.Claim.ArticleId];
        articleSlots.Remove(slot);
        if (articleSlots.Count == 0) _slotsByArticle.Remove(entry.Claim.ArticleId);
    }

    // Index of the first posting whose slot is greater than slot (postings are sorted by slot).
    private static int FirstAfter(ReadOnlySpan<Posting> postings, int slot)
    {
        int lo = 0, hi = postings.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (postings[mid].Slot <= slot) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
