using System.Globalization;
using Claims.Stance;

namespace Claims.Stories;

// The gate's checks of one verdict kind: what an agreement and what a contradiction must show beyond any verdict.
public sealed partial class SameEventGate
{
    // The checks an agreement must pass beyond those of any verdict (Check): something said beyond names, not a bare
    // name or a note on the reporting, the same thing said of a shared subject, a figure of the story's own event.
    private string? AgreementCheck(Claim a, Claim b, StanceVerdict verdict, PairContext context, SameEventEvidence e)
    {
        // Election coverage names the same candidates everywhere: claims that share only names ("Trump leads Cruz in
        // Indiana" / "Cruz 16 points ahead of Trump in Indiana") agree on nothing said of them.
        // (A headline in title case, "Who Is Michael Zehaf-Bibeau? Ottawa Shooter Suspect Identified", writes every
        // word as a name: its capitals tell nothing. Across stories or inside a loose story, against a sentence, the
        // words the sentence writes in lower case are what the two share beyond names: HeadlineNamesNeedAHeadline.)
        // Inside one story a rule's agreement stands on its own evidence (a figure, a shared denial), but the model's
        // does not: a story of election coverage names the same candidates in every claim ("Sanders will back Clinton,
        // eventually" / "Sanders's recent attacks on Clinton have alarmed her supporters", PolNeAR train).
        if ((!context.SameStory || (Options.ModelAgreementsNeedWords && verdict.DecidingRules.Count == 0))
            && !verdict.DecidingRules.Any(r => Options.NameRules.Contains(r.Name))
            && SharedBeyondNames(a, b, e, SharedTitles(e)) < Options.MinSharedWords && !TitleCaseExempts(a.Text, b.Text, context))
            return $"an agreement on names and titles only ({(e.SharedNames.Count == 0 ? "no name shared" : Join(e.SharedNames))})";
        // A bare name ("Ted Cruz.", "Bill Clinton", a byline) says nothing another claim could agree with. (A short
        // claim with a word beyond names, "he had paid off their mortgage", or a cut one, "ISIS fighters have been
        // caught coming across the Mexican border in", still does: FNC-1 headline-body agreements.)
        if (Options.BareNamesAgreeWithNothing
            && (BareName(a.Text, e.ContentA) || BareName(b.Text, e.ContentB)))
            return $"a bare name agrees with nothing (fewer than {Options.MinContentWords} content words, all names)";
        if (Options.ReportingNotesAgreeWithNothing && (IsReportingNote(a) || IsReportingNote(b)))
            return "a note on how the story was reported (a request for comment, a poll's method) agrees with nothing";
        if (OtherThings(a, b, verdict, context, e) is { } other) return other;
        if (SharedTopicOnly(verdict, context, e) is { } topic) return topic;
        if (LooseStoryFigure(verdict, context) is { } figure) return figure;
        if (DifferentPredicates(a, b, verdict, context, e) is { } predicates) return predicates;
        if (DifferentHappenings(a, b, verdict, context) is { } happenings) return happenings;
        if (DistantMeaning(a, b, verdict, context) is { } meaning) return meaning;
        return null;
    }

    // Whether a headline in title case exempts the pair from the names-only check: either claim in title case (its
    // capitals make no names); across stories or inside a loose story, with HeadlineNamesNeedAHeadline on, only both.
    private bool TitleCaseExempts(string a, string b, PairContext context)
    {
        bool apart = !context.SameStory || (context.Corpus is { } corpus && LooseStory(context, corpus));
        return Options.HeadlineNamesNeedAHeadline && apart ? TitleCased(a) && TitleCased(b) : TitleCased(a) || TitleCased(b);
    }

    // The checks a contradiction must pass beyond those of any verdict (Check): one story, asserted whole claims that
    // share enough words, the same dates, and (with claim vectors) close enough meaning.
    private string? ContradictionCheck(Claim a, Claim b, StanceVerdict verdict, PairContext context, SameEventEvidence e, out double? cosine)
    {
        cosine = null;
        if (!context.SameStory && verdict.DecidingRules.FirstOrDefault(r => Options.SameStoryRules.Contains(r.Name)) is { } storyRule)
            return $"a {storyRule.Name} finding across stories (a figure or an opposite word is said of its own story's event)";
        // Pieces of one sentence do not contradict each other (an explicit counter-claim aside).
        if (SharedSentence.Of(a, b) is { } oneSentence) return oneSentence;
        if (AssertionFailure(a, b, verdict) is { } unasserted) return unasserted;
        if (e.ContentA < Options.MinContentWords || e.ContentB < Options.MinContentWords)
            return $"a fragment (fewer than {Options.MinContentWords} content words)";
        if (e.BrokenA || e.BrokenB)
            return "a fragment (ends on a conjunction, article, preposition or auxiliary)";
        // A rule about how a named person is described ("former President X" / "President X") is about the name itself.
        bool aboutName = verdict.DecidingRules.Any(r => Options.NameRules.Contains(r.Name)) && e.SharedNames.Count > 0;
        foreach (var rule in verdict.DecidingRules)
            if (Options.RuleMinSimilarity.TryGetValue(rule.Name, out double needed) && context.Similarity < needed)
                return string.Create(CultureInfo.InvariantCulture,
                    $"a {rule.Name} finding alone at similarity {context.Similarity:0.00} below {needed:0.00}");
        if (!aboutName && e.SharedWords.Count < Options.MinSharedWords)
            return e.SharedWords.Count == 0 && e.SharedNames.Count > 0
                ? $"only names shared ({Join(e.SharedNames)})"
                : $"too little shared beyond names ({(e.SharedWords.Count == 0 ? "nothing" : Join(e.SharedWords))})";
        // One shared word is an event only with support: a second shared word, two shared names, or high similarity.
        if (!aboutName && e.SharedWords.Count < Options.SupportWords && e.SharedNames.Count < Options.SupportNames
            && context.Similarity < Options.SupportSimilarity)
            return string.Create(CultureInfo.InvariantCulture,
                $"one shared word ({Join(e.SharedWords)}) without support (names: {(e.SharedNames.Count == 0 ? "none" : Join(e.SharedNames))}, similarity {context.Similarity:0.00})");
        if (e.CalendarA.Count > 0 && e.CalendarB.Count > 0 && !e.CalendarA.Overlaps(e.CalendarB))
            return $"different dates ({Join(e.CalendarA)} / {Join(e.CalendarB)})";
        if (VectorCosine(a, b) is { } dot)
        {
            cosine = dot;
            double needed = VectorThreshold(verdict, aboutName);
            if (dot < needed)
                return string.Create(CultureInfo.InvariantCulture, $"meaning differs (vector cosine {dot:0.00} below {needed:0.00})");
        }
        return null;
    }
}
