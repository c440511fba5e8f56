using Claims.Text;

namespace Claims.Matching;

/// <summary>Settings of a <see cref="ClaimIndex"/>; immutable once the index is built.</summary>
public sealed record ClaimIndexOptions
{
    /// <summary>
    /// The default similarity threshold, <see cref="Relatedness.ScaleCandidateSimilarity"/> (0.3): pairs from 0.3 up mostly
    /// share the rarer content words of one story (same event, same people: "Trump said the summit with Putin was
    /// cancelled." / "The summit was postponed, not cancelled, Dmitriev said.").
    /// </summary>
    public static double DefaultThreshold => Relatedness.Default.ScaleCandidateSimilarity;

    /// <summary>Default options.</summary>
    public static ClaimIndexOptions Default { get; } = new();

    /// <summary>Smallest similarity (IDF-weighted cosine, in (0, 1]) for two claims to count as related.</summary>
    public double Threshold { get; init; } = DefaultThreshold;

    /// <summary>
    /// Fewest features two claims must share to be related (default 2): a single shared word makes short sentences
    /// look alike ("He better live." / "They don't care about their lives.") without being about the same thing.
    /// </summary>
    public int MinSharedFeatures { get; init; } = 2;

    /// <summary>Weight multiplier of a feature written as a name (capitalized inside the text, or in capitals).</summary>
    public double EntityBoost { get; init; } = 1.5;

    /// <summary>Weight multiplier of a number feature ("5,000" and "5000" are the same feature).</summary>
    public double NumberBoost { get; init; } = 1.5;

    /// <summary>Weight multiplier of a concept feature (see <see cref="Concepts"/>).</summary>
    public double ConceptBoost { get; init; } = 1.0;

    /// <summary>When true, claims of the same article are never paired.</summary>
    public bool CrossArticleOnly { get; init; }

    /// <summary>
    /// Concept groups whose members count as one extra shared feature ("solution" and "agreement" both add
    /// "≈agreement"), so paraphrases with no word in common can still be related; null (default) for words only.
    /// The analyzer's default pairer uses <see cref="ConceptLexicon.Default"/> (see <see cref="ForArticles"/>).
    /// </summary>
    public ConceptLexicon? Concepts { get; init; }

    /// <summary>
    /// Options the analyzer pairs a handful of articles with: concept features on (weight x2) and the lower threshold
    /// <see cref="Relatedness.ArticleCandidateSimilarity"/> (0.12). The scale default (0.3, words only) is for large corpora.
    /// </summary>
    public static ClaimIndexOptions ForArticles { get; } = ForArticlesWith(Relatedness.Default);

    /// <summary><see cref="ForArticles"/> with the candidate threshold of <paramref name="relatedness"/>.</summary>
    public static ClaimIndexOptions ForArticlesWith(Relatedness relatedness)
    {
        ArgumentNullException.ThrowIfNull(relatedness);
        return new() { Threshold = relatedness.ArticleCandidateSimilarity, Concepts = ConceptLexicon.Default, ConceptBoost = 2.0 };
    }

    /// <summary>The term normalization; <see cref="TermExtractor.Default"/> unless set.</summary>
    public TermExtractor Extractor { get; init; } = TermExtractor.Default;

    /// <summary>
    /// Fixed feature weights. When null, <see cref="ClaimIndex.Build"/> counts them over the claims it is built from;
    /// claims added later are weighted with that same table (see <see cref="IdfTable"/> for why).
    /// </summary>
    public IdfTable? Idf { get; init; }

    /// <summary>Upper bound on threads used for building and all-pairs queries; -1 (default) uses every core.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    internal void Validate()
    {
        if (!(Threshold > 0 && Threshold <= 1))
            throw new ArgumentOutOfRangeException(nameof(Threshold), Threshold, "The threshold must be in (0, 1].");
        if (MinSharedFeatures < 1)
            throw new ArgumentOutOfRangeException(nameof(MinSharedFeatures), MinSharedFeatures, "At least one shared feature is needed.");
        if (!(EntityBoost > 0) || double.IsInfinity(EntityBoost))
            throw new ArgumentOutOfRangeException(nameof(EntityBoost), EntityBoost, "The entity boost must be positive and finite.");
        if (!(ConceptBoost > 0) || double.IsInfinity(ConceptBoost))
            throw new ArgumentOutOfRangeException(nameof(ConceptBoost), ConceptBoost, "The concept boost must be positive and finite.");
        if (!(NumberBoost > 0) || double.IsInfinity(NumberBoost))
            throw new ArgumentOutOfRangeException(nameof(NumberBoost), NumberBoost, "The number boost must be positive and finite.");
        ArgumentNullException.ThrowIfNull(Extractor, nameof(Extractor));
        if (MaxDegreeOfParallelism == 0 || MaxDegreeOfParallelism < -1)
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "Use -1 or a positive number.");
    }
}
