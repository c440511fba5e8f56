namespace Claims.Input;

/// <summary>A plain text file is one article; its id is the file name without extension, and the page layout stage
/// reads its first line as the title when it reads as one.</summary>
public sealed class TxtArticleReader : IArticleReader
{
    /// <inheritdoc />
    public string Name => "txt";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".txt"];

    /// <inheritdoc />
    public IEnumerable<ArticleReadResult> Read(InputText input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return [ArticleReadResult.Of(new Article(input.Name, input.Text, input.Path) { Warnings = input.Warnings })];
    }
}
