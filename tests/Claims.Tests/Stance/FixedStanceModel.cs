using Claims.Stance;
using Claims.Stance.Leads;

namespace Claims.Tests.Stance;

/// <summary>A stance model that gives the same probabilities for every pair (the shipped featurizer profiles the
/// texts): lead-stance tests fix the model's reading to test the rules around it.</summary>
internal sealed class FixedStanceModel(ArticleStance p) : IStanceModel
{
    public IReadOnlyList<string> Labels { get; } = ["agree", "disagree", "discuss", "unrelated"];

    public PairFeaturizer Featurizer => StanceModel.Default.Featurizer;

    public void Predict(ReadOnlySpan<float> features, Span<float> probabilities)
    {
        probabilities[0] = (float)p.Agree;
        probabilities[1] = (float)p.Disagree;
        probabilities[2] = (float)p.Discuss;
        probabilities[3] = (float)p.Unrelated;
    }
}
