namespace Claims.Stance;

/// <summary>
/// A mixed verdict on one set of things: "Putin reacted negatively to several U.S. proposals, though some elements of
/// Washington's drafts appeared more or less acceptable" and "some U.S. suggestions align with Russia's position, while
/// others remain unacceptable" agree: both say part of the proposals is acceptable and part is not. A text gives a
/// mixed verdict when it judges something favourably (<see cref="Lexicon.Approving"/>) and something unfavourably
/// (<see cref="Lexicon.Disapproving"/>, or a negated favourable word), splits what it judges into parts
/// (<see cref="Lexicon.PartQuantifiers"/>: "some", "others", "several") and joins the two judgements by a contrast
/// (<see cref="Lexicon.Contrasts"/>: "though", "while"). The two texts must judge the same things (same subject once
/// the judging words are set aside). "Some ... acceptable" against "others unacceptable" is no contradiction: they are
/// about different parts. A mixed verdict against a whole one ("rejected the proposals") is left to other evidence.
/// </summary>
public sealed class MixedAssessmentRule : IStanceRule
{
    /// <inheritdoc />
    public string Name => "mixed verdict";

    /// <inheritdoc />
    public RuleFinding? Evaluate(StancePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var a = pair.A.Memo(MixedKey, Find);
        if (a is null) return null;
        var b = pair.B.Memo(MixedKey, Find);
        if (b is null) return null;
        var pivots = new HashSet<string>(StringComparer.Ordinal);
        foreach (var u in new[] { pair.A, pair.B })
            for (int i = 0; i < u.Words.Length; i++)
                if (Judging(u.Words[i]) || Lexicon.PartQuantifiers.Contains(u.Words[i]) || Lexicon.Contrasts.Contains(u.Words[i]))
                {
                    pivots.Add(u.Words[i]);
                    if (u.Stems[i] is { } s) pivots.Add(s);
                }
        if (!pair.SameSubject(pivots, pair.Relatedness.LooseSameSubjectShare)) return null;
        return new RuleFinding(this, StanceLabel.Agrees, RuleEffect.Decide, 0.6,
            $"mixed verdict: '{a.Value.Favourable}' / '{a.Value.Unfavourable}' and '{b.Value.Favourable}' / '{b.Value.Unfavourable}'");
    }

    private static readonly object MixedKey = new();

    /// <summary>True when <paramref name="u"/> gives a mixed verdict (a favourable and an unfavourable judgement of parts).</summary>
    internal static bool IsMixed(TextUnit u) => u.Memo(MixedKey, Find) is not null;

    /// <summary>True for a word that judges favourably or unfavourably (<see cref="Lexicon.Approving"/>, <see cref="Lexicon.Disapproving"/>).</summary>
    internal static bool Judging(string word) => Lexicon.Approving.Contains(word) || Lexicon.Disapproving.Contains(word);

    /// <summary>The favourable and unfavourable phrases of a mixed verdict, or null when the text gives none.</summary>
    private static (string Favourable, string Unfavourable)? Find(TextUnit u)
    {
        int favourable = -1, unfavourable = -1;
        bool parts = false;
        for (int i = 0; i < u.Words.Length; i++)
        {
            string w = u.Words[i];
            parts |= Lexicon.PartQuantifiers.Contains(w);
            // A condition or a question judges nothing.
            if (!Judging(w) || StanceRules.InCondition(u, i)) continue;
            bool negated = u.Negated[i] || StanceRules.InNegatedClause(u, i);
            if (Lexicon.Approving.Contains(w))
            {
                if (negated) { if (unfavourable < 0) unfavourable = i; }
                else if (favourable < 0) favourable = i;
            }
            // A negated unfavourable word ("not unacceptable") is too weak a judgement to count.
            else if (!negated && unfavourable < 0) unfavourable = i;
        }
        if (!parts || u.Question || favourable < 0 || unfavourable < 0) return null;
        int from = Math.Min(favourable, unfavourable), to = Math.Max(favourable, unfavourable);
        bool contrast = false;
        for (int k = from + 1; k < to && !contrast; k++) contrast = Lexicon.Contrasts.Contains(u.Words[k]);
        if (!contrast) return null;
        return (Judgement(u, favourable), Judgement(u, unfavourable));
    }

    // The judging word with the negator scoping over it ("not acceptable").
    private static string Judgement(TextUnit u, int i) => StanceRules.Phrase(u.Words, u.Negated[i] ? StanceRules.NegationStart(u, i) : i, i);
}
