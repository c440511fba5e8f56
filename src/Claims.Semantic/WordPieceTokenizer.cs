using System.Globalization;
using System.Text;

namespace Claims.Semantic;

/// <summary>
/// The uncased BERT tokenizer (clean, split on whitespace, punctuation and CJK ideographs, lower-case, strip
/// accents, then greedy longest-match word pieces), written over the model's own vocabulary and keeping the exact
/// characters of the original text each piece comes from. The wrapper package's tokenizer splits only on ASCII and
/// strips no accents ("Zürich" gives <c>z [UNK]</c>); this one gives <c>zurich</c>.
/// Immutable and thread-safe.
/// </summary>
internal sealed class WordPieceTokenizer
{
    private const int MaxCharsPerWord = 100;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _starts;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _continuations;
    private readonly string[] _pieces;
    private readonly CharFolding _folding;

    private WordPieceTokenizer(string[] vocabulary, CharFolding folding)
    {
        _pieces = vocabulary;
        var starts = new Dictionary<string, int>(StringComparer.Ordinal);
        var continuations = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < vocabulary.Length; i++)
        {
            string piece = vocabulary[i];
            if (piece.StartsWith("##", StringComparison.Ordinal)) continuations.TryAdd(piece[2..], i);
            else starts.TryAdd(piece, i);
        }
        _starts = starts.GetAlternateLookup<ReadOnlySpan<char>>();
        _continuations = continuations.GetAlternateLookup<ReadOnlySpan<char>>();
        _folding = folding;
        UnknownId = Required(starts, "[UNK]");
        ClsId = Required(starts, "[CLS]");
        SepId = Required(starts, "[SEP]");
    }

    /// <summary>Id of <c>[UNK]</c>.</summary>
    public int UnknownId { get; }

    /// <summary>Id of <c>[CLS]</c>, which opens every model input.</summary>
    public int ClsId { get; }

    /// <summary>Id of <c>[SEP]</c>, which closes every model input.</summary>
    public int SepId { get; }

    /// <summary>Number of vocabulary entries.</summary>
    public int VocabularySize => _pieces.Length;

    /// <summary>The vocabulary entry of <paramref name="id"/>.</summary>
    public string Piece(int id) => _pieces[id];

    /// <summary>Reads a BERT <c>vocab.txt</c> (one piece per line, the line number is the id).</summary>
    /// <exception cref="InvalidDataException">The vocabulary lacks [UNK], [CLS] or [SEP]; the message names <paramref name="name"/>.</exception>
    public static WordPieceTokenizer Load(Stream vocabulary, string name)
    {
        using var reader = new StreamReader(vocabulary, Encoding.UTF8);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line) lines.Add(line);
        try
        {
            return new WordPieceTokenizer([.. lines], CharFolding.Default);
        }
        catch (KeyNotFoundException e)
        {
            throw new InvalidDataException($"vocabulary '{name}' is not a BERT word-piece vocabulary: {e.Message}", e);
        }
    }

    /// <summary>Appends the word pieces of <paramref name="text"/> (no [CLS]/[SEP]) and their spans.</summary>
    public void Tokenize(string text, List<int> ids, List<TextSpan>? spans)
    {
        ArgumentNullException.ThrowIfNull(text);
        var word = new StringBuilder();
        var origins = new List<TextSpan>(); // per char of the folded word: the original characters it comes from
        Span<char> runeChars = stackalloc char[2];
        for (int i = 0; i < text.Length;)
        {
            var status = Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out int consumed);
            if (status != System.Buffers.OperationStatus.Done) { rune = Rune.ReplacementChar; consumed = 1; }
            var span = new TextSpan(i, i + consumed);
            i += consumed;
            switch (Classify(rune))
            {
                case CharClass.Ignored:
                    break;
                case CharClass.Space:
                    Flush(word, origins, ids, spans);
                    break;
                case CharClass.Single:
                    Flush(word, origins, ids, spans);
                    Append(rune, span, word, origins, runeChars);
                    Flush(word, origins, ids, spans);
                    break;
                default:
                    Append(rune, span, word, origins, runeChars);
                    break;
            }
        }
        Flush(word, origins, ids, spans);
    }

    private void Append(Rune rune, TextSpan span, StringBuilder word, List<TextSpan> origins, Span<char> buffer)
    {
        var folded = _folding.Fold(rune, buffer);
        word.Append(folded);
        for (int k = 0; k < folded.Length; k++) origins.Add(span);
    }

    private void Flush(StringBuilder word, List<TextSpan> origins, List<int> ids, List<TextSpan>? spans)
    {
        if (word.Length == 0) return;
        string w = word.ToString();
        var whole = new TextSpan(origins[0].Start, origins[^1].End);
        int before = ids.Count;
        if (w.Length > MaxCharsPerWord || !Split(w, origins, ids, spans))
        {
            ids.RemoveRange(before, ids.Count - before);
            spans?.RemoveRange(before, spans.Count - before);
            ids.Add(UnknownId);
            spans?.Add(whole);
        }
        word.Clear();
        origins.Clear();
    }

    /// <summary>Greedy longest-match-first split; false when some part of the word is not in the vocabulary.</summary>
    private bool Split(string word, List<TextSpan> origins, List<int> ids, List<TextSpan>? spans)
    {
        for (int start = 0; start < word.Length;)
        {
            var lookup = start == 0 ? _starts : _continuations;
            int end = word.Length, id = -1;
            for (; end > start; end--)
            {
                // Never cut a surrogate pair.
                if (end < word.Length && char.IsLowSurrogate(word[end])) continue;
                if (lookup.TryGetValue(word.AsSpan(start, end - start), out id)) break;
            }
            if (end == start) return false;
            ids.Add(id);
            spans?.Add(new TextSpan(origins[start].Start, origins[end - 1].End));
            start = end;
        }
        return true;
    }

    private enum CharClass { Word, Space, Single, Ignored }

    private static CharClass Classify(Rune rune)
    {
        int cp = rune.Value;
        if (cp is ' ' or '\t' or '\n' or '\r') return CharClass.Space;
        if (cp == 0 || cp == 0xFFFD) return CharClass.Ignored;
        var category = Rune.GetUnicodeCategory(rune);
        if (category == UnicodeCategory.SpaceSeparator) return CharClass.Space;
        if (category is UnicodeCategory.Control or UnicodeCategory.Format) return CharClass.Ignored;
        if (IsCjk(cp) || IsPunctuation(cp, category)) return CharClass.Single;
        return CharClass.Word;
    }

    private static bool IsPunctuation(int cp, UnicodeCategory category) =>
        cp is >= 33 and <= 47 or >= 58 and <= 64 or >= 91 and <= 96 or >= 123 and <= 126
        || category is UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation
            or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
            or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
            or UnicodeCategory.OtherPunctuation;

    private static bool IsCjk(int cp) =>
        cp is >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF or >= 0x20000 and <= 0x2A6DF
            or >= 0x2A700 and <= 0x2B73F or >= 0x2B740 and <= 0x2B81F or >= 0x2B820 and <= 0x2CEAF
            or >= 0xF900 and <= 0xFAFF or >= 0x2F800 and <= 0x2FA1F;

    private static int Required(Dictionary<string, int> vocabulary, string piece) =>
        vocabulary.TryGetValue(piece, out int id) ? id : throw new KeyNotFoundException($"it has no {piece} entry");
}
