namespace Claims.Stance;

/// <summary>
/// Phrases (word sequences) indexed by their first word, each with a tag: a scan asks only for the phrases that can
/// start at a word instead of trying every phrase at every word. Within one first word the phrases keep the order
/// they were given in, so a scan that takes the first match finds what a scan of the whole list in order finds.
/// Immutable.
/// </summary>
internal sealed class PhraseStarts
{
    private readonly Dictionary<string, (string[] Phrase, int Tag)[]> _byFirst;

    /// <summary>Indexes <paramref name="phrases"/>, each tagged with 0.</summary>
    public PhraseStarts(IEnumerable<string[]> phrases) : this(phrases.Select(p => (p, 0))) { }

    /// <summary>Indexes tagged phrases (none may be empty).</summary>
    public PhraseStarts(IEnumerable<(string[] Phrase, int Tag)> phrases)
    {
        var list = phrases.ToList();
        if (list.Any(p => p.Phrase.Length == 0)) throw new ArgumentException("a phrase has no words", nameof(phrases));
        _byFirst = list.GroupBy(p => p.Phrase[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The phrases starting with <paramref name="word"/>, in the order given, with their tags.</summary>
    public (string[] Phrase, int Tag)[] At(string word) => _byFirst.TryGetValue(word, out var found) ? found : [];
}
