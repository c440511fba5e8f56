namespace Claims.Stance;

/// <summary>
/// Denials that are compatible with the other text's plain word: the plain side denies its own predicate in other
/// words ("the laboratory facilities do not have the capabilities" beside "no laboratory facility"), or the denial
/// says something is new rather than untrue ("we've never had offers from abroad before" beside "we've had offers
/// from America"). The negation rule asks these before it reads a polarity mismatch as a contradiction.
/// </summary>
internal static class CompatibleDenials
{
    /// <summary>How many words after the plain word a negator may stand and still deny the predicate it is subject of.</summary>
    private const int PredicateReach = 4;

    /// <summary>Negative predicates that deny their subject as "not" does ("reattachment was impossible").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> NegativePredicates = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["impossible", "unable", "unlikely"], StringComparer.Ordinal);

    /// <summary>Words that end the clause of a subject: after one, a negator denies something else.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> ClauseBreaks = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["and", "or", "but", "that", "which", "who", "while", "because", "although", "though", "if", "when", "unless",
         "since", "after", "before", "however", "despite", "whereas", "as"], StringComparer.Ordinal);

    /// <summary>
    /// True when the plain word <paramref name="index"/> of <paramref name="plain"/> is in the subject of a predicate
    /// its own text denies: a negator or a negative predicate follows within <see cref="PredicateReach"/> words in
    /// the same clause ("a first-generation version may not reach its goals").
    /// </summary>
    public static bool PlainSideDenies(TextUnit plain, int index)
    {
        var w = plain.Words;
        for (int k = index + 1; k < w.Length && k <= index + PredicateReach; k++)
        {
            if (IsBreak(w[k])) return false;
            if (Lexicon.Negators.Contains(w[k]) || Lexicon.ClauseNegators.Contains(w[k]) || NegativePredicates.Contains(w[k]))
                return true;
        }
        return false;
    }

    /// <summary>
    /// True when the clause of the negated word <paramref name="index"/> of <paramref name="negated"/> ends with
    /// "before" ("never had offers from the other side of the world before"): it says the thing is new, not untrue.
    /// </summary>
    public static bool Novelty(TextUnit negated, int index)
    {
        var w = negated.Words;
        for (int k = index + 1; k < w.Length; k++)
        {
            if (w[k] == "before") return k + 1 == w.Length || IsPunctuation(w[k + 1]);
            if (IsBreak(w[k])) return false;
        }
        return false;
    }

    /// <summary>How many words a fronted "without" phrase may run before its comma.</summary>
    private const int FrontedPhraseReach = 6;

    /// <summary>Conjunctions after which a clause, and a fronted phrase with it, begins.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> ClauseJoiners = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["but", "and", "that", "so", "yet", "because"], StringComparer.Ordinal);

    /// <summary>
    /// True when the negated word <paramref name="index"/> of <paramref name="negated"/> is in a fronted "without"
    /// phrase ("Without a charge, a dead watch isn't even a watch"): it sets a condition, it denies nothing.
    /// </summary>
    public static bool FrontedWithout(TextUnit negated, int index)
    {
        int start = StanceRules.NegationStart(negated, index);
        var w = negated.Words;
        // "But without Scalia, ...", "that without the Latino vote he is dead": a conjunction may open the clause too.
        if (start == index || w[start] != "without" || (start > 0 && !IsPunctuation(w[start - 1]) && !ClauseJoiners.Contains(w[start - 1]))) return false;
        for (int k = start + 1; k < w.Length && k <= start + FrontedPhraseReach; k++)
        {
            if (w[k] == ",") return k > index;
            // The main clause's subject pronoun ends the phrase without a comma ("without the Latino vote he is dead").
            if (k > index && EventGuards.SubjectPronouns.Contains(w[k])) return true;
        }
        return false;
    }

    /// <summary>Words of knowing and telling: denied before a question word they deny knowing or telling only.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> KnowingWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["know", "knew", "known", "knows", "sure", "certain", "clear", "aware", "say", "said", "says", "tell", "told",
         "explain", "explained", "disclose", "disclosed", "reveal", "revealed", "confirm", "confirmed", "determine", "determined"],
        StringComparer.Ordinal);

    /// <summary>Adverbs that may stand between a word of knowing and its question word ("know exactly when").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> QuestionAdverbs = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["exactly", "precisely", "yet", "immediately", "for", "sure", "certain", "certainly", "how", "fully"], StringComparer.Ordinal);

    /// <summary>How many words after a word of knowing its question word may stand.</summary>
    private const int QuestionReach = 3;

    /// <summary>
    /// True when the negated word <paramref name="index"/> is a word of knowing or telling followed by a question word
    /// ("we don't know exactly when", "did not say whether"): the text is ignorant of something, it denies nothing.
    /// </summary>
    public static bool Ignorance(TextUnit negated, int index)
    {
        var w = negated.Words;
        if (!KnowingWords.Contains(w[index])) return false;
        for (int k = index + 1; k < w.Length && k <= index + QuestionReach; k++)
        {
            if (Lexicon.NegationDeflectors.Contains(w[k]) || w[k] == "if") return true;
            if (!QuestionAdverbs.Contains(w[k])) return false;
        }
        return false;
    }

    /// <summary>
    /// True when <paramref name="u"/> states ignorance: a negated word of knowing or telling is followed by a question
    /// word (<see cref="Ignorance"/>: "Experts do not know whether the meteorite disintegrated"). Such a text asserts
    /// neither answer, so no text denying one of them disputes it.
    /// </summary>
    public static bool StatesIgnorance(TextUnit u)
    {
        for (int k = 0; k < u.Words.Length; k++)
            if (u.Negated[k] && Ignorance(u, k)) return true;
        return false;
    }

    /// <summary>
    /// True when a question word ("whether", "when", "if", ...) stands between the negator at <paramref name="start"/>
    /// and word <paramref name="index"/>, or is the word: the negation bears on knowing or asking, not on the word.
    /// </summary>
    public static bool QuestionBetween(TextUnit u, int start, int index)
    {
        for (int k = start + 1; k <= index && k < u.Words.Length; k++)
            if (Lexicon.NegationDeflectors.Contains(u.Words[k]) || u.Words[k] == "if") return true;
        return false;
    }

    /// <summary>
    /// True when the negation of word <paramref name="index"/> is an imperative "don't" opening its clause or quotation
    /// ("saying 'don't shoot'"): a plea, not a denial that something happened.
    /// </summary>
    public static bool NegativeImperative(TextUnit negated, int index)
    {
        int start = StanceRules.NegationStart(negated, index);
        var w = negated.Words;
        if (start == index || w[start] != "do" || start + 1 >= w.Length || w[start + 1] is not ("n't" or "not")) return false;
        if (start == 0) return true;
        string before = w[start - 1];
        return before is "saying" or "shouting" or "yelling" or "screaming" or "pleading" or ":" or "," || StanceRules.IsQuote(before);
    }


    /// <summary>How many words back a list may run from a negator to the plain word ("don't have a navy, air force, nuclear weapons").</summary>
    private const int ListReach = 10;

    /// <summary>Auxiliaries and light verbs a negator may stand before ("don't have", "was not").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> LightVerbs = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        [.. Claims.Text.WordLists.BeForms, .. Claims.Text.WordLists.HaveDoForms, "contain", "contains", "include", "includes", "get", "got"],
        StringComparer.Ordinal);

    /// <summary>
    /// True when the plain word <paramref name="index"/> is a later item of a list its own text denies: walking back
    /// over nouns, commas and "or"/"and"/"nor" reaches a determiner "no" ("no front or back license plates") or a verb
    /// right after a negator ("they don't have a navy, air force, nuclear weapons"). A verb of its own, another
    /// punctuation mark or a clause opener ends the list.
    /// </summary>
    public static bool NegatedList(TextUnit plain, int index)
    {
        var w = plain.Words;
        for (int k = index - 1; k >= 0 && k >= index - ListReach; k--)
        {
            string word = w[k];
            if (word == "no" || Lexicon.ClauseNegators.Contains(word)) return true;
            if (word is "," or "or" or "and" or "nor") continue;
            if (IsPunctuation(word) || ClauseBreaks.Contains(word) || Lexicon.Negators.Contains(word)) return false;
            if (LightVerbs.Contains(word) || UnitBuilder.LooksLikeVerb(word))
                return k > 0 && (w[k - 1] is "n't" or "not" or "never");
        }
        return false;
    }

    /// <summary>How many modifiers may stand between a negative-polarity "any" and the plain word ("any specific policies").</summary>
    private const int AnyModifierReach = 2;

    /// <summary>How many words before a negative-polarity "any" the negator of its verb may stand ("did not include: any").</summary>
    private const int AnyNegatorReach = 4;

    /// <summary>
    /// True when the plain word <paramref name="index"/> follows a negative-polarity "any" that a negated verb before
    /// it governs, also across a colon or dash that sets the object apart ("what it did not include: any mention of
    /// Russia"): the "any" phrase is denied with its verb, so the plain side denies the word as the other text does.
    /// </summary>
    public static bool NegativePolarityAny(TextUnit plain, int index)
    {
        var w = plain.Words;
        for (int k = index - 1; k >= 0 && k >= index - 1 - AnyModifierReach; k--)
        {
            if (w[k] == "any") return NegatorBeforeAny(w, k);
            if (IsBreak(w[k])) return false;
        }
        return false;
    }

    // A negator within reach before "any" in the same clause; one colon or dash right before "any" may stand between.
    private static bool NegatorBeforeAny(string[] w, int any)
    {
        int stop = any - AnyNegatorReach;
        for (int k = any - 1; k >= 0 && k >= stop; k--)
        {
            string word = w[k];
            if (k == any - 1 && word is ":" or "-" or "--" or "\u2014" or "\u2013")
            {
                stop--;
                continue;
            }
            if (IsBreak(word)) return false;
            if (Lexicon.Negators.Contains(word) || Lexicon.ClauseNegators.Contains(word)) return true;
        }
        return false;
    }

    /// <summary>How many words before a word "please" may stand and still make it a request.</summary>
    private const int RequestReach = 3;

    /// <summary>True when "please" stands up to three words before word <paramref name="index"/> in its clause: a request.</summary>
    public static bool Requested(TextUnit u, int index)
    {
        for (int k = index - 1; k >= 0 && k >= index - RequestReach; k--)
        {
            if (u.Words[k] == "please") return true;
            if (IsBreak(u.Words[k])) return false;
        }
        return false;
    }

    private static bool IsBreak(string word) => IsPunctuation(word) || ClauseBreaks.Contains(word);

    // A punctuation mark other than quotes and apostrophes (which sit inside clauses).
    private static bool IsPunctuation(string word) =>
        word.Length > 0 && !char.IsLetterOrDigit(word[0]) && word[0] is not ('"' or '\'' or '\u2019' or '\u201c' or '\u201d');
}
