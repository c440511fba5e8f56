namespace Claims.Stance;

/// <summary>
/// Where in B the refutations, hedges and contrasts sit relative to A: how close in content the nearest refuting or
/// hedging sentence is, outright refutations ("hoax", "denied", "fake") in the sentences most similar to A and weighted
/// by that similarity, cues in the sentences around the best match ("But NASA scientists have cast doubt ..." after
/// the sentence that reports the claim), and a headline that itself calls something a hoax against a body that never
/// does. Allocation-free; one pass over B's sentences.
/// </summary>
public static class ContextFeatures
{
    /// <summary>Contrast words that turn a report around in the next sentence ("But", "However").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> Contrasts =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(["but", "however", "yet", "although", "though", "instead", "actually", "contrary"], StringComparer.Ordinal);

    /// <summary>The largest TF-IDF cosine of A with a sentence of B that holds a refuting cue.</summary>
    public static StanceFeature CosRefuting { get; } = new("cos_refuting");

    /// <summary>The context features, in vector order.</summary>
    public static IStanceFeatureGroup Group { get; } = new ScalarFeatureGroup("context",
    [
        (CosRefuting, static (in PairView p) => MaxCosine(in p, static s => s.Refutes > 0)),
        (new("cos_strong_refuting"), static (in PairView p) => MaxCosine(in p, static s => Strong(s) > 0)),
        (new("cos_hedging"), static (in PairView p) => MaxCosine(in p, static s => s.Hedges > 0)),
        (new("cos_negated"), static (in PairView p) => MaxCosine(in p, static s => s.Negations > 0)),
        (new("strong_refute_A"), static (in PairView p) => Strong(p.Claim)),
        (new("strong_refute_best"), static (in PairView p) => Strong(p.Best)),
        (new("strong_refute_body"), static (in PairView p) => StrongBody(in p) * p.PerSentence),
        (new("strong_refute_lead3"), static (in PairView p) => Around(in p, 0, 3, static s => Strong(s))),
        (new("strong_refute_weighted"), static (in PairView p) => Weighted(in p, static s => Strong(s))),
        (new("refute_weighted"), static (in PairView p) => Weighted(in p, static s => s.Refutes)),
        (new("hedge_weighted"), static (in PairView p) => Weighted(in p, static s => s.Hedges)),
        (new("refute_after_best"), static (in PairView p) => Around(in p, p.BestIndex + 1, 2, static s => s.Refutes)),
        (new("strong_refute_near_best"), static (in PairView p) => Around(in p, p.BestIndex - 1, 4, static s => Strong(s))),
        (new("contrast_near_best"), static (in PairView p) => Around(in p, p.BestIndex, 3, static s => Count(s, Contrasts))),
        (new("strong_refute_A_clean_body"), static (in PairView p) => Strong(p.Claim) > 0 && StrongBody(in p) == 0 ? 1 : 0),
    ]);

    private static int Strong(TextUnit unit) => Count(unit, Lexicon.StrongRefuting);

    private static int Count(TextUnit unit, System.Collections.Frozen.FrozenSet<string> words)
    {
        int n = 0;
        foreach (var w in unit.Words) if (words.Contains(w)) n++;
        return n;
    }

    private static int StrongBody(in PairView p)
    {
        int n = 0;
        foreach (var s in p.B.Sentences) n += Strong(s);
        return n;
    }

    private static float MaxCosine(in PairView p, Func<TextUnit, bool> holds)
    {
        float best = 0;
        foreach (var s in p.B.Sentences)
            if (holds(s)) best = Math.Max(best, PairFeaturizer.Cosine(p.Claim, s));
        return best;
    }

    /// <summary>The cue count of B's sentences weighted by their cosine with A, over the summed cosines.</summary>
    private static float Weighted(in PairView p, Func<TextUnit, int> count)
    {
        float sum = 0, weighted = 0;
        foreach (var s in p.B.Sentences)
        {
            float c = PairFeaturizer.Cosine(p.Claim, s);
            if (c <= 0) continue;
            sum += c;
            weighted += c * count(s);
        }
        return sum > 0 ? weighted / sum : 0;
    }

    /// <summary>The cue count over <paramref name="length"/> sentences of B from <paramref name="start"/> (clipped to B).</summary>
    private static float Around(in PairView p, int start, int length, Func<TextUnit, int> count)
    {
        var sentences = p.B.Sentences;
        int n = 0;
        for (int i = Math.Max(0, start); i < Math.Min(sentences.Length, start + length); i++) n += count(sentences[i]);
        return n;
    }
}
