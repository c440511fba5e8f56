using Claims.Learning;
using Claims.Stance;
using Claims.Text;

namespace Claims.Tests.Stance;

/// <summary>The shipped binary WordNet relations are the parse of the shipped text, and damage is refused.</summary>
public class WordRelationsBinaryTests
{
    private static byte[] Embedded(string name)
    {
        using var stream = ModelArchive.OpenEmbedded(name);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static uint TextCrc => WordRelations.Crc32Of(ModelArchive.OpenEmbedded(WordRelations.TextResourceName));

    private static WordRelations Parsed() =>
        WordRelations.Parse(ResourceText.ReadLines(WordRelations.TextResourceName), TermExtractor.Default);

    // Fails after a change of the text, the stemmer or the stop words until the resource is written again:
    // dotnet benchmarks/Claims.Benchmarks/bin/Release/net10.0/Claims.Benchmarks.dll wordnet-binary (from the repository root).
    [Test]
    public void ShippedBinaryIsTheParsedText()
    {
        var binary = WordRelations.ReadBinary(Embedded(WordRelations.BinaryResourceName), TextCrc);
        Assert.That(binary, Is.Not.Null, "the binary resource was written from another text: run 'Claims.Benchmarks wordnet-binary'");
        Assert.That(binary!.SameTables(Parsed()), Is.True, "the binary resource differs from the parsed text: run 'Claims.Benchmarks wordnet-binary'");
        Assert.That(WordRelations.Default.SameTables(binary), Is.True);
    }

    [Test]
    public void WrittenRelationsReadBackEqual()
    {
        var parsed = WordRelations.Parse(["ant\ta\thot\tcold", "ant\tfast\tslow", "syn\tbig large huge", "hyp\tguitar\tinstrument device"],
            TermExtractor.Default);
        using var stream = new MemoryStream();
        parsed.WriteBinary(stream, 42);
        var read = WordRelations.ReadBinary(stream.ToArray(), 42);
        Assert.That(read!.SameTables(parsed), Is.True);
        Assert.That(read.AntonymTermCount, Is.EqualTo(4));
        Assert.That(read.AreSimilar("big", "huge"), Is.True);
        Assert.That(read.SameTables(WordRelations.None), Is.False);
    }

    [Test]
    public void BinaryOfAnotherTextIsNotRead() =>
        Assert.That(WordRelations.ReadBinary(Embedded(WordRelations.BinaryResourceName), TextCrc ^ 1), Is.Null);

    [TestCase("flip")]
    [TestCase("cut")]
    [TestCase("empty")]
    [TestCase("magic")]
    public void DamagedBinaryIsRefused(string damage)
    {
        var bytes = Embedded(WordRelations.BinaryResourceName);
        byte[] damaged = damage switch
        {
            "flip" => Flip(bytes, bytes.Length / 2),
            "cut" => bytes[..(bytes.Length / 3)],
            "empty" => [],
            _ => Flip(bytes, 0),
        };
        var error = Assert.Throws<InvalidDataException>(() => WordRelations.ReadBinary(damaged, TextCrc));
        Assert.That(error!.Message, Does.Contain(WordRelations.BinaryResourceName).And.Contain("damaged"));
    }

    private static byte[] Flip(byte[] bytes, int at)
    {
        var copy = (byte[])bytes.Clone();
        copy[at] ^= 0x5A;
        return copy;
    }
}
