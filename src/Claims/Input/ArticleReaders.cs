namespace Claims.Input;

/// <summary>
/// The article readers by name and file extension (immutable; <see cref="With"/> gives a registry with one more or a
/// replaced reader). The CLI and <see cref="ArticleLoader"/> choose readers from here, so a reader registered by a
/// user is used by both.
/// </summary>
public sealed class ArticleReaders
{
    private readonly IReadOnlyList<IArticleReader> _readers;

    /// <summary>Plain text (<c>.txt</c>), JSON Lines (<c>.jsonl</c>, <c>.ndjson</c>) and CSV (<c>.csv</c>).</summary>
    public static ArticleReaders Default { get; } = new([new TxtArticleReader(), new JsonlArticleReader(), new CsvArticleReader()]);

    /// <summary>Creates a registry; a later reader with the same name replaces an earlier one.</summary>
    public ArticleReaders(IEnumerable<IArticleReader> readers)
    {
        ArgumentNullException.ThrowIfNull(readers);
        var list = new List<IArticleReader>();
        foreach (var reader in readers)
        {
            ArgumentNullException.ThrowIfNull(reader, nameof(readers));
            list.RemoveAll(r => string.Equals(r.Name, reader.Name, StringComparison.OrdinalIgnoreCase));
            list.Add(reader);
        }
        _readers = list;
    }

    /// <summary>The readers, in registration order.</summary>
    public IReadOnlyList<IArticleReader> All => _readers;

    /// <summary>The names of the readers.</summary>
    public IEnumerable<string> Names => _readers.Select(r => r.Name);

    /// <summary>A registry with <paramref name="reader"/> added (or replacing the reader of the same name).</summary>
    public ArticleReaders With(IArticleReader reader) => new([.. _readers, reader]);

    /// <summary>The reader called <paramref name="name"/> (case-insensitive), or null.</summary>
    public IArticleReader? ForName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _readers.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The reader for the extension of <paramref name="path"/> (case-insensitive), or null.</summary>
    public IArticleReader? ForPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string extension = Path.GetExtension(path);
        return extension.Length == 0 ? null
            : _readers.LastOrDefault(r => r.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase));
    }
}
