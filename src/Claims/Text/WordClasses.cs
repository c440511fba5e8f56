using System.Collections.Frozen;

namespace Claims.Text;

/// <summary>
/// WordNet 3.0's lexicographer classes of a word's commonest senses (<see cref="WordClass"/>: "verb.communication",
/// "noun.person", ...) from <c>Resources/wordnet-lexnames.tsv</c>, looked up through the word's inflections ("pledged"
/// → "pledge", "cities" → "city", "held" → "hold"): a coarse meaning class that lets a learned model treat a word it
/// never saw like the ones it saw. Immutable and thread-safe.
/// </summary>
internal sealed class WordClasses
{
    private static readonly Lazy<WordClasses> Shipped = new(
        () => Parse(ResourceText.ReadLines("wordnet-lexnames.tsv"), VerbLemmas.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, WordClass> _classes;
    private readonly FrozenDictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private WordClasses(FrozenDictionary<string, WordClass> classes)
    {
        _classes = classes;
        _lookup = classes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The shipped WordNet classes (loaded on first use).</summary>
    public static WordClasses Default => Shipped.Value;

    /// <summary>Number of lemmas with at least one class.</summary>
    public int Count => _classes.Count;

    /// <summary>
    /// Builds the table from <c>class&lt;TAB&gt;lemma lemma ...</c> lines; each irregular verb form of
    /// <paramref name="verbs"/> gets its lemma's verb classes.
    /// </summary>
    /// <exception cref="FormatException">A line does not have two fields or names an unknown class; the message quotes it.</exception>
    public static WordClasses Parse(IEnumerable<string> lines, VerbLemmas verbs)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(verbs);
        var map = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var fields = line.Split('\t');
            if (fields.Length != 2 || !Names.TryGetValue(fields[0], out var cls))
                throw new FormatException($"word class line must be 'class<TAB>lemma ...' with a WordNet lexicographer class: '{line}'");
            foreach (var lemma in fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                map[lemma] = map.GetValueOrDefault(lemma) | cls;
        }
        foreach (var (form, lemma) in verbs.Exceptions)
            if (map.TryGetValue(lemma, out var cls) && (cls & WordClass.Verbs) != 0)
                map[form] = map.GetValueOrDefault(form) | (cls & WordClass.Verbs);
        return new WordClasses(map.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>
    /// The classes of a lower-case word: of the form itself and of every base form its regular inflection allows
    /// ("-s", "-es", "-ies", "-ed", "-ing", a doubled final consonant); <see cref="WordClass.None"/> when none is known.
    /// </summary>
    public WordClass Of(ReadOnlySpan<char> lower)
    {
        var classes = Find(lower);
        int n = lower.Length;
        if (n < 4) return classes;
        Span<char> buffer = stackalloc char[Math.Min(n + 1, 64)];
        if (n + 1 > buffer.Length) return classes;
        if (lower[^1] == 's')
        {
            classes |= Find(lower[..^1]);
            if (lower.EndsWith("es")) classes |= Find(lower[..^2]);
            if (lower.EndsWith("ies")) classes |= Find(Join(buffer, lower[..^3], 'y'));
        }
        else if (lower.EndsWith("ed"))
        {
            classes |= Find(lower[..^2]) | Find(lower[..^1]) | Undoubled(lower[..^2]);
            if (lower.EndsWith("ied")) classes |= Find(Join(buffer, lower[..^3], 'y'));
        }
        else if (lower.EndsWith("ing"))
            classes |= Find(lower[..^3]) | Find(Join(buffer, lower[..^3], 'e')) | Undoubled(lower[..^3]);
        else if (lower.EndsWith("men"))
            classes |= Find(Join(buffer, lower[..^2], 'a', 'n'));
        return classes;
    }

    private WordClass Find(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var cls) ? cls : WordClass.None;

    // "stopped" -> "stop": the stem without its doubled last consonant.
    private WordClass Undoubled(ReadOnlySpan<char> stem) =>
        stem.Length > 2 && stem[^1] == stem[^2] && !IsVowel(stem[^1]) ? Find(stem[..^1]) : WordClass.None;

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static ReadOnlySpan<char> Join(Span<char> buffer, ReadOnlySpan<char> stem, char a, char b = '\0')
    {
        stem.CopyTo(buffer);
        buffer[stem.Length] = a;
        if (b == '\0') return buffer[..(stem.Length + 1)];
        buffer[stem.Length + 1] = b;
        return buffer[..(stem.Length + 2)];
    }

    private static readonly FrozenDictionary<string, WordClass> Names = new Dictionary<string, WordClass>(StringComparer.Ordinal)
    {
        ["noun.act"] = WordClass.NounAct, ["noun.cognition"] = WordClass.NounCognition, ["noun.communication"] = WordClass.NounCommunication,
        ["noun.event"] = WordClass.NounEvent, ["noun.feeling"] = WordClass.NounFeeling, ["noun.group"] = WordClass.NounGroup,
        ["noun.location"] = WordClass.NounLocation, ["noun.person"] = WordClass.NounPerson, ["noun.state"] = WordClass.NounState,
        ["noun.time"] = WordClass.NounTime, ["verb.body"] = WordClass.VerbBody, ["verb.change"] = WordClass.VerbChange,
        ["verb.cognition"] = WordClass.VerbCognition, ["verb.communication"] = WordClass.VerbCommunication,
        ["verb.competition"] = WordClass.VerbCompetition, ["verb.consumption"] = WordClass.VerbConsumption,
        ["verb.contact"] = WordClass.VerbContact, ["verb.creation"] = WordClass.VerbCreation, ["verb.emotion"] = WordClass.VerbEmotion,
        ["verb.motion"] = WordClass.VerbMotion, ["verb.perception"] = WordClass.VerbPerception, ["verb.possession"] = WordClass.VerbPossession,
        ["verb.social"] = WordClass.VerbSocial, ["verb.stative"] = WordClass.VerbStative, ["verb.weather"] = WordClass.VerbWeather,
    }.ToFrozenDictionary(StringComparer.Ordinal);
}

/// <summary>WordNet 3.0 lexicographer classes a word's commonest senses belong to (a set of flags).</summary>
[Flags]
internal enum WordClass
{
    /// <summary>No known class.</summary>
    None = 0,
    NounAct = 1 << 0, NounCognition = 1 << 1, NounCommunication = 1 << 2, NounEvent = 1 << 3, NounFeeling = 1 << 4,
    NounGroup = 1 << 5, NounLocation = 1 << 6, NounPerson = 1 << 7, NounState = 1 << 8, NounTime = 1 << 9,
    VerbBody = 1 << 10, VerbChange = 1 << 11, VerbCognition = 1 << 12, VerbCommunication = 1 << 13, VerbCompetition = 1 << 14,
    VerbConsumption = 1 << 15, VerbContact = 1 << 16, VerbCreation = 1 << 17, VerbEmotion = 1 << 18, VerbMotion = 1 << 19,
    VerbPerception = 1 << 20, VerbPossession = 1 << 21, VerbSocial = 1 << 22, VerbStative = 1 << 23, VerbWeather = 1 << 24,
    /// <summary>Every verb class.</summary>
    Verbs = VerbBody | VerbChange | VerbCognition | VerbCommunication | VerbCompetition | VerbConsumption | VerbContact | VerbCreation
        | VerbEmotion | VerbMotion | VerbPerception | VerbPossession | VerbSocial | VerbStative | VerbWeather,
}
