using System.CommandLine;
using System.Text;
using Claims.Input;
using Claims.Reporting;

namespace Claims.Cli;

/// <summary>
/// The <c>claims</c> command line: <c>analyze PATH...</c>, <c>extract PATH...</c> and <c>show PATH...</c>. Inputs are
/// read by the reader <see cref="ArticleReaders"/> registers for their extension (<c>-</c> is standard input); the
/// output format is chosen by name from <see cref="ReportWriters"/> (<c>--format</c>, else the extension of
/// <c>--out</c>). Exit codes: <see cref="Success"/> 0; <see cref="Failure"/> 1 when a stage of the analysis failed;
/// <see cref="BadInput"/> 2 for bad arguments or when any input or row could not be read (every input is still tried,
/// the readable ones analyzed and written, each failure named on standard error); <see cref="Cancelled"/> 130 on
/// Ctrl-C ("claims: cancelled" on standard error).
/// </summary>
public sealed class CliApp
{
    /// <summary>Exit code for success.</summary>
    public const int Success = 0;

    /// <summary>Exit code when the analysis itself failed (the message names the article and stage).</summary>
    public const int Failure = 1;

    /// <summary>Exit code for bad arguments or unreadable input.</summary>
    public const int BadInput = 2;

    /// <summary>Exit code when cancelled (Ctrl-C).</summary>
    public const int Cancelled = 130;

    private const string Usage = "usage: claims analyze PATH... [--format text|json|jsonl|html] [--out FILE] [--recursive] [--quiet] [--include-neutral] [--lexical]"
        + " | claims extract PATH... [--format jsonl] [--out FILE] | claims show PATH... | claims --version";

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

    /// <summary>The readers inputs are read with (default <see cref="ArticleReaders.Default"/>).</summary>
    public ArticleReaders Readers { get; init; } = ArticleReaders.Default;

    /// <summary>The writers reports are written with (default <see cref="ReportWriters.Default"/>).</summary>
    public ReportWriters Writers { get; init; } = ReportWriters.Default;

    /// <summary>Whether standard error is a terminal: progress is shown only then (and without <c>--quiet</c>).</summary>
    public bool ShowProgress { get; init; }

    /// <summary>Opens standard input, read for the path <c>-</c>.</summary>
    public Func<Stream> StandardInput { get; init; } = Console.OpenStandardInput;

    /// <summary>The version printed by <c>--version</c>: the package version of the tool.</summary>
    public static string Version { get; } = typeof(CliApp).Assembly
        .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
        .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "unknown";

    private sealed record Request(string Command, string[] Paths, string? Format, string? Out, bool Recursive, bool Quiet,
        bool IncludeNeutral, string InputFormat, bool Lexical);

    /// <summary>Parses <paramref name="args"/> and runs the command.</summary>
    public int Run(string[] args, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args is ["--version"])
        {
            // The tool's own version (the package version), not the host process's, which is what the parser reads.
            _stdout.WriteLine(Version);
            return Success;
        }
        var root = new RootCommand("claims: attributed claims across news articles, paired and classified by stance");
        Request? request = null;
        foreach (var (name, description) in new[]
        {
            ("analyze", "Analyze articles: claims, related pairs and their stance"),
            ("extract", "Extract each article's attributed claims (default JSON Lines, one object per article)"),
            ("show", "Show articles with their claims in order, speaker and cue"),
        })
        {
            var paths = new Argument<string[]>("paths") { Description = "Article files (*.txt, *.jsonl, *.csv), folders of them, or - for standard input", Arity = ArgumentArity.OneOrMore };
            var format = new Option<string?>("--format") { Description = $"Output format: {string.Join(", ", Writers.Names)} (default: from the --out extension, else {(name == "extract" ? "jsonl" : "text")})" };
            format.AcceptOnlyFromAmong([.. Writers.Names]);
            var output = new Option<string?>("--out") { Description = "Write the output to FILE instead of standard output" };
            var recursive = new Option<bool>("--recursive", "-r") { Description = "Read folders with their subfolders" };
            var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress on standard error" };
            var neutral = new Option<bool>("--include-neutral") { Description = "Keep and list neutral pairs (left out by default)" };
            var lexical = new Option<bool>("--lexical") { Description = "Use the lexical pipeline (no sentence encoder), as before the semantic one" };
            var inputFormat = new Option<string>("--input-format") { Description = $"Reader for standard input: {string.Join(", ", Readers.Names)}", DefaultValueFactory = _ => "txt" };
            inputFormat.AcceptOnlyFromAmong([.. Readers.Names]);
            var command = new Command(name, description) { paths, recursive, quiet, inputFormat, lexical };
            if (name != "show") { command.Add(format); command.Add(output); command.Add(neutral); }
            command.SetAction(r => request = new Request(name, r.GetValue(paths)!, name == "show" ? "text" : r.GetValue(format),
                name == "show" ? null : r.GetValue(output), r.GetValue(recursive), r.GetValue(quiet), name != "show" && r.GetValue(neutral), r.GetValue(inputFormat)!, r.GetValue(lexical)));
            root.Add(command);
        }

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) _stderr.WriteLine($"claims: {error.Message}");
            _stderr.WriteLine(Usage);
            return BadInput;
        }
        int actionCode = parse.Invoke(new InvocationConfiguration { Output = _stdout, Error = _stderr, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
        if (actionCode != 0 || request is null) return actionCode;
        try
        {
            return Execute(request, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            _stderr.WriteLine("claims: cancelled");
            return Cancelled;
        }
    }

    private int Execute(Request request, CancellationToken cancellationToken)
    {
        var writer = request.Format is { } name ? Writers.ForName(name)
            : request.Out is { } path ? Writers.ForPath(path) ?? Writers.ForName("text")
            : Writers.ForName(request.Command == "extract" ? "jsonl" : "text");
        if (writer is null)
        {
            _stderr.WriteLine($"claims: no report writer for '{request.Format ?? request.Out}' (formats: {string.Join(", ", Writers.Names)})");
            return BadInput;
        }

        var loader = new ArticleLoader(Readers) { Recursive = request.Recursive, StandardInputFormat = request.InputFormat, OpenStandardInput = StandardInput };
        var loaded = loader.Load(request.Paths, cancellationToken);
        foreach (var article in loaded.Articles)
            foreach (var warning in article.Warnings) _stderr.WriteLine($"claims: warning: {warning}");
        foreach (var note in loaded.Notes) _stderr.WriteLine($"claims: note: {note}");
        foreach (var error in loaded.Errors) _stderr.WriteLine($"claims: {error}");

        var options = new ReportOptions { Errors = loaded.Errors, IncludeNeutral = request.IncludeNeutral };
        using (var progress = ShowProgress && !request.Quiet ? new ProgressDisplay(_stderr) : null)
        {
            try
            {
                var analyzer = request.Lexical ? _lexicalFactory() : _analyzerFactory();
                // Neutral pairs are dropped during the analysis unless asked for: the analyzer must keep them.
                if (request.IncludeNeutral) analyzer = analyzer.WithPairing(analyzer.Pairing with { IncludeNeutral = true });
                if (request.Command == "analyze")
                {
                    // Streaming: the extraction is complete here; pairs are classified while the writer writes them.
                    var run = analyzer.Start(loaded.Articles, progress, cancellationToken);
                    if (!WriteReport(writer.Name, stream => writer.Write(run, stream, options, cancellationToken), request.Out))
                        return BadInput;
                }
                else
                {
                    var report = analyzer.Extract(loaded.Articles, progress, cancellationToken);
                    if (request.Command == "show")
                    {
                        var text = new TextReportWriter();
                        foreach (var article in report.Articles) text.WriteArticle(article, _stdout);
                        foreach (var error in loaded.Errors) _stdout.WriteLine($"error: {error}");
                    }
                    else if (!WriteReport(writer.Name, stream => writer.Write(report, stream, options), request.Out))
                    {
                        return BadInput;
                    }
                }
            }
            catch (AnalysisException e)
            {
                progress?.Dispose();
                _stderr.WriteLine($"claims: {e.Message}");
                return Failure;
            }
        }
        return loaded.Errors.Count == 0 ? Success : BadInput;
    }

    // Writes to the --out file (removed again when writing fails or is cancelled, so no truncated report is left) or
    // to standard output as the writer produces it.
    private bool WriteReport(string format, Action<Stream> write, string? outPath)
    {
        if (outPath is null)
        {
            using (var stream = new TextWriterStream(_stdout)) write(stream);
            if (format == "json") _stdout.WriteLine();
            return true;
        }
        bool created = false, done = false;
        try
        {
            using (var stream = File.Create(outPath))
            {
                created = true;
                write(stream);
            }
            done = true;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _stderr.WriteLine($"claims: {outPath}: cannot write output: {e.Message}");
            return false;
        }
        finally
        {
            if (created && !done) TryDelete(outPath);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (File.Exists(path)) File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The report is incomplete either way; the error that stopped it is what the user is told.
        }
    }
}
