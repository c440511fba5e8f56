using Claims.Text;

namespace Claims.Stance;

/// <summary>Per term of a unit (in <see cref="TextUnit.TermIds"/> order), its relations, null where it has none.</summary>
internal sealed record TermRelationTable(int[]?[] Antonyms, int[]?[] Synonyms, int[]?[] Hypernyms, int[]?[] Hyponyms);

/// <summary>One WordNet antonym pair: its lemmas and the part of speech it holds in.</summary>
internal readonly record struct AntonymSense(PartsOfSpeech PartOfSpeech, string Word, string Antonym);

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
public sealed partial class WordRelations
{
    private static readonly Lazy<WordRelations> Shipped = new(LoadShipped, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<int, int[]> _antonyms;
    private readonly Dictionary<int, int[]> _synonyms;
    private readonly Dictionary<int, int[]> _hypernyms;
    private readonly Dictionary<int, int[]> _hyponyms;
    // Per antonym pair of stems (first stem's id in the high half), the WordNet lemmas and part of speech it holds in.
    private readonly Dictionary<long, AntonymSense[]> _antonymSenses;

    private WordRelations(Dictionary<int, int[]> antonyms, Dictionary<int, int[]> synonyms, Dictionary<int, int[]> hypernyms,
        Dictionary<int, int[]> hyponyms, Dictionary<long, AntonymSense[]> antonymSenses)
    {
        _antonyms = antonyms;
        _antonymSenses = antonymSenses;
        _synonyms = synonyms;
        _hypernyms = hypernyms;
        _hyponyms = hyponyms;
    }

    /// <summary>The shipped WordNet-derived relations (loaded on first use).</summary>
    public static WordRelations Default => Shipped.Value;

    /// <summary>No relations at all.</summary>
    public static WordRelations None { get; } = new([], [], [], [], []);

    /// <summary>Number of terms with at least one antonym.</summary>
    public int AntonymTermCount => _antonyms.Count;

    /// <summary>
    /// Parses relation lines: <c>ant TAB pos TAB word TAB antonym</c> (pos one of <c>a</c>, <c>v</c>, <c>n</c>, <c>r</c>:
    /// adjective, verb, noun, adverb; <c>ant TAB word TAB antonym</c> holds in any part of speech), <c>syn TAB w1 w2 ...</c>,
    /// <c>hyp TAB word TAB h1 h2 ...</c>. Words are stemmed with <paramref name="terms"/> so they match profile terms.
    /// </summary>
    /// <exception cref="FormatException">An antonym line names an unknown part of speech; the message quotes it.</exception>
    public static WordRelations Parse(IEnumerable<string> lines, TermExtractor terms)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(terms);
        // Each relation is gathered as (term, related term) links, sorted and grouped once at the end (a set per term
        // cost most of the parse, which runs at every start of the stance model).
        var antonyms = new RelationLinks();
        var synonyms = new RelationLinks();
        var hypernyms = new RelationLinks();
        var hyponyms = new RelationLinks();
        var senses = new Dictionary<long, List<AntonymSense>>();
        // Words recur across relation lines: stem each distinct word once.
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var idsBySpan = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        var group = new List<int>();
        int Id(ReadOnlySpan<char> w)
        {
            if (idsBySpan.TryGetValue(w, out int id)) return id;
            string word = new(w);
            ids[word] = id = WordRelations.Id(word, terms);
            return id;
        }
        foreach (var line in lines)
        {
            var fields = new LineFields(line);
            if (fields.Count < 2) continue;
            switch (fields[0])
            {
                case "ant" when fields.Count is 3 or 4:
                    var pos = fields.Count == 3 ? PartsOfSpeech.Any : PartOfSpeech(fields[1].ToString(), line);
                    string word1 = fields[^2].ToString().ToLowerInvariant(), word2 = fields[^1].ToString().ToLowerInvariant();
                    int left = Id(word1), right = Id(word2);
                    antonyms.Add(left, right, both: true);
                    if (left == 0 || right == 0 || left == right) break;
                    AddSense(senses, left, right, new AntonymSense(pos, word1, word2));
                    AddSense(senses, right, left, new AntonymSense(pos, word2, word1));
                    break;
                case "syn":
                    group.Clear();
                    foreach (var range in fields[1].Split(' '))
                        if (Id(fields[1][range]) is var i and not 0) group.Add(i);
                    foreach (var x in group)
                        foreach (var y in group)
                            synonyms.Add(x, y, both: false);
                    break;
                case "hyp" when fields.Count == 3:
                    int word = Id(fields[1]);
                    foreach (var range in fields[2].Split(' '))
                    {
                        int hyper = Id(fields[2][range]);
                        hypernyms.Add(word, hyper, both: false);
                        hyponyms.Add(hyper, word, both: false);
                    }
                    break;
            }
        }
        var frozenSenses = senses.ToDictionary(kv => kv.Key, kv => kv.Value.Distinct().ToArray());
        return new WordRelations(antonyms.Freeze(), synonyms.Freeze(), hypernyms.Freeze(), hyponyms.Freeze(), frozenSenses);
    }

    private static PartsOfSpeech PartOfSpeech(string letter, string line) => letter switch
    {
        "a" => PartsOfSpeech.Adjective,
        "v" => PartsOfSpeech.Verb,
        "n" => PartsOfSpeech.Noun,
        "r" => PartsOfSpeech.Adverb,
        _ => throw new FormatException($"antonym line must be 'ant<TAB>pos<TAB>word<TAB>antonym' with pos a, v, n or r: '{line}'"),
    };

    private static void AddSense(Dictionary<long, List<AntonymSense>> senses, int x, int y, AntonymSense sense)
    {
        long key = SenseKey(x, y);
        if (!senses.TryGetValue(key, out var list)) senses[key] = list = [];
        list.Add(sense);
    }

    private static long SenseKey(int x, int y) => ((long)x << 32) | (uint)y;

    /// <summary>
    /// True when word <paramref name="i"/> of <paramref name="a"/> and word <paramref name="j"/> of <paramref name="b"/>
    /// (lower case, in sentence order, with stem ids <paramref name="x"/> and <paramref name="y"/>) are used as opposites:
    /// forms of an antonym pair's two lemmas in the part of speech WordNet lists the pair in, each used as that part of
    /// speech in its sentence (<see cref="WordUse"/>). "Foley recorded a video" and "Foley lived in Boston" use verbs; the
    /// antonyms "recorded" and "live" are adjectives.
    /// </summary>
    internal bool UsedAsAntonyms(string[] a, int i, string[] b, int j, int x, int y)
    {
        if (!_antonymSenses.TryGetValue(SenseKey(x, y), out var senses)) return false;
        foreach (var sense in senses)
        {
            if (sense.PartOfSpeech == PartsOfSpeech.Any) return true;
            if (WordUse.IsFormOf(a[i], sense.Word, sense.PartOfSpeech) && WordUse.IsFormOf(b[j], sense.Antonym, sense.PartOfSpeech)
                && WordUse.Allows(a, i, sense.PartOfSpeech) && WordUse.Allows(b, j, sense.PartOfSpeech))
                return true;
        }
        return false;
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
        // Each term's relations are looked up once per unit (cached on it), not once per pair.
        var relations = a.TermRelations(this);
        var bHypernyms = b.TermRelations(this).Hypernyms;
        var verbIds = a.VerbIds;
        // A's terms ascend, and so do B's and A's verbs: one cursor into each finds whether B (and A's verbs) hold the
        // term, in place of a binary search per term.
        int inB = 0, inVerbs = 0;
        for (int i = 0; i < aIds.Length; i++)
        {
            int id = aIds[i];
            while (inVerbs < verbIds.Length && verbIds[inVerbs] < id) inVerbs++;
            while (inB < bIds.Length && bIds[inB] < id) inB++;
            bool verb = inVerbs < verbIds.Length && verbIds[inVerbs] == id;
            if (inB < bIds.Length && bIds[inB] == id)
            {
                result.EntailedIdf += a.Idf[i];
                if (verb) result.AlignedVerbs++;
                continue;
            }
            var (opp, syn, hyper, hypo) = (relations.Antonyms[i], relations.Synonyms[i], relations.Hypernyms[i], relations.Hyponyms[i]);
            if (opp is not null && AnyIn(opp, bIds, aIds)) result.Antonyms++;
            if (syn is not null && AnyIn(syn, bIds, null)) { result.Synonyms++; result.EntailedIdf += a.Idf[i]; }
            else if (hyper is not null && AnyIn(hyper, bIds, null)) result.Generalized++;
            else if (hypo is not null && AnyIn(hypo, bIds, null)) { result.Specialized++; result.EntailedIdf += a.Idf[i]; }
            else
            {
                if (result.Unaligned < unaligned.Length) unaligned[result.Unaligned] = id;
                result.Unaligned++;
                result.MaxUnalignedIdf = Math.Max(result.MaxUnalignedIdf, a.Idf[i]);
                if (verb) result.UnalignedVerbs++;
                if (hyper is not null && HasSister(hyper, bIds, bHypernyms, aIds))
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

    /// <summary>
    /// <see cref="Align(TextUnit, TextUnit)"/>'s <see cref="Alignment.Antonyms"/> alone: A's terms that B lacks with an
    /// antonym that B has and A lacks.
    /// </summary>
    internal int CountAntonyms(TextUnit a, TextUnit b)
    {
        var bIds = b.TermIds;
        var aIds = a.TermIds;
        var antonyms = a.TermRelations(this).Antonyms;
        int count = 0;
        for (int i = 0; i < aIds.Length; i++)
            if (antonyms[i] is { } opp && !SortedContains(bIds, aIds[i]) && AnyIn(opp, bIds, aIds)) count++;
        return count;
    }

    /// <summary>
    /// The antonyms, synonyms, hypernyms and hyponyms of each of <paramref name="termIds"/> (null where it has none), in
    /// the same order: what <see cref="Align(TextUnit, TextUnit, Span{int})"/> reads, looked up once per unit.
    /// </summary>
    internal TermRelationTable Relate(int[] termIds)
    {
        var table = new TermRelationTable(new int[]?[termIds.Length], new int[]?[termIds.Length], new int[]?[termIds.Length], new int[]?[termIds.Length]);
        for (int i = 0; i < termIds.Length; i++)
        {
            table.Antonyms[i] = _antonyms.GetValueOrDefault(termIds[i]);
            table.Synonyms[i] = _synonyms.GetValueOrDefault(termIds[i]);
            table.Hypernyms[i] = _hypernyms.GetValueOrDefault(termIds[i]);
            table.Hyponyms[i] = _hyponyms.GetValueOrDefault(termIds[i]);
        }
        return table;
    }

    /// <summary>
    /// True when a term of <paramref name="sortedIds"/> that <paramref name="excluded"/> lacks shares a hypernym with
    /// <paramref name="hypernyms"/>; <paramref name="theirHypernyms"/> holds each term's hypernyms (null for none).
    /// </summary>
    private static bool HasSister(int[] hypernyms, int[] sortedIds, int[]?[] theirHypernyms, int[] excluded)
    {
        for (int k = 0; k < sortedIds.Length; k++)
        {
            if (theirHypernyms[k] is not { } theirs || SortedContains(excluded, sortedIds[k])) continue;
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

    // True when a candidate is in sortedIds and not in excluded; both candidates and sortedIds are sorted, so the
    // shorter list is walked and the longer searched.
    private static bool AnyIn(int[] candidates, int[] sortedIds, int[]? excluded)
    {
        var (walked, searched) = candidates.Length <= sortedIds.Length ? (candidates, sortedIds) : (sortedIds, candidates);
        foreach (var c in walked)
            if (SortedContains(searched, c) && (excluded is null || !SortedContains(excluded, c))) return true;
        return false;
    }

    /// <summary>True when <paramref name="sorted"/> (ascending, distinct) holds <paramref name="value"/>: a binary search.</summary>
    internal static bool SortedContains(int[] sorted, int value)
    {
        int lo = 0, hi = sorted.Length - 1;
        while (lo <= hi)
        {
            int mid = (int)((uint)(lo + hi) >> 1);
            int v = sorted[mid];
            if (v == value) return true;
            if (v < value) lo = mid + 1;
            else hi = mid - 1;
        }
        return false;
    }

    /// <summary>
    /// Per term id, what <see cref="AreSimilar(int, int)"/> reads from its side, looked up once: the ids it is similar
    /// to as the first argument (its synonyms and hypernyms, merged and sorted) and its hypernyms (as the second).
    /// </summary>
    internal (int[] Similar, int[] Hypernyms) SimilarityOf(int id)
    {
        var syn = _synonyms.TryGetValue(id, out var s) ? s : [];
        var hyper = _hypernyms.TryGetValue(id, out var h) ? h : [];
        if (syn.Length == 0) return (hyper, hyper);
        if (hyper.Length == 0) return (syn, hyper);
        var merged = new int[syn.Length + hyper.Length];
        syn.CopyTo(merged, 0);
        hyper.CopyTo(merged, syn.Length);
        Array.Sort(merged);
        return (merged, hyper);
    }

    /// <summary>
    /// <see cref="AreSimilar(int, int)"/> of x and y from what <see cref="SimilarityOf"/> gave for x (<paramref name="similarX"/>)
    /// and for y (<paramref name="hypernymsY"/>).
    /// </summary>
    internal static bool AreSimilar(int[] similarX, int y, int[] hypernymsY, int x) =>
        SortedContains(similarX, y) || SortedContains(hypernymsY, x);

    /// <summary>True when the stems with term ids (stem hashes) <paramref name="x"/> and <paramref name="y"/> are antonyms.</summary>
    internal bool AreAntonyms(int x, int y) => _antonyms.TryGetValue(x, out var opp) && Array.IndexOf(opp, y) >= 0;

    /// <summary>True when the stems are antonyms.</summary>
    internal bool AreAntonyms(string stemA, string stemB) =>
        _antonyms.TryGetValue(UnitBuilder.Hash(stemA), out var opp) && Array.IndexOf(opp, UnitBuilder.Hash(stemB)) >= 0;

    /// <summary>True when the term ids (stem hashes) <paramref name="x"/> and <paramref name="y"/> are synonyms.</summary>
    internal bool AreSynonyms(int x, int y) => Contains(_synonyms, x, y) || Contains(_synonyms, y, x);

    /// <summary>True when the stems are synonyms or one is a hypernym of the other.</summary>
    internal bool AreSimilar(string stemA, string stemB) => AreSimilar(UnitBuilder.Hash(stemA), UnitBuilder.Hash(stemB));

    /// <summary>True when WordNet gives the stem any hypernym (it knows the word as a common noun or verb).</summary>
    internal bool HasHypernyms(string stem) => _hypernyms.ContainsKey(UnitBuilder.Hash(stem));

    /// <summary><see cref="AreSimilar(string, string)"/> on term ids (stem hashes).</summary>
    internal bool AreSimilar(int x, int y) =>
        Contains(_synonyms, x, y) || Contains(_hypernyms, x, y) || Contains(_hypernyms, y, x);

    private static bool Contains(Dictionary<int, int[]> map, int key, int value) =>
        map.TryGetValue(key, out var values) && SortedContains(values, value);

    private static int Id(string word, TermExtractor terms)
    {
        string lower = word.ToLowerInvariant();
        if (lower.Length < 2 || terms.IsStopWord(lower)) return 0;
        return UnitBuilder.Hash(TermExtractor.StemUncached(lower));
    }
}
