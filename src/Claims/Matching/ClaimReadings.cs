namespace Claims.Matching;

/// <summary>How a <see cref="ReadingKey"/> pairs: with the same key of the same pole, or with the opposite pole.</summary>
public enum ReadingPole
{
    /// <summary>Pairs with the same key read the same way ("discussed topic: territorial").</summary>
    Same,

    /// <summary>Pairs with the same key read <see cref="Negative"/> ("progress" asserted against "progress" denied).</summary>
    Positive,

    /// <summary>Pairs with the same key read <see cref="Positive"/>.</summary>
    Negative,
}

/// <summary>What one stance rule reads from one claim, as a key that pairs it with other claims the rule could decide.</summary>
/// <param name="Rule">The rule's name (<see cref="Stance.IStanceRule.Name"/>): a pair found through this key is reported
/// only when this rule decides its verdict.</param>
/// <param name="Value">What the rule read ("progress", a topic stem, an outcome concept).</param>
/// <param name="Pole">Which keys of the same rule and value it pairs with.</param>
public readonly record struct ReadingKey(string Rule, string Value, ReadingPole Pole)
{
    /// <summary>True when a claim with this key and a claim with <paramref name="other"/> form a candidate pair.</summary>
    public bool Pairs(ReadingKey other) =>
        string.Equals(Rule, other.Rule, StringComparison.Ordinal) && string.Equals(Value, other.Value, StringComparison.Ordinal)
        && (Pole == ReadingPole.Same ? other.Pole == ReadingPole.Same
            : other.Pole != ReadingPole.Same && other.Pole != Pole);
}

/// <summary>
/// Reads single claims the way stance rules do, so that claims a rule could compare are paired even when they share
/// too few words for the claim index ("produced no progress" / "an indication of forward movement", "discussion of the
/// territorial problem" / "the territorial dimension ... was part of the dialogue"). Claims of one story whose keys
/// pair (<see cref="ReadingKey.Pairs"/>) become candidates, at most <see cref="ReadingCandidates.MaxPairsPerClaim"/> per
/// claim, and such a pair is reported only when the rule of its key decides the verdict. Implementations must be
/// thread-safe and deterministic.
/// </summary>
public interface IClaimReading
{
    /// <summary>The claim's reading keys (empty when no rule reads anything in it), in a deterministic order.</summary>
    IReadOnlyList<ReadingKey> KeysOf(Claim claim);
}

/// <summary>A candidate pair found through a reading: positions into the claims given, and the rule that must decide it.</summary>
/// <param name="A">Position of the first claim (less than <paramref name="B"/>).</param>
/// <param name="B">Position of the second claim.</param>
/// <param name="Rule">The rule whose reading paired the two claims.</param>
internal readonly record struct ReadingPair(int A, int B, string Rule);

/// <summary>
/// Pairs the claims of one story by their reading keys (<see cref="IClaimReading"/>): every two claims whose keys pair,
/// in claim order, while both have fewer than <see cref="MaxPairsPerClaim"/> such pairs. Deterministic; memory is the
/// story's keyed claims and the kept pairs (at most half the cap times the keyed claims); the time, the pairs of keys
/// within each group of one rule and value.
/// </summary>
internal static class ReadingCandidates
{
    /// <summary>
    /// Most pairs a claim is given through readings (8): a rule's reading (a progress phrase, a discussed topic) recurs
    /// in a handful of claims of one story; the cap keeps a story where it recurs in hundreds from pairing them all.
    /// </summary>
    public const int MaxPairsPerClaim = 8;

    /// <summary>The reading pairs among <paramref name="claims"/> (positions into it), ordered by A, then B.</summary>
    public static List<ReadingPair> Find(IReadOnlyList<Claim> claims, IReadOnlyList<IClaimReading> readings, CancellationToken cancellationToken) =>
        Find(claims, readings, out _, cancellationToken);

    /// <summary>As <see cref="Find(IReadOnlyList{Claim}, IReadOnlyList{IClaimReading}, CancellationToken)"/>, counting in
    /// <paramref name="dropped"/> the pairs the cap per claim left out.</summary>
    public static List<ReadingPair> Find(IReadOnlyList<Claim> claims, IReadOnlyList<IClaimReading> readings, out int dropped, CancellationToken cancellationToken)
    {
        dropped = 0;
        var keyed = new List<(int Index, ReadingKey Key)>();
        for (int i = 0; i < claims.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var reading in readings)
                foreach (var key in reading.KeysOf(claims[i])) keyed.Add((i, key));
        }
        var pairs = new List<ReadingPair>();
        if (keyed.Count < 2) return pairs;
        // By rule and value, so that only keys of one group are compared; then claim order within a group.
        var groups = keyed.GroupBy(k => (k.Key.Rule, k.Key.Value))
            .OrderBy(g => g.Key.Rule, StringComparer.Ordinal).ThenBy(g => g.Key.Value, StringComparer.Ordinal);
        var found = new SortedDictionary<long, string>();
        var counts = new Dictionary<int, int>();
        // Pairs the cap left out (a pair may be keyed by several values: counted once).
        var capped = new HashSet<long>();
        foreach (var group in groups)
        {
            var members = group.OrderBy(k => k.Index).ToList();
            for (int x = 0; x < members.Count; x++)
                for (int y = x + 1; y < members.Count; y++)
                {
                    var (a, ka) = members[x];
                    var (b, kb) = members[y];
                    long bits = ((long)a << 32) | (uint)b;
                    if (a == b || !ka.Pairs(kb) || found.ContainsKey(bits)) continue;
                    if (counts.GetValueOrDefault(a) >= MaxPairsPerClaim || counts.GetValueOrDefault(b) >= MaxPairsPerClaim)
                    {
                        capped.Add(bits);
                        continue;
                    }
                    found[bits] = ka.Rule;
                    counts[a] = counts.GetValueOrDefault(a) + 1;
                    counts[b] = counts.GetValueOrDefault(b) + 1;
                }
        }
        dropped = capped.Count;
        foreach (var (bits, rule) in found) pairs.Add(new ReadingPair((int)(bits >> 32), (int)(uint)bits, rule));
        return pairs;
    }
}
