using System.Buffers;

namespace Claims.Matching;

/// <summary>
/// Orders positions by 64-bit keys, ascending, equal keys in position order: a stable least-significant-digit radix
/// sort by byte, which skips the bytes every key shares. For the millions of candidates of a long article whose claims
/// repeat (a transcript, a list of short lines) it replaces a comparison sort of (key, position) pairs: the same
/// order, since (key, position) is unique, in a few linear passes.
/// </summary>
internal static class StableKeyOrder
{
    /// <summary>Below this many keys a comparison sort is as quick: the radix passes' fixed costs dominate.</summary>
    public const int MinCount = 4096;

    private const int Digits = sizeof(ulong);
    private const int Buckets = 256;

    /// <summary>
    /// Fills <paramref name="order"/>[0..n) with the positions 0..n-1 ordered by <paramref name="keys"/>[position]
    /// ascending, ties by position. <paramref name="keys"/>[0..n) is used as scratch and left in an unspecified order.
    /// </summary>
    public static void Sort(ulong[] keys, int[] order, int n)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, Math.Min(keys.Length, order.Length));
        Span<int> counts = stackalloc int[Digits * Buckets];
        counts.Clear();
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
            ulong key = keys[i];
            for (int d = 0; d < Digits; d++) counts[(d * Buckets) + (int)((key >> (8 * d)) & 0xFF)]++;
        }
        if (n == 0) return;
        var spareKeys = ArrayPool<ulong>.Shared.Rent(n);
        var spareOrder = ArrayPool<int>.Shared.Rent(n);
        try
        {
            ulong[] fromKeys = keys, toKeys = spareKeys;
            int[] fromOrder = order, toOrder = spareOrder;
            Span<int> next = stackalloc int[Buckets];
            for (int d = 0; d < Digits; d++)
            {
                int shift = 8 * d;
                var digitCounts = counts.Slice(d * Buckets, Buckets);
                // A byte every key shares moves nothing.
                if (digitCounts[(int)((fromKeys[0] >> shift) & 0xFF)] == n) continue;
                int sum = 0;
                for (int b = 0; b < Buckets; b++)
                {
                    next[b] = sum;
                    sum += digitCounts[b];
                }
                for (int i = 0; i < n; i++)
                {
                    ulong key = fromKeys[i];
                    int at = next[(int)((key >> shift) & 0xFF)]++;
                    toKeys[at] = key;
                    toOrder[at] = fromOrder[i];
                }
                (fromKeys, toKeys) = (toKeys, fromKeys);
                (fromOrder, toOrder) = (toOrder, fromOrder);
            }
            if (!ReferenceEquals(fromOrder, order)) Array.Copy(fromOrder, order, n);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(spareKeys);
            ArrayPool<int>.Shared.Return(spareOrder);
        }
    }
}
