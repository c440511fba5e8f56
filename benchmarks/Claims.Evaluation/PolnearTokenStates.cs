using System.Diagnostics;
using System.Globalization;
using Claims.Semantic;
using Claims.Semantic.Attribution;

namespace Claims.Evaluation;

/// <summary>
/// <c>polnear-token-states --data DIR --out FILE [--dims 128] [--seed 1]</c>: encodes every PolNeAR article of
/// <c>DIR/text</c> with the MiniLM encoder (long articles in overlapping windows) and writes each word piece's span and
/// its state under the fixed-seed random projection the accurate attribution model reads: the cache that
/// <c>polnear-train --token-states</c> and <c>polnear --accurate</c> read instead of encoding again. Articles are
/// encoded on <c>--threads</c> threads (the machine's cores unless given), each article alone and written in the same
/// order, so the file does not depend on the thread count.
/// </summary>
public sealed class PolnearTokenStates : IEvaluationCommand
{
    /// <summary>Articles encoded per thread before the chunk is written (bounds the states held in memory).</summary>
    private const int ArticlesPerThreadChunk = 8;

    /// <inheritdoc />
    public string Name => "polnear-token-states";

    /// <inheritdoc />
    public string Usage => "--data DIR --out FILE [--dims 128] [--seed 1] [--threads N]   (projected MiniLM token states of every article, for the accurate attribution model)";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        string? data = null, output = null;
        int dims = ContextualAttributionModel.DefaultProjectionDimensions, seed = ContextualAttributionModel.DefaultProjectionSeed;
        int threads = Environment.ProcessorCount;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--data" && i + 1 < args.Length) data = args[++i];
            else if (args[i] == "--out" && i + 1 < args.Length) output = args[++i];
            else if (args[i] == "--dims" && i + 1 < args.Length) dims = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else if (args[i] == "--seed" && i + 1 < args.Length) seed = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else if (args[i] == "--threads" && i + 1 < args.Length) threads = Math.Max(1, int.Parse(args[++i], CultureInfo.InvariantCulture));
            else { Console.Error.WriteLine($"unknown argument '{args[i]}'; usage: {Name} {Usage}"); return 2; }
        }
        if (data is null || output is null || !Directory.Exists(Path.Combine(data, "text"))) { Console.Error.WriteLine($"usage: {Name} {Usage}"); return 2; }
        var encoder = MiniLmEncoder.Default;
        var projection = new TokenStateProjection(encoder.Dimensions, dims, seed);
        var watch = Stopwatch.StartNew();
        int n = 0;
        long chars = 0;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        var articles = Interleaved(PolnearEvaluation.Articles(data)).ToList();
        using (var writer = new BinaryWriter(File.Create(output + ".tmp")))
        {
            // Chunks of a few articles per thread: encoded in parallel (each alone, so each gets the states it gets in
            // a one-thread run), then written in order.
            int chunk = threads * ArticlesPerThreadChunk;
            for (int from = 0; from < articles.Count; from += chunk)
            {
                var part = articles.GetRange(from, Math.Min(chunk, articles.Count - from));
                var texts = new string[part.Count];
                var states = new ProjectedTokenStates[part.Count];
                Parallel.For(0, part.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, i =>
                {
                    texts[i] = Article.FromFile(part[i].TextFile).Text;
                    states[i] = projection.Project(encoder.EncodeTokens(texts[i]));
                });
                for (int i = 0; i < part.Count; i++)
                {
                    writer.Write(part[i].Name);
                    states[i].Write(writer);
                    chars += texts[i].Length;
                    writer.Flush(); // a cache cut short still holds every article written so far
                    if (++n % 20 == 0) Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{n} articles, {watch.Elapsed.TotalSeconds:F0} s"));
                }
            }
        }
        File.Move(output + ".tmp", output, overwrite: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{n} articles, {chars:N0} characters encoded in {watch.Elapsed.TotalSeconds:F1} s ({chars / 1e6 / watch.Elapsed.TotalSeconds:F3} MB/s) on {threads} threads; projection {dims} dims, seed {seed}"));
        return 0;
    }

    /// <summary>
    /// The articles one publisher at a time in turn (breitbart, huff-post, …, then the second of each), so that any
    /// prefix of the cache covers every publisher.
    /// </summary>
    private static IEnumerable<(string Name, string TextFile, string AnnFile)> Interleaved(IEnumerable<(string Name, string TextFile, string AnnFile)> articles)
    {
        var byPublisher = articles.GroupBy(a => a.Name.Split('_')[0], StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.ToList()).ToList();
        for (int i = 0; byPublisher.Any(g => i < g.Count); i++)
            foreach (var g in byPublisher)
                if (i < g.Count) yield return g[i];
    }

    /// <summary>Reads a cache written by this command (or the articles complete so far in one still being written): projected states by article name.</summary>
    internal static Dictionary<string, ProjectedTokenStates> Read(string path)
    {
        var result = new Dictionary<string, ProjectedTokenStates>(StringComparer.Ordinal);
        using var reader = new BinaryReader(File.OpenRead(path));
        while (reader.BaseStream.Position < reader.BaseStream.Length)
        {
            try
            {
                string name = reader.ReadString();
                result[name] = ProjectedTokenStates.Read(reader);
            }
            catch (EndOfStreamException) { break; } // the article being written when the file was read
        }
        return result;
    }
}
