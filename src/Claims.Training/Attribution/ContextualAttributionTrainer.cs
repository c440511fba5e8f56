using System.Globalization;
using Claims.Attribution;
using Claims.Attribution.Learned;
using Claims.Semantic.Attribution;
using static Claims.Training.Attribution.AttributionTrainingSteps;

namespace Claims.Training.Attribution;

/// <summary>
/// Trains the accurate attribution model (<see cref="ContextualAttributionModel"/> of <c>Claims.Semantic</c>): the
/// shipped <c>attribution-context-model.zip</c> is made by it from PolNeAR train (the evaluation tool's
/// <c>polnear-train-accurate</c> command).
/// </summary>
internal static class ContextualAttributionTrainer
{
    /// <summary>
    /// Trains on documents after the rule stages with their annotations and projected token states: the scale is fitted
    /// on the states, the probe on the gold tags and the k-means clusters on the standardized states, then
    /// <see cref="LearnedAttributionTrainer"/> trains the tagger (reading the probe's and the clusters' features), the
    /// ranker and the threshold. Deterministic for fixed options and the same states (<paramref name="provenance"/>,
    /// saved with the model, names them).
    /// </summary>
    public static ContextualAttributionModel Train(IReadOnlyList<AnnotatedDocument> documents,
        IReadOnlyList<ProjectedTokenStates> states, TokenStateProjection projection, LearnedAttributionOptions options, Action<string>? log = null,
        TokenStatesProvenance? provenance = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(states);
        ArgumentNullException.ThrowIfNull(projection);
        ArgumentNullException.ThrowIfNull(options);
        if (states.Count != documents.Count) throw new ArgumentException("one set of token states per document", nameof(states));
        var scale = TokenStateScaleFitter.Fit(states);
        var (plain, gold) = Tag(documents, options, CueLexicon.Shipped);
        foreach (var f in plain) f.Dispose();
        var z = documents.Select((d, i) => scale.TokenStates(d.Document, states[i])).ToList();
        var probe = TokenStateProbeTrainer.Train(scale, [.. z.Select((s, i) => (s, gold[i]))], options.Seed, log);
        var clusters = TokenStateClusterFitter.Fit(z, scale.Dimensions, options.Seed, log);
        var sources = z.Select(s => (ITokenFeatureSource)new CombinedFeatureSource(probe.Source(s), clusters.Source(s))).ToList();
        var inner = LearnedAttributionTrainer.Train(documents, options, log, sources);
        string description = string.Create(CultureInfo.InvariantCulture,
            $"{inner.Description}; token states: MiniLM last_hidden_state, random projection to {projection.OutputDimensions} dims (seed {projection.Seed}), mean over each token's word pieces, standardized; probe: softmax regression over {2 * TokenStateProbe.Context + 1} tokens' states to the {AttributionTags.Count} tags, seed {options.Seed}; k-means clusters {string.Join(" and ", TokenStateClusters.Sizes)}, seed {options.Seed}");
        log?.Invoke(description);
        return new ContextualAttributionModel(inner, projection, probe, clusters, description, provenance);
    }
}
