using Claims.Text;

namespace Claims.Stance;

/// <summary>Counts from <see cref="WordRelations.Align(TextUnit, TextUnit)"/>.</summary>
internal struct Alignment
{
    public int Antonyms;
    public int Synonyms;
    public int Generalized;
    public int Specialized;
    public int Unaligned;
    /// <summary>Unaligned terms that share a hypernym with a term only the other side has ("piano" / "keyboard").</summary>
    public int Sisters;
    /// <summary>IDF mass of the terms entailed by the other side (same term, synonym, or the other side has a hyponym).</summary>
    public float EntailedIdf;
    /// <summary>Verb-shaped terms (<see cref="TextUnit.VerbIds"/>) with no counterpart on the other side.</summary>
    public int UnalignedVerbs;
    /// <summary>Verb-shaped terms the other side has too, or a synonym, hypernym or hyponym of them.</summary>
    public int AlignedVerbs;
    /// <summary>Largest IDF among the terms with no counterpart (the most informative thing the other side lacks).</summary>
    public float MaxUnalignedIdf;
    /// <summary>Unaligned verb-shaped terms with a sister term on the other side ("slicing" / "chopping").</summary>
    public int VerbSisters;
}

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
    private readonly Dictionary<int, int[]> _synonyms;
    private readonly Dictionary<int, int[]> _hypernyms;
    private readonly Dictionary<int, int[]> _hyponyms;

    private WordRelations(Dictionary<int, int[]> antonyms, Dictionary<int, int[]> synonyms, Dictionary<int, int[]> hypernyms, Dictionary<int, int[]> hyponyms)
    {
        _antonyms = antonyms;
        _synonyms = synonyms;
        _hypernyms = hypernyms;
        _hyponyms = hyponyms;
    }

    /// <summary>The shipped WordNet-derived relations (loaded on first use).</summary>
    public static WordRelations Default => Shipped.Value;

    /// <summary>No relations at all.</summary>
    public static WordRelations None { get; } = new([], [], [], []);

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
        var synonyms = new Dictionary<int, HashSet<int>>();
        var hypernyms = new Dictionary<int, HashSet<int>>();
        var hyponyms = new Dictionary<int, HashSet<int>>();
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
                            if (x != y) Link(synonyms, x, y, both: false);
                    break;
                case "hyp" when parts.Length == 3:
                    int word = Id(parts[1], terms);
                    foreach (var h in parts[2].Split(' '))
                    {
                        int hyper = Id(h, terms);
                        Link(hypernyms, word, hyper, both: false);
                        Link(hyponyms, hyper, word, both: false);
                    }
                    break;
            }
        }
        return new WordRelations(Freeze(antonyms), Freeze(synonyms), Freeze(hypernyms), Freeze(hyponyms));
    }

    /// <summary>
    /// Aligns the terms of <paramref name="a"/> that <paramref name="b"/> lacks: antonym conflicts (an antonym only B
    /// has), synonyms in B, hypernyms in B (B is more general: "guitar" then "instrument"), hyponyms in B (B is more
    /// specific), and terms with no counterpart at all; with the IDF mass of A's terms that B entails, the verb-shaped terms
    /// aligned or not, and the unaligned terms that have a sister (a shared hypernym) among B's own terms.
    /// </summary>
    internal Alignment Align(TextUnit a, TextUnit b) => Align(a, b, Span<int>.Empty);

    /// <summary>
    /// <see cref="Align(TextUnit, TextUnit)"/>, also writing the ids of the unaligned terms (in term-id order, at most
    /// <paramref name="unaligned"/>.Length of them) into <paramref name="unaligned"/>: the words a learned word-pair
    /// table looks up.
    /// </summary>
    internal Alignment Align(TextUnit a, TextUnit b, Span<int> unaligned)
    {
        var result = new Alignment();
        var bIds = b.TermIds;
        var aIds = a.TermIds;
        for (int i = 0; i < aIds.Length; i++)
        {
            int id = aIds[i];
            bool verb = Array.BinarySearch(a.VerbIds, id) >= 0;
            if (Array.BinarySearch(bIds, id) >= 0)
            {
                result.EntailedIdf += a.Idf[i];
                if (verb) result.AlignedVerbs++;
                continue;
            }
            if (_antonyms.TryGetValue(id, out var opp) && AnyIn(opp, bIds, aIds)) result.Antonyms++;
            if (_synonyms.TryGetValue(id, out var syn) && AnyIn(syn, bIds, null)) { result.Synonyms++; result.EntailedIdf += a.Idf[i]; }
            else if (_hypernyms.TryGetValue(id, out var hyper) && AnyIn(hyper, bIds, null)) result.Generalized++;
            else if (_hyponyms.TryGetValue(id, out var hypo) && AnyIn(hypo, bIds, null)) { result.Specialized++; result.EntailedIdf += a.Idf[i]; }
            else
            {
                if (result.Unaligned < unaligned.Length) unaligned[result.Unaligned] = id;
                result.Unaligned++;
                result.MaxUnalignedIdf = Math.Max(result.MaxUnalignedIdf, a.Idf[i]);
                if (verb) result.UnalignedVerbs++;
                if (hyper is not null && HasSister(hyper, bIds, aIds))
                {
                    result.Sisters++;
                    if (verb) result.VerbSisters++;
                }
                continue;
            }
            if (verb) result.AlignedVerbs++;
        }
        return result;
    }

    /// <summary>True when a term of <paramref name="sortedIds"/> that <paramref name="excluded"/> lacks shares a hypernym with <paramref name="hypernyms"/>.</summary>
    private bool HasSister(int[] hypernyms, int[] sortedIds, int[] excluded)
    {
        foreach (var other in sortedIds)
        {
            if (Array.BinarySearch(excluded, other) >= 0 || !_hypernyms.TryGetValue(other, out var theirs)) continue;
            int i = 0, j = 0;
            while (i < hypernyms.Length && j < theirs.Length)
            {
                if (hypernyms[i] == theirs[j]) return true;
                if (hypernyms[i] < theirs[j]) i++;
                else j++;
            }
        }
        return false;
    }

    private static bool AnyIn(int[] candidates, int[] sortedIds, int[]? excluded)
    {
        foreach (var c in candidates)
            if (Array.BinarySearch(sortedIds, c) >= 0 && (excluded is null || Array.BinarySearch(excluded, c) < 0)) return true;
        return false;
    }

    /// <summary>True when the stems are antonyms.</summary>
    internal bool AreAntonyms(string stemA, string stemB) =>
        _antonyms.TryGetValue(UnitBuilder.Hash(stemA), out var opp) && Array.IndexOf(opp, UnitBuilder.Hash(stemB)) >= 0;

    /// <summary>True when the stems are synonyms or one is a hypernym of the other.</summary>
    internal bool AreSimilar(string stemA, string stemB) => AreSimilar(UnitBuilder.Hash(stemA), UnitBuilder.Hash(stemB));

    /// <summary><see cref="AreSimilar(string, string)"/> on term ids (stem hashes).</summary>
    internal bool AreSimilar(int x, int y) =>
        Contains(_synonyms, x, y) || Contains(_hypernyms, x, y) || Contains(_hypernyms, y, x);

    private static bool Contains(Dictionary<int, int[]> map, int key, int value) =>
        map.TryGetValue(key, out var values) && Array.BinarySearch(values, value) >= 0;

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
