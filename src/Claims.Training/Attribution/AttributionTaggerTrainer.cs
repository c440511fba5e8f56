using System.Globalization;
using Claims.Attribution.Learned;

namespace Claims.Training.Attribution;

/// <summary>
/// Trains the learned attribution model's token tagger (<see cref="AttributionTaggerModel"/>): an averaged structured
/// perceptron, trained token by token on the tags it chose itself before each token, documents in a seeded order,
/// single-threaded, so the same data and seed give the same bytes.
/// </summary>
internal static class AttributionTaggerTrainer
{
    private const int Tags = AttributionTaggerModel.Tags;

    /// <summary>
    /// Trains one tagger per seed (<paramref name="seed"/>, <paramref name="seed"/> + 1, …, <paramref name="seeds"/> in
    /// all) and averages their weights: the document order moves a single tagger's decisions by as much as a rule fix
    /// does, and the average of a few orders does not depend on any one of them. One seed is the single tagger itself.
    /// </summary>
    public static AttributionTaggerModel Train(IReadOnlyList<(TaggerFeatures Features, int[] Gold)> documents, int epochs, int seed, int seeds,
        int bits, bool useRuleTags, Action<string>? log = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(seeds, 1);
        if (seeds == 1) return Train(documents, epochs, seed, bits, useRuleTags, log);
        var sum = new double[(1 << bits) * Tags];
        for (int s = 0; s < seeds; s++)
        {
            var one = Train(documents, epochs, seed + s, bits, useRuleTags, log);
            var w = one.Weights;
            for (int k = 0; k < sum.Length; k++) sum[k] += w[k];
        }
        var averaged = new float[sum.Length];
        for (int k = 0; k < sum.Length; k++) averaged[k] = (float)(Half)(sum[k] / seeds);
        string description = string.Create(CultureInfo.InvariantCulture,
            $"averaged perceptron (left to right), {epochs} epochs, weights averaged over seeds {seed}-{seed + seeds - 1}, 2^{bits} feature slots, {documents.Count} documents, {(useRuleTags ? "with" : "without")} the rules' tags");
        return new AttributionTaggerModel(averaged, bits, useRuleTags, description);
    }

    /// <summary>
    /// Trains on documents with their gold tags: structured perceptron, Viterbi-decoded, averaged, documents shuffled
    /// per epoch by <paramref name="seed"/>.
    /// </summary>
    public static AttributionTaggerModel Train(IReadOnlyList<(TaggerFeatures Features, int[] Gold)> documents, int epochs, int seed,
        int bits, bool useRuleTags, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var weights = new float[(1 << bits) * Tags];
        var totals = new double[weights.Length];
        var stamps = new long[weights.Length];
        long time = 0;
        var rng = new Random(seed);
        void Bump(int k, float delta)
        {
            totals[k] += (time - stamps[k]) * (double)weights[k];
            stamps[k] = time;
            weights[k] += delta;
        }
        void Update(TaggerFeatures f, int i, int previous, int beforePrevious, int tag, float delta)
        {
            Bump(AttributionTaggerModel.SecondOrderSlot(previous, beforePrevious, bits) + tag, delta);
            foreach (ulong h in f.Emission(i)) Bump(AttributionTaggerModel.Slot(h, -2, bits) + tag, delta);
            foreach (ulong h in f.Context(i)) Bump(AttributionTaggerModel.Slot(h, previous, bits) + tag, delta);
        }
        // One buffer for the whole training (Score clears it before each token), not one stack allocation per document.
        Span<float> score = stackalloc float[Tags];
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            var order = Enumerable.Range(0, documents.Count).OrderBy(_ => rng.Next()).ToList();
            long errors = 0, tokens = 0;
            foreach (int d in order)
            {
                // Per-token updates, left to right, each token given the tag the model itself chose for the previous
                // one, as decoding will see it (training on gold previous tags teaches runs that never end).
                var (f, gold) = documents[d];
                int previous = -1, beforePrevious = -1;
                for (int i = 0; i < gold.Length; i++)
                {
                    AttributionTaggerModel.Score(f, i, previous, beforePrevious, weights, bits, score);
                    int guess = 0;
                    for (int t = 1; t < Tags; t++) if (score[t] > score[guess]) guess = t;
                    if (guess != gold[i])
                    {
                        errors++;
                        Update(f, i, previous, beforePrevious, gold[i], +1);
                        Update(f, i, previous, beforePrevious, guess, -1);
                    }
                    beforePrevious = previous;
                    previous = guess;
                    time++;
                }
                tokens += gold.Length;
            }
            log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"epoch {epoch + 1}: token error {(double)errors / Math.Max(1, tokens):F4}"));
        }
        var averaged = new float[weights.Length];
        // Rounded to half precision here, as saved, so a trained model and its saved copy decide alike.
        for (int k = 0; k < weights.Length; k++)
            averaged[k] = (float)(Half)((totals[k] + (time - stamps[k]) * (double)weights[k]) / Math.Max(1, time));
        string description = string.Create(CultureInfo.InvariantCulture,
            $"averaged perceptron (left to right), {epochs} epochs, seed {seed}, 2^{bits} feature slots, {documents.Count} documents, {(useRuleTags ? "with" : "without")} the rules' tags");
        return new AttributionTaggerModel(averaged, bits, useRuleTags, description);
    }

}
