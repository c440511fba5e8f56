namespace Claims.Stance.Leads;

/// <summary>
/// The merger's rule for claim-level agreements inside an article that disputes the lead as a whole
/// (<see cref="LeadStancePair.BodyDisputes"/>). A body that calls a report false usually retells it ("The Racket Report
/// already has hundreds of thousands of shares on its recent piece, 'KFC Gets Occupational Business License To Sell
/// Marijuana ...'", "A rumor that Robert Plant ripped up an $800 million contract ... has been called 'rubbish'",
/// "Sorkin told Bloomberg that Bale was a lock for the part"): the stance model, reading that one claim against the
/// lead, agrees with the report. Such an agreement, decided by the model alone, yields to the article-level
/// contradiction, and so does one that matching figures alone decided: the figure is the report's, retold ("says he
/// was there while the YouTube hit, 'How Does A Homeless Man Spend $100?' was filmed", "There was no $72 million"
/// against "Teen Makes $72 Million on the Stock Market"), when the model reads the article as disputing the lead with
/// at least <see cref="MinDisagreeOverFigures"/>. An agreement another rule decided (a shared denial) stands.
/// </summary>
internal sealed partial class LeadStanceMerger
{
    /// <summary>
    /// The model's "disagree" for the whole article that an agreement of matching figures yields to: the confident
    /// reading of the default options (<see cref="LeadStanceOptions.MinDisagree"/>), not the weaker ones a pipeline may
    /// accept (the semantic pipeline's 0.55, a body's denial): figures are a rule's finding, stronger than the model's
    /// reading of one claim ("After being officially dead for 48 minutes ..., a 71 year-old Massachusetts Catholic
    /// Priest" stands against a reading of disagree 0.62 of a body that retells the priest's claim).
    /// </summary>
    internal const double MinDisagreeOverFigures = 0.70;

    // A claim-level agreement decided by the stance model alone (ClaimPair.ModelAlone) or by matching figures alone
    // (ClaimPair.FiguresAlone) against an unused article-level contradiction of an article that disputes the lead as a whole.
    private bool YieldsToArticle(LeadStancePair f, ClaimPair pair, int k) =>
        f.BodyDisputes && f.Relation == StanceLabel.Contradicts && pair.Relation == StanceLabel.Agrees && _use[k] == Use.None
        && (pair.ModelAlone || (pair.FiguresAlone && f.Stance.Disagree >= MinDisagreeOverFigures));

    // The note that says which claim-level agreement gave way, and why.
    private static string Yielded(ClaimPair pair) =>
        $"claim level: {pair.A} agrees with {pair.B} by {(pair.FiguresAlone ? "matching figures" : "the model")} alone ({pair.Reasons[0]}); the article disputes the lead as a whole, the claim retells the report: the article-level verdict stands";
}
