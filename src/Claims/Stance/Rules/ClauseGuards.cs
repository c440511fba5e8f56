using System.Collections.Frozen;
using Claims.Text;

namespace Claims.Stance;

/// <summary>
/// Checks on the clause around a word negated on one side and plain on the other, for the cases where the two words
/// are no denial of one proposition: a negated noun followed by a negated relative clause (a double negation), a
/// negated word that is only the complement of the phrase's head ("no images of Mueller"), an object of another verb
/// ("has no weapon" against "drew the weapon"), a place under a negated preposition ("not at the White House"), an
/// adjective's complement ("not right for the part"), a hypothetical consequent ("if ..., nobody would talk"), a
/// "before" clause ("before negotiations began": they had not yet), and a demanded act ("demanding the release").
/// Each returns the reason it blocks, or a plain true when the pair is no denial; no parser, named word lists.
/// </summary>
internal static class ClauseGuards
{
    /// <summary>Words that open a relative clause after a noun ("a scene that he's not in").</summary>
    public static readonly FrozenSet<string> RelativeWords = Set("that", "which", "who", "whom", "where");

    /// <summary>The most words from a negated noun to its relative clause, and from the relative word to its negator.</summary>
    public const int RelativeReach = 6;

    /// <summary>
    /// The reason a negated noun's relative clause is negated too, or null: "There isn't a scene or a frame that he's
    /// not in" says he is in every scene, no denial of scenes.
    /// </summary>
    public static string? NegatedRelative(TextUnit neg, int index)
    {
        for (int k = index + 1; k < neg.Words.Length && k <= index + RelativeReach; k++)
        {
            string w = neg.Words[k];
            if (w.Length == 0 || (!char.IsLetterOrDigit(w[0]) && !IsQuote(w))) return null;
            if (!RelativeWords.Contains(w)) continue;
            for (int m = k + 1; m < neg.Words.Length && m <= k + RelativeReach; m++)
            {
                string x = neg.Words[m];
                if (x.Length == 0 || (!char.IsLetterOrDigit(x[0]) && !IsQuote(x) && x != "n't")) return null;
                if (x == "n't" || Lexicon.Negators.Contains(x) || Lexicon.ClauseNegators.Contains(x))
                    return $"'{neg.Words[index]}' has a negated relative clause ('{w} ... {x}'): a double negation";
            }
            return null;
        }
        return null;
    }

    /// <summary>
    /// The reason the negated word is only the complement of the phrase's head, or null: "no images of Mueller" denies
    /// the images, so the other side must name the head ("images") for the two to be one proposition.
    /// </summary>
    public static string? ComplementOfHead(TextUnit neg, int index, int start, TextUnit plain)
    {
        // "no intention of attending": a verb form after the head is the act the head denies, not a complement.
        if (start == index || UnitBuilder.LooksLikeVerb(neg.Words[index])) return null;
        for (int k = index - 1; k > start + 1; k--)
        {
            if (neg.Words[k] != "of") continue;
            if (neg.Stems[k - 1] is not { } head || neg.Negated[k - 1] is false) return null;
            return Array.IndexOf(plain.Stems, head) >= 0 ? null
                : $"'{neg.Words[index]}' is the complement of '{neg.Words[k - 1]}', which the other side does not name";
        }
        return null;
    }

    /// <summary>
    /// The reason the denied noun is the object of another verb than the other side's, or null: "he has no weapon"
    /// denies having one; "Wilson drew the weapon" says another act of another subject.
    /// </summary>
    public static string? ObjectOfAnotherVerb(TextUnit neg, int start, TextUnit plain, int pi)
    {
        if (neg.Words[start] != "no" || start == 0) return null;
        string verbN = neg.Words[start - 1];
        if (!UnitBuilder.LooksLikeVerb(verbN) && verbN is not ("has" or "have" or "had")) return null;
        int k = pi - 1;
        while (k >= 0 && EventGuards.ObjectDeterminers.Contains(plain.Words[k])) k--;
        if (k < 0 || k == pi - 1 || plain.Stems[k] is null || !UnitBuilder.LooksLikeVerb(plain.Words[k])) return null;
        string verbP = plain.Words[k];
        if (VerbLemmas.Default.Lemma(verbN) == VerbLemmas.Default.Lemma(verbP) || plain.Stems[k] == Stem(neg, start - 1)) return null;
        return $"'{verbN} no {neg.Words[start + 1]}' and '{verbP} ... {plain.Words[pi]}' are objects of different verbs";
    }

    /// <summary>Prepositions of place that, right after a negator, deny where the subject was ("not at the White House").</summary>
    public static readonly FrozenSet<string> PlacePrepositions = Set("at", "in", "inside", "on", "near", "aboard");

    /// <summary>The most words before the other side's word searched for the same preposition ("at the White House").</summary>
    public const int PlaceReach = 3;

    /// <summary>
    /// The reason a negated place is not the other side's, or null: "The president was not at the White House" denies
    /// where the president was; "the White House fence jumper" names the place for another purpose. The other side must
    /// put something at the place with the same preposition.
    /// </summary>
    public static string? NegatedPlace(TextUnit neg, int index, int start, TextUnit plain, int pi)
    {
        if (start + 1 >= index) return null;
        string preposition = neg.Words[start + 1];
        bool place = PlacePrepositions.Contains(preposition);
        if (!place && !RelationPrepositions.Contains(preposition)) return null;
        for (int k = pi - 1; k >= 0 && k >= pi - PlaceReach; k--)
            if (plain.Words[k] == preposition) return null;
        return place ? $"'{StanceRules.Phrase(neg.Words, start, index)}' denies a place the other side does not put anything '{preposition}'"
            : $"'{StanceRules.Phrase(neg.Words, start, index)}' denies a relation '{preposition}' that the other side does not state";
    }

    /// <summary>
    /// Prepositions that, right after a negator, deny a relation to what follows, not the thing itself: "Saturday
    /// night's all right for fighting, but not for debates", "are not through with Bernie Sanders". The other side
    /// must state the same relation (the same preposition before the word, as <see cref="NegatedPlace"/> reads places).
    /// "by" and "to" are left out: "not by Russia" names who did it, "not to run" negates the verb after it.
    /// </summary>
    public static readonly FrozenSet<string> RelationPrepositions = Set("for", "through", "with", "against", "about");

    /// <summary>
    /// The reason a negated adjective's complement is not the other side's, or null: "he was not right for the part"
    /// is said of the part; "the right balance of prickliness" names no part.
    /// </summary>
    public static string? AdjectiveComplement(TextUnit neg, int index, TextUnit plain)
    {
        if (neg.Capitalized[index] || UnitBuilder.LooksLikeVerb(neg.Words[index])) return null;
        int k = index + 1;
        if (k >= neg.Words.Length || neg.Words[k] != "for") return null;
        k++;
        while (k < neg.Words.Length && EventGuards.ObjectDeterminers.Contains(neg.Words[k])) k++;
        if (k >= neg.Words.Length || neg.Stems[k] is not { } complement) return null;
        return Array.IndexOf(plain.Stems, complement) >= 0 ? null
            : $"'{neg.Words[index]} for ... {neg.Words[k]}' is said of '{neg.Words[k]}', which the other side does not name";
    }

    /// <summary>Modals of a conditional's consequent ("nobody would talk about us").</summary>
    public static readonly FrozenSet<string> ConsequentModals = Set("would", "could", "might");

    /// <summary>Most words between a modal and the perfect's "have" of a counterfactual ("would never have happened").</summary>
    public const int CounterfactualReach = 2;

    /// <summary>
    /// True when word <paramref name="index"/> is the participle of a modal perfect, "would (never) have happened",
    /// "could not have been cancelled": a counterfactual tells what did not come to pass under another course of events
    /// ("had the billing issues been fixed, this would never have happened" says it did happen), so it neither asserts
    /// nor denies the event. Reads "have" (and "been") right before the word and a modal of
    /// <see cref="ConsequentModals"/> at most <see cref="CounterfactualReach"/> words before "have".
    /// </summary>
    public static bool CounterfactualPerfect(TextUnit u, int index)
    {
        ArgumentNullException.ThrowIfNull(u);
        int k = index - 1;
        if (k >= 0 && u.Words[k] == "been") k--;
        if (k < 1 || u.Words[k] != "have") return false;
        for (int m = k - 1; m >= 0 && m >= k - 1 - CounterfactualReach; m--)
            if (ConsequentModals.Contains(u.Words[m])) return true;
        return false;
    }

    /// <summary>
    /// True when word <paramref name="index"/> follows a modal of <see cref="ConsequentModals"/> within two words and
    /// its sentence has an "if" or "unless" before or after it: the consequent of a condition asserts nothing ("if
    /// Vogue didn't reflect modern culture, nobody would talk about us"; "it would not surprise me if they opened").
    /// </summary>
    public static bool Hypothetical(TextUnit u, int index)
    {
        bool modal = false;
        for (int k = index - 1; k >= 0 && k >= index - 2; k--)
            if (ConsequentModals.Contains(u.Words[k])) modal = true;
        if (!modal) return false;
        for (int k = index - 1; k >= 0; k--)
        {
            if (u.Words[k] is "." or "!" or "?") break;
            if (u.Words[k] is "if" or "unless") return true;
        }
        for (int k = index + 1; k < u.Words.Length; k++)
        {
            if (u.Words[k] is "." or "!" or "?") return false;
            if (u.Words[k] is "if" or "unless") return true;
        }
        return false;
    }

    /// <summary>The most words from "before" to the word its clause holds ("before negotiations began").</summary>
    public const int BeforeReach = 4;

    /// <summary>
    /// True when word <paramref name="index"/> is in a clause opened by "before" ("before negotiations began"): what it
    /// tells had not happened yet at the time the sentence speaks of, so it asserts nothing a denial contradicts.
    /// </summary>
    public static bool BeforeClause(TextUnit u, int index)
    {
        for (int k = index - 1; k >= 0 && k >= index - BeforeReach; k--)
        {
            string w = u.Words[k];
            if (w.Length == 0 || (!char.IsLetterOrDigit(w[0]) && !IsQuote(w))) return false;
            if (w == "before") return k + 1 < u.Words.Length && u.Stems[k + 1] is not null && !char.IsDigit(u.Words[k + 1][0]);
        }
        return false;
    }

    /// <summary>Words that, before "of", set a thing aside as making no difference ("regardless of intent").</summary>
    private static readonly FrozenSet<string> Disregarding = Set("regardless", "irrespective");

    /// <summary>
    /// True when word <paramref name="index"/> is what "regardless of" or "irrespective of" sets aside (one modifier may
    /// stand between: "regardless of criminal intent"): the text says the thing makes no difference, it does not say
    /// the thing is there, so a denial of it ("Clinton had shown no criminal intent") contradicts nothing.
    /// </summary>
    public static bool SetAside(TextUnit u, int index)
    {
        for (int k = index - 1; k >= 1 && k >= index - 2; k--)
        {
            if (u.Words[k] == "of") return Disregarding.Contains(u.Words[k - 1]);
            if (u.Stems[k] is null) return false;
        }
        return false;
    }

    /// <summary>The most words from a demand to the act it wants ("demanding the release").</summary>
    public const int DemandReach = 3;

    /// <summary>
    /// True when word <paramref name="index"/> is the act a demand wants (<see cref="Lexicon.Demands"/>: "had been
    /// demanding the release of detained extremists"): wanted, not done, so no denial of it ("has not released") is a
    /// contradiction.
    /// </summary>
    public static bool Demanded(TextUnit u, int index)
    {
        for (int k = index - 1; k >= 0 && k >= index - DemandReach; k--)
            foreach (var phrase in Lexicon.Demands)
                if (UnitBuilder.MatchAt(u.Words, k, phrase)) return true;
        return false;
    }

    /// <summary>Phrases of an aim or a need: what follows them is wanted or required, not done ("aimed to win by a large
    /// enough margin", "would have to win big primary states by large margins").</summary>
    private static readonly string[][] Aims =
    [
        ["aimed", "to"], ["aims", "to"], ["aim", "to"], ["aiming", "to"], ["hoped", "to"], ["hopes", "to"], ["hoping", "to"],
        ["have", "to"], ["has", "to"], ["need", "to"], ["needs", "to"], ["needed", "to"], ["trying", "to"],
        ["tried", "to"], ["tries", "to"], ["attempt", "to"], ["attempted", "to"], ["wants", "to"], ["wanted", "to"],
    ];

    /// <summary>The most words from an aim phrase's start to the word it wants done ("aimed to win by a large"; an
    /// inserted example list between commas is not counted: "would have to win big primary states, such as New York and
    /// California, by large margins").</summary>
    public const int AimReach = 8;

    /// <summary>Words that open an inserted example list between commas ("states, such as New York and California, by").</summary>
    private static readonly string[][] InsertionOpeners =
        [["such", "as"], ["including"], ["like"], ["especially"], ["namely"], ["for", "example"], ["for", "instance"]];

    /// <summary>The most words an inserted example list may hold between its commas.</summary>
    public const int InsertionReach = 12;

    /// <summary>Words before "not to" that make the denial a caution or an attempt, not a fact: "must be careful not to
    /// launch a popular initiative", "Trump's attempt not to engage in personal attacks".</summary>
    private static readonly FrozenSet<string> CautionWords = Set(
        "careful", "cautious", "wary", "mindful", "attempt", "attempts", "attempted", "attempting", "effort", "efforts",
        "try", "tries", "tried", "trying", "sought", "seek", "seeks", "seeking", "strive", "strives", "strived", "striving");

    /// <summary>
    /// True when the negator of word <paramref name="index"/> is the "not" of "careful not to" or "attempt not to"
    /// (<see cref="CautionWords"/>): a caution or an attempt says what someone means to avoid, not that it did not
    /// happen ("the SVP must be careful not to launch a popular initiative" against "the SVP has used this to repeatedly
    /// launch divisive initiatives").
    /// </summary>
    public static bool Cautioned(TextUnit u, int index)
    {
        int start = StanceRules.NegationStart(u, index);
        if (start < 1 || start + 1 >= u.Words.Length || u.Words[start] != "not" || u.Words[start + 1] != "to") return false;
        return CautionWords.Contains(u.Words[start - 1]);
    }

    /// <summary>
    /// True when word <paramref name="index"/> follows an aim or a need (<see cref="Aims"/>) in its clause, within
    /// <see cref="AimReach"/> words: "The Vermont senator aimed to win by a large enough margin" asserts no margin, so
    /// "it's not by large enough margins" denies nothing it says.
    /// </summary>
    public static bool Aimed(TextUnit u, int index)
    {
        int read = 0;
        for (int k = index - 1; k >= 0 && read < AimReach; k--, read++)
        {
            string w = u.Words[k];
            if (w == "," && InsertionStart(u, k) is int open) { k = open; read--; continue; }
            if (w.Length == 0 || !char.IsLetterOrDigit(w[0])) return false;
            foreach (var phrase in Aims)
                if (UnitBuilder.MatchAt(u.Words, k, phrase)) return true;
        }
        return false;
    }

    // The index of the comma that opens an inserted example list closed by the comma at `close` (", such as New York
    // and California,"), or null when no such list ends there.
    private static int? InsertionStart(TextUnit u, int close)
    {
        for (int k = close - 1; k >= 0 && k >= close - InsertionReach; k--)
        {
            string w = u.Words[k];
            if (w == ",")
            {
                foreach (var opener in InsertionOpeners)
                    if (UnitBuilder.MatchAt(u.Words, k + 1, opener)) return k;
                return null;
            }
            if (w.Length == 0 || !char.IsLetterOrDigit(w[0])) return null;
        }
        return null;
    }

    /// <summary>Particles that make a verb another verb ("show up", "give up", "turn out", "pay off", "break down", "hold back").</summary>
    public static readonly FrozenSet<string> VerbParticles = Set("up", "out", "off", "down", "away", "back");

    /// <summary>
    /// True when one word is a verb with a particle (<see cref="VerbParticles"/>) and the other, without it, a noun
    /// after a determiner: "he never showed up to eat the burger" (to appear) against "shared on a local news show" or
    /// "the TV show": another word, so a denial of one denies nothing the other says. A bare verb ("Saudi TV didn't blur
    /// out her face" / "Saudi TV blurs her face") or a noun of the act ("no blurring") is the same word. Two different
    /// particles make two verbs as well: "Sanders didn't hold back" (he attacked) and "he held off supporting either"
    /// (he waited) deny and assert different things.
    /// </summary>
    public static bool ParticleDiffers(TextUnit a, int i, TextUnit b, int j)
    {
        string? pa = Particle(a, i), pb = Particle(b, j);
        if (pa == pb) return false;
        if (pa is not null && pb is not null) return true;
        return (pa is not null && pb is null && Nominal(b, j)) || (pb is not null && pa is null && Nominal(a, i));
    }

    // The adjectives "go" links (WordLists.GoComplements).
    private static readonly FrozenSet<string> GoComplements = WordLists.GoComplements.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// True when word <paramref name="k"/> is a form of "go" linking the adjective after it to the subject ("has gone
    /// unnoticed", "went missing", "went viral"; <see cref="WordLists.GoComplements"/> or an "un...ed" participle):
    /// another verb than "go" of motion or "went after" (attacked), so a denial of one denies nothing the other says.
    /// </summary>
    public static bool LinkingGo(TextUnit u, int k)
    {
        if (k + 1 >= u.Words.Length || VerbLemmas.Default.Lemma(u.Words[k]) != "go") return false;
        string next = u.Words[k + 1];
        return GoComplements.Contains(next)
            || (next.Length > MinUnParticiple && next.StartsWith("un", StringComparison.Ordinal) && next.EndsWith("ed", StringComparison.Ordinal));
    }

    // An "un...ed" participle has more letters than this ("unnoticed", "unaided"); "united" (six) is a verb of its own.
    private const int MinUnParticiple = 6;

    private static string? Particle(TextUnit u, int k) =>
        k + 1 < u.Words.Length && VerbParticles.Contains(u.Words[k + 1]) ? u.Words[k + 1] : null;

    /// <summary>The most words between a determiner and the noun it opens ("a local news show").</summary>
    public const int NounPhraseReach = 3;

    // Word k heads a noun phrase: a determiner before it, with only modifiers not shaped like verbs between.
    private static bool Nominal(TextUnit u, int k)
    {
        for (int m = k - 1; m >= 0 && m >= k - NounPhraseReach; m--)
        {
            string w = u.Words[m];
            if (EventGuards.Determiners.Contains(w)) return true;
            if (u.Stems[m] is null || (!u.Capitalized[m] && UnitBuilder.LooksLikeVerb(w))) return false;
        }
        return false;
    }

    /// <summary>The most words from a clause-opening negative subject ("not a single person") to a word of its predicate.</summary>
    public const int NegatedSubjectReach = 16;

    /// <summary>
    /// True when word <paramref name="index"/> is in a clause that opens with a negator, so its subject is negative
    /// ("So far, not a single person has come forward claiming to have seen the object", "Nobody reported hearing a
    /// blast"): everything the clause goes on to say is denied, however far from the negator, so the word is denied
    /// on its own side too. A punctuation mark, a clause opener or a coordinating word ends the clause.
    /// </summary>
    public static bool NegatedSubject(TextUnit u, int index)
    {
        for (int k = index - 1; k >= 0 && k >= index - NegatedSubjectReach; k--)
        {
            string w = u.Words[k];
            if (w.Length == 0) continue;
            if (!char.IsLetterOrDigit(w[0]) && !IsQuote(w)) return false;
            if (Lexicon.ClauseOpeners.Contains(w) || w is "and" or "or" or "but") return false;
            if ((Lexicon.Negators.Contains(w) || Lexicon.ClauseNegators.Contains(w)) && OpensClause(u, k)) return true;
        }
        return false;
    }

    // Word k is the first of its clause: the text's first word or one after a punctuation mark other than a quote.
    private static bool OpensClause(TextUnit u, int k) =>
        k == 0 || (u.Words[k - 1] is { Length: > 0 } before && !char.IsLetterOrDigit(before[0]) && !IsQuote(before));

    private static string? Stem(TextUnit u, int k) => k >= 0 && k < u.Stems.Length ? u.Stems[k] : null;

    private static bool IsQuote(string w) => w is "'" or "\"" or "\u2018" or "\u2019" or "\u201C" or "\u201D" or "`" or "''" or "``";

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
