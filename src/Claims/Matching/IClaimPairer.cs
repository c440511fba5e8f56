namespace Claims.Matching;

/// <summary>Two claims (indices into the list given to the pairer) whose content is related, with a similarity in [0, 1].</summary>
/// <param name="A">Index of the first claim (always less than <paramref name="B"/>).</param>
/// <param name="B">Index of the second claim.</param>
/// <param name="Similarity">Content similarity in [0, 1].</param>
public readonly record struct CandidatePair(int A, int B, double Similarity);

/// <summary>
/// Finds pairs of related claims. Implementations must be thread-safe and return pairs in a deterministic order
/// (by <see cref="CandidatePair.A"/>, then <see cref="CandidatePair.B"/>).
/// </summary>
public interface IClaimPairer
{
    /// <summary>All pairs of claims in <paramref name="claims"/> whose content is related.</summary>
    IReadOnlyList<CandidatePair> FindPairs(IReadOnlyList<Claim> claims, CancellationToken cancellationToken);
}
