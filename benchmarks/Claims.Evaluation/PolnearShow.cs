namespace Claims.Evaluation;

/// <summary><c>show FILE...</c>: prints the sentences, quotes, attributions and claims the library finds in text files (for reading errors).</summary>
public sealed class PolnearShow : IEvaluationCommand
{
    /// <inheritdoc />
    public string Name => "show";

    /// <inheritdoc />
    public string Usage => "[--rules] FILE...   (prints sentences, quotes, attributions and claims; --rules: the rule stages only)";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        bool rulesOnly = args.Length > 0 && args[0] == "--rules";
        if (rulesOnly) args = args[1..];
        if (args.Length == 0) { Console.Error.WriteLine($"usage: show {Usage}"); return 2; }
        foreach (var path in args)
        {
            var doc = new Document(Article.FromFile(path));
            var stages = rulesOnly ? PolnearEvaluation.RulesPipeline() : PolnearEvaluation.Pipeline();
            foreach (var stage in stages) stage.Process(doc, CancellationToken.None);
            string T(TextSpan? s) => s is { } x ? doc.GetText(x).Replace('\n', ' ') : "";
            Console.WriteLine($"# {path}");
            foreach (var s in doc.Sentences) Console.WriteLine($"S{(s.IsHeading ? "H" : "")} {T(s.Span)}");
            foreach (var q in doc.Quotes) Console.WriteLine($"Q {T(q.Span)}");
            foreach (var a in doc.Attributions) Console.WriteLine($"A {a.Kind} [{T(a.Source)}]=>{a.Speaker} <{T(a.Cue)}> via={a.Via} {T(a.Content)}");
            foreach (var c in doc.Claims) Console.WriteLine($"C {c.Id} {c.Kind} [{c.Speaker}] {c.Text}");
        }
        return 0;
    }
}
