using System.Globalization;
using Claims.Attribution;
using Claims.Pipeline;

namespace Claims.Evaluation;

/// <summary>
/// <c>polnear-filter cv --data DIR [--folds N]</c>: would a learned filter of attributions pay? Runs the library's
/// default stages, labels every attribution by whether its claim matches a gold attribution (one-to-one, Jaccard
/// >= 0.5, as <c>polnear</c> scores), trains a binary FastTree over <see cref="AttributionFeatures"/> on all folds but
/// one (articles dealt to folds in name order) and prints, from the out-of-fold probabilities, the claims, speech
/// recall, precision and speech F1 each drop threshold would give. Deterministic; about 15 s on PolNeAR train.
/// </summary>
public sealed class PolnearFilterCommand : IEvaluationCommand
{
    /// <inheritdoc />
    public string Name => "polnear-filter";

    /// <inheritdoc />
    public string Usage => "cv --data DIR [--folds N]   (cross-validated gain of a learned attribution filter; use ../shared/data/polnear/train)";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        if (args.Length == 0 || args[0] != "cv") { Console.Error.WriteLine($"usage: {Name} {Usage}"); return 2; }
        string? data = null;
        int folds = 5;
        for (int i = 1; i < args.Length; i++)
        {
            if (args[i] == "--data" && i + 1 < args.Length) data = args[++i];
            else if (args[i] == "--folds" && i + 1 < args.Length) folds = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else { Console.Error.WriteLine($"unknown argument '{args[i]}'; usage: {Name} {Usage}"); return 2; }
        }
        if (data is null || !Directory.Exists(Path.Combine(data, "text"))) { Console.Error.WriteLine($"usage: {Name} {Usage}"); return 2; }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var (examples, speechGold) = Collect(data);
        Console.WriteLine($"{examples.Count} attributions from {examples.Select(e => e.Doc).Distinct().Count()} articles ({examples.Count(e => e.Matched)} matched, {examples.Count(e => e.Speech)} speech), {speechGold} speech gold; {watch.Elapsed.TotalSeconds:F1} s");

        // Out-of-fold probabilities: articles are dealt to folds by their index, so a fold never sees its own articles.
        var probability = new double[examples.Count];
        var docs = examples.Select(e => e.Doc).Distinct().ToList();
        var foldOf = docs.Select((d, i) => (d, i % folds)).ToDictionary(x => x.d, x => x.Item2);
        for (int f = 0; f < folds; f++)
        {
            var train = examples.Where(e => foldOf[e.Doc] != f).ToList();
            var model = AttributionFilterModel.Train(train.Select(e => (e.Features, e.Matched)).ToList());
            for (int i = 0; i < examples.Count; i++)
                if (foldOf[examples[i].Doc] == f) probability[i] = model.Probability(examples[i].Features);
            if (f == 0) Console.WriteLine($"per fold: {model.Description}");
        }
        double best = 0, bestF1 = 0;
        Console.WriteLine($"{"threshold",9} {"claims",6} {"sp.rec",6} {"prec",6} {"sp.F1",6} {"matched",7}");
        for (int t = 0; t <= 60; t += 2)
        {
            double threshold = t / 100.0;
            int claims = 0, matched = 0, speech = 0;
            for (int i = 0; i < examples.Count; i++)
            {
                if (probability[i] < threshold) continue;
                claims++;
                if (examples[i].Matched) matched++;
                if (examples[i].Speech) speech++;
            }
            double r = (double)speech / speechGold, p = (double)matched / claims, f1 = 2 * r * p / (r + p);
            if (f1 > bestF1 + 1e-9) { bestF1 = f1; best = threshold; }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{threshold,9:F2} {claims,6} {r,6:F3} {p,6:F3} {f1,6:F3} {matched,7}"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"best threshold {best:F2} (speech F1 {bestF1:F3})"));
        return 0;
    }

    private sealed record Example(string Doc, float[] Features, bool Matched, bool Speech);

    private static (List<Example> Examples, int SpeechGold) Collect(string data)
    {
        var cues = new CueLexicon();
        var stages = DefaultComponents.Stages().ToList();
        var examples = new List<Example>();
        int speechGold = 0;
        foreach (var (name, textFile, ann) in PolnearEvaluation.Articles(data))
        {
            var doc = new Document(Article.FromFile(textFile));
            foreach (var stage in stages) stage.Process(doc, CancellationToken.None);
            var gold = PolnearEvaluation.ReadGold(ann);
            speechGold += gold.Count(g => g.IsSpeech);
            var claims = doc.Claims.Where(c => c.Kind is not (ClaimKind.Author or ClaimKind.Headline)).ToList();
            var (claimMatch, _) = PolnearEvaluation.Match(claims, gold);
            foreach (var a in doc.Attributions)
            {
                var span = ClaimBuilder.Trim(doc.Text, a.Content);
                int c = claims.FindIndex(x => x.Span == span && x.Kind == a.Kind && x.CueSpan == a.Cue);
                if (c < 0) continue;
                var features = new float[AttributionFeatures.Count];
                AttributionFeatures.Compute(doc, a, cues, features);
                bool matched = claimMatch[c] >= 0;
                examples.Add(new Example(name, features, matched, matched && gold[claimMatch[c]].IsSpeech));
            }
        }
        return (examples, speechGold);
    }
}
