namespace Claims.Stance;

/// <summary>
/// Event status: one text says the event was cancelled and the other that it was postponed (put on hold) or went
/// ahead, or one asserts a status the other denies. Fires only when both talk about the same event.
/// </summary>
public sealed class StatusRule : IStanceRule
{
    /// <inheritdoc />
    public string Name => RuleName;

    /// <summary>The rule's name: <c>status</c>.</summary>
    public const string RuleName = "status";

    /// <inheritdoc />
    public RuleFinding? Evaluate(StancePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        if (pair.A.StatusBits == 0 || pair.B.StatusBits == 0) return null;
        bool conflict = PairFeaturizer.StatusConflict(pair.A.StatusBits, pair.B.StatusBits);
        if (!conflict && !Consistent(pair.A.StatusBits, pair.B.StatusBits)) return null;
        // "does not capture what happened": the negation is another verb's, the status word sits in what it governs.
        if (DeflectedDenial(pair.A) || DeflectedDenial(pair.B)) return null;
        // "this would never have happened" (had the issues been fixed): a counterfactual asserts no status and denies none.
        if (Counterfactual(pair.A) || Counterfactual(pair.B)) return null;
        // A unit's mentions are the same in every pair it is in: found once per unit.
        var ma = pair.A.Memo(MentionsKey, Mentions);
        var mb = pair.B.Memo(MentionsKey, Mentions);
        var pivots = ma.Concat(mb).SelectMany(m => m.Words).ToHashSet(StringComparer.Ordinal);
        if (!pair.SameSubject(pivots)) return null;
        return conflict
            ? new RuleFinding(this, StanceLabel.Contradicts, RuleEffect.Decide, 0.9, $"status: '{Describe(ma)}' vs '{Describe(mb)}'")
            : new RuleFinding(this, StanceLabel.Agrees, RuleEffect.Decide, 0.75, $"status: '{Describe(ma)}' is consistent with '{Describe(mb)}'");
    }

    /// <summary>
    /// Two status descriptions that say the same thing: one status asserted (or denied) on both sides, or an event
    /// postponed or held on one side and "not cancelled" on the other. Bits: cancelled 0, postponed 1, held 2.
    /// </summary>
    internal static bool Consistent(int a, int b)
    {
        const int cancelled = 1, postponedOrHeld = 0b110;
        int aAsserted = a & 0xFF, aDenied = (a >> 8) & 0xFF, bAsserted = b & 0xFF, bDenied = (b >> 8) & 0xFF;
        if ((aAsserted & bAsserted) != 0 || (aDenied & bDenied) != 0) return true;
        return ((aAsserted & postponedOrHeld) != 0 && (bDenied & cancelled) != 0)
            || ((bAsserted & postponedOrHeld) != 0 && (aDenied & cancelled) != 0);
    }

    private static string Describe(List<(string Text, bool Negated, string[] Words)> mentions) =>
        string.Join(", ", mentions.OrderBy(m => m.Negated).Select(m => m.Text).Distinct(StringComparer.Ordinal));

    /// <summary>
    /// True when a negated status word has a question word or quantifier between it and its negator
    /// (<see cref="Lexicon.NegationDeflectors"/>: "does not capture what happened"): the negator denies another verb.
    /// </summary>
    internal static bool DeflectedDenial(TextUnit u)
    {
        foreach (var (index, negated) in u.Memo(PositionsKey, Positions))
        {
            if (!negated) continue;
            for (int k = StanceRules.NegationStart(u, index) + 1; k < index; k++)
                if (Lexicon.NegationDeflectors.Contains(u.Words[k])) return true;
        }
        return false;
    }

    /// <summary>True when a status word of <paramref name="u"/> is the participle of a modal perfect
    /// (<see cref="ClauseGuards.CounterfactualPerfect"/>: "would never have happened").</summary>
    internal static bool Counterfactual(TextUnit u)
    {
        foreach (var (index, _) in u.Memo(PositionsKey, Positions))
            if (ClauseGuards.CounterfactualPerfect(u, index)) return true;
        return false;
    }

    private static readonly object PositionsKey = new();

    // Every status phrase by first word, in the lexicon's order: only those can match where a word starts.
    private static readonly PhraseStarts StatusPhrases = new(Lexicon.Statuses.SelectMany(st => st.Phrases));

    private static List<(int Index, bool Negated)> Positions(TextUnit u)
    {
        var result = new List<(int, bool)>();
        for (int i = 0; i < u.Words.Length; i++)
            if (StatusPhrases.At(u.Words[i]).Any(p => UnitBuilder.MatchAt(u.Words, i, p.Phrase))) result.Add((i, u.Negated[i]));
        return result;
    }

    private static readonly object MentionsKey = new();

    private static List<(string Text, bool Negated, string[] Words)> Mentions(TextUnit u)
    {
        var result = new List<(string, bool, string[])>();
        for (int i = 0; i < u.Words.Length; i++)
        {
            var phrase = StatusPhrases.At(u.Words[i]).FirstOrDefault(p => UnitBuilder.MatchAt(u.Words, i, p.Phrase)).Phrase;
            if (phrase is null) continue;
            int start = u.Negated[i] ? StanceRules.NegationStart(u, i) : i;
            result.Add((StanceRules.Phrase(u.Words, start, i + phrase.Length - 1), u.Negated[i], phrase));
            i += phrase.Length - 1;
        }
        return result;
    }
}
