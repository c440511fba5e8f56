using Claims.Embeddings;
using Claims.Semantic;
using Claims.Stance;
using Claims.Stance.Leads;

namespace Claims;

/// <summary>Switches the semantic pipeline on in a <see cref="ClaimAnalyzerBuilder"/>.</summary>
public static class SemanticBuilderExtensions
{
    /// <summary>
    /// The article-level stance thresholds for the shipped semantic stance model (its probabilities are calibrated
    /// differently from the lexical model's): <see cref="LeadStanceOptions.Default"/> with "disagree" from 0.55 (the same
    /// when a claim opposes the lead in words), tuned on half of the FNC-1 corpus hold-out for the most recall with
    /// contradiction precision at least 0.75 there (0.45 with an opposing claim drops it to 0.719 with
    /// the denying-lead rule in, recall round 5), and "agree" from 0.5 (the most recall at agreement
    /// precision 0.90 on that half: 0.927 / 0.502 there against 0.923 / 0.472 at the former 0.6; see
    /// benchmarks/README.md, recall round 5); the opening-denial gate stays at 0.3, the value tuned for the semantic
    /// model in stance round 7 (the lexical default's 0.2 was tuned on the lexical model only).
    /// <see cref="UseSemantic"/> uses them unless the builder's lead-stance finder has options of its own.
    /// </summary>
    public static LeadStanceOptions SemanticLeadStanceOptions { get; } = LeadStanceOptions.Default with { MinDisagree = 0.55, MinDisagreeWithOpposition = 0.55, MinAgree = 0.5, MinDisagreeWithOpeningDenial = 0.3 };

    /// <summary>
    /// Adds the sentence encoder (<see cref="MiniLmEncoder.Default"/> unless <paramref name="encoder"/> is given) as
    /// the last per-article stage, so every claim and article gets a vector, and (unless
    /// <paramref name="semanticStance"/> is false) classifies stance with the shipped semantic model: the stance rules,
    /// then FastTree over the lexical and embedding features. The model reads all-MiniLM-L6-v2 vectors: those of
    /// <paramref name="encoder"/> when it is a <see cref="MiniLmEncoder"/> of the embedded model (so
    /// <see cref="EncoderPrecision.Int8"/> reaches the stance model too), else <see cref="MiniLmEncoder.Default"/>'s. Call after <c>UseDefaults()</c>; calling it again replaces the encoder stage.
    /// The accurate attribution mode (<see cref="Semantic.Attribution.ContextualAttributionFinder"/>, which reads the
    /// encoder's token states) replaces the fast <see cref="Claims.Attribution.LearnedAttributionFinder"/> when the
    /// encoder gives token states and <paramref name="accurateAttribution"/> is true (the default; pass false for the
    /// fast stage): on the FNC-1 corpus hold-out it finds more headline-body contradictions at a higher precision
    /// (80/111 against 76/107) for about 1.8 times the CPU time of the semantic run, and on PolNeAR dev it is level with
    /// the fast stage (speech F1 0.854; source accuracy 0.906 vs 0.918); see benchmarks/README.md, "attribution-3".
    /// </summary>
    public static ClaimAnalyzerBuilder UseSemantic(this ClaimAnalyzerBuilder builder, ISentenceEncoder? encoder = null, bool semanticStance = true,
        bool accurateAttribution = true)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // One memo for the stage and the stance model: each claim is encoded once.
        // The stance model reads all-MiniLM-L6-v2 vectors: the given encoder's when it runs that model (at either precision).
        var modelEncoder = encoder as MiniLmEncoder is { IsEmbeddedModel: true } embedded ? embedded : MiniLmEncoder.Default;
        var miniLm = new MemoizingEncoder(modelEncoder);
        var stageEncoder = encoder is null || ReferenceEquals(encoder, modelEncoder) ? miniLm : new MemoizingEncoder(encoder);
        var tokenEncoder = encoder is null ? MiniLmEncoder.Default : encoder as ITokenStateEncoder;
        if (accurateAttribution && tokenEncoder is not null && builder.Stages.Any(s => s is Claims.Attribution.LearnedAttributionFinder))
            builder.Replace<Claims.Attribution.LearnedAttributionFinder>(new Semantic.Attribution.ContextualAttributionFinder(tokenEncoder));
        builder.Remove<ClaimEncoder>();
        builder.AddStage(new ClaimEncoder(stageEncoder));
        if (semanticStance)
        {
            // One semantic model for the claim pairs and the article-level stance of lead claims.
            var model = new Lazy<StanceModel>(() => SemanticStanceModel.LoadShipped(miniLm).Model, LazyThreadSafetyMode.ExecutionAndPublication);
            builder.UseStanceClassifier(new DeferredStanceClassifier(() => new StanceClassifier(model.Value, StanceRules.Default)));
            if (builder.LeadStance is LeadStanceFinder leads)
                builder.LeadStance = new LeadStanceFinder(() => model.Value,
                    leads.Options == LeadStanceOptions.Default ? SemanticLeadStanceOptions : leads.Options);
        }
        return builder;
    }
}
