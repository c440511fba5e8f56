using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Claims.Text;

namespace Claims.Stance;

/// <summary>
/// Lexical knowledge learned from labeled training pairs: for the content terms left unaligned on each side of a pair
/// (no same term, WordNet synonym, hypernym or hyponym on the other side), how often each (term of A, term of B)
/// combination and each single unaligned term of A or of B came with each label ("strum" / "play" with entailment,
/// "sleep" / "run" with contradiction). <see cref="PairFeaturizer"/> reads it as smoothed label evidence. Entries seen
/// fewer than a minimum number of times (<see cref="DefaultMinimumCount"/>) are dropped so the table stays small.
/// Immutable and thread-safe.
/// </summary>
internal sealed class WordPairTable
{
    /// <summary>Label slots the features have room for (labels past the fourth get no table features).</summary>
    public const int MaxLabels = 4;

    /// <summary>Features <see cref="Features"/> writes: per label slot max, mean and minimum cover of B, single-word sum; known pairs.</summary>
    public const int FeatureCount = 4 * MaxLabels + 1;

    /// <summary>By default an entry seen fewer times than this is not kept.</summary>
    public const int DefaultMinimumCount = 2;

    /// <summary>Pseudo-count of the prior in the smoothed label share of an entry.</summary>
    private const float Smoothing = 2f;

    /// <summary>Unaligned terms per side taken into account (bounds the work on long sentences).</summary>
    public const int MaxTermsPerSide = 16;

    // Frozen: up to 16 x 16 lookups a pair in a table of ~100k entries, the hottest loop of the table features.
    private readonly FrozenDictionary<long, Entry> _entries;
    private readonly float[] _prior;

    private WordPairTable(Dictionary<long, Entry> entries, long[] totals)
    {
        _entries = entries.ToFrozenDictionary();
        Totals = totals;
        long sum = totals.Sum();
        _prior = totals.Select(t => sum > 0 ? (float)t / sum : 0f).ToArray();
    }

    /// <summary>A table with no entries (every feature reads 0).</summary>
    public static WordPairTable Empty { get; } = new([], []);

    /// <summary>Number of labels the counts are kept for.</summary>
    public int LabelCount => Totals.Count;

    /// <summary>Number of pairs with each label among the pairs counted.</summary>
    public IReadOnlyList<long> Totals { get; }

    /// <summary>Number of kept entries (word pairs and single words).</summary>
    public int EntryCount => _entries.Count;

    /// <summary>Key of a (term of A, term of B) entry; 0 on one side makes a single-term entry.</summary>
    public static long Key(int termA, int termB) => ((long)termA << 32) | (uint)termB;

    /// <summary>Counts of <paramref name="termA"/> (A side) with <paramref name="termB"/> (B side) per label, or null; 0 on one side reads a single-term entry.</summary>
    public IReadOnlyList<int>? Counts(int termA, int termB) => _entries.TryGetValue(Key(termA, termB), out var e) ? e.Counts : null;

    /// <summary>Counts of (stem of A, stem of B) per label, or null; an empty stem reads a single-term entry.</summary>
    public IReadOnlyList<int>? Counts(string stemA, string stemB) => Counts(Id(stemA), Id(stemB));

    private static int Id(string stem) => stem.Length == 0 ? 0 : UnitBuilder.Hash(stem);

    /// <summary>
    /// Counts the unaligned terms of <paramref name="pairs"/> (only those for which <paramref name="include"/> is true).
    /// Each pair counts each distinct word pair and single word once.
    /// </summary>
    public static WordPairTable Learn(IReadOnlyList<UnalignedTerms> pairs, IReadOnlyList<int> labels, int labelCount, Func<int, bool> include, int minimumCount = DefaultMinimumCount)
    {
        var counts = new Dictionary<long, (string A, string B, int[] Counts)>();
        var totals = new long[labelCount];
        for (int i = 0; i < pairs.Count; i++)
        {
            if (!include(i)) continue;
            var p = pairs[i];
            int label = labels[i];
            totals[label]++;
            for (int x = 0; x < p.A.Length; x++)
            {
                Add(counts, p.A[x].Id, 0, p.A[x].Stem, "", label, labelCount);
                for (int y = 0; y < p.B.Length; y++)
                    Add(counts, p.A[x].Id, p.B[y].Id, p.A[x].Stem, p.B[y].Stem, label, labelCount);
            }
            for (int y = 0; y < p.B.Length; y++) Add(counts, 0, p.B[y].Id, "", p.B[y].Stem, label, labelCount);
        }
        var kept = new Dictionary<long, Entry>();
        foreach (var (key, value) in counts)
            if (value.Counts.Sum() >= minimumCount) kept[key] = new Entry(value.A, value.B, value.Counts);
        return new WordPairTable(kept, totals);
    }

    private static void Add(Dictionary<long, (string, string, int[])> counts, int a, int b, string stemA, string stemB, int label, int labelCount)
    {
        long key = Key(a, b);
        if (!counts.TryGetValue(key, out var entry)) counts[key] = entry = (stemA, stemB, new int[labelCount]);
        entry.Item3[label]++;
    }

    /// <summary>
    /// Writes the table features of a pair from its unaligned term ids (distinct within each side), per label slot:
    /// the largest smoothed evidence (label share minus prior) over the known word pairs; how well B's unaligned words
    /// are explained by A's (for each word of B the best evidence from a word of A, unknown pairs reading 0: the mean
    /// and the minimum over B's words, since B is entailed only if every one of its words is); the summed evidence of
    /// the known single words of both sides; and the number of known word pairs. Writes
    /// <see cref="FeatureCount"/> values; allocates nothing.
    /// </summary>
    public void Features(ReadOnlySpan<int> a, ReadOnlySpan<int> b, Span<float> destination)
    {
        var f = destination[..FeatureCount];
        f.Clear();
        if (_entries.Count == 0) return;
        int labels = Math.Min(LabelCount, MaxLabels);
        Span<float> max = stackalloc float[MaxLabels];
        Span<float> best = stackalloc float[MaxLabels];
        Span<float> coverSum = stackalloc float[MaxLabels];
        Span<float> coverMin = stackalloc float[MaxLabels];
        Span<float> single = stackalloc float[MaxLabels];
        Span<float> evidence = stackalloc float[MaxLabels];
        max.Fill(float.NegativeInfinity);
        coverSum.Clear();
        coverMin.Fill(float.PositiveInfinity);
        single.Clear();
        int known = 0;
        for (int x = 0; x < a.Length; x++)
            if (_entries.TryGetValue(Key(a[x], 0), out var s))
            {
                Evidence(s, evidence, labels);
                for (int c = 0; c < labels; c++) single[c] += evidence[c];
            }
        for (int y = 0; y < b.Length; y++)
        {
            if (_entries.TryGetValue(Key(0, b[y]), out var s))
            {
                Evidence(s, evidence, labels);
                for (int c = 0; c < labels; c++) single[c] += evidence[c];
            }
            // An unknown pair is no evidence either way.
            best.Clear();
            for (int x = 0; x < a.Length; x++)
                if (_entries.TryGetValue(Key(a[x], b[y]), out var e))
                {
                    known++;
                    Evidence(e, evidence, labels);
                    for (int c = 0; c < labels; c++)
                    {
                        if (evidence[c] > max[c]) max[c] = evidence[c];
                        if (evidence[c] > best[c]) best[c] = evidence[c];
                    }
                }
            for (int c = 0; c < labels; c++)
            {
                coverSum[c] += best[c];
                if (best[c] < coverMin[c]) coverMin[c] = best[c];
            }
        }
        for (int c = 0; c < labels; c++)
        {
            f[c] = known == 0 ? 0 : max[c];
            f[MaxLabels + c] = b.Length == 0 ? 0 : coverSum[c] / b.Length;
            f[2 * MaxLabels + c] = b.Length == 0 ? 0 : coverMin[c];
            f[3 * MaxLabels + c] = single[c];
        }
        f[4 * MaxLabels] = known;
    }

    private void Evidence(Entry e, Span<float> evidence, int labels)
    {
        float n = e.Total;
        for (int c = 0; c < labels; c++)
            evidence[c] = (e.Counts[c] + Smoothing * _prior[c]) / (n + Smoothing) - _prior[c];
    }

    /// <summary>
    /// Writes the table as TSV: a first line <c>*TAB*TAB</c> with the label totals, then one line per entry
    /// (<c>stemA TAB stemB TAB counts</c>, an empty stem for a single-term entry), ordinally sorted for byte-identical output.
    /// </summary>
    public void Save(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("*\t*\t");
        writer.Write(string.Join(' ', Totals.Select(t => t.ToString(CultureInfo.InvariantCulture))));
        writer.Write('\n');
        var lines = _entries.Values
            .Select(e => e.A + "\t" + e.B + "\t" + string.Join(' ', e.Counts.Select(c => c.ToString(CultureInfo.InvariantCulture))))
            .Order(StringComparer.Ordinal);
        var sb = new StringBuilder();
        foreach (var line in lines) sb.Append(line).Append('\n');
        writer.Write(sb.ToString());
    }

    /// <summary>Reads a table written by <see cref="Save"/>.</summary>
    public static WordPairTable Load(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        long[]? totals = null;
        var entries = new Dictionary<long, Entry>();
        var counts = new List<long>();
        string? line;
        // Read by spans (no field or number strings): ~100k lines at every start of the stance model.
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0) continue;
            var span = line.AsSpan();
            int tab1 = span.IndexOf('\t'), tab2 = tab1 < 0 ? -1 : span[(tab1 + 1)..].IndexOf('\t');
            if (tab2 >= 0) tab2 += tab1 + 1;
            if (tab2 < 0 || span[(tab2 + 1)..].Contains('\t'))
                throw new InvalidDataException($"word-pair table line has {line.Split('\t').Length} fields: '{line}'");
            var a = span[..tab1];
            var b = span[(tab1 + 1)..tab2];
            if (totals is null && (a is not "*" || b is not "*"))
                throw new InvalidDataException("word-pair table must start with the '*' totals line");
            ReadCounts(span[(tab2 + 1)..], counts, first: totals is null);
            if (totals is null)
            {
                totals = [.. counts];
                continue;
            }
            if (counts.Count != totals.Length) throw new InvalidDataException($"word-pair table line has {counts.Count} counts, expected {totals.Length}: '{line}'");
            var values = new int[counts.Count];
            for (int i = 0; i < values.Length; i++) values[i] = (int)counts[i];
            string stemA = new(a), stemB = new(b);
            entries[Key(Id(stemA), Id(stemB))] = new Entry(stemA, stemB, values);
        }
        return totals is null ? Empty : new WordPairTable(entries, totals);
    }

    // The space-separated numbers of a line (empty fields skipped), parsed as long on the totals line and as int on
    // the others (so a count past int's range fails as it always did).
    private static void ReadCounts(ReadOnlySpan<char> field, List<long> counts, bool first)
    {
        counts.Clear();
        foreach (var range in field.Split(' '))
        {
            var number = field[range];
            if (number.IsEmpty) continue;
            counts.Add(first ? long.Parse(number, NumberStyles.None, CultureInfo.InvariantCulture)
                : int.Parse(number, NumberStyles.None, CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The distinct unaligned terms (id and stem) of each side of a pair, as <see cref="Learn"/> takes them.</summary>
    internal readonly record struct UnalignedTerms((int Id, string Stem)[] A, (int Id, string Stem)[] B);

    private sealed class Entry(string a, string b, int[] counts)
    {
        public string A { get; } = a;
        public string B { get; } = b;
        public int[] Counts { get; } = counts;
        public float Total { get; } = counts.Sum();
    }
}
