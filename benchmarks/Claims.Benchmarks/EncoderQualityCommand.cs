using System.Diagnostics;
using System.Globalization;
using System.Text;
using Claims.Semantic;

namespace Claims.Benchmarks;

/// <summary>
/// <c>encoder-quality [--claims N] [--rounds R] [--block B] [--max-inner K]</c>: the claims the lexical analyzer finds in the first FNC-1 train
/// bodies (file order, distinct texts, N of them, default 2,000), encoded by all-MiniLM-L6-v2 at
/// <see cref="EncoderPrecision.Float32"/> and <see cref="EncoderPrecision.Int8"/> in one process. Prints the cosine
/// between each claim's two vectors (mean, minimum, percentiles), how often a claim's nearest other claim is the same
/// under both, the padding share of one call over them, and claims per CPU-second of each precision over R
/// alternating rounds (one ONNX Runtime thread each), with their ratio.
/// </summary>
public sealed class EncoderQualityCommand : ICustomCommand
{
    public string Name => "encoder-quality";

    public int Run(string[] args)
    {
        int claims = 2000, rounds = 3, block = 0, maxInner = int.MaxValue;
        for (int i = 0; i < args.Length - 1; i += 2)
        {
            if (args[i] == "--claims") claims = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            else if (args[i] == "--block") block = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            else if (args[i] == "--max-inner") maxInner = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            else if (args[i] == "--rounds") rounds = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            else { Console.Error.WriteLine($"encoder-quality: unknown option {args[i]}"); return 2; }
        }
        var texts = AnalyzerClaims(claims);
        using var fp32 = new MiniLmEncoder(new MiniLmEncoderOptions { IntraOpThreads = 1 }).EnsureLoaded();
        using var int8 = new MiniLmEncoder(new MiniLmEncoderOptions { IntraOpThreads = 1, Precision = EncoderPrecision.Int8, Int8BlockSize = block, Int8MaxInner = maxInner }).EnsureLoaded();
        var (runs, pieces, real) = fp32.BatchShape(texts);
        Console.WriteLine($"{texts.Count} distinct claims of FNC-1 train bodies (lexical analyzer), {real / (double)texts.Count:F1} word pieces on average "
            + $"([CLS], [SEP] included); one call: {runs} model runs, padding {(pieces - real) / (double)pieces:P2} of {pieces} pieces");
        foreach (int size in new[] { 20, 128 })
        {
            long p = 0, r = 0;
            for (int i = 0; i < texts.Count; i += size)
            {
                var s = fp32.BatchShape(texts.Skip(i).Take(size).ToList());
                p += s.Pieces;
                r += s.RealPieces;
            }
            Console.WriteLine($"  calls of {size}: padding {(p - r) / (double)p:P2} of {p} pieces");
        }

        var a = fp32.Encode(texts);
        var b = int8.Encode(texts);
        var cosines = a.Zip(b, (x, y) => (double)x.Cosine(y)).Order().ToArray();
        double Percentile(double q) => cosines[(int)Math.Floor(q * (cosines.Length - 1))];
        Console.WriteLine($"cosine float32 vs int8: mean {cosines.Average():F5}, min {cosines[0]:F5}, 1st percentile {Percentile(0.01):F5}, "
            + $"5th {Percentile(0.05):F5}, median {Percentile(0.5):F5}; >= 0.99: {cosines.Count(c => c >= 0.99)}/{cosines.Length}, >= 0.98: {cosines.Count(c => c >= 0.98)}/{cosines.Length}");
        int same = 0;
        for (int i = 0; i < texts.Count; i++) same += Nearest(a, i) == Nearest(b, i) ? 1 : 0;
        Console.WriteLine($"nearest other claim the same under both: {same}/{texts.Count} ({same / (double)texts.Count:P1})");

        var speed = new Dictionary<EncoderPrecision, List<double>> { [EncoderPrecision.Float32] = [], [EncoderPrecision.Int8] = [] };
        var process = Process.GetCurrentProcess();
        for (int round = 0; round < rounds; round++)
        {
            foreach (var (precision, encoder) in round % 2 == 0 ? new[] { (EncoderPrecision.Float32, fp32), (EncoderPrecision.Int8, int8) } : [(EncoderPrecision.Int8, int8), (EncoderPrecision.Float32, fp32)])
            {
                process.Refresh();
                var cpu0 = process.TotalProcessorTime;
                encoder.Encode(texts);
                process.Refresh();
                speed[precision].Add(texts.Count / (process.TotalProcessorTime - cpu0).TotalSeconds);
            }
        }
        string Rates(EncoderPrecision p) => string.Join(", ", speed[p].Select(v => v.ToString("F0", CultureInfo.InvariantCulture)));
        Console.WriteLine($"claims per CPU-second, one call, alternating: float32 {Rates(EncoderPrecision.Float32)}; int8 {Rates(EncoderPrecision.Int8)}; "
            + $"ratio of means {speed[EncoderPrecision.Int8].Average() / speed[EncoderPrecision.Float32].Average():F2}");
        return 0;
    }

    private static int Nearest(IReadOnlyList<Claims.Embeddings.Embedding> vectors, int i)
    {
        int best = -1;
        float bestCosine = float.NegativeInfinity;
        for (int j = 0; j < vectors.Count; j++)
        {
            if (j == i) continue;
            float c = vectors[i].Cosine(vectors[j]);
            if (c > bestCosine) (best, bestCosine) = (j, c);
        }
        return best;
    }

    /// <summary>Distinct claim texts of the first FNC-1 train bodies, as the lexical analyzer segments them.</summary>
    private static List<string> AnalyzerClaims(int count)
    {
        string data = BenchmarkCorpus.LocateData() ?? throw new InvalidOperationException("encoder-quality needs the shared data (CLAIMS_DATA)");
        string file = Path.Combine(data, "fnc-1", "train_bodies.csv");
        var analyzer = new ClaimAnalyzerBuilder().UseDefaults().Build();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var texts = new List<string>(count);
        foreach (var row in BenchmarkCorpus.ReadCsv(File.ReadAllText(file, Encoding.UTF8)).Skip(1))
        {
            if (row.Count < 2) continue;
            foreach (var claim in analyzer.Process(Article.FromString(row[1], "b" + row[0])).Claims)
                if (seen.Add(claim.Text) && texts.Count < count) texts.Add(claim.Text);
            if (texts.Count >= count) break;
        }
        return texts;
    }
}
