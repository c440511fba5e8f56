using System.Runtime.InteropServices;

namespace Claims.Matching;

// Claim vectors: feature keys in the global order (rarest first), boosted and normalized weights, the prefix that must
// be indexed, the tail norms that bound the similarity, the 64-bit feature signatures, and the sparse dot product.
public sealed partial class ClaimIndex
{
    // One bit per feature (term id hashed by Fibonacci multiplication): a set of features becomes a 64-bit mask.
    private static ulong BitOf(long key) => 1UL << (int)(((ulong)(uint)TermOf(key) * 0x9E3779B97F4A7C15UL) >> 58);

    private static ulong SignatureOf(long[] keys)
    {
        ulong signature = 0;
        foreach (long key in keys) signature |= BitOf(key);
        return signature;
    }

    private readonly record struct Vector(long[] Keys, float[] Weights, int PrefixLength);

    // Room for count terms in the term tables (the index is not yet published).
    private void ReserveTerms(int count)
    {
        _termIds.EnsureCapacity(count);
        _termKeys.EnsureCapacity(count);
        _termIdf.EnsureCapacity(count);
        _postings.EnsureCapacity(count);
    }

    private int TermId(string term)
    {
        ref int id = ref CollectionsMarshal.GetValueRefOrAddDefault(_termIds, term, out bool exists);
        if (exists) return id;
        id = _termKeys.Count;
        float idf = (float)Idf.Idf(term);
        _termIdf.Add(idf);
        _termKeys.Add(KeyOf(idf, id));
        _postings.Add([]);
        return id;
    }

    // Global feature order: higher IDF (rarer) first, then term id. IDF floats are positive, so their bit patterns
    // order like their values; the key is fixed for the life of the index because the IDF table is.
    private static long KeyOf(float idf, int termId) =>
        ((long)(int.MaxValue - BitConverter.SingleToInt32Bits(idf)) << 32) | (uint)termId;

    private static int TermOf(long key) => (int)(key & 0xFFFF_FFFF);

    private double Boost(FeatureKind kind) => kind switch
    {
        FeatureKind.Entity => Options.EntityBoost,
        FeatureKind.Number => Options.NumberBoost,
        FeatureKind.Concept => Options.ConceptBoost,
        _ => 1.0,
    };

    private static void Normalize(float[] weights)
    {
        double sum = 0;
        foreach (float w in weights) sum += (double)w * w;
        if (sum == 0) return;
        double norm = Math.Sqrt(sum);
        for (int k = 0; k < weights.Length; k++) weights[k] = (float)(weights[k] / norm);
    }

    // The shortest prefix whose tail has norm below the threshold (with slack for float rounding).
    private static int PrefixLength(float[] weights, int count, double threshold)
    {
        double bound = threshold * threshold * (1 - BoundSlack);
        double tail = 0;
        int p = count;
        while (p > 0)
        {
            double w = weights[p - 1];
            if (tail + w * w >= bound) break;
            tail += w * w;
            p--;
        }
        return p;
    }

    private static float[] TailNorms(float[] weights, int prefixLength)
    {
        var norms = new float[prefixLength];
        double tail = 0;
        for (int k = weights.Length - 1; k >= 0; k--)
        {
            tail += (double)weights[k] * weights[k];
            // Rounded up so the bound never falls below the true tail norm.
            if (k < prefixLength) norms[k] = MathF.BitIncrement((float)Math.Sqrt(tail));
        }
        return norms;
    }

    // A vector for a claim that may not be indexed: features unknown to the index cannot be shared with any indexed
    // claim, so they count in the norm only.
    private Vector Vectorize(RawFeature[] raw, double threshold)
    {
        int known = 0;
        foreach (var f in raw) if (_termIds.ContainsKey(f.Term)) known++;
        var keys = new long[known];
        var weights = new float[known];
        double sum = 0;
        int k = 0;
        foreach (var f in raw)
        {
            double w;
            if (_termIds.TryGetValue(f.Term, out int id))
            {
                w = (float)(_termIdf[id] * Boost(f.Kind));
                keys[k] = _termKeys[id];
                weights[k++] = (float)w;
            }
            else w = (float)(Idf.Idf(f.Term) * Boost(f.Kind));
            sum += w * w;
        }
        Array.Sort(keys, weights);
        if (sum > 0)
        {
            double norm = Math.Sqrt(sum);
            for (int j = 0; j < weights.Length; j++) weights[j] = (float)(weights[j] / norm);
        }
        return new Vector(keys, weights, PrefixLength(weights, weights.Length, threshold));
    }

    private static double Dot(long[] keysA, float[] weightsA, long[] keysB, float[] weightsB, out int shared)
    {
        int i = 0, j = 0;
        double sum = 0;
        shared = 0;
        while (i < keysA.Length && j < keysB.Length)
        {
            long a = keysA[i], b = keysB[j];
            if (a == b) { sum += (double)weightsA[i++] * weightsB[j++]; shared++; }
            else if (a < b) i++;
            else j++;
        }
        return Math.Min(sum, 1.0);
    }
}
