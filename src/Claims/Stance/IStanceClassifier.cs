namespace Claims.Stance;

/// <summary>How two claims relate.</summary>
public enum StanceLabel
{
    /// <summary>Related but neither supports nor contradicts the other.</summary>
    Neutral,
    /// <summary>Both say the same thing.</summary>
    Agrees,
    /// <summary>They cannot both be true.</summary>
    Contradicts,
}

/// <summary>A stance decision with its confidence and the human-readable reasons (the rules or features that decided).</summary>
/// <param name="Label">The relation.</param>
/// <param name="Score">Confidence in [0, 1].</param>
/// <param name="Reasons">Why; never empty for a non-neutral verdict.</param>
public sealed record StanceVerdict(StanceLabel Label, double Score, IReadOnlyList<string> Reasons)
{
    /// <summary>The rules whose findings decided the label; empty when the model decided.</summary>
    public IReadOnlyList<IStanceRule> DecidingRules { get; init; } = [];

    /// <summary>The findings of <see cref="DecidingRules"/>, with what each quoted; empty when the model decided.</summary>
    public IReadOnlyList<RuleFinding> DecidingFindings { get; init; } = [];

    /// <summary>True when the stance model decided the label and no rule had any finding on the pair (no note, no veto
    /// that did not hold): the verdict rests on the model's reading alone.</summary>
    public bool ModelAlone { get; init; }

    /// <summary>True when the label is an agreement that the numbers rule alone decided (<see cref="NumberRule"/>:
    /// the two texts give the same figure, "$72 million" in both).</summary>
    public bool FiguresAlone => Label == StanceLabel.Agrees && DecidingRules.Count == 1 && DecidingRules[0] is NumberRule;

    /// <summary>True when a rule of type <typeparamref name="TRule"/> decided the label.</summary>
    public bool DecidedBy<TRule>() where TRule : IStanceRule => DecidingRules.Any(r => r is TRule);
}

/// <summary>Classifies the stance between two claims. Implementations must be thread-safe.</summary>
public interface IStanceClassifier
{
    /// <summary>The relation between <paramref name="a"/> and <paramref name="b"/> (the default classifier gives the same verdict in either order).</summary>
    StanceVerdict Classify(Claim a, Claim b);
}
