using System.Globalization;
using Claims.Reporting;

namespace Claims.Input;

/// <summary>
/// Loads articles from paths the way a user names them: files (read by the reader their extension names, plain text
/// otherwise), folders (the files a reader is registered for; subfolders with <see cref="Recursive"/>), and
/// <c>-</c> for standard input. Every path is tried; each failure is an <see cref="InputError"/> naming the input (and
/// the line, for a JSONL or CSV row), never an exception, so one bad path does not stop the others. Special files
/// (FIFOs, devices, sockets) are refused by name without being opened.
/// </summary>
public sealed class ArticleLoader
{
    /// <summary>Creates a loader over the default readers.</summary>
    public ArticleLoader() : this(ArticleReaders.Default) { }

    /// <summary>Creates a loader over <paramref name="readers"/>.</summary>
    public ArticleLoader(ArticleReaders readers) => Readers = readers ?? throw new ArgumentNullException(nameof(readers));

    /// <summary>The readers files are read with.</summary>
    public ArticleReaders Readers { get; }

    /// <summary>Whether folders are read with their subfolders (default false: subfolders are skipped, and said so).</summary>
    public bool Recursive { get; init; }

    /// <summary>Largest input read, in bytes.</summary>
    public long MaxBytes { get; init; } = Article.DefaultMaxBytes;

    /// <summary>The reader for standard input (<c>-</c>); default "txt".</summary>
    public string StandardInputFormat { get; init; } = "txt";

    /// <summary>Opens standard input; default <see cref="Console.OpenStandardInput()"/>.</summary>
    public Func<Stream> OpenStandardInput { get; init; } = Console.OpenStandardInput;

    /// <summary>Loads every path. Articles get distinct ids: a repeated id gets a suffix ("x~2") and a note.</summary>
    public ArticleLoadResult Load(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var result = new Accumulator();
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ArgumentNullException.ThrowIfNull(path, nameof(paths));
            if (path == "-")
                ReadStandardInput(result, cancellationToken);
            else
                LoadPath(path, result, cancellationToken);
        }
        return new ArticleLoadResult(result.Articles, result.Errors, result.Notes);
    }

    private void LoadPath(string path, Accumulator result, CancellationToken cancellationToken)
    {
        InputFileKind kind;
        try
        {
            kind = path.Length == 0 ? InputFileKind.Missing : InputFile.KindOf(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            result.Errors.Add(new InputError(path, e.Message));
            return;
        }
        if (kind == InputFileKind.Directory)
            LoadFolder(path, result, cancellationToken);
        else if (kind == InputFileKind.Regular)
            ReadFile(path, Readers.ForPath(path) ?? Readers.ForName("txt") ?? Readers.All[0], result, cancellationToken);
        else
            result.Errors.Add(new InputError(path, path.Length == 0 ? "empty path" : InputFile.Describe(kind)));
    }

    private void LoadFolder(string root, Accumulator result, CancellationToken cancellationToken)
    {
        int found = 0, skippedFolders = 0;
        var pending = new Stack<string>([root]);
        // Folders by their real path: a link back to a parent is read once, not followed forever.
        var visited = new HashSet<string>(StringComparer.Ordinal) { RealPath(root) };
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string folder = pending.Pop();
            string[] files, folders;
            try
            {
                files = Directory.GetFiles(folder);
                folders = Directory.GetDirectories(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                result.Errors.Add(new InputError(folder, $"folder cannot be read: {e.Message}"));
                continue;
            }
            foreach (var file in files.Order(StringComparer.Ordinal))
            {
                if (Readers.ForPath(file) is not { } reader) continue;
                found++;
                var kind = InputFile.KindOf(file);
                if (kind == InputFileKind.Regular) ReadFile(file, reader, result, cancellationToken);
                else result.Errors.Add(new InputError(file, InputFile.Describe(kind)));
            }
            if (Recursive)
            {
                foreach (var sub in folders.OrderDescending(StringComparer.Ordinal))
                {
                    if (visited.Add(RealPath(sub))) pending.Push(sub);
                    else result.Notes.Add($"{sub}: a link to a folder already read; not read again");
                }
            }
            else
                skippedFolders += folders.Length;
        }
        if (skippedFolders > 0)
            result.Notes.Add(string.Create(CultureInfo.InvariantCulture, $"{root}: {skippedFolders} subfolder(s) not read (use --recursive)"));
        if (found == 0)
            result.Errors.Add(new InputError(root, $"folder has no {string.Join(", ", Readers.All.SelectMany(r => r.Extensions).Select(e => "*" + e))} files"));
    }

    private static string RealPath(string folder)
    {
        try
        {
            var info = new DirectoryInfo(folder);
            return Path.TrimEndingDirectorySeparator((info.ResolveLinkTarget(returnFinalTarget: true) ?? info).FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Path.GetFullPath(folder);
        }
    }

    private void ReadFile(string path, IArticleReader reader, Accumulator result, CancellationToken cancellationToken)
    {
        try
        {
            byte[] bytes = InputFile.ReadBytes(path, MaxBytes);
            var (text, warnings) = TextDecoder.Decode(bytes, path);
            Add(reader, new InputText(Path.GetFileNameWithoutExtension(path), path, path, text) { Warnings = warnings }, result, cancellationToken);
        }
        catch (ArticleLoadException e)
        {
            result.Errors.Add(new InputError(e.Input, e.Reason));
        }
    }

    private void ReadStandardInput(Accumulator result, CancellationToken cancellationToken)
    {
        if (Readers.ForName(StandardInputFormat) is not { } reader)
        {
            result.Errors.Add(new InputError("-", $"no reader called '{StandardInputFormat}' for standard input"));
            return;
        }
        try
        {
            using var stream = OpenStandardInput();
            byte[] bytes = InputFile.ReadStream(stream, "-", MaxBytes);
            var (text, warnings) = TextDecoder.Decode(bytes, "-");
            Add(reader, new InputText("stdin", "-", null, text) { Warnings = warnings }, result, cancellationToken);
        }
        catch (ArticleLoadException e)
        {
            result.Errors.Add(new InputError(e.Input, e.Reason));
        }
    }

    private static void Add(IArticleReader reader, InputText input, Accumulator result, CancellationToken cancellationToken)
    {
        foreach (var item in reader.Read(input, cancellationToken))
        {
            if (item.Error is { } error)
            {
                result.Errors.Add(error);
                continue;
            }
            var article = item.Article!;
            string id = article.Id;
            for (int n = 2; !result.Ids.Add(id); n++) id = string.Create(CultureInfo.InvariantCulture, $"{article.Id}~{n}");
            result.Articles.Add(id == article.Id ? article : article.WithId(id));
        }
    }

    private sealed class Accumulator
    {
        public List<Article> Articles { get; } = [];
        public List<InputError> Errors { get; } = [];
        public List<string> Notes { get; } = [];
        public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);
    }
}

/// <summary>What <see cref="ArticleLoader.Load"/> read.</summary>
/// <param name="Articles">The articles, in the order of the paths (folders in ordinal file-name order).</param>
/// <param name="Errors">Inputs or rows that could not be read, each naming the input (and line).</param>
/// <param name="Notes">Remarks that are not errors (subfolders skipped).</param>
public sealed record ArticleLoadResult(IReadOnlyList<Article> Articles, IReadOnlyList<InputError> Errors, IReadOnlyList<string> Notes);
