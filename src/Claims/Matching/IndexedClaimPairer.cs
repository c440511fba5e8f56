namespace Claims.Matching;

/// <summary>
/// Pairs related claims through a <see cref="ClaimIndex"/> built over the given claims: the same pairs as
/// <see cref="ExhaustiveClaimPairer"/> with the same options, without scoring every pair. Thread-safe (each call
/// builds its own index).
/// </summary>
public sealed class IndexedClaimPairer : IClaimPairer
{
    /// <summary>Creates a pairer; <see cref="ClaimIndexOptions.Default"/> when <paramref name="options"/> is null.</summary>
    public IndexedClaimPairer(ClaimIndexOptions? options = null)
    {
        Options = options ?? ClaimIndexOptions.Default;
        Options.Validate();
    }

    /// <summary>The index settings (threshold, weights, boosts).</summary>
    public ClaimIndexOptions Options { get; }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="claims"/> or one of its entries is null.</exception>
    /// <exception cref="ArgumentException">Two claims have the same id.</exception>
    public IReadOnlyList<CandidatePair> FindPairs(IReadOnlyList<Claim> claims, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claims);
        using var index = ClaimIndex.Build(claims, Options, cancellationToken);
        return index.AllPairPositions(exhaustive: false, cancellationToken);
    }
}

/// <summary>
/// Pairs related claims by scoring every pair with the <see cref="ClaimIndex"/> similarity (quadratic, on every
/// core): the reference the index is measured against.
/// </summary>
public sealed class ExhaustiveClaimPairer : IClaimPairer
{
    /// <summary>Creates a pairer; <see cref="ClaimIndexOptions.Default"/> when <paramref name="options"/> is null.</summary>
    public ExhaustiveClaimPairer(ClaimIndexOptions? options = null)
    {
        Options = options ?? ClaimIndexOptions.Default;
        Options.Validate();
    }

    /// <summary>The similarity settings.</summary>
    public ClaimIndexOptions Options { get; }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="claims"/> or one of its entries is null.</exception>
    /// <exception cref="ArgumentException">Two claims have the same id.</exception>
    public IReadOnlyList<CandidatePair> FindPairs(IReadOnlyList<Claim> claims, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claims);
        using var index = ClaimIndex.Build(claims, Options, cancellationToken);
        return index.AllPairPositions(exhaustive: true, cancellationToken);
    }
}
