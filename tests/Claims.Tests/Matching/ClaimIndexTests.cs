using Claims.Matching;
using Claims.Segmentation;
using Claims.Text;

namespace Claims.Tests.Matching;

/// <summary>Generators of claims for the matching tests: random word soups and news-like template sentences.</summary>
internal static class MatchingData
{
    private static readonly string[] Names = ["Trump", "Putin", "Dmitriev", "Merkel", "Macron", "Zelensky", "Lavrov", "Pompeo", "Kremlin", "NATO"];
    private static readonly string[] Places = ["Helsinki", "Moscow", "Washington", "Berlin", "Paris", "Kyiv", "Geneva"];
    private static readonly string[] Nouns = ["summit", "meeting", "sanctions", "talks", "election", "treaty", "pipeline", "ceasefire", "tariffs", "vote", "budget", "report", "troops", "deal"];
    private static readonly string[] Verbs = ["cancelled", "postponed", "confirmed", "denied", "approved", "rejected", "announced", "criticized", "delayed", "signed"];
    private static readonly string[] Fillers = ["officials", "on Monday", "according to sources", "the spokesman", "reporters", "last week", "in a statement", "again", "publicly"];

    public static Claim Claim(string articleId, int n, string text) => Claims.Claim.FromText(articleId, n, text);

    /// <summary>News-like sentences over a small shared vocabulary, so that many pairs are near the threshold.</summary>
    public static List<Claim> NewsLike(int count, int seed, int claimsPerArticle = 5)
    {
        var random = new Random(seed);
        var claims = new List<Claim>(count);
        for (int i = 0; i < count; i++)
        {
            string Pick(string[] words) => words[random.Next(words.Length)];
            string text = random.Next(4) switch
            {
                0 => $"{Pick(Names)} said the {Pick(Nouns)} with {Pick(Names)} was {Pick(Verbs)}.",
                1 => $"The {Pick(Nouns)} in {Pick(Places)} was {Pick(Verbs)}, not {Pick(Verbs)}, {Pick(Names)} said {Pick(Fillers)}.",
                2 => $"{Pick(Fillers)} {Pick(Names)} {Pick(Verbs)} {random.Next(2, 60) * 100:N0} {Pick(Nouns)} and the {Pick(Nouns)}.",
                _ => $"According to {Pick(Names)}, the {Pick(Nouns)} {Pick(Verbs)} in {Pick(Places)} {Pick(Fillers)} {random.Next(1990, 2030)}.",
            };
            claims.Add(Claim($"n{seed}-{i / claimsPerArticle}", i % claimsPerArticle, text));
        }
        return claims;
    }

    /// <summary>Random word soups: words drawn skewed from a vocabulary of made-up words, some capitalized, some numbers.</summary>
    public static List<Claim> Random(int count, int seed, int vocabulary = 300)
    {
        var random = new Random(seed);
        var claims = new List<Claim>(count);
        for (int i = 0; i < count; i++)
        {
            int length = 2 + random.Next(12);
            var words = new List<string>();
            for (int k = 0; k < length; k++)
            {
                // Squaring a uniform draw favours low ranks: a few frequent words and a long tail.
                double u = random.NextDouble();
                int rank = (int)(u * u * vocabulary);
                string word = random.Next(10) == 0 ? rank.ToString(System.Globalization.CultureInfo.InvariantCulture) : "w" + Spell(rank);
                if (random.Next(5) == 0) word = char.ToUpperInvariant(word[0]) + word[1..];
                words.Add(word);
            }
            claims.Add(Claim($"r{seed}-{i / 7}", i % 7, string.Join(' ', words) + "."));
        }
        return claims;
    }

    private static string Spell(int rank)
    {
        // Letters only, so the stemmer sees ordinary words.
        const string letters = "bcdfghklmnprstvz";
        var chars = new List<char>();
        do { chars.Add(letters[rank % 16]); chars.Add("aeiou"[rank % 5]); rank /= 16; } while (rank > 0);
        return new string(chars.ToArray());
    }
}

/// <summary>
/// An independent statement of the similarity (features, IDF weights, boosts, cosine, shared count), written with
/// dictionaries and doubles from the definitions in the docs; the index must agree with it on every pair.
/// </summary>
internal static class ReferenceSimilarity
{
    public static Dictionary<string, double> Vector(string text, IdfTable idf, ClaimIndexOptions options)
    {
        var extractor = options.Extractor;
        var vector = new Dictionary<string, double>(StringComparer.Ordinal);
        bool first = true;
        foreach (var token in new Tokenizer().Tokenize(text))
        {
            string word = text.Substring(token.Start, token.End - token.Start);
            if (token.Kind == TokenKind.Number)
            {
                Put(TermExtractor.NormalizeNumber(word), options.NumberBoost);
                continue;
            }
            if (token.Kind != TokenKind.Word) continue;
            bool allCaps = word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));
            bool entity = char.IsUpper(word[0]) && (!first || allCaps);
            first = false;
            string lower = TermExtractor.Lower(word);
            if (lower.Length < 2 || extractor.IsStopWord(lower)) continue;
            Put(extractor.Stem(lower), entity ? options.EntityBoost : 1.0);
        }
        return vector;

        void Put(string term, double boost)
        {
            double weight = idf.Idf(term) * boost;
            vector[term] = Math.Max(vector.GetValueOrDefault(term), weight);
        }
    }

    public static (double Cosine, int Shared) Compare(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        double dot = 0, na = 0, nb = 0;
        int shared = 0;
        foreach (var (term, w) in a)
        {
            na += w * w;
            if (b.TryGetValue(term, out double v)) { dot += w * v; shared++; }
        }
        foreach (var w in b.Values) nb += w * w;
        return na == 0 || nb == 0 ? (0, shared) : (dot / Math.Sqrt(na * nb), shared);
    }

    /// <summary>Every related pair by brute force, as claim-id pairs (earlier claim first) with the cosine.</summary>
    public static Dictionary<(string, string), double> AllPairs(IReadOnlyList<Claim> claims, IdfTable idf, ClaimIndexOptions options)
    {
        var vectors = claims.Select(c => Vector(c.Text, idf, options)).ToList();
        var pairs = new Dictionary<(string, string), double>();
        for (int a = 0; a < claims.Count; a++)
            for (int b = a + 1; b < claims.Count; b++)
            {
                if (options.CrossArticleOnly && claims[a].ArticleId == claims[b].ArticleId) continue;
                var (cosine, shared) = Compare(vectors[a], vectors[b]);
                if (cosine >= options.Threshold && shared >= options.MinSharedFeatures)
                    pairs[(claims[a].Id, claims[b].Id)] = cosine;
            }
        return pairs;
    }
}

[TestFixture]
public sealed class ClaimIndexTests
{
    // Pairs this close to the threshold may fall either side through float rounding of the stored weights.
    private const double Rounding = 1e-5;

    private static void AssertSamePairs(Dictionary<(string, string), double> expected, IReadOnlyList<ClaimPairMatch> actual, double threshold)
    {
        var got = actual.ToDictionary(p => (p.First.Id, p.Second.Id), p => p.Similarity);
        foreach (var (pair, similarity) in expected)
        {
            if (got.TryGetValue(pair, out double value))
                Assert.That(value, Is.EqualTo(similarity).Within(Rounding), $"similarity of {pair}");
            else
                Assert.That(similarity, Is.LessThan(threshold + Rounding), $"pair {pair} (similarity {similarity}) missing from the index result");
        }
        foreach (var (pair, similarity) in got)
            if (!expected.ContainsKey(pair))
                Assert.That(similarity, Is.LessThan(threshold + Rounding), $"pair {pair} (similarity {similarity}) reported but not related");
    }

    [TestCase(0.2, 1, false, 11)]
    [TestCase(0.3, 2, false, 12)]
    [TestCase(0.3, 2, true, 13)]
    [TestCase(0.5, 1, false, 14)]
    [TestCase(0.8, 2, false, 15)]
    public void AllPairsEqualBruteForceOnNewsLikeAndRandomClaims(double threshold, int minShared, bool crossArticleOnly, int seed)
    {
        var claims = MatchingData.NewsLike(400, seed).Concat(MatchingData.Random(400, seed)).ToList();
        var options = ClaimIndexOptions.Default with { Threshold = threshold, MinSharedFeatures = minShared, CrossArticleOnly = crossArticleOnly };
        using var index = ClaimIndex.Build(claims, options);
        var expected = ReferenceSimilarity.AllPairs(claims, index.Idf, options);
        Assert.That(expected, Is.Not.Empty, "the data should contain related pairs");

        var found = index.FindAllPairs();
        AssertSamePairs(expected, found, threshold);
        // The index must also agree exactly with its own exhaustive scoring, in the same order.
        Assert.That(found, Is.EqualTo(index.FindAllPairsExhaustive()));
    }

    [Test]
    public void FindRelatedEqualsBruteForceForIndexedAndOutsideClaims()
    {
        var claims = MatchingData.NewsLike(300, 21);
        var options = ClaimIndexOptions.Default;
        using var index = ClaimIndex.Build(claims, options);
        var outside = MatchingData.NewsLike(20, 22).Select(c => c with { Id = "q-" + c.Id, ArticleId = "q" });
        foreach (var query in claims.Take(40).Concat(outside))
        {
            var queryVector = ReferenceSimilarity.Vector(query.Text, index.Idf, options);
            var expected = claims.Where(c => c.Id != query.Id)
                .Select(c => (c.Id, Score: ReferenceSimilarity.Compare(queryVector, ReferenceSimilarity.Vector(c.Text, index.Idf, options))))
                .Where(x => x.Score.Cosine >= options.Threshold + Rounding && x.Score.Shared >= options.MinSharedFeatures)
                .Select(x => x.Id).ToHashSet();
            var related = index.FindRelated(query);
            var got = related.Select(m => m.Claim.Id).ToHashSet();
            Assert.That(got.IsSupersetOf(expected), Is.True, $"missing related claims for {query.Id}");
            Assert.That(related.Select(m => m.Similarity), Is.Ordered.Descending);
            if (index.Contains(query.Id))
                Assert.That(index.FindRelated(query.Id).Select(m => m.Claim.Id), Is.EqualTo(related.Select(m => m.Claim.Id)));
        }
    }

    [Test]
    public void IndexScoresFarFewerPairsThanExhaustive()
    {
        var claims = MatchingData.Random(3000, 31, vocabulary: 3000);
        using var index = ClaimIndex.Build(claims);
        var work = new PairSearchTally();
        var pairs = index.AllPairPositions(exhaustive: false, CancellationToken.None, 1, work);
        long allPairs = (long)claims.Count * (claims.Count - 1) / 2;
        Assert.That(work.PairsScored, Is.LessThan(allPairs / 10), "the prefix filter should prune most pairs");
        Assert.That(pairs, Is.EqualTo(index.AllPairPositions(exhaustive: true, CancellationToken.None)));
    }

    [Test]
    public void DefaultThresholdPairsTheSummitClaimsAndNotUnrelatedOnes()
    {
        var background = new[]
        {
            "Trump spoke to reporters at the White House on Monday.",
            "Putin met the Chinese president in Moscow.",
            "Trump said the economy was strong.",
            "The Kremlin said Putin would travel to Beijing next week.",
            "Trump and Putin spoke by phone for an hour.",
            "Democrats criticized Trump over the budget.",
            "Putin said Russia would respond to new sanctions.",
            "The weather in Paris was sunny on Tuesday.",
            "Apple released a new iPhone with a larger screen.",
            "The central bank raised interest rates by a quarter point.",
            // As in real news about them, the two presidents are named often, so their names alone weigh little.
            "Trump will visit Ohio on Friday.",
            "Putin praised the Russian army.",
            "Trump signed an executive order on trade.",
            "Putin hosted a security council meeting.",
            "Trump criticized the media again.",
            "Putin's spokesman declined to comment.",
            "Trump's lawyers filed an appeal.",
            "Putin warned the West against escalation.",
            "Trump told supporters the election was rigged.",
            "Putin and Xi signed an energy agreement.",
        };
        var claims = background.Select((t, i) => MatchingData.Claim("bg" + i, 0, t)).ToList();
        var trump = MatchingData.Claim("a", 0, "Trump said the summit with Putin was cancelled.");
        var dmitriev = MatchingData.Claim("b", 0, "The summit was postponed, not cancelled, Dmitriev said.");
        claims.Add(trump);
        claims.Add(dmitriev);
        using var index = ClaimIndex.Build(claims);

        var related = index.FindRelated(trump.Id);
        Assert.That(related.Select(m => m.Claim.Id), Does.Contain(dmitriev.Id));
        Assert.That(index.Similarity(trump, dmitriev), Is.GreaterThanOrEqualTo(ClaimIndexOptions.DefaultThreshold));
        // Sharing only a name ("Trump", "Putin") or nothing at all is not related content.
        var pairs = index.FindAllPairs().Select(p => (p.First.Id, p.Second.Id)).ToList();
        Assert.That(pairs, Does.Contain((trump.Id, dmitriev.Id)));
        // Neither summit claim pairs with a background sentence that shares only "Trump", "Putin" or "said" with it.
        Assert.That(pairs.Where(p => p.Item1 is "a#0" or "b#0" || p.Item2 is "a#0" or "b#0"), Is.EqualTo(new[] { (trump.Id, dmitriev.Id) }));
        var weather = claims.Single(c => c.Text.StartsWith("The weather", StringComparison.Ordinal));
        Assert.That(index.FindRelated(weather.Id), Is.Empty);
        Assert.That(index.FindRelated(claims.Single(c => c.Text.StartsWith("Trump said the economy", StringComparison.Ordinal)).Id).Select(m => m.Claim.Id),
            Does.Not.Contain(trump.Id), "sharing 'Trump' and 'said' only is not related");
    }

    [Test]
    public void IncrementalAddAndRemoveEqualRebuild()
    {
        var all = MatchingData.NewsLike(600, 41).Concat(MatchingData.Random(300, 41)).ToList();
        var articles = all.GroupBy(c => c.ArticleId).ToList();
        // A background table from the first half, fixed for the whole life of the index (see IdfTable).
        var idf = IdfTable.FromClaims(all.Take(450));
        var options = ClaimIndexOptions.Default with { Idf = idf };

        using var incremental = new ClaimIndex(options);
        foreach (var article in articles) incremental.Add(article);
        var removedArticles = articles.Where((_, i) => i % 3 == 1).Select(a => a.Key).ToHashSet();
        foreach (string articleId in removedArticles)
            Assert.That(incremental.RemoveArticle(articleId), Is.GreaterThan(0));
        var removedClaim = all.First(c => !removedArticles.Contains(c.ArticleId));
        Assert.That(incremental.Remove(removedClaim.Id), Is.True);
        Assert.That(incremental.Remove(removedClaim.Id), Is.False);
        // Re-adding an article after removing it works too.
        var readded = articles.First(a => removedArticles.Contains(a.Key));
        incremental.Add(readded);

        var remaining = all.Where(c => !removedArticles.Contains(c.ArticleId) && c.Id != removedClaim.Id).Concat(readded).ToList();
        using var rebuilt = ClaimIndex.Build(remaining, options);
        Assert.That(incremental.Count, Is.EqualTo(remaining.Count));
        Assert.That(incremental.Claims, Is.EqualTo(remaining));

        var fromIncremental = incremental.FindAllPairs();
        var fromRebuild = rebuilt.FindAllPairs();
        Assert.That(fromIncremental.Select(p => (p.First.Id, p.Second.Id)), Is.EqualTo(fromRebuild.Select(p => (p.First.Id, p.Second.Id))));
        Assert.That(fromIncremental.Select(p => p.Similarity), Is.EqualTo(fromRebuild.Select(p => p.Similarity)).Within(1e-9));
        AssertSamePairs(ReferenceSimilarity.AllPairs(remaining, idf, options), fromIncremental, options.Threshold);
        foreach (var claim in remaining.Take(50))
            Assert.That(incremental.FindRelated(claim.Id).Select(m => m.Claim.Id), Is.EquivalentTo(rebuilt.FindRelated(claim.Id).Select(m => m.Claim.Id)));
    }

    [Test]
    public void ResultsAreIdenticalAcrossRunsAndDegreesOfParallelism()
    {
        var claims = MatchingData.NewsLike(500, 51).Concat(MatchingData.Random(500, 51)).ToList();
        List<(string, string, double)> Run(int parallelism)
        {
            using var index = ClaimIndex.Build(claims, ClaimIndexOptions.Default with { MaxDegreeOfParallelism = parallelism });
            return index.FindAllPairs().Select(p => (p.First.Id, p.Second.Id, p.Similarity)).ToList();
        }
        var first = Run(-1);
        Assert.That(first, Is.Not.Empty);
        Assert.That(Run(-1), Is.EqualTo(first));
        Assert.That(Run(1), Is.EqualTo(first));
        Assert.That(Run(3), Is.EqualTo(first));
    }

    [Test]
    public void ConcurrentQueriesGiveTheSameResultsAsSequentialOnes()
    {
        var claims = MatchingData.NewsLike(800, 61);
        using var index = ClaimIndex.Build(claims);
        var expected = claims.Select(c => index.FindRelated(c.Id).Select(m => (m.Claim.Id, m.Similarity)).ToList()).ToList();
        var expectedPairs = index.FindAllPairs();
        var tasks = Enumerable.Range(0, 8).Select(t => Task.Run(() =>
        {
            for (int round = 0; round < 3; round++)
                for (int i = t; i < claims.Count; i += 2)
                {
                    var got = index.FindRelated(claims[i].Id).Select(m => (m.Claim.Id, m.Similarity)).ToList();
                    if (!got.SequenceEqual(expected[i])) return $"claim {claims[i].Id} differs under concurrency";
                }
            return index.FindAllPairs().SequenceEqual(expectedPairs) ? null : "all pairs differ under concurrency";
        })).ToArray();
        Task.WaitAll(tasks);
        Assert.That(tasks.Select(t => t.Result).Where(r => r is not null), Is.Empty);
    }

    [Test]
    public void QueriesRunWhileArticlesAreAdded()
    {
        var claims = MatchingData.NewsLike(600, 71);
        using var index = ClaimIndex.Build(claims.Take(300), ClaimIndexOptions.Default with { Idf = IdfTable.FromClaims(claims) });
        var writer = Task.Run(() =>
        {
            foreach (var article in claims.Skip(300).GroupBy(c => c.ArticleId)) index.Add(article);
        });
        var reader = Task.Run(() =>
        {
            while (!writer.IsCompleted)
                foreach (var claim in claims.Take(50)) index.FindRelated(claim.Id);
        });
        Task.WaitAll(writer, reader);
        Assert.That(index.Count, Is.EqualTo(600));
        using var rebuilt = ClaimIndex.Build(claims, index.Options);
        Assert.That(index.FindAllPairs(), Is.EqualTo(rebuilt.FindAllPairs()).Using<ClaimPairMatch>((a, b) =>
            a.First.Id == b.First.Id && a.Second.Id == b.Second.Id && Math.Abs(a.Similarity - b.Similarity) < 1e-9));
    }

    [Test]
    public void NullInputIsRejected()
    {
        Assert.Throws<ArgumentNullException>(() => ClaimIndex.Build(null!));
        Assert.Throws<ArgumentNullException>(() => ClaimIndex.Build([MatchingData.Claim("a", 0, "Text one here."), null!]));
        using var index = new ClaimIndex();
        Assert.Throws<ArgumentNullException>(() => index.Add(null!));
        Assert.Throws<ArgumentNullException>(() => index.FindRelated((Claim)null!));
        Assert.Throws<ArgumentNullException>(() => index.FindRelated((string)null!));
        Assert.Throws<ArgumentNullException>(() => index.RemoveArticle(null!));
        Assert.Throws<ArgumentNullException>(() => new IndexedClaimPairer().FindPairs(null!, CancellationToken.None));
        Assert.Throws<ArgumentNullException>(() => IdfTable.FromTexts(null!));
        Assert.Throws<ArgumentNullException>(() => IdfTable.FromTexts(["a text", null!]));
        Assert.Throws<KeyNotFoundException>(() => index.FindRelated("missing#0"));
    }

    [Test]
    public void DuplicateIdsAreRejectedNamingTheId()
    {
        var a = MatchingData.Claim("art", 3, "The summit was cancelled.");
        var b = MatchingData.Claim("art", 3, "Another text entirely.");
        var ex = Assert.Throws<ArgumentException>(() => ClaimIndex.Build([a, b]));
        Assert.That(ex!.Message, Does.Contain("'art#3'"));
        Assert.Throws<ArgumentException>(() => new IndexedClaimPairer().FindPairs([a, b], CancellationToken.None));

        using var index = ClaimIndex.Build([a]);
        var c = MatchingData.Claim("other", 0, "A third text.");
        var added = Assert.Throws<ArgumentException>(() => index.Add([c, b]));
        Assert.That(added!.Message, Does.Contain("'art#3'"));
        Assert.That(index.Count, Is.EqualTo(1), "a failed add adds nothing");
        Assert.That(index.Contains(c.Id), Is.False);
    }

    [Test]
    public void ClaimsWithoutContentTermsPairWithNothing()
    {
        var claims = new[]
        {
            MatchingData.Claim("a", 0, "It was, and it is."),
            MatchingData.Claim("b", 0, "It was, and it is."),
            MatchingData.Claim("c", 0, ""),
            MatchingData.Claim("d", 0, "The summit in Helsinki was cancelled."),
            MatchingData.Claim("e", 0, "The Helsinki summit was cancelled."),
        };
        using var index = ClaimIndex.Build(claims);
        Assert.That(index.FindAllPairs().Select(p => (p.First.Id, p.Second.Id)), Is.EqualTo(new[] { ("d#0", "e#0") }));
        Assert.That(index.FindRelated("a#0"), Is.Empty);
        Assert.That(index.Similarity(claims[0], claims[1]), Is.Zero);
    }

    [Test]
    public void CancellationIsHonoured()
    {
        var claims = MatchingData.Random(2000, 81);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.That(() => ClaimIndex.Build(claims, cancellationToken: cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
        using var index = ClaimIndex.Build(claims);
        Assert.That(() => index.FindAllPairs(cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(() => new IndexedClaimPairer().FindPairs(claims, cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void InvalidOptionsAreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ClaimIndex(ClaimIndexOptions.Default with { Threshold = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ClaimIndex(ClaimIndexOptions.Default with { Threshold = 1.5 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ClaimIndex(ClaimIndexOptions.Default with { MinSharedFeatures = 0 }));
        using var index = new ClaimIndex();
        Assert.Throws<ArgumentOutOfRangeException>(() => index.FindRelated(MatchingData.Claim("a", 0, "x y z"), threshold: 0.1));
    }
}

[TestFixture]
public sealed class ClaimPairerTests
{
    [Test]
    public void IndexedPairerEqualsExhaustivePairerWithOrderedIndices()
    {
        var claims = MatchingData.NewsLike(500, 91).Concat(MatchingData.Random(500, 92)).ToList();
        var indexed = new IndexedClaimPairer().FindPairs(claims, CancellationToken.None);
        var exhaustive = new ExhaustiveClaimPairer().FindPairs(claims, CancellationToken.None);
        Assert.That(indexed, Is.Not.Empty);
        Assert.That(indexed, Is.EqualTo(exhaustive));
        Assert.That(indexed.All(p => p.A < p.B && p.Similarity is > 0 and <= 1), Is.True);
        Assert.That(indexed.Select(p => ((long)p.A << 32) | (uint)p.B), Is.Ordered.Ascending);
    }

    [Test]
    public void PairIndicesPointIntoTheGivenList()
    {
        var claims = new[]
        {
            MatchingData.Claim("x", 0, "The weather in Paris was sunny on Tuesday."),
            MatchingData.Claim("a", 0, "Trump said the summit with Putin in Helsinki was cancelled."),
            MatchingData.Claim("y", 0, "Apple released a new iPhone with a larger screen."),
            MatchingData.Claim("b", 0, "The Helsinki summit with Putin was cancelled, Trump said."),
        };
        var pairs = new IndexedClaimPairer().FindPairs(claims, CancellationToken.None);
        Assert.That(pairs.Select(p => (p.A, p.B)), Is.EqualTo(new[] { (1, 3) }));
        Assert.That(pairs[0].Similarity, Is.GreaterThan(0.9));
    }
}
