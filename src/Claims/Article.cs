using System.Text;

namespace Claims;

/// <summary>
/// One news article as read: its text (byte-order mark removed, nothing else changed), where it came from and the
/// outlet that published it. All offsets produced by the library index into <see cref="Text"/>.
/// </summary>
public sealed record Article
{
    /// <summary>Default upper bound on an article's size in bytes (64 MiB); larger inputs are refused.</summary>
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    /// <summary>Creates an article from text already in memory.</summary>
    /// <param name="id">Stable identifier, unique within one analysis (for files: the file name without extension).</param>
    /// <param name="text">The article text; offsets index into it unchanged.</param>
    /// <param name="path">Where the text came from, if anywhere.</param>
    /// <param name="outlet">Publishing outlet, if known; defaults to <paramref name="id"/>.</param>
    public Article(string id, string text, string? path = null, string? outlet = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        if (id.Length == 0)
            throw new ArgumentException("An article id must not be empty.", nameof(id));
        Id = id;
        Text = text;
        Path = path;
        Outlet = outlet ?? id;
    }

    /// <summary>Stable identifier, unique within one analysis.</summary>
    public string Id { get; }

    /// <summary>The article text; every span the library reports indexes into it.</summary>
    public string Text { get; }

    /// <summary>Source file path, or null for in-memory articles.</summary>
    public string? Path { get; }

    /// <summary>The outlet (publisher) named in reports.</summary>
    public string Outlet { get; }

    /// <summary>Non-fatal remarks made while reading the input (for example a fallback decoding).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Creates an article from a string.</summary>
    public static Article FromString(string text, string id, string? outlet = null) => new(id, text, null, outlet);

    /// <summary>
    /// Reads an article from a UTF-8 (with or without BOM) or UTF-16 (with BOM) file. The id is the file name
    /// without extension.
    /// </summary>
    /// <exception cref="ArticleLoadException">The file is missing, unreadable, binary or too large.</exception>
    public static Article FromFile(string path, long maxBytes = DefaultMaxBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
                throw new ArticleLoadException(path, "file not found");
            if (info.Length > maxBytes)
                throw new ArticleLoadException(path, $"file is {info.Length:N0} bytes, over the limit of {maxBytes:N0}");
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ArticleLoadException(path, e.Message, e);
        }
        return FromBytes(bytes, System.IO.Path.GetFileNameWithoutExtension(path), path);
    }

    /// <summary>Reads an article from a stream (read to its end; the stream is not disposed).</summary>
    /// <exception cref="ArticleLoadException">The content is binary or too large.</exception>
    public static Article FromStream(Stream stream, string id, string? outlet = null, long maxBytes = DefaultMaxBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(id);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
                throw new ArticleLoadException(id, $"stream is over the limit of {maxBytes:N0} bytes");
            buffer.Write(chunk, 0, read);
        }
        var article = FromBytes(buffer.ToArray(), id, null);
        return outlet is null ? article : new Article(article.Id, article.Text, null, outlet) { Warnings = article.Warnings };
    }

    /// <summary>Decodes raw bytes: BOM-aware, strict UTF-8 with a Latin-1 fallback that is reported as a warning.</summary>
    internal static Article FromBytes(byte[] bytes, string id, string? path)
    {
        string input = path ?? id;
        var warnings = new List<string>();
        string text;
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            text = DecodeUtf8(bytes.AsSpan(3), input, warnings);
        else if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            text = Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        else if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            text = Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        else
        {
            if (LooksBinary(bytes))
                throw new ArticleLoadException(input, "content is binary (NUL or control bytes), not text");
            text = DecodeUtf8(bytes, input, warnings);
        }
        return new Article(id, text, path) { Warnings = warnings };
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, string input, List<string> warnings)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            // Not UTF-8: most such news files are Windows-1252/Latin-1. Decoding as Latin-1 keeps every byte
            // (no data dropped) and the warning tells the caller the offsets refer to that decoding.
            warnings.Add($"{input}: not valid UTF-8 (first bad byte at index {e.Index}); decoded as Latin-1");
            return Encoding.Latin1.GetString(bytes);
        }
    }

    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 8192)];
        int control = 0;
        foreach (byte b in head)
        {
            if (b == 0)
                return true;
            if ((b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C)) || b == 0x7F)
                control++;
        }
        // Text has next to no control bytes; random or compressed data without a NUL still has about 11%.
        return head.Length > 0 && control * 50 > head.Length;
    }
}

/// <summary>An input could not be read as an article; <see cref="Input"/> names it.</summary>
public sealed class ArticleLoadException : Exception
{
    /// <summary>Creates the exception for <paramref name="input"/>.</summary>
    public ArticleLoadException(string input, string reason, Exception? inner = null)
        : base($"{input}: {reason}", inner)
    {
        Input = input;
        Reason = reason;
    }

    /// <summary>The path or id of the input that failed.</summary>
    public string Input { get; }

    /// <summary>Why it failed, without the input name.</summary>
    public string Reason { get; }
}
