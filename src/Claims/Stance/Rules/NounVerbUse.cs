using System.Collections.Frozen;

namespace Claims.Stance;

/// <summary>
/// One stem used as a noun on one side and as an active verb on the other: "a Republican who has not endorsed a
/// candidate" and "Cruz picked up an endorsement from Rick Perry", "Rubio did not win any states" and "the win was a
/// blow to Rubio". The verb's denial is about its object; the noun names an act (or, plural, the things or people of
/// it: "supporters", "expectations", "the votes") whose own arguments must meet that object for the two to be one
/// proposition. "Police did not arrest the suspect" and "the arrest of the suspect" still meet; a passive ("was not
/// arrested") is left to the other checks, as its subject is the noun's patient. Stateless.
/// </summary>
internal static class NounVerbUse
{
    /// <summary>Words after which a word heads (or is) a noun: determiners, possessives, "by" ("by name").</summary>
    private static readonly FrozenSet<string> NounOpeners = FrozenSet.ToFrozenSet(
        ["the", "a", "an", "this", "these", "those", "my", "his", "her", "its", "our", "their", "your", "'s", "\u2019s", "by", "no"],
        StringComparer.Ordinal);

    /// <summary>Suffixes (after the stem) that make a noun of a verb: an act ("endorsement", "recommendation") or an agent ("supporters").</summary>
    private static readonly string[] NounSuffixes =
        ["ment", "ments", "ement", "ements", "ion", "ions", "tion", "tions", "ation", "ations", "ance", "ances", "ence", "ences", "er", "ers", "or", "ors"];

    /// <summary>Words after which a word is a verb: "to", negators, auxiliaries, subject pronouns.</summary>
    private static readonly FrozenSet<string> VerbOpeners = FrozenSet.ToFrozenSet(
        ["to", "not", "n't", "never", "cannot", "i", "we", "you", "they", "he", "she", "without"], StringComparer.Ordinal);

    /// <summary>Modals and forms of "do", after which a word is a verb ("has" may take a noun: "has scenes").</summary>
    private static readonly FrozenSet<string> Modals = FrozenSet.ToFrozenSet(
        ["will", "would", "shall", "should", "can", "could", "may", "might", "must", "do", "does", "did"], StringComparer.Ordinal);

    /// <summary>
    /// True when word <paramref name="i"/> of <paramref name="a"/> and word <paramref name="j"/> of <paramref name="b"/>
    /// (one stem) are a noun and an active verb whose arguments do not meet: no one proposition for a negation to flip.
    /// </summary>
    public static bool Apart(TextUnit a, int i, TextUnit b, int j)
    {
        if (a.Capitalized[i] || b.Capitalized[j]) return false;
        if (IsNoun(a, i) && IsActiveVerb(b, j)) return ArgumentsApart(a, i, b, j);
        if (IsNoun(b, j) && IsActiveVerb(a, i)) return ArgumentsApart(b, j, a, i);
        return false;
    }

    /// <summary>Why negated word <paramref name="ni"/> and plain word <paramref name="pi"/> are no one proposition
    /// (<see cref="Apart"/>), or null.</summary>
    public static string? Block(TextUnit neg, int ni, TextUnit plain, int pi) =>
        Apart(neg, ni, plain, pi) ? $"'{neg.Words[ni]}' and '{plain.Words[pi]}' are a noun and a verb of other arguments" : null;

    // A plural noun counts things or people ("supporters", "the votes"), never the act; a singular noun names the act,
    // one with the verb when its complement or possessor names the verb's object.
    private static bool ArgumentsApart(TextUnit noun, int ni, TextUnit verb, int vi)
    {
        if (Plural(noun, ni)) return true;
        var objects = EventGuards.Object(verb, vi);
        var arguments = EventGuards.Object(noun, ni);
        arguments.AddRange(Possessor(noun, ni));
        if (objects.Count == 0 && arguments.Count == 0) return false;
        return !objects.Exists(arguments.Contains);
    }

    /// <summary>True when word <paramref name="index"/> is a noun by the word before it or by a nominal suffix.</summary>
    internal static bool IsNoun(TextUnit u, int index)
    {
        if (index > 0 && VerbOpeners.Contains(u.Words[index - 1])) return false;
        if (index > 0 && NounOpeners.Contains(u.Words[index - 1]) && !u.Words[index].EndsWith("ing", StringComparison.Ordinal)
            && !u.Words[index].EndsWith("ed", StringComparison.Ordinal)) return true;
        return u.Stems[index] is { } stem && u.Words[index].StartsWith(stem, StringComparison.Ordinal)
            && Array.IndexOf(NounSuffixes, u.Words[index][stem.Length..]) >= 0;
    }

    /// <summary>
    /// True when word <paramref name="index"/> is a verb in the active voice: after "to", a negator, a modal or a
    /// subject pronoun, or shaped as a past form; no form of "be" before it (or before its negator), and no noun shape.
    /// </summary>
    internal static bool IsActiveVerb(TextUnit u, int index)
    {
        if (index == 0 || IsNoun(u, index)) return false;
        int start = StanceRules.NegationStart(u, index);
        // "was not arrested" is a passive; "were not expecting" a progressive, active still.
        bool progressive = u.Words[index].EndsWith("ing", StringComparison.Ordinal);
        for (int k = index - 1; k >= 0 && k >= start - 2 && !progressive; k--)
            if (Array.IndexOf(Claims.Text.WordLists.BeForms, u.Words[k]) >= 0) return false;
        string before = u.Words[index - 1];
        return VerbOpeners.Contains(before) || Modals.Contains(before) || u.Words[index].EndsWith("ed", StringComparison.Ordinal)
            || !ReferenceEquals(Claims.Text.VerbLemmas.Default.Lemma(u.Words[index]), u.Words[index]);
    }

    private static bool Plural(TextUnit u, int index) => WordForms.SInflected(u, index);

    // The content stems of a possessor right before the noun ("Comey's recommendation", "the summit's cancellation").
    private static List<string> Possessor(TextUnit u, int index)
    {
        var stems = new List<string>();
        if (index < 2 || u.Words[index - 1] is not ("'s" or "\u2019s")) return stems;
        for (int k = index - 2; k >= 0 && k >= index - 4 && u.Stems[k] is { } s; k--) stems.Add(s);
        return stems;
    }
}
