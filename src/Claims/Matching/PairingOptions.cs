namespace Claims.Matching;

/// <summary>How the analyzer pairs claims across a corpus and what it keeps; immutable.</summary>
public sealed record PairingOptions
{
    /// <summary>The default settings: neutral pairs dropped, at most 100 candidate pairs per claim, cross-story pairs from similarity 0.5.</summary>
    public static PairingOptions Default { get; } = new();

    /// <summary>
    /// When true, pairs classified neutral are kept in <see cref="AnalysisReport.Pairs"/>; by default (false) only
    /// agreements and contradictions are kept, which keeps reports and memory small on large corpora.
    /// </summary>
    public bool IncludeNeutral { get; init; }

    /// <summary>
    /// Most candidate pairs classified per claim (default 100): each claim keeps its most similar candidates. A claim
    /// that repeats across a large story (a boilerplate line, a pathological article) cannot make the pair count
    /// quadratic; when the cap drops candidates, <see cref="AnalysisReport.Warnings"/> says how many.
    /// </summary>
    public int MaxPairsPerClaim { get; init; } = 100;

    /// <summary>
    /// Smallest index similarity (IDF-weighted cosine) for a candidate pair whose claims lie in different stories
    /// (default 0.5): claims are paired within their story, and across stories only when they share most of their
    /// rarer words and names. Used only when the analyzer groups stories.
    /// </summary>
    public double CrossStoryThreshold { get; init; } = 0.5;

    /// <summary>Fewest shared features for a cross-story candidate (default 3).</summary>
    public int CrossStoryMinSharedFeatures { get; init; } = 3;

    /// <summary>
    /// Whether copied text is one source (default true, <see cref="AnalysisReport.Copies"/>): articles that are copies of
    /// one text (<see cref="CopyOverlap"/>) are not paired with each other, a claim repeating an earlier article's claim
    /// word for word (<see cref="MinCopiedClaimWords"/>) is paired once, as its first occurrence, and two claims of one
    /// wording never pair. False pairs every claim as if each article were written on its own.
    /// </summary>
    public bool SeparateCopies { get; init; } = true;

    /// <summary>
    /// Smallest overlap that makes two articles copies of one text (default 0.6): the share of the longer article's
    /// five-word runs that the shorter has too. Copies are one source: their claims are not paired with each other and
    /// the report lists them (<see cref="AnalysisReport.Copies"/>). On the raw FNC-1 folders and PolNeAR train the
    /// syndicated and republished copies overlap 0.62 to 1.0; rewrites of one agency story by two outlets 0.5 to 0.58 and
    /// stay two sources. Above 1 turns copy detection off.
    /// </summary>
    public double CopyOverlap { get; init; } = 0.6;

    /// <summary>
    /// Fewest words of a claim that, repeated word for word in a later article, make the later one a copy (default 5):
    /// the copy is not paired, its first occurrence is (once instead of once per copy). Two claims of one wording never
    /// pair, whatever their length: one wording is one source.
    /// </summary>
    public int MinCopiedClaimWords { get; init; } = 5;

    /// <summary>
    /// Most words a claim of at least <see cref="MinNearCopyWords"/> words may change in form only (an article, "this"
    /// for "the", "you" for "your", a tense, a spelling; never a figure or a negation) and still be a copy of an earlier
    /// article's claim (0 turns near copies off): "Consider this cartoon animation and this letter, my
    /// resignation from your pathetic company." relayed as "Consider the cartoon animation ... from you pathetic
    /// company." is one source, listed and paired as word-for-word copies are, and the article-level verdicts on a
    /// copied headline are read as its original's. Default 2 (measured in benchmarks/README.md, agree13 and round 16).
    /// </summary>
    public int NearCopyEdits { get; init; } = 2;

    /// <summary>Fewest words of a claim that may be a near copy (<see cref="NearCopyEdits"/>; default 9).</summary>
    public int MinNearCopyWords { get; init; } = 9;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(NearCopyEdits);
        ArgumentOutOfRangeException.ThrowIfNegative(MinNearCopyWords);
        if (!(CopyOverlap > 0))
            throw new ArgumentOutOfRangeException(nameof(CopyOverlap), CopyOverlap, "Must be above 0 (above 1 turns copy detection off).");
        if (MinCopiedClaimWords < 1)
            throw new ArgumentOutOfRangeException(nameof(MinCopiedClaimWords), MinCopiedClaimWords, "At least one word is needed.");
        if (MaxPairsPerClaim < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxPairsPerClaim), MaxPairsPerClaim, "At least one pair per claim is needed.");
        if (!(CrossStoryThreshold > 0 && CrossStoryThreshold <= 1))
            throw new ArgumentOutOfRangeException(nameof(CrossStoryThreshold), CrossStoryThreshold, "Must be in (0, 1].");
        if (CrossStoryMinSharedFeatures < 1)
            throw new ArgumentOutOfRangeException(nameof(CrossStoryMinSharedFeatures), CrossStoryMinSharedFeatures, "At least one shared feature is needed.");
    }
}
