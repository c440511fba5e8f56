using System.Globalization;

namespace Claims.Evaluation;

/// <summary>Parses <c>--name value</c> options of the stance evaluation commands.</summary>
internal sealed class StanceArgs
{
    private readonly Dictionary<string, string> _values;

    private StanceArgs(Dictionary<string, string> values) => _values = values;

    /// <summary>Null when an option has no value or a stray argument is present.</summary>
    public static StanceArgs? Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                Console.Error.WriteLine($"unexpected argument '{args[i]}'");
                return null;
            }
            values[args[i][2..]] = args[++i];
        }
        return new StanceArgs(values);
    }

    public string? Get(string name) => _values.GetValueOrDefault(name);

    public int Int(string name, int fallback) =>
        Get(name) is { } v ? int.Parse(v, NumberStyles.Integer, CultureInfo.InvariantCulture) : fallback;

    public double Double(string name, double fallback) =>
        Get(name) is { } v ? double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture) : fallback;

    /// <summary>
    /// A yes/no option: <c>on</c> or <c>true</c>, <c>off</c> or <c>false</c> (any case); <paramref name="fallback"/> when
    /// absent. Commands once differed in which spelling they took, and the other one silently meant "off".
    /// </summary>
    /// <exception cref="FormatException">Any other value, naming the option.</exception>
    public bool Flag(string name, bool fallback) => Get(name) switch
    {
        null => fallback,
        var v when v.Equals("on", StringComparison.OrdinalIgnoreCase) || v.Equals("true", StringComparison.OrdinalIgnoreCase) => true,
        var v when v.Equals("off", StringComparison.OrdinalIgnoreCase) || v.Equals("false", StringComparison.OrdinalIgnoreCase) => false,
        var v => throw new FormatException($"--{name}: expected on or off (true or false), got '{v}'"),
    };
}

/// <summary>Accuracy, per-class precision/recall/F1, macro-F1 and the confusion matrix.</summary>
internal static class StanceMetrics
{
    public static void PrintClassification(IReadOnlyList<string> gold, IReadOnlyList<string> predicted, IReadOnlyList<string> labels)
    {
        int n = gold.Count, k = labels.Count;
        var confusion = new int[k, k];
        int correct = 0;
        for (int i = 0; i < n; i++)
        {
            int g = IndexOf(labels, gold[i]), p = IndexOf(labels, predicted[i]);
            if (g < 0 || p < 0) throw new InvalidOperationException($"label outside {string.Join("/", labels)}: '{gold[i]}' / '{predicted[i]}'");
            confusion[g, p]++;
            if (g == p) correct++;
        }
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"accuracy: {100.0 * correct / Math.Max(1, n):0.00}% ({correct}/{n})"));
        double macro = 0;
        foreach (var (label, c) in labels.Select((l, i) => (l, i)))
        {
            int tp = confusion[c, c], fp = 0, fn = 0;
            for (int j = 0; j < k; j++)
            {
                if (j == c) continue;
                fp += confusion[j, c];
                fn += confusion[c, j];
            }
            double precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp), recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            macro += f1;
            Console.WriteLine(string.Create(inv, $"  {label,-14} P {precision:0.000}  R {recall:0.000}  F1 {f1:0.000}  (n={tp + fn})"));
        }
        Console.WriteLine(string.Create(inv, $"macro-F1: {macro / k:0.0000}"));
        Console.WriteLine("confusion (rows gold, columns predicted):");
        Console.WriteLine("  " + new string(' ', 14) + string.Concat(labels.Select(l => $"{l,14}")));
        for (int g = 0; g < k; g++)
            Console.WriteLine($"  {labels[g],-14}" + string.Concat(Enumerable.Range(0, k).Select(p => $"{confusion[g, p],14}")));
    }

    private static int IndexOf(IReadOnlyList<string> labels, string label)
    {
        for (int i = 0; i < labels.Count; i++)
            if (string.Equals(labels[i], label, StringComparison.Ordinal)) return i;
        return -1;
    }
}
