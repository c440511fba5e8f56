namespace Claims.Stories;

/// <summary>Settings of a <see cref="StoryGrouper"/>; immutable. The defaults were chosen on the FNC-1 hold-out (see <c>benchmarks/README.md</c>).</summary>
public sealed record StoryGrouperOptions
{
    /// <summary>The default settings.</summary>
    public static StoryGrouperOptions Default { get; } = new();

    /// <summary>How many of an article's heaviest terms describe it (default 30).</summary>
    public int SalientTerms { get; init; } = 30;

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
    /// Most salient terms of an article that may attach to a story (default 15): short articles (headlines, briefs)
    /// attach; long ones that did not link are kept apart, since attaching them cost precision on the hold-out.
    /// </summary>
    public int AttachMaxTerms { get; init; } = 15;

    /// <summary>
    /// Article-vector cosine that counts as no similarity (default 0.5): the cosine is rescaled from
    /// [baseline, 1] to [0, 1] before it is blended, because mean sentence vectors of any two news articles are close.
    /// </summary>
    public double VectorBaseline { get; init; } = 0.5;

    internal void Validate()
    {
        if (SalientTerms < 1) throw new ArgumentOutOfRangeException(nameof(SalientTerms), SalientTerms, "At least one salient term is needed.");
        if (LeadSentences < 0) throw new ArgumentOutOfRangeException(nameof(LeadSentences), LeadSentences, "Must not be negative.");
        if (!(VectorBaseline >= 0 && VectorBaseline < 1)) throw new ArgumentOutOfRangeException(nameof(VectorBaseline), VectorBaseline, "Must be in [0, 1).");
        if (MinArticles < 1) throw new ArgumentOutOfRangeException(nameof(MinArticles), MinArticles, "Must be at least 1.");
        if (MinSharedTerms < 1) throw new ArgumentOutOfRangeException(nameof(MinSharedTerms), MinSharedTerms, "At least one shared term is needed.");
        foreach (var (name, value) in new[] { (nameof(LinkThreshold), LinkThreshold), (nameof(MergeThreshold), MergeThreshold), (nameof(VectorWeight), VectorWeight), (nameof(VectorLinkThreshold), VectorLinkThreshold), (nameof(AttachThreshold), AttachThreshold) })
            if (!(value >= 0 && value <= 1)) throw new ArgumentOutOfRangeException(name, value, "Must be in [0, 1].");
        foreach (var (name, value) in new[] { (nameof(EntityBoost), EntityBoost), (nameof(NumberBoost), NumberBoost) })
            if (!(value > 0) || double.IsInfinity(value)) throw new ArgumentOutOfRangeException(name, value, "Must be positive and finite.");
    }
}
