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
        if (!document.Attributions.Any(a => a.Source is not null) || !AnyRuleCanBeAdded(document, kept, fast.Rates)) return kept;
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
        if (a.Source is not { } source || a.Cue is not { } cue || a.FromLayout || !StrongCue(document, cue, rates)) return false;
        return SpeakerSanity.Default.Read(document, source).Rule is SpeakerRule.Kept or SpeakerRule.Antecedent;
    }

    // A cue of words whose first opens an annotated cue at least MinCueRate of the times PolNeAR train has it.
    private static bool StrongCue(Document document, TextSpan cue, CueWordRates rates)
    {
        var cueTokens = document.TokenRange(cue);
        if (cueTokens.End.Value <= cueTokens.Start.Value) return false;
        var first = document.Tokens[cueTokens.Start.Value];
        return first.Kind == Claims.Segmentation.TokenKind.Word && rates.Of(first.Of(document.Text)).Rate >= MinCueRate;
    }

    /// <summary>
    /// Whether some rule-stage attribution could still be added to <paramref name="kept"/>, read before the fast model
    /// runs (most documents have none, and the fast tagger is then not run): an attribution added must come from a rule
    /// r (<see cref="FromRules"/>: r itself, or a content with r's cue and a character Jaccard of at least
    /// <see cref="NearDuplicate"/> with r's content) with a strong cue (<see cref="StrongCue"/>) that overlaps no kept
    /// content. Such a content covers at least half of r's content, so a kept content covering more than half of r's
    /// overlaps it: r cannot give one then either. A necessary condition only: the result is the same as without it.
    /// </summary>
    internal static bool AnyRuleCanBeAdded(Document document, IReadOnlyList<AttributionSpan> kept, CueWordRates rates)
    {
        foreach (var r in document.Attributions)
        {
            if (r.Cue is not { } cue || Covered(r.Content, cue, kept) || !StrongCue(document, cue, rates)) continue;
            return true;
        }
        return false;
    }

    // A kept content overlaps the cue, or covers more than half of the content.
    private static bool Covered(TextSpan content, TextSpan cue, IReadOnlyList<AttributionSpan> kept)
    {
        foreach (var o in kept)
            if (o.Content.Overlaps(cue) || 2L * o.Content.OverlapLength(content) > content.Length) return true;
        return false;
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
