namespace Claims.Stance;

/// <summary>What a rule's finding does to the verdict.</summary>
public enum RuleEffect
{
    /// <summary>Decides the label (a contradiction beats an agreement).</summary>
    Decide,
    /// <summary>Blocks an agreement or contradiction from weaker evidence (the model): the verdict becomes neutral unless another rule decides.</summary>
    Veto,
}

/// <summary>A rule's finding about a pair.</summary>
/// <param name="Rule">The rule that found it (its type is its identity: <c>finding.Rule is TitleRule</c>).</param>
/// <param name="Label">The relation the finding argues for.</param>
/// <param name="Effect">How it acts on the verdict.</param>
/// <param name="Confidence">Confidence in [0, 1].</param>
/// <param name="Reason">Human-readable reason, quoting the words compared.</param>
public sealed record RuleFinding(IStanceRule Rule, StanceLabel Label, RuleEffect Effect, double Confidence, string Reason)
{
    /// <summary>The words of each text the finding rests on, as written (the two denials of a shared denial), when the
    /// rule names them; null otherwise. Later stages read these instead of parsing <see cref="Reason"/>.</summary>
    public (string A, string B)? Quoted { get; init; }

    /// <summary>
    /// True for a veto that even a strong contradiction cannot override: a side that says only what may be ("may",
    /// "might", "could", "probably") or what holds under a condition ("if") asserts nothing another claim could deny.
    /// </summary>
    public bool Binding { get; init; }
}

/// <summary>A stance rule: looks at a pair and returns a finding, or null when it has nothing to say. Must be thread-safe.</summary>
public interface IStanceRule
{
    /// <summary>Short name for reasons and listings ("negation", "status"); code identifies a rule by its type.</summary>
    string Name { get; }

    /// <summary>The rule's finding about <paramref name="pair"/>, or null.</summary>
    RuleFinding? Evaluate(StancePair pair);
}
