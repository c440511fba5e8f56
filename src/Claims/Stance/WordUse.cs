using System.Collections.Frozen;
using Claims.Text;

namespace Claims.Stance;

/// <summary>The parts of speech a WordNet relation holds in, or a word can be used as (a set of flags).</summary>
[Flags]
public enum PartsOfSpeech
{
    /// <summary>None.</summary>
    None = 0,
    /// <summary>Noun ("a win").</summary>
    Noun = 1,
    /// <summary>Verb ("they win").</summary>
    Verb = 2,
    /// <summary>Adjective ("a live broadcast").</summary>
    Adjective = 4,
    /// <summary>Adverb ("broadcast live").</summary>
    Adverb = 8,
    /// <summary>Any part of speech (a relation listed without one).</summary>
    Any = Noun | Verb | Adjective | Adverb,
}

/// <summary>
/// How a word is used in its sentence, read from the word's form and its neighbours, for the rules that must not take a
/// WordNet relation of one part of speech for another ("recorded" and "live" are opposite adjectives, "Foley recorded a
/// video" and "Foley lived in Boston" use verbs). The project has no part-of-speech tagger; this is a closed-class
/// reading: the word must be an inflection the part of speech allows (an adjective does not take "-ed", "lived" is no
/// form of the adjective "live"), and its left neighbour must not rule that part out (a determiner before a verb, a
/// subject pronoun, "to" or a modal before an adjective or noun; a participle-shaped word is an adjective only after a
/// determiner, a degree word or a copula). Pure functions, thread-safe.
/// </summary>
internal static class WordUse
{
    private static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(
        [.. WordLists.PossessivePronouns, "a", "an", "the", "this", "these", "those", "my", "your", "some", "any", "no",
         "every", "each", "many", "few"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> DegreeWords = FrozenSet.ToFrozenSet(
        ["more", "most", "less", "least", "very", "so", "too", "as", "quite", "rather", "fully", "totally", "completely",
         "not", "never"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Copulas = FrozenSet.ToFrozenSet(
        [.. WordLists.BeForms, "seem", "seems", "seemed", "become", "becomes", "became", "remain", "remains", "remained",
         "look", "looks", "looked", "appear", "appears", "appeared", "stay", "stays", "stayed", "found", "declared"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> VerbOpeners = FrozenSet.ToFrozenSet(
        [.. WordLists.SubjectPronouns, .. WordLists.Modals, "to", "who", "which", "they've", "we've", "i've", "didn't", "don't",
         "doesn't", "won't", "didn’t", "don’t", "doesn’t", "won’t", "has", "have", "had"], StringComparer.Ordinal);

    /// <summary>
    /// True when <paramref name="word"/> is a form of <paramref name="lemma"/> in part of speech <paramref name="pos"/>
    /// (a single flag): adjectives and adverbs with "-er"/"-est", nouns with a plural "-s", verbs with any regular or
    /// WordNet-irregular inflection.
    /// </summary>
    public static bool IsFormOf(string word, string lemma, PartsOfSpeech pos)
    {
        if (string.Equals(word, lemma, StringComparison.Ordinal)) return true;
        return pos switch
        {
            PartsOfSpeech.Adjective or PartsOfSpeech.Adverb => Suffixed(word, lemma, "er") || Suffixed(word, lemma, "est"),
            PartsOfSpeech.Noun => Suffixed(word, lemma, "s") || Suffixed(word, lemma, "es"),
            PartsOfSpeech.Verb => Suffixed(word, lemma, "s") || Suffixed(word, lemma, "es") || Suffixed(word, lemma, "ed")
                || Suffixed(word, lemma, "ing") || string.Equals(VerbLemmas.Default.Lemma(word), lemma, StringComparison.Ordinal),
            _ => false,
        };
    }

    /// <summary>
    /// True when word <paramref name="index"/> of <paramref name="words"/> (lower case, in sentence order) may be used as
    /// <paramref name="pos"/> (a single flag) given its left neighbour and its shape.
    /// </summary>
    public static bool Allows(string[] words, int index, PartsOfSpeech pos)
    {
        string word = words[index];
        string? before = index > 0 ? words[index - 1] : null;
        bool participle = UnitBuilder.LooksLikeVerb(word);
        return pos switch
        {
            PartsOfSpeech.Verb => before is null || !Determiners.Contains(before),
            PartsOfSpeech.Adjective => participle
                ? before is not null && (Determiners.Contains(before) || DegreeWords.Contains(before) || Copulas.Contains(before))
                : before is null || !VerbOpeners.Contains(before),
            PartsOfSpeech.Noun => !participle && (before is null || !VerbOpeners.Contains(before) || before is "has" or "have" or "had"),
            PartsOfSpeech.Adverb => true,
            _ => false,
        };
    }

    /// <summary>
    /// True when <paramref name="word"/> is <paramref name="lemma"/> with <paramref name="suffix"/>: appended, after a
    /// final "e" ("live" + "ed"), a final "y" turned "i" ("happy" + "er"), or a doubled final consonant ("big" + "er").
    /// </summary>
    private static bool Suffixed(string word, string lemma, string suffix)
    {
        if (!word.EndsWith(suffix, StringComparison.Ordinal)) return false;
        var stem = word.AsSpan(0, word.Length - suffix.Length);
        if (stem.SequenceEqual(lemma)) return true;
        if (lemma.EndsWith('e') && suffix[0] is 'e' or 'i' && stem.SequenceEqual(lemma.AsSpan(0, lemma.Length - 1))) return true;
        if (lemma.EndsWith('y') && stem.Length == lemma.Length && stem[^1] == 'i' && stem[..^1].SequenceEqual(lemma.AsSpan(0, lemma.Length - 1))) return true;
        return stem.Length == lemma.Length + 1 && stem[^1] == stem[^2] && stem[..^1].SequenceEqual(lemma);
    }
}
