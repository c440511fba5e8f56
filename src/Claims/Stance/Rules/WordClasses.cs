namespace Claims.Stance;

/// <summary>A word's part of speech as its left neighbour shows it, without a tagger.</summary>
internal enum WordClass
{
    /// <summary>Nothing before the word tells.</summary>
    Unknown,
    /// <summary>A plural after a determiner, a possessive, a quantifier or a preposition: "the votes", "more votes".</summary>
    PluralNoun,
    /// <summary>After an auxiliary, a negator, "to" or a subject pronoun: "cannot name", "had voted", "to vote".</summary>
    Verb,
    /// <summary>A participle between a determiner and a content word: "the endorsed Republican candidate".</summary>
    AttributiveParticiple,
}

/// <summary>
/// Tells a plural noun from a verb written alike ("the votes he needed" / "has not voted") by the word before it. Only
/// plurals count as nouns: a singular event noun is the verb's act ("the arrest" / "was not arrested" are one event),
/// a plural counts things ("votes" are ballots, "picks" nominees). Stateless.
/// </summary>
internal static class WordClasses
{
    /// <summary>Words after which a word heads or modifies a noun phrase.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> NounOpeners = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["the", "a", "an", "this", "these", "those", "my", "his", "her", "its", "our", "their", "your", "each", "every",
         "more", "most", "many", "few", "fewer", "less", "several", "by", "of", "with", "for", "'s", "\u2019s"], StringComparer.Ordinal);

    /// <summary>Words after which a word is a verb: "to", negators and subject pronouns (auxiliaries from <see cref="EventGuards.Auxiliaries"/>).</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> VerbOpeners = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["to", "not", "n't", "never", "cannot", "i", "we", "you", "they", "he", "she"], StringComparer.Ordinal);

    /// <summary>The class word <paramref name="index"/> of <paramref name="u"/> has by the word before it.</summary>
    public static WordClass Of(TextUnit u, int index)
    {
        if (index == 0) return WordClass.Unknown;
        string before = u.Words[index - 1], word = u.Words[index];
        // A form of "be" may take a noun ("is president"): only other auxiliaries mark a verb.
        if (VerbOpeners.Contains(before) || (EventGuards.Auxiliaries.Contains(before) && !BeOrNo(before))) return WordClass.Verb;
        // "the endorsed Republican candidate": a participle that modifies a noun says no one did the act ("has not endorsed").
        if (EventGuards.Determiners.Contains(before) && word.EndsWith("ed", StringComparison.Ordinal) && index + 1 < u.Words.Length
            && u.Stems[index + 1] is not null && !UnitBuilder.LooksLikeVerb(u.Words[index + 1])) return WordClass.AttributiveParticiple;
        if (NounOpeners.Contains(before) && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)
            && u.Stems[index] is { } stem && stem.Length < word.Length) return WordClass.PluralNoun;
        return WordClass.Unknown;
    }

    private static bool BeOrNo(string word) => word is "no" or "'s" or "\u2019s" || Array.IndexOf(Claims.Text.WordLists.BeForms, word) >= 0;
}
