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

    /// <summary>The outlet (publisher) named in reports; the id when no outlet was given.</summary>
    public string Outlet { get; init; }

    /// <summary>The headline given with the article (a JSONL or CSV <c>title</c> field), or null when the page's own
    /// first line is its title.</summary>
    public string? Title { get; init; }

    /// <summary>Where the article was published, or null.</summary>
    public Uri? Url { get; init; }

    /// <summary>When the article was published as given with it, or null (the report then reads a date line on the
    /// page, see <see cref="ArticleAnalysis.Published"/>).</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>Non-fatal remarks made while reading the input (for example a fallback decoding).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>A copy under another id (the outlet follows the id when none was given).</summary>
    public Article WithId(string id) =>
        new(id, Text, Path, Outlet == Id ? null : Outlet) { Title = Title, Url = Url, Published = Published, Warnings = Warnings };

    /// <summary>Creates an article from a string.</summary>
    public static Article FromString(string text, string id, string? outlet = null) => new(id, text, null, outlet);

    /// <summary>
    /// Reads an article from a text file: UTF-8, UTF-16 or UTF-32 as its byte-order mark says, else UTF-8, else
    /// Windows-1252 with a warning. The id is the file name without extension. Special files (FIFOs, devices,
    /// sockets) are refused without being opened.
    /// </summary>
    /// <exception cref="ArticleLoadException">The path is empty, or the file is missing, not a regular file,
    /// unreadable, binary or too large.</exception>
    public static Article FromFile(string path, long maxBytes = DefaultMaxBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes = Input.InputFile.ReadBytes(path, maxBytes);
        var (text, warnings) = Input.TextDecoder.Decode(bytes, path);
        return new Article(System.IO.Path.GetFileNameWithoutExtension(path), text, path) { Warnings = warnings };
    }

    /// <summary>Reads an article from a stream (read to its end; the stream is not disposed).</summary>
    /// <exception cref="ArticleLoadException">The stream failed while being read, or the content is binary or too
    /// large.</exception>
    public static Article FromStream(Stream stream, string id, string? outlet = null, long maxBytes = DefaultMaxBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(id);
        byte[] bytes = Input.InputFile.ReadStream(stream, id, maxBytes);
        var (text, warnings) = Input.TextDecoder.Decode(bytes, id);
        return new Article(id, text, null, outlet) { Warnings = warnings };
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
