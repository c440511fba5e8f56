using System.Numerics;
using Claims.Text;

namespace Claims.Stance;

/// <summary>
/// Computes the stance feature vector of a pair of texts: A is a claim or headline, B a claim or a whole article body
/// (B's sentences most similar to A stand in for it where a sentence-level comparison is needed). Features: TF-IDF
/// cosines, IDF-weighted overlaps, FuzzySharp-equivalent ratios (Ratio, TokenSetRatio, TokenSortRatio) and a partial
/// alignment score, entities, numbers, negation / refuting / hedging / supporting cues and cue words, antonym and
/// status conflicts, WordNet synonym and hypernym alignment, directional lexical entailment (which share of each side
/// the other entails), sister terms, verb alignment, subject / object roles and passive shape. Profiles are built once per text
/// (<see cref="Profile(string)"/>); <see cref="Compute"/> then allocates nothing. Thread-safe.
/// </summary>
public sealed class PairFeaturizer
{
    private static readonly string[] BaseNames =
    [
        "cos_whole", "cos_best", "cos_top3", "cos_lead", "coverA_whole", "coverA_best", "coverB_best", "jaccard_best",
        "shared_terms", "fuzz_ratio", "partial_alignment", "fuzz_token_set", "fuzz_token_sort", "entity_coverA",
        "numbers_A", "numbers_matched", "numbers_mismatch", "neg_A", "neg_best", "neg_asym", "neg_body",
        "refute_A", "refute_best", "refute_top3", "refute_body", "refute_lead", "hedge_A", "hedge_best", "hedge_top3",
        "hedge_body", "support_top3", "support_body", "antonyms", "status_conflict", "question_A", "len_A", "len_best",
        "log_sentences", "unaligned_A", "unaligned_B", "neg_shared_flip", "best_position", "related_sentences",
        "refute_related", "lexicon_antonyms", "synonym_aligned", "unaligned_rel_A", "unaligned_rel_B", "word_length_diff", "generalized_A", "specialized_A", "generalized_B", "specialized_B",
        "entailed_share_A", "entailed_share_B", "entailed_idf_A", "entailed_idf_B", "sisters_A", "sisters_B",
        "unaligned_verbs_A", "unaligned_verbs_B", "aligned_verbs_A", "aligned_verbs_B", "neg_asym_entailed_A", "neg_asym_entailed_B",
        "first_term_match", "last_term_match", "first_last_swap", "passive_diff",
        "max_unaligned_idf_A", "max_unaligned_idf_B", "verb_sisters_A", "verb_sisters_B",
    ];

    /// <summary>The names of the features, in vector order.</summary>
    public static IReadOnlyList<string> FeatureNames { get; } = BaseNames
        .Concat(Lexicon.CueWords.Select(w => "body_cue_" + w))
        .Concat(Lexicon.CueWords.Select(w => "claim_cue_" + w))
        .Concat(Enumerable.Range(0, WordPairTable.MaxLabels).Select(c => "pair_table_max_" + c))
        .Concat(Enumerable.Range(0, WordPairTable.MaxLabels).Select(c => "pair_table_cover_mean_" + c))
        .Concat(Enumerable.Range(0, WordPairTable.MaxLabels).Select(c => "pair_table_cover_min_" + c))
        .Concat(Enumerable.Range(0, WordPairTable.MaxLabels).Select(c => "word_table_sum_" + c))
        .Append("pair_table_known")
        .ToArray();


    /// <summary>Length of the feature vector.</summary>
    public const int FeatureCount = BaseCount + 2 * CueCount + TableFeatureCount;

    /// <summary>Features read from the learned word-pair table (last in the vector): per label slot max, mean and minimum cover of B, single-word sum; known pairs.</summary>
    internal const int TableFeatureCount = 4 * WordPairTable.MaxLabels + 1;

    /// <summary>Index of the first word-pair table feature.</summary>
    internal const int TableFeatureStart = BaseCount + 2 * CueCount;

    private const int BaseCount = 73;
    private const int CueCount = 32;

    private readonly TermExtractor _terms;

    /// <summary>Creates a featurizer weighing terms with <paramref name="idf"/>.</summary>
    public PairFeaturizer(IdfTable idf, TermExtractor? terms = null, WordRelations? relations = null)
        : this(idf, WordPairTable.Empty, terms, relations)
    {
    }

    /// <summary>Creates a featurizer that also reads the learned word-pair <paramref name="table"/>.</summary>
    internal PairFeaturizer(IdfTable idf, WordPairTable table, TermExtractor? terms = null, WordRelations? relations = null)
    {
        ArgumentNullException.ThrowIfNull(idf);
        ArgumentNullException.ThrowIfNull(table);
        Idf = idf;
        Table = table;
        _terms = terms ?? TermExtractor.Default;
        Relations = relations ?? WordRelations.Default;
    }

    /// <summary>The learned word-pair table (empty unless the featurizer belongs to a model trained with one).</summary>
    internal WordPairTable Table { get; }

    /// <summary>The IDF table in use.</summary>
    public IdfTable Idf { get; }

    /// <summary>Antonym and synonym relations used by the lexical features.</summary>
    public WordRelations Relations { get; }

    /// <summary>Prepares a text (claim, headline or body) for comparison. Reuse the profile for every pair.</summary>
    public TextProfile Profile(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentenceTexts = SentenceSplitter.Split(text);
        var whole = UnitBuilder.Build(text, Idf, _terms);
        if (sentenceTexts.Count <= 1)
            return new TextProfile(text, [whole], whole, whole);
        var sentences = new TextUnit[sentenceTexts.Count];
        for (int i = 0; i < sentences.Length; i++) sentences[i] = UnitBuilder.Build(sentenceTexts[i], Idf, _terms);
        var lead = sentences.Length <= 2 ? whole : UnitBuilder.Build(sentenceTexts[0] + " " + sentenceTexts[1], Idf, _terms);
        return new TextProfile(text, sentences, whole, lead);
    }

    /// <summary>Writes the <see cref="FeatureCount"/> features of (<paramref name="a"/>, <paramref name="b"/>) into <paramref name="destination"/>.</summary>
    public void Compute(TextProfile a, TextProfile b, Span<float> destination)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (destination.Length < FeatureCount) throw new ArgumentException($"needs {FeatureCount} slots", nameof(destination));
        var ua = a.Whole;
        var sentences = b.Sentences;

        // Rank B's sentences by similarity to A: the best ones decide the sentence-level features.
        int i1 = 0, i2 = -1, i3 = -1;
        float c1 = -1, c2 = -1, c3 = -1;
        int related = 0;
        int refuteRelated = 0;
        for (int i = 0; i < sentences.Length; i++)
        {
            float c = Cosine(ua, sentences[i]);
            if (c > 0.1f) { related++; refuteRelated += sentences[i].Refutes; }
            if (c > c1) { i3 = i2; c3 = c2; i2 = i1; c2 = c1; i1 = i; c1 = c; }
            else if (c > c2) { i3 = i2; c3 = c2; i2 = i; c2 = c; }
            else if (c > c3) { i3 = i; c3 = c; }
        }
        var best = sentences[i1];
        int top = 1 + (i2 >= 0 ? 1 : 0) + (i3 >= 0 ? 1 : 0);
        float cosTop3 = (c1 + Math.Max(c2, 0) + Math.Max(c3, 0)) / top;
        int refuteTop = best.Refutes + (i2 >= 0 ? sentences[i2].Refutes : 0) + (i3 >= 0 ? sentences[i3].Refutes : 0);
        int hedgeTop = best.Hedges + (i2 >= 0 ? sentences[i2].Hedges : 0) + (i3 >= 0 ? sentences[i3].Hedges : 0);
        int supportTop = best.Supports + (i2 >= 0 ? sentences[i2].Supports : 0) + (i3 >= 0 ? sentences[i3].Supports : 0);
        float perSentence = 1f / sentences.Length;

        var f = destination;
        f[0] = Cosine(ua, b.Whole);
        f[1] = c1;
        f[2] = cosTop3;
        f[3] = Cosine(ua, b.Lead);
        f[4] = Coverage(ua, b.Whole, out _);
        f[5] = Coverage(ua, best, out int sharedBest);
        f[6] = Coverage(best, ua, out _);
        int union = ua.TermIds.Length + best.TermIds.Length - sharedBest;
        f[7] = union == 0 ? 0 : (float)sharedBest / union;
        Coverage(ua, b.Whole, out int sharedWhole);
        f[8] = sharedWhole;
        if (sharedBest > 0)
        {
            // Ratios over content words only: stop words add length (the ratios are quadratic) but no evidence.
            // FuzzySharp's Ratio / TokenSetRatio / TokenSortRatio scores, computed without allocating (FastFuzzy).
            f[9] = FastFuzzy.Ratio(ua.FuzzyText, best.FuzzyText) / 100f;
            // FuzzySharp's PartialRatio costs ~80 us a pair (it re-aligns every matching block); a single semi-global
            // edit-distance pass measures the same thing (the shorter text found inside the longer one) in ~1 us.
            f[10] = PartialSimilarity(ua.FuzzyText, best.FuzzyText);
            f[11] = FastFuzzy.TokenSetRatio(ua.SortedText, best.SortedText) / 100f;
            f[12] = FastFuzzy.Ratio(ua.SortedText, best.SortedText) / 100f;
        }
        else
        {
            // No shared content word: the pair is unrelated and the quadratic ratios would only measure noise.
            f[9] = f[10] = f[11] = f[12] = 0;
        }
        f[13] = ua.EntityIds.Length == 0 ? -1 : (float)CountShared(ua.EntityIds, b.Whole.TermIds) / ua.EntityIds.Length;
        f[14] = ua.Numbers.Length;
        (int matched, int mismatched) = CompareNumbers(ua.Numbers, b.Whole.Numbers, best.Numbers);
        f[15] = matched;
        f[16] = mismatched;
        f[17] = ua.Negations;
        f[18] = best.Negations;
        f[19] = (ua.Negations > 0) != (best.Negations > 0) ? 1 : 0;
        f[20] = b.Whole.Negations * perSentence;
        f[21] = ua.Refutes;
        f[22] = best.Refutes;
        f[23] = refuteTop;
        f[24] = b.Whole.Refutes * perSentence;
        f[25] = b.Lead.Refutes;
        f[26] = ua.Hedges;
        f[27] = best.Hedges;
        f[28] = hedgeTop;
        f[29] = b.Whole.Hedges * perSentence;
        f[30] = supportTop;
        f[31] = b.Whole.Supports * perSentence;
        f[32] = OppositeSides(ua.AntonymSides, best.AntonymSides);
        f[33] = StatusConflict(ua.StatusBits, best.StatusBits) ? 1 : 0;
        f[34] = ua.Question ? 1 : 0;
        f[35] = ua.TermIds.Length;
        f[36] = best.TermIds.Length;
        f[37] = MathF.Log(sentences.Length);
        f[38] = ua.TermIds.Length - sharedBest;
        f[39] = best.TermIds.Length - sharedBest;
        f[40] = NegationFlips(ua, best);
        f[41] = sentences.Length == 1 ? 0 : (float)i1 / (sentences.Length - 1);
        f[42] = related * perSentence;
        f[43] = refuteRelated;
        Span<int> unalignedA = stackalloc int[WordPairTable.MaxTermsPerSide];
        Span<int> unalignedB = stackalloc int[WordPairTable.MaxTermsPerSide];
        var ab = Relations.Align(ua, best, unalignedA);
        var ba = Relations.Align(best, ua, unalignedB);
        f[44] = ab.Antonyms;
        f[45] = ab.Synonyms;
        f[46] = ab.Unaligned;
        f[47] = ba.Unaligned;
        f[48] = ua.Words.Length - best.Words.Length;
        f[49] = ab.Generalized;
        f[50] = ab.Specialized;
        f[51] = ba.Generalized;
        f[52] = ba.Specialized;
        // Directional lexical entailment: which share of each side the other side entails (same term, synonym, or a
        // more specific word: "man" entails "person"), by count and by IDF mass.
        f[53] = ua.TermIds.Length == 0 ? 0 : (float)(sharedBest + ab.Synonyms + ab.Specialized) / ua.TermIds.Length;
        f[54] = best.TermIds.Length == 0 ? 0 : (float)(sharedBest + ba.Synonyms + ba.Specialized) / best.TermIds.Length;
        f[55] = ua.IdfMass > 0 ? ab.EntailedIdf / ua.IdfMass : 0;
        f[56] = best.IdfMass > 0 ? ba.EntailedIdf / best.IdfMass : 0;
        f[57] = ab.Sisters;
        f[58] = ba.Sisters;
        // The action: SICK-style pairs with the same participants differ mostly in the verb ("slicing" / "holding").
        f[59] = ab.UnalignedVerbs;
        f[60] = ba.UnalignedVerbs;
        f[61] = ab.AlignedVerbs;
        f[62] = ba.AlignedVerbs;
        // One side negated and otherwise saying the same: "nobody is slicing a tomato" / "someone is slicing a tomato".
        f[63] = f[19] * f[53];
        f[64] = f[19] * f[54];
        // Roles: the first content word is mostly the subject and the last the object ("the man is talking to the
        // woman" / "the woman is talking to the man"); a passive ("is being eaten by") swaps them.
        f[65] = TermMatch(ua.FirstTermId, best.FirstTermId);
        f[66] = TermMatch(ua.LastTermId, best.LastTermId);
        f[67] = ua.FirstTermId != best.FirstTermId && TermMatch(ua.FirstTermId, best.LastTermId) > 0 && TermMatch(ua.LastTermId, best.FirstTermId) > 0 ? 1 : 0;
        f[68] = ua.Passive == best.Passive ? 0 : 1;
        f[69] = ab.MaxUnalignedIdf;
        f[70] = ba.MaxUnalignedIdf;
        f[71] = ab.VerbSisters;
        f[72] = ba.VerbSisters;
        var bodyCues = b.Whole.CueCounts;
        var claimCues = ua.CueCounts;
        for (int k = 0; k < CueCount; k++)
        {
            f[BaseCount + k] = bodyCues[k] * perSentence;
            f[BaseCount + CueCount + k] = claimCues[k];
        }
        Table.Features(unalignedA[..Math.Min(ab.Unaligned, unalignedA.Length)], unalignedB[..Math.Min(ba.Unaligned, unalignedB.Length)], f[TableFeatureStart..]);
    }

    /// <summary>
    /// The unaligned terms of each side as <see cref="Compute"/> finds them (A's whole text against B's sentence most
    /// similar to it), with their stems: what the trainer counts into a <see cref="WordPairTable"/>.
    /// </summary>
    internal WordPairTable.UnalignedTerms Unaligned(TextProfile a, TextProfile b)
    {
        var ua = a.Whole;
        var best = b.Sentences[BestSentence(ua, b.Sentences)];
        Span<int> ids = stackalloc int[WordPairTable.MaxTermsPerSide];
        var ab = Relations.Align(ua, best, ids);
        var aTerms = WithStems(ids[..Math.Min(ab.Unaligned, ids.Length)], ua);
        var ba = Relations.Align(best, ua, ids);
        var bTerms = WithStems(ids[..Math.Min(ba.Unaligned, ids.Length)], best);
        return new WordPairTable.UnalignedTerms(aTerms, bTerms);
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

    /// <summary>Index of the sentence with the highest cosine to <paramref name="a"/> (the first of equals), as <see cref="Compute"/> picks it.</summary>
    private static int BestSentence(TextUnit a, TextUnit[] sentences)
    {
        int best = 0;
        float top = -1;
        for (int i = 0; i < sentences.Length; i++)
        {
            float c = Cosine(a, sentences[i]);
            if (c > top) { top = c; best = i; }
        }
        return best;
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
        return 1f - (float)(m <= 64 ? SemiGlobalDistanceBits(shorter, longer) : SemiGlobalDistance(shorter, longer)) / m;
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
    private float TermMatch(int x, int y) =>
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

    private static int CountShared(int[] sortedA, int[] sortedB)
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

    private static (int Matched, int Mismatched) CompareNumbers(NumberMention[] a, NumberMention[] whole, NumberMention[] best)
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
