using Claims.Embeddings;
using Claims.Semantic;

namespace Claims.Training;

/// <summary>
/// The shipped models of the FNC-1 task (an article body's stance toward a headline, <see cref="BodyStanceClassifier"/>).
/// The analyzer never loads them: it keeps the stance models its lead-stance thresholds were tuned on.
/// </summary>
public static class BodyStanceModels
{
    /// <summary>Name of the semantic body-stance model resource.</summary>
    public const string SemanticResourceName = "Claims.Training.Resources.semantic-body-stance-model.zip";

    /// <summary>
    /// The semantic body-stance model: the features and training data of <see cref="SemanticStanceModel.LoadShipped"/>
    /// with 300 trees at rate 0.1 (chosen by 3-fold cross-validation grouped by body inside the FNC-1 training part, with
    /// <see cref="BodyStanceOptions.SemanticRepairs"/>; see benchmarks/README.md, stance10 and stance10b). The analyzer
    /// keeps <see cref="SemanticStanceModel.LoadShipped"/>: with a 200-tree model of this kind in its place the FNC-1
    /// corpus headline-body contradiction precision drops (0.777 to 0.752).
    /// </summary>
    /// <exception cref="InvalidDataException">The resource is missing or unreadable.</exception>
    public static SemanticStanceModel LoadSemantic(ISentenceEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        using var stream = typeof(BodyStanceModels).Assembly.GetManifestResourceStream(SemanticResourceName)
            ?? throw new InvalidDataException($"resource {SemanticResourceName} is missing from Claims.Training");
        return SemanticStanceModel.Load(stream, encoder, SemanticResourceName);
    }
}
