namespace Claims.Stance;

/// <summary>
/// A fixed set of pivot words for <see cref="StancePair.SameSubject(SubjectPivots)"/> (a rule's own static object):
/// it is the key under which each unit memoizes its content words without the pivots, so a rule that always sets the
/// same words aside works them out once per unit instead of once per pair.
/// </summary>
internal sealed class SubjectPivots
{
    public SubjectPivots(IReadOnlyCollection<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        Words = words;
        ContentOf = u => new SubjectContent(StancePair.Content(u, words));
    }

    /// <summary>The words set aside.</summary>
    public IReadOnlyCollection<string> Words { get; }

    /// <summary>A unit's content words without the pivots (pure; for <see cref="TextUnit.Memo{T}"/>).</summary>
    public Func<TextUnit, SubjectContent> ContentOf { get; }
}

/// <summary>One unit's content words for one pivot set, with the index that finds their counterparts, built on first use.</summary>
internal sealed class SubjectContent(List<(string Stem, int Index)> words)
{
    private SharedWords? _index;

    /// <summary>Distinct content stems with the index of their first word, in text order.</summary>
    public List<(string Stem, int Index)> Words { get; } = words;

    /// <summary>The index of these words (of <paramref name="unit"/>, the unit they were read from) under
    /// <paramref name="relations"/>. Racing threads may both build it; either identical index is kept.</summary>
    public SharedWords Index(TextUnit unit, WordRelations relations)
    {
        if (_index is { } built && ReferenceEquals(built.Relations, relations)) return built;
        var index = new SharedWords(unit, Words, relations);
        _index = index;
        return index;
    }
}

/// <summary>
/// One side's content words as sets (stems, synonym groups, stem hashes, hypernyms) from which the words of the other
/// side that have a counterpart are counted as the pair loop of <see cref="StancePair.SameSubject(IReadOnlyCollection{string}, double)"/>
/// counts them (same stem, same synonym group, similar by the relations), in time linear in the two lists.
/// </summary>
internal sealed class SharedWords
{
    private readonly HashSet<string> _stems;
    private readonly HashSet<string> _groups = new(StringComparer.Ordinal);
    private readonly HashSet<int> _hashes;
    private readonly HashSet<int> _hypernyms = [];

    /// <summary>Indexes the content words <paramref name="content"/> of <paramref name="unit"/>.</summary>
    public SharedWords(TextUnit unit, List<(string Stem, int Index)> content, WordRelations relations)
    {
        Relations = relations;
        _stems = new HashSet<string>(content.Count, StringComparer.Ordinal);
        _hashes = new HashSet<int>(content.Count);
        var groups = unit.SynonymGroups;
        var hashes = unit.StemHashes;
        var hypernyms = unit.Similarity(relations).Hypernyms;
        foreach (var (stem, j) in content)
        {
            _stems.Add(stem);
            if (groups[j] is { } g) _groups.Add(g);
            _hashes.Add(hashes[j]);
            _hypernyms.UnionWith(hypernyms[j]);
        }
    }

    /// <summary>The relations the index was built with.</summary>
    public WordRelations Relations { get; }

    /// <summary>How many of <paramref name="content"/> (content words of <paramref name="unit"/>) have a counterpart here.</summary>
    public int CountIn(TextUnit unit, List<(string Stem, int Index)> content, WordRelations relations)
    {
        var groups = unit.SynonymGroups;
        var hashes = unit.StemHashes;
        var similar = unit.Similarity(relations).Similar;
        int shared = 0;
        foreach (var (stem, i) in content)
        {
            bool found = _stems.Contains(stem) || (groups[i] is { } g && _groups.Contains(g)) || _hypernyms.Contains(hashes[i]);
            for (int k = 0; !found && k < similar[i].Length; k++) found = _hashes.Contains(similar[i][k]);
            if (found) shared++;
        }
        return shared;
    }
}
