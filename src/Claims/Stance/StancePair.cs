using Claims.Matching;

namespace Claims.Stance;

/// <summary>
/// Two profiled texts as the stance rules see them: word sequences with negation scopes and content stems, plus the
/// shared guard <see cref="SameSubject(IReadOnlyCollection{string})"/> that keeps rules from comparing claims about different things. Immutable.
/// </summary>
public sealed class StancePair
{
    internal StancePair(TextProfile a, TextProfile b, WordRelations relations, Relatedness? relatedness = null)
    {
        ProfileA = a;
        ProfileB = b;
        A = a.Whole;
        B = b.Whole;
        Relations = relations;
        Relatedness = relatedness ?? Relatedness.Default;
    }

    /// <summary>Profiles both texts with <paramref name="featurizer"/> and pairs them (for running rules on their own).</summary>
    public static StancePair Create(PairFeaturizer featurizer, string a, string b)
    {
        ArgumentNullException.ThrowIfNull(featurizer);
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new StancePair(featurizer.Profile(a), featurizer.Profile(b), featurizer.Relations);
    }

    /// <summary>
    /// True when the caller reads only the findings that decide a verdict: a veto cannot change what it does with the
    /// pair (the pair is neutral unless a rule decides), so a rule may skip the work whose only outcome is a veto.
    /// </summary>
    internal bool DecisionsOnly { get; init; }

    /// <summary>The thresholds the same-subject guard uses (the classifier's <see cref="StanceClassifier.Relatedness"/>).</summary>
    public Relatedness Relatedness { get; }

    /// <summary>The first text's profile.</summary>
    public TextProfile ProfileA { get; }

    /// <summary>The second text's profile.</summary>
    public TextProfile ProfileB { get; }

    /// <summary>
    /// The cosine of the two texts' vectors, or null when the profiles carry none (the lexical pipeline): what the
    /// rules that agree on one shared element (a date, a denied word) read as evidence that the texts mean alike.
    /// </summary>
    internal float? MeaningCosine => ProfileA.Embeddings is { } ea && ProfileB.Embeddings is { } eb ? ea.Whole.Dot(eb.Whole) : null;

    internal TextUnit A { get; }
    internal TextUnit B { get; }
    internal WordRelations Relations { get; }

    /// <summary>Lower-cased words and punctuation of side 0 (A) or 1 (B).</summary>
    public IReadOnlyList<string> Words(int side) => Unit(side).Words;

    /// <summary>True when word <paramref name="index"/> of the side is in a negation's scope.</summary>
    public bool IsNegated(int side, int index) => Unit(side).Negated[index];

    /// <summary>The content stem of a word, or null for stop words and punctuation.</summary>
    public string? Stem(int side, int index) => Unit(side).Stems[index];

    internal TextUnit Unit(int side) => side switch
    {
        0 => A,
        1 => B,
        _ => throw new ArgumentOutOfRangeException(nameof(side), side, "side is 0 (A) or 1 (B)"),
    };

    /// <summary>
    /// True when the two texts talk about the same subject once the words the rule compares (<paramref name="pivots"/>,
    /// lower-case surface words or stems) are set aside: both name the same kind of event if both name one
    /// ("meeting" vs "summit" are different events), their names are not disjoint, and enough of the remaining content
    /// words (or synonyms) are shared: at least <see cref="Relatedness.SameSubjectShare"/> of the smaller side's.
    /// </summary>
    public bool SameSubject(IReadOnlyCollection<string> pivots) => SameSubject(pivots, Relatedness.SameSubjectShare);

    /// <summary>
    /// <see cref="SameSubject(IReadOnlyCollection{string})"/> with another share of the remaining content words
    /// (one of <see cref="Relatedness"/>'s same-subject shares).
    /// </summary>
    public bool SameSubject(IReadOnlyCollection<string> pivots, double minShare)
    {
        ArgumentNullException.ThrowIfNull(pivots);
        if (!SameNamesAndEvents()) return false;
        var contentA = Content(A, pivots);
        var contentB = Content(B, pivots);
        if (contentA.Count == 0 || contentB.Count == 0) return false;
        int shared = (long)contentA.Count * contentB.Count > LongContentPairs
            ? new SharedWords(B, contentB, Relations).CountIn(A, contentA, Relations)
            : SharedByPairs(contentA, contentB);
        int smaller = Math.Min(contentA.Count, contentB.Count);
        return shared >= 1 && shared >= minShare * smaller;
    }

    /// <summary>
    /// <see cref="SameSubject(IReadOnlyCollection{string})"/> with a fixed pivot set: each unit's content words and
    /// their index are worked out once per unit and pivot set (memoized on the unit) instead of once per pair.
    /// </summary>
    internal bool SameSubject(SubjectPivots pivots) => SameSubject(pivots, Relatedness.SameSubjectShare);

    /// <summary><see cref="SameSubject(SubjectPivots)"/> with another share of the remaining content words.</summary>
    internal bool SameSubject(SubjectPivots pivots, double minShare)
    {
        if (!SameNamesAndEvents()) return false;
        var contentA = A.Memo(pivots, pivots.ContentOf);
        var contentB = B.Memo(pivots, pivots.ContentOf);
        if (contentA.Words.Count == 0 || contentB.Words.Count == 0) return false;
        int shared = contentB.Index(B, Relations).CountIn(A, contentA.Words, Relations);
        int smaller = Math.Min(contentA.Words.Count, contentB.Words.Count);
        return shared >= 1 && shared >= minShare * smaller;
    }

    // Names not disjoint, and the same kind of event when both name one.
    private bool SameNamesAndEvents()
    {
        var eventsA = A.EventGroups;
        var eventsB = B.EventGroups;
        var namesA = A.Names;
        var namesB = B.Names;
        if (namesA.Count > 0 && namesB.Count > 0 && !namesA.Overlaps(namesB)) return false;

        // Different kinds of event are different events, except that a summit is a meeting: "the meeting between
        // Trump and Putin" and "a summit between Putin and Trump" are one event when they share the names.
        return !(eventsA.Count > 0 && eventsB.Count > 0 && !eventsA.Overlaps(eventsB)
            && !(namesA.Overlaps(namesB) && AllGatherings(eventsA) && AllGatherings(eventsB)));
    }

    // The count of A's content words with a counterpart in B: same stem, same synonym group, or similar by the relations.
    private int SharedByPairs(List<(string Stem, int Index)> contentA, List<(string Stem, int Index)> contentB)
    {
        int shared = 0;
        // Per-word stem hashes and synonym groups are cached on the units, so the pair loop compares ints.
        var hashA = A.StemHashes;
        var hashB = B.StemHashes;
        var groupA = A.SynonymGroups;
        var groupB = B.SynonymGroups;
        var similarA = A.Similarity(Relations).Similar;
        var hypernymsB = B.Similarity(Relations).Hypernyms;
        foreach (var (stem, i) in contentA)
        {
            bool found = false;
            foreach (var (stemB, j) in contentB)
            {
                if (stem == stemB || (groupA[i] is { } g && string.Equals(g, groupB[j], StringComparison.Ordinal))
                    || WordRelations.AreSimilar(similarA[i], hashB[j], hypernymsB[j], hashA[i])) { found = true; break; }
            }
            if (found) shared++;
        }
        return shared;
    }

    /// <summary>Word pairs of two content lists from which <see cref="SameSubject(IReadOnlyCollection{string}, double)"/>
    /// counts shared words through sets of B's stems, groups, hashes and hypernyms instead of comparing every pair.</summary>
    private const int LongContentPairs = 1024;

    /// <summary>True when both texts name someone or something and at least one name is shared.</summary>
    public bool SharesNames()
    {
        var namesA = A.Names;
        var namesB = B.Names;
        return namesA.Count > 0 && namesB.Count > 0 && namesA.Overlaps(namesB);
    }

    private static bool AllGatherings(HashSet<string> events) => events.All(e => e is "summit" or "meeting");

    internal static HashSet<string> Events(TextUnit u)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in u.Words)
            if (Lexicon.EventNouns.TryGetValue(w, out var g)) set.Add(g);
        return set;
    }

    internal static HashSet<string> Names(TextUnit u)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < u.Words.Length; i++)
            // Capitalized weekdays and months are dates, compared by the number rule, not names.
            if (u.Capitalized[i] && u.Stems[i] is { } s && !Lexicon.CalendarWords.ContainsKey(u.Words[i])) set.Add(s);
        return set;
    }

    internal static List<(string Stem, int Index)> Content(TextUnit u, IReadOnlyCollection<string> pivots)
    {
        var candidates = u.Memo(ContentWordsKey, ContentWords);
        // Room for every candidate word: the list is made for each pair a rule compares, and growing it was most of its cost.
        var list = new List<(string, int)>(candidates.Length);
        HashSet<string>? seen = null;
        foreach (int i in candidates)
        {
            var s = u.Stems[i]!;
            if (pivots.Contains(s) || pivots.Contains(u.Words[i])) continue;
            if (seen is null ? HasStem(list, s) : !seen.Add(s)) continue;
            list.Add((s, i));
            // Long texts: a set instead of a scan per word, which made this quadratic in the text's length.
            if (seen is null && list.Count == 32) seen = list.Select(x => x.Item1).ToHashSet(StringComparer.Ordinal);
        }
        return list;
    }

    // A loop rather than List.Exists with a lambda, which made a closure for every word of every pair read.
    private static bool HasStem(List<(string Stem, int Index)> list, string stem)
    {
        foreach (var (s, _) in list)
            if (s == stem) return true;
        return false;
    }

    private static readonly object ContentWordsKey = new();

    // The indices of the words that can be content whatever the pivots (a stem, not a reporting verb, not a number or
    // date: those are what the number rule compares, not what claims are about), in order; found once per unit.
    private static int[] ContentWords(TextUnit u)
    {
        var found = new List<int>();
        for (int i = 0; i < u.Words.Length; i++)
        {
            var s = u.Stems[i];
            if (s is null || Lexicon.ReportingStems.Contains(s)) continue;
            if (Lexicon.NumberWords.ContainsKey(u.Words[i]) || Lexicon.CalendarWords.ContainsKey(u.Words[i]) || char.IsDigit(s[0])) continue;
            found.Add(i);
        }
        return [.. found];
    }
}
