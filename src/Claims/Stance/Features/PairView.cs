namespace Claims.Stance;

/// <summary>
/// A pair of profiled texts as the feature groups see it: A (a claim or headline) against B (a claim or a body), with
/// what the lexical groups share computed once (B's sentence most similar to A, coverage, WordNet alignment both ways).
/// Lives on the stack for one <see cref="PairFeaturizer.Compute"/> call.
/// </summary>
public readonly ref struct PairView
{
    internal PairView(PairFeaturizer featurizer, TextProfile a, TextProfile b, Span<int> unalignedA, Span<int> unalignedB)
    {
        Featurizer = featurizer;
        A = a;
        B = b;
        var ua = a.Whole;
        var sentences = b.Sentences;
        // Rank B's sentences by similarity to A: the best ones decide the sentence-level features.
        int i1 = 0, i2 = -1, i3 = -1;
        float c1 = -1, c2 = -1, c3 = -1;
        int related = 0, refuteRelated = 0;
        for (int i = 0; i < sentences.Length; i++)
        {
            float c = PairFeaturizer.Cosine(ua, sentences[i]);
            if (c > 0.1f) { related++; refuteRelated += sentences[i].Refutes; }
            if (c > c1) { i3 = i2; c3 = c2; i2 = i1; c2 = c1; i1 = i; c1 = c; }
            else if (c > c2) { i3 = i2; c3 = c2; i2 = i; c2 = c; }
            else if (c > c3) { i3 = i; c3 = c; }
        }
        var best = sentences[i1];
        Best = best;
        BestIndex = i1;
        BestCosine = c1;
        int top = 1 + (i2 >= 0 ? 1 : 0) + (i3 >= 0 ? 1 : 0);
        CosineTop3 = (c1 + Math.Max(c2, 0) + Math.Max(c3, 0)) / top;
        RefutesTop3 = best.Refutes + (i2 >= 0 ? sentences[i2].Refutes : 0) + (i3 >= 0 ? sentences[i3].Refutes : 0);
        HedgesTop3 = best.Hedges + (i2 >= 0 ? sentences[i2].Hedges : 0) + (i3 >= 0 ? sentences[i3].Hedges : 0);
        SupportsTop3 = best.Supports + (i2 >= 0 ? sentences[i2].Supports : 0) + (i3 >= 0 ? sentences[i3].Supports : 0);
        RelatedSentences = related;
        RefutesRelated = refuteRelated;
        PerSentence = 1f / sentences.Length;
        CoverWhole = PairFeaturizer.Coverage(ua, b.Whole, out int sharedWhole);
        SharedWhole = sharedWhole;
        CoverBest = PairFeaturizer.Coverage(ua, best, out int sharedBest);
        SharedBest = sharedBest;
        (NumbersMatched, NumbersMismatched) = PairFeaturizer.CompareNumbers(ua.Numbers, b.Whole.Numbers, best.Numbers);
        AlignmentAB = featurizer.Relations.Align(ua, best, unalignedA);
        AlignmentBA = featurizer.Relations.Align(best, ua, unalignedB);
        UnalignedA = unalignedA[..Math.Min(AlignmentAB.Unaligned, unalignedA.Length)];
        UnalignedB = unalignedB[..Math.Min(AlignmentBA.Unaligned, unalignedB.Length)];
    }

    /// <summary>
    /// Index of the sentence of <paramref name="sentences"/> most similar to <paramref name="claim"/> by content terms
    /// (the first of equals): the <see cref="Best"/> sentence the constructor ranks first.
    /// </summary>
    internal static int BestSentence(TextUnit claim, TextUnit[] sentences)
    {
        int best = 0;
        float bestCosine = -1;
        for (int i = 0; i < sentences.Length; i++)
        {
            float c = PairFeaturizer.Cosine(claim, sentences[i]);
            if (c > bestCosine) { bestCosine = c; best = i; }
        }
        return best;
    }

    /// <summary>The featurizer computing the pair (its IDF table, word relations and word-pair table).</summary>
    public PairFeaturizer Featurizer { get; }

    /// <summary>The first text (claim or headline).</summary>
    public TextProfile A { get; }

    /// <summary>The second text (claim or body).</summary>
    public TextProfile B { get; }

    /// <summary>A's whole text.</summary>
    internal TextUnit Claim => A.Whole;

    /// <summary>B's sentence most similar to A (the first of equals).</summary>
    internal TextUnit Best { get; }

    internal int BestIndex { get; }

    /// <summary>Index of B's sentence most similar to A by content terms (the first of equals).</summary>
    public int BestSentenceIndex => BestIndex;
    internal float BestCosine { get; }
    internal float CosineTop3 { get; }
    internal int RefutesTop3 { get; }
    internal int HedgesTop3 { get; }
    internal int SupportsTop3 { get; }

    /// <summary>B's sentences with cosine above 0.1 to A, and the refuting cues in them.</summary>
    internal int RelatedSentences { get; }
    internal int RefutesRelated { get; }

    /// <summary>1 / B's sentence count (body-level counts are per sentence).</summary>
    internal float PerSentence { get; }

    /// <summary>IDF-weighted share of A's terms in B's whole text, and the number of shared terms.</summary>
    internal float CoverWhole { get; }
    internal int SharedWhole { get; }

    /// <summary>IDF-weighted share of A's terms in <see cref="Best"/>, and the number of shared terms.</summary>
    internal float CoverBest { get; }
    internal int SharedBest { get; }

    /// <summary>A's numbers that B states too, and those B gives another value in the same unit.</summary>
    internal int NumbersMatched { get; }
    internal int NumbersMismatched { get; }

    /// <summary>A aligned against <see cref="Best"/> and back.</summary>
    internal Alignment AlignmentAB { get; }
    internal Alignment AlignmentBA { get; }

    /// <summary>The term ids each side leaves unaligned (what the word-pair table reads).</summary>
    internal ReadOnlySpan<int> UnalignedA { get; }
    internal ReadOnlySpan<int> UnalignedB { get; }
}
