namespace Claims.Stories;

/// <summary>Settings of a <see cref="StoryGrouper"/>; immutable. The defaults were chosen on the FNC-1 hold-out (see <c>benchmarks/README.md</c>).</summary>
public sealed record StoryGrouperOptions
{
    /// <summary>The default settings.</summary>
    public static StoryGrouperOptions Default { get; } = new();

    /// <summary>How many of an article's heaviest terms describe it (default 30).</summary>
    public int SalientTerms { get; init; } = 30;

    /// <summary>
    /// Fewest articles (of those grouped together) a term must appear in to be one of an article's salient terms
    /// (default 2). A term of one article alone can never be shared; among the salient terms it only dilutes the
    /// weights of the shared ones (1 keeps every term).
    /// </summary>
    public int MinDocumentFrequency { get; init; } = 2;

    /// <summary>
    /// How much an article's weight in its story's centroid grows with its length (default 1; 0: every article
    /// counts alike): its salient terms' TF-IDF mass to this power, so a headline's handful of words does not pull a
    /// story of long articles towards them: with 1, a story's centroid is its articles read as one text.
    /// </summary>
    public double CentroidMassExponent { get; init; } = 1;

    /// <summary>Sentences at the start of an article (title and lead) whose terms count twice (default 3).</summary>
    public int LeadSentences { get; init; } = 3;

    /// <summary>Weight multiplier of a term written as a name (default 1.5).</summary>
    public double EntityBoost { get; init; } = 1.5;

    /// <summary>Weight multiplier of a number (default 0.5: years and counts are shared by unrelated stories).</summary>
    public double NumberBoost { get; init; } = 0.5;

    /// <summary>Smallest similarity of two articles for a link (default 0.25).</summary>
    public double LinkThreshold { get; init; } = 0.25;

    /// <summary>Fewest salient terms two linked articles share (default 3): one shared word or name never links.</summary>
    public int MinSharedTerms { get; init; } = 3;

    /// <summary>Smallest centroid similarity for two groups of articles to become one story (default 0.35).</summary>
    public double MergeThreshold { get; init; } = 0.35;

    /// <summary>Share of the article vectors' cosine in the similarity when an <see cref="IArticleVectorSource"/> is given (default 0.5).</summary>
    public double VectorWeight { get; init; } = 0.5;

    /// <summary>
    /// Smallest article-vector cosine at which two articles are link candidates without sharing
    /// <see cref="MinSharedTerms"/> terms (default 0.6; used only with an <see cref="IArticleVectorSource"/>).
    /// </summary>
    public double VectorLinkThreshold { get; init; } = 0.6;

    /// <summary>
    /// Fewest articles for grouping (default 20): the rarity of a term, which tells one story from another, needs a
    /// corpus to be counted over. Fewer articles analyzed together are taken as one story, as a reader comparing a
    /// handful of outlets means them.
    /// </summary>
    public int MinArticles { get; init; } = 20;

    /// <summary>
    /// Smallest cosine between an article left alone and a story's centroid for the article to join that story
    /// (default 0.25; 1 turns the step off): a headline shares too few terms with any single body to link.
    /// </summary>
    public double AttachThreshold { get; init; } = 0.25;

    /// <summary>
    /// Smallest similarity of the link between an article of a short story (see <see cref="AttachMaxTerms"/>) and a
    /// long article for the short story to join that article's story when no story's centroid reached
    /// <see cref="AttachThreshold"/> (default 0.25, the <see cref="LinkThreshold"/>; 1 turns the step off): a story of
    /// many long articles has a centroid that a headline's few words hardly reach, though the headline links to one of
    /// its articles ("NBC weatherman caught urinating in the woods live on air" and a body on Mike Seidel's broadcast).
    /// </summary>
    public double ArticleAttachThreshold { get; init; } = 0.25;

    /// <summary>
    /// Most salient terms of an article that may attach to a story (default 15): short articles (headlines, briefs)
    /// attach; long ones that did not link are kept apart, since attaching them cost precision on the hold-out.
    /// </summary>
    public int AttachMaxTerms { get; init; } = 15;

    /// <summary>
    /// Whether a story made only of short articles (at most <see cref="AttachMaxTerms"/> salient terms: headlines that
    /// linked to each other but to none of the long articles they sum up) attaches to a story of long articles as a
    /// short article left alone does (default true).
    /// </summary>
    public bool AttachShortStories { get; init; } = true;

    /// <summary>
    /// Whether short articles may attach to a single long article left alone (default true; false: only to stories
    /// of two or more articles).
    /// </summary>
    public bool AttachToSingleArticles { get; init; } = true;

    /// <summary>
    /// Article-vector cosine that counts as no similarity (default 0.6): the cosine is rescaled from
    /// [baseline, 1] to [0, 1] before it is blended, because mean sentence vectors of any two news articles are close.
    /// </summary>
    public double VectorBaseline { get; init; } = 0.6;

    internal void Validate()
    {
        if (SalientTerms < 1) throw new ArgumentOutOfRangeException(nameof(SalientTerms), SalientTerms, "At least one salient term is needed.");
        if (LeadSentences < 0) throw new ArgumentOutOfRangeException(nameof(LeadSentences), LeadSentences, "Must not be negative.");
        if (!(VectorBaseline >= 0 && VectorBaseline < 1)) throw new ArgumentOutOfRangeException(nameof(VectorBaseline), VectorBaseline, "Must be in [0, 1).");
        if (MinArticles < 1) throw new ArgumentOutOfRangeException(nameof(MinArticles), MinArticles, "Must be at least 1.");
        if (MinDocumentFrequency < 1) throw new ArgumentOutOfRangeException(nameof(MinDocumentFrequency), MinDocumentFrequency, "Must be at least 1.");
        if (MinSharedTerms < 1) throw new ArgumentOutOfRangeException(nameof(MinSharedTerms), MinSharedTerms, "At least one shared term is needed.");
        foreach (var (name, value) in new[] { (nameof(LinkThreshold), LinkThreshold), (nameof(MergeThreshold), MergeThreshold), (nameof(VectorWeight), VectorWeight), (nameof(VectorLinkThreshold), VectorLinkThreshold), (nameof(AttachThreshold), AttachThreshold), (nameof(ArticleAttachThreshold), ArticleAttachThreshold) })
            if (!(value >= 0 && value <= 1)) throw new ArgumentOutOfRangeException(name, value, "Must be in [0, 1].");
        if (!(CentroidMassExponent >= 0 && CentroidMassExponent <= 4)) throw new ArgumentOutOfRangeException(nameof(CentroidMassExponent), CentroidMassExponent, "Must be in [0, 4].");
        foreach (var (name, value) in new[] { (nameof(EntityBoost), EntityBoost), (nameof(NumberBoost), NumberBoost) })
            if (!(value > 0) || double.IsInfinity(value)) throw new ArgumentOutOfRangeException(name, value, "Must be positive and finite.");
    }
}
