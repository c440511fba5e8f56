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
    /// saved with the model, names them). With <paramref name="rankWithStates"/> the ranker also reads each candidate's
    /// token-state features (<see cref="CandidateStateFeatures"/>); without, the lexical candidate features alone. With
    /// <paramref name="anchorOnStates"/> words the probe reads as likely cues anchor candidates too (<see cref="LearnedSpans.StateAnchor"/>).
    /// </summary>
    public static ContextualAttributionModel Train(IReadOnlyList<AnnotatedDocument> documents,
        IReadOnlyList<ProjectedTokenStates> states, TokenStateProjection projection, LearnedAttributionOptions options, Action<string>? log = null,
        TokenStatesProvenance? provenance = null, bool rankWithStates = false, bool anchorOnStates = false)
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
        var probabilities = z.Select(s => probe.Probabilities(s)).ToList();
        var sources = z.Select((s, i) => (ITokenFeatureSource)new CombinedFeatureSource(TokenStateProbe.FromProbabilities(probabilities[i]), clusters.Source(s))).ToList();
        var rankerStates = rankWithStates
            ? documents.Select((d, i) => new CandidateStateFeatures(d.Document, z[i], scale.Dimensions, probabilities[i])).ToList()
            : null;
        var inner = LearnedAttributionTrainer.Train(documents, options, log, sources,
            rankerStates is null ? null : (d, c) => rankerStates[d].Extend(c), CandidateStateFeatures.Count,
            anchorOnStates ? [.. probabilities.Select(p => TokenStateProbe.TagProbabilities(p, AttributionTags.Cue))] : null);
        string description = string.Create(CultureInfo.InvariantCulture,
            $"{inner.Description}; token states: MiniLM last_hidden_state, random projection to {projection.OutputDimensions} dims (seed {projection.Seed}), mean over each token's word pieces, standardized; probe: softmax regression over {2 * TokenStateProbe.Context + 1} tokens' states to the {AttributionTags.Count} tags, seed {options.Seed}; k-means clusters {string.Join(" and ", TokenStateClusters.Sizes)}, seed {options.Seed}");
        log?.Invoke(description);
        return new ContextualAttributionModel(inner, projection, probe, clusters, description, provenance, anchorOnStates);
    }
}
