using System.Globalization;
using System.Text;
using Claims.Text;

namespace Claims.Stance;

/// <summary>
/// Inverse document frequencies of content terms (Porter2 stems), learned from the training texts and shipped with
/// the model so that TF-IDF cosines at prediction time weigh words as in training. Immutable.
/// </summary>
public sealed class IdfTable
{
    private readonly Dictionary<int, float> _byId;
    private readonly float _unseen;

    private IdfTable(int documentCount, IReadOnlyDictionary<string, float> weights)
    {
        DocumentCount = documentCount;
        Terms = weights;
        _byId = new Dictionary<int, float>(weights.Count);
        foreach (var (term, w) in weights) _byId[UnitBuilder.Hash(term)] = w;
        // An unseen term is as rare as a term seen once: rare words are what tell two texts apart.
        _unseen = (float)(Math.Log((documentCount + 1.0) / 2.0) + 1.0);
    }

    /// <summary>An empty table: every term weighs 1 (plain term-frequency cosine).</summary>
    public static IdfTable Uniform { get; } = new(0, new Dictionary<string, float>());

    /// <summary>Number of documents the table was learned from.</summary>
    public int DocumentCount { get; }

    /// <summary>The IDF of each term seen at least twice.</summary>
    public IReadOnlyDictionary<string, float> Terms { get; }

    internal float Weight(int termId) =>
        DocumentCount == 0 ? 1f : _byId.TryGetValue(termId, out var w) ? w : _unseen;

    /// <summary>Learns IDFs from <paramref name="documents"/> (each counted once; duplicates are skipped).</summary>
    public static IdfTable Learn(IEnumerable<string> documents, TermExtractor? terms = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        terms ??= TermExtractor.Default;
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int n = 0;
        foreach (var doc in documents)
        {
            ArgumentNullException.ThrowIfNull(doc, nameof(documents));
            if (!seen.Add(doc)) continue;
            cancellationToken.ThrowIfCancellationRequested();
            n++;
            foreach (var t in terms.ContentTerms(doc).Distinct(StringComparer.Ordinal))
                df[t] = df.TryGetValue(t, out var c) ? c + 1 : 1;
        }
        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var (t, c) in df)
            if (c >= 2) weights[t] = (float)(Math.Log((n + 1.0) / (c + 1.0)) + 1.0);
        return new IdfTable(n, weights);
    }

    /// <summary>Writes the table as text: a header line with the document count, then <c>term TAB idf</c> lines sorted by term.</summary>
    public void Save(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("#documents\t");
        writer.WriteLine(DocumentCount.ToString(CultureInfo.InvariantCulture));
        foreach (var (term, w) in Terms.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(term);
            writer.Write('\t');
            writer.WriteLine(w.ToString("R", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Reads a table written by <see cref="Save"/>.</summary>
    public static IdfTable Load(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        string header = reader.ReadLine() ?? throw new InvalidDataException("IDF table is empty");
        var parts = header.Split('\t');
        if (parts.Length != 2 || parts[0] != "#documents" || !int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out int n))
            throw new InvalidDataException($"IDF table header is malformed: '{header}'");
        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        int line = 1;
        while (reader.ReadLine() is { } row)
        {
            line++;
            int tab = row.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0 || !float.TryParse(row.AsSpan(tab + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out float w))
                throw new InvalidDataException($"IDF table line {line} is malformed: '{row}'");
            weights[row[..tab]] = w;
        }
        return new IdfTable(n, weights);
    }
}

/// <summary>Splits a body into sentences: at . ! ? followed by space and a capital, quote or digit, and at line breaks.</summary>
internal static class SentenceSplitter
{
    public static List<string> Split(string text)
    {
        var result = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool cut = false;
            int end = i + 1;
            if (c == '\n') { cut = true; end = i; }
            else if (c is '.' or '!' or '?')
            {
                int j = i + 1;
                while (j < text.Length && (text[j] is '"' or '\'' or '”' or '’' or ')')) j++;
                if (j >= text.Length) { cut = true; end = j; }
                else if (char.IsWhiteSpace(text[j]))
                {
                    int k = j;
                    while (k < text.Length && char.IsWhiteSpace(text[k])) k++;
                    // "U.S. officials" and "Mr. Smith": a period after a one-letter or title-like token does not end a sentence.
                    bool abbreviation = c == '.' && IsAbbreviation(text, i);
                    if (k >= text.Length || (!abbreviation && (char.IsUpper(text[k]) || char.IsDigit(text[k]) || text[k] is '"' or '“' or '\'' or '‘')))
                    {
                        cut = true;
                        end = j;
                    }
                }
            }
            if (!cut) continue;
            Add(result, text, start, end);
            start = c == '\n' ? i + 1 : end;
        }
        Add(result, text, start, text.Length);
        return result;
    }

    private static void Add(List<string> result, string text, int start, int end)
    {
        if (end <= start) return;
        var s = text.AsSpan(start, end - start).Trim();
        if (s.Length < 3) return;
        result.Add(s.ToString());
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        int k = dot - 1;
        while (k >= 0 && char.IsLetter(text[k])) k--;
        int len = dot - k - 1;
        if (len == 1) return true;
        var word = text.AsSpan(k + 1, len);
        return word is "Mr" or "Mrs" or "Ms" or "Dr" or "St" or "Jr" or "Sr" or "Gen" or "Sen" or "Rep" or "Gov" or "Lt" or "Col" or "Prof" or "vs" or "No";
    }
}
