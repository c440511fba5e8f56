namespace Claims.Stance;

/// <summary>
/// A pair classifier behind the stance rules: reads the feature vector its <see cref="Featurizer"/> computes for a
/// pair of profiled texts and writes one probability per label. <see cref="StanceClassifier"/> merges its output with
/// the rules, so a model over other features (for example sentence embeddings) drops in without touching the rules.
/// Implementations must be thread-safe.
/// </summary>
public interface IStanceModel
{
    /// <summary>The label names; index i is the i-th probability of a prediction. The classifier needs agree, disagree,
    /// discuss and unrelated (case-insensitive).</summary>
    IReadOnlyList<string> Labels { get; }

    /// <summary>Profiles texts and computes the features this model reads (<see cref="PairFeaturizer.Features"/>, the registry the vector is laid out by).</summary>
    PairFeaturizer Featurizer { get; }

    /// <summary>Writes <see cref="Labels"/>.Count probabilities for a feature vector computed by
    /// <see cref="Featurizer"/>. Must not allocate on the hot path.</summary>
    void Predict(ReadOnlySpan<float> features, Span<float> probabilities);
}

/// <summary>Helpers over any <see cref="IStanceModel"/>.</summary>
public static class StanceModelExtensions
{
    /// <summary>Index of <paramref name="label"/> in the model's labels (case-insensitive), or -1.</summary>
    public static int LabelIndex(this IStanceModel model, string label)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(label);
        for (int i = 0; i < model.Labels.Count; i++)
            if (string.Equals(model.Labels[i], label, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }
}
