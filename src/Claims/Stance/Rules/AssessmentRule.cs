namespace Claims.Stance;

/// <summary>
/// How talks went: two texts that call talks (a meeting, a conversation, <see cref="Lexicon.AssessedExchanges"/>) by one
/// assessing word (<see cref="Lexicon.Assessments"/>: "useful and constructive" / "constructive, informative, and
/// mutually beneficial") agree. Neither may negate the word, and names on both sides must overlap; whether the talks
/// are the same is left to the same-event gate.
/// </summary>
public sealed class AssessmentRule : IStanceRule
{
    /// <inheritdoc />
    public string Name => "assessment";

    /// <inheritdoc />
    public RuleFinding? Evaluate(StancePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var a = pair.A.Memo(AssessmentKey, Find);
        if (a is null) return null;
        var b = pair.B.Memo(AssessmentKey, Find);
        if (b is null) return null;
        var shared = a.Value.Words.Intersect(b.Value.Words, StringComparer.Ordinal).ToList();
        if (shared.Count == 0) return null;
        // A negated assessment on either side ("not constructive") is no agreement.
        if (a.Value.Negated || b.Value.Negated) return null;
        var namesA = pair.A.Names;
        var namesB = pair.B.Names;
        if (namesA.Count > 0 && namesB.Count > 0 && !namesA.Overlaps(namesB)) return null;
        return new RuleFinding(this, StanceLabel.Agrees, RuleEffect.Decide, 0.6,
            $"assessment: '{a.Value.Exchange}' and '{b.Value.Exchange}' both called '{string.Join("', '", shared)}'");
    }

    private static readonly object AssessmentKey = new();

    /// <summary>The exchange named and the assessing words of a text, or null when it has no exchange or no such word.</summary>
    private static (string Exchange, List<string> Words, bool Negated)? Find(TextUnit u)
    {
        string? exchange = null;
        List<string>? words = null;
        bool negated = false;
        for (int i = 0; i < u.Words.Length; i++)
        {
            string w = u.Words[i];
            if (exchange is null && Lexicon.AssessedExchanges.Contains(w)) exchange = w;
            else if (Lexicon.Assessments.Contains(w))
            {
                (words ??= []).Add(w);
                negated |= u.Negated[i];
            }
        }
        return exchange is null || words is null ? null : (exchange, words, negated);
    }
}
