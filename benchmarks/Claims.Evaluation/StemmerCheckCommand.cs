using System.Globalization;
using Claims.Segmentation;
using Claims.Text;

namespace Claims.Evaluation;

/// <summary>
/// Compares the library's Porter2 stemmer and stop set with Lucene.Net's Snowball EnglishStemmer and English stop set
/// (the dependency they replace) over every word of the given text files plus suffixed variants of each word:
/// <c>stemmer-check FILE... [--show 20] [--write-cases porter2.tsv]</c>. Exits 1 on any difference.
/// </summary>
public sealed class StemmerCheckCommand : IEvaluationCommand
{
    private static readonly string[] Suffixes = ["s", "es", "ed", "ing", "ly", "ness", "ational", "ization", "fulness", "ement", "ingly", "edly", "ies", "ied", "ment", "ative", "alize", "iciti", "ously", "ibly", "'s"];

    /// <inheritdoc />
    public string Name => "stemmer-check";

    /// <inheritdoc />
    public string Usage => "FILE... [--show 20] [--write-cases FILE]";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        int show = 20;
        string? writeCases = null;
        var files = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--show" && i + 1 < args.Length) show = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else if (args[i] == "--write-cases" && i + 1 < args.Length) writeCases = args[++i];
            else files.Add(args[i]);
        }
        if (files.Count == 0) { Console.Error.WriteLine($"usage: {Name} {Usage}"); return 2; }

        var words = new HashSet<string>(StringComparer.Ordinal);
        var tokenizer = new Tokenizer();
        foreach (var file in files)
        {
            string text = File.ReadAllText(file);
            foreach (var token in tokenizer.Tokenize(text))
                if (token.Kind == TokenKind.Word) words.Add(TermExtractor.Lower(token.Of(text)));
        }
        int read = words.Count;
        if (writeCases is not null)
        {
            // The unit tests' case table: every word read, and the suffixed variants of every tenth, with Lucene's stem.
            var sample = words.Order(StringComparer.Ordinal).ToList();
            var cases = sample.Concat(sample.Where((_, i) => i % 10 == 0).SelectMany(w => Suffixes.Select(s => w + s))).Distinct().ToList();
            var reference = new Lucene.Net.Tartarus.Snowball.Ext.EnglishStemmer();
            using var writer = new StreamWriter(writeCases);
            writer.WriteLine("# word\tstem: Lucene.Net's Snowball EnglishStemmer on the words of the seed articles and suffixed variants (stemmer-check --write-cases)");
            foreach (var word in cases)
            {
                reference.SetCurrent(word);
                reference.Stem();
                writer.WriteLine($"{word}\t{reference.Current}");
            }
            Console.WriteLine($"wrote {cases.Count} cases to {writeCases}");
        }
        foreach (var word in words.ToList())
            foreach (var suffix in Suffixes) words.Add(word + suffix);

        var lucene = new Lucene.Net.Tartarus.Snowball.Ext.EnglishStemmer();
        int differences = 0;
        foreach (var word in words.Order(StringComparer.Ordinal))
        {
            lucene.SetCurrent(word);
            lucene.Stem();
            string expected = lucene.Current;
            string actual = Claims.Text.EnglishStemmer.Default.Stem(word);
            if (expected == actual) continue;
            if (differences++ < show) Console.WriteLine($"  {word}: Lucene '{expected}', Claims '{actual}'");
        }
        var luceneStops = Lucene.Net.Analysis.En.EnglishAnalyzer.DefaultStopSet.Select(w => w.ToString()!).ToHashSet(StringComparer.Ordinal);
        bool sameStops = luceneStops.SetEquals(TermExtractor.EnglishStopSet);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"stemmer: {words.Count} words ({read} read, the rest suffixed variants), {differences} differences; stop set: {TermExtractor.EnglishStopSet.Count} words, {(sameStops ? "identical to" : "DIFFERENT from")} Lucene's {luceneStops.Count}"));
        return differences == 0 && sameStops ? 0 : 1;
    }
}
