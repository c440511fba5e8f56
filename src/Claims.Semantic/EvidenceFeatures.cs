using Claims.Stance;

namespace Claims.Semantic;

/// <summary>
/// What B says where it speaks about A: B's sentences ranked by their cosine to A in all-MiniLM-L6-v2's space (so a
/// sentence that words the claim differently still counts), and the refuting, hedging, supporting and negation cues
/// of the closest ones: cues in the three closest sentences, cue mass weighted by closeness (a softmax over cosines),
/// the cosine of the closest sentence that refutes or hedges, negation asymmetry against the closest sentence, and
/// how far the closest sentence stands out. Appended after <see cref="EmbeddingFeatures"/> in the semantic model.
/// </summary>
public sealed class EvidenceFeatures : IStanceFeatureGroup
{
    /// <summary>Refuting cues in B's three sentences closest to A in meaning.</summary>
    public static readonly StanceFeature RefutesTop3 = new("emb_refute_top3");
    /// <summary>Hedging cues in B's three sentences closest to A in meaning.</summary>
    public static readonly StanceFeature HedgesTop3 = new("emb_hedge_top3");
    /// <summary>Supporting cues in B's three sentences closest to A in meaning.</summary>
    public static readonly StanceFeature SupportsTop3 = new("emb_support_top3");
    /// <summary>Refuting cues per sentence, each sentence weighted by its closeness to A.</summary>
    public static readonly StanceFeature RefutesWeighted = new("emb_refute_weighted");
    /// <summary>Hedging cues per sentence, each sentence weighted by its closeness to A.</summary>
    public static readonly StanceFeature HedgesWeighted = new("emb_hedge_weighted");
    /// <summary>Cosine to A of B's closest sentence with a refuting cue (-1 when none has one).</summary>
    public static readonly StanceFeature CosRefuting = new("emb_cos_refuting");
    /// <summary>Cosine to A of B's closest sentence with a hedging cue (-1 when none has one).</summary>
    public static readonly StanceFeature CosHedging = new("emb_cos_hedging");
    /// <summary>1 when exactly one of A and B's sentence closest in meaning is negated.</summary>
    public static readonly StanceFeature NegationAsymmetry = new("emb_neg_asym_best");
    /// <summary>Negations in B's sentence closest to A in meaning.</summary>
    public static readonly StanceFeature NegationsBest = new("emb_neg_best");
    /// <summary>Cosine of the closest sentence minus the second closest (0 for a one-sentence B).</summary>
    public static readonly StanceFeature CosGap = new("emb_cos_gap");

    /// <summary>Temperature of the closeness weights: a sentence 0.1 less similar than the closest weighs e^-1 as much.</summary>
    private const float Temperature = 0.1f;

    private EvidenceFeatures() { }

    /// <summary>The group.</summary>
    public static EvidenceFeatures Group { get; } = new();

    /// <inheritdoc/>
    public string Name => "embedding_evidence";

    /// <inheritdoc/>
    public IReadOnlyList<StanceFeature> Features { get; } =
        [RefutesTop3, HedgesTop3, SupportsTop3, RefutesWeighted, HedgesWeighted, CosRefuting, CosHedging, NegationAsymmetry, NegationsBest, CosGap];

    /// <inheritdoc/>
    public void Compute(in PairView pair, Span<float> destination)
    {
        var a = pair.A.Embeddings ?? throw new InvalidOperationException("evidence features need profiles with vectors: give the featurizer a sentence encoder (WithEncoder)");
        var b = pair.B.Embeddings ?? throw new InvalidOperationException("evidence features need profiles with vectors: give the featurizer a sentence encoder (WithEncoder)");
        var units = pair.B.Sentences;
        int n = Math.Min(units.Length, b.Sentences.Count);
        var u = a.Whole;
        int i1 = -1, i2 = -1, i3 = -1;
        float c1 = -2, c2 = -2, c3 = -2;
        for (int i = 0; i < n; i++)
        {
            float c = u.Dot(b.Sentences[i]);
            if (c > c1) { i3 = i2; c3 = c2; i2 = i1; c2 = c1; i1 = i; c1 = c; }
            else if (c > c2) { i3 = i2; c3 = c2; i2 = i; c2 = c; }
            else if (c > c3) { i3 = i; c3 = c; }
        }
        float weights = 0, refutes = 0, hedges = 0, cosRefuting = -1, cosHedging = -1;
        for (int i = 0; i < n; i++)
        {
            float c = u.Dot(b.Sentences[i]);
            float w = MathF.Exp((c - c1) / Temperature);
            weights += w;
            refutes += w * units[i].Refutes;
            hedges += w * units[i].Hedges;
            if (units[i].Refutes > 0 && c > cosRefuting) cosRefuting = c;
            if (units[i].Hedges > 0 && c > cosHedging) cosHedging = c;
        }
        destination[0] = Sum(units, i1, i2, i3, static t => t.Refutes);
        destination[1] = Sum(units, i1, i2, i3, static t => t.Hedges);
        destination[2] = Sum(units, i1, i2, i3, static t => t.Supports);
        destination[3] = weights > 0 ? refutes / weights : 0;
        destination[4] = weights > 0 ? hedges / weights : 0;
        destination[5] = cosRefuting;
        destination[6] = cosHedging;
        var best = i1 >= 0 ? units[i1] : pair.B.Whole;
        destination[7] = (pair.A.Whole.Negations > 0) != (best.Negations > 0) ? 1 : 0;
        destination[8] = best.Negations;
        destination[9] = i2 >= 0 ? c1 - c2 : 0;
    }

    private static float Sum(TextUnit[] units, int i1, int i2, int i3, Func<TextUnit, int> cue) =>
        (i1 >= 0 ? cue(units[i1]) : 0) + (i2 >= 0 ? cue(units[i2]) : 0) + (i3 >= 0 ? cue(units[i3]) : 0);
}
