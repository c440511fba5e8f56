namespace Claims.Matching;

/// <summary>
/// Pairs related claims through a <see cref="ClaimIndex"/> built over the given claims. Thread-safe (each call
/// builds its own index). The two concrete pairers differ only in how the index searches: through its postings
/// (<see cref="IndexedClaimPairer"/>) or by scoring every pair (<see cref="ExhaustiveClaimPairer"/>).
/// </summary>
public abstract class ClaimIndexPairer : IClaimPairer
{
    private readonly bool _exhaustive;

    private protected ClaimIndexPairer(ClaimIndexOptions? options, bool exhaustive)
    {
        Options = options ?? ClaimIndexOptions.Default;
        Options.Validate();
        _exhaustive = exhaustive;
    }

    /// <summary>The index settings (threshold, weights, boosts).</summary>
    public ClaimIndexOptions Options { get; }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="claims"/> or one of its entries is null.</exception>
    /// <exception cref="ArgumentException">Two claims have the same id.</exception>
    public IReadOnlyList<CandidatePair> FindPairs(IReadOnlyList<Claim> claims, CancellationToken cancellationToken) =>
        FindPairs(claims, null, cancellationToken);

    /// <summary>
    /// As <see cref="FindPairs(IReadOnlyList{Claim}, CancellationToken)"/>, counting the work and any bound of
    /// <see cref="ClaimIndexOptions.MaxPairsPerClaim"/> or <see cref="ClaimIndexOptions.MaxCandidatesPerClaim"/>
    /// reached in <paramref name="tally"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="claims"/> or one of its entries is null.</exception>
    /// <exception cref="ArgumentException">Two claims have the same id.</exception>
    public IReadOnlyList<CandidatePair> FindPairs(IReadOnlyList<Claim> claims, PairSearchTally? tally, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claims);
        using var index = ClaimIndex.Build(claims, Options, cancellationToken);
        return index.AllPairPositions(_exhaustive, cancellationToken, 1, tally);
    }
}

/// <summary>
/// Pairs related claims through the index's postings: the same pairs as <see cref="ExhaustiveClaimPairer"/> with the
/// same options, without scoring every pair.
/// </summary>
public sealed class IndexedClaimPairer : ClaimIndexPairer
{
    /// <summary>Creates a pairer; <see cref="ClaimIndexOptions.Default"/> when <paramref name="options"/> is null.</summary>
    public IndexedClaimPairer(ClaimIndexOptions? options = null) : base(options, exhaustive: false) { }
}

/// <summary>
/// Pairs related claims by scoring every pair with the <see cref="ClaimIndex"/> similarity (quadratic, on every
/// core): the reference the index is measured against.
/// </summary>
public sealed class ExhaustiveClaimPairer : ClaimIndexPairer
{
    /// <summary>Creates a pairer; <see cref="ClaimIndexOptions.Default"/> when <paramref name="options"/> is null.</summary>
    public ExhaustiveClaimPairer(ClaimIndexOptions? options = null) : base(options, exhaustive: true) { }
}
