using System.Globalization;
using System.IO.Compression;
using Claims.Segmentation;

namespace Claims.Evaluation;

/// <summary>
/// <c>polnear-sentences --data DIR --corenlp FILE.tsv.gz</c>: sentence boundary precision, recall and F1 of
/// <see cref="SentenceSegmenter"/> against CoreNLP's sentence ids (a boundary is the start offset of a sentence).
/// Only boundaries inside the paragraphs the page layout keeps are compared (furniture lines are not sentences).
/// </summary>
public sealed class PolnearSentences : IEvaluationCommand
{
    /// <inheritdoc />
    public string Name => "polnear-sentences";

    /// <inheritdoc />
    public string Usage => "--data DIR --corenlp FILE.tsv.gz   (e.g. ../shared/data/polnear/dev ../shared/data/polnear-corenlp/dev.tsv.gz)";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        string? data = null, corenlp = null;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--data" && i + 1 < args.Length) data = args[++i];
            else if (args[i] == "--corenlp" && i + 1 < args.Length) corenlp = args[++i];
            else { Console.Error.WriteLine($"usage: polnear-sentences {Usage}"); return 2; }
        }
        if (data is null || corenlp is null) { Console.Error.WriteLine($"usage: polnear-sentences {Usage}"); return 2; }

        // article -> sentence id -> first token start
        var gold = new Dictionary<string, SortedDictionary<int, int>>(StringComparer.Ordinal);
        using (var reader = new StreamReader(new GZipStream(File.OpenRead(corenlp), CompressionMode.Decompress)))
        {
            while (reader.ReadLine() is { } line)
            {
                if (line.StartsWith('#')) continue;
                var c = line.Split('\t');
                if (c.Length < 4) continue;
                if (!gold.TryGetValue(c[0], out var sentences)) gold[c[0]] = sentences = new SortedDictionary<int, int>();
                int id = int.Parse(c[1], CultureInfo.InvariantCulture), start = int.Parse(c[2], CultureInfo.InvariantCulture);
                if (!sentences.TryGetValue(id, out int s) || start < s) sentences[id] = start;
            }
        }
        var layout = new PageLayoutAnalyzer();
        var segmenter = new SentenceSegmenter();
        long tp = 0, fp = 0, fn = 0;
        int docs = 0;
        foreach (var (name, sentences) in gold.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            string path = Path.Combine(data, "text", name + ".txt");
            if (!File.Exists(path)) continue;
            docs++;
            var doc = new Document(Article.FromFile(path));
            layout.Process(doc, CancellationToken.None);
            segmenter.Process(doc, CancellationToken.None);
            bool Inside(int p) => doc.Paragraphs.Any(para => para.Contains(p));
            var expected = sentences.Values.Where(Inside).ToHashSet();
            var found = doc.Sentences.Select(s => s.Span.Start).ToHashSet();
            tp += found.Count(expected.Contains);
            fp += found.Count(f => !expected.Contains(f));
            fn += expected.Count(e => !found.Contains(e));
        }
        double p = tp + fp == 0 ? 0 : (double)tp / (tp + fp), r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sentence boundaries on {docs} articles: precision {p:F4} recall {r:F4} F1 {f1:F4} (tp {tp}, fp {fp}, fn {fn})"));
        return 0;
    }
}
