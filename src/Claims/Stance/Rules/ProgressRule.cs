namespace Claims.Stance;

/// <summary>
/// Progress of one effort: "a modest but notable indication of forward movement" against "produced no progress" or
/// "neither further nor closer to a settlement". One text asserts progress (<see cref="Lexicon.Progress"/>, not
/// negated) and the other denies it (a negated progress phrase, or a <see cref="Lexicon.Stalled"/> phrase); the two
/// must talk about the same subject once the progress words are set aside.
/// </summary>
public sealed class ProgressRule : IStanceRule
{
    /// <inheritdoc />
    public string Name => RuleName;

    /// <summary>The rule's name, also the key its claim readings carry (<see cref="RuleReadings"/>).</summary>
    public const string RuleName = "progress";

    /// <inheritdoc />
    public RuleFinding? Evaluate(StancePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var a = pair.A.Memo(MentionKey, Find);
        if (a is null) return null;
        var b = pair.B.Memo(MentionKey, Find);
        if (b is null || a.Value.Denied == b.Value.Denied) return null;
        var pivots = a.Value.Words.Concat(b.Value.Words).Concat(ProgressWords).ToHashSet(StringComparer.Ordinal);
        if (!pair.SameSubject(pivots)) return null;
        var (asserted, denied) = a.Value.Denied ? (b.Value, a.Value) : (a.Value, b.Value);
        return new RuleFinding(this, StanceLabel.Contradicts, RuleEffect.Decide, 0.75,
            $"progress: '{asserted.Phrase}' vs '{denied.Phrase}'");
    }

    private static readonly string[] ProgressWords = ["progress", "headway", "movement", "forward", "further", "closer", "farther"];

    private static readonly object MentionKey = new();

    /// <summary>The text's first progress mention, worked out once per unit (the rule's own memo).</summary>
    internal static (string Phrase, bool Denied, string[] Words)? MentionOf(TextUnit u) => u.Memo(MentionKey, Find);

    // Both lists by first word: stalled phrases (tag 1) before progress phrases (tag 0), each list in its order.
    private static readonly PhraseStarts Mentions = new(Lexicon.Stalled.Select(p => (p, 1)).Concat(Lexicon.Progress.Select(p => (p, 0))));

    /// <summary>The first progress mention: asserted, negated, or a stalled phrase (denied).</summary>
    internal static (string Phrase, bool Denied, string[] Words)? Find(TextUnit u)
    {
        for (int i = 0; i < u.Words.Length; i++)
            foreach (var (p, stalled) in Mentions.At(u.Words[i]))
            {
                if (!UnitBuilder.MatchAt(u.Words, i, p)) continue;
                if (stalled == 1) return (StanceRules.Phrase(u.Words, i, i + p.Length - 1), !u.Negated[i], p);
                int start = u.Negated[i] ? StanceRules.NegationStart(u, i) : i;
                return (StanceRules.Phrase(u.Words, start, i + p.Length - 1), u.Negated[i], p);
            }
        return null;
    }
}
