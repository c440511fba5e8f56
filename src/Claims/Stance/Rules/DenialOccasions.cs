namespace Claims.Stance;

/// <summary>
/// A denial and an assertion that share a word but not the occasion they speak of, seen in a year of election coverage:
/// a pronoun subject against a person the pronoun's text never names ("he has no intention of becoming his party's
/// nominee" / "should Clinton become the nominee"), and a bare denial of existence against a mention pinned to a place
/// the denial does not name ("there are no exit polls" / "Exit Polls In West Virginia"). Each check returns the reason
/// it blocks, or null. Stateless.
/// </summary>
internal static class DenialOccasions
{
    /// <summary>Third-person pronouns whose referent a text names elsewhere, if at all.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> ThirdPersonPronouns = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["he", "she", "they"], StringComparer.Ordinal);

    /// <summary>
    /// The reason the subjects differ when one side's predicate has a third-person pronoun subject ("he has no
    /// intention of becoming") and the other side's a name ("should Clinton become") that the pronoun's text names
    /// nowhere: nothing shows the pronoun is that person (as <see cref="NumberOccasions.PronounAgainstUnnamedPerson"/>
    /// for figures). Null otherwise.
    /// </summary>
    public static string? PronounAgainstName(TextUnit negated, int negatedStart, TextUnit plain, int plainIndex) =>
        PronounAgainst(negated, negatedStart, plain, plainIndex) ?? PronounAgainst(plain, plainIndex, negated, negatedStart);

    private static string? PronounAgainst(TextUnit pronounSide, int at, TextUnit named, int namedAt)
    {
        if (EventGuards.PronounSubject(pronounSide, at) is not { } pronoun || !ThirdPersonPronouns.Contains(pronoun)) return null;
        var names = AntonymRule.SubjectNames(named, namedAt, pronounSide);
        // Only names written with a capital inside the named text ("Clinton"): a sentence's first word ("Police") may be
        // a common noun.
        names.IntersectWith(named.Names);
        if (names.Count == 0) return null;
        foreach (var s in pronounSide.Stems)
            if (s is not null && names.Contains(s)) return null;
        return $"pronoun subject '{pronoun}' vs named subject '{string.Join(' ', names.Order(StringComparer.Ordinal))}'";
    }

    /// <summary>Auxiliaries that agree with a singular third-person subject only ("the campaign does not", "has").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> SingularAuxiliaries = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["does", "doesn't", "doesn\u2019t", "has", "hasn't", "hasn\u2019t", "is", "isn't", "isn\u2019t", "was", "wasn't", "wasn\u2019t"],
        StringComparer.Ordinal);

    /// <summary>Relative pronouns after which a verb agrees with the antecedent's number ("a voter who supports").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> Relatives = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["who", "that", "which"], StringComparer.Ordinal);

    /// <summary>
    /// The reason the subjects differ when one side's predicate has the subject "they" and the other side's a singular
    /// one: "he", "she" or "it", a singular auxiliary ("does not", "has"), or the verb itself in its third-person
    /// singular after a relative or a name ("who supports Clinton" / "they could not support Clinton"): one person and a
    /// group are not the same subject. Null when either side's number is unknown or both agree.
    /// </summary>
    public static string? SubjectNumbers(TextUnit negated, int negatedStart, TextUnit plain, int plainIndex)
    {
        bool? pn = Plural(negated, negatedStart, negatedStart), pp = Plural(plain, plainIndex, plainIndex);
        if (pn is null || pp is null || pn == pp) return null;
        return $"subjects of different number: '{Marker(negated, negatedStart)}' vs '{Marker(plain, plainIndex)}'";
    }

    // True for a plural subject ("they"), false for a singular one, null when the words before `start` do not tell.
    private static bool? Plural(TextUnit u, int start, int verb)
    {
        switch (EventGuards.PronounSubject(u, start))
        {
            case "they": return true;
            case "he" or "she" or "it": return false;
            case not null: return null;
        }
        if (start > 0 && SingularAuxiliaries.Contains(u.Words[start - 1])) return false;
        return ThirdSingular(u, verb) ? false : null;
    }

    // Word `verb` written as a third-person singular ("supports") right after a relative or a name.
    private static bool ThirdSingular(TextUnit u, int verb)
    {
        if (verb < 1 || !WordForms.SInflected(u, verb)) return false;
        return Relatives.Contains(u.Words[verb - 1]) || (u.Capitalized[verb - 1] && u.Stems[verb - 1] is not null);
    }

    // The word that told the number: the pronoun, the auxiliary or the verb.
    private static string Marker(TextUnit u, int start) =>
        EventGuards.PronounSubject(u, start) ?? (start > 0 && SingularAuxiliaries.Contains(u.Words[start - 1]) ? u.Words[start - 1] : u.Words[start]);

    /// <summary>
    /// The reason a denial of existence ("there are no exit polls") is not said of the other side's mention, or null:
    /// the denying text has no content word beyond its noun phrase that the other side uses (no place, time or event of
    /// its own it shares), and the other side pins the thing to a name the denial lacks ("Exit Polls In West Virginia").
    /// "there was no classified material on her email account" against "emails contained classified material" shares
    /// the account's emails and still denies.
    /// </summary>
    public static string? BareExistential(TextUnit negated, int negatedStart, TextUnit plain)
    {
        if (!DeniesExistence(negated, negatedStart)) return null;
        int end = negatedStart + 1;
        while (end < negated.Words.Length && negated.Stems[end] is not null) end++;
        var phrase = new HashSet<string>(StringComparer.Ordinal);
        for (int k = negatedStart + 1; k < end; k++) phrase.Add(negated.Stems[k]!);
        for (int k = 0; k < negated.Words.Length; k++)
            if ((k <= negatedStart || k >= end) && negated.Stems[k] is { } s && Array.IndexOf(plain.Stems, s) >= 0) return null;
        foreach (var name in plain.Names)
            if (!phrase.Contains(name) && !negated.Names.Contains(name))
                return $"'{StanceRules.Phrase(negated.Words, Math.Max(0, negatedStart - 2), end - 1)}' names no place or time and the other side names '{name}'";
        return null;
    }

    // True when the negator at `start` is the "no" of "there is no", "there are no", "there's no", "there were no".
    private static bool DeniesExistence(TextUnit u, int start)
    {
        if (u.Words[start] != "no" || start < 1) return false;
        string before = u.Words[start - 1];
        if (before is "there's" or "there\u2019s") return true;
        return start >= 2 && u.Words[start - 2] == "there"
            && (before is "'s" or "\u2019s" || Array.IndexOf(Claims.Text.WordLists.BeForms, before) >= 0);
    }
}
