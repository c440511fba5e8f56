using System.Diagnostics;
using Claims.Semantic;
using Claims.Stance;

namespace Claims.Evaluation;

/// <summary>
/// <c>embed [--fnc1-bodies F --fnc1-stances F] [--sick F] [--embedding-cache FILE]</c>: encodes every sentence the
/// semantic stance features read (headlines, body sentences, SICK sentences) into the embedding cache ahead of
/// training, in chunks saved as they finish (an interrupted run resumes).
/// </summary>
public sealed class EmbedCommand : IEvaluationCommand
{
    internal const string DefaultCache = "/tmp/semantic/embeddings.bin";

    public string Name => "embed";

    public string Usage => "[--fnc1-bodies FILE --fnc1-stances FILE] [--sick FILE] [--embedding-cache FILE] [--threads 2]";

    public int Run(string[] args)
    {
        var opts = StanceArgs.Parse(args);
        if (opts is null) { Console.Error.WriteLine($"usage: embed {Usage}"); return 2; }
        var texts = new List<string>();
        if (opts.Get("fnc1-bodies") is { } bodies)
        {
            foreach (var row in CsvReader.ReadFile(bodies).Skip(1)) if (row.Fields.Count > 1) texts.AddRange(SemanticTexts(row.Fields[1]));
            if (opts.Get("fnc1-stances") is { } stances)
                foreach (var row in CsvReader.ReadFile(stances).Skip(1)) if (row.Fields.Count > 1) texts.AddRange(SemanticTexts(row.Fields[0]));
        }
        if (opts.Get("sick") is { } sick)
            foreach (var line in File.ReadLines(sick).Skip(1))
            {
                var f = line.Split('\t');
                texts.AddRange(SemanticTexts(f[1]));
                texts.AddRange(SemanticTexts(f[2]));
            }
        var encoder = new CachedEncoder(new MiniLmEncoder(), opts.Get("embedding-cache") ?? DefaultCache);
        var todo = texts.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Console.WriteLine($"{todo.Count} distinct texts, {encoder.Count} cached");
        var watch = Stopwatch.StartNew();
        var chunks = todo.Chunk(4096).ToList();
        Parallel.ForEach(chunks, new ParallelOptions { MaxDegreeOfParallelism = opts.Int("threads", 2) }, chunk =>
        {
            encoder.Encode(chunk);
            lock (encoder) encoder.Save();
            Console.WriteLine($"{encoder.Count} cached after {watch.Elapsed.TotalSeconds:0}s");
        });
        return 0;
    }

    /// <summary>The texts a semantic profile of <paramref name="text"/> encodes: its sentences, or the text itself when it is one.</summary>
    internal static IReadOnlyList<string> SemanticTexts(string text) => PairFeaturizer.EncodedTexts(text);
}
