namespace Claims.Stance.Leads;

/// <summary>
/// The merger's rule for claim-level contradictions inside an article that supports the lead as a whole, the mirror of
/// the retelling rule (<c>LeadStanceMerger.Retellings.cs</c>). A lead that calls a report false ("Nasa's 'six days of
/// total darkness in December 2014' is a hoax", "Macaulay Culkin NOT Dead: ... Death Hoax Goes Viral") is supported by
/// an article that debunks the report, and such an article retells it ("six days of darkness.", "Macaulay Culkin Dies —
/// Fans React On Twitter"); an article that supports a report also tells its subject's denial ("a fact the lady
/// vehemently denied before being caught on videotape"). A rule reading that one claim against the lead finds the
/// opposition (a word calling the report false, a negation) and contradicts the lead, though the article as a whole
/// says what the lead says. When the stance model reads the article as supporting the lead with at least
/// <see cref="MinAgreeOverClaimContradiction"/>, the claim-level contradiction yields to the article-level agreement.
/// </summary>
internal sealed partial class LeadStanceMerger
{
    /// <summary>
    /// Smallest model probability of "agree" (the article as a whole supports the lead claim) for which a claim-level
    /// contradiction between the lead and one claim of that article yields to the article-level agreement (0.8, chosen
    /// on the tune half of the FNC-1 hold-out corpus with the semantic pipeline: the false contradictions it removes
    /// read agree 0.86 to 0.98 there; see benchmarks/README.md, semprec16). Depends on the model.
    /// </summary>
    internal const double MinAgreeOverClaimContradiction = 0.8;

    // A claim-level contradiction against an article-level agreement the model reads confidently.
    private static bool YieldsToSupport(LeadStancePair f, ClaimPair pair) =>
        f.Relation == StanceLabel.Agrees && pair.Relation == StanceLabel.Contradicts && f.Stance.Agree >= MinAgreeOverClaimContradiction;

    // The note that says which claim-level contradiction gave way, and why.
    private static string Gave(ClaimPair pair) =>
        $"claim level: {pair.A} contradicts {pair.B} ({pair.Reasons[0]}); the article supports the lead as a whole, the claim retells the report it debunks or a denial it does not share: the article-level verdict stands";
}
