using System.Globalization;
using Claims.Segmentation;
using Claims.Text;

namespace Claims.Stance;

/// <summary>
/// Everything the stance features and rules need from one text, computed once: per sentence the words, negation
/// scopes, weighted content terms, entities, numbers and cue counts, read from the tokens and sentences the document
/// stages produced (<see cref="TextView"/>): a claim's profile is built from its document's tokens, a free text's from
/// the same segmentation stages. Immutable and safe to share between threads; build it with
/// <see cref="PairFeaturizer.Profile(TextView)"/> or <see cref="PairFeaturizer.Profile(string)"/> and reuse it for every
/// pair the text is in.
/// </summary>
public sealed class TextProfile
{
    internal TextProfile(TextView view, string text, TextUnit[] sentences, TextUnit whole, TextUnit lead, Embeddings.TextEmbeddings? embeddings = null)
    {
        View = view;
        Embeddings = embeddings;
        Text = text;
        Sentences = sentences;
        Whole = whole;
        Lead = lead;
    }

    /// <summary>The profiled text.</summary>
    public string Text { get; }

    /// <summary>The document tokens the profile was read from.</summary>
    public TextView View { get; }

    /// <summary>
    /// The text's sentence vectors, one per profiled sentence, when the featurizer has a sentence encoder
    /// (<see cref="PairFeaturizer.WithEncoder"/>); else null.
    /// </summary>
    public Embeddings.TextEmbeddings? Embeddings { get; }

    /// <summary>Number of sentences found in the text.</summary>
    public int SentenceCount => Sentences.Length;

    internal TextUnit[] Sentences { get; }

    /// <summary>The text of sentence <paramref name="index"/>.</summary>
    internal string SentenceText(int index) => Sentences[index].Text;

    /// <summary>The whole text as one unit.</summary>
    internal TextUnit Whole { get; }

    /// <summary>The first two sentences (news bodies state their stance early).</summary>
    internal TextUnit Lead { get; }
}

/// <summary>A sentence (or a run of sentences) prepared for comparison.</summary>
internal sealed class TextUnit
{
    private string? _text;

    /// <summary>
    /// The unit's text. A unit built without one (a sentence or the lead of a profile that encodes no vectors) makes
    /// it from <see cref="TextSource"/> on first use (few units are ever asked) and keeps it.
    /// </summary>
    public string Text { get => _text ??= TextSource!.Value.Make(); init => _text = value; }

    /// <summary>Where <see cref="Text"/> is made from when it was not given.</summary>
    public UnitText? TextSource { get; init; }
    /// <summary>Lower-cased words and punctuation marks, hyphenated words split ("five-hour" is "five", "hour").</summary>
    public required string[] Words { get; init; }
    /// <summary>Content stem of each word, or null for stop words and punctuation.</summary>
    public required string?[] Stems { get; init; }
    /// <summary>True when the word is capitalized and not sentence-initial (a name).</summary>
    public required bool[] Capitalized { get; init; }
    /// <summary>True when the word is inside a negation's scope.</summary>
    public required bool[] Negated { get; init; }
    /// <summary>Sorted unique content term ids.</summary>
    public required int[] TermIds { get; init; }
    /// <summary>L2-normalized TF-IDF weight of each term in <see cref="TermIds"/>.</summary>
    public required float[] Weights { get; init; }
    /// <summary>IDF of each term in <see cref="TermIds"/>.</summary>
    public required float[] Idf { get; init; }
    /// <summary>Sum of <see cref="Idf"/>.</summary>
    public required float IdfMass { get; init; }
    /// <summary>Sorted unique ids of name stems.</summary>
    public required int[] EntityIds { get; init; }
    /// <summary>Numbers and calendar values with the word they count.</summary>
    public required NumberMention[] Numbers { get; init; }
    public required int Negations { get; init; }
    public required int Refutes { get; init; }
    public required int Hedges { get; init; }
    public required int Supports { get; init; }
    public required bool Question { get; init; }
    private string? _fuzzyText;
    private string? _sortedText;

    /// <summary>
    /// Content words (those with a stem) in text order joined by single spaces and cut at 160 characters, for the
    /// fuzzy ratios: made on first use (only the units a pair with shared terms compares need it) and then kept.
    /// </summary>
    public string FuzzyText => _fuzzyText ??= UnitBuilder.JoinClipped(Words, Stems);

    /// <summary>Content words sorted (ordinal) and joined like <see cref="FuzzyText"/>, for the token-sort ratio.</summary>
    public string SortedText => _sortedText ??= UnitBuilder.SortedContentText(Words, Stems);
    /// <summary>Bit set of the antonym lexicon sides present: bit 2i for left of pair i, 2i+1 for right.</summary>
    public required ulong AntonymSides { get; init; }
    /// <summary>Count of each of <see cref="Lexicon.CueWords"/>.</summary>
    public required byte[] CueCounts { get; init; }
    /// <summary>Bit set of the status classes asserted (bit i) and denied (bit 8+i).</summary>
    public required int StatusBits { get; init; }
    /// <summary>Sorted term ids of the words shaped like verb forms ("-ing", "-ed", irregular forms such as "ate").</summary>
    public required int[] VerbIds { get; init; }
    /// <summary>Term id of the first content word not in a negation's scope (usually the subject), or 0.</summary>
    public required int FirstTermId { get; init; }
    /// <summary>Term id of the last content word (usually the object or place), or 0.</summary>
    public required int LastTermId { get; init; }
    /// <summary>True when the unit has a passive shape: "being" or "been", later followed by "by".</summary>
    public required bool Passive { get; init; }

    private HashSet<string>? _eventGroups;
    private HashSet<string>? _names;

    /// <summary>
    /// Event-noun groups of the unit (for <see cref="StancePair.SameSubject(IReadOnlyCollection{string})"/>), computed on first use and then
    /// shared by every pair and rule. Racing threads may both compute it; either result is identical and never mutated.
    /// </summary>
    public HashSet<string> EventGroups => _eventGroups ??= StancePair.Events(this);

    /// <summary>Stems of the unit's capitalized (name) words, computed on first use like <see cref="EventGroups"/>.</summary>
    public HashSet<string> Names => _names ??= StancePair.Names(this);

    private int[]? _stemHashes;
    private string?[]? _synonymGroups;

    /// <summary>Per word, the hash of its stem (0 for stop words): the term id <see cref="WordRelations"/> is keyed by.</summary>
    public int[] StemHashes => _stemHashes ??= Stems.Select(st => st is null ? 0 : UnitBuilder.Hash(st)).ToArray();

    private MemoEntry? _memo;

    /// <summary>
    /// What <paramref name="compute"/> gives for this unit, computed on first use for <paramref name="key"/> (a rule's
    /// own static object) and then shared by every pair the unit is in. <paramref name="compute"/> must be a pure
    /// function of the unit; racing threads may both compute it, and either identical result is kept.
    /// </summary>
    internal T Memo<T>(object key, Func<TextUnit, T> compute)
    {
        for (var e = Volatile.Read(ref _memo); e is not null; e = e.Next)
            if (ReferenceEquals(e.Key, key)) return (T)e.Value!;
        T value = compute(this);
        while (true)
        {
            var head = Volatile.Read(ref _memo);
            if (Interlocked.CompareExchange(ref _memo, new MemoEntry(key, value, head), head) == head) return value;
        }
    }

    private sealed record MemoEntry(object Key, object? Value, MemoEntry? Next);

    private SimilarityCache? _similarity;

    /// <summary>
    /// Per word, what <paramref name="relations"/> say its stem is similar to (<see cref="WordRelations.SimilarityOf"/>;
    /// empty for stop words): looked up once per unit and relations instead of once per word pair.
    /// </summary>
    internal (int[][] Similar, int[][] Hypernyms) Similarity(WordRelations relations)
    {
        if (_similarity is { } cached && ReferenceEquals(cached.Owner, relations)) return (cached.Similar, cached.Hypernyms);
        var hashes = StemHashes;
        var similar = new int[hashes.Length][];
        var hypernyms = new int[hashes.Length][];
        for (int i = 0; i < hashes.Length; i++) (similar[i], hypernyms[i]) = relations.SimilarityOf(hashes[i]);
        _similarity = new SimilarityCache(relations, similar, hypernyms);
        return (similar, hypernyms);
    }

    private TermRelationCache? _termRelations;

    /// <summary>Each term's relations in <paramref name="relations"/> (<see cref="WordRelations.Relate"/>), cached per unit.</summary>
    internal TermRelationTable TermRelations(WordRelations relations)
    {
        if (_termRelations is { } cached && ReferenceEquals(cached.Owner, relations)) return cached.Table;
        var table = relations.Relate(TermIds);
        _termRelations = new TermRelationCache(relations, table);
        return table;
    }

    private sealed record TermRelationCache(WordRelations Owner, TermRelationTable Table);

    private sealed record SimilarityCache(WordRelations Owner, int[][] Similar, int[][] Hypernyms);

    /// <summary>Per word, its <see cref="Lexicon.Synonyms"/> group, or null.</summary>
    public string?[] SynonymGroups => _synonymGroups ??= Words.Select(w => Lexicon.Synonyms.TryGetValue(w, out var g) ? g : null).ToArray();
}


/// <summary>Builds <see cref="TextUnit"/>s; stateless apart from the shared term extractor and IDF table.</summary>
internal static partial class UnitBuilder
{
    /// <summary>The unit of the view's tokens <c>[first, end)</c>, whose text is <paramref name="text"/>.</summary>
    public static TextUnit Build(TextView view, int first, int end, string text, IdfTable idf, UnitWords known) =>
        Build(view, first, end, text, null, idf, known);

    /// <summary>The unit of the view's tokens <c>[first, end)</c>, its text made from <paramref name="source"/> when asked.</summary>
    public static TextUnit Build(TextView view, int first, int end, UnitText source, IdfTable idf, UnitWords known) =>
        Build(view, first, end, null, source, idf, known);

    private static TextUnit Build(TextView view, int first, int end, string? text, UnitText? source, IdfTable idf, UnitWords known)
    {
        var scratch = t_scratch ??= new UnitScratch();
        var (words, caps) = Words(view, first, end, known.Terms, scratch);
        var scan = new UnitScan(words.Count, scratch);
        scan.Run(words, caps, known);
        var (ids, weights, idfs, mass) = Weigh(scan.Counts, idf);
        var wordArray = words.ToArray();
        var stems = scan.Stems;
        var unit = new TextUnit
        {
            Text = text!,
            TextSource = source,
            Words = wordArray,
            Stems = stems,
            Capitalized = caps.ToArray(),
            Negated = scan.Negated,
            TermIds = ids,
            Weights = weights,
            Idf = idfs,
            IdfMass = (float)mass,
            EntityIds = SortedDistinct(scan.EntityIds),
            Numbers = NumberMentions.Find(wordArray, stems),
            Negations = scan.Negations,
            Refutes = scan.Refutes,
            Hedges = scan.Hedges,
            Supports = scan.Supports,
            Question = scan.Question,
            CueCounts = scan.Cues,
            AntonymSides = AntonymBits(wordArray, scan.Negated),
            StatusBits = Status(wordArray, scan.Negated),
            VerbIds = SortedDistinct(scan.VerbIds),
            FirstTermId = scan.FirstTerm,
            LastTermId = scan.LastTerm,
            Passive = scan.Passive,
        };
        if (words.Capacity > UnitScratch.Limit) t_scratch = null;
        return unit;
    }

    /// <summary>
    /// The words of the view's tokens <c>[first, end)</c>, lower-cased ("didn't" split into "did" "n't", hyphenated words into their parts, quotes as
    /// '"'), and per word whether it is capitalized other than at a sentence start.
    /// </summary>
    private static (List<string> Words, List<bool> Caps) Words(TextView view, int first, int end, TermExtractor terms, UnitScratch scratch,
        List<int>? origins = null)
    {
        string text = view.Text;
        var words = scratch.Words;
        var caps = scratch.Caps;
        words.Clear();
        caps.Clear();
        bool sentenceStart = true;
        for (int k = first; k < end; k++)
        {
            var token = view[k];
            var surface = token.Of(text);
            if (token.Kind is TokenKind.Word or TokenKind.Number)
            {
                AddWord(words, caps, terms.SharedLower(surface), token.Kind, token.Kind == TokenKind.Word && char.IsUpper(surface[0]) && !sentenceStart);
                sentenceStart = false;
            }
            else
            {
                char c = surface[0];
                words.Add(token.Kind == TokenKind.Quote ? "\"" : terms.Shared(surface));
                caps.Add(false);
                if (c is '.' or '!' or '?' or ':' || token.Kind == TokenKind.Quote) sentenceStart = true;
            }
            // Each word the token gave (several when split: "did" "n't", a hyphenated word's parts) comes from token k.
            while (origins is not null && origins.Count < words.Count) origins.Add(k);
        }
        return (words, caps);
    }

    /// <summary>
    /// Per word of the unit of the view's tokens <c>[first, end)</c> (<see cref="TextUnit.Words"/>), the view index of
    /// the token it was read from: a token gives several words when it is split ("did" "n't", the parts of a hyphenated
    /// word). For quoting a run of words as the text wrote it.
    /// </summary>
    internal static int[] WordTokens(TextView view, int first, int end, TermExtractor terms)
    {
        var origins = new List<int>(end - first);
        Words(view, first, end, terms, new UnitScratch(), origins);
        return [.. origins];
    }

    private static void AddWord(List<string> words, List<bool> caps, string lower, TokenKind kind, bool cap)
    {
        // "didn't" carries a negation: split it so the negation scope sees "n't".
        if (lower.EndsWith("n't", StringComparison.Ordinal) && lower.Length > 3)
        {
            words.Add(lower[..^3]);
            caps.Add(false);
            words.Add("n't");
            caps.Add(false);
        }
        else if (lower.Contains('-') && kind == TokenKind.Word)
        {
            foreach (var part in lower.Split('-', StringSplitOptions.RemoveEmptyEntries))
            {
                words.Add(part);
                caps.Add(cap);
            }
        }
        else
        {
            words.Add(lower);
            caps.Add(cap);
        }
    }

    /// <summary>The sorted term ids with their L2-normalized log-TF-IDF weights, their IDFs and the sum of those IDFs.</summary>
    private static (int[] Ids, float[] Weights, float[] Idfs, double Mass) Weigh(Dictionary<int, int> counts, IdfTable idf)
    {
        var ids = counts.Keys.ToArray();
        Array.Sort(ids);
        var weights = new float[ids.Length];
        var idfs = new float[ids.Length];
        double norm = 0, mass = 0;
        for (int k = 0; k < ids.Length; k++)
        {
            float idfValue = idf.WeightOfHash(ids[k]);
            idfs[k] = idfValue;
            mass += idfValue;
            double wgt = (1 + Math.Log(counts[ids[k]])) * idfValue;
            weights[k] = (float)wgt;
            norm += wgt * wgt;
        }
        if (norm > 0)
        {
            float inv = (float)(1 / Math.Sqrt(norm));
            for (int k = 0; k < weights.Length; k++) weights[k] *= inv;
        }
        return (ids, weights, idfs, mass);
    }

    /// <summary>One pass over a unit's words: negation scopes, cue and stance-marker counts, and the content terms.</summary>
    private sealed class UnitScan(int n, UnitScratch scratch)
    {
        public readonly string?[] Stems = new string?[n];
        public readonly bool[] Negated = new bool[n];
        public readonly byte[] Cues = new byte[Lexicon.CueWords.Length];
        // The counts and id lists are read into the thread's scratch (copied out by Weigh and SortedDistinct).
        public readonly Dictionary<int, int> Counts = UnitScratch.Cleared(scratch.Counts);
        public readonly List<int> EntityIds = UnitScratch.Cleared(scratch.EntityIds);
        public readonly List<int> VerbIds = UnitScratch.Cleared(scratch.VerbIds);
        public int Negations, Refutes, Hedges, Supports, FirstTerm, LastTerm;
        public bool Question, Passive;
        private int _scope;
        private bool _clauseScope, _passiveAux;

        // Each word's markers and term are read from its facts (known: worked out once per distinct word).
        public void Run(List<string> words, List<bool> caps, UnitWords known)
        {
            for (int i = 0; i < words.Count; i++)
            {
                string w = words[i];
                bool punct = w.Length > 0 && !char.IsLetterOrDigit(w[0]);
                if (punct)
                {
                    if (w == "?") Question = true;
                    _scope = 0;
                    _clauseScope = false;
                    continue;
                }
                var facts = known.Of(w);
                ReadMarkers(i, w, facts);
                // The facts hold a term for a word of two characters or more (or a digit), neither stop word nor negator.
                if (facts.Term is { } term) ReadTerm(i, caps[i], term, facts);
            }
        }

        private void ReadMarkers(int i, string w, WordFacts facts)
        {
            Negated[i] = _scope > 0 || _clauseScope;
            if (_scope > 0) _scope--;
            if (facts.Negator) { Negations++; _scope = 3; }
            else if (facts.ClauseNegator) { Negations++; _clauseScope = true; }
            if (facts.Cue >= 0 && Cues[facts.Cue] < 255) Cues[facts.Cue]++;
            if (w == "n't" && Cues[Lexicon.CueIndex["not"]] < 255) Cues[Lexicon.CueIndex["not"]]++;
            if (facts.Refuting) Refutes++;
            if (facts.Hedge) Hedges++;
            if (facts.Supporting) Supports++;
            if (w is "being" or "been") _passiveAux = true;
            else if (_passiveAux && w == "by") Passive = true;
        }

        private void ReadTerm(int i, bool cap, string stem, WordFacts facts)
        {
            Stems[i] = stem;
            int id = facts.TermHash;
            Counts[id] = Counts.TryGetValue(id, out var c0) ? c0 + 1 : 1;
            if (cap) EntityIds.Add(id);
            else if (facts.VerbLike) VerbIds.Add(id);
            if (FirstTerm == 0 && !facts.ClauseNegator) FirstTerm = id;
            LastTerm = id;
        }
    }

    /// <summary>
    /// A lower-case word shaped like an inflected verb: "-ing" or "-ed" with a stem of three letters or more, or an
    /// irregular form WordNet lists ("ate", "held"). Cheap and tagger-free; nouns like "building" slip in, which the
    /// features tolerate (they only count alignment of such words).
    /// </summary>
    internal static bool LooksLikeVerb(string w) =>
        (w.Length >= 6 && w.EndsWith("ing", StringComparison.Ordinal)) ||
        (w.Length >= 5 && w.EndsWith("ed", StringComparison.Ordinal)) ||
        !ReferenceEquals(VerbLemmas.Default.Lemma(w), w);

    /// <summary>Stable 32-bit FNV-1a hash of a term (string.GetHashCode is randomized per process).</summary>
    public static int Hash(string s)
    {
        uint h = 2166136261;
        foreach (char c in s)
        {
            h ^= c;
            h *= 16777619;
        }
        return (int)h;
    }

    // The distinct ids in ascending order (what a sorted set of them holds), made from a list instead of a tree.
    private static int[] SortedDistinct(List<int> ids)
    {
        if (ids.Count == 0) return [];
        var sorted = ids.ToArray();
        Array.Sort(sorted);
        int n = 1;
        for (int k = 1; k < sorted.Length; k++)
            if (sorted[k] != sorted[n - 1]) sorted[n++] = sorted[k];
        return n == sorted.Length ? sorted : sorted[..n];
    }

    /// <summary>Finds where phrase <paramref name="phrase"/> starts at word <paramref name="i"/>.</summary>
    public static bool MatchAt(string[] words, int i, string[] phrase)
    {
        if (i + phrase.Length > words.Length) return false;
        for (int k = 0; k < phrase.Length; k++)
            if (!string.Equals(words[i + k], phrase[k], StringComparison.Ordinal)) return false;
        return true;
    }

    private static ulong AntonymBits(string[] words, bool[] negated)
    {
        ulong bits = 0;
        for (int i = 0; i < words.Length; i++)
        {
            if (negated[i]) continue;
            foreach (var (phrase, bit) in PhraseIndex.Antonyms.At(words[i]))
                if (MatchAt(words, i, phrase)) bits |= 1UL << bit;
        }
        return bits;
    }

    private static int Status(string[] words, bool[] negated)
    {
        int bits = 0;
        for (int i = 0; i < words.Length; i++)
            foreach (var (phrase, s) in PhraseIndex.Statuses.At(words[i]))
                if (MatchAt(words, i, phrase))
                    bits |= negated[i] ? 1 << (8 + s) : 1 << s;
        return bits;
    }

    /// <summary>
    /// The antonym and status phrases of <see cref="Lexicon"/> filed under their first word, each with the bit it sets
    /// (antonym pair i: bit 2i left, 2i + 1 right, for the first 32 pairs; status s: s): a word is only matched
    /// against the phrases that start with it. Immutable.
    /// </summary>
    private sealed class PhraseIndex
    {
        public static readonly PhraseIndex Antonyms = new(Lexicon.Antonyms.Take(32).SelectMany((p, i) =>
            p.Left.Select(phrase => (phrase, 2 * i)).Concat(p.Right.Select(phrase => (phrase, 2 * i + 1)))));

        public static readonly PhraseIndex Statuses = new(Lexicon.Statuses.SelectMany((st, s) => st.Phrases.Select(phrase => (phrase, s))));

        private readonly Dictionary<string, (string[] Phrase, int Bit)[]> _byFirst;
        // A phrase without words matches at every word.
        private readonly (string[] Phrase, int Bit)[] _empty;

        private PhraseIndex(IEnumerable<(string[] Phrase, int Bit)> phrases)
        {
            var list = phrases.ToList();
            _empty = list.Where(p => p.Phrase.Length == 0).ToArray();
            _byFirst = list.Where(p => p.Phrase.Length > 0).GroupBy(p => p.Phrase[0], StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Concat(_empty).ToArray(), StringComparer.Ordinal);
        }

        /// <summary>The phrases that may start at a word (those starting with it, and any empty ones).</summary>
        public (string[] Phrase, int Bit)[] At(string word) => _byFirst.TryGetValue(word, out var found) ? found : _empty;
    }
}
