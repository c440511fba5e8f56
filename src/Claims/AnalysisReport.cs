using Claims.Attribution;
using Claims.Matching;
using Claims.Segmentation;
using Claims.Stance;
using Claims.Stories;

namespace Claims;

/// <summary>The result of analyzing a set of articles together.</summary>
/// <param name="Articles">Each article with its claims, in input order.</param>
/// <param name="Speakers">Speakers across all articles (one id per person).</param>
/// <param name="Pairs">Related claim pairs with their stance: the analyzer's claim pairs ordered by the claims' positions,
/// then the pairs of each added <see cref="Pipeline.IPairSource"/> in turn (see <see cref="AnalysisRun.Pairs"/>).</param>
public sealed record AnalysisReport(IReadOnlyList<ArticleAnalysis> Articles, IReadOnlyList<Speaker> Speakers, IReadOnlyList<ClaimPair> Pairs)
{
    private Dictionary<string, (Claim Claim, ArticleAnalysis Article)>? _byId;

    /// <summary>
    /// The stories the articles were grouped into (one event covered by several outlets), in order of each story's
    /// first article; empty when the analyzer groups no stories. Every article is in exactly one story.
    /// </summary>
    public IReadOnlyList<Story> Stories { get; init; } = [];

    /// <summary>
    /// Articles that are copies of one text (<see cref="PairingOptions.CopyOverlap"/>), in order of their first article:
    /// one source, whose claims are not paired with each other; empty when there are none.
    /// </summary>
    public IReadOnlyList<CopiedText> Copies { get; init; } = [];

    /// <summary>
    /// Claims that repeat word for word, or with a word or two changed in form only, a claim of an earlier article (a
    /// wire sentence, a caption, one quote passed on; <see cref="PairingOptions.MinCopiedClaimWords"/>,
    /// <see cref="PairingOptions.NearCopyEdits"/>), in claim order: each is paired once, as its first occurrence.
    /// </summary>
    public IReadOnlyList<CopiedClaim> CopiedClaims { get; init; } = [];

    /// <summary>Limits the analysis reached (for example the pair cap per claim), in words; empty when none.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Looks up a claim and its article by claim id.</summary>
    public (Claim Claim, ArticleAnalysis Article) FindClaim(string claimId)
    {
        ArgumentNullException.ThrowIfNull(claimId);
        _byId ??= Articles.SelectMany(a => a.Claims.Select(c => (c, a))).ToDictionary(x => x.c.Id, x => x, StringComparer.Ordinal);
        return _byId.TryGetValue(claimId, out var found) ? found : throw new KeyNotFoundException($"no claim with id '{claimId}'");
    }

    /// <summary>Pairs with the given relation.</summary>
    public IEnumerable<ClaimPair> PairsWith(StanceLabel relation) => Pairs.Where(p => p.Relation == relation);
}

/// <summary>One article's analysis.</summary>
/// <param name="Article">The article as read.</param>
/// <param name="Title">Its headline, when the first line reads as one.</param>
/// <param name="Claims">Its claims in text order.</param>
/// <param name="Furniture">Page furniture found (not claims).</param>
public sealed record ArticleAnalysis(Article Article, string? Title, IReadOnlyList<Claim> Claims, IReadOnlyList<Furniture> Furniture)
{
    /// <summary>When the article was published: as given with it (<see cref="Claims.Article.Published"/>), else as its
    /// page's date line says (<see cref="PageDate"/>), else null.</summary>
    public DateTimeOffset? Published { get; init; }
}

/// <summary>Two related claims and how they relate.</summary>
/// <param name="A">Id of the first claim.</param>
/// <param name="B">Id of the second claim.</param>
/// <param name="Relation">Agrees, contradicts or neutral.</param>
/// <param name="Score">Confidence of the relation in [0, 1].</param>
/// <param name="Reasons">The rules and features that decided, in words.</param>
/// <param name="Similarity">Content similarity that made the pair a candidate, in [0, 1].</param>
public sealed record ClaimPair(string A, string B, StanceLabel Relation, double Score, IReadOnlyList<string> Reasons, double Similarity)
{
    /// <summary>True when the stance model alone decided the relation of the two claims (no rule had a finding on
    /// them); false for rule verdicts, article-level verdicts and counter-claims.</summary>
    public bool ModelAlone { get; init; }

    /// <summary>True when the relation is an agreement that matching figures alone decided (the numbers rule: "$72
    /// million" in both claims); false otherwise.</summary>
    public bool FiguresAlone { get; init; }
}
