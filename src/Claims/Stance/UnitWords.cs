using System.Collections.Concurrent;
using Claims.Text;

namespace Claims.Stance;

/// <summary>
/// What a unit's scan reads of one lower-cased word (<see cref="UnitBuilder"/>): its markers, whether it is a stop word,
/// its term (stem or normalized number), the term's hash and whether it looks like a verb. Worked out once per distinct
/// word and shared by every unit that has the word, instead of a dozen set lookups per word of every unit (a claim's
/// text, each of its sentences and its lead, the articles' bodies).
/// </summary>
internal readonly record struct WordFacts(
    bool Negator, bool ClauseNegator, int Cue, bool Refuting, bool Hedge, bool Supporting, bool Stop,
    string? Term, int TermHash, bool VerbLike);

/// <summary>
/// The <see cref="WordFacts"/> of words, by the words' characters, under one term extractor. Thread-safe; at most
/// <see cref="Limit"/> words are kept, the rest are worked out on each use (the same facts).
/// </summary>
internal sealed class UnitWords(TermExtractor terms)
{
    private const int Limit = 1_000_000;
    private readonly ConcurrentDictionary<string, WordFacts> _facts = new(StringComparer.Ordinal);
    private int _count;

    /// <summary>The term extractor whose stop words and stems the facts read.</summary>
    public TermExtractor Terms { get; } = terms;

    /// <summary>The facts of <paramref name="word"/> (lower case, not empty).</summary>
    public WordFacts Of(string word)
    {
        if (_facts.TryGetValue(word, out var known)) return known;
        var facts = Read(word);
        if (Volatile.Read(ref _count) < Limit && _facts.TryAdd(word, facts)) Interlocked.Increment(ref _count);
        return facts;
    }

    private WordFacts Read(string w)
    {
        bool negator = Lexicon.Negators.Contains(w);
        bool stop = Terms.IsStopWord(w);
        // A term: a word of two characters or more (or a digit) that is neither a stop word nor a negator, and not
        // punctuation (the scan never reads a term from those, so no stem is worked out for them).
        bool term = char.IsLetterOrDigit(w[0]) && (w.Length >= 2 || char.IsDigit(w[0])) && !stop && !negator;
        string? stem = !term ? null : char.IsDigit(w[0]) ? TermExtractor.NormalizeNumber(w) : Terms.Stem(w);
        return new WordFacts(
            negator, Lexicon.ClauseNegators.Contains(w), Lexicon.CueIndex.TryGetValue(w, out int cue) ? cue : -1,
            Lexicon.Refuting.Contains(w), Lexicon.Hedges.Contains(w), Lexicon.Supporting.Contains(w), stop,
            stem, stem is null ? 0 : UnitBuilder.Hash(stem), term && UnitBuilder.LooksLikeVerb(w));
    }
}
