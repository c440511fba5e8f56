using System.Text;
using Claims.Attribution.Learned;
using Claims.Learning;
using Claims.Stance;
using Claims.Text;

namespace Claims.Tests.Learning;

/// <summary>
/// A damaged shipped model or text resource (truncated, corrupt bytes, an LFS pointer) fails at load time with an
/// <see cref="InvalidDataException"/> that names it, through the same code path the shipped models load with.
/// </summary>
public class DamagedResourceTests
{
    private static byte[] Embedded(string name)
    {
        using var stream = ModelArchive.OpenEmbedded(name);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static IEnumerable<TestCaseData> Models()
    {
        Func<Stream, object> attribution = s => LearnedAttributionModel.Load(s);
        Func<Stream, object> stance = s => StanceModel.Load(s);
        foreach (var (name, load) in new[] { (LearnedAttributionModel.ResourceName, attribution), (StanceModel.ResourceName, stance) })
            foreach (var damage in new[] { "empty", "first 100 bytes", "first tenth", "first half", "all but the last byte", "middle overwritten" })
                yield return new TestCaseData(name, load, damage).SetArgDisplayNames(name, damage);
    }

    private static byte[] Damage(byte[] bytes, string damage) => damage switch
    {
        "empty" => [],
        "first 100 bytes" => bytes[..100],
        "first tenth" => bytes[..(bytes.Length / 10)],
        "first half" => bytes[..(bytes.Length / 2)],
        "all but the last byte" => bytes[..^1],
        "middle overwritten" => Overwrite(bytes),
        _ => throw new ArgumentOutOfRangeException(nameof(damage)),
    };

    // A run of bytes in the middle of the archive (inside a compressed entry) replaced by a pattern.
    private static byte[] Overwrite(byte[] bytes)
    {
        var copy = (byte[])bytes.Clone();
        for (int i = copy.Length / 3; i < copy.Length / 3 + 4096; i++) copy[i] = (byte)(i * 31);
        return copy;
    }

    [TestCaseSource(nameof(Models))]
    public void DamagedModelFailsAtLoadNamingIt(string name, Func<Stream, object> load, string damage)
    {
        var bytes = Damage(Embedded(name), damage);
        var error = Assert.Throws<InvalidDataException>(() => ModelArchive.LoadNamed(name, new MemoryStream(bytes), load));
        Assert.That(error!.Message, Does.Contain(name).And.Contain("damaged"));
    }

    [Test]
    public void IntactModelsLoadThroughTheSamePath()
    {
        Assert.That(ModelArchive.LoadNamed(LearnedAttributionModel.ResourceName,
            new MemoryStream(Embedded(LearnedAttributionModel.ResourceName)), LearnedAttributionModel.Load).Threshold, Is.InRange(0.0, 1.0));
        Assert.That(ModelArchive.LoadNamed(StanceModel.ResourceName,
            new MemoryStream(Embedded(StanceModel.ResourceName)), StanceModel.Load).Labels, Is.Not.Empty);
    }

    [TestCase("cue-verbs-en.tsv")]
    [TestCase("wordnet-relations.tsv")]
    [TestCase("concepts-en.tsv")]
    [TestCase("navigation-en.txt")]
    public void TextResourcesReadIntactAndRefuseDamage(string name)
    {
        var bytes = Embedded(name);
        Assert.That(ResourceText.ReadLines(name).ToList(), Is.EqualTo(ResourceText.ReadLines(name, new MemoryStream(bytes)).ToList()));
        Assert.That(ResourceText.ReadLines(name).Count(), Is.GreaterThan(0));

        // Cut inside a multi-byte character: the two lead bytes of "€" end the resource.
        byte[] cut = [.. bytes, 0xE2, 0x82];
        AssertRefused(name, cut, "UTF-8");
        AssertRefused(name, [], "empty");
        AssertRefused(name, Encoding.UTF8.GetBytes("version https://git-lfs.github.com/spec/v1\noid sha256:00\nsize 12\n"), "LFS");
    }

    private static void AssertRefused(string name, byte[] bytes, string why)
    {
        var error = Assert.Throws<InvalidDataException>(() => ResourceText.ReadLines(name, new MemoryStream(bytes)).ToList());
        Assert.That(error!.Message, Does.Contain(name).And.Contain(why));
    }

    // The checksum read eight bytes a step is the zip format's CRC-32: its check value, and the bit-by-bit definition
    // at every length around the eight-byte steps.
    [Test]
    public void ChecksumIsTheZipCrc32()
    {
        Assert.That(ModelArchive.Crc32("123456789"u8), Is.EqualTo(0xCBF43926u));
        var bytes = Enumerable.Range(0, 40).Select(i => (byte)(i * 37 + 11)).ToArray();
        for (int length = 0; length <= bytes.Length; length++)
            Assert.That(ModelArchive.Crc32(bytes.AsSpan(0, length)), Is.EqualTo(BitByBit(bytes.AsSpan(0, length))), $"{length} bytes");
    }

    private static uint BitByBit(ReadOnlySpan<byte> bytes)
    {
        uint crc = 0xFFFFFFFFu;
        foreach (byte b in bytes)
        {
            crc ^= b;
            for (int bit = 0; bit < 8; bit++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }
}
