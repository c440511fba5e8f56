using System.CommandLine;
using System.Text;
using Claims.Reporting;

namespace Claims.Cli;

/// <summary>
/// The <c>claims</c> command line: <c>analyze PATH... [--format text|json] [--out FILE]</c> and
/// <c>extract PATH... --format jsonl [--out FILE]</c>. Exit codes: 0 success, 2 bad arguments or unreadable input
/// (the message names the input; readable inputs are still analyzed and written).
/// </summary>
public sealed class CliApp
{
    /// <summary>Exit code for success.</summary>
    public const int Success = 0;

    /// <summary>Exit code for bad arguments or unreadable input.</summary>
    public const int BadInput = 2;

    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly Func<ClaimAnalyzer> _analyzerFactory;
    private readonly Func<ClaimAnalyzer> _lexicalFactory;

    /// <summary>
    /// Creates the app writing to the given streams with the semantic analyzer (<c>UseSemantic()</c>); <c>--lexical</c>
    /// selects the lexical one (<see cref="ClaimAnalyzer.CreateDefault"/>).
    /// </summary>
    public CliApp(TextWriter stdout, TextWriter stderr)
        : this(stdout, stderr, () => new ClaimAnalyzerBuilder().UseDefaults().UseSemantic().Build(), ClaimAnalyzer.CreateDefault) { }

    /// <summary>
    /// Creates the app with a custom analyzer factory (called once per run, only when there is work), and optionally
    /// another for <c>--lexical</c> (default: the same factory).
    /// </summary>
    public CliApp(TextWriter stdout, TextWriter stderr, Func<ClaimAnalyzer> analyzerFactory, Func<ClaimAnalyzer>? lexicalFactory = null)
    {
        _stdout = stdout ?? throw new ArgumentNullException(nameof(stdout));
        _stderr = stderr ?? throw new ArgumentNullException(nameof(stderr));
        _analyzerFactory = analyzerFactory ?? throw new ArgumentNullException(nameof(analyzerFactory));
        _lexicalFactory = lexicalFactory ?? analyzerFactory;
    }

    /// <summary>Parses <paramref name="args"/> and runs the command.</summary>
    public int Run(string[] args, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        var paths = new Argument<string[]>("paths") { Description = "Article files (*.txt) or folders of them", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "Output format: text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var output = new Option<string?>("--out") { Description = "Write the output to FILE instead of standard output" };
        var lexical = new Option<bool>("--lexical") { Description = "Use the lexical pipeline (no sentence encoder), as before the semantic one" };
        var analyze = new Command("analyze", "Analyze articles: claims, related pairs and their stance") { paths, format, output, lexical };

        var extractPaths = new Argument<string[]>("paths") { Description = "Article files (*.txt) or folders of them", Arity = ArgumentArity.OneOrMore };
        var extractFormat = new Option<string>("--format") { Description = "Output format: jsonl (one JSON object per article)", DefaultValueFactory = _ => "jsonl" };
        extractFormat.AcceptOnlyFromAmong("jsonl");
        var extractOutput = new Option<string?>("--out") { Description = "Write the output to FILE instead of standard output" };
        var extractLexical = new Option<bool>("--lexical") { Description = "Use the lexical pipeline (no sentence encoder)" };
        var extract = new Command("extract", "Extract each article's attributed claims as JSON Lines") { extractPaths, extractFormat, extractOutput, extractLexical };

        var root = new RootCommand("claims: attributed claims across news articles, paired and classified by stance") { analyze, extract };
        int exitCode = Success;
        analyze.SetAction(r => exitCode = Execute(r.GetValue(paths)!, r.GetValue(format)!, r.GetValue(output), r.GetValue(lexical), cancellationToken));
        extract.SetAction(r => exitCode = Execute(r.GetValue(extractPaths)!, "jsonl", r.GetValue(extractOutput), r.GetValue(extractLexical), cancellationToken));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) _stderr.WriteLine($"claims: {error.Message}");
            _stderr.WriteLine("usage: claims analyze PATH... [--format text|json] [--out FILE] [--lexical] | claims extract PATH... --format jsonl [--out FILE] [--lexical]");
            return BadInput;
        }
        int actionCode = parse.Invoke(new InvocationConfiguration { Output = _stdout, Error = _stderr });
        return actionCode != 0 ? actionCode : exitCode;
    }

    private int Execute(string[] paths, string format, string? outPath, bool lexical, CancellationToken cancellationToken)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.GetFiles(path, "*.txt").Order(StringComparer.Ordinal).ToList();
                if (found.Count == 0)
                {
                    _stderr.WriteLine($"claims: {path}: folder has no *.txt files");
                    return BadInput;
                }
                files.AddRange(found);
            }
            else if (File.Exists(path))
                files.Add(path);
            else
            {
                _stderr.WriteLine($"claims: {path}: no such file or folder");
                return BadInput;
            }
        }

        var errors = new List<InputError>();
        var articles = new List<Article>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            try
            {
                var article = Article.FromFile(file);
                // Files with one name in two folders get distinct ids ("x", "x~2") rather than being merged or dropped.
                string id = article.Id;
                for (int n = 2; !ids.Add(id); n++) id = $"{article.Id}~{n}";
                articles.Add(id == article.Id ? article : new Article(id, article.Text, article.Path) { Warnings = article.Warnings });
                foreach (var warning in article.Warnings) _stderr.WriteLine($"claims: warning: {warning}");
            }
            catch (ArticleLoadException e)
            {
                errors.Add(new InputError(e.Input, e.Reason));
                _stderr.WriteLine($"claims: {e.Message}");
            }
        }

        AnalysisReport report;
        try
        {
            var analyzer = lexical ? _lexicalFactory() : _analyzerFactory();
            report = format == "jsonl" ? analyzer.Extract(articles, cancellationToken) : analyzer.Analyze(articles, cancellationToken);
        }
        catch (AnalysisException e)
        {
            _stderr.WriteLine($"claims: {e.Message}");
            return BadInput;
        }

        try
        {
            using Stream stream = outPath is null ? new MemoryStream() : File.Create(outPath);
            if (format == "json") new JsonReportWriter().Write(report, stream, errors);
            else if (format == "jsonl") new JsonReportWriter().WriteJsonLines(report, stream);
            else
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
                new TextReportWriter().Write(report, writer, errors);
            }
            if (stream is MemoryStream memory)
            {
                _stdout.Write(Encoding.UTF8.GetString(memory.GetBuffer(), 0, (int)memory.Length));
                if (format == "json") _stdout.WriteLine();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _stderr.WriteLine($"claims: {outPath}: cannot write output: {e.Message}");
            return BadInput;
        }
        return errors.Count == 0 ? Success : BadInput;
    }
}
