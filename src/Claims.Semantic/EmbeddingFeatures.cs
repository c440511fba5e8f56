using Claims.Embeddings;
using Claims.Stance;

namespace Claims.Semantic;

/// <summary>
/// Stance features that read meaning: how close A (a claim or headline) lies to B (a claim or body) and to B's
/// sentences in all-MiniLM-L6-v2's space, and where the two vectors agree or differ (the sums of the positive and
/// negative parts of u*v and of |u-v| against B's closest sentence). Appended to the 154 lexical features by
/// <see cref="Set"/>. Needs profiles with vectors (<see cref="PairFeaturizer.WithEncoder"/>).
/// </summary>
public sealed class EmbeddingFeatures : IStanceFeatureGroup
{
    /// <summary>Cosine of A and B as wholes.</summary>
    public static readonly StanceFeature CosWhole = new("emb_cos_whole");
    /// <summary>Cosine of A and B's closest sentence in meaning.</summary>
    public static readonly StanceFeature CosBest = new("emb_cos_best");
    /// <summary>Mean cosine of A and B's three closest sentences.</summary>
    public static readonly StanceFeature CosTop3 = new("emb_cos_top3");
    /// <summary>Cosine of A and B's sentence closest in content terms (the lexical features' best sentence).</summary>
    public static readonly StanceFeature CosLexicalBest = new("emb_cos_lexbest");
    /// <summary>Cosine of A and B's first sentence.</summary>
    public static readonly StanceFeature CosLead = new("emb_cos_lead");
    /// <summary>Share of B's sentences with cosine at least 0.5 to A.</summary>
    public static readonly StanceFeature RelatedShare = new("emb_related_share");
    /// <summary>Sum of |u-v| against B's closest sentence.</summary>
    public static readonly StanceFeature L1Best = new("emb_l1_best");
    /// <summary>Sum of the positive parts of u*v against B's closest sentence (dimensions that agree).</summary>
    public static readonly StanceFeature AgreeMassBest = new("emb_agree_mass_best");
    /// <summary>Sum of the negative parts of u*v against B's closest sentence (dimensions that disagree).</summary>
    public static readonly StanceFeature DisagreeMassBest = new("emb_disagree_mass_best");

    private EmbeddingFeatures() { }

    /// <summary>The group.</summary>
    public static EmbeddingFeatures Group { get; } = new();

    /// <summary>The lexical features followed by this group: what the semantic stance model reads.</summary>
    public static StanceFeatureSet Set { get; } = StanceFeatureSet.Lexical.With(Group);

    /// <inheritdoc/>
    public string Name => "embeddings";

    /// <inheritdoc/>
    public IReadOnlyList<StanceFeature> Features { get; } =
        [CosWhole, CosBest, CosTop3, CosLexicalBest, CosLead, RelatedShare, L1Best, AgreeMassBest, DisagreeMassBest];

    /// <inheritdoc/>
    public void Compute(in PairView pair, Span<float> destination)
    {
        var a = pair.A.Embeddings ?? throw new InvalidOperationException("embedding features need profiles with vectors: give the featurizer a sentence encoder (WithEncoder)");
        var b = pair.B.Embeddings ?? throw new InvalidOperationException("embedding features need profiles with vectors: give the featurizer a sentence encoder (WithEncoder)");
        var u = a.Whole;
        float c1 = -2, c2 = -2, c3 = -2;
        int best = 0, related = 0;
        for (int i = 0; i < b.Sentences.Count; i++)
        {
            float c = u.Dot(b.Sentences[i]);
            if (c >= 0.5f) related++;
            if (c > c1) { c3 = c2; c2 = c1; c1 = c; best = i; }
            else if (c > c2) { c3 = c2; c2 = c; }
            else if (c > c3) c3 = c;
        }
        int top = Math.Min(3, b.Sentences.Count);
        destination[0] = u.Dot(b.Whole);
        destination[1] = c1;
        destination[2] = (c1 + (top > 1 ? c2 : 0) + (top > 2 ? c3 : 0)) / top;
        int lexical = pair.BestSentenceIndex;
        destination[3] = lexical < b.Sentences.Count ? u.Dot(b.Sentences[lexical]) : c1;
        destination[4] = u.Dot(b.Sentences[0]);
        destination[5] = (float)related / b.Sentences.Count;
        var x = u.Values;
        var y = b.Sentences[best].Values;
        float l1 = 0, agree = 0, disagree = 0;
        for (int d = 0; d < x.Length; d++)
        {
            float p = x[d] * y[d];
            l1 += Math.Abs(x[d] - y[d]);
            if (p > 0) agree += p; else disagree += p;
        }
        destination[6] = l1;
        destination[7] = agree;
        destination[8] = disagree;
    }
}
