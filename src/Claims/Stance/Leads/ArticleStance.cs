using System.Globalization;

namespace Claims.Stance.Leads;

/// <summary>
/// The stance model's reading of a whole article against one claim (the FNC-1 task the shipped models learned:
/// headline against body): the probability of each of the four relations.
/// </summary>
/// <param name="Agree">The article supports the claim.</param>
/// <param name="Disagree">The article refutes the claim.</param>
/// <param name="Discuss">The article reports the claim without taking a side.</param>
/// <param name="Unrelated">The article is about something else.</param>
public readonly record struct ArticleStance(double Agree, double Disagree, double Discuss, double Unrelated)
{
    /// <summary>
    /// The relation these probabilities decide under <paramref name="options"/>: a contradiction when "disagree" reaches
    /// <see cref="LeadStanceOptions.MinDisagree"/>, an agreement when "agree" reaches <see cref="LeadStanceOptions.MinAgree"/>
    /// (either only ahead of the other side), while "unrelated" stays at most <see cref="LeadStanceOptions.MaxUnrelated"/>;
    /// else neutral. The four probabilities sum to one, so a threshold of 0.5 or more also puts the verdict ahead of
    /// "discuss" (an article that reports or quotes the claim without taking a side).
    /// </summary>
    public StanceLabel Decide(LeadStanceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (Unrelated > options.MaxUnrelated) return StanceLabel.Neutral;
        if (Disagree >= options.MinDisagree && Disagree > Agree && Disagree > Discuss) return StanceLabel.Contradicts;
        if (Agree >= options.MinAgree && Agree > Disagree && Agree > Discuss) return StanceLabel.Agrees;
        return StanceLabel.Neutral;
    }

    /// <summary>
    /// True when the reading leans to "disagree" below <see cref="LeadStanceOptions.MinDisagree"/>: at least
    /// <see cref="LeadStanceOptions.MinDisagreeWithOpposition"/>, above "agree" and "discuss", "unrelated" at most
    /// <see cref="LeadStanceOptions.MaxUnrelated"/>. Such a reading is a contradiction only with a claim that opposes the
    /// lead in words.
    /// </summary>
    public bool LeansDisagree(LeadStanceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Unrelated <= options.MaxUnrelated && Disagree >= options.MinDisagreeWithOpposition && Disagree > Agree && Disagree > Discuss;
    }

    /// <summary>
    /// True when the reading leans to "agree": at least <paramref name="minAgree"/>, above "disagree" and "discuss",
    /// "unrelated" at most <see cref="LeadStanceOptions.MaxUnrelated"/>.
    /// </summary>
    public bool LeansAgree(double minAgree, LeadStanceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Unrelated <= options.MaxUnrelated && Agree >= minAgree && Agree > Disagree && Agree > Discuss;
    }

    /// <summary>The probabilities in words, two decimals.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"disagree {Disagree:0.00}, agree {Agree:0.00}, discuss {Discuss:0.00}, unrelated {Unrelated:0.00}");
}

/// <summary>Reads an article against a claim with an <see cref="IStanceModel"/>: the model alone, no claim rules
/// (they read single sentences). Thread-safe.</summary>
internal sealed class ArticleStanceModel
{
    private readonly int _agree, _disagree, _discuss, _unrelated;

    /// <exception cref="ArgumentException">The model lacks one of the four FNC-1 labels.</exception>
    public ArticleStanceModel(IStanceModel model)
    {
        Model = model;
        _agree = StanceClassifier.Require(model, "agree");
        _disagree = StanceClassifier.Require(model, "disagree");
        _discuss = StanceClassifier.Require(model, "discuss");
        _unrelated = StanceClassifier.Require(model, "unrelated");
    }

    public IStanceModel Model { get; }

    /// <summary>The stance of the profiled <paramref name="article"/> toward the profiled <paramref name="claim"/>.</summary>
    public ArticleStance Read(TextProfile claim, TextProfile article)
    {
        Span<float> features = Model.Featurizer.FeatureCount <= 1024 ? stackalloc float[Model.Featurizer.FeatureCount] : new float[Model.Featurizer.FeatureCount];
        Span<float> p = stackalloc float[Model.Labels.Count];
        Model.Featurizer.Compute(claim, article, features);
        Model.Predict(features, p);
        return new ArticleStance(p[_agree], p[_disagree], p[_discuss], p[_unrelated]);
    }
}
