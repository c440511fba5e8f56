using System.Diagnostics;
using System.Globalization;
using Claims.Embeddings;
using Claims.Semantic;
using Microsoft.ML.OnnxRuntime;

namespace Claims.Benchmarks;

/// <summary>
/// <c>encoder-settings [--claims N] [--rounds R] [--only a,b] [--batch corpus|article|N]</c>: encodes the same N real news sentences (as
/// <see cref="EncoderBenchmarks"/>) under several ONNX Runtime session settings, round-robin in one process (so every
/// setting sees the same machine load), and prints each setting's claims per CPU-second, its ratio to the
/// <c>current</c> settings, and the largest difference of its vectors from <c>current</c>'s (a setting that changes
/// vectors beyond float noise is not a speed-up). One ONNX Runtime thread throughout; <c>--batch article</c> encodes calls of 20 texts, as the document stage does.
/// </summary>
public sealed class EncoderSettingsCommand : ICustomCommand
{
    public string Name => "encoder-settings";

    private static readonly MiniLmEncoderOptions One = new() { IntraOpThreads = 1 };

    private static readonly (string Name, MiniLmEncoderOptions Options, Action<SessionOptions> Configure)[] Settings =
    [
        ("current", One, _ => { }),
        ("denormal-zero", One, o => o.AddSessionConfigEntry("session.set_denormal_as_zero", "1")),
        ("no-arena", One, o => o.EnableCpuMemArena = false),
        ("no-memory-pattern", One, o => o.EnableMemoryPattern = false),
        ("extended", One, o => o.GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_EXTENDED),
        ("one-length", One with { SmallBatchWordPieces = 0 }, _ => { }),
        ("small-128", One with { SmallBatchWordPieces = 128 }, _ => { }),
        ("small-512", One with { SmallBatchWordPieces = 512 }, _ => { }),
        ("small-1024", One with { SmallBatchWordPieces = 1024 }, _ => { }),
        ("batch-8", One with { BatchSize = 8 }, _ => { }),
        ("batch-16", One with { BatchSize = 16 }, _ => { }),
        ("batch-32", One with { BatchSize = 32 }, _ => { }),
        ("batch-128", One with { BatchSize = 128 }, _ => { }),
    ];

    public int Run(string[] args)
    {
        int claims = 1024, rounds = 3, size = int.MaxValue;
        string[]? only = null;
        for (int i = 0; i < args.Length - 1; i += 2)
        {
            if (args[i] == "--claims") claims = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            else if (args[i] == "--rounds") rounds = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            else if (args[i] == "--only") only = args[i + 1].Split(',');
            else if (args[i] == "--reference") return CompareWithReference(args[i + 1], claims);
            else if (args[i] == "--batch") size = args[i + 1] == "article" ? 20 : args[i + 1] == "corpus" ? int.MaxValue : int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            else { Console.Error.WriteLine($"encoder-settings: unknown option {args[i]}"); return 2; }
        }
        var texts = BenchmarkCorpus.Load(claims).Claims.Select(c => c.Text).Take(claims).ToArray();
        var chosen = Settings.Where(s => only is null || s.Name == "current" || only.Contains(s.Name)).ToArray();
        var encoders = chosen.Select(s => new MiniLmEncoder(s.Options, s.Configure).EnsureLoaded()).ToArray();
        var reference = encoders[0].Encode(texts);
        var cpu = new double[chosen.Length];
        var diff = new double[chosen.Length];
        foreach (var e in encoders) e.Encode(texts.Take(64).ToArray()); // warm-up
        var process = Process.GetCurrentProcess();
        for (int r = 0; r < rounds; r++)
            for (int s = 0; s < chosen.Length; s++)
            {
                process.Refresh();
                var before = process.TotalProcessorTime;
                var vectors = Encode(encoders[s], texts, size);
                process.Refresh();
                cpu[s] += (process.TotalProcessorTime - before).TotalSeconds;
                diff[s] = Math.Max(diff[s], MaxDifference(reference, vectors));
            }
        for (int s = 0; s < chosen.Length; s++)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{chosen[s].Name,-20} {rounds * texts.Length / cpu[s],6:F0} claims per CPU-second  ratio {cpu[0] / cpu[s]:F3}  max |diff| {diff[s]:E1}"));
        foreach (var e in encoders) e.Dispose();
        return 0;
    }

    /// <summary>
    /// <c>--reference FILE</c>: encodes the first <paramref name="count"/> texts of a vector file written by the
    /// evaluation tool's embedding cache (text, then its floats; vectors of an earlier encoder build) and prints the
    /// largest difference from the stored vectors.
    /// </summary>
    private static int CompareWithReference(string path, int count)
    {
        using var encoder = new MiniLmEncoder(One).EnsureLoaded();
        var texts = new List<string>();
        var stored = new List<Embedding>();
        using (var reader = new BinaryReader(File.OpenRead(path)))
            while (texts.Count < count && reader.BaseStream.Position < reader.BaseStream.Length)
            {
                texts.Add(reader.ReadString());
                var v = new float[encoder.Dimensions];
                for (int d = 0; d < v.Length; d++) v[d] = reader.ReadSingle();
                stored.Add(new Embedding(v));
            }
        var now = encoder.Encode(texts);
        int identical = Enumerable.Range(0, texts.Count).Count(i => now[i].Values.SequenceEqual(stored[i].Values));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{texts.Count} texts from {path}: max |diff| {MaxDifference(stored, now):E1}, {identical} byte-identical"));
        return 0;
    }

    private static List<Embedding> Encode(MiniLmEncoder encoder, string[] texts, int size)
    {
        var result = new List<Embedding>(texts.Length);
        for (int i = 0; i < texts.Length; i += size) result.AddRange(encoder.Encode(texts[i..Math.Min(texts.Length, i + size)]));
        return result;
    }

    internal static double MaxDifference(IReadOnlyList<Embedding> x, IReadOnlyList<Embedding> y)
    {
        double max = 0;
        for (int i = 0; i < x.Count; i++)
        {
            var a = x[i].Values;
            var b = y[i].Values;
            for (int d = 0; d < a.Length; d++) max = Math.Max(max, Math.Abs(a[d] - b[d]));
        }
        return max;
    }
}
