using System.Diagnostics;
using Claims.Semantic;

namespace Claims.Benchmarks;

/// <summary>
/// <c>encoder-speed [--claims N] [--batch corpus|article|one|N] [--precision float32|int8] [--threads T] [--tokens true]</c>: encodes N real
/// news sentences (as <see cref="EncoderBenchmarks"/>) on T ONNX Runtime threads (default 1) and prints claims per CPU-second of the
/// process, which is claims per second per core even on a machine other processes share; wall-clock claims/s is printed beside it.
/// <c>--tokens true</c> computes their token states instead (what the accurate attribution mode reads of a headline), in calls of
/// the batch size (<c>one</c>: one text per call, as the stage did before it batched short articles).
/// </summary>
public sealed class EncoderSpeedCommand : ICustomCommand
{
    public string Name => "encoder-speed";

    public int Run(string[] args)
    {
        int claims = 2048;
        string batch = "corpus";
        var precision = EncoderPrecision.Float32;
        int threads = 1, block = 0;
        bool tokens = false;
        for (int i = 0; i < args.Length - 1; i += 2)
        {
            if (args[i] == "--claims") claims = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture);
            else if (args[i] == "--batch") batch = args[i + 1];
            else if (args[i] == "--precision") precision = Enum.Parse<EncoderPrecision>(args[i + 1], ignoreCase: true);
            else if (args[i] == "--block") block = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture);
            else if (args[i] == "--tokens") tokens = bool.Parse(args[i + 1]);
            else if (args[i] == "--threads") threads = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture);
            else { Console.Error.WriteLine($"encoder-speed: unknown option {args[i]}"); return 2; }
        }
        var load = Stopwatch.StartNew();
        using var encoder = new MiniLmEncoder(new MiniLmEncoderOptions { IntraOpThreads = threads, Precision = precision, Int8BlockSize = block }).EnsureLoaded();
        load.Stop();
        var texts = BenchmarkCorpus.Load(claims).Claims.Select(c => c.Text).Take(claims).ToArray();
        double pieces = texts.Average(t => encoder.Tokenize(t).Count);
        encoder.Encode(texts.Take(64).ToArray()); // warm-up
        int size = batch switch { "corpus" => texts.Length, "article" => 20, "one" => 1,
            _ => int.TryParse(batch, System.Globalization.CultureInfo.InvariantCulture, out int n) && n > 0 ? n : throw new ArgumentException($"unknown --batch {batch}") };
        var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        for (int i = 0; i < texts.Length; i += size)
        {
            var part = texts[i..Math.Min(texts.Length, i + size)];
            if (!tokens) encoder.Encode(part);
            else if (part.Length == 1) encoder.EncodeTokens(part[0]);
            else encoder.EncodeTokens(part);
        }
        wall.Stop();
        process.Refresh();
        double cpu = (process.TotalProcessorTime - cpu0).TotalSeconds;
        Console.WriteLine($"{precision}, {threads} thread(s){(tokens ? ", token states" : "")}: {texts.Length} sentences ({pieces:F1} word pieces on average), batches of {size}: "
            + $"{texts.Length / cpu:F0} claims per CPU-second, {texts.Length / wall.Elapsed.TotalSeconds:F0} claims/s wall ({cpu:F1} s CPU, {wall.Elapsed.TotalSeconds:F1} s wall; model loaded in {load.Elapsed.TotalSeconds:F1} s wall)");
        return 0;
    }
}
