using Claims.Matching;

namespace Claims.Tests.Matching;

/// <summary>
/// The all-pairs search is bounded per claim (<see cref="ClaimIndexOptions.MaxPairsPerClaim"/>,
/// <see cref="ClaimIndexOptions.MaxCandidatesPerClaim"/>), says so when a bound is reached, and can be enumerated
/// lazily with the same pairs.
/// </summary>
public sealed class PairSearchBoundsTests
{
    // Copies of one transcript-like sentence pair: every copy is related to every other copy of its sentence.
    private static List<Claim> Repeated(int copies)
    {
        var claims = new List<Claim>(copies * 2);
        for (int i = 0; i < copies; i++)
        {
            claims.Add(MatchingData.Claim("a" + (i % 7), 2 * i, "Smith said the Moscow budget deal will pass in March."));
            claims.Add(MatchingData.Claim("a" + (i % 7), 2 * i + 1, "Jones said the Moscow budget deal will fail in March."));
        }
        return claims;
    }

    [Test]
    public void UnboundedSearchOnRealisticClaimsReachesNoBound()
    {
        var claims = MatchingData.NewsLike(400, 41).Concat(MatchingData.Random(400, 41)).ToList();
        using var index = ClaimIndex.Build(claims);
        var tally = new PairSearchTally();
        var pairs = index.FindAllPairs(tally);
        Assert.That(pairs, Is.Not.Empty);
        Assert.That(tally.ReachedBound, Is.False);
        Assert.That(tally.Describe(), Is.Null);
        Assert.That(tally.PostingsScanned, Is.GreaterThanOrEqualTo(tally.PairsScored));
    }

    [Test]
    public void RepeatedSentencesGiveAtMostTheCapPerClaimAndSaySo()
    {
        var claims = Repeated(300);
        const int cap = 10;
        using var index = ClaimIndex.Build(claims, ClaimIndexOptions.Default with { MaxPairsPerClaim = cap });
        var tally = new PairSearchTally();
        var pairs = index.FindAllPairs(tally);

        var perClaim = pairs.GroupBy(p => p.First.Id).Select(g => g.Count()).ToList();
        Assert.That(perClaim.Max(), Is.EqualTo(cap));
        Assert.That(pairs.Count, Is.LessThanOrEqualTo(cap * claims.Count));
        Assert.That(tally.ClaimsAtPairCap, Is.GreaterThan(0));
        Assert.That(tally.ReachedBound, Is.True);
        Assert.That(tally.Describe(), Does.StartWith("pairing bounded:"));
        // Ordered by first claim, then second, like an unbounded search.
        var order = pairs.Select(p => (claims.IndexOf(p.First), claims.IndexOf(p.Second))).ToList();
        Assert.That(order, Is.EqualTo(order.OrderBy(x => x.Item1).ThenBy(x => x.Item2).ToList()));
    }

    [Test]
    public void PairCapKeepsTheMostSimilarLikeTheExhaustiveSearch()
    {
        var claims = MatchingData.NewsLike(300, 43, claimsPerArticle: 3);
        var options = ClaimIndexOptions.Default with { Threshold = 0.1, MinSharedFeatures = 1 };
        using var unbounded = ClaimIndex.Build(claims, options with { MaxPairsPerClaim = int.MaxValue });
        var all = unbounded.FindAllPairs();
        // A cap some claims exceed while none finds four times it (the early stop), so the indexed search must keep the
        // same top pairs as scoring all of them.
        int mostPerClaim = all.GroupBy(p => p.First.Id).Max(g => g.Count());
        int cap = mostPerClaim / 4 + 1;
        Assert.That(mostPerClaim, Is.GreaterThan(cap), "the data should have claims with many related claims");
        using var index = ClaimIndex.Build(claims, options with { MaxPairsPerClaim = cap });
        var tally = new PairSearchTally();
        var bounded = index.FindAllPairs(tally);
        Assert.That(tally.ClaimsAtCandidateCap, Is.Zero);
        Assert.That(tally.ClaimsAtPairCap, Is.GreaterThan(0));
        Assert.That(bounded, Is.EqualTo(index.FindAllPairsExhaustive()));
        foreach (var row in all.GroupBy(p => p.First.Id))
        {
            var expected = row.OrderByDescending(p => p.Similarity).ThenBy(p => claims.IndexOf(p.Second)).Take(cap)
                .Select(p => p.Second.Id).Order(StringComparer.Ordinal);
            var got = bounded.Where(p => p.First.Id == row.Key).Select(p => p.Second.Id).Order(StringComparer.Ordinal);
            Assert.That(got, Is.EqualTo(expected), $"pairs kept for {row.Key}");
        }
        Assert.That(tally.PairsDropped, Is.EqualTo(all.Count - bounded.Count));
    }

    [Test]
    public void CandidateCapStopsEarlyReturnsOnlyRealPairsAndSaysSo()
    {
        var claims = Repeated(200);
        using var index = ClaimIndex.Build(claims, ClaimIndexOptions.Default with { MaxCandidatesPerClaim = 25 });
        using var reference = ClaimIndex.Build(claims, ClaimIndexOptions.Default with { MaxPairsPerClaim = int.MaxValue });
        var all = reference.FindAllPairs().Select(p => (p.First.Id, p.Second.Id)).ToHashSet();
        var tally = new PairSearchTally();
        var bounded = index.FindAllPairs(tally);
        Assert.That(bounded.All(p => all.Contains((p.First.Id, p.Second.Id))), Is.True);
        Assert.That(tally.ClaimsAtCandidateCap, Is.GreaterThan(0));
        Assert.That(tally.PostingsScanned, Is.LessThanOrEqualTo(25L * claims.Count));
        Assert.That(tally.Describe(), Does.Contain("stopped searching early"));
    }

    [Test]
    public void ClaimsWithFewerFeaturesThanTheMinimumSharedScanNothingAndLoseNoPair()
    {
        // Thousands of copies of a one-word claim among real pairs: the copies can share only one feature (fewer than
        // MinSharedFeatures), so they look at no posting, and the pairs are the exhaustive search's.
        var claims = Repeated(20);
        for (int i = 0; i < 3000; i++) claims.Add(MatchingData.Claim("b" + (i % 5), 100 + i, "Budget."));
        using var index = ClaimIndex.Build(claims);
        var tally = new PairSearchTally();
        var pairs = index.FindAllPairs(tally);
        Assert.That(pairs, Is.EqualTo(index.FindAllPairsExhaustive()));
        Assert.That(pairs, Is.Not.Empty);
        // Without the skip, the copies alone would scan about 3000 × 3000 / 2 postings.
        Assert.That(tally.PostingsScanned, Is.LessThan(200_000L));
    }

    [Test]
    public void LazyEnumerationGivesTheSamePairsInTheSameOrder()
    {
        // More claims than one wave, so the enumeration crosses waves.
        var claims = MatchingData.NewsLike(2500, 45).Concat(MatchingData.Random(2500, 45)).ToList();
        using var index = ClaimIndex.Build(claims);
        var eager = index.FindAllPairs();
        var lazyTally = new PairSearchTally();
        Assert.That(index.EnumerateAllPairs(lazyTally).ToList(), Is.EqualTo(eager));
        Assert.That(index.EnumeratePairPositions(new PairSearchTally(), CancellationToken.None).ToList(),
            Is.EqualTo(index.AllPairPositions(exhaustive: false, CancellationToken.None)));
        Assert.That(lazyTally.PostingsScanned, Is.GreaterThan(0));
    }

    [Test]
    public void LazyEnumerationStopsWhenCancelled()
    {
        var claims = MatchingData.NewsLike(6000, 47);
        using var index = ClaimIndex.Build(claims);
        using var source = new CancellationTokenSource();
        var pairs = index.EnumerateAllPairs(null, source.Token);
        using var enumerator = pairs.GetEnumerator();
        Assert.That(enumerator.MoveNext(), Is.True);
        source.Cancel();
        Assert.That(() => { while (enumerator.MoveNext()) { } }, Throws.InstanceOf<OperationCanceledException>());
    }

    [TestCase(0, 1)]
    [TestCase(1, 0)]
    [TestCase(-5, 10)]
    public void BoundsMustBePositive(int maxPairs, int maxCandidates)
    {
        var options = ClaimIndexOptions.Default with { MaxPairsPerClaim = maxPairs, MaxCandidatesPerClaim = maxCandidates };
        Assert.That(() => new ClaimIndex(options), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
