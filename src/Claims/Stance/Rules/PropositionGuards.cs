using System.Collections.Frozen;
using Claims.Text;

namespace Claims.Stance;

/// <summary>
/// Checks that a negation denies the very proposition the other side asserts: the same predicate and the same
/// arguments in the same roles. A negated word is often only an argument of what is denied ("no militants were
/// killed" denies the killing; "not Baghdadi's wife" denies the wife; "struck targets in Syria, but not Iraq" denies
/// Jordan's striking), or the other side uses it in another role ("did not cause injuries" against "the crater was
/// caused by a space object"). Each check returns the reason it blocks, or null. No parser: word shapes and named
/// word lists (<see cref="EventGuards"/>).
/// </summary>
internal static class PropositionGuards
{
    /// <summary>Determiners that deny a noun phrase's existence ("no militants", "none of the hospitals").</summary>
    public static readonly FrozenSet<string> DenyingDeterminers = Set("no", "none", "neither");

    /// <summary>Words that join the nouns of one subject ("Neither Ferguson nor St. Louis County police have").</summary>
    public static readonly FrozenSet<string> PhraseJoiners = Set("nor", "or", "and");

    /// <summary>Prepositions a subject noun phrase may carry before its predicate ("none of the hospitals in the city have").</summary>
    public static readonly FrozenSet<string> PhrasePrepositions = Set("of", "in", "at", "from", "on", "with", "near", "inside", "among");

    /// <summary>The most words from a denied noun to its predicate ("no Islamic State militants were killed").</summary>
    public const int PredicateReach = 8;

    /// <summary>
    /// The reason a negated noun phrase's predicate is not the other side's, or null: when a denying determiner
    /// ("no", "none of") opens a subject whose predicate follows ("No Islamic State militants were killed in the
    /// airstrikes", "none of the hospitals in the city have the diagnostic facilities"), the text denies that
    /// predicate of the noun, not the noun: the other side must assert the predicate's head word too.
    /// </summary>
    public static string? DeniedPredicate(TextUnit neg, int index, int start, TextUnit plain, int pi)
    {
        if (start == index || !DenyingDeterminers.Contains(neg.Words[start])) return null;
        for (int k = start + 1; k < index; k++)
            if (EventGuards.Auxiliaries.Contains(neg.Words[k]) || LooksLikePredicate(neg, k)) return null;
        int head = PredicateHead(neg, index);
        if (head < 0 || Asserts(plain, neg, head)) return null;
        // "no definite deal had been agreed" and "reaches deal": two verbs that settle one agreement.
        if (SettlingVerbs.Contains(neg.Words[head]) && plain.Words.Any(SettlingVerbs.Contains)) return null;
        return $"'{StanceRules.Phrase(neg.Words, start, index)}' is denied of '{neg.Words[head]}', which the other side does not assert";
    }

    /// <summary>
    /// Verb forms with which an agreement is said to exist ("a deal was reached / agreed / signed / struck"): a denial
    /// with one ("no definite deal had been agreed") and an assertion with another ("reaches deal") are one proposition.
    /// </summary>
    public static readonly FrozenSet<string> SettlingVerbs = Set(
        "reach", "reached", "reaches", "reaching", "agree", "agreed", "agrees", "agreeing", "sign", "signed", "signs", "signing",
        "strike", "struck", "strikes", "seal", "sealed", "seals", "conclude", "concluded", "concludes", "finalize", "finalized",
        "finalise", "finalised", "broker", "brokered", "clinch", "clinched");

    /// <summary>
    /// The first content word of the predicate after the noun phrase ending at <paramref name="index"/>: past the
    /// phrase's modifiers and prepositional phrases, its auxiliaries and determiners; -1 when none follows in the clause.
    /// </summary>
    private static int PredicateHead(TextUnit u, int index)
    {
        int k = index + 1;
        for (; k < u.Words.Length && k <= index + PredicateReach; k++)
        {
            string w = u.Words[k];
            // The period of an abbreviated name ("St. Louis") does not end the phrase.
            if (w == "." && k > 0 && u.Words[k - 1].Length <= 3 && u.Capitalized[k - 1]) continue;
            if (w.Length == 0 || (!char.IsLetterOrDigit(w[0]) && w != "'s")) return -1;
            if (EventGuards.Auxiliaries.Contains(w) || LooksLikePredicate(u, k)) break;
            if (u.Stems[k] is null && !PhrasePrepositions.Contains(w) && !EventGuards.ObjectDeterminers.Contains(w) && !PhraseJoiners.Contains(w)) return -1;
        }
        for (; k < u.Words.Length; k++)
        {
            string w = u.Words[k];
            if (w.Length == 0 || !char.IsLetterOrDigit(w[0])) return -1;
            if (u.Stems[k] is not null && !EventGuards.Auxiliaries.Contains(w)) return k;
            if (!EventGuards.Auxiliaries.Contains(w) && !EventGuards.ObjectDeterminers.Contains(w)) return -1;
        }
        return -1;
    }

    /// <summary>A lower-case word shaped like a verb form ("killed", "died"), not a name.</summary>
    private static bool LooksLikePredicate(TextUnit u, int k) => !u.Capitalized[k] && u.Stems[k] is not null && UnitBuilder.LooksLikeVerb(u.Words[k]);

    /// <summary>
    /// The reason a negated name is only the possessor of what is denied, or null: "Dulaimi is not Abu Bakr
    /// al-Baghdadi's wife" denies the wife, so the other side must name the possessed noun ("wife") to be denied. The
    /// words drop the possessive "'s", so it is read from the unit's text.
    /// </summary>
    public static string? PossessedHead(TextUnit neg, int index, TextUnit plain)
    {
        if (!neg.Capitalized[index]) return null;
        for (int k = index + 1; k < neg.Words.Length && k <= index + PossessorReach; k++)
        {
            string w = neg.Words[k];
            // The possessor is a name of a few words ("Abu Bakr al-Baghdadi's"): a verb or punctuation ends it.
            if (w.Length == 0 || !char.IsLetterOrDigit(w[0]) || EventGuards.Auxiliaries.Contains(w)) return null;
            if (!Possessive(neg, k)) continue;
            var possessed = new List<string>();
            for (int m = k; m < neg.Words.Length && possessed.Count < 2 && neg.Stems[m] is { } s; m++) possessed.Add(s);
            if (possessed.Count == 0) return null;
            foreach (var s in possessed)
                if (Array.IndexOf(plain.Stems, s) >= 0) return null;
            return $"'{neg.Words[index]}' is the possessor of '{string.Join(' ', possessed)}', which the other side does not name";
        }
        return null;
    }

    /// <summary>
    /// The reason the plain side only mentions what the denial says does not exist, or null: "Obama has no strategy to
    /// defeat ISIS" against "the same criticism of President Obama's strategy can be leveled against his critics". A
    /// possessed noun inside a prepositional phrase ("of Obama's strategy", "about their plan") refers to the thing to say
    /// something else of it; it asserts no more than the denial's own subject does. Only a determiner "no" (a denial that
    /// the thing exists) is set aside: "Clinton's emails contained classified material" against "no classified material"
    /// states the material in the predicate and stays a contradiction.
    /// </summary>
    public static string? PresupposedByPossessor(TextUnit neg, int start, TextUnit plain, int index)
    {
        if (neg.Words[start] != "no" || index < 2) return null;
        int possessor = index - 1;
        bool pronoun = Array.IndexOf(WordLists.PossessivePronouns, plain.Words[possessor]) >= 0;
        if (!pronoun && !Possessive(plain, index)) return null;
        // The possessor is a pronoun or a name of a few capitalized words ("President Obama's").
        int before = possessor - 1;
        if (!pronoun)
            while (before >= 0 && before >= possessor - PossessorReach && plain.Capitalized[before]) before--;
        if (before < 0 || Array.IndexOf(WordLists.Prepositions, plain.Words[before]) < 0) return null;
        string owner = pronoun ? plain.Words[possessor] : plain.Words[possessor] + "'s";
        return $"'{plain.Words[before]} {owner} {plain.Words[index]}' mentions what the denial says does not exist";
    }

    /// <summary>True when word <paramref name="k"/> follows a possessive "'s" on the word before it in the unit's text ("Baghdadi's wife").</summary>
    private static bool Possessive(TextUnit u, int k) =>
        u.Text.Contains(u.Words[k - 1] + "'s " + u.Words[k], StringComparison.OrdinalIgnoreCase)
        || u.Text.Contains(u.Words[k - 1] + "\u2019s " + u.Words[k], StringComparison.OrdinalIgnoreCase);

    /// <summary>The most words from a negated name to its possessive "'s" ("Abu Bakr al-Baghdadi's").</summary>
    public const int PossessorReach = 5;

    /// <summary>
    /// The reason the thing acted on differs, or null: when one side uses the verb in the passive ("the crater was caused
    /// by a space object": the crater is caused) and the other in the active ("the impact did not cause any injuries":
    /// the injuries), the active side's object (or the noun a relative clause leaves its object to: "a visitor it didn't
    /// identify") and the passive side's subject must share a content word. Names count.
    /// </summary>
    public static string? PassiveRoles(TextUnit neg, int ni, int start, TextUnit plain, int pi)
    {
        int pn = PassiveStart(neg, ni), pp = PassiveStart(plain, pi);
        if ((pn < 0) == (pp < 0)) return null;
        var (patientN, headN) = pn >= 0 ? Subject(neg, pn) : ActiveObjectHead(neg, ni, start);
        var (patientP, headP) = pp >= 0 ? Subject(plain, pp) : ActiveObjectHead(plain, pi, pi);
        if (patientN.Count == 0 || patientP.Count == 0) return null;
        // The phrases may share a word of their names ("Abu Bakr al-Baghdadi" and "Abu Hajar al-Souri, a top aide to
        // ... al-Baghdadi"): the thing acted on is the same only when one phrase names the other's head.
        if (patientP.Contains(headN) || patientN.Contains(headP)) return null;
        return $"different things acted on '{string.Join(' ', patientN)}' vs '{string.Join(' ', patientP)}'";
    }

    // A passive's subject and its head, the word nearest the verb ("leader Abu Bakr al-Baghdadi has not been killed").
    private static (List<string> Stems, string Head) Subject(TextUnit u, int end)
    {
        var stems = StanceRules.ClauseSubject(u, end);
        return (stems, stems.Count > 0 ? stems[0] : "");
    }

    // An active verb's object and its head: its last content word before a preposition ("killed Abu Hajar al-Souri").
    private static (List<string> Stems, string Head) ActiveObjectHead(TextUnit u, int index, int start)
    {
        var stems = ActiveObject(u, index, start);
        if (stems.Count == 0) return (stems, "");
        string head = stems[0];
        for (int k = index + 1, seen = 0; k < u.Words.Length && seen < stems.Count; k++)
        {
            if (seen > 0 && Array.IndexOf(WordLists.Prepositions, u.Words[k]) >= 0) break;
            if (u.Stems[k] is { } s && s == stems[seen]) { head = s; seen++; }
        }
        return (stems, head);
    }

    /// <summary>The most auxiliaries read back from a participle ("has not been identified").</summary>
    public const int AuxiliaryReach = 4;

    /// <summary>The most content words of the noun a relative clause modifies ("a recent visitor it didn't identify").</summary>
    public const int RelativeNounWords = 3;

    /// <summary>
    /// The index of the first auxiliary before word <paramref name="index"/> when the word is a participle after a form
    /// of "be" ("was caused", "were not killed", "has been identified"), or -1 when the word is not passive.
    /// </summary>
    private static int PassiveStart(TextUnit u, int index)
    {
        if (!UnitBuilder.LooksLikeVerb(u.Words[index]) || u.Words[index].EndsWith("ing", StringComparison.Ordinal)) return -1;
        // "in a photo released by Canadian media": a participle after its noun, with its agent, is a passive too.
        if (ReducedRelative(u, index)) return index;
        int first = -1;
        bool be = false;
        for (int k = index - 1; k >= 0 && k >= index - AuxiliaryReach; k--)
        {
            string w = u.Words[k];
            // "has not been killed": the negator stands among the auxiliaries.
            if (Lexicon.Negators.Contains(w) || w == "n't") continue;
            if (!EventGuards.Auxiliaries.Contains(w)) break;
            if (Array.IndexOf(WordLists.BeForms, w) >= 0) be = true;
            first = k;
        }
        return be ? first : -1;
    }

    /// <summary>True when participle <paramref name="index"/> follows a lower-case noun and precedes "by" ("a photo
    /// released by Canadian media"): a relative clause without its "which was", so the noun is what is acted on.</summary>
    private static bool ReducedRelative(TextUnit u, int index) =>
        index > 0 && index + 1 < u.Words.Length && u.Words[index + 1] == "by" && u.Words[index].EndsWith("ed", StringComparison.Ordinal)
        && u.Stems[index - 1] is not null && !u.Capitalized[index - 1] && !LooksLikePredicate(u, index - 1);

    /// <summary>
    /// The content stems of the object right after an active verb; without one, the noun a relative clause before the
    /// verb modifies ("a recent visitor it didn't identify": "visitor", "recent").
    /// </summary>
    private static List<string> ActiveObject(TextUnit u, int index, int start)
    {
        var stems = EventGuards.Object(u, index);
        if (stems.Count > 0) return stems;
        bool ends = index + 1 >= u.Words.Length || !char.IsLetterOrDigit(u.Words[index + 1][0]) || PhrasePrepositions.Contains(u.Words[index + 1]);
        int subject = start - 1;
        if (!ends || subject < 1 || !EventGuards.SubjectPronouns.Contains(u.Words[subject])) return stems;
        for (int k = subject - 1; k >= 0 && stems.Count < RelativeNounWords; k--)
        {
            if (u.Stems[k] is not { } s || LooksLikePredicate(u, k)) break;
            stems.Add(s);
        }
        return stems;
    }

    /// <summary>Words that join an elided negation to the clause it shortens ("in Syria, but not Iraq").</summary>
    public static readonly FrozenSet<string> ElisionJoiners = Set(",", "but", "and");

    /// <summary>The most words the clause an elided negation shortens is read back.</summary>
    public const int ElidedClauseReach = 15;

    /// <summary>
    /// The reason the clause an elided negation shortens is not the other side's, or null: "Jordan had struck ISIS
    /// targets in Syria, but not Iraq" denies that Jordan struck targets in Iraq, so the other side must name that
    /// clause's subject (its first content word) and its verbs, the corrected word ("Syria") aside ("the summit was
    /// postponed, not cancelled" needs "summit").
    /// </summary>
    public static string? ElidedClause(TextUnit neg, int index, int start, TextUnit plain)
    {
        if (neg.Words[start] != "not" || start < 2 || !ElisionJoiners.Contains(neg.Words[start - 1])) return null;
        // The negation is elided only when its phrase ends the clause ("but not Iraq,").
        for (int k = index + 1; k < neg.Words.Length && k <= index + 2; k++)
        {
            string w = neg.Words[k];
            if (w.Length == 0 || !char.IsLetterOrDigit(w[0])) break;
            if (EventGuards.Auxiliaries.Contains(w) || LooksLikePredicate(neg, k)) return null;
        }
        int end = start - 1;
        while (end > 0 && ElisionJoiners.Contains(neg.Words[end])) end--;
        int counterpart = end, from = end;
        while (from > 0 && end - from < ElidedClauseReach)
        {
            string w = neg.Words[from - 1];
            if (w.Length == 0 || (!char.IsLetterOrDigit(w[0]) && w != "'s") || Lexicon.ClauseOpeners.Contains(w)) break;
            from--;
        }
        var missing = new List<string>();
        bool subject = true;
        for (int k = from; k < counterpart; k++)
        {
            if (neg.Stems[k] is null || Lexicon.ReportingStems.Contains(neg.Stems[k]!)) continue;
            bool verb = !neg.Capitalized[k] && UnitBuilder.LooksLikeVerb(neg.Words[k]);
            if ((subject || verb) && !Asserts(plain, neg, k)) missing.Add(neg.Words[k]);
            subject = false;
        }
        return missing.Count == 0 ? null : $"'{StanceRules.Phrase(neg.Words, start, index)}' shortens a clause of '{string.Join(' ', missing)}', which the other side does not name";
    }

    /// <summary>The shortest stem read as the start of a longer one of the same word ("agre" of "agreement").</summary>
    public const int MinSharedPrefix = 4;

    /// <summary>True when <paramref name="plain"/> uses word <paramref name="k"/> of <paramref name="u"/>: the same stem or the same verb lemma.</summary>
    private static bool Asserts(TextUnit plain, TextUnit u, int k)
    {
        string? stem = u.Stems[k];
        string lemma = VerbLemmas.Default.Lemma(u.Words[k]);
        for (int j = 0; j < plain.Words.Length; j++)
        {
            if (plain.Stems[j] is not { } s) continue;
            if (s == stem || s == lemma || VerbLemmas.Default.Lemma(plain.Words[j]) == lemma) return true;
            // "agreed" and "agreement": one word's stem begins the other's.
            if (stem is not null && Math.Min(s.Length, stem.Length) >= MinSharedPrefix
                && (s.StartsWith(stem, StringComparison.Ordinal) || stem.StartsWith(s, StringComparison.Ordinal))) return true;
        }
        return false;
    }

    /// <summary>Degree words that, after a negated verb, compare degrees ("haven't felt so violated", "not too bad").</summary>
    public static readonly FrozenSet<string> DegreeWords = Set("so", "too", "this");

    /// <summary>
    /// True when a negated word is followed by a degree word and a content word ("haven't felt so violated in my life
    /// before") or by "as X as": the text denies a degree or compares, it asserts the feeling itself.
    /// </summary>
    public static bool DegreeCompared(TextUnit u, int index)
    {
        int k = index + 1;
        if (k + 1 >= u.Words.Length) return false;
        if (DegreeWords.Contains(u.Words[k])) return u.Stems[k + 1] is not null;
        return u.Words[k] == "as" && k + 2 < u.Words.Length && u.Stems[k + 1] is not null && u.Words[k + 2] == "as";
    }

    /// <summary>
    /// True when word <paramref name="index"/> is a modifier before a noun ("the right balance of prickliness"): a
    /// determiner before it, a lower-case content word after it that is not shaped like a verb. Such a word describes
    /// a thing; it states nothing a predicate ("he was not right for the part") could deny.
    /// </summary>
    public static bool Attributive(TextUnit u, int index)
    {
        if (index == 0 || index + 1 >= u.Words.Length || u.Capitalized[index]) return false;
        if (!EventGuards.Determiners.Contains(u.Words[index - 1]) || u.Stems[index + 1] is null || u.Capitalized[index + 1]) return false;
        string next = u.Words[index + 1];
        return !UnitBuilder.LooksLikeVerb(next) && !char.IsDigit(next[0]);
    }

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
