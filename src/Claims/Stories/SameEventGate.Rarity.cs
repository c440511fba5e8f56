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
        string story = context.Corpus is { } corpus && LooseStory(context, corpus)
            ? string.Create(CultureInfo.InvariantCulture, $", inside a loose story of {context.StoryArticles} articles")
            : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"a shared topic, not one event: what the claims share is common in this run's {rarity.Articles} articles{story} ({rarity.Terms}; rarity {rarity.Sum:0.0} below {rarity.Needed:0.0})");
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
        if (LooseStory(context, corpus) && verdict.DecidingRules.All(r => Options.LooseStoryRules.Contains(r.Name)))
            needed = Math.Max(needed, Options.LooseStoryMinSharedRarity);
        return SharedRarity.Of(corpus, e, needed);
    }

    /// <summary>
    /// True when both claims are in one story of at least <see cref="SameEventGateOptions.LooseStoryMinArticles"/>
    /// articles that holds at least <see cref="SameEventGateOptions.LooseStoryMinShare"/> of the run's articles: a
    /// long-running topic the grouper reads as one story, whose claims need more in common to be about one event.
    /// </summary>
    private bool LooseStory(PairContext context, CorpusWords corpus) =>
        context.SameStory && context.StoryArticles >= Options.LooseStoryMinArticles && corpus.Articles > 0
        && context.StoryArticles >= Options.LooseStoryMinShare * corpus.Articles;

    /// <summary>
    /// Why an agreement of the figure rules alone (<see cref="SameEventGateOptions.FigureRules"/>, with or without a rule
    /// of <see cref="SameEventGateOptions.LooseStoryRules"/>) inside a loose story is one of a figure the story repeats
    /// across its events, or null: its candidate similarity is below
    /// <see cref="SameEventGateOptions.LooseStoryFigureMinSimilarity"/>.
    /// </summary>
    private string? LooseStoryFigure(StanceVerdict verdict, PairContext context)
    {
        double needed = Options.LooseStoryFigureMinSimilarity;
        if (needed <= 0 || context.Similarity >= needed || context.Corpus is not { } corpus || !LooseStory(context, corpus)) return null;
        var rules = verdict.DecidingRules;
        if (!rules.Any(r => Options.FigureRules.Contains(r.Name))
            || !rules.All(r => Options.FigureRules.Contains(r.Name) || Options.LooseStoryRules.Contains(r.Name)))
            return null;
        return string.Create(CultureInfo.InvariantCulture,
            $"a figure a loose story of {context.StoryArticles} articles repeats across its events, at similarity {context.Similarity:0.00} below {needed:0.00}");
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
    private readonly record struct SharedRarity(double Sum, IReadOnlyList<(string Term, int Frequency, double Rarity)> Counted,
        int Articles, double Needed)
    {
        /// <summary>The five most common shared terms with their share of articles, or "nothing shared"; written only
        /// when a reason quotes it (most pairs the check reads pass it without one).</summary>
        public string Terms
        {
            get
            {
                if (Counted.Count == 0) return "nothing shared";
                int articles = Articles;
                return string.Join(", ", Counted.Take(5).Select(t => string.Create(CultureInfo.InvariantCulture,
                    $"{t.Term} {100.0 * Math.Max(1, t.Frequency) / articles:0}%")));
            }
        }

        public static SharedRarity Of(CorpusWords corpus, SameEventEvidence e, double needed, IReadOnlySet<string>? leaveOut = null)
        {
            var terms = new List<(string Term, int Frequency, double Rarity)>(e.SharedWords.Count + e.SharedNames.Count + (e.SharedFigures?.Count ?? 0));
            Count(terms, e.SharedWords, corpus, leaveOut);
            Count(terms, e.SharedNames, corpus, leaveOut);
            if (e.SharedFigures is { } figures) Count(terms, figures, corpus, leaveOut);
            // Most common first, then by term: a total order up to equal entries (one term read twice has one frequency
            // and rarity), so the unstable sort gives the order a stable one would.
            terms.Sort(static (x, y) => x.Frequency != y.Frequency ? y.Frequency.CompareTo(x.Frequency) : string.CompareOrdinal(x.Term, y.Term));
            // Added in that order, as before: the same floating-point sum.
            double sum = 0;
            foreach (var t in terms) sum += t.Rarity;
            return new SharedRarity(sum, terms, corpus.Articles, needed);
        }

        // The terms of `shared` the sum counts (no concept group, no date, none left out), with their counts.
        private static void Count(List<(string Term, int Frequency, double Rarity)> terms, HashSet<string> shared, CorpusWords corpus,
            IReadOnlySet<string>? leaveOut)
        {
            foreach (var t in shared)
                if (!t.StartsWith(FeatureExtractor.ConceptPrefix, StringComparison.Ordinal) && !SameEventEvidence.IsWhen(t) && leaveOut?.Contains(t) != true)
                    terms.Add((t, corpus.DocumentFrequency(t), corpus.Rarity(t)));
        }
    }
}
