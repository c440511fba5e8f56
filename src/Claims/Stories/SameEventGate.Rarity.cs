using System.Globalization;
using Claims.Matching;
using Claims.Stance;

namespace Claims.Stories;

// The gate's corpus check: an agreement needs shared words that are rare enough in the run (PairContext.Corpus).
public sealed partial class SameEventGate
{
    /// <summary>
    /// Why an agreement is one of a shared topic, not of one event, or null: the run has at least
    /// <see cref="SameEventGateOptions.RarityMinArticles"/> articles, the agreement is one the check reads (the stance
    /// model's alone, or a rule's of <see cref="SameEventGateOptions.RuleMinSharedRarity"/>) and the rarity of what the
    /// claims share (<see cref="SharedRarity"/>) is below what it needs.
    /// </summary>
    private string? SharedTopicOnly(StanceVerdict verdict, PairContext context, SameEventEvidence e)
    {
        if (RarityOf(verdict, context, e) is not { } rarity || rarity.Sum >= rarity.Needed) return null;
        return string.Create(CultureInfo.InvariantCulture,
            $"a shared topic, not one event: what the claims share is common in this run's {rarity.Articles} articles ({rarity.Terms}; rarity {rarity.Sum:0.0} below {rarity.Needed:0.0})");
    }

    // The rarity an agreement that passed the check had, for its reason; null when the check did not apply.
    private string? RarityHeld(StanceVerdict verdict, PairContext context, SameEventEvidence e) =>
        verdict.Label == StanceLabel.Agrees && RarityOf(verdict, context, e) is { } rarity
            ? string.Create(CultureInfo.InvariantCulture, $"rarity {rarity.Sum:0.0} ({rarity.Terms})")
            : null;

    private SharedRarity? RarityOf(StanceVerdict verdict, PairContext context, SameEventEvidence e)
    {
        if (context.Corpus is not { } corpus || corpus.Articles < Options.RarityMinArticles) return null;
        double needed = verdict.DecidingRules.Count == 0 ? Options.MinSharedRarity : double.PositiveInfinity;
        foreach (var rule in verdict.DecidingRules)
            if (Options.RuleMinSharedRarity.TryGetValue(rule.Name, out double own)) needed = Math.Min(needed, own);
        if (needed is <= 0 or double.PositiveInfinity) return null;
        if (DateAlone(verdict, e)) needed = Math.Max(needed, Options.DateAloneMinSharedRarity);
        return SharedRarity.Of(corpus, e, needed);
    }

    // An agreement of a figure rule whose claims share a date (a weekday, a month, a year) and no other figure.
    private bool DateAlone(StanceVerdict verdict, SameEventEvidence e)
    {
        if (!verdict.DecidingRules.Any(r => Options.FigureRules.Contains(r.Name))) return false;
        var figures = e.SharedFigures ?? [];
        return figures.All(SameEventEvidence.IsWhen)
            && (figures.Count > 0 || e.SharedWords.Any(SameEventEvidence.IsWhen) || e.SharedNames.Any(SameEventEvidence.IsWhen));
    }

    /// <summary>
    /// The rarity of what two claims share in the run: the sum over their shared words, names and figures (concept groups
    /// aside: each comes with a word it stands for; dates aside: a weekday, a month or a year is shared by every happening
    /// of its time, <see cref="SameEventEvidence.IsWhen"/>) of ln(articles / articles with the term), so that several common words
    /// together can still make one event ("trying to change my ways": every word common, the combination not), while
    /// "Clinton", "Trump", "campaign" and "email" in a year of election coverage make a topic; a rare figure counts as a
    /// rare word ("2,383" delegates), a figure every poll story gives does not; terms in <c>leaveOut</c> are not counted.
    /// <c>Terms</c> lists the
    /// shared terms by share of articles, most common first.
    /// </summary>
    private readonly record struct SharedRarity(double Sum, string Terms, int Articles, double Needed)
    {
        public static SharedRarity Of(CorpusWords corpus, SameEventEvidence e, double needed, IReadOnlySet<string>? leaveOut = null)
        {
            var terms = e.SharedWords.Concat(e.SharedNames).Concat(e.SharedFigures ?? [])
                .Where(t => !t.StartsWith(FeatureExtractor.ConceptPrefix, StringComparison.Ordinal) && !SameEventEvidence.IsWhen(t)
                    && leaveOut?.Contains(t) != true)
                .Select(t => (Term: t, Frequency: corpus.DocumentFrequency(t), Rarity: corpus.Rarity(t)))
                .OrderByDescending(t => t.Frequency).ThenBy(t => t.Term, StringComparer.Ordinal).ToList();
            double sum = terms.Sum(t => t.Rarity);
            string listed = terms.Count == 0 ? "nothing shared"
                : string.Join(", ", terms.Take(5).Select(t => string.Create(CultureInfo.InvariantCulture,
                    $"{t.Term} {100.0 * Math.Max(1, t.Frequency) / corpus.Articles:0}%")));
            return new SharedRarity(sum, listed, corpus.Articles, needed);
        }
    }
}
