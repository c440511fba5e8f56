using Claims.Stance;

namespace Claims.Semantic;

/// <summary>
/// Where B's outright refutations, negations and turns sit among B's sentences ranked by their cosine to A in the
/// encoder's space (the FNC-1 `disagree` bodies often deny in a sentence that words the claim differently: "Boko Haram
/// has denied claims ... that it has agreed to a ceasefire"): the cosine of the closest sentence with an outright
/// refutation ("hoax", "denied", "fake") or a supporting cue, outright refutations in the three closest sentences and
/// weighted by closeness, refuting cues and contrast words in the two sentences after the closest one, how many of the
/// three closest sentences differ from A in negation, the second and third closest cosines, where in B the closest
/// sentence stands and whether it is a question. Appended after <see cref="EvidenceFeatures"/> in semantic stance
/// models trained since 2026-12-05 (round 6).
/// </summary>
public sealed class RankedEvidenceFeatures : IStanceFeatureGroup
{
    /// <summary>Cosine to A of B's closest sentence with an outright refutation (-1 when none has one).</summary>
    public static readonly StanceFeature CosStrongRefuting = new("emb_cos_strong_refuting");
    /// <summary>Cosine to A of B's closest sentence with a supporting cue (-1 when none has one).</summary>
    public static readonly StanceFeature CosSupporting = new("emb_cos_supporting");
    /// <summary>Outright refutations in B's three sentences closest to A in meaning.</summary>
    public static readonly StanceFeature StrongRefutesTop3 = new("emb_strong_refute_top3");
    /// <summary>Outright refutations per sentence, each sentence weighted by its closeness to A.</summary>
    public static readonly StanceFeature StrongRefutesWeighted = new("emb_strong_refute_weighted");
    /// <summary>Refuting cues in the two sentences after B's closest sentence ("... But NASA has cast doubt").</summary>
    public static readonly StanceFeature RefutesAfterBest = new("emb_refute_after_best");
    /// <summary>Contrast words in B's closest sentence and the two after it.</summary>
    public static readonly StanceFeature ContrastsNearBest = new("emb_contrast_near_best");
    /// <summary>How many of B's three closest sentences are negated when A is not, or the other way round.</summary>
    public static readonly StanceFeature NegationAsymmetryTop3 = new("emb_neg_asym_top3");
    /// <summary>Cosine of A and B's second closest sentence (-1 for a one-sentence B).</summary>
    public static readonly StanceFeature CosSecond = new("emb_cos_second");
    /// <summary>Cosine of A and B's third closest sentence (-1 for a B of fewer sentences).</summary>
    public static readonly StanceFeature CosThird = new("emb_cos_third");
    /// <summary>Position of B's closest sentence, 0 for the first to 1 for the last.</summary>
    public static readonly StanceFeature BestPosition = new("emb_best_position");
    /// <summary>1 when B's closest sentence is a question.</summary>
    public static readonly StanceFeature BestIsQuestion = new("emb_best_question");

    /// <summary>Temperature of the closeness weights, as in <see cref="EvidenceFeatures"/>.</summary>
    private const float Temperature = 0.1f;

    /// <summary>Sentences read after the closest one for a turn ("But ...", "However ...").</summary>
    private const int SentencesAfterBest = 2;

    private RankedEvidenceFeatures() { }

    /// <summary>The group.</summary>
    public static RankedEvidenceFeatures Group { get; } = new();

    /// <inheritdoc/>
    public string Name => "ranked_evidence";

    /// <inheritdoc/>
    public IReadOnlyList<StanceFeature> Features { get; } =
    [
        CosStrongRefuting, CosSupporting, StrongRefutesTop3, StrongRefutesWeighted, RefutesAfterBest, ContrastsNearBest,
        NegationAsymmetryTop3, CosSecond, CosThird, BestPosition, BestIsQuestion,
    ];

    /// <inheritdoc/>
    public void Compute(in PairView pair, Span<float> destination)
    {
        var a = pair.A.Embeddings ?? throw new InvalidOperationException("ranked evidence features need profiles with vectors: give the featurizer a sentence encoder (WithEncoder)");
        var b = pair.B.Embeddings ?? throw new InvalidOperationException("ranked evidence features need profiles with vectors: give the featurizer a sentence encoder (WithEncoder)");
        var units = pair.B.Sentences;
        int n = Math.Min(units.Length, b.Sentences.Count);
        var u = a.Whole;
        Span<int> top = [-1, -1, -1];
        Span<float> cos = [-1, -1, -1];
        for (int i = 0; i < n; i++) Insert(top, cos, i, u.Dot(b.Sentences[i]));
        float weights = 0, strong = 0, cosStrong = -1, cosSupport = -1;
        for (int i = 0; i < n; i++)
        {
            float c = u.Dot(b.Sentences[i]);
            int s = Strong(units[i]);
            float w = MathF.Exp((c - cos[0]) / Temperature);
            weights += w;
            strong += w * s;
            if (s > 0 && c > cosStrong) cosStrong = c;
            if (units[i].Supports > 0 && c > cosSupport) cosSupport = c;
        }
        bool negatedA = pair.A.Whole.Negations > 0;
        int strongTop = 0, asymmetry = 0;
        foreach (int i in top)
        {
            if (i < 0) continue;
            strongTop += Strong(units[i]);
            if ((units[i].Negations > 0) != negatedA) asymmetry++;
        }
        int best = top[0];
        destination[0] = cosStrong;
        destination[1] = cosSupport;
        destination[2] = strongTop;
        destination[3] = weights > 0 ? strong / weights : 0;
        destination[4] = best < 0 ? 0 : Around(units, n, best + 1, SentencesAfterBest, static t => t.Refutes);
        destination[5] = best < 0 ? 0 : Around(units, n, best, SentencesAfterBest + 1, static t => Count(t, Lexicon.Contrasts));
        destination[6] = asymmetry;
        destination[7] = cos[1];
        destination[8] = cos[2];
        destination[9] = best < 0 || n < 2 ? 0 : (float)best / (n - 1);
        destination[10] = best >= 0 && units[best].Question ? 1 : 0;
    }

    /// <summary>Keeps the three best (index, cosine) in descending order; the first of equals stays ahead.</summary>
    private static void Insert(Span<int> top, Span<float> cos, int index, float c)
    {
        for (int k = 0; k < top.Length; k++)
        {
            if (top[k] >= 0 && c <= cos[k]) continue;
            for (int m = top.Length - 1; m > k; m--) { top[m] = top[m - 1]; cos[m] = cos[m - 1]; }
            top[k] = index;
            cos[k] = c;
            return;
        }
    }

    private static int Strong(TextUnit unit) => Count(unit, Lexicon.StrongRefuting);

    private static int Count(TextUnit unit, System.Collections.Frozen.FrozenSet<string> words)
    {
        int count = 0;
        foreach (var w in unit.Words) if (words.Contains(w)) count++;
        return count;
    }

    private static float Around(TextUnit[] units, int n, int start, int length, Func<TextUnit, int> cue)
    {
        int count = 0;
        for (int i = Math.Max(0, start); i < Math.Min(n, start + length); i++) count += cue(units[i]);
        return count;
    }
}
