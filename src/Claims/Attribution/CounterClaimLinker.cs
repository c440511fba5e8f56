using Claims.Pipeline;

namespace Claims.Attribution;

/// <summary>
/// Links each <see cref="ClaimKind.Counter"/> claim to the claim it reports the opposite of, by setting
/// <see cref="Claim.Opposes"/>. "Dmitriev insisted that the summit had not been cancelled, contrary to earlier
/// statements from Trump": the contrast phrase negates the nearest claim before it in the same sentence (else the
/// nearest after it, else the last claim of the previous sentence). Runs after <see cref="ClaimBuilder"/>.
/// </summary>
public sealed class CounterClaimLinker : IDocumentStage
{
    /// <inheritdoc />
    public string Name => "counter-claims";

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var claims = document.Claims;
        if (!claims.Any(c => c.Kind == ClaimKind.Counter)) return;
        var linked = new Claim[claims.Count];
        // Claims by sentence, in document order: each counter reads its own sentence and the one before only.
        var bySentence = claims.ToLookup(c => c.Sentence);
        for (int i = 0; i < claims.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var claim = claims[i];
            linked[i] = claim.Kind == ClaimKind.Counter && FindOpposed(bySentence, claim) is { } opposed
                ? claim with { Opposes = opposed.Id }
                : claim;
        }
        document.Claims = linked;
    }

    private static Claim? FindOpposed(ILookup<int, Claim> bySentence, Claim counter)
    {
        // A candidate is a claim in another voice whose span does not overlap the contrast phrase (the outlet's own
        // sentence fragment around the phrase is not what it contradicts).
        bool Candidate(Claim c) => c.Kind is not (ClaimKind.Counter or ClaimKind.Headline) && !c.Span.Overlaps(counter.Span)
            && !string.Equals(c.Speaker, counter.Speaker, StringComparison.Ordinal);
        var sameSentence = bySentence[counter.Sentence].Where(Candidate).ToList();
        return sameSentence.Where(c => c.Span.End <= counter.Span.Start).MaxBy(c => c.Span.End)
            ?? sameSentence.Where(c => c.Span.Start >= counter.Span.End).MinBy(c => c.Span.Start)
            ?? bySentence[counter.Sentence - 1].Where(Candidate).MaxBy(c => c.Span.End);
    }
}
