using System.Globalization;

namespace Claims.Tests.Hostile;

/// <summary>
/// A seeded mutation fuzzer over the bundled seed articles (<see cref="ArticleMutator"/>): each mutated article is read
/// from its bytes as a user's file would be and analyzed twice, asserting the <see cref="ReportInvariants"/>. The
/// budget is a fixed number of articles, so CI runs the same inputs every time (a few seconds); set
/// <c>CLAIMS_FUZZ_ITERATIONS</c> (and <c>CLAIMS_FUZZ_SEED</c>) to run longer or elsewhere. A failure names the seed,
/// the iteration and the mutations, and leaves the input in the temp folder.
/// </summary>
public class MutationFuzzTests
{
    private const int DefaultIterations = 24;
    private const int DefaultSeed = 20261204;

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) && value > 0 ? value : fallback;

    [Test]
    public void MutatedArticlesAnalyzeCleanlyAndAlike()
    {
        int iterations = Setting("CLAIMS_FUZZ_ITERATIONS", DefaultIterations);
        int seed = Setting("CLAIMS_FUZZ_SEED", DefaultSeed);
        var mutator = new ArticleMutator(ReportInvariants.SeedTexts, seed);
        int analyzed = 0, refused = 0;
        for (int i = 0; i < iterations; i++)
        {
            var (bytes, steps) = mutator.Next();
            string what = $"seed {seed}, iteration {i}: {steps}";
            try
            {
                Article article;
                try
                {
                    article = Article.FromStream(new MemoryStream(bytes), "fuzz" + i);
                }
                catch (ArticleLoadException e)
                {
                    // The documented refusal (binary content): it must name the input.
                    Assert.That(e.Message, Does.Contain("fuzz" + i), what);
                    refused++;
                    continue;
                }
                ReportInvariants.AnalyzeTwice([article], what);
                analyzed++;
            }
            catch (Exception) when (Keep(bytes, seed, i) is var path)
            {
                TestContext.Out.WriteLine($"{what}; input kept at {path}");
                throw;
            }
        }
        TestContext.Out.WriteLine($"fuzz: {analyzed} analyzed, {refused} refused as binary, seed {seed}");
        Assert.That(analyzed, Is.GreaterThan(iterations / 2), "most mutated articles are text and must be analyzed");
    }

    [Test]
    public void MutatedArticlesTogetherWithTheSeeds()
    {
        // Pairing and stance across mutated copies of the same articles and the originals.
        var mutator = new ArticleMutator(ReportInvariants.SeedTexts, Setting("CLAIMS_FUZZ_SEED", DefaultSeed) + 1);
        var articles = new List<Article>();
        for (int i = 0; articles.Count < 6 && i < 60; i++)
        {
            var (bytes, _) = mutator.Next();
            try { articles.Add(Article.FromStream(new MemoryStream(bytes), "fuzz" + i)); }
            catch (ArticleLoadException) { }
        }
        articles.AddRange(ReportInvariants.SeedTexts.Select((t, i) => Article.FromString(t, "seed" + i)));
        var report = ReportInvariants.AnalyzeTwice(articles, "mutated articles with the seeds");
        Assert.That(report.Pairs, Is.Not.Empty, "mutated copies of the seeds must pair with the originals");
    }

    private static string Keep(byte[] bytes, int seed, int iteration)
    {
        string path = Path.Combine(Path.GetTempPath(), $"claims-fuzz-{seed}-{iteration}.txt");
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
