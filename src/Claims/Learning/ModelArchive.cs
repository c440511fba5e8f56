using System.IO.Compression;
using System.Text;

namespace Claims.Learning;

/// <summary>
/// Reading and writing the zip files the shipped models are stored in: entries with a fixed date (so the same model
/// gives the same bytes), text entries as UTF-8 with "\n" line ends, and the embedded resources they ship as.
/// </summary>
internal static class ModelArchive
{
    /// <summary>The date every entry is stamped with.</summary>
    public static readonly DateTimeOffset Stamp = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Writes one entry by handing its stream to <paramref name="write"/>.</summary>
    public static void Write(ZipArchive zip, string name, CompressionLevel level, Action<Stream> write)
    {
        var entry = zip.CreateEntry(name, level);
        entry.LastWriteTime = Stamp;
        using var stream = entry.Open();
        write(stream);
    }

    /// <summary>Writes one text entry, compressed.</summary>
    public static void WriteText(ZipArchive zip, string name, Action<TextWriter> write) =>
        Write(zip, name, CompressionLevel.Optimal, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false));
            writer.NewLine = "\n";
            write(writer);
        });

    /// <summary>
    /// An entry's bytes, read into memory (Microsoft.ML and the deflate reader want a seekable stream), checked against
    /// the entry's CRC-32: a stored (uncompressed) entry whose bytes were overwritten reads without any zip error
    /// otherwise, and would load as a model with garbage weights.
    /// </summary>
    /// <exception cref="InvalidDataException">The entry is missing or its bytes do not match its checksum; the message
    /// names <paramref name="what"/>.</exception>
    public static MemoryStream Read(ZipArchive zip, string name, string what)
    {
        var entry = zip.GetEntry(name) ?? throw new InvalidDataException($"{what} has no {name} entry");
        var buffer = new MemoryStream();
        using (var stream = entry.Open()) stream.CopyTo(buffer);
        if (Crc32(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)) != entry.Crc32)
            throw new InvalidDataException($"{what}: entry {name} does not match its checksum");
        buffer.Position = 0;
        return buffer;
    }

    // The zip format's CRC-32 (reflected polynomial 0xEDB88320), eight bytes a step ("slicing by 8"): table k holds the
    // CRC of a byte followed by k zero bytes, so the eight lookups of a step are independent. The tables are made per
    // call (2,048 entries, microseconds); the entries read are megabytes, which bit by bit took tens of milliseconds of
    // every process's start.
    internal static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        const uint Polynomial = 0xEDB88320u;
        Span<uint> table = stackalloc uint[8 * 256];
        for (uint b = 0; b < 256; b++)
        {
            uint c = b;
            for (int bit = 0; bit < 8; bit++) c = (c & 1) != 0 ? (c >> 1) ^ Polynomial : c >> 1;
            table[(int)b] = c;
        }
        for (int k = 1; k < 8; k++)
            for (int b = 0; b < 256; b++)
            {
                uint previous = table[(k - 1) * 256 + b];
                table[k * 256 + b] = (previous >> 8) ^ table[(int)(previous & 0xFF)];
            }
        uint crc = 0xFFFFFFFFu;
        int i = 0;
        for (; i + 8 <= bytes.Length; i += 8)
        {
            uint low = crc ^ System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(bytes[i..]);
            uint high = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(bytes[(i + 4)..]);
            crc = table[7 * 256 + (int)(low & 0xFF)] ^ table[6 * 256 + (int)((low >> 8) & 0xFF)]
                ^ table[5 * 256 + (int)((low >> 16) & 0xFF)] ^ table[4 * 256 + (int)(low >> 24)]
                ^ table[3 * 256 + (int)(high & 0xFF)] ^ table[2 * 256 + (int)((high >> 8) & 0xFF)]
                ^ table[256 + (int)((high >> 16) & 0xFF)] ^ table[(int)(high >> 24)];
        }
        for (; i < bytes.Length; i++) crc = (crc >> 8) ^ table[(int)((crc ^ bytes[i]) & 0xFF)];
        return ~crc;
    }

    /// <summary>A text entry's content.</summary>
    /// <exception cref="InvalidDataException">The entry is missing; the message names <paramref name="what"/>.</exception>
    public static string ReadText(ZipArchive zip, string name, string what)
    {
        using var reader = new StreamReader(Read(zip, name, what), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Loads the model embedded as <paramref name="fileName"/> with <paramref name="load"/>; see <see cref="LoadNamed"/>.
    /// </summary>
    /// <exception cref="InvalidDataException">The embedded model is damaged; the message names it.</exception>
    public static T LoadEmbedded<T>(string fileName, Func<Stream, T> load)
    {
        using var stream = OpenEmbedded(fileName);
        return LoadNamed(fileName, stream, load);
    }

    /// <summary>
    /// Loads a model from <paramref name="stream"/> with <paramref name="load"/>, and turns any failure to read it (a
    /// truncated or corrupt zip, a damaged entry, a Microsoft.ML model that does not load) into one
    /// <see cref="InvalidDataException"/> that names the model, at load time rather than deep inside an analysis.
    /// </summary>
    /// <exception cref="InvalidDataException">The model is damaged; the message names <paramref name="name"/>.</exception>
    public static T LoadNamed<T>(string name, Stream stream, Func<Stream, T> load)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(load);
        try
        {
            return load(stream);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            // Whatever a damaged archive makes the zip, deflate, Microsoft.ML or table readers throw.
            throw new InvalidDataException($"model '{name}' is damaged (corrupt or truncated) and cannot be loaded: {e.Message}", e);
        }
    }

    /// <summary>Opens the resource embedded in this assembly whose name ends with "." + <paramref name="fileName"/>.</summary>
    /// <exception cref="InvalidOperationException">No such resource (a broken build).</exception>
    public static Stream OpenEmbedded(string fileName)
    {
        var assembly = typeof(ModelArchive).Assembly;
        string name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith("." + fileName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"embedded resource '{fileName}' is missing from {assembly.GetName().Name}");
        return assembly.GetManifestResourceStream(name)!;
    }
}
