namespace Claims.Stance;

/// <summary>
/// Modality: a hedged statement ("may resign", "reportedly") neither agrees with nor contradicts an asserted one, so
/// it vetoes agreement; "no plans to" against "plans to" or "will" contradicts.
/// </summary>
public sealed class ModalityRule : IStanceRule
{
    private static readonly string[][] NoPlans = [["no", "plans"], ["no", "plan"], ["no", "intention"], ["not", "planning"], ["not", "going", "to"], ["has", "ruled", "out"], ["ruled", "out"]];
    private static readonly System.Collections.Frozen.FrozenSet<string> PlanPivots = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["plan", "plans", "intent", "intention", "will", "going", "rule", "ruled", "set"], StringComparer.Ordinal);
    private static readonly System.Collections.Frozen.FrozenSet<string> UnfirmPlan = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["reportedly", "allegedly", "whether", "if", "could", "may", "might", "rumored", "rumoured", "depend", "depends"], StringComparer.Ordinal);
    // The pivot sets as memo keys: each unit's content words without them are worked out once.
    private static readonly SubjectPivots PlanSubject = new(PlanPivots), ModalSubject = new(Lexicon.Modals);
    private static readonly string[][] Plans = [["plans", "to"], ["plan", "to"], ["planning", "to"], ["will"], ["intends", "to"], ["is", "going", "to"], ["are", "going", "to"], ["set", "to"]];

    /// <inheritdoc />
    public string Name => "modality";

    /// <inheritdoc />
    public RuleFinding? Evaluate(StancePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var a = pair.A;
        var b = pair.B;
        string? noA = Found(a, NoPlans), noB = Found(b, NoPlans);
        string? plansA = noA is null ? Found(a, Plans) : null, plansB = noB is null ? Found(b, Plans) : null;
        if ((noA is not null && plansB is not null) || (noB is not null && plansA is not null))
        {
            // A bare "will" states any future act, not a plan for this one: the texts must name the same people.
            bool bareWill = (plansA ?? plansB)!.StartsWith("will", StringComparison.Ordinal);
            if (bareWill && !pair.SharesNames()) return null;
            // A reported or conditional plan ("will reportedly hold talks", "whether a meeting occurs will depend")
            // is no firm plan to contradict.
            var planSide = plansA is not null ? a : b;
            if (planSide.Words.Any(UnfirmPlan.Contains)) return null;
            // "is not going to be cheap" and "will be released": a plan or a forecast is denied of its predicate only.
            if (!SamePredicate(a, noA is not null ? NoPlansStarts : PlansStarts, b, noB is not null ? NoPlansStarts : PlansStarts)) return null;
            if (pair.SameSubject(PlanSubject))
                return new RuleFinding(this, StanceLabel.Contradicts, RuleEffect.Decide, 0.75,
                    $"modality: '{noA ?? plansA}' vs '{noB ?? plansB}'");
            return null;
        }
        // What follows can only veto.
        if (pair.DecisionsOnly) return null;
        string? modalA = a.Memo(ModalKey, Modal), modalB = b.Memo(ModalKey, Modal);
        if ((modalA is null) == (modalB is null)) return null;
        if (!pair.SameSubject(ModalSubject)) return null;
        // A hedge covers its own clause: "the visit would mark the first trip ..., and comes amid ... following Trump's
        // return to the White House in January" asserts the return. When no content word the texts share lies in
        // the hedged clause, the hedge is about something else.
        if (modalA is not null ? !SharesInHedgedClause(a, b) : !SharesInHedgedClause(b, a)) return null;
        return new RuleFinding(this, StanceLabel.Neutral, RuleEffect.Veto, 0.6,
            modalA is not null ? $"modality: '{modalA}' (hedged) vs asserted" : $"modality: asserted vs '{modalB}' (hedged)")
        { Binding = HedgedDenial(modalA is not null ? a : b) };
    }

    /// <summary>
    /// True when <paramref name="hedged"/> is a hedged denial: its first modal is one of
    /// <see cref="Lexicon.PossibilityModals"/> (it says only what may be) and it denies something ("Sanders may not
    /// have the backing of a majority", "probably ... it's never been the role"). A denial that only may hold is
    /// compatible with the assertion it seems to deny, however strong the contrary cue. ("may play" against "will not
    /// play" stays open: a possibility against a firm denial is a contradiction.) "could not" tells what someone was
    /// unable to do ("the campaign could not focus on the state"): no hedge.
    /// </summary>
    private static bool HedgedDenial(TextUnit hedged)
    {
        int i = ModalIndex(hedged);
        if (i < 0 || !Lexicon.PossibilityModals.Contains(hedged.Words[i])) return false;
        if (hedged.Words[i] == "could" && i + 1 < hedged.Words.Length && Lexicon.Negators.Contains(hedged.Words[i + 1])) return false;
        return hedged.Words.Any(w => Lexicon.Negators.Contains(w) || Lexicon.ClauseNegators.Contains(w));
    }

    private static readonly object ModalKey = new();

    // Find, worked out once per unit and phrase list (the lists are the keys).
    private static readonly PhraseStarts NoPlansStarts = new(NoPlans), PlansStarts = new(Plans);
    private static readonly Func<TextUnit, string?> FindNoPlans = u => Find(u, NoPlansStarts), FindPlans = u => Find(u, PlansStarts);

    private static string? Found(TextUnit u, string[][] phrases) => u.Memo(phrases, phrases == NoPlans ? FindNoPlans : FindPlans);

    private static string? Modal(TextUnit u)
    {
        for (int i = 0; i < u.Words.Length; i++)
            // A capitalized "May" is the month.
            if (Lexicon.Modals.Contains(u.Words[i]) && !u.Capitalized[i])
                return i + 1 < u.Words.Length && u.Stems[i + 1] is not null ? u.Words[i] + " " + u.Words[i + 1] : u.Words[i];
        return null;
    }

    // Words that relate times ("since", "following"): shared, they say nothing about what the clauses are about.
    private static readonly System.Collections.Frozen.FrozenSet<string> TimeConnectives = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["since", "after", "before", "following", "until", "during", "when"], StringComparer.Ordinal);

    // Prepositions opening a time adjunct whose event is presupposed rather than hedged ("when" is left out: it also
    // opens indirect questions, "would decide when ...").
    private static readonly System.Collections.Frozen.FrozenSet<string> TemporalAdjuncts = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["since", "after", "before", "following", "until", "during"], StringComparer.Ordinal);

    private static readonly System.Collections.Frozen.FrozenSet<string> ClauseCoordinators = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["and", "but", "while", "whereas", "although", "though", "yet"], StringComparer.Ordinal);

    /// <summary>
    /// True when a content stem of <paramref name="hedged"/>'s hedged clause (the words between the clause breaks
    /// around its first modal: ";" or a comma before a coordinator, up to a time adjunct after the modal) also occurs
    /// in <paramref name="other"/>.
    /// </summary>
    private static bool SharesInHedgedClause(TextUnit hedged, TextUnit other)
    {
        int modal = ModalIndex(hedged);
        if (modal < 0) return true;
        int start = modal, end = modal;
        while (start > 0 && !ClauseBreak(hedged.Words, start - 1)) start--;
        while (end + 1 < hedged.Words.Length && !ClauseBreak(hedged.Words, end + 1)) end++;
        // A time adjunct after the modal ("would mark the first trip ... since Russia's 2022 invasion of Ukraine") names
        // what the hedged statement is measured against: the invasion is presupposed, not hedged.
        for (int i = modal + 1; i <= end; i++)
            if (TemporalAdjuncts.Contains(hedged.Words[i])) { end = i - 1; break; }
        var otherStems = other.Memo(StemSetKey, StemSet);
        for (int i = start; i <= end; i++)
            if (hedged.Stems[i] is { } st && !Lexicon.Modals.Contains(hedged.Words[i]) && !TimeConnectives.Contains(hedged.Words[i])
                && otherStems.Contains(st)) return true;
        return false;
    }

    private static readonly object StemSetKey = new();

    private static HashSet<string> StemSet(TextUnit u) => u.Stems.Where(st => st is not null).ToHashSet(StringComparer.Ordinal)!;

    // A clause ends at ";" and at a comma followed by a coordinating word.
    private static bool ClauseBreak(string[] words, int i) =>
        words[i] == ";" || (words[i] == "," && i + 1 < words.Length && ClauseCoordinators.Contains(words[i + 1]));

    private static int ModalIndex(TextUnit u)
    {
        for (int i = 0; i < u.Words.Length; i++)
            if (Lexicon.Modals.Contains(u.Words[i]) && !u.Capitalized[i]) return i;
        return -1;
    }

    // The first phrase found, at the first word where one starts (in list order there), with the word after it.
    private static string? Find(TextUnit u, PhraseStarts phrases) =>
        FindAt(u, phrases) is var (i, length) ? StanceRules.Phrase(u.Words, i, Math.Min(u.Words.Length - 1, i + length)) : null;

    // Where that phrase starts and how many words it has.
    private static (int Start, int Length)? FindAt(TextUnit u, PhraseStarts phrases)
    {
        for (int i = 0; i < u.Words.Length; i++)
            foreach (var (p, _) in phrases.At(u.Words[i]))
                if (UnitBuilder.MatchAt(u.Words, i, p)) return (i, p.Length);
        return null;
    }

    /// <summary>Words between a plan phrase and the verb or complement it is about ("no intention of attending", "going to be cheap").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> PredicateLinks = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["to", "of", "be", "been", "being", "have", "has", "now", "also", "still", "ever", "again", "soon", "actually", "really"], StringComparer.Ordinal);

    /// <summary>
    /// The word a plan phrase is about: the first word after it (links such as "to", "of", "be" skipped) when that is a
    /// content word ("no plans to visit": "visit", "not going to be cheap": "cheap"); -1 when a plan of a thing follows
    /// instead ("no plans for a summit").
    /// </summary>
    private static int Predicate(TextUnit u, PhraseStarts phrases)
    {
        if (FindAt(u, phrases) is not var (start, length)) return -1;
        for (int k = start + length; k < u.Words.Length; k++)
        {
            if (PredicateLinks.Contains(u.Words[k])) continue;
            return u.Stems[k] is not null || (ComparisonPredicates.Contains(u.Words[k]) && u.Words[k - 1] == "be") ? k : -1;
        }
        return -1;
    }

    /// <summary>
    /// True unless both plan phrases are about a word and neither word is in the other text ("not going to be cheap" and
    /// "will be released", "will charge"): a denial of one predicate says nothing of another. The same stem, verb lemma
    /// or synonym group anywhere in the other text counts ("will meet" and "no plans for a meeting").
    /// </summary>
    /// <remarks>
    /// The word must occur where the other text's own plan phrase starts or after it: "Democrats were not going to be
    /// like Trump" says nothing of "will come together" for the "would come together" of an earlier clause.
    /// </remarks>
    private static bool SamePredicate(TextUnit a, PhraseStarts phrasesA, TextUnit b, PhraseStarts phrasesB)
    {
        int pa = Predicate(a, phrasesA), pb = Predicate(b, phrasesB);
        if (pa < 0 || pb < 0) return true;
        return Occurs(a, pa, b, PlanStart(b, phrasesB)) || Occurs(b, pb, a, PlanStart(a, phrasesA));
    }

    // Where the plan phrase of u starts (0 when none is found).
    private static int PlanStart(TextUnit u, PhraseStarts phrases) => FindAt(u, phrases) is var (start, _) ? start : 0;

    /// <summary>Words after "be" in a plan phrase that make its predicate a comparison ("not going to be like Trump").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> ComparisonPredicates = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["like", "unlike"], StringComparer.Ordinal);

    // True when word k of u has its stem, verb lemma or synonym group among the words of other from position `from` on.
    private static bool Occurs(TextUnit u, int k, TextUnit other, int from)
    {
        var lemmas = Claims.Text.VerbLemmas.Default;
        string lemma = lemmas.Lemma(u.Words[k]);
        for (int m = from; m < other.Words.Length; m++)
        {
            if (other.Stems[m] is not { } s) continue;
            if (s == u.Stems[k] || lemmas.Lemma(other.Words[m]) == lemma
                || (u.SynonymGroups[k] is { } g && string.Equals(g, other.SynonymGroups[m], StringComparison.Ordinal))) return true;
        }
        return false;
    }
}
