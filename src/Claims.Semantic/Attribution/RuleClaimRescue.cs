using Claims.Attribution;
using Claims.Attribution.Learned;

namespace Claims.Semantic.Attribution;

/// <summary>
/// The accurate mode's second opinion on the rules' own attributions: a rule-stage attribution with a strong frame (a
/// source that names someone, a cue word annotators mostly mark) that the fast model (<see cref="LearnedAttributionModel"/>, lexical features only) keeps and the accurate model leaves with
/// nothing in its place (no kept content overlaps its content or cue) is kept too. The token-state tagger's ranker drops
/// some plain reports the rules read from a strong frame ("Russia has voiced a strong interest in …"), where the fast
/// model keeps them; where the accurate model keeps an attribution of its own, its reading stands. Read after the ranker
/// and before <see cref="KeptAttributionRepairs"/>. Stateless and thread-safe.
/// </summary>
internal static class RuleClaimRescue
{
    /// <summary>The character Jaccard at which a kept content is the rules' one (the ranker's near-duplicate bound).</summary>
    internal const double NearDuplicate = 0.5;

    /// <summary>
    /// <paramref name="kept"/> (the accurate model's choice, in text order) with the fast model's kept rule-stage
    /// attributions that have a source and overlap none of them added, in text order; the list itself when none is added.
    /// </summary>
    /// <remarks><paramref name="document"/>'s attributions must still be the rules' own.</remarks>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired.</exception>
    public static IReadOnlyList<AttributionSpan> Apply(Document document, IReadOnlyList<AttributionSpan> kept, CueLexicon lexicon,
        LearnedAttributionModel fast, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(kept);
        ArgumentNullException.ThrowIfNull(fast);
        if (!document.Attributions.Any(a => a.Source is not null)) return kept;
        var fastKept = LearnedAttributionModel.Choose(fast.Candidates(document, lexicon, cancellationToken),
            new RankerMemo(fast.Probability).Of, fast.Thresholds, cancellationToken);
        List<AttributionSpan>? added = null;
        foreach (var a in fastKept)
        {
            if (!StrongFrame(document, a, fast.Rates) || !FromRules(a, document.Attributions) || Overlaps(a, kept) || added is not null && Overlaps(a, added)) continue;
            (added ??= []).Add(a);
        }
        return added is null ? kept : [.. kept.Concat(added).OrderBy(a => a.Content.Start).ThenBy(a => a.Content.End)];
    }

    /// <summary>
    /// Whether <paramref name="a"/> has a strong frame: a source that names someone (<see cref="SpeakerSanity"/> keeps it
    /// as written or reads a relative pronoun's antecedent) and a cue of words whose first opens an annotated cue at least
    /// <see cref="MinCueRate"/> of the times PolNeAR train has it. Layout labels ("Armored: Police officers take cover …",
    /// a photo caption) and weak verbs ("explains", "found") are the accurate model's to judge.
    /// </summary>
    private static bool StrongFrame(Document document, AttributionSpan a, CueWordRates rates)
    {
        if (a.Source is not { } source || a.Cue is not { } cue || a.FromLayout) return false;
        var cueTokens = document.TokenRange(cue);
        if (cueTokens.End.Value <= cueTokens.Start.Value) return false;
        var first = document.Tokens[cueTokens.Start.Value];
        if (first.Kind != Claims.Segmentation.TokenKind.Word || rates.Of(first.Of(document.Text)).Rate < MinCueRate) return false;
        return SpeakerSanity.Default.Read(document, source).Rule is SpeakerRule.Kept or SpeakerRule.Antecedent;
    }

    /// <summary>
    /// The least share of its occurrences in PolNeAR train at which the cue's first word opens an annotated cue ("voiced"
    /// 0.44, "said" 0.88; "demands" 0.23, "plans" 0.13, "comment" 0.03 stay the accurate model's).
    /// </summary>
    internal const float MinCueRate = 0.4f;

    /// <summary>
    /// Whether <paramref name="a"/> is a rule-stage attribution: one of their records, or the tagger's near-duplicate
    /// content of one that took its cue (the ranker keeps the tagger's boundaries with the rules' cue and source).
    /// </summary>
    private static bool FromRules(AttributionSpan a, IReadOnlyList<AttributionSpan> rules)
    {
        foreach (var r in rules)
            if (ReferenceEquals(r, a) || r.Cue == a.Cue && r.Content.Jaccard(a.Content) >= NearDuplicate) return true;
        return false;
    }

    private static bool Overlaps(AttributionSpan a, IReadOnlyList<AttributionSpan> others)
    {
        foreach (var o in others)
            if (o.Content.Overlaps(a.Content) || a.Cue is { } cue && o.Content.Overlaps(cue)) return true;
        return false;
    }
}
