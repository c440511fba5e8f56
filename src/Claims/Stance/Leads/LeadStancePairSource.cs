using Claims.Pipeline;

namespace Claims.Stance.Leads;

/// <summary>
/// The analyzer's claim pairs with the article-level stance of lead claims merged in (<see cref="LeadStanceMerger"/>):
/// the lead claims are read against their stories' articles first (a bounded number of readings), then the claim pairs
/// stream through the merger as they are classified, and the article-level pairs no claim pair took up follow them.
/// </summary>
internal sealed class LeadStancePairSource(IPairSource claimPairs, ILeadStanceFinder finder) : IPairSource
{
    /// <inheritdoc />
    public string Name => claimPairs.Name + "+lead-stance";

    /// <inheritdoc />
    public IEnumerable<ClaimPair> Pairs(PairSourceContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Stream(context, cancellationToken);
    }

    private IEnumerable<ClaimPair> Stream(PairSourceContext context, CancellationToken cancellationToken)
    {
        var leads = finder.Find(context.Documents, context.Stories, context.MaxDegreeOfParallelism, cancellationToken);
        foreach (var warning in leads.Warnings) context.Warn(warning);
        var merger = new LeadStanceMerger(context.Claims, CopiedLeads.AsOriginals(leads.Pairs, context.Claims, context.Copies));
        foreach (var pair in claimPairs.Pairs(context, cancellationToken))
            if (merger.Review(pair) is { } reviewed) yield return reviewed;
        foreach (var pair in merger.Remaining()) yield return pair;
    }
}
