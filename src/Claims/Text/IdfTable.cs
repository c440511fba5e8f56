using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.InteropServices;
using Claims.Matching;

namespace Claims.Text;

/// <summary>
/// Document frequencies of terms (stems, numbers, concept features), fixed at creation, and the inverse document
/// frequency they give: <c>idf(t) = ln((N + 1) / (df(t) + 1)) + 1</c>, where <c>N</c> is the number of documents
/// counted and <c>df(t)</c> the number of them containing <c>t</c>. One table type serves both the claim index
/// (<see cref="ClaimIndexOptions.Idf"/>) and the stance model (learned with it and shipped inside its zip).
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The table is frozen on purpose: an index scores every pair with the same weights however many articles arrive
/// later, so a pair's similarity (and whether it is reported) never changes because unrelated articles were added,
/// and a stance model sees at prediction time the weights it was trained with. Call
/// <see cref="ClaimIndex.Rebuild"/> to re-weight an index from its current corpus.
/// </remarks>
public sealed class IdfTable
{
    // Frozen for a table that is loaded or derived (read many times); a plain dictionary, never changed after the
    // constructor, for one counted by FromDocuments: the claim index counts one per story and reads each term a few
    // times, so freezing it (an analysis of all its keys) cost more than every lookup it saved.
    private readonly IReadOnlyDictionary<string, int> _documentFrequencies;

    // Stance profiles look terms up by hash (see TextProfile); built on first use so matching tables never pay for it.
    private readonly Lazy<FrozenDictionary<int, float>> _weightsByHash;
    private readonly float _seenOnceWeight;

    private IdfTable(IReadOnlyDictionary<string, int> documentFrequencies, int documentCount)
    {
        _documentFrequencies = documentFrequencies;
        DocumentCount = documentCount;
        UnseenIdf = Compute(documentCount, 0);
        _seenOnceWeight = documentCount == 0 ? 1f : (float)Compute(documentCount, 1);
        _weightsByHash = new Lazy<FrozenDictionary<int, float>>(BuildWeightsByHash, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>A table with no documents: every term weighs 1 (plain term-frequency cosine).</summary>
    public static IdfTable Empty { get; } = new(FrozenDictionary<string, int>.Empty, 0);

    /// <summary>Number of documents the frequencies were counted over.</summary>
    public int DocumentCount { get; }

    /// <summary>Number of distinct terms counted.</summary>
    public int FeatureCount => _documentFrequencies.Count;

    /// <summary>The weight of a term never seen when the table was built: <c>ln(N + 1) + 1</c>.</summary>
    public double UnseenIdf { get; }

    /// <summary>The counted terms and their document frequencies.</summary>
    public IReadOnlyDictionary<string, int> DocumentFrequencies =>
        _documentFrequencies is Dictionary<string, int> counted ? counted.AsReadOnly() : _documentFrequencies;

    /// <summary>How many counted documents contain <paramref name="term"/> (0 when unseen).</summary>
    public int DocumentFrequency(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return _documentFrequencies.GetValueOrDefault(term);
    }

    /// <summary>The inverse document frequency of <paramref name="term"/>.</summary>
    public double Idf(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return _documentFrequencies.TryGetValue(term, out int df) ? Compute(DocumentCount, df) : UnseenIdf;
    }

    /// <summary>
    /// Counts document frequencies over <paramref name="documents"/>, each given as its terms (a term repeated within
    /// one document counts once).
    /// </summary>
    public static IdfTable FromDocuments(IEnumerable<IEnumerable<string>> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        int n = 0;
        foreach (var terms in documents)
        {
            if (terms is null) throw new ArgumentNullException(nameof(documents), $"Document {n} is null.");
            cancellationToken.ThrowIfCancellationRequested();
            n++;
            distinct.Clear();
            foreach (var term in terms)
            {
                if (term is null) throw new ArgumentNullException(nameof(documents), $"Document {n - 1} contains a null term.");
                if (distinct.Add(term)) CollectionsMarshal.GetValueRefOrAddDefault(counts, term, out _)++;
            }
        }
        return new IdfTable(counts, n);
    }

    /// <summary>
    /// Counts the content terms (stop words dropped, stemmed) of each text, skipping texts seen before: the table the
    /// stance model learns from its training texts (a headline repeated over many pairs counts once).
    /// </summary>
    public static IdfTable FromContentTerms(IEnumerable<string> texts, TermExtractor? terms = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        terms ??= TermExtractor.Default;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return FromDocuments(Distinct(), cancellationToken);

        IEnumerable<IEnumerable<string>> Distinct()
        {
            foreach (var text in texts)
            {
                if (text is null) throw new ArgumentNullException(nameof(texts), "The texts contain a null entry.");
                if (seen.Add(text)) yield return terms.ContentTerms(text);
            }
        }
    }

    /// <summary>Counts the claim index's features (terms, numbers, concepts) of each claim's content.</summary>
    /// <remarks>Pass the same <paramref name="concepts"/> as the index's <see cref="ClaimIndexOptions.Concepts"/>.</remarks>
    public static IdfTable FromClaims(IEnumerable<Claim> claims, TermExtractor? extractor = null, ConceptLexicon? concepts = null)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return FromTexts(claims.Select(c => (c ?? throw new ArgumentNullException(nameof(claims), "The claims contain a null entry.")).Text), extractor, concepts);
    }

    /// <summary>Counts the claim index's features of each text (e.g. a background corpus for <see cref="ClaimIndexOptions.Idf"/>).</summary>
    /// <remarks>Pass the same <paramref name="concepts"/> as the index's <see cref="ClaimIndexOptions.Concepts"/>.</remarks>
    public static IdfTable FromTexts(IEnumerable<string> texts, TermExtractor? extractor = null, ConceptLexicon? concepts = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var features = new FeatureExtractor(extractor ?? TermExtractor.Default, concepts);
        return FromFeatureSets(texts
            .Select(t => features.Extract(t ?? throw new ArgumentNullException(nameof(texts), "The texts contain a null entry.")))
            .ToList());
    }

    // As FromDocuments over the sets' terms, without a set of the terms seen per document: a feature set is sorted by
    // term (FeatureExtractor), so a term repeated within one set follows itself and is counted once all the same.
    internal static IdfTable FromFeatureSets(IReadOnlyList<RawFeature[]> featureSets)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var set in featureSets)
        {
            string? previous = null;
            foreach (var feature in set)
            {
                if (string.Equals(feature.Term, previous, StringComparison.Ordinal)) continue;
                previous = feature.Term;
                CollectionsMarshal.GetValueRefOrAddDefault(counts, feature.Term, out _)++;
            }
        }
        return new IdfTable(counts, featureSets.Count);
    }

    /// <summary>
    /// This table without the terms seen in fewer than <paramref name="minimum"/> documents (a compact table to ship;
    /// a dropped term then weighs <see cref="UnseenIdf"/> in <see cref="Idf"/>).
    /// </summary>
    public IdfTable WithMinimumDocumentFrequency(int minimum)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minimum);
        return new IdfTable(_documentFrequencies.Where(p => p.Value >= minimum).ToFrozenDictionary(StringComparer.Ordinal), DocumentCount);
    }

    /// <summary>Writes the table as text: <c>#documents TAB N</c>, then <c>term TAB df</c> lines sorted by term.</summary>
    public void Save(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("#documents\t");
        writer.WriteLine(DocumentCount.ToString(CultureInfo.InvariantCulture));
        foreach (var (term, df) in _documentFrequencies.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(term);
            writer.Write('\t');
            writer.WriteLine(df.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Reads a table written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The text is not such a table; the message names the line.</exception>
    public static IdfTable Load(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        string header = reader.ReadLine() ?? throw new InvalidDataException("IDF table is empty");
        var parts = header.Split('\t');
        if (parts.Length != 2 || parts[0] != "#documents" ||
            !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n))
            throw new InvalidDataException($"IDF table header is malformed: '{header}'");
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int line = 1;
        while (reader.ReadLine() is { } row)
        {
            line++;
            int tab = row.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0 || !int.TryParse(row.AsSpan(tab + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int df) || df > n)
                throw new InvalidDataException($"IDF table line {line} is malformed: '{row}'");
            if (!counts.TryAdd(row[..tab], df))
                throw new InvalidDataException($"IDF table line {line} repeats the term '{row[..tab]}'");
        }
        return new IdfTable(counts.ToFrozenDictionary(StringComparer.Ordinal), n);
    }

    /// <summary>
    /// Weight of a term given by its hash (<see cref="Stance.UnitBuilder.Hash"/>), as the stance features use it: a
    /// term missing from the table weighs like a term seen once (rare words are what tell two texts apart, and the
    /// shipped table drops terms seen once to stay small); with no documents every term weighs 1.
    /// </summary>
    internal float WeightOfHash(int termHash)
    {
        if (DocumentCount == 0) return 1f;
        return _weightsByHash.Value.TryGetValue(termHash, out var w) ? w : _seenOnceWeight;
    }

    private FrozenDictionary<int, float> BuildWeightsByHash()
    {
        var byHash = new Dictionary<int, float>(_documentFrequencies.Count);
        // Sorted, so that two terms with one hash resolve the same way on every run.
        foreach (var (term, df) in _documentFrequencies.OrderBy(p => p.Key, StringComparer.Ordinal))
            byHash[Stance.UnitBuilder.Hash(term)] = (float)Compute(DocumentCount, Math.Max(df, 1));
        return byHash.ToFrozenDictionary();
    }

    private static double Compute(int documentCount, int documentFrequency) =>
        Math.Log((documentCount + 1.0) / (documentFrequency + 1.0)) + 1.0;
}
