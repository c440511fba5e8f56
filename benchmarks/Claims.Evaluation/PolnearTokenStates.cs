using System.Diagnostics;
using System.Globalization;
using Claims.Semantic;
using Claims.Semantic.Attribution;

namespace Claims.Evaluation;

/// <summary>
/// <c>polnear-token-states --data DIR --out FILE [--dims 128] [--seed 1]</c>: encodes every PolNeAR article of
/// <c>DIR/text</c> with the MiniLM encoder (long articles in overlapping windows) and writes each word piece's span and
/// its state under the fixed-seed random projection the accurate attribution model reads: the cache that
/// <c>polnear-train --token-states</c> and <c>polnear --accurate</c> read instead of encoding again.
/// </summary>
public sealed class PolnearTokenStates : IEvaluationCommand
{
    /// <inheritdoc />
    public string Name => "polnear-token-states";

    /// <inheritdoc />
    public string Usage => "--data DIR --out FILE [--dims 128] [--seed 1]   (projected MiniLM token states of every article, for the accurate attribution model)";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        string? data = null, output = null;
        int dims = ContextualAttributionModel.DefaultProjectionDimensions, seed = ContextualAttributionModel.DefaultProjectionSeed;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--data" && i + 1 < args.Length) data = args[++i];
            else if (args[i] == "--out" && i + 1 < args.Length) output = args[++i];
            else if (args[i] == "--dims" && i + 1 < args.Length) dims = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else if (args[i] == "--seed" && i + 1 < args.Length) seed = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else { Console.Error.WriteLine($"unknown argument '{args[i]}'; usage: {Name} {Usage}"); return 2; }
        }
        if (data is null || output is null || !Directory.Exists(Path.Combine(data, "text"))) { Console.Error.WriteLine($"usage: {Name} {Usage}"); return 2; }
        var encoder = MiniLmEncoder.Default;
        var projection = new TokenStateProjection(encoder.Dimensions, dims, seed);
        var watch = Stopwatch.StartNew();
        int n = 0;
        long chars = 0;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using (var writer = new BinaryWriter(File.Create(output + ".tmp")))
        {
            foreach (var (name, textFile, _) in Interleaved(PolnearEvaluation.Articles(data)))
            {
                string text = Article.FromFile(textFile).Text;
                writer.Write(name);
                projection.Project(encoder.EncodeTokens(text)).Write(writer);
                chars += text.Length;
                writer.Flush(); // a cache cut short still holds every article written so far
                if (++n % 20 == 0) Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{n} articles, {watch.Elapsed.TotalSeconds:F0} s"));
            }
        }
        File.Move(output + ".tmp", output, overwrite: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{n} articles, {chars:N0} characters encoded in {watch.Elapsed.TotalSeconds:F1} s ({chars / 1e6 / watch.Elapsed.TotalSeconds:F3} MB/s); projection {dims} dims, seed {seed}"));
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
