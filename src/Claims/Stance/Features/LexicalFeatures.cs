using Claims.Text;

namespace Claims.Stance;

/// <summary>
/// The lexical stance features (TF-IDF cosines, IDF-weighted overlaps, fuzzy ratios, entities, numbers, negation /
/// refuting / hedging / supporting cues, antonym and status conflicts, WordNet alignment and directional entailment,
/// roles, cue words, the learned word-pair table), grouped, in the order of <see cref="StanceFeatureSet.Lexical"/>.
/// The handles below are the features other code reads by name.
/// </summary>
public static class LexicalFeatures
{
    /// <summary>TF-IDF cosine of A with B's whole text.</summary>
    public static StanceFeature CosWhole { get; } = new("cos_whole");

    /// <summary>TF-IDF cosine of A with B's most similar sentence.</summary>
    public static StanceFeature CosBest { get; } = new("cos_best");

    /// <summary>IDF-weighted share of A's terms found in B's most similar sentence.</summary>
    public static StanceFeature CoverABest { get; } = new("coverA_best");

    /// <summary>IDF-weighted share of the most similar sentence's terms found in A.</summary>
    public static StanceFeature CoverBBest { get; } = new("coverB_best");

    /// <summary>1 when exactly one of A and B's most similar sentence is negated.</summary>
    public static StanceFeature NegationAsymmetry { get; } = new("neg_asym");

    /// <summary>Refuting cues in B's three sentences most similar to A.</summary>
    public static StanceFeature RefutesTop3 { get; } = new("refute_top3");

    /// <summary>Hedging cues in B's three sentences most similar to A.</summary>
    public static StanceFeature HedgesTop3 { get; } = new("hedge_top3");

    /// <summary>Antonym pairs with one word only in A and the other only in B's most similar sentence.</summary>
    public static StanceFeature Antonyms { get; } = new("antonyms");

    /// <summary>How much A and B say alike: cosines, overlaps, fuzzy ratios, shared entities.</summary>
    public static IStanceFeatureGroup Similarity { get; } = new ScalarFeatureGroup("similarity",
    [
        (CosWhole, static (in PairView p) => PairFeaturizer.Cosine(p.Claim, p.B.Whole)),
        (CosBest, static (in PairView p) => p.BestCosine),
        (new("cos_top3"), static (in PairView p) => p.CosineTop3),
        (new("cos_lead"), static (in PairView p) => PairFeaturizer.Cosine(p.Claim, p.B.Lead)),
        (new("coverA_whole"), static (in PairView p) => p.CoverWhole),
        (CoverABest, static (in PairView p) => p.CoverBest),
        (CoverBBest, static (in PairView p) => PairFeaturizer.Coverage(p.Best, p.Claim, out _)),
        (new("jaccard_best"), static (in PairView p) =>
        {
            int union = p.Claim.TermIds.Length + p.Best.TermIds.Length - p.SharedBest;
            return union == 0 ? 0 : (float)p.SharedBest / union;
        }),
        (new("shared_terms"), static (in PairView p) => p.SharedWhole),
        // Ratios over content words only: stop words add length (the ratios are quadratic) but no evidence; with no
        // shared content word the pair is unrelated and the ratios would only measure noise. FuzzySharp's Ratio /
        // TokenSetRatio / TokenSortRatio scores, computed without allocating (FastFuzzy).
        (new("fuzz_ratio"), static (in PairView p) => p.SharedBest > 0 ? FastFuzzy.Ratio(p.Claim.FuzzyText, p.Best.FuzzyText) / 100f : 0),
        // FuzzySharp's PartialRatio costs ~80 us a pair (it re-aligns every matching block); a single semi-global
        // edit-distance pass measures the same thing (the shorter text found inside the longer one) in ~1 us.
        (new("partial_alignment"), static (in PairView p) => p.SharedBest > 0 ? PairFeaturizer.PartialSimilarity(p.Claim.FuzzyText, p.Best.FuzzyText) : 0),
        (new("fuzz_token_set"), static (in PairView p) => p.SharedBest > 0 ? FastFuzzy.TokenSetRatio(p.Claim.SortedText, p.Best.SortedText) / 100f : 0),
        (new("fuzz_token_sort"), static (in PairView p) => p.SharedBest > 0 ? FastFuzzy.Ratio(p.Claim.SortedText, p.Best.SortedText) / 100f : 0),
        (new("entity_coverA"), static (in PairView p) =>
            p.Claim.EntityIds.Length == 0 ? -1 : (float)PairFeaturizer.CountShared(p.Claim.EntityIds, p.B.Whole.TermIds) / p.Claim.EntityIds.Length),
    ]);

    /// <summary>Numbers in A, and how many B matches or contradicts (same unit, other value).</summary>
    public static IStanceFeatureGroup Numbers { get; } = new ScalarFeatureGroup("numbers",
    [
        (new("numbers_A"), static (in PairView p) => p.Claim.Numbers.Length),
        (new("numbers_matched"), static (in PairView p) => p.NumbersMatched),
        (new("numbers_mismatch"), static (in PairView p) => p.NumbersMismatched),
    ]);

    /// <summary>Negation, refuting, hedging and supporting cues in A, B's best sentences and B as a whole.</summary>
    public static IStanceFeatureGroup Cues { get; } = new ScalarFeatureGroup("cues",
    [
        (new("neg_A"), static (in PairView p) => p.Claim.Negations),
        (new("neg_best"), static (in PairView p) => p.Best.Negations),
        (NegationAsymmetry, NegAsym),
        (new("neg_body"), static (in PairView p) => p.B.Whole.Negations * p.PerSentence),
        (new("refute_A"), static (in PairView p) => p.Claim.Refutes),
        (new("refute_best"), static (in PairView p) => p.Best.Refutes),
        (RefutesTop3, static (in PairView p) => p.RefutesTop3),
        (new("refute_body"), static (in PairView p) => p.B.Whole.Refutes * p.PerSentence),
        (new("refute_lead"), static (in PairView p) => p.B.Lead.Refutes),
        (new("hedge_A"), static (in PairView p) => p.Claim.Hedges),
        (new("hedge_best"), static (in PairView p) => p.Best.Hedges),
        (HedgesTop3, static (in PairView p) => p.HedgesTop3),
        (new("hedge_body"), static (in PairView p) => p.B.Whole.Hedges * p.PerSentence),
        (new("support_top3"), static (in PairView p) => p.SupportsTop3),
        (new("support_body"), static (in PairView p) => p.B.Whole.Supports * p.PerSentence),
    ]);

    /// <summary>Antonym and status conflicts, and whether A is a question.</summary>
    public static IStanceFeatureGroup Conflicts { get; } = new ScalarFeatureGroup("conflicts",
    [
        (Antonyms, static (in PairView p) => PairFeaturizer.OppositeSides(p.Claim.AntonymSides, p.Best.AntonymSides)),
        (new("status_conflict"), static (in PairView p) => PairFeaturizer.StatusConflict(p.Claim.StatusBits, p.Best.StatusBits) ? 1 : 0),
        (new("question_A"), static (in PairView p) => p.Claim.Question ? 1 : 0),
    ]);

    /// <summary>Lengths, unshared terms, negation flips and where in B the related sentences are.</summary>
    public static IStanceFeatureGroup Shape { get; } = new ScalarFeatureGroup("shape",
    [
        (new("len_A"), static (in PairView p) => p.Claim.TermIds.Length),
        (new("len_best"), static (in PairView p) => p.Best.TermIds.Length),
        (new("log_sentences"), static (in PairView p) => MathF.Log(p.B.Sentences.Length)),
        (new("unaligned_A"), static (in PairView p) => p.Claim.TermIds.Length - p.SharedBest),
        (new("unaligned_B"), static (in PairView p) => p.Best.TermIds.Length - p.SharedBest),
        (new("neg_shared_flip"), static (in PairView p) => PairFeaturizer.NegationFlips(p.Claim, p.Best)),
        (new("best_position"), static (in PairView p) => p.B.Sentences.Length == 1 ? 0 : (float)p.BestIndex / (p.B.Sentences.Length - 1)),
        (new("related_sentences"), static (in PairView p) => p.RelatedSentences * p.PerSentence),
        (new("refute_related"), static (in PairView p) => p.RefutesRelated),
    ]);

    /// <summary>
    /// WordNet alignment both ways (antonyms, synonyms, generalizations, sister terms, verbs), directional lexical
    /// entailment, and roles: the first content word is mostly the subject and the last the object; a passive swaps them.
    /// </summary>
    public static IStanceFeatureGroup Alignment { get; } = new ScalarFeatureGroup("alignment",
    [
        (new("lexicon_antonyms"), static (in PairView p) => p.AlignmentAB.Antonyms),
        (new("synonym_aligned"), static (in PairView p) => p.AlignmentAB.Synonyms),
        (new("unaligned_rel_A"), static (in PairView p) => p.AlignmentAB.Unaligned),
        (new("unaligned_rel_B"), static (in PairView p) => p.AlignmentBA.Unaligned),
        (new("word_length_diff"), static (in PairView p) => p.Claim.Words.Length - p.Best.Words.Length),
        (new("generalized_A"), static (in PairView p) => p.AlignmentAB.Generalized),
        (new("specialized_A"), static (in PairView p) => p.AlignmentAB.Specialized),
        (new("generalized_B"), static (in PairView p) => p.AlignmentBA.Generalized),
        (new("specialized_B"), static (in PairView p) => p.AlignmentBA.Specialized),
        // Directional lexical entailment: which share of each side the other side entails (same term, synonym, or a
        // more specific word: "man" entails "person"), by count and by IDF mass.
        (new("entailed_share_A"), EntailedShareA),
        (new("entailed_share_B"), EntailedShareB),
        (new("entailed_idf_A"), static (in PairView p) => p.Claim.IdfMass > 0 ? p.AlignmentAB.EntailedIdf / p.Claim.IdfMass : 0),
        (new("entailed_idf_B"), static (in PairView p) => p.Best.IdfMass > 0 ? p.AlignmentBA.EntailedIdf / p.Best.IdfMass : 0),
        (new("sisters_A"), static (in PairView p) => p.AlignmentAB.Sisters),
        (new("sisters_B"), static (in PairView p) => p.AlignmentBA.Sisters),
        // The action: SICK-style pairs with the same participants differ mostly in the verb ("slicing" / "holding").
        (new("unaligned_verbs_A"), static (in PairView p) => p.AlignmentAB.UnalignedVerbs),
        (new("unaligned_verbs_B"), static (in PairView p) => p.AlignmentBA.UnalignedVerbs),
        (new("aligned_verbs_A"), static (in PairView p) => p.AlignmentAB.AlignedVerbs),
        (new("aligned_verbs_B"), static (in PairView p) => p.AlignmentBA.AlignedVerbs),
        // One side negated and otherwise saying the same: "nobody is slicing a tomato" / "someone is slicing a tomato".
        (new("neg_asym_entailed_A"), static (in PairView p) => NegAsym(in p) * EntailedShareA(in p)),
        (new("neg_asym_entailed_B"), static (in PairView p) => NegAsym(in p) * EntailedShareB(in p)),
        (new("first_term_match"), static (in PairView p) => p.Featurizer.TermMatch(p.Claim.FirstTermId, p.Best.FirstTermId)),
        (new("last_term_match"), static (in PairView p) => p.Featurizer.TermMatch(p.Claim.LastTermId, p.Best.LastTermId)),
        (new("first_last_swap"), static (in PairView p) =>
            p.Claim.FirstTermId != p.Best.FirstTermId && p.Featurizer.TermMatch(p.Claim.FirstTermId, p.Best.LastTermId) > 0
            && p.Featurizer.TermMatch(p.Claim.LastTermId, p.Best.FirstTermId) > 0 ? 1 : 0),
        (new("passive_diff"), static (in PairView p) => p.Claim.Passive == p.Best.Passive ? 0 : 1),
        (new("max_unaligned_idf_A"), static (in PairView p) => p.AlignmentAB.MaxUnalignedIdf),
        (new("max_unaligned_idf_B"), static (in PairView p) => p.AlignmentBA.MaxUnalignedIdf),
        (new("verb_sisters_A"), static (in PairView p) => p.AlignmentAB.VerbSisters),
        (new("verb_sisters_B"), static (in PairView p) => p.AlignmentBA.VerbSisters),
    ]);

    /// <summary>Per cue word (<see cref="Lexicon.CueWords"/>): its count in B per sentence.</summary>
    public static IStanceFeatureGroup BodyCueWords { get; } = new CueWordGroup("body_cues", "body_cue_", body: true);

    /// <summary>Per cue word (<see cref="Lexicon.CueWords"/>): its count in A.</summary>
    public static IStanceFeatureGroup ClaimCueWords { get; } = new CueWordGroup("claim_cues", "claim_cue_", body: false);

    /// <summary>The learned word-pair table read over the terms each side leaves unaligned (last in the vector).</summary>
    public static IStanceFeatureGroup WordPairs { get; } = new WordPairGroup();

    /// <summary>The groups of <see cref="StanceFeatureSet.Lexical"/>, in vector order.</summary>
    internal static IReadOnlyList<IStanceFeatureGroup> Groups { get; } =
        [Similarity, Numbers, Cues, Conflicts, Shape, Alignment, BodyCueWords, ClaimCueWords, ContextFeatures.Group, WordPairs];

    private static float NegAsym(in PairView p) => (p.Claim.Negations > 0) != (p.Best.Negations > 0) ? 1 : 0;

    private static float EntailedShareA(in PairView p) =>
        p.Claim.TermIds.Length == 0 ? 0 : (float)(p.SharedBest + p.AlignmentAB.Synonyms + p.AlignmentAB.Specialized) / p.Claim.TermIds.Length;

    private static float EntailedShareB(in PairView p) =>
        p.Best.TermIds.Length == 0 ? 0 : (float)(p.SharedBest + p.AlignmentBA.Synonyms + p.AlignmentBA.Specialized) / p.Best.TermIds.Length;

    private sealed class CueWordGroup(string name, string prefix, bool body) : IStanceFeatureGroup
    {
        public string Name { get; } = name;

        public IReadOnlyList<StanceFeature> Features { get; } = Lexicon.CueWords.Select(w => new StanceFeature(prefix + w)).ToArray();

        public void Compute(in PairView pair, Span<float> destination)
        {
            var counts = body ? pair.B.Whole.CueCounts : pair.Claim.CueCounts;
            float scale = body ? pair.PerSentence : 1;
            for (int k = 0; k < destination.Length; k++) destination[k] = body ? counts[k] * scale : counts[k];
        }
    }

    private sealed class WordPairGroup : IStanceFeatureGroup
    {
        public string Name => "word_pairs";

        public IReadOnlyList<StanceFeature> Features { get; } = Enumerable.Range(0, WordPairTable.MaxLabels).Select(c => "pair_table_max_" + c)
            .Concat(Enumerable.Range(0, WordPairTable.MaxLabels).Select(c => "pair_table_cover_mean_" + c))
            .Concat(Enumerable.Range(0, WordPairTable.MaxLabels).Select(c => "pair_table_cover_min_" + c))
            .Concat(Enumerable.Range(0, WordPairTable.MaxLabels).Select(c => "word_table_sum_" + c))
            .Append("pair_table_known")
            .Select(n => new StanceFeature(n)).ToArray();

        public void Compute(in PairView pair, Span<float> destination) =>
            pair.Featurizer.Table.Features(pair.UnalignedA, pair.UnalignedB, destination);
    }
}
