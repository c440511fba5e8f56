using System.Collections.Frozen;

namespace Claims.Stance;

/// <summary>
/// What a negation covers, read from the sentence around it: a denial narrowed by a purpose ("not registered as a
/// charity to solicit donations"), a correction of a phrase's head ("not a Black Lives Matter moment, it's a
/// movement"), a word past the head "no" denies ("no law requiring candidates"), a denial restricted to a time ("no
/// longer being audited"), a comparison ("no bigger threat than this", "no other secretary"), and a plain word said
/// of the antecedent of a relative clause ("the janitor who's paying taxes"). Each check is a reason the negated word
/// and the plain one are no denial of one proposition. Stateless; word lists are named sets below.
/// </summary>
internal static class NegationScope
{
    /// <summary>The most words from a negated word to the "to" of a purpose that narrows its denial.</summary>
    internal const int PurposeReach = 10;

    /// <summary>The most words from a word to the relative pronoun of its clause, and from that pronoun to its antecedent.</summary>
    internal const int RelativeReach = 4;

    /// <summary>The most words from a comparative to its "than".</summary>
    internal const int ThanReach = 6;

    /// <summary>Words that open a correction after a denied phrase ("not a moment, it's a movement", "not X but Y").</summary>
    private static readonly FrozenSet<string> CorrectionOpeners = Set("but", "it", "rather", "instead");

    /// <summary>Relative pronouns that hang a clause on the noun before them.</summary>
    private static readonly FrozenSet<string> RelativePronouns = Set("who", "which", "whose");

    /// <summary>Words that restrict a denial to a time: "no longer audited", "not audited for returns before 2009".</summary>
    private static readonly FrozenSet<string> TimeRestrictors = Set("longer", "anymore", "before", "earlier", "prior", "previous");

    /// <summary>Comparatives written without "-er" that rank rather than assert.</summary>
    private static readonly FrozenSet<string> Comparatives = Set("more", "less", "fewer", "better", "worse", "most", "least");

    /// <summary>
    /// True when the denial of word <paramref name="ni"/> of <paramref name="neg"/> is narrower or other than the
    /// proposition word <paramref name="pi"/> of <paramref name="plain"/> asserts; each check says why.
    /// </summary>
    public static bool NarrowsDenial(TextUnit neg, int ni, TextUnit plain, int pi)
    {
        int start = StanceRules.NegationStart(neg, ni);
        // "not registered in New York as a charity to solicit donations" denies the registration for that purpose.
        if (PurposeNarrowed(neg, ni, plain)) return true;
        // "not a Black Lives Matter moment, it's a movement": the head is corrected, the modifier kept.
        if (ModifierUnderCorrectedHead(neg, start, ni)) return true;
        // "no law requiring candidates to disclose" denies the law, not the candidates.
        if (PastHeadUnderNo(neg, start, ni)) return true;
        // "no longer being audited", "not audited for returns before 2009" against "the audit": another time.
        if (RestrictedDenialOfEventNoun(neg, start, ni, plain, pi)) return true;
        // "any business should pay some form of taxes" states a duty, "not paying taxes" a fact: no fact flips.
        // A denial of the future ("women won't be punished") answers a duty ("should be punished"): it stands.
        if (Obligated(plain, pi) && !Obligated(neg, start) && !Modal(neg, start)) return true;
        // "no bigger threat than this", "no other secretary of state": the denial ranks, unless the plain side ranks
        // too; a plain ranking ("nobody more qualified than Clinton") still asserts the quality of what it ranks.
        return Compared(neg, start, ni) && !ComparedPlain(plain, pi);
    }

    /// <summary>Modals of duty: "should pay", "ought to pay" say what is owed, not what is done.</summary>
    private static readonly FrozenSet<string> DutyModals = Set("should", "ought", "shouldn't");

    /// <summary>Modals a denial may carry ("won't", "wouldn't", "can't"): the denial is no fact of the present or past.</summary>
    private static readonly FrozenSet<string> Modals = Set("will", "wo", "would", "can", "ca", "could", "shall", "may", "might", "must");

    /// <summary>True when the negation at <paramref name="start"/> is on a modal ("won't", "will not", "cannot").</summary>
    private static bool Modal(TextUnit u, int start) =>
        u.Words[start] == "cannot" || Modals.Contains(u.Words[start]) || (start > 0 && Modals.Contains(u.Words[start - 1]));

    /// <summary>True when a modal of duty (<see cref="DutyModals"/>) governs the verb at <paramref name="index"/>, across auxiliaries and "to".</summary>
    private static bool Obligated(TextUnit u, int index)
    {
        for (int k = index - 1; k >= 0 && k >= index - RelativeReach; k--)
        {
            string w = u.Words[k];
            if (DutyModals.Contains(w)) return true;
            if (w != "to" && !EventGuards.Auxiliaries.Contains(w)) return false;
        }
        return false;
    }

    /// <summary>
    /// True when the negated word's clause goes on, past at least one word, to an infinitive "to" + verb (no
    /// determiner, no name, no figure) whose verb <paramref name="plain"/> never uses, while <paramref name="plain"/>
    /// repeats a content word of the phrase between: the plain side states the same predicate and adjunct, only
    /// without the purpose that narrows the denial ("not registered in New York as a charity to solicit donations"
    /// and "registered in the state as a charity"). "won't be punished for exercising their right to terminate a
    /// pregnancy" against "should be punished" shares nothing between, so the denial stands.
    /// </summary>
    private static bool PurposeNarrowed(TextUnit neg, int ni, TextUnit plain)
    {
        var words = neg.Words;
        bool echoed = false;
        for (int k = ni + 1; k + 1 < words.Length && k <= ni + PurposeReach; k++)
        {
            // "no Democratic ballots and she had to wait": a coordinated clause has its own purpose.
            if (EndsClause(words[k]) || words[k] is "and" or "or" or "but" || Lexicon.ClauseOpeners.Contains(words[k])) return false;
            if (k == ni + 1 || words[k] != "to" || neg.Stems[k + 1] is not { } verb || neg.Capitalized[k + 1]
                || !char.IsLetter(words[k + 1][0]) || EventGuards.ObjectDeterminers.Contains(words[k + 1]))
            {
                echoed |= neg.Stems[k] is { } s && Array.IndexOf(plain.Stems, s) >= 0;
                continue;
            }
            return echoed && Array.IndexOf(plain.Stems, verb) < 0;
        }
        return false;
    }

    /// <summary>
    /// True when word <paramref name="index"/> modifies a head under "not" and a determiner ("not a Black Lives Matter
    /// moment") and, for a capitalized modifier, a correction follows that replaces the head with another noun and no
    /// other name ("it's a movement"): the modifier holds, only the head is denied. An uncapitalized modifier needs
    /// no correction ("it's not a confirmed Ebola case").
    /// </summary>
    public static bool ModifierUnderCorrectedHead(TextUnit u, int start, int index)
    {
        if (start == index || u.Words[start] == "no") return false;
        bool determiner = false;
        for (int k = start + 1; k < index; k++)
        {
            if (u.Words[k] is "a" or "an" or "the" or "any") determiner = true;
            else if (u.Stems[k] is not null) return false;
        }
        if (!determiner || index + 1 >= u.Words.Length || u.Stems[index + 1] is null) return false;
        return !u.Capitalized[index] || HeadCorrected(u, index);
    }

    /// <summary>
    /// True when the noun phrase from <paramref name="index"/> ends in a head, a correction opener follows, and the
    /// correction's content words (to the next punctuation) are all uncapitalized and end in another noun than the head.
    /// </summary>
    private static bool HeadCorrected(TextUnit u, int index)
    {
        int k = index;
        while (k + 1 < u.Words.Length && u.Stems[k + 1] is not null) k++;
        string? head = u.Stems[k];
        int m = k + 1;
        while (m < u.Words.Length && u.Words[m] is "," or "\u2014" or "-" or "--" or ";") m++;
        if (m >= u.Words.Length || !CorrectionOpeners.Contains(u.Words[m])) return false;
        string? last = null;
        for (int c = m + 1; c < u.Words.Length && !EndsClause(u.Words[c]); c++)
        {
            if (u.Stems[c] is not { } s || EventGuards.Auxiliaries.Contains(u.Words[c])) continue;
            if (u.Capitalized[c]) return false;
            last = s;
        }
        return last is not null && last != head;
    }

    /// <summary>
    /// True when word <paramref name="index"/> is under a determiner "no" past the head of its noun phrase: a content
    /// word and then a participle in "-ing" or a relative pronoun ("who", "which"; not "that", which may open the
    /// noun's content: "no evidence that the video is real") stand between ("no law requiring candidates"), so the word belongs to the head's complement, which "no" does not deny.
    /// </summary>
    private static bool PastHeadUnderNo(TextUnit u, int start, int index)
    {
        if (start == index || u.Words[start] != "no" || (start + 1 < u.Words.Length && u.Words[start + 1] == "longer")) return false;
        for (int k = start + 2; k < index; k++)
        {
            bool opensComplement = (u.Words[k].EndsWith("ing", StringComparison.Ordinal) && u.Stems[k] is not null)
                || RelativePronouns.Contains(u.Words[k]);
            if (opensComplement && u.Stems[k - 1] is not null && !u.Words[k - 1].EndsWith("ly", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>
    /// True when the plain word is an event noun after a determiner ("the audit") and the negated word a verb after a
    /// form of "be" ("not being audited") whose clause restricts the denial to a time (<see cref="TimeRestrictors"/>):
    /// the noun names an audit, the denial another time's.
    /// </summary>
    private static bool RestrictedDenialOfEventNoun(TextUnit neg, int start, int ni, TextUnit plain, int pi)
    {
        if (pi == 0 || !EventGuards.Determiners.Contains(plain.Words[pi - 1]) || ni == 0
            || Array.IndexOf(Claims.Text.WordLists.BeForms, neg.Words[ni - 1]) < 0) return false;
        for (int k = start; k < neg.Words.Length && k <= ni + PurposeReach; k++)
        {
            if (k > ni && EndsClause(neg.Words[k])) return false;
            if (TimeRestrictors.Contains(neg.Words[k])) return true;
        }
        return false;
    }

    /// <summary>
    /// True when a comparison stands between the negator and word <paramref name="index"/>: "other" or "else" ("no
    /// other secretary"), or a comparative followed by "than" ("no bigger threat ... than this", "nobody more qualified than").
    /// </summary>
    private static bool Compared(TextUnit u, int start, int index)
    {
        for (int k = start + 1; k <= index; k++)
        {
            string w = u.Words[k];
            if (k < index && w is "other" or "else") return true;
            if ((Comparatives.Contains(w) || (w.Length > 4 && w.EndsWith("er", StringComparison.Ordinal))) && ThanFollows(u, k)) return true;
        }
        return false;
    }

    /// <summary>True when plain word <paramref name="index"/> is ranked: a comparative before it and "than" after ("more qualified than").</summary>
    private static bool ComparedPlain(TextUnit u, int index) =>
        index > 0 && Comparatives.Contains(u.Words[index - 1]) && ThanFollows(u, index);

    private static bool ThanFollows(TextUnit u, int k)
    {
        for (int m = k + 1; m < u.Words.Length && m <= k + ThanReach; m++)
        {
            if (u.Words[m] == "than") return true;
            if (EndsClause(u.Words[m])) return false;
        }
        return false;
    }

    /// <summary>
    /// Why plain word <paramref name="pi"/>, in a relative clause ("the janitor in here who's paying taxes"), is said
    /// of another subject than the negated word (its negation at <paramref name="start"/>): the clause's antecedent is named nowhere on the
    /// negated side, whose own subject is no pronoun (a pronoun may be the antecedent). Null when it is one subject.
    /// </summary>
    public static string? RelativeAntecedent(TextUnit neg, int start, TextUnit plain, int pi)
    {
        int pronoun = -1;
        for (int k = pi - 1; k >= 0 && k >= pi - RelativeReach; k--)
        {
            string w = plain.Words[k];
            if (RelativePronouns.Contains(w)) { pronoun = k; break; }
            if (!EventGuards.Auxiliaries.Contains(w)) return null;
        }
        if (pronoun < 0 || EventGuards.PronounSubject(neg, start) is not null) return null;
        for (int k = pronoun - 1; k >= 0 && k >= pronoun - RelativeReach; k--)
        {
            if (EndsClause(plain.Words[k])) return null;
            if (plain.Stems[k] is not { } antecedent) continue;
            return Array.IndexOf(neg.Stems, antecedent) >= 0 ? null
                : $"'{plain.Words[pi]}' is said of '{plain.Words[k]}', which the other side does not name";
        }
        return null;
    }

    private static bool EndsClause(string w) => w.Length > 0 && !char.IsLetterOrDigit(w[0]) && !StanceRules.IsQuote(w);

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
