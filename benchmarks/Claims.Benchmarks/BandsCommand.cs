using System.Globalization;
using Claims.Matching;

namespace Claims.Benchmarks;

/// <summary>
/// <c>bands [--claims N] [--data DIR] [--examples K]</c>: how many related pairs fall in each similarity band above
/// 0.15, with K seeded random example pairs per band; the evidence for the default threshold.
/// </summary>
public sealed class BandsCommand : ICustomCommand
{
    /// <inheritdoc />
    public string Name => "bands";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        int size = 10_000, examples = 6;
        string? data = null;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--claims" && i + 1 < args.Length && int.TryParse(args[++i], CultureInfo.InvariantCulture, out size)) continue;
            if (args[i] == "--examples" && i + 1 < args.Length && int.TryParse(args[++i], CultureInfo.InvariantCulture, out examples)) continue;
            if (args[i] == "--data" && i + 1 < args.Length) { data = args[++i]; continue; }
            Console.Error.WriteLine("usage: bands [--claims N] [--data DIR] [--examples K]");
            return 2;
        }
        var claims = BenchmarkCorpus.Load(size, data).Claims;
        double[] edges = [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.7, 1.01];
        using var index = ClaimIndex.Build(claims, ClaimIndexOptions.Default with { Threshold = edges[0], CrossArticleOnly = true });
        var pairs = index.AllPairPositions(exhaustive: false, CancellationToken.None);
        var random = new Random(11);
        for (int b = 0; b + 1 < edges.Length; b++)
        {
            var band = pairs.Where(p => p.Similarity >= edges[b] && p.Similarity < edges[b + 1]).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"== [{edges[b]:F2}, {Math.Min(1, edges[b + 1]):F2}): {band.Count} cross-article pairs"));
            for (int k = 0; k < examples && band.Count > 0; k++)
            {
                var p = band[random.Next(band.Count)];
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {p.Similarity:F3} | {Clip(claims[p.A].Text)}\n        | {Clip(claims[p.B].Text)}"));
            }
        }
        return 0;
    }

    private static string Clip(string text) => text.Length <= 150 ? text : text[..147] + "...";
}
