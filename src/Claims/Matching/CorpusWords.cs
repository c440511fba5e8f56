using Claims.Pipeline;
using Claims.Segmentation;
using Claims.Text;

namespace Claims.Matching;

/// <summary>
/// How common each matching term (a content stem, a concept group, a number) is across the articles of one run: the
/// number of articles whose text has it (document frequency). Read by the same-event gate: a year of election coverage
/// writes "Clinton", "Trump", "campaign" and "email" in most of its articles, so two claims that share only such words
/// share a topic, not an event. Worked out once per run from the documents' token layers (no text is tokenized again).
/// Immutable and thread-safe.
/// </summary>
public sealed class CorpusWords
{
    private readonly Dictionary<string, int> _frequency;

    private CorpusWords(int articles, Dictionary<string, int> frequency)
    {
        Articles = articles;
        _frequency = frequency;
    }

    /// <summary>No articles, no terms: what a run without corpus statistics uses (every term is unknown).</summary>
    public static CorpusWords Empty { get; } = new(0, new Dictionary<string, int>(StringComparer.Ordinal));

    /// <summary>The number of articles counted.</summary>
    public int Articles { get; }

    /// <summary>The number of distinct terms counted.</summary>
    public int Terms => _frequency.Count;

    /// <summary>The number of articles whose text has <paramref name="term"/> (a stem as the matching features write it).</summary>
    public int DocumentFrequency(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return _frequency.GetValueOrDefault(term);
    }

    /// <summary>
    /// How rare <paramref name="term"/> is in the run: ln(articles / articles with the term), 0 for a term every article
    /// has; a term no article has (a claim's text outside its article's tokens) counts as in one article.
    /// </summary>
    public double Rarity(string term) =>
        Articles == 0 ? 0 : Math.Log((double)Articles / Math.Clamp(DocumentFrequency(term), 1, Articles));

    /// <summary>
    /// Statistics of a corpus counted elsewhere (an archive, a larger run): <paramref name="articles"/> articles and the
    /// number of them that have each term (stems as the matching features write them; a term left out is in none).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or above <paramref name="articles"/>.</exception>
    public static CorpusWords FromCounts(int articles, IReadOnlyDictionary<string, int> documentFrequencies)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(articles);
        ArgumentNullException.ThrowIfNull(documentFrequencies);
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (term, count) in documentFrequencies)
        {
            ArgumentNullException.ThrowIfNull(term);
            if (count < 0 || count > articles)
                throw new ArgumentOutOfRangeException(nameof(documentFrequencies), count, $"The count of '{term}' must be between 0 and {articles}.");
            if (count > 0) frequency[term] = count;
        }
        return new CorpusWords(articles, frequency);
    }

    /// <summary>
    /// Counts the terms of <paramref name="documents"/> (their token layers, read through <paramref name="features"/>):
    /// each article's distinct terms on up to <paramref name="maxDegreeOfParallelism"/> threads, then added up in
    /// document order, so the counts do not depend on the threads.
    /// </summary>
    internal static CorpusWords Count(IReadOnlyList<Document> documents, FeatureExtractor features, int maxDegreeOfParallelism,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(features);
        // Each article's distinct terms as a set: only which terms it has counts, not how they were written nor their
        // order (the features' terms, without sorting them).
        // The set is the thread's scratch set; each article keeps only its distinct terms, as an array of their length.
        var perArticle = new string[documents.Count][];
        ParallelRunner.Run(documents.Count, maxDegreeOfParallelism, d =>
        {
            var document = documents[d];
            var terms = t_terms ??= new HashSet<string>(StringComparer.Ordinal);
            terms.Clear();
            if (document.Tokens.Count > 0) features.AddTerms(TextView.Of(document, new TextSpan(0, document.Text.Length)), terms);
            perArticle[d] = [.. terms];
            if (terms.Count > ScratchLimit) t_terms = null;
        }, cancellationToken);
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var terms in perArticle)
            foreach (var term in terms)
                frequency[term] = frequency.GetValueOrDefault(term) + 1;
        return new CorpusWords(documents.Count, frequency);
    }

    [ThreadStatic] private static HashSet<string>? t_terms;
    // A scratch set that held more terms than this (a very long article) is not kept for the next article.
    private const int ScratchLimit = 1 << 16;
}
