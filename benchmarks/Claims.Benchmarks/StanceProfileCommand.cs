using System.Diagnostics;
using System.Globalization;
using Claims.Matching;
using Claims.Pipeline;
using Claims.Stance;
using Claims.Tests.Hostile;

namespace Claims.Benchmarks;

/// <summary>
/// <c>stance-profile (--file F [--chars N] | --shape S --size N) [--repeat R]</c>: where the time of one stance verdict
/// goes, on the candidate pairs the analyzer classifies for one article (a file's first N characters, or a generated
/// hostile shape). Single-threaded, after one warm-up pass: the profiles of the claims, then per part of
/// <see cref="StanceClassifier.Classify(TextProfile, TextProfile)"/> (each rule, the shared-content check, the feature
/// vector, the model) the microseconds a pair, and how many pairs reach the model and how many of those could only be
/// neutral (a veto, or an overlap below every model threshold). Best of <c>--repeat</c> passes (default 3).
/// </summary>
public sealed class StanceProfileCommand : ICustomCommand
{
    /// <inheritdoc />
    public string Name => "stance-profile";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        var options = GrowthCaseCommand.Arguments(args);
        string text;
        if (options.TryGetValue("--file", out var file))
        {
            text = File.ReadAllText(file);
            if (options.TryGetValue("--chars", out var chars)) text = text[..Math.Min(text.Length, int.Parse(chars, CultureInfo.InvariantCulture))];
        }
        else if (options.TryGetValue("--shape", out var shape))
            text = HostileText.Generate(Enum.Parse<HostileShape>(shape, ignoreCase: true),
                int.Parse(options.GetValueOrDefault("--size", "100000"), CultureInfo.InvariantCulture), GrowthSupport.SeedTexts());
        else
        {
            Console.Error.WriteLine("usage: stance-profile (--file F [--chars N] | --shape S --size N) [--repeat R]");
            return 2;
        }
        int repeat = int.Parse(options.GetValueOrDefault("--repeat", "3"), CultureInfo.InvariantCulture);
        var analyzer = GrowthSupport.WarmAnalyzer();
        var report = analyzer.Extract([Article.FromString(text, "one")]);
        var claims = report.Articles.SelectMany(a => a.Claims).ToList();
        var counterClaims = new CounterClaims(claims);
        var pairer = (ClaimIndexPairer)DefaultComponents.Pairer();
        var finder = new StoryCandidateFinder(pairer, analyzer.Pairing);
        var candidates = finder.Batches(counterClaims.Proxies, new int[claims.Count], false, CancellationToken.None).SelectMany(b => b)
            .Where(c => !counterClaims.IsExplicit(c.Pair.A, c.Pair.B) && new DifferentVoicesFilter().IsComparable(claims[c.Pair.A], claims[c.Pair.B]))
            .Select(c => (c.Pair.A, c.Pair.B)).ToList();
        Console.WriteLine(GrowthCommand.Invariant($"{text.Length:N0} chars, {claims.Count} claims, {candidates.Count} candidate pairs"));

        var classifier = new StanceClassifier();
        var featurizer = classifier.Model.Featurizer;
        var proxies = counterClaims.Proxies;
        var rules = classifier.Rules;
        var ruleTicks = new long[rules.Count];
        long profileTicks = 0, sharedTicks = 0, computeTicks = 0, predictTicks = 0, classifyTicks = 0;
        int decided = 0, noShared = 0, model = 0, veto = 0, lowOverlap = 0;
        int coverA = featurizer.Features.IndexOf(LexicalFeatures.CoverABest), coverB = featurizer.Features.IndexOf(LexicalFeatures.CoverBBest);
        var rel = classifier.Relatedness;
        float minOverlap = Math.Min(Math.Min(rel.ModelContradictionOverlap, rel.ModelAgreementOverlap), Math.Min(rel.ConfidentAgreementOverlap, rel.ParaphraseOverlap));
        var features = new float[featurizer.FeatureCount];
        var probabilities = new float[classifier.Model.Labels.Count];
        for (int pass = 0; pass <= repeat; pass++)
        {
            // Fresh profiles every pass (the classifier caches them by text): profile with the featurizer directly.
            var profiles = new TextProfile[proxies.Count];
            long t0 = Stopwatch.GetTimestamp();
            for (int i = 0; i < proxies.Count; i++)
                profiles[i] = proxies[i].View is { } view ? featurizer.Profile(view) : featurizer.Profile(proxies[i].Text);
            long passProfile = Stopwatch.GetTimestamp() - t0;
            var passRules = new long[rules.Count];
            long passShared = 0, passCompute = 0, passPredict = 0;
            int pDecided = 0, pNoShared = 0, pModel = 0, pVeto = 0, pLow = 0;
            foreach (var (a, b) in candidates)
            {
                var pa = profiles[a];
                var pb = profiles[b];
                var pair = new StancePair(pa, pb, featurizer.Relations, classifier.Relatedness);
                bool rule = false, vetoed = false;
                for (int r = 0; r < rules.Count; r++)
                {
                    long s = Stopwatch.GetTimestamp();
                    var f = rules[r].Evaluate(pair);
                    passRules[r] += Stopwatch.GetTimestamp() - s;
                    if (f is null) continue;
                    if (f.Effect == RuleEffect.Veto) vetoed = true;
                    else if (f.Label != StanceLabel.Neutral) rule = true;
                }
                if (rule) { pDecided++; continue; }
                long t = Stopwatch.GetTimestamp();
                bool none = StanceClassifier.SharesNoContent(featurizer, pa, pb);
                passShared += Stopwatch.GetTimestamp() - t;
                if (none) { pNoShared++; continue; }
                pModel++;
                t = Stopwatch.GetTimestamp();
                featurizer.Compute(pa, pb, features);
                passCompute += Stopwatch.GetTimestamp() - t;
                t = Stopwatch.GetTimestamp();
                classifier.Model.Predict(features, probabilities);
                passPredict += Stopwatch.GetTimestamp() - t;
                if (vetoed) pVeto++;
                else if (Math.Min(features[coverA], features[coverB]) < minOverlap) pLow++;
            }
            long c0 = Stopwatch.GetTimestamp();
            foreach (var (a, b) in candidates) classifier.Classify(profiles[a], profiles[b]);
            long passClassify = Stopwatch.GetTimestamp() - c0;
            if (pass == 0) continue;
            if (pass == 1 || passClassify < classifyTicks)
            {
                profileTicks = passProfile; ruleTicks = passRules; sharedTicks = passShared; computeTicks = passCompute;
                predictTicks = passPredict; classifyTicks = passClassify;
                (decided, noShared, model, veto, lowOverlap) = (pDecided, pNoShared, pModel, pVeto, pLow);
            }
        }
        double Us(long ticks, int n) => ticks * 1e6 / Stopwatch.Frequency / Math.Max(1, n);
        int pairs = candidates.Count;
        Console.WriteLine(GrowthCommand.Invariant($"profiles: {Us(profileTicks, proxies.Count),8:F2} us a claim"));
        for (int r = 0; r < rules.Count; r++)
            Console.WriteLine(GrowthCommand.Invariant($"rule {rules[r].Name,-14} {Us(ruleTicks[r], pairs),8:F2} us a pair"));
        Console.WriteLine(GrowthCommand.Invariant($"shared-content check {Us(sharedTicks, pairs),6:F2} us a pair (over all pairs; {pairs - decided} reach it)"));
        Console.WriteLine(GrowthCommand.Invariant($"features      {Us(computeTicks, pairs),12:F2} us a pair ({Us(computeTicks, model):F2} us each of the {model} that reach the model)"));
        Console.WriteLine(GrowthCommand.Invariant($"model         {Us(predictTicks, pairs),12:F2} us a pair ({Us(predictTicks, model):F2} us each)"));
        Console.WriteLine(GrowthCommand.Invariant($"whole Classify(profile, profile) {Us(classifyTicks, pairs),6:F2} us a pair, one direction"));
        Console.WriteLine(GrowthCommand.Invariant($"pairs: {pairs}; decided by a rule {decided}; no shared content {noShared}; model {model}, of which vetoed {veto} and overlap below {minOverlap:0.00} {lowOverlap} (neutral whatever the model says)"));
        return 0;
    }
}
