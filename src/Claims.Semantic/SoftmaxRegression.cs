using System.Globalization;

namespace Claims.Semantic;

/// <summary>
/// Multinomial logistic regression (softmax over <c>W x + b</c>) trained by mini-batch Adam with L2 decay and a seeded
/// shuffle: deterministic for a given seed. Immutable once trained; <see cref="Predict"/> allocates nothing.
/// </summary>
internal sealed class SoftmaxRegression
{
    private readonly float[] _weights; // classes x inputs, row by row
    private readonly float[] _biases;

    private SoftmaxRegression(int inputs, float[] weights, float[] biases)
    {
        Inputs = inputs;
        _weights = weights;
        _biases = biases;
    }

    public int Inputs { get; }

    public int Classes => _biases.Length;

    /// <summary>Writes the class probabilities of <paramref name="x"/>.</summary>
    public void Predict(ReadOnlySpan<float> x, Span<float> probabilities)
    {
        float max = float.MinValue;
        for (int c = 0; c < Classes; c++)
        {
            var w = _weights.AsSpan(c * Inputs, Inputs);
            float z = _biases[c];
            for (int i = 0; i < Inputs; i++) z += w[i] * x[i];
            probabilities[c] = z;
            if (z > max) max = z;
        }
        float sum = 0;
        for (int c = 0; c < Classes; c++) sum += probabilities[c] = MathF.Exp(probabilities[c] - max);
        for (int c = 0; c < Classes; c++) probabilities[c] /= sum;
    }

    /// <summary>Trains on rows <paramref name="x"/> (each <paramref name="inputs"/> long) with labels in [0, classes).</summary>
    public static SoftmaxRegression Train(IReadOnlyList<float[]> x, IReadOnlyList<int> labels, int inputs, int classes,
        int seed = 1, int epochs = 8, int batch = 128, float rate = 0.003f, float decay = 1e-4f)
    {
        var w = new float[classes * inputs];
        var b = new float[classes];
        var (mw, vw) = (new float[w.Length], new float[w.Length]);
        var (mb, vb) = (new float[classes], new float[classes]);
        var gw = new float[w.Length];
        var gb = new float[classes];
        var p = new float[classes];
        var order = Enumerable.Range(0, x.Count).ToArray();
        var random = new Random(seed);
        const float beta1 = 0.9f, beta2 = 0.999f, eps = 1e-8f;
        int step = 0;
        var model = new SoftmaxRegression(inputs, w, b);
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            for (int start = 0; start < order.Length; start += batch)
            {
                Array.Clear(gw);
                Array.Clear(gb);
                int end = Math.Min(order.Length, start + batch);
                for (int k = start; k < end; k++)
                {
                    var row = x[order[k]];
                    model.Predict(row, p);
                    p[labels[order[k]]] -= 1;
                    for (int c = 0; c < classes; c++)
                    {
                        float g = p[c];
                        if (g == 0) continue;
                        gb[c] += g;
                        var grow = gw.AsSpan(c * inputs, inputs);
                        for (int i = 0; i < inputs; i++) grow[i] += g * row[i];
                    }
                }
                step++;
                float n = end - start;
                float correction1 = 1 - MathF.Pow(beta1, step), correction2 = 1 - MathF.Pow(beta2, step);
                for (int i = 0; i < w.Length; i++)
                {
                    float g = gw[i] / n + decay * w[i];
                    mw[i] = beta1 * mw[i] + (1 - beta1) * g;
                    vw[i] = beta2 * vw[i] + (1 - beta2) * g * g;
                    w[i] -= rate * (mw[i] / correction1) / (MathF.Sqrt(vw[i] / correction2) + eps);
                }
                for (int c = 0; c < classes; c++)
                {
                    float g = gb[c] / n;
                    mb[c] = beta1 * mb[c] + (1 - beta1) * g;
                    vb[c] = beta2 * vb[c] + (1 - beta2) * g * g;
                    b[c] -= rate * (mb[c] / correction1) / (MathF.Sqrt(vb[c] / correction2) + eps);
                }
            }
        }
        return model;
    }

    /// <summary>Writes the model as text: a header line, the biases, then one line of weights per class (round-trip floats).</summary>
    public void Save(TextWriter writer)
    {
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"softmax-regression\t{Classes}\t{Inputs}"));
        writer.WriteLine(string.Join('\t', _biases.Select(v => v.ToString("R", CultureInfo.InvariantCulture))));
        for (int c = 0; c < Classes; c++)
            writer.WriteLine(string.Join('\t', _weights.Skip(c * Inputs).Take(Inputs).Select(v => v.ToString("R", CultureInfo.InvariantCulture))));
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The text is not such a model; the message names <paramref name="name"/>.</exception>
    public static SoftmaxRegression Load(TextReader reader, string name)
    {
        try
        {
            var header = reader.ReadLine()?.Split('\t');
            if (header is not ["softmax-regression", var c, var n]) throw new FormatException("no softmax-regression header");
            int classes = int.Parse(c, CultureInfo.InvariantCulture), inputs = int.Parse(n, CultureInfo.InvariantCulture);
            var biases = Floats(reader.ReadLine(), classes);
            var weights = new float[classes * inputs];
            for (int k = 0; k < classes; k++) Floats(reader.ReadLine(), inputs).CopyTo(weights, k * inputs);
            return new SoftmaxRegression(inputs, weights, biases);
        }
        catch (FormatException e)
        {
            throw new InvalidDataException($"{name}: not a softmax regression model: {e.Message}", e);
        }
    }

    private static float[] Floats(string? line, int count)
    {
        var parts = line?.Split('\t') ?? throw new FormatException("the file ends early");
        if (parts.Length != count) throw new FormatException($"expected {count} values, found {parts.Length}");
        return parts.Select(p => float.Parse(p, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();
    }
}
