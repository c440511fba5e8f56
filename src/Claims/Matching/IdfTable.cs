using System.Collections.Frozen;
using Claims.Text;

namespace Claims.Matching;

/// <summary>
/// Inverse document frequencies of matching features, frozen at creation: <c>idf(t) = ln((N + 1) / (df(t) + 1)) + 1</c>
/// where <c>N</c> is the number of claims counted and <c>df(t)</c> the number of them containing feature <c>t</c>
/// (a term never seen gets the highest weight, <c>ln(N + 1) + 1</c>). Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The table is frozen on purpose: an index scores every pair with the same weights however many articles arrive
/// later, so a pair's similarity (and whether it is reported) never changes because unrelated articles were added,
/// adding claims stays proportional to the claims added, and results are reproducible. Call
/// <see cref="ClaimIndex.Rebuild"/> to re-weight from the current corpus, or pass a background table built from a
/// larger corpus through <see cref="ClaimIndexOptions.Idf"/>.
/// </remarks>
public sealed class IdfTable
{
    private readonly FrozenDictionary<string, int> _documentFrequencies;

    private IdfTable(FrozenDictionary<string, int> documentFrequencies, int documentCount)
    {
        _documentFrequencies = documentFrequencies;
        DocumentCount = documentCount;
        UnseenIdf = Compute(documentCount, 0);
    }

    /// <summary>A table with no documents: every feature weighs 1 (plain cosine).</summary>
    public static IdfTable Empty { get; } = new(FrozenDictionary<string, int>.Empty, 0);

    /// <summary>Number of claims (documents) the frequencies were counted over.</summary>
    public int DocumentCount { get; }

    /// <summary>Number of distinct features counted.</summary>
    public int FeatureCount => _documentFrequencies.Count;

    /// <summary>The weight of a feature never seen when the table was built.</summary>
    public double UnseenIdf { get; }

    /// <summary>How many counted claims contain <paramref name="feature"/> (0 when unseen).</summary>
    public int DocumentFrequency(string feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        return _documentFrequencies.GetValueOrDefault(feature);
    }

    /// <summary>The inverse document frequency of <paramref name="feature"/> (a stem or normalized number).</summary>
    public double Idf(string feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        return _documentFrequencies.TryGetValue(feature, out int df) ? Compute(DocumentCount, df) : UnseenIdf;
    }

    /// <summary>Counts document frequencies over the content of <paramref name="claims"/>.</summary>
    public static IdfTable FromClaims(IEnumerable<Claim> claims, TermExtractor? extractor = null, ConceptLexicon? concepts = null)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return FromTexts(claims.Select(c => (c ?? throw new ArgumentNullException(nameof(claims), "The claims contain a null entry.")).Text), extractor, concepts);
    }

    /// <summary>Counts document frequencies over <paramref name="texts"/>, each text one document (e.g. a background corpus).</summary>
    /// <remarks>Pass the same <paramref name="concepts"/> as the index's <see cref="ClaimIndexOptions.Concepts"/>.</remarks>
    public static IdfTable FromTexts(IEnumerable<string> texts, TermExtractor? extractor = null, ConceptLexicon? concepts = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var features = new FeatureExtractor(extractor ?? TermExtractor.Default, concepts);
        var sets = texts.Select(t => features.Extract(t ?? throw new ArgumentNullException(nameof(texts), "The texts contain a null entry.")))
            .ToList();
        return FromFeatureSets(sets);
    }

    internal static IdfTable FromFeatureSets(IReadOnlyList<RawFeature[]> featureSets)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var set in featureSets)
            foreach (var feature in set) // each set holds distinct terms
                counts[feature.Term] = counts.GetValueOrDefault(feature.Term) + 1;
        return new IdfTable(counts.ToFrozenDictionary(StringComparer.Ordinal), featureSets.Count);
    }

    private static double Compute(int documentCount, int documentFrequency) =>
        Math.Log((documentCount + 1.0) / (documentFrequency + 1.0)) + 1.0;
}
