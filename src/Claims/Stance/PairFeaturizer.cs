using System.Numerics;
using Claims.Segmentation;
using Claims.Text;

namespace Claims.Stance;

/// <summary>
/// Profiles texts and computes the stance feature vector of a pair: A is a claim or headline, B a claim or a whole
/// article body (B's sentences most similar to A stand in for it where a sentence-level comparison is needed). The
/// vector is laid out by <see cref="Features"/> (by default <see cref="StanceFeatureSet.Lexical"/>, described in
/// <see cref="LexicalFeatures"/>). Profiles are built once per text (<see cref="Profile(TextView)"/>, <see cref="Profile(string)"/>); <see cref="Compute"/>
/// then allocates nothing. Thread-safe.
/// </summary>
public sealed class PairFeaturizer
{
    private readonly TermExtractor _terms;
    // The scan facts of the words of every unit this featurizer builds, worked out once per word.
    private readonly UnitWords _words;

    /// <summary>Creates a featurizer weighing terms with <paramref name="idf"/>.</summary>
    public PairFeaturizer(IdfTable idf, TermExtractor? terms = null, WordRelations? relations = null)
        : this(idf, WordPairTable.Empty, terms, relations)
    {
    }

    /// <summary>Creates a featurizer that also reads the learned word-pair <paramref name="table"/>.</summary>
    internal PairFeaturizer(IdfTable idf, WordPairTable table, TermExtractor? terms = null, WordRelations? relations = null, StanceFeatureSet? features = null,
        Embeddings.ISentenceEncoder? encoder = null)
    {
        Encoder = encoder;
        ArgumentNullException.ThrowIfNull(idf);
        ArgumentNullException.ThrowIfNull(table);
        Idf = idf;
        Table = table;
        _terms = terms ?? TermExtractor.Default;
        _words = new UnitWords(_terms);
        Relations = relations ?? WordRelations.Default;
        Features = features ?? StanceFeatureSet.Lexical;
    }

    /// <summary>The features this featurizer computes, in vector order.</summary>
    public StanceFeatureSet Features { get; }

    /// <summary>Length of the feature vector (<see cref="StanceFeatureSet.Count"/>).</summary>
    public int FeatureCount => Features.Count;

    /// <summary>
    /// The same featurizer (IDF table, word relations, learned word-pair table) computing <paramref name="features"/>
    /// instead: how a model over more features (an embedding group appended to <see cref="StanceFeatureSet.Lexical"/>)
    /// reuses the lexical ones.
    /// </summary>
    public PairFeaturizer WithFeatures(StanceFeatureSet features)
    {
        ArgumentNullException.ThrowIfNull(features);
        return new PairFeaturizer(Idf, Table, _terms, Relations, features, Encoder);
    }

    /// <summary>
    /// The same featurizer giving every profile its sentence vectors from <paramref name="encoder"/> (null: none), for
    /// feature groups that read meaning (<see cref="TextProfile.Embeddings"/>).
    /// </summary>
    public PairFeaturizer WithEncoder(Embeddings.ISentenceEncoder? encoder) => new(Idf, Table, _terms, Relations, Features, encoder);

    /// <summary>The sentence encoder profiles get their vectors from, or null.</summary>
    public Embeddings.ISentenceEncoder? Encoder { get; }

    /// <summary>The learned word-pair table (empty unless the featurizer belongs to a model trained with one).</summary>
    internal WordPairTable Table { get; }

    /// <summary>The IDF table in use.</summary>
    public IdfTable Idf { get; }

    /// <summary>Antonym and synonym relations used by the lexical features.</summary>
    public WordRelations Relations { get; }

    /// <summary>
    /// The texts a profile of <paramref name="text"/> gives sentence vectors to (<see cref="TextProfile.Embeddings"/>):
    /// its sentences, or the text itself when it is one sentence. An embedding cache keyed by these texts serves
    /// <see cref="Profile(string)"/> exactly.
    /// </summary>
    public static IReadOnlyList<string> EncodedTexts(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return EncodedTexts(TextView.Of(text), text);
    }

    private static IReadOnlyList<string> EncodedTexts(TextView view, string text)
    {
        var sentences = view.Sentences;
        if (sentences.Length <= 1) return [text];
        var texts = new string[sentences.Length];
        for (int i = 0; i < texts.Length; i++) texts[i] = SentenceText(view, sentences[i]);
        return texts;
    }

    private static string SentenceText(TextView view, (int First, int End) sentence)
    {
        int start = view[sentence.First].Start, end = view[sentence.End - 1].End;
        return view.Text.Substring(start, end - start);
    }

    /// <summary>
    /// Prepares a free text (headline or body) for comparison: segmented and tokenized by the document stages
    /// (<see cref="TextView.Of(string)"/>), then profiled. Reuse the profile for every pair.
    /// </summary>
    public TextProfile Profile(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Profile(TextView.Of(text), text);
    }

    /// <summary>
    /// Prepares a claim for comparison from the tokens and sentences its document's stages produced
    /// (<see cref="Claim.View"/>). Reuse the profile for every pair. The profile is kept with the view
    /// (<see cref="TextView.Memo"/>): the rule readings and the stance classifier profile a claim once.
    /// </summary>
    public TextProfile Profile(TextView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.Memo(this, null, this, static (featurizer, v) => featurizer.Profile(v, v.SpanText));
    }

    private TextProfile Profile(TextView view, string text)
    {
        var whole = UnitBuilder.Build(view, 0, view.Count, text, Idf, _words);
        var ranges = view.Sentences;
        if (ranges.Length <= 1)
            return new TextProfile(view, text, [whole], whole, whole, Encode([text]));
        var sentences = new TextUnit[ranges.Length];
        if (Encoder is null)
        {
            // No vectors to encode: each sentence's text (and the lead's) is made only if something asks for it.
            for (int i = 0; i < sentences.Length; i++)
                sentences[i] = UnitBuilder.Build(view, ranges[i].First, ranges[i].End, new UnitText(view, ranges[i].First, ranges[i].End), Idf, _words);
            var leadOnly = sentences.Length <= 2 ? whole
                : UnitBuilder.Build(view, ranges[0].First, ranges[1].End, new UnitText(view, ranges[0].First, ranges[0].End, ranges[1].First, ranges[1].End), Idf, _words);
            return new TextProfile(view, text, sentences, whole, leadOnly);
        }
        var texts = EncodedTexts(view, text);
        for (int i = 0; i < sentences.Length; i++) sentences[i] = UnitBuilder.Build(view, ranges[i].First, ranges[i].End, texts[i], Idf, _words);
        var lead = sentences.Length <= 2 ? whole
            : UnitBuilder.Build(view, ranges[0].First, ranges[1].End, texts[0] + " " + texts[1], Idf, _words);
        return new TextProfile(view, text, sentences, whole, lead, Encode(texts));
    }

    private Embeddings.TextEmbeddings? Encode(IReadOnlyList<string> sentences)
    {
        if (Encoder is null) return null;
        var vectors = Encoder.Encode(sentences);
        return new Embeddings.TextEmbeddings(vectors.Count == 1 ? vectors[0] : Embeddings.Embedding.Mean(vectors), vectors);
    }

    /// <summary>Writes the <see cref="FeatureCount"/> features of (<paramref name="a"/>, <paramref name="b"/>) into <paramref name="destination"/>; allocates nothing.</summary>
    public void Compute(TextProfile a, TextProfile b, Span<float> destination)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (destination.Length < FeatureCount) throw new ArgumentException($"needs {FeatureCount} slots", nameof(destination));
        Span<int> unalignedA = stackalloc int[WordPairTable.MaxTermsPerSide];
        Span<int> unalignedB = stackalloc int[WordPairTable.MaxTermsPerSide];
        var pair = new PairView(this, a, b, unalignedA, unalignedB);
        Features.Compute(in pair, destination);
    }

    /// <summary>
    /// The unaligned terms of each side as <see cref="Compute"/> finds them (A's whole text against B's sentence most
    /// similar to it), with their stems: what the trainer counts into a <see cref="WordPairTable"/>.
    /// </summary>
    internal WordPairTable.UnalignedTerms Unaligned(TextProfile a, TextProfile b)
    {
        Span<int> unalignedA = stackalloc int[WordPairTable.MaxTermsPerSide];
        Span<int> unalignedB = stackalloc int[WordPairTable.MaxTermsPerSide];
        var pair = new PairView(this, a, b, unalignedA, unalignedB);
        return new WordPairTable.UnalignedTerms(WithStems(pair.UnalignedA, a.Whole), WithStems(pair.UnalignedB, pair.Best));
    }

    private static (int Id, string Stem)[] WithStems(ReadOnlySpan<int> ids, TextUnit unit)
    {
        var result = new (int, string)[ids.Length];
        var hashes = unit.StemHashes;
        for (int k = 0; k < ids.Length; k++)
        {
            int at = Array.IndexOf(hashes, ids[k]);
            result[k] = (ids[k], unit.Stems[at]!);
        }
        return result;
    }

    /// <summary>
    /// The two-way overlap of A with B's sentence most similar to it, min(<see cref="LexicalFeatures.CoverABest"/>,
    /// <see cref="LexicalFeatures.CoverBBest"/>), exactly as <see cref="Compute"/> writes those two features, without
    /// computing the rest of the vector.
    /// </summary>
    internal float Overlap(TextProfile a, TextProfile b)
    {
        var best = b.Sentences[PairView.BestSentence(a.Whole, b.Sentences)];
        return Math.Min(Coverage(a.Whole, best, out _), Coverage(best, a.Whole, out _));
    }

    /// <summary>
    /// 1 - (edit distance of the shorter string to its best-matching substring of the longer) / (shorter length):
    /// Levenshtein with free leading and trailing characters in the longer string. O(m n) time, O(m) stack memory.
    /// </summary>
    internal static float PartialSimilarity(string x, string y)
    {
        var shorter = x.Length <= y.Length ? x.AsSpan() : y.AsSpan();
        var longer = x.Length <= y.Length ? y.AsSpan() : x.AsSpan();
        int m = shorter.Length;
        if (m == 0) return 0;
        int distance = m <= 64 ? SemiGlobalDistanceBits(shorter, longer)
            : m <= MaxBlockPattern ? SemiGlobalDistanceBlocks(shorter, longer)
            : SemiGlobalDistance(shorter, longer);
        return 1f - (float)distance / m;
    }

    /// <summary>Longest pattern <see cref="SemiGlobalDistanceBlocks"/> takes (its match masks live on the stack).</summary>
    internal const int MaxBlockPattern = 256;

    /// <summary>
    /// The same semi-global edit distance for patterns of up to <see cref="MaxBlockPattern"/> characters: the bit-vector
    /// recurrence of <see cref="SemiGlobalDistanceBits"/> over blocks of 64 rows, each passing its horizontal
    /// difference on to the block below. O(|longer| · blocks) word operations.
    /// </summary>
    internal static int SemiGlobalDistanceBlocks(ReadOnlySpan<char> shorter, ReadOnlySpan<char> longer)
    {
        int m = shorter.Length;
        if (m == 0) return 0;
        if (m > MaxBlockPattern) throw new ArgumentException($"at most {MaxBlockPattern} characters", nameof(shorter));
        int blocks = (m + 63) / 64;
        Span<ulong> ascii = stackalloc ulong[128 * blocks];
        ascii.Clear();
        bool allAscii = true;
        for (int i = 0; i < m; i++)
        {
            char c = shorter[i];
            if (c < 128) ascii[(i >> 6) * 128 + c] |= 1UL << (i & 63);
            else allAscii = false;
        }
        Span<ulong> plusV = stackalloc ulong[blocks];
        Span<ulong> minusV = stackalloc ulong[blocks];
        plusV.Fill(ulong.MaxValue);
        minusV.Clear();
        // Row m - 1 is the last block's bit (m - 1) mod 64; every other block hands its bit 63 on.
        ulong lastHigh = 1UL << ((m - 1) & 63);
        const ulong high = 1UL << 63;
        int score = m, best = m;
        foreach (char c in longer)
        {
            // The top cell of every column is 0 (a match may start anywhere): nothing carried into the first block.
            int carry = 0;
            for (int b = 0; b < blocks; b++)
            {
                ulong eq;
                if (c < 128) eq = ascii[b * 128 + c];
                else
                {
                    eq = 0;
                    if (!allAscii)
                        for (int i = b * 64, end = Math.Min(m, i + 64); i < end; i++)
                            if (shorter[i] == c) eq |= 1UL << (i & 63);
                }
                ulong pv = plusV[b], mv = minusV[b];
                ulong xv = eq | mv;
                if (carry < 0) eq |= 1;
                ulong xh = (((eq & pv) + pv) ^ pv) | eq;
                ulong plusH = mv | ~(xh | pv);
                ulong minusH = pv & xh;
                ulong top = b == blocks - 1 ? lastHigh : high;
                int outgoing = (plusH & top) != 0 ? 1 : (minusH & top) != 0 ? -1 : 0;
                plusH <<= 1;
                minusH <<= 1;
                if (carry < 0) minusH |= 1;
                else if (carry > 0) plusH |= 1;
                plusV[b] = minusH | ~(xv | plusH);
                minusV[b] = plusH & xv;
                carry = outgoing;
            }
            score += carry;
            if (score < best) best = score;
        }
        return best;
    }

    /// <summary>
    /// The same semi-global edit distance with one 64-bit word per column (bit-vector dynamic programming over the
    /// column's vertical differences): O(|longer|) word operations for a pattern of at most 64 characters.
    /// </summary>
    internal static int SemiGlobalDistanceBits(ReadOnlySpan<char> shorter, ReadOnlySpan<char> longer)
    {
        int m = shorter.Length;
        // Match masks: bit i of masks[c] is set when shorter[i] == c (ASCII table; other characters are compared directly).
        Span<ulong> ascii = stackalloc ulong[128];
        ascii.Clear();
        bool allAscii = true;
        for (int i = 0; i < m; i++)
        {
            char c = shorter[i];
            if (c < 128) ascii[c] |= 1UL << i;
            else allAscii = false;
        }
        ulong high = 1UL << (m - 1);
        // Column 0: row i holds i, so every vertical difference is +1.
        ulong plusV = m == 64 ? ulong.MaxValue : (1UL << m) - 1, minusV = 0;
        int score = m, best = m;
        foreach (char c in longer)
        {
            ulong eq;
            if (c < 128) eq = ascii[c];
            else
            {
                eq = 0;
                if (!allAscii)
                    for (int i = 0; i < m; i++)
                        if (shorter[i] == c) eq |= 1UL << i;
            }
            ulong xv = eq | minusV;
            ulong xh = (((eq & plusV) + plusV) ^ plusV) | eq;
            ulong plusH = minusV | ~(xh | plusV);
            ulong minusH = plusV & xh;
            if ((plusH & high) != 0) score++;
            else if ((minusH & high) != 0) score--;
            // The top cell of every column is 0 (a match may start anywhere): no carry into row 1's horizontal difference.
            plusH <<= 1;
            minusH <<= 1;
            plusV = minusH | ~(xv | plusH);
            minusV = plusH & xv;
            if (score < best) best = score;
        }
        return best;
    }

    /// <summary>Semi-global edit distance by the textbook O(m n) recurrence (reference and fallback for long patterns).</summary>
    internal static int SemiGlobalDistance(ReadOnlySpan<char> shorter, ReadOnlySpan<char> longer)
    {
        int m = shorter.Length;
        Span<int> row = m < 512 ? stackalloc int[m + 1] : new int[m + 1];
        for (int i = 0; i <= m; i++) row[i] = i;
        int best = m;
        foreach (char c in longer)
        {
            // Column j of the longer string: starting anywhere is free, so the top cell stays 0.
            int diagonal = 0;
            row[0] = 0;
            for (int i = 1; i <= m; i++)
            {
                int above = row[i];
                int cost = shorter[i - 1] == c ? 0 : 1;
                row[i] = Math.Min(Math.Min(row[i - 1] + 1, above + 1), diagonal + cost);
                diagonal = above;
            }
            if (row[m] < best) best = row[m];
        }
        return best;
    }

    /// <summary>1 for the same term, 0.5 for WordNet-similar terms, 0 otherwise (or when either is missing).</summary>
    internal float TermMatch(int x, int y) =>
        x == 0 || y == 0 ? 0 : x == y ? 1 : Relations.AreSimilar(x, y) ? 0.5f : 0;

    internal static float Cosine(TextUnit x, TextUnit y)
    {
        var xi = x.TermIds;
        var yi = y.TermIds;
        int i = 0, j = 0;
        float sum = 0;
        while (i < xi.Length && j < yi.Length)
        {
            if (xi[i] == yi[j]) { sum += x.Weights[i] * y.Weights[j]; i++; j++; }
            else if (xi[i] < yi[j]) i++;
            else j++;
        }
        return sum;
    }

    /// <summary>IDF-weighted share of <paramref name="x"/>'s terms that <paramref name="y"/> has too.</summary>
    internal static float Coverage(TextUnit x, TextUnit y, out int shared)
    {
        var xi = x.TermIds;
        var yi = y.TermIds;
        int i = 0, j = 0;
        float sum = 0;
        shared = 0;
        while (i < xi.Length && j < yi.Length)
        {
            if (xi[i] == yi[j]) { sum += x.Idf[i]; shared++; i++; j++; }
            else if (xi[i] < yi[j]) i++;
            else j++;
        }
        return x.IdfMass > 0 ? sum / x.IdfMass : 0;
    }

    internal static int CountShared(int[] sortedA, int[] sortedB)
    {
        int i = 0, j = 0, n = 0;
        while (i < sortedA.Length && j < sortedB.Length)
        {
            if (sortedA[i] == sortedB[j]) { n++; i++; j++; }
            else if (sortedA[i] < sortedB[j]) i++;
            else j++;
        }
        return n;
    }

    internal static (int Matched, int Mismatched) CompareNumbers(NumberMention[] a, NumberMention[] whole, NumberMention[] best)
    {
        int matched = 0, mismatched = 0;
        foreach (var n in a)
        {
            bool found = false, sameUnit = false;
            foreach (var m in whole)
                if (m.Unit == n.Unit && SameValue(n, m)) { found = true; break; }
            if (found) { matched++; continue; }
            foreach (var m in best)
                if (m.Unit == n.Unit) { sameUnit = true; break; }
            if (sameUnit && !n.Approximate) mismatched++;
        }
        return (matched, mismatched);
    }

    internal static bool SameValue(NumberMention x, NumberMention y)
    {
        if (x.Value == y.Value) return true;
        // Approximate figures ("about 50") agree with values within 15%.
        if (!x.Approximate && !y.Approximate) return false;
        double hi = Math.Max(Math.Abs(x.Value), Math.Abs(y.Value));
        return hi > 0 && Math.Abs(x.Value - y.Value) / hi <= 0.15;
    }

    /// <summary>Number of antonym pairs with one side only in A and the other only in B.</summary>
    internal static int OppositeSides(ulong a, ulong b)
    {
        const ulong left = 0x5555_5555_5555_5555UL;
        ulong aLeft = a & left, aRight = (a >> 1) & left, bLeft = b & left, bRight = (b >> 1) & left;
        ulong conflict = (aLeft & bRight & ~aRight & ~bLeft) | (aRight & bLeft & ~aLeft & ~bRight);
        return BitOperations.PopCount(conflict);
    }

    /// <summary>True when A and B give one event different statuses, or one asserts a status the other denies.</summary>
    internal static bool StatusConflict(int a, int b)
    {
        int aAsserted = a & 0xFF, aDenied = (a >> 8) & 0xFF, bAsserted = b & 0xFF, bDenied = (b >> 8) & 0xFF;
        if ((aAsserted & bDenied) != 0 || (bAsserted & aDenied) != 0) return true;
        return aAsserted != 0 && bAsserted != 0 && (aAsserted & bAsserted) == 0;
    }

    /// <summary>Content words both sides use, negated on one side only ("is not playing" vs "is playing").</summary>
    internal static int NegationFlips(TextUnit a, TextUnit b)
    {
        if (a.Negations == 0 && b.Negations == 0) return 0;
        int flips = 0;
        for (int i = 0; i < a.Stems.Length; i++)
        {
            var s = a.Stems[i];
            if (s is null) continue;
            for (int j = 0; j < b.Stems.Length; j++)
                if (b.Negated[j] != a.Negated[i] && string.Equals(b.Stems[j], s, StringComparison.Ordinal))
                {
                    flips++;
                    break;
                }
        }
        return flips;
    }
}
