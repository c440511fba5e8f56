namespace Claims.Stance;

/// <summary>
/// The prospect of one thing: "significant opportunities exist for future U.S.-Russia economic cooperation" and "the
/// leaders reviewed the potential for renewed economic cooperation between Russia and the United States" agree. Each
/// text names a prospect (<see cref="Lexicon.Prospects"/>) followed by "for" and what it is the prospect of (up to
/// <see cref="ObjectWords"/> words, to the end of the clause); the two objects must share at least
/// <see cref="MinSharedObjectWords"/> content words, and neither prospect may be negated ("no prospect for").
/// </summary>
public sealed class ProspectRule : IStanceRule
{
    /// <summary>Words after "for" read as what the prospect is of.</summary>
    public const int ObjectWords = 8;

    /// <summary>Content words the two objects must share.</summary>
    public const int MinSharedObjectWords = 2;

    /// <inheritdoc />
    public string Name => "prospect";

    /// <inheritdoc />
    public RuleFinding? Evaluate(StancePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var a = pair.A.Memo(ProspectKey, Find);
        if (a is null) return null;
        var b = pair.B.Memo(ProspectKey, Find);
        if (b is null || a.Value.Negated || b.Value.Negated) return null;
        var shared = a.Value.Objects.Intersect(b.Value.Objects, StringComparer.Ordinal).ToList();
        if (shared.Count < MinSharedObjectWords) return null;
        return new RuleFinding(this, StanceLabel.Agrees, RuleEffect.Decide, 0.6,
            $"prospect: '{a.Value.Phrase}' and '{b.Value.Phrase}'");
    }

    private static readonly object ProspectKey = new();

    /// <summary>The first prospect followed by "for" and the content stems of its object, or null.</summary>
    private static (string Phrase, List<string> Objects, bool Negated)? Find(TextUnit u)
    {
        for (int i = 0; i + 1 < u.Words.Length; i++)
        {
            if (!Lexicon.Prospects.Contains(u.Words[i])) continue;
            // "opportunities exist for", "potential for": "for" within two words of the prospect.
            int f = i + 1;
            while (f < u.Words.Length && f <= i + 2 && u.Words[f] != "for") f++;
            if (f >= u.Words.Length || u.Words[f] != "for") continue;
            var objects = new List<string>();
            int last = Math.Min(u.Words.Length - 1, f + ObjectWords);
            for (int k = f + 1; k <= last; k++)
            {
                if (u.Words[k] is "," or "." or ";" or ":" or "if" or "unless" or "but") { last = k - 1; break; }
                if (u.Stems[k] is { } stem) objects.Add(stem);
            }
            return (StanceRules.Phrase(u.Words, i, last), objects, u.Negated[i]);
        }
        return null;
    }
}
