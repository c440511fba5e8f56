using System.Collections.Frozen;

namespace Claims.Stance;

/// <summary>
/// Denials that say something else than the opposite of the other text, seen in election coverage: "no path to the
/// nomination other than persuading superdelegates" names the one path; "not voting for Trump does not mean voting for
/// Clinton" makes a gerund its subject, a topic rather than a claim; "Cruz came away with no delegates" counts one
/// contest's delegates while "Cruz has 370 delegates" counts a total; "he did not sign" and "she signed" deny and
/// assert of two people. Stateless.
/// </summary>
internal static class DenialContexts
{
    /// <summary>Phrases after a denied noun that name the exception ("no path other than ...").</summary>
    private static readonly string[][] Exceptions = [["other", "than"], ["except"], ["apart", "from"], ["save", "for"], ["besides"]];

    /// <summary>Negators that deny a noun and so admit an exception ("no", "none", "nothing", "nobody").</summary>
    internal static readonly FrozenSet<string> NounNegators = FrozenSet.ToFrozenSet(
        ["no", "none", "nothing", "nobody", "neither"], StringComparer.Ordinal);

    /// <summary>The most words from a denied noun to its exception.</summary>
    private const int ExceptionReach = 6;

    /// <summary>Words skipped back from a figure or a "no" to the verb that governs the counted noun.</summary>
    private static readonly FrozenSet<string> CountLinkers = FrozenSet.ToFrozenSet(
        ["with", "away", "up", "out", "off", "so", "far", "just", "only", "about", "nearly", "almost", "at", "least", "more",
         "than", "a", "total", "of", "now", "already"], StringComparer.Ordinal);

    /// <summary>
    /// True when the negation of word <paramref name="ni"/> of <paramref name="neg"/> asserts no opposite of the plain
    /// side: the denial names an exception, or the negated word opens a gerund subject.
    /// </summary>
    public static bool NoOpposite(TextUnit neg, int ni) => Excepted(neg, ni) || GerundSubject(neg, ni) || ComplementOfNo(neg, ni);

    /// <summary>
    /// "no daylight between America and Israel": under a determiner "no", a word after a preposition completes the
    /// denied noun; the denial is of the daylight, not of America.
    /// </summary>
    private static bool ComplementOfNo(TextUnit u, int index)
    {
        int start = StanceRules.NegationStart(u, index);
        if (u.Words[start] != "no") return false;
        for (int k = start + 2; k < index; k++)
            if (RelationPrepositions.Contains(u.Words[k])) return true;
        return false;
    }

    /// <summary>
    /// Prepositions that relate the denied noun to something else ("no daylight between", "no deaths in"); "of", "to"
    /// and "for" are left out, as "no intention of attending" denies the attending.
    /// </summary>
    private static readonly FrozenSet<string> RelationPrepositions = FrozenSet.ToFrozenSet(
        ["between", "among", "with", "against", "over", "from", "in", "at", "on"], StringComparer.Ordinal);

    /// <summary>
    /// Why negated word <paramref name="ni"/> of <paramref name="neg"/> and plain word <paramref name="pi"/> of
    /// <paramref name="plain"/> are no one proposition, or null: a noun against a verb (<see cref="NounVerbUse"/>), a
    /// count against "no" under other verbs, or subject pronouns of different persons.
    /// </summary>
    public static string? Block(TextUnit neg, int ni, TextUnit plain, int pi)
    {
        if (NounVerbUse.Block(neg, ni, plain, pi) is { } nounVerb) return nounVerb;
        int start = StanceRules.NegationStart(neg, ni);
        if (ZeroAgainstCount(neg, start, ni, plain, pi) is { } count) return count;
        if (DenialReferents.Block(neg, ni, plain, pi) is { } referent) return referent;
        // "win or lose in Tuesday's primary" asserts neither; "the responsibility of officials to handle classified
        // material" states a duty, not what was done.
        if (Alternatives(plain, pi)) return $"'{plain.Words[pi]} or {plain.Words[pi + 2]}' asserts neither";
        if (Duty(plain, pi)) return $"'{plain.Words[pi]}' is said of a duty";
        string? pn = EventGuards.PronounSubject(neg, start), po = EventGuards.PronounSubject(plain, pi);
        return PersonsDiffer(pn, po) ? $"different subjects '{pn}' vs '{po}'" : null;
    }

    // "he" / "she", or either against "it" / "they": two people, or a person and a thing or a group.
    private static bool PersonsDiffer(string? a, string? b) =>
        a is not null && b is not null && a != b && (a is "he" or "she" || b is "he" or "she") && a is not ("i" or "we" or "you")
        && b is not ("i" or "we" or "you");

    /// <summary>"no path to the nomination other than ...": a noun negator and an exception after the word.</summary>
    private static bool Excepted(TextUnit u, int index)
    {
        int start = StanceRules.NegationStart(u, index);
        if (start == index || !NounNegators.Contains(u.Words[start])) return false;
        for (int k = index + 1; k < u.Words.Length && k <= index + ExceptionReach; k++)
        {
            if (u.Words[k].Length > 0 && !char.IsLetterOrDigit(u.Words[k][0])) return false;
            foreach (var phrase in Exceptions)
                if (UnitBuilder.MatchAt(u.Words, k, phrase)) return true;
        }
        return false;
    }

    /// <summary>
    /// "not voting for Donald Trump does not mean ...": "not" opens its clause (text start, punctuation or "that")
    /// right before an "-ing" word, and the clause's predicate is denied: a gerund subject, of which the clause says
    /// what it does not imply.
    /// </summary>
    private static bool GerundSubject(TextUnit u, int index)
    {
        int start = StanceRules.NegationStart(u, index);
        if (u.Words[start] != "not" || index != start + 1 || !u.Words[index].EndsWith("ing", StringComparison.Ordinal)) return false;
        bool opens = start == 0 || u.Words[start - 1] == "that" || !char.IsLetterOrDigit(u.Words[start - 1][0]) && !StanceRules.IsQuote(u.Words[start - 1]);
        // The clause's own predicate is denied ("does not mean"): it says what the gerund does not imply. One that
        // asserts ("not paying taxes made him smart") presupposes the gerund, a denial that stands.
        return opens && DeniedLater(u, index);
    }

    // True when a negator follows word `index` in its sentence.
    private static bool DeniedLater(TextUnit u, int index)
    {
        for (int k = index + 1; k < u.Words.Length; k++)
        {
            if (u.Words[k] is "." or "!" or "?" or ";") return false;
            if (u.Words[k] is "not" or "n't" or "never") return true;
        }
        return false;
    }

    /// <summary>
    /// "came away with no delegates" against "has 370 delegates": a count (a figure right before the plain noun) and
    /// "no" under verbs of different lemmas count different things (a contest's, a total); under one verb ("has no
    /// delegates" / "has 370 delegates") they meet.
    /// </summary>
    private static string? ZeroAgainstCount(TextUnit neg, int start, int ni, TextUnit plain, int pi)
    {
        if (neg.Words[start] != "no" || ni != start + 1 || pi < 1) return null;
        int figure = pi - 1;
        // "758 pledged delegates": one modifier may stand between the figure and the noun.
        if (!IsFigure(plain.Words[figure]) && (figure < 1 || !IsFigure(plain.Words[--figure]))) return null;
        string? vn = GoverningVerb(neg, start), vp = GoverningVerb(plain, figure);
        if (vn is null || vp is null || vn == vp) return null;
        return $"'no {neg.Words[ni]}' under '{vn}' and a count under '{vp}'";
    }

    private static bool IsFigure(string w) => w.Length > 0 && char.IsDigit(w[0]);

    // The lemma of the word before `index`, past the particles, prepositions and quantity words of a count.
    private static string? GoverningVerb(TextUnit u, int index)
    {
        for (int k = index - 1; k >= 0 && k >= index - 5; k--)
        {
            string w = u.Words[k];
            if (CountLinkers.Contains(w)) continue;
            if (w.Length == 0 || !char.IsLetter(w[0])) return null;
            return Claims.Text.VerbLemmas.Default.Lemma(w);
        }
        return null;
    }

    /// <summary>True when word <paramref name="index"/> is followed by "or" and a listed opposite of it ("win or lose").</summary>
    private static bool Alternatives(TextUnit u, int index)
    {
        if (index + 2 >= u.Words.Length || u.Words[index + 1] != "or") return false;
        string w = u.Words[index], other = u.Words[index + 2];
        foreach (var (left, right) in Lexicon.Antonyms)
            if ((left.Any(p => p.Length == 1 && p[0] == w) && right.Any(p => p.Length == 1 && p[0] == other))
                || (right.Any(p => p.Length == 1 && p[0] == w) && left.Any(p => p.Length == 1 && p[0] == other))) return true;
        return false;
    }

    /// <summary>Nouns of a duty, whose "to" clause says what should be done ("the responsibility of officials to handle").</summary>
    private static readonly FrozenSet<string> DutyNouns = FrozenSet.ToFrozenSet(
        ["responsibility", "duty", "obligation", "responsibilities", "duties", "obligations"], StringComparer.Ordinal);

    /// <summary>The most words from a duty noun to the word its "to" clause holds.</summary>
    private const int DutyReach = 16;

    /// <summary>True when a duty noun and a "to" after it stand before word <paramref name="index"/> in its sentence.</summary>
    private static bool Duty(TextUnit u, int index)
    {
        bool to = false;
        for (int k = index - 1; k >= 0 && k >= index - DutyReach; k--)
        {
            string w = u.Words[k];
            if (w is "." or "!" or "?" or ";") return false;
            if (w == "to") to = true;
            else if (to && DutyNouns.Contains(w)) return true;
        }
        return false;
    }
}
