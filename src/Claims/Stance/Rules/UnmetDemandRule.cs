namespace Claims.Stance;

/// <summary>
/// One demand, stated and found unmet: "Russia has voiced a strong interest in addressing the underlying causes of the
/// conflict" and "the plans do not address the root causes of the conflict" agree: both report that the causes of
/// the conflict must be addressed. One text wants an act done (<see cref="Lexicon.Demands"/>: "interest in", "called
/// for", "insisted on", "must", followed by the act), the other says something does not do that act (the same verb,
/// negated: "do not address", "failed to address"), and the two acts have the same object (at least
/// <see cref="MinSharedObjectWords"/> content words, synonyms such as "root" / "underlying" counted). A negated
/// demand ("no interest in addressing"), a met demand ("the plans address the causes") or another object is nothing.
/// </summary>
public sealed class UnmetDemandRule : IStanceRule
{
    /// <summary>Words after the act read as its object (to the end of the clause).</summary>
    public const int ObjectWords = 8;

    /// <summary>Content words the two objects must share.</summary>
    public const int MinSharedObjectWords = 2;

    /// <inheritdoc />
    public string Name => "unmet demand";

    /// <inheritdoc />
    public RuleFinding? Evaluate(StancePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        return Match(pair.A, pair.B) ?? Match(pair.B, pair.A);
    }

    private RuleFinding? Match(TextUnit demanding, TextUnit other)
    {
        var demand = demanding.Memo(DemandKey, FindDemand);
        if (demand is null) return null;
        // The other text must not want the act itself: two demands are not a demand and its failure.
        if (other.Memo(DemandKey, FindDemand) is not null) return null;
        for (int i = 0; i < other.Words.Length; i++)
        {
            if (other.Stems[i] != demand.Value.Act) continue;
            if (!(other.Negated[i] || StanceRules.ImplicitlyNegated(other, i)) || StanceRules.InCondition(other, i)) continue;
            var (end, objects) = ObjectOf(other, i);
            if (Shared(demand.Value.Objects, objects) < MinSharedObjectWords) continue;
            return new RuleFinding(this, StanceLabel.Agrees, RuleEffect.Decide, 0.6,
                $"unmet demand: '{demand.Value.Phrase}' and '{StanceRules.Phrase(other.Words, StanceRules.NegationStart(other, i), end)}'");
        }
        return null;
    }

    private static readonly object DemandKey = new();

    // The demand phrases by first word, in the lexicon's order: only those can match where a word starts.
    private static readonly PhraseStarts Demands = new(Lexicon.Demands);

    /// <summary>The first demand of a text: its phrase, the stem of the act wanted and the act's object; null if none.</summary>
    private static (string Phrase, string Act, List<(string Stem, string Word)> Objects)? FindDemand(TextUnit u)
    {
        for (int i = 0; i < u.Words.Length; i++)
            foreach (var (p, _) in Demands.At(u.Words[i]))
            {
                if (!UnitBuilder.MatchAt(u.Words, i, p)) continue;
                // "no interest in addressing", "did not call for": a refused demand.
                if (u.Negated[i] || StanceRules.InNegatedClause(u, i) || StanceRules.InCondition(u, i)) return null;
                // The act: the first content word after the phrase, within two words ("in addressing", "for the lifting").
                int act = -1;
                for (int k = i + p.Length; k < u.Words.Length && k <= i + p.Length + 2; k++)
                    if (u.Stems[k] is not null) { act = k; break; }
                if (act < 0) continue;
                var (end, objects) = ObjectOf(u, act);
                if (objects.Count == 0) continue;
                return (StanceRules.Phrase(u.Words, i, end), u.Stems[act]!, objects);
            }
        return null;
    }

    /// <summary>The content stems (with their words) after word <paramref name="act"/> to the end of its clause.</summary>
    private static (int End, List<(string Stem, string Word)> Objects) ObjectOf(TextUnit u, int act)
    {
        var objects = new List<(string, string)>();
        int last = Math.Min(u.Words.Length - 1, act + ObjectWords);
        for (int k = act + 1; k <= last; k++)
        {
            string w = u.Words[k];
            if (w is "," or "." or ";" or ":" or "if" or "unless" or "but" or "while" or "from" || Lexicon.Contrasts.Contains(w)) { last = k - 1; break; }
            if (u.Stems[k] is { } s && !u.Capitalized[k]) objects.Add((s, w));
        }
        return (last, objects);
    }

    // Object words with a counterpart: the same stem or the same synonym group ("root causes" / "underlying causes").
    private static int Shared(List<(string Stem, string Word)> a, List<(string Stem, string Word)> b)
    {
        int shared = 0;
        foreach (var (stem, word) in a)
            if (b.Exists(x => x.Stem == stem || Lexicon.SameSynonymGroup(word, x.Word)))
                shared++;
        return shared;
    }
}
