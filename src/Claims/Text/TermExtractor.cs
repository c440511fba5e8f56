using System.Collections.Frozen;
using System.Reflection;
using Claims.Segmentation;

namespace Claims.Text;

/// <summary>
/// Turns text into normalized content terms for matching and stance features: lower-cased (invariant culture),
/// typographic apostrophes folded, stop words dropped (<see cref="EnglishStopSet"/> plus the news function words in
/// <c>Resources/stopwords-en.txt</c>), irregular verbs lemmatized (<see cref="VerbLemmas"/>, from WordNet) and
/// stemmed with the library's Porter2 (Snowball English) stemmer, <see cref="EnglishStemmer"/>.
/// Thread-safe: stems are cached in a concurrent map; the stemmer is stateless.
/// </summary>
public sealed class TermExtractor
{
    // Declared before Default: static initializers run in text order, and Default's constructor reads this list.
    /// <summary>The classic English stop set of information retrieval (the 33 words Lucene's English analyzer also
    /// uses by default).</summary>
    public static IReadOnlyList<string> EnglishStopSet { get; } =
    [
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not", "of", "on",
        "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "will", "with",
    ];

    private readonly FrozenSet<string> _stopWords;
    private readonly Tokenizer _tokenizer = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _stems = new(StringComparer.Ordinal);
    // Entries added to _stems, counted here: ConcurrentDictionary.Count takes every lock of the map on each call.
    private int _stemCount;

    /// <summary>The shared default instance (immutable configuration; its stem cache is concurrent).</summary>
    public static TermExtractor Default { get; } = new();

    /// <summary>Creates an extractor with the default English stop words.</summary>
    public TermExtractor() : this(DefaultStopWords()) { }

    /// <summary>Creates an extractor with the given stop words (lower case).</summary>
    public TermExtractor(IEnumerable<string> stopWords)
    {
        ArgumentNullException.ThrowIfNull(stopWords);
        _stopWords = stopWords.ToFrozenSet(StringComparer.Ordinal);
        _stopWordSpans = _stopWords.GetAlternateLookup<ReadOnlySpan<char>>();
        _stemSpans = _stems.GetAlternateLookup<ReadOnlySpan<char>>();
        _wordSpans = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    // One string per distinct word read by Shared (at most CacheLimit of them): the profiles of a claim's text, of its
    // sentences and of the other claims with the same words hold the same strings instead of a copy each.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _words = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _wordSpans;
    private int _wordCount;
    private const int CacheLimit = 1_000_000;

    /// <summary>
    /// A string of <paramref name="characters"/>: the one kept for them when they were read before (no new string),
    /// else a new one, kept while fewer than a million are. Equal to <c>new string(characters)</c>.
    /// </summary>
    internal string Shared(ReadOnlySpan<char> characters)
    {
        if (_wordSpans.TryGetValue(characters, out var known)) return known;
        var made = new string(characters);
        if (Volatile.Read(ref _wordCount) < CacheLimit && _words.TryAdd(made, made)) Interlocked.Increment(ref _wordCount);
        return made;
    }

    /// <summary><see cref="Lower"/> of <paramref name="word"/> as a <see cref="Shared"/> string.</summary>
    internal string SharedLower(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        return Shared(LowerInto(word, buffer));
    }

    // The stop words and the stem cache looked up by a word's characters, without making a string of them first.
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _stopWordSpans;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _stemSpans;

    /// <summary>
    /// The content term of a word as written: <c>Stem(Lower(word))</c>, or null when the lower-cased word is shorter
    /// than two letters or a stop word. Makes no string when the stem is cached.
    /// </summary>
    internal string? ContentStem(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        var lower = LowerInto(word, buffer);
        if (lower.Length < 2 || _stopWordSpans.Contains(lower)) return null;
        return _stemSpans.TryGetValue(lower, out var stem) ? stem : Stem(new string(lower));
    }

    /// <summary>The stop words in use.</summary>
    public IReadOnlySet<string> StopWords => _stopWords;

    /// <summary>True when <paramref name="lowerWord"/> (already lower-cased) is a stop word.</summary>
    public bool IsStopWord(string lowerWord) => _stopWords.Contains(lowerWord);

    /// <summary>Content terms (stems) of <paramref name="text"/>, in order, duplicates kept.</summary>
    public List<string> ContentTerms(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = _tokenizer.Tokenize(text);
        var terms = new List<string>(tokens.Count);
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Number)
            {
                terms.Add(NormalizeNumber(token.Of(text)));
                continue;
            }
            if (token.Kind != TokenKind.Word) continue;
            if (ContentStem(token.Of(text)) is { } stem) terms.Add(stem);
        }
        return terms;
    }

    /// <summary>Lower-cases (invariant) and folds typographic apostrophes and hyphens.</summary>
    public static string Lower(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        return new string(LowerInto(word, buffer));
    }

    // Lower's characters written into buffer (as long as word): the part of it that holds them.
    private static Span<char> LowerInto(ReadOnlySpan<char> word, Span<char> buffer)
    {
        buffer = buffer[..word.Length];
        word.ToLowerInvariant(buffer);
        for (int i = 0; i < buffer.Length; i++)
        {
            if (buffer[i] is '’' or '‘') buffer[i] = '\'';
            else if (buffer[i] == '‐') buffer[i] = '-';
        }
        // Possessive "'s" carries no content: "Russia's" matches "Russia".
        if (buffer.Length > 2 && buffer[^2] == '\'' && buffer[^1] == 's')
            buffer = buffer[..^2];
        return buffer;
    }

    /// <summary>
    /// <see cref="Stem"/> worked out without the cache (nor adding to it): for word lists read once, such as the WordNet
    /// relations' ~31k words, which would otherwise fill the cache with words most texts never use.
    /// </summary>
    internal static string StemUncached(string lowerWord) => EnglishStemmer.Default.Stem(VerbLemmas.Default.Lemma(lowerWord));

    /// <summary>The Porter2 stem of a lower-case word, irregular verb forms mapped to their lemma first (cached).</summary>
    public string Stem(string lowerWord)
    {
        ArgumentNullException.ThrowIfNull(lowerWord);
        if (_stems.TryGetValue(lowerWord, out var stem)) return stem;
        // Irregular verb forms first go to their lemma ("met" → "meet", "spoke" → "speak"), which no suffix
        // stripping can do, so "did not meet" and "met" share a stem.
        stem = StemUncached(lowerWord);
        if (Volatile.Read(ref _stemCount) < CacheLimit && _stems.TryAdd(lowerWord, stem)) Interlocked.Increment(ref _stemCount);
        return stem;
    }

    /// <summary>Numbers compare by value: thousands separators removed ("5,000" is "5000").</summary>
    public static string NormalizeNumber(ReadOnlySpan<char> number)
    {
        Span<char> buffer = number.Length <= 64 ? stackalloc char[number.Length] : new char[number.Length];
        int n = 0;
        foreach (char c in number)
            if (c != ',') buffer[n++] = char.ToLowerInvariant(c);
        return new string(buffer[..n]);
    }

    /// <summary><see cref="EnglishStopSet"/> plus the shipped list of news function words.</summary>
    public static IReadOnlyList<string> DefaultStopWords() => [.. EnglishStopSet, .. ResourceText.ReadLines("stopwords-en.txt")];
}

/// <summary>Reads text resources embedded in the assembly (<c>Resources/</c>): one entry a line, '#' comments.</summary>
internal static class ResourceText
{
    /// <summary>The non-empty, non-comment lines of the embedded text resource <paramref name="name"/>, trimmed.</summary>
    /// <exception cref="InvalidDataException">The resource is damaged (see <see cref="ReadLines(string, Stream)"/>); the message names it.</exception>
    public static IEnumerable<string> ReadLines(string name) => ReadLines(name, Learning.ModelArchive.OpenEmbedded(name));

    /// <summary>
    /// The non-empty, non-comment lines of a text resource read from <paramref name="stream"/> (disposed at the end),
    /// decoded as strict UTF-8: a resource cut inside a character, holding bytes that are not UTF-8, empty, or left as
    /// a Git LFS pointer instead of its content fails with an <see cref="InvalidDataException"/> naming it.
    /// </summary>
    internal static IEnumerable<string> ReadLines(string name, Stream stream)
    {
        using (stream)
        {
            string text;
            try
            {
                using var reader = new StreamReader(stream, new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true));
                text = reader.ReadToEnd();
            }
            catch (System.Text.DecoderFallbackException e)
            {
                throw new InvalidDataException($"resource '{name}' is damaged (not valid UTF-8: truncated or corrupt)", e);
            }
            if (text.Length == 0)
                throw new InvalidDataException($"resource '{name}' is empty");
            if (text.StartsWith("version https://git-lfs", StringComparison.Ordinal))
                throw new InvalidDataException($"resource '{name}' is a Git LFS pointer, not its content (run 'git lfs pull')");
            foreach (var raw in text.Split('\n'))
            {
                string line = raw.Trim();
                if (line.Length == 0 || line[0] == '#') continue;
                yield return line;
            }
        }
    }
}
