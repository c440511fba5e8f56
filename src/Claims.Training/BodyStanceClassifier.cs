using System.Globalization;
using Claims.Stance;

namespace Claims.Training;

/// <summary>The FNC-1 relation of an article body to a headline.</summary>
public enum BodyStance
{
    /// <summary>The body is about something else.</summary>
    Unrelated,
    /// <summary>The body reports the claim without taking a side.</summary>
    Discuss,
    /// <summary>The body supports the claim.</summary>
    Agree,
    /// <summary>The body refutes the claim.</summary>
    Disagree,
}

/// <summary>The stance of a body toward a headline.</summary>
/// <param name="Stance">The decided stance.</param>
/// <param name="Score">The model's probability of <paramref name="Stance"/>.</param>
/// <param name="Probabilities">Probability of each stance.</param>
/// <param name="Evidence">The body sentences most related to the headline, best first (at most three).</param>
/// <param name="Reasons">Why: the probabilities and the strongest signals.</param>
public sealed record BodyStanceResult(
    BodyStance Stance, double Score, IReadOnlyDictionary<BodyStance, double> Probabilities, IReadOnlyList<string> Evidence, IReadOnlyList<string> Reasons);

/// <summary>
/// The FNC-1 task: the stance of an article body toward a headline (the model over the body's sentences most related to
/// the headline). Thread-safe. Construct once per model and share.
/// </summary>
public sealed class BodyStanceClassifier
{
    private readonly int _agree, _disagree, _discuss, _unrelated;
    private readonly int _cosWhole, _cosBest, _refutesTop3, _hedgesTop3;

    /// <summary>Uses <paramref name="model"/> (labels agree, disagree, discuss, unrelated; the lexical features).</summary>
    /// <exception cref="ArgumentException">The model lacks one of the labels or features.</exception>
    public BodyStanceClassifier(IStanceModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
        _agree = StanceClassifier.Require(model, "agree");
        _disagree = StanceClassifier.Require(model, "disagree");
        _discuss = StanceClassifier.Require(model, "discuss");
        _unrelated = StanceClassifier.Require(model, "unrelated");
        _cosWhole = StanceClassifier.Require(model, LexicalFeatures.CosWhole);
        _cosBest = StanceClassifier.Require(model, LexicalFeatures.CosBest);
        _refutesTop3 = StanceClassifier.Require(model, LexicalFeatures.RefutesTop3);
        _hedgesTop3 = StanceClassifier.Require(model, LexicalFeatures.HedgesTop3);
    }

    /// <summary>The model in use.</summary>
    public IStanceModel Model { get; }

    /// <summary>The stance of an article body toward a headline (FNC-1's four classes).</summary>
    public BodyStanceResult Classify(string headline, string body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(headline);
        ArgumentNullException.ThrowIfNull(body);
        cancellationToken.ThrowIfCancellationRequested();
        var h = Model.Featurizer.Profile(headline);
        cancellationToken.ThrowIfCancellationRequested();
        return Classify(h, Model.Featurizer.Profile(body), cancellationToken);
    }

    /// <summary>The stance of a profiled body toward a profiled headline (profile each body once when it has many headlines).</summary>
    public BodyStanceResult Classify(TextProfile headline, TextProfile body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(headline);
        ArgumentNullException.ThrowIfNull(body);
        cancellationToken.ThrowIfCancellationRequested();
        Span<float> features = stackalloc float[Model.Featurizer.FeatureCount];
        var p = new float[Model.Labels.Count];
        Model.Featurizer.Compute(headline, body, features);
        Model.Predict(features, p);
        var probabilities = new Dictionary<BodyStance, double>
        {
            [BodyStance.Unrelated] = p[_unrelated],
            [BodyStance.Discuss] = p[_discuss],
            [BodyStance.Agree] = p[_agree],
            [BodyStance.Disagree] = p[_disagree],
        };
        var best = probabilities.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).First();
        var evidence = body.Sentences
            .Select((s, i) => (s.Text, Cos: PairFeaturizer.Cosine(headline.Whole, s), i))
            .Where(x => x.Cos > 0)
            .OrderByDescending(x => x.Cos).ThenBy(x => x.i)
            .Take(3).Select(x => x.Text).ToArray();
        var reasons = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture,
                $"model: unrelated {p[_unrelated]:0.00}, discuss {p[_discuss]:0.00}, agree {p[_agree]:0.00}, disagree {p[_disagree]:0.00}"),
            string.Create(CultureInfo.InvariantCulture,
                $"similarity: body {features[_cosWhole]:0.00}, best sentence {features[_cosBest]:0.00}; refuting words near the claim {features[_refutesTop3]}, hedges {features[_hedgesTop3]}"),
        };
        if (StanceClassifier.Meaning(headline, body) is { } meaning) reasons.Add(meaning);
        return new BodyStanceResult(best.Key, best.Value, probabilities, evidence, reasons);
    }
}
