namespace Claims.Evaluation;

/// <summary><c>show FILE...</c>: prints the sentences, quotes, attributions and claims the library finds in text files (for reading errors).</summary>
public sealed class PolnearShow : IEvaluationCommand
{
    /// <inheritdoc />
    public string Name => "show";

    /// <inheritdoc />
    public string Usage => "FILE...   (prints sentences, quotes, attributions and claims)";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        if (args.Length == 0) { Console.Error.WriteLine($"usage: show {Usage}"); return 2; }
        foreach (var path in args)
        {
            var doc = new Document(Article.FromFile(path));
            foreach (var stage in PolnearEvaluation.Pipeline()) stage.Process(doc, CancellationToken.None);
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
