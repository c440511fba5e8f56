using System.Buffers.Binary;
using System.Text;
using Claims.Learning;
using Claims.Text;

namespace Claims.Stance;

/// <summary>
/// The shipped relations as a binary resource: the tables <see cref="Parse"/> builds from <c>wordnet-relations.tsv</c>
/// (term ids already stemmed and hashed), written by <c>Claims.Benchmarks wordnet-binary</c>. Loading it skips reading
/// 32k lines and stemming 31k words at every start. The resource carries the checksum of the text it was made from: when
/// the text changed since, the text is parsed instead; a test checks that it equals the parse of the text.
/// </summary>
public sealed partial class WordRelations
{
    /// <summary>The text resource the relations are parsed from.</summary>
    internal const string TextResourceName = "wordnet-relations.tsv";

    /// <summary>The binary resource written from it by <see cref="WriteBinary"/>.</summary>
    internal const string BinaryResourceName = "wordnet-relations.bin";

    // "CLWR" read as a little-endian int, then the format's version.
    private const int BinaryMagic = 0x52574C43;
    private const int BinaryVersion = 1;

    // The relations of the shipped text, from the binary resource when it was made from this text, else parsed.
    private static WordRelations LoadShipped()
    {
        uint textCrc = Crc32Of(ModelArchive.OpenEmbedded(TextResourceName));
        byte[] bytes;
        using (var stream = ModelArchive.OpenEmbedded(BinaryResourceName))
        {
            bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
        }
        return ReadBinary(bytes, textCrc) ?? Parse(ResourceText.ReadLines(TextResourceName), TermExtractor.Default);
    }

    /// <summary>The CRC-32 of a stream's bytes (the stream is disposed).</summary>
    internal static uint Crc32Of(Stream stream)
    {
        using (stream)
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return ModelArchive.Crc32(copy.GetBuffer().AsSpan(0, (int)copy.Length));
        }
    }

    /// <summary>
    /// The relations written in <paramref name="bytes"/> by <see cref="WriteBinary"/>, or null when they were made from
    /// another text than the one whose CRC-32 is <paramref name="textCrc"/> (a stale resource).
    /// </summary>
    /// <exception cref="InvalidDataException">The bytes are no such resource, or damaged (checksum, truncation).</exception>
    internal static WordRelations? ReadBinary(byte[] bytes, uint textCrc)
    {
        var reader = new BinaryInts(bytes);
        if (bytes.Length < 16 || reader.Int() != BinaryMagic || reader.Int() != BinaryVersion)
            throw Damaged("not a relations resource of this version");
        uint payloadCrc = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(bytes.Length - 4));
        if (ModelArchive.Crc32(bytes.AsSpan(8, bytes.Length - 12)) != payloadCrc) throw Damaged("checksum mismatch");
        if ((uint)reader.Int() != textCrc) return null;
        var antonyms = reader.Table();
        var synonyms = reader.Table();
        var hypernyms = reader.Table();
        var hyponyms = reader.Table();
        int senseCount = reader.Count();
        var senses = new Dictionary<long, AntonymSense[]>(senseCount);
        for (int k = 0; k < senseCount; k++)
        {
            long key = reader.Long();
            var list = new AntonymSense[reader.Count()];
            for (int s = 0; s < list.Length; s++)
                list[s] = new AntonymSense((PartsOfSpeech)reader.Int(), reader.Text(), reader.Text());
            senses[key] = list;
        }
        if (reader.Position != bytes.Length - 4) throw Damaged("length mismatch");
        return new WordRelations(antonyms, synonyms, hypernyms, hyponyms, senses);
    }

    private static InvalidDataException Damaged(string why) =>
        new($"resource '{BinaryResourceName}' is damaged ({why}); write it again with 'Claims.Benchmarks wordnet-binary'");

    /// <summary>
    /// Writes the relations for <see cref="ReadBinary"/>, stamped with <paramref name="textCrc"/> (the CRC-32 of the text
    /// they were parsed from): each table's entries in the order the table holds them, so a read gives equal tables.
    /// </summary>
    internal void WriteBinary(Stream stream, uint textCrc)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var payload = new MemoryStream();
        using (var w = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(BinaryMagic);
            w.Write(BinaryVersion);
            w.Write(textCrc);
            foreach (var table in new[] { _antonyms, _synonyms, _hypernyms, _hyponyms })
            {
                w.Write(table.Count);
                foreach (var (term, related) in table)
                {
                    w.Write(term);
                    w.Write(related.Length);
                    foreach (int id in related) w.Write(id);
                }
            }
            w.Write(_antonymSenses.Count);
            foreach (var (key, senses) in _antonymSenses)
            {
                w.Write(key);
                w.Write(senses.Length);
                foreach (var sense in senses)
                {
                    w.Write((int)sense.PartOfSpeech);
                    WriteText(w, sense.Word);
                    WriteText(w, sense.Antonym);
                }
            }
        }
        var bytes = payload.GetBuffer().AsSpan(0, (int)payload.Length);
        stream.Write(bytes);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(crc, ModelArchive.Crc32(bytes[8..]));
        stream.Write(crc);
    }

    private static void WriteText(BinaryWriter w, string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        w.Write(utf8.Length);
        w.Write(utf8);
    }

    /// <summary>True when <paramref name="other"/> holds the same tables, entries in the same order.</summary>
    internal bool SameTables(WordRelations other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return SameTable(_antonyms, other._antonyms) && SameTable(_synonyms, other._synonyms)
            && SameTable(_hypernyms, other._hypernyms) && SameTable(_hyponyms, other._hyponyms)
            && _antonymSenses.Count == other._antonymSenses.Count
            && _antonymSenses.Zip(other._antonymSenses).All(p => p.First.Key == p.Second.Key && p.First.Value.SequenceEqual(p.Second.Value));
    }

    private static bool SameTable(Dictionary<int, int[]> x, Dictionary<int, int[]> y) =>
        x.Count == y.Count && x.Zip(y).All(p => p.First.Key == p.Second.Key && p.First.Value.AsSpan().SequenceEqual(p.Second.Value));

    /// <summary>Reads the little-endian values <see cref="WriteBinary"/> wrote; a read past the end is damage.</summary>
    private sealed class BinaryInts(byte[] bytes)
    {
        public int Position { get; private set; }

        private ReadOnlySpan<byte> Take(int n)
        {
            if (n < 0 || Position + n > bytes.Length - 4) throw Damaged("truncated");
            var span = bytes.AsSpan(Position, n);
            Position += n;
            return span;
        }

        public int Int() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

        public long Long() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

        // A count of items that follow, each at least four bytes: a larger one is damage, not an allocation to try.
        public int Count()
        {
            int n = Int();
            if (n < 0 || n > (bytes.Length - Position) / 4) throw Damaged("bad count");
            return n;
        }

        public string Text() => Encoding.UTF8.GetString(Take(Int()));

        public Dictionary<int, int[]> Table()
        {
            int count = Count();
            var table = new Dictionary<int, int[]>(count);
            for (int k = 0; k < count; k++)
            {
                int term = Int();
                var related = new int[Count()];
                var source = Take(related.Length * 4);
                for (int i = 0; i < related.Length; i++) related[i] = BinaryPrimitives.ReadInt32LittleEndian(source[(i * 4)..]);
                table[term] = related;
            }
            return table;
        }
    }
}
