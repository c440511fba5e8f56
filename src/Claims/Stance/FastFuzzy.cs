namespace Claims.Stance;

/// <summary>
/// Allocation-free equivalents of FuzzySharp's <c>Fuzz.Ratio</c>, <c>TokenSortRatio</c> and <c>TokenSetRatio</c> on
/// already normalized strings (same scores: the unit tests compare them with FuzzySharp). FuzzySharp allocates per
/// call and fills the full edit-distance matrix; here the indel similarity comes from a bit-parallel longest-common-
/// subsequence pass (64 characters per machine word), which is what makes the features fast enough for 50k pairs/s.
/// </summary>
internal static class FastFuzzy
{
    private const int MaxWords = 4;

    /// <summary>round(100 * 2 LCS / (|a| + |b|)), FuzzySharp's ratio with substitutions costing two edits.</summary>
    public static int Ratio(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        int total = a.Length + b.Length;
        if (total == 0) return 0;
        int lcs = Lcs(a, b);
        return (int)Math.Round(100.0 * 2 * lcs / total);
    }

    /// <summary>Ratio of the two token sets: the best of intersection vs each side's intersection+rest, and the two sides.</summary>
    public static int TokenSetRatio(string sortedA, string sortedB)
    {
        // Both strings are space-separated tokens in ordinal order (duplicates possible): merge them.
        Span<char> sect = stackalloc char[Math.Min(sortedA.Length, sortedB.Length) + 1];
        Span<char> restA = stackalloc char[sortedA.Length + 1];
        Span<char> restB = stackalloc char[sortedB.Length + 1];
        int ns = 0, na = 0, nb = 0;
        var ta = new TokenReader(sortedA);
        var tb = new TokenReader(sortedB);
        ReadOnlySpan<char> x = ta.Next(), y = tb.Next();
        ReadOnlySpan<char> lastSect = default, lastA = default, lastB = default;
        bool hasSect = false, hasA = false, hasB = false;
        while (!x.IsEmpty || !y.IsEmpty)
        {
            int c = x.IsEmpty ? 1 : y.IsEmpty ? -1 : x.SequenceCompareTo(y);
            if (c == 0)
            {
                if (!hasSect || !lastSect.SequenceEqual(x)) { Append(sect, ref ns, x); lastSect = x; hasSect = true; }
                x = ta.Next();
                y = tb.Next();
            }
            else if (c < 0)
            {
                if (!(hasSect && lastSect.SequenceEqual(x)) && (!hasA || !lastA.SequenceEqual(x))) { Append(restA, ref na, x); lastA = x; hasA = true; }
                x = ta.Next();
            }
            else
            {
                if (!(hasSect && lastSect.SequenceEqual(y)) && (!hasB || !lastB.SequenceEqual(y))) { Append(restB, ref nb, y); lastB = y; hasB = true; }
                y = tb.Next();
            }
        }
        // FuzzySharp: combined = sect + " " + rest (trimmed), and the score is the best of the three pairings.
        Span<char> combinedA = stackalloc char[ns + na + 1];
        Span<char> combinedB = stackalloc char[ns + nb + 1];
        int ca = Join(combinedA, sect[..ns], restA[..na]);
        int cb = Join(combinedB, sect[..ns], restB[..nb]);
        int best = Ratio(combinedA[..ca], combinedB[..cb]);
        if (ns > 0)
        {
            best = Math.Max(best, Ratio(sect[..ns], combinedA[..ca]));
            best = Math.Max(best, Ratio(sect[..ns], combinedB[..cb]));
        }
        return best;
    }

    private static void Append(Span<char> buffer, ref int n, ReadOnlySpan<char> token)
    {
        if (n > 0) buffer[n++] = ' ';
        token.CopyTo(buffer[n..]);
        n += token.Length;
    }

    private static int Join(Span<char> buffer, ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        int n = 0;
        first.CopyTo(buffer);
        n += first.Length;
        if (first.Length > 0 && second.Length > 0) buffer[n++] = ' ';
        second.CopyTo(buffer[n..]);
        return n + second.Length;
    }

    private ref struct TokenReader(string text)
    {
        private int _position;

        public ReadOnlySpan<char> Next()
        {
            while (_position < text.Length && text[_position] == ' ') _position++;
            int start = _position;
            while (_position < text.Length && text[_position] != ' ') _position++;
            return text.AsSpan(start, _position - start);
        }
    }

    /// <summary>Length of the longest common subsequence.</summary>
    internal static int Lcs(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length > b.Length)
        {
            var t = a;
            a = b;
            b = t;
        }
        int m = a.Length;
        if (m == 0) return 0;
        int words = (m + 63) >> 6;
        bool ascii = true;
        foreach (char c in a) if (c >= 128) { ascii = false; break; }
        if (words > MaxWords || !ascii) return LcsTable(a, b);

        // Match masks: bit i of masks[c] is set when a[i] == c (ASCII only, 128 x words).
        Span<ulong> masks = stackalloc ulong[128 * MaxWords];
        masks.Clear();
        for (int i = 0; i < m; i++) masks[a[i] * MaxWords + (i >> 6)] |= 1UL << (i & 63);
        Span<ulong> v = stackalloc ulong[MaxWords];
        v.Fill(ulong.MaxValue);
        foreach (char c in b)
        {
            if (c >= 128) continue;
            var match = masks.Slice(c * MaxWords, MaxWords);
            ulong carry = 0;
            for (int w = 0; w < words; w++)
            {
                // Allison-Dix / Hyyro: V' = (V + (V & M)) | (V & ~M), with the addition's carry across words.
                ulong u = v[w] & match[w];
                ulong sum = v[w] + u;
                ulong carryOut = sum < v[w] ? 1UL : 0UL;
                ulong withCarry = sum + carry;
                if (withCarry < sum) carryOut = 1;
                v[w] = withCarry | (v[w] - u);
                carry = carryOut;
            }
        }
        int zeros = 0;
        for (int w = 0; w < words; w++)
        {
            int bits = w == words - 1 && (m & 63) != 0 ? m & 63 : 64;
            ulong mask = bits == 64 ? ulong.MaxValue : (1UL << bits) - 1;
            zeros += bits - System.Numerics.BitOperations.PopCount(v[w] & mask);
        }
        return zeros;
    }

    private static int LcsTable(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var row = new int[a.Length + 1];
        foreach (char c in b)
        {
            int diagonal = 0;
            for (int i = 1; i <= a.Length; i++)
            {
                int above = row[i];
                row[i] = a[i - 1] == c ? diagonal + 1 : Math.Max(row[i - 1], above);
                diagonal = above;
            }
        }
        return row[a.Length];
    }
}
