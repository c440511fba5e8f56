using System.Diagnostics;
using Claims.Pipeline;
using Claims.Stance;

namespace Claims.Benchmarks;

/// <summary>
/// <c>profile-speed --bodies FILE [--repeat N]</c>: CPU seconds of stance profiling over every FNC-1 body: each body
/// as free text (<see cref="PairFeaturizer.Profile(string)"/>: segmented by the document stages, then profiled), and
/// every claim the pipeline extracts from the bodies (read from its document's tokens). Best of N passes after a
/// warm-up pass; single-threaded. A before/after check of the text model's hot path.
/// </summary>
public sealed class ProfileSpeedCommand : ICustomCommand
{
    /// <inheritdoc />
    public string Name => "profile-speed";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        string? bodies = null;
        int repeat = 3;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--bodies" && i + 1 < args.Length) bodies = args[++i];
            else if (args[i] == "--repeat" && i + 1 < args.Length) repeat = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            else { Console.Error.WriteLine("usage: profile-speed --bodies FNC1_BODIES_CSV [--repeat N]"); return 2; }
        }
        if (bodies is null) { Console.Error.WriteLine("usage: profile-speed --bodies FNC1_BODIES_CSV [--repeat N]"); return 2; }
        var texts = ExtractionBenchmarks.ReadBodies(bodies);
        var stages = DefaultComponents.RuleStages().Concat(DefaultComponents.ClaimStages()).ToArray();
        var claims = new List<Claim>();
        foreach (var text in texts)
        {
            var doc = new Document(Article.FromString(text, "body"));
            foreach (var stage in stages) stage.Process(doc, CancellationToken.None);
            claims.AddRange(doc.Claims);
        }
        var featurizer = new StanceClassifier().Model.Featurizer;
        double bestBodies = double.MaxValue, bestClaims = double.MaxValue;
        long words = 0;
        for (int r = 0; r < repeat + 1; r++)
        {
            var t0 = Process.GetCurrentProcess().TotalProcessorTime;
            words = 0;
            foreach (var text in texts) words += featurizer.Profile(text).Whole.Words.Length;
            var t1 = Process.GetCurrentProcess().TotalProcessorTime;
            foreach (var claim in claims) words += ProfileClaim(featurizer, claim).Whole.Words.Length;
            var t2 = Process.GetCurrentProcess().TotalProcessorTime;
            if (r == 0) continue;
            bestBodies = Math.Min(bestBodies, (t1 - t0).TotalSeconds);
            bestClaims = Math.Min(bestClaims, (t2 - t1).TotalSeconds);
        }
        long chars = texts.Sum(t => (long)t.Length), claimChars = claims.Sum(c => (long)c.Text.Length);
        Console.WriteLine($"{texts.Count} bodies ({chars:N0} chars): profiled in {bestBodies:F3} CPU s ({chars / bestBodies / 1e6:F2} MB/s); " +
            $"{claims.Count} claims ({claimChars:N0} chars): {bestClaims:F3} CPU s ({claimChars / bestClaims / 1e6:F2} MB/s); {words} words");
        return 0;
    }

    // The claim's profile as the stance classifier builds it.
    private static TextProfile ProfileClaim(PairFeaturizer featurizer, Claim claim) => featurizer.Profile(claim.View!);
}
