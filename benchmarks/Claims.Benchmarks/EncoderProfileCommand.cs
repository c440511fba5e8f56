using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Claims.Semantic;
using Microsoft.ML.OnnxRuntime;

namespace Claims.Benchmarks;

/// <summary>
/// <c>encoder-profile [--claims N] [--batch corpus|article|N] [--precision float32|int8]</c>: encodes N real news sentences (as
/// <see cref="EncoderBenchmarks"/>) once with ONNX Runtime's profiler on and prints where the time goes: the share of
/// each operator type inside the model runs, and the share of the whole encode call spent outside ONNX Runtime
/// (tokenizing, batching, pooling). The profile's run time per claim is the ceiling of this encoder with zero overhead.
/// </summary>
public sealed class EncoderProfileCommand : ICustomCommand
{
    public string Name => "encoder-profile";

    public int Run(string[] args)
    {
        int claims = 1024, size = int.MaxValue;
        var precision = EncoderPrecision.Float32;
        for (int i = 0; i < args.Length - 1; i += 2)
        {
            if (args[i] == "--claims") claims = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            else if (args[i] == "--batch") size = args[i + 1] == "article" ? 20 : args[i + 1] == "corpus" ? int.MaxValue : int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            else if (args[i] == "--precision") precision = Enum.Parse<EncoderPrecision>(args[i + 1], ignoreCase: true);
            else { Console.Error.WriteLine($"encoder-profile: unknown option {args[i]}"); return 2; }
        }
        var texts = BenchmarkCorpus.Load(claims).Claims.Select(c => c.Text).Take(claims).ToArray();
        string prefix = Path.Combine(Path.GetTempPath(), $"claims-encoder-profile-{Environment.ProcessId}");
        var encoder = new MiniLmEncoder(new MiniLmEncoderOptions { IntraOpThreads = 1, Precision = precision }, o =>
        {
            o.EnableProfiling = true;
            o.ProfileOutputPathPrefix = prefix;
        }).EnsureLoaded();
        var wall = Stopwatch.StartNew();
        for (int i = 0; i < texts.Length; i += size) encoder.Encode(texts[i..Math.Min(texts.Length, i + size)]);
        wall.Stop();
        string file = encoder.EndProfiling();
        encoder.Dispose();
        Report(file, texts.Length, wall.Elapsed.TotalMilliseconds * 1000);
        File.Delete(file);
        return 0;
    }

    private static void Report(string file, int claims, double wallMicros)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        var byOp = new Dictionary<string, (double Micros, int Count)>(StringComparer.Ordinal);
        double runs = 0;
        int runCount = 0;
        foreach (var e in json.RootElement.EnumerateArray())
        {
            string cat = e.GetProperty("cat").GetString() ?? "";
            string name = e.GetProperty("name").GetString() ?? "";
            double dur = e.TryGetProperty("dur", out var d) ? d.GetDouble() : 0;
            if (cat == "Session" && name == "model_run") { runs += dur; runCount++; }
            else if (cat == "Node" && name.EndsWith("_kernel_time", StringComparison.Ordinal)
                && e.TryGetProperty("args", out var a) && a.TryGetProperty("op_name", out var op))
            {
                string key = op.GetString() ?? "?";
                var (m, c) = byOp.GetValueOrDefault(key);
                byOp[key] = (m + dur, c + 1);
            }
        }
        double kernels = byOp.Values.Sum(v => v.Micros);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{claims} claims, {runCount} model runs: encode calls {wallMicros / 1e6:F2} s wall, model runs {runs / 1e6:F2} s ({runs / wallMicros:P1}), kernels {kernels / 1e6:F2} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"model runs alone: {claims / (runs / 1e6):F0} claims/s; kernels alone: {claims / (kernels / 1e6):F0} claims/s"));
        foreach (var (op, (micros, count)) in byOp.OrderByDescending(p => p.Value.Micros))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {op,-24} {micros / 1e6,7:F3} s  {micros / kernels,6:P1}  {count / Math.Max(1, runCount),4} per run"));
    }
}
