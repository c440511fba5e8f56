using Claims.Text;

namespace Claims.Stance;

/// <summary>
/// Lexical relations between content terms (Porter2 stems): antonyms, and synonyms or hypernyms that let a differently
/// worded claim align ("guitar" with "instrument"). The default set is derived from WordNet 3.0 (Princeton; license in
/// <c>Resources/WORDNET-LICENSE.txt</c>) and shipped as an embedded resource. Immutable and thread-safe.
/// </summary>
public sealed class WordRelations
{
    private static readonly Lazy<WordRelations> Shipped = new(
        () => Parse(ResourceText.ReadLines("wordnet-relations.tsv"), TermExtractor.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<int, int[]> _antonyms;
    private readonly Dictionary<int, int[]> _similar;

    private WordRelations(Dictionary<int, int[]> antonyms, Dictionary<int, int[]> similar)
    {
        _antonyms = antonyms;
        _similar = similar;
    }

    /// <summary>The shipped WordNet-derived relations (loaded on first use).</summary>
    public static WordRelations Default => Shipped.Value;

    /// <summary>No relations at all.</summary>
    public static WordRelations None { get; } = new([], []);

    /// <summary>Number of terms with at least one antonym.</summary>
    public int AntonymTermCount => _antonyms.Count;

    /// <summary>
    /// Parses relation lines: <c>ant TAB word TAB antonym</c>, <c>syn TAB w1 w2 ...</c>, <c>hyp TAB word TAB h1 h2 ...</c>.
    /// Words are stemmed with <paramref name="terms"/> so they match profile terms.
    /// </summary>
    public static WordRelations Parse(IEnumerable<string> lines, TermExtractor terms)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(terms);
        var antonyms = new Dictionary<int, HashSet<int>>();
        var similar = new Dictionary<int, HashSet<int>>();
        foreach (var line in lines)
        {
            var parts = line.Split('\t');
            if (parts.Length < 2) continue;
            switch (parts[0])
            {
                case "ant" when parts.Length == 3:
                    Link(antonyms, Id(parts[1], terms), Id(parts[2], terms), both: true);
                    break;
                case "syn":
                    var ids = parts[1].Split(' ').Select(w => Id(w, terms)).Where(i => i != 0).Distinct().ToArray();
                    foreach (var x in ids)
                        foreach (var y in ids)
                            if (x != y) Link(similar, x, y, both: false);
                    break;
                case "hyp" when parts.Length == 3:
                    int word = Id(parts[1], terms);
                    foreach (var h in parts[2].Split(' '))
                        Link(similar, word, Id(h, terms), both: true);
                    break;
            }
        }
        return new WordRelations(Freeze(antonyms), Freeze(similar));
    }

    /// <summary>
    /// Counts antonym conflicts (a term of A whose antonym only B has) and synonym alignments (a term of A that B lacks
    /// but B has a synonym or hypernym of).
    /// </summary>
    internal (int Antonyms, int Aligned) Compare(TextUnit a, TextUnit b) => Compare(a, b, out _);

    /// <summary>As <see cref="Compare(TextUnit, TextUnit)"/>; <paramref name="uncovered"/> counts A's terms B has neither exactly nor through a relation.</summary>
    internal (int Antonyms, int Aligned) Compare(TextUnit a, TextUnit b, out int uncovered)
    {
        int antonyms = 0, aligned = 0;
        uncovered = 0;
        var bIds = b.TermIds;
        var aIds = a.TermIds;
        for (int i = 0; i < aIds.Length; i++)
        {
            int id = aIds[i];
            if (Array.BinarySearch(bIds, id) >= 0) continue;
            if (_antonyms.TryGetValue(id, out var opp))
                foreach (var o in opp)
                    if (Array.BinarySearch(bIds, o) >= 0 && Array.BinarySearch(aIds, o) < 0) { antonyms++; break; }
            bool covered = false;
            if (_similar.TryGetValue(id, out var sim))
                foreach (var s in sim)
                    if (Array.BinarySearch(bIds, s) >= 0) { aligned++; covered = true; break; }
            if (!covered) uncovered++;
        }
        return (antonyms, aligned);
    }

    /// <summary>True when the stems are antonyms.</summary>
    internal bool AreAntonyms(string stemA, string stemB) =>
        _antonyms.TryGetValue(UnitBuilder.Hash(stemA), out var opp) && Array.IndexOf(opp, UnitBuilder.Hash(stemB)) >= 0;

    /// <summary>True when the stems are synonyms or one is a hypernym of the other.</summary>
    internal bool AreSimilar(string stemA, string stemB) =>
        _similar.TryGetValue(UnitBuilder.Hash(stemA), out var sim) && Array.IndexOf(sim, UnitBuilder.Hash(stemB)) >= 0;

    private static int Id(string word, TermExtractor terms)
    {
        string lower = word.ToLowerInvariant();
        if (lower.Length < 2 || terms.IsStopWord(lower)) return 0;
        return UnitBuilder.Hash(terms.Stem(lower));
    }

    private static void Link(Dictionary<int, HashSet<int>> map, int x, int y, bool both)
    {
        if (x == 0 || y == 0 || x == y) return;
        if (!map.TryGetValue(x, out var set)) map[x] = set = [];
        set.Add(y);
        if (both) Link(map, y, x, both: false);
    }

    private static Dictionary<int, int[]> Freeze(Dictionary<int, HashSet<int>> map)
    {
        var result = new Dictionary<int, int[]>(map.Count);
        foreach (var (k, v) in map)
        {
            var arr = v.ToArray();
            Array.Sort(arr);
            result[k] = arr;
        }
        return result;
    }
}
