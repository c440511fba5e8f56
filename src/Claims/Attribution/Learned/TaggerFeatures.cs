using System.Buffers;
using Claims.Segmentation;
using Claims.Text;

namespace Claims.Attribution.Learned;

/// <summary>
/// The features of every token of a document for the attribution tagger, as 64-bit hashes: emission features (the
/// words around the token, its shape, quotes, the cue lexicon, the rules' own tags) and context features that are
/// conjoined with the previous token's tag when scored. Computed once per document, read many times by the decoder;
/// disposing it returns its pooled arrays.
/// </summary>
internal sealed class TaggerFeatures : IDisposable
{
    // Upper bounds of the features of one token (the templates below, with the rules' tags).
    private const int MaxEmission = 27 + MaxClassFeatures, MaxContext = 13;
    // The WordNet class features of one token: up to four of its classes, the set of them, and its neighbours' sets.
    private const int MaxClassFeatures = 7;
    private ulong[]? _emission, _context;
    private readonly int[] _emissionStart, _contextStart;

    private TaggerFeatures(ulong[] emission, int[] emissionStart, ulong[] context, int[] contextStart, IReadOnlyList<Token> words, int[] sentenceOf, int[] ruleTags,
        bool[] inQuote, WordClass[] classes)
    {
        Classes = classes;
        _emission = emission;
        _emissionStart = emissionStart;
        _context = context;
        _contextStart = contextStart;
        Words = words;
        SentenceOf = sentenceOf;
        RuleTags = ruleTags;
        InQuote = inQuote;
    }

    /// <summary>Token <paramref name="i"/>'s features scored against its tag alone.</summary>
    public ReadOnlySpan<ulong> Emission(int i)
    {
        ObjectDisposedException.ThrowIf(_emission is null, this);
        return _emission.AsSpan(_emissionStart[i], _emissionStart[i + 1] - _emissionStart[i]);
    }

    /// <summary>Token <paramref name="i"/>'s features scored against the pair (previous tag, tag).</summary>
    public ReadOnlySpan<ulong> Context(int i)
    {
        ObjectDisposedException.ThrowIf(_context is null, this);
        return _context.AsSpan(_contextStart[i], _contextStart[i + 1] - _contextStart[i]);
    }

    /// <summary>Returns the feature arrays to the shared pool; the features cannot be read afterwards.</summary>
    public void Dispose()
    {
        if (_emission is not null) ArrayPool<ulong>.Shared.Return(_emission);
        if (_context is not null) ArrayPool<ulong>.Shared.Return(_context);
        _emission = _context = null;
    }

    /// <summary>The document's tokens.</summary>
    public IReadOnlyList<Token> Words { get; }

    /// <summary>Per token: its sentence index.</summary>
    public int[] SentenceOf { get; }

    /// <summary>Per token: the tag the rule-based attributions give it.</summary>
    public int[] RuleTags { get; }

    /// <summary>Per token: the WordNet classes of its word (<see cref="WordClass.None"/> for other tokens).</summary>
    public WordClass[] Classes { get; }

    /// <summary>Per token: whether it lies inside a quotation.</summary>
    public bool[] InQuote { get; }

    /// <summary>
    /// Features of <paramref name="document"/>, which must have tokens, sentences, quotes and (rule) attributions; with
    /// <paramref name="extra"/>, each token's emission features also hold the extra hashes it gives (token states read
    /// by the accurate mode), at most <see cref="ITokenFeatureSource.MaxPerToken"/> a token.
    /// </summary>
    public static TaggerFeatures Of(Document document, CueLexicon lexicon, bool useRuleTags, CancellationToken cancellationToken = default,
        ITokenFeatureSource? extra = null)
    {
        string text = document.Text;
        var words = document.Tokens;
        int n = words.Count;
        var values = TokenValues.Of(document, lexicon, cancellationToken);
        var ruleTags = RuleTagsOf(document);

        // Flat arrays of hashes, token i's at [start[i], start[i + 1]), rented from the shared pool: a news article's
        // run to hundreds of kilobytes, and allocating them anew for every document keeps the large-object heap busy.
        int maxEmission = MaxEmission + (extra?.MaxPerToken ?? 0);
        var emission = ArrayPool<ulong>.Shared.Rent(Math.Max(1, n * maxEmission));
        var context = ArrayPool<ulong>.Shared.Rent(Math.Max(1, n * MaxContext));
        int emissionCount = 0, contextCount = 0;
        var emissionStart = new int[n + 1];
        var contextStart = new int[n + 1];
        try
        {
            for (int i = 0; i < n; i++)
            {
                if ((i & LearnedAttributionModel.CancellationMask) == 0) cancellationToken.ThrowIfCancellationRequested();
                emissionStart[i] = emissionCount;
                contextStart[i] = contextCount;
                var around = Surroundings.At(text, words, values, i);
                emissionCount = WriteEmission(emission, emissionCount, values, around, ruleTags, useRuleTags, i);
                if (extra is not null)
                    emissionCount += extra.Write(i, emission.AsSpan(emissionCount, Math.Min(extra.MaxPerToken, emission.Length - emissionCount)));
                contextCount = WriteContext(context, contextCount, values, around, ruleTags, useRuleTags, i);
            }
        }
        finally
        {
            values.Return();
        }
        emissionStart[n] = emissionCount;
        contextStart[n] = contextCount;
        return new TaggerFeatures(emission, emissionStart, context, contextStart, words, values.SentenceOf, ruleTags, values.InQuote, values.Classes);
    }

    /// <summary>Per token: the tag the document's (rule) attributions give it.</summary>
    private static int[] RuleTagsOf(Document document)
    {
        var words = document.Tokens;
        var ruleTags = new int[words.Count];
        foreach (var a in document.Attributions)
        {
            MarkContent(ruleTags, words, a.Content);
            if (a.Cue is { } cue) Mark(ruleTags, words, cue, AttributionTags.Cue);
            if (a.Source is { } source) Mark(ruleTags, words, source, AttributionTags.Source);
        }
        return ruleTags;
    }

    /// <summary>Writes token <paramref name="i"/>'s emission features at <paramref name="count"/>; returns the new count.</summary>
    private static int WriteEmission(ulong[] emission, int count, in TokenValues v, in Surroundings s, int[] ruleTags, bool useRuleTags, int i)
    {
        int n = v.Count;
        void Add(ulong hash) => emission[count++] = hash;
        void E(Template t, ulong a) => Add(Mix((ulong)t, a));
        void E2(Template t, ulong a, ulong b) => Add(Mix(Mix((ulong)t, a), b));
        ulong w = s.Word, wp = s.WordAfter, wm = s.WordBefore;
        var shape = v.Shape;
        var cueClass = v.CueClass;
        E(Template.Word, w); E(Template.WordBefore, wm); E(Template.WordAfter, wp);
        E(Template.Word2Before, v.WordAt(i - 2)); E(Template.Word2After, v.WordAt(i + 2));
        E2(Template.WordBeforeAndWord, wm, w); E2(Template.WordAndWordAfter, w, wp);
        E(Template.Suffix, v.Suffix[i]); E(Template.Shape, shape[i]);
        Add(Mix(Mix(Mix((ulong)Template.Shapes, i > 0 ? shape[i - 1] : SentinelStart), shape[i]), i + 1 < n ? shape[i + 1] : SentinelEnd));
        E(Template.InQuote, s.InQuote); E(Template.SentenceStart, s.SentenceStart); E(Template.ParagraphStart, s.ParagraphStart);
        E(Template.CueLeft, s.CueLeft); E(Template.CueRight, s.CueRight); E(Template.Lexicon, s.Lexicon); E(Template.LexiconWord, v.IsCue[i] ? w : None);
        E(Template.CueClass, cueClass[i]); E(Template.CueClassBefore, i > 0 ? cueClass[i - 1] : SentinelStart);
        E(Template.CueClassAfter, i + 1 < n ? cueClass[i + 1] : SentinelEnd);
        E(Template.Stem, v.Stem[i]); E2(Template.StemBeforeAndWord, i > 0 ? v.Stem[i - 1] : SentinelStart, w);
        E(Template.SentencePosition, SentencePosition(v.SentenceOf, i)); E(Template.QuoteEdges, s.QuoteEdges);
        count = WriteClasses(emission, count, v.Classes, i);
        if (useRuleTags)
        {
            ulong r = (ulong)ruleTags[i];
            ulong rl = i > 0 ? (ulong)ruleTags[i - 1] : None, rr = i + 1 < n ? (ulong)ruleTags[i + 1] : None;
            E(Template.RuleTag, r); Add(Mix(Mix(Mix((ulong)Template.RuleTags, rl), r), rr)); E2(Template.RuleTagAndWord, r, w);
        }
        return count;
    }

    /// <summary>
    /// Writes token <paramref name="i"/>'s WordNet class features at <paramref name="count"/> (its first four classes
    /// one by one, the set of them, the sets of the words beside it); returns the new count.
    /// </summary>
    private static int WriteClasses(ulong[] emission, int count, WordClass[] classes, int i)
    {
        var own = classes[i];
        int written = 0;
        for (uint bits = (uint)own; bits != 0 && written < 4; bits &= bits - 1, written++)
            emission[count++] = Mix((ulong)Template.WordClass, (ulong)System.Numerics.BitOperations.TrailingZeroCount(bits));
        emission[count++] = Mix((ulong)Template.WordClasses, (ulong)own);
        emission[count++] = Mix((ulong)Template.WordClassesBefore, i > 0 ? (ulong)classes[i - 1] : SentinelStart);
        emission[count++] = Mix((ulong)Template.WordClassesAfter, i + 1 < classes.Length ? (ulong)classes[i + 1] : SentinelEnd);
        return count;
    }

    /// <summary>Writes token <paramref name="i"/>'s context features at <paramref name="count"/>; returns the new count.</summary>
    private static int WriteContext(ulong[] context, int count, in TokenValues v, in Surroundings s, int[] ruleTags, bool useRuleTags, int i)
    {
        void C(Template t, ulong a) => context[count++] = Mix((ulong)t, a);
        C(Template.Bias, 0); C(Template.Word, s.Word); C(Template.WordAfter, s.WordAfter); C(Template.InQuote, s.InQuote);
        C(Template.SentenceStart, s.SentenceStart); C(Template.ParagraphStart, s.ParagraphStart);
        C(Template.CueLeft, s.CueLeft); C(Template.CueRight, s.CueRight); C(Template.Lexicon, s.Lexicon); C(Template.WordBefore, s.WordBefore);
        C(Template.Shape, v.Shape[i]); C(Template.WordClasses, (ulong)v.Classes[i]);
        if (useRuleTags) C(Template.RuleTag, (ulong)ruleTags[i]);
        return count;
    }

    /// <summary>
    /// Per token, the hashes of its lower-cased form, suffix, stem and shape, its cue class, sentence and quote, and how
    /// far the nearest cue word is on each side: each feature then mixes a few 64-bit values instead of hashing
    /// characters again.
    /// </summary>
    private readonly struct TokenValues
    {
        // Word to IsCue are read only while the features are written: rented from the shared pool (longer than Count)
        // and returned by Return; Classes, SentenceOf and InQuote stay with the features.
        public readonly ulong[] Word, Suffix, Stem, Shape, CueClass;
        public readonly byte[] CueLeft, CueRight;
        public readonly WordClass[] Classes;
        public readonly int[] SentenceOf;
        public readonly bool[] InQuote, IsCue;
        public readonly int Count;

        private TokenValues(int n)
        {
            Count = n;
            Word = ArrayPool<ulong>.Shared.Rent(n);
            Suffix = ArrayPool<ulong>.Shared.Rent(n);
            Stem = ArrayPool<ulong>.Shared.Rent(n);
            Shape = ArrayPool<ulong>.Shared.Rent(n);
            CueClass = ArrayPool<ulong>.Shared.Rent(n);
            CueLeft = ArrayPool<byte>.Shared.Rent(n);
            CueRight = ArrayPool<byte>.Shared.Rent(n);
            IsCue = ArrayPool<bool>.Shared.Rent(n);
            Classes = new WordClass[n];
            SentenceOf = new int[n];
            InQuote = new bool[n];
        }

        /// <summary>Returns the rented arrays; the values but Classes, SentenceOf and InQuote cannot be read afterwards.</summary>
        public void Return()
        {
            ArrayPool<ulong>.Shared.Return(Word);
            ArrayPool<ulong>.Shared.Return(Suffix);
            ArrayPool<ulong>.Shared.Return(Stem);
            ArrayPool<ulong>.Shared.Return(Shape);
            ArrayPool<ulong>.Shared.Return(CueClass);
            ArrayPool<byte>.Shared.Return(CueLeft);
            ArrayPool<byte>.Shared.Return(CueRight);
            ArrayPool<bool>.Shared.Return(IsCue);
        }

        /// <summary>Token <paramref name="k"/>'s word hash, or a sentinel before the first and after the last token.</summary>
        public ulong WordAt(int k) => k < 0 ? SentinelStart : k >= Count ? SentinelEnd : Word[k];

        /// <summary>Token <paramref name="i"/>'s values read off its characters <paramref name="form"/> (at most 64) and kind.</summary>
        private void ReadWord(int i, TokenKind kind, ReadOnlySpan<char> form, Span<char> buffer, CueLexicon lexicon, WordClasses wordClasses)
        {
            var lower = buffer[..form.ToLowerInvariant(buffer)];
            ulong word = Word[i] = Fnv(lower);
            Suffix[i] = Fnv(lower.Length > 3 ? lower[^3..] : lower);
            Stem[i] = Fnv(TaggerFeatures.Stem(lower));
            Shape[i] = kind switch
            {
                TokenKind.Word => char.IsUpper(form[0]) ? (form.Length > 1 && char.IsUpper(form[^1]) ? ShapeAllCaps : ShapeCapitalized) : ShapeLower,
                TokenKind.Number => ShapeNumber,
                TokenKind.Quote => ShapeQuote,
                _ => word,
            };
            var entry = kind == TokenKind.Word ? lexicon.Find(lower) : null;
            IsCue[i] = entry is not null;
            CueClass[i] = entry is null ? None : 1 + (ulong)entry.Class;
            Classes[i] = kind == TokenKind.Word ? wordClasses.Of(lower) : WordClass.None;
        }

        /// <summary>Token <paramref name="to"/>'s values read off its characters and kind, copied from token <paramref name="from"/>'s, the same.</summary>
        private void CopyWord(int from, int to)
        {
            Word[to] = Word[from];
            Suffix[to] = Suffix[from];
            Stem[to] = Stem[from];
            Shape[to] = Shape[from];
            IsCue[to] = IsCue[from];
            CueClass[to] = CueClass[from];
            Classes[to] = Classes[from];
        }

        public static TokenValues Of(Document document, CueLexicon lexicon, CancellationToken cancellationToken)
        {
            string text = document.Text;
            var words = document.Tokens;
            int n = words.Count;
            var v = new TokenValues(n);
            int quote = 0;
            var quotes = document.Quotes.OrderBy(q => q.Content.Start).ToList();
            var sentences = new SentenceCursor(document);
            Span<char> buffer = stackalloc char[64];
            var wordClasses = WordClasses.Default;
            // A token's values but its sentence and quote depend only on its characters (the first 64) and its kind:
            // a token written as an earlier one was (and of its kind) copies that one's instead of lower-casing,
            // hashing and looking its word up in the lexicons again. Open addressing over the tokens' raw hashes.
            int tableSize = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, 2 * n));
            var table = ArrayPool<int>.Shared.Rent(tableSize);
            var rawHashes = ArrayPool<ulong>.Shared.Rent(Math.Max(1, n));
            table.AsSpan(0, tableSize).Clear();
            try
            {
                for (int i = 0; i < n; i++)
                {
                    if ((i & LearnedAttributionModel.CancellationMask) == 0) cancellationToken.ThrowIfCancellationRequested();
                    var token = words[i];
                    var form = text.AsSpan(token.Start, Math.Min(token.End - token.Start, buffer.Length));
                    ulong raw = rawHashes[i] = Fnv(form);
                    int slot = (int)raw & (tableSize - 1);
                    int same = -1;
                    for (int j; (j = table[slot] - 1) >= 0; slot = (slot + 1) & (tableSize - 1))
                        if (rawHashes[j] == raw && words[j].Kind == token.Kind
                            && form.SequenceEqual(text.AsSpan(words[j].Start, Math.Min(words[j].End - words[j].Start, buffer.Length))))
                        {
                            same = j;
                            break;
                        }
                    if (same >= 0) v.CopyWord(same, i);
                    else
                    {
                        table[slot] = i + 1;
                        v.ReadWord(i, token.Kind, form, buffer, lexicon, wordClasses);
                    }
                    v.SentenceOf[i] = sentences.IndexAt(token.Start);
                    while (quote < quotes.Count && quotes[quote].Content.End <= token.Start) quote++;
                    v.InQuote[i] = quote < quotes.Count && quotes[quote].Content.Contains(token.Start);
                }
            }
            finally
            {
                ArrayPool<int>.Shared.Return(table);
                ArrayPool<ulong>.Shared.Return(rawHashes);
            }
            NearestCues(n, v.IsCue, v.SentenceOf, v.CueLeft, v.CueRight);
            return v;
        }
    }

    /// <summary>
    /// The sentence index of positions asked in increasing order (the tokens'), as <see cref="Document.SentenceIndexAt"/>
    /// gives it, by walking the sentences (in text order, disjoint) once instead of a binary search per token.
    /// </summary>
    private struct SentenceCursor(Document document)
    {
        private readonly IReadOnlyList<Sentence> _sentences = document.Sentences;
        private int _next;

        public int IndexAt(int position)
        {
            while (_next < _sentences.Count && _sentences[_next].Span.End <= position) _next++;
            return _next < _sentences.Count && _sentences[_next].Span.Start <= position ? _next : -1;
        }
    }

    /// <summary>What the templates read about token i's surroundings: the words beside it, sentence, paragraph, cues and quotes.</summary>
    private readonly record struct Surroundings(ulong Word, ulong WordBefore, ulong WordAfter, ulong SentenceStart, ulong ParagraphStart,
        ulong CueLeft, ulong CueRight, ulong InQuote, ulong Lexicon, ulong QuoteEdges)
    {
        public static Surroundings At(string text, IReadOnlyList<Token> words, in TokenValues v, int i)
        {
            int n = words.Count;
            var sentenceOf = v.SentenceOf;
            var inQuote = v.InQuote;
            ulong sentenceStart = i == 0 || sentenceOf[i] != sentenceOf[i - 1] ? 1UL : 0UL;
            ulong paragraphStart = i == 0 || text.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End).Contains('\n') ? 1UL : 0UL;
            ulong quoteEdges = (i > 0 && inQuote[i] != inQuote[i - 1] ? 2UL : 0UL) + (i + 1 < n && inQuote[i] != inQuote[i + 1] ? 1UL : 0UL);
            return new Surroundings(v.Word[i], v.WordAt(i - 1), v.WordAt(i + 1), sentenceStart, paragraphStart,
                v.CueLeft[i], v.CueRight[i], inQuote[i] ? 1UL : 0UL, v.IsCue[i] ? 1UL : 0UL, quoteEdges);
        }
    }

    /// <summary>Gold tags of the tokens: the outermost attributions' contents, cues and sources.</summary>
    public int[] GoldTags(IReadOnlyList<(TextSpan Content, IReadOnlyList<TextSpan> Cue, IReadOnlyList<TextSpan> Source)> gold)
    {
        var tags = new int[Words.Count];
        // One layer of tags: a content inside another content is left to the outer one.
        var outer = gold.Where(g => !gold.Any(o => o.Content.Contains(g.Content) && o.Content.Length > g.Content.Length)).ToList();
        foreach (var g in outer)
        {
            MarkContent(tags, Words, g.Content);
            foreach (var cue in g.Cue) Mark(tags, Words, cue, AttributionTags.Cue);
            foreach (var source in g.Source) Mark(tags, Words, source, AttributionTags.Source);
        }
        return tags;
    }

    // A crude stem that folds regular inflections together ("claims", "claimed", "claiming").
    private static ReadOnlySpan<char> Stem(ReadOnlySpan<char> w) =>
        w.Length > 5 && w.EndsWith("ing") ? w[..^3]
        : w.Length > 4 && w.EndsWith("ed") ? w[..^2]
        : w.Length > 3 && w[^1] == 's' && w[^2] != 's' ? w[..^1]
        : w;

    // Where the token sits in its sentence: the first three tokens (0-2), the last three (3-5), or between (6).
    private static ulong SentencePosition(int[] sentenceOf, int i)
    {
        int before = 0, after = 0;
        while (before < 3 && i - before - 1 >= 0 && sentenceOf[i - before - 1] == sentenceOf[i]) before++;
        while (after < 3 && i + after + 1 < sentenceOf.Length && sentenceOf[i + after + 1] == sentenceOf[i]) after++;
        return (ulong)(before < 3 ? before : after < 3 ? 3 + after : 6);
    }

    // How far the nearest cue-lexicon word is on each side within the sentence (the run of tokens of the same sentence
    // index): 1, 3, 6 or 12 tokens (1-4), none within the sentence (0) or farther than 12 tokens inside it (5). One
    // pass each way, keeping the nearest cue and the run's edge, instead of a walk of up to 12 tokens per token and side.
    private static void NearestCues(int n, bool[] isCue, int[] sentenceOf, byte[] left, byte[] right)
    {
        for (int i = 0, lastCue = -1, runStart = 0; i < n; i++)
        {
            if (i > 0 && sentenceOf[i] != sentenceOf[i - 1]) runStart = i;
            left[i] = CueDistance(lastCue >= runStart ? i - lastCue : int.MaxValue, i - runStart + 1);
            if (isCue[i]) lastCue = i;
        }
        for (int i = n - 1, nextCue = n, runEnd = n - 1; i >= 0; i--)
        {
            if (i < n - 1 && sentenceOf[i] != sentenceOf[i + 1]) runEnd = i;
            right[i] = CueDistance(nextCue <= runEnd ? nextCue - i : int.MaxValue, runEnd - i + 1);
            if (isCue[i]) nextCue = i;
        }
    }

    // The bucket of a cue at distance cue (int.MaxValue: none in the sentence) when the sentence ends at distance edge.
    private static byte CueDistance(int cue, int edge) =>
        (byte)(cue <= 12 ? (cue <= 1 ? 1 : cue <= 3 ? 2 : cue <= 6 ? 3 : 4) : edge <= 12 ? 0 : 5);

    private static (int First, int End) Range(IReadOnlyList<Token> list, TextSpan span)
    {
        // Searched as a span when the tokens are a list (the segmenter's) or an array, without an interface call per step.
        if (list is List<Token> l) return Range(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(l), span);
        if (list is Token[] a) return Range(a, span);
        int lo = 0, hi = list.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (list[mid].End <= span.Start) lo = mid + 1; else hi = mid;
        }
        int end = lo;
        while (end < list.Count && list[end].Start < span.End) end++;
        return (lo, end);
    }

    private static (int First, int End) Range(ReadOnlySpan<Token> words, TextSpan span)
    {
        int lo = 0, hi = words.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (words[mid].End <= span.Start) lo = mid + 1; else hi = mid;
        }
        int end = lo;
        while (end < words.Length && words[end].Start < span.End) end++;
        return (lo, end);
    }

    private static void MarkContent(int[] tags, IReadOnlyList<Token> words, TextSpan span)
    {
        var (first, end) = Range(words, span);
        for (int i = first; i < end; i++) tags[i] = i == first ? AttributionTags.ContentBegin : AttributionTags.ContentInside;
    }

    private static void Mark(int[] tags, IReadOnlyList<Token> words, TextSpan span, int tag)
    {
        var (first, end) = Range(words, span);
        for (int i = first; i < end; i++) tags[i] = tag;
    }

    /// <summary>FNV-1a over characters: stable across processes (unlike string hashes).</summary>
    private static ulong Fnv(ReadOnlySpan<char> s)
    {
        ulong h = 14695981039346656037UL;
        foreach (char ch in s) { h ^= ch; h *= 1099511628211UL; }
        return h;
    }

    /// <summary>Folds a value into a hash (multiply, xor-shift): cheap, and different orders give different results.</summary>
    private static ulong Mix(ulong h, ulong value)
    {
        h = (h ^ value) * 0x9E3779B97F4A7C15UL;
        return h ^ (h >> 29);
    }

    // Values of no word: outside the document, or an absent cue class or tag.
    private const ulong SentinelStart = 0x5A17_0001, SentinelEnd = 0x5A17_0002, None = 0x5A17_0003;
    private const ulong ShapeLower = 0x5A17_0010, ShapeCapitalized = 0x5A17_0011, ShapeAllCaps = 0x5A17_0012, ShapeNumber = 0x5A17_0013,
        ShapeQuote = 0x5A17_0014;

    /// <summary>The feature templates; the value seeds each template's hash, so the order is part of the model format.</summary>
    private enum Template : ulong
    {
        Bias = 0x7E00, Word, WordBefore, WordAfter, Word2Before, Word2After, WordBeforeAndWord, WordAndWordAfter, Suffix, Shape, Shapes,
        InQuote, SentenceStart, ParagraphStart, CueLeft, CueRight, Lexicon, LexiconWord, CueClass, CueClassBefore, CueClassAfter,
        Stem, StemBeforeAndWord, SentencePosition, QuoteEdges, RuleTag, RuleTags, RuleTagAndWord,
        WordClass, WordClasses, WordClassesBefore, WordClassesAfter,
    }
}
