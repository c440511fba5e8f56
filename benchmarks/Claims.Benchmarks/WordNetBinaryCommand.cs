using Claims.Stance;
using Claims.Text;

namespace Claims.Benchmarks;

/// <summary>
/// <c>wordnet-binary [--tsv F] [--out F]</c>: parses the WordNet relations text (default
/// <c>src/Claims/Resources/wordnet-relations.tsv</c>) with the shipped stemmer and stop words and writes the binary
/// resource the library loads at start (default <c>src/Claims/Resources/wordnet-relations.bin</c>), stamped with the
/// text's CRC-32. Run it again after changing the text, the stemmer or the stop words (a test fails until then); then
/// rebuild.
/// </summary>
public sealed class WordNetBinaryCommand : ICustomCommand
{
    /// <inheritdoc />
    public string Name => "wordnet-binary";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        var options = GrowthCaseCommand.Arguments(args);
        string tsv = options.GetValueOrDefault("--tsv", "src/Claims/Resources/" + WordRelations.TextResourceName);
        string output = options.GetValueOrDefault("--out", "src/Claims/Resources/" + WordRelations.BinaryResourceName);
        if (!File.Exists(tsv))
        {
            Console.Error.WriteLine($"usage: wordnet-binary [--tsv F] [--out F] (no file '{tsv}')");
            return 2;
        }
        uint crc = WordRelations.Crc32Of(File.OpenRead(tsv));
        var relations = WordRelations.Parse(ResourceText.ReadLines(tsv, File.OpenRead(tsv)), TermExtractor.Default);
        using (var stream = File.Create(output)) relations.WriteBinary(stream, crc);
        Console.WriteLine($"wrote {output} ({new FileInfo(output).Length:N0} bytes) from {tsv} (CRC-32 {crc:x8})");
        return 0;
    }
}
