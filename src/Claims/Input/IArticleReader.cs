using Claims.Reporting;

namespace Claims.Input;

/// <summary>
/// Turns one decoded input (a file or standard input) into articles: one for a plain text file, one per row for
/// JSON Lines or CSV. Readers are registered by name and file extension in <see cref="ArticleReaders"/>; the CLI and
/// <see cref="ArticleLoader"/> choose them from there.
/// </summary>
public interface IArticleReader
{
    /// <summary>The reader's name as given to <c>--input-format</c> ("txt", "jsonl", "csv").</summary>
    string Name { get; }

    /// <summary>File extensions it reads, with the dot, lower case (".txt").</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Reads the articles of <paramref name="input"/>; a bad row is an error result naming the input and
    /// line, and the rows after it are still read.</summary>
    IEnumerable<ArticleReadResult> Read(InputText input, CancellationToken cancellationToken = default);
}

/// <summary>One decoded input.</summary>
/// <param name="Name">The name articles from it are called by default: the file name without extension, or
/// "stdin".</param>
/// <param name="Source">How the input is named in messages: the path as given, or "-".</param>
/// <param name="Path">The file path, or null for standard input.</param>
/// <param name="Text">The decoded text.</param>
public sealed record InputText(string Name, string Source, string? Path, string Text)
{
    /// <summary>Remarks made while decoding (for example a Windows-1252 fallback).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>Either an article or the error that stopped one row of an input.</summary>
public sealed record ArticleReadResult
{
    private ArticleReadResult(Article? article, InputError? error) => (Article, Error) = (article, error);

    /// <summary>The article read, or null when <see cref="Error"/> is set.</summary>
    public Article? Article { get; }

    /// <summary>What went wrong, or null when <see cref="Article"/> is set.</summary>
    public InputError? Error { get; }

    /// <summary>A result holding an article.</summary>
    public static ArticleReadResult Of(Article article) => new(article ?? throw new ArgumentNullException(nameof(article)), null);

    /// <summary>A result holding an error.</summary>
    public static ArticleReadResult Failed(InputError error) => new(null, error ?? throw new ArgumentNullException(nameof(error)));
}
