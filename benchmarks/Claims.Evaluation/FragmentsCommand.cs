using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Claims.Evaluation;

/// <summary>
/// <c>fragments --bodies train_bodies.csv [--out FILE] [--claims FILE] [--limit N] [--first N]</c>: runs the default extraction over
/// every FNC-1 body and counts the claims that do not read as claims, by kind (<see cref="FragmentAudit"/>: no finite
/// verb, ending on a preposition, conjunction or determiner, a subordinate clause without its main clause, a bare
/// name at the end), per 1,000 claims (headlines left out), split into the outlet's own claims and attributed claims;
/// a fragment is a piece when other words of its sentence are outside it (the leftovers this reading is about), else a
/// whole sentence (captions, bylines, "Wow!"); prints a sample of each kind, writes every case to <c>--out</c> and every
/// claim (body, kind, speaker, start, end, text) to <c>--claims</c>, to compare two runs.
/// </summary>
public sealed class FragmentsCommand : IEvaluationCommand
{
    /// <inheritdoc />
    public string Name => "fragments";

    /// <inheritdoc />
    public string Usage => "--bodies FILE [--out FILE] [--claims FILE] [--limit N] [--first N]   (claims that are fragments, by kind, per 1,000 claims over FNC-1 bodies)";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        string? bodiesPath = null, output = null, claimsOut = null;
        int limit = 8, first = int.MaxValue;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--bodies" && i + 1 < args.Length) bodiesPath = args[++i];
            else if (args[i] == "--out" && i + 1 < args.Length) output = args[++i];
            else if (args[i] == "--claims" && i + 1 < args.Length) claimsOut = args[++i];
            else if (args[i] == "--first" && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out first)) i++;
            else if (args[i] == "--limit" && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out limit)) i++;
            else { Console.Error.WriteLine($"unknown argument '{args[i]}'; usage: {Name} {Usage}"); return 2; }
        }
        if (bodiesPath is null || !File.Exists(bodiesPath)) { Console.Error.WriteLine($"usage: {Name} {Usage}"); return 2; }
        List<(string Id, string Text)> bodies;
        try { bodies = [.. SpeakersCommand.ReadBodies(bodiesPath).Take(first)]; }
        catch (FormatException e) { Console.Error.WriteLine(e.Message); return 2; }

        var analyzer = new ClaimAnalyzerBuilder().UseDefaults().Build();
        var cases = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        int author = 0, attributed = 0;
        long chars = 0;
        var all = new StringBuilder();
        var watch = Stopwatch.StartNew();
        foreach (var (id, text) in bodies)
        {
            var doc = analyzer.Process(Article.FromString(text, "b" + id));
            chars += text.Length;
            foreach (var claim in doc.Claims)
            {
                if (claimsOut is not null)
                    all.Append(CultureInfo.InvariantCulture, $"b{id}\t{claim.Kind}\t{Flat(claim.Speaker ?? "-")}\t{claim.Span.Start}\t{claim.Span.End}\t{Flat(claim.Text)}\n");
                if (claim.Kind == ClaimKind.Headline) continue;
                bool own = claim.Kind == ClaimKind.Author;
                if (own) author++; else attributed++;
                var kind = FragmentAudit.Classify(claim.Text);
                if (kind == FragmentAudit.Kind.None) continue;
                string voice = (own ? "author" : "attributed") + (IsPiece(doc, claim) ? " piece" : " sentence");
                string line = $"b{id}\t{Flat(claim.Speaker ?? "-")}\t{Flat(claim.Text)}";
                if (!cases.TryGetValue($"{kind} {voice}", out var list)) cases[$"{kind} {voice}"] = list = [];
                list.Add(line);
            }
        }
        watch.Stop();
        if (claimsOut is not null) File.WriteAllText(claimsOut, all.ToString());
        Report(bodies.Count, chars, author, attributed, cases, limit, watch.Elapsed.TotalSeconds);
        if (output is not null)
        {
            var sb = new StringBuilder();
            foreach (var (kind, list) in cases)
                foreach (var line in list) sb.Append(kind).Append('\t').AppendLine(line);
            File.WriteAllText(output, sb.ToString());
            Console.WriteLine($"cases written to {output}");
        }
        return 0;
    }

    private static void Report(int bodies, long chars, int author, int attributed, SortedDictionary<string, List<string>> cases, int limit, double seconds)
    {
        var ci = CultureInfo.InvariantCulture;
        int all = author + attributed;
        Console.WriteLine(string.Create(ci, $"bodies {bodies}, {chars:N0} characters, {all} claims (headlines left out): {author} the outlet's, {attributed} attributed"));
        int fragments = cases.Values.Sum(l => l.Count);
        Console.WriteLine(string.Create(ci, $"fragments: {fragments} = {PerMille(fragments, all)} per 1,000 claims"));
        foreach (var kind in Enum.GetValues<FragmentAudit.Kind>().Where(k => k != FragmentAudit.Kind.None))
        {
            int Count(string key) => cases.TryGetValue($"{kind} {key}", out var l) ? l.Count : 0;
            int ap = Count("author piece"), aw = Count("author sentence"), bp = Count("attributed piece"), bw = Count("attributed sentence");
            int a = ap + aw, b = bp + bw;
            Console.WriteLine(string.Create(ci, $"  {kind,-20} {a + b,5} = {PerMille(a + b, all),6} per 1,000 (pieces {ap + bp,5} = {PerMille(ap + bp, all),6})   the outlet's {a,5} = {PerMille(a, author),6} per 1,000 of its claims (pieces {ap,5})   attributed {b,5} = {PerMille(b, attributed),6} (pieces {bp,5})"));
        }
        foreach (var (kind, list) in cases)
        {
            Console.WriteLine($"  {kind}: {list.Count}");
            foreach (var line in list.Take(limit)) Console.WriteLine("      " + (line.Length > 200 ? line[..200] + " …" : line));
        }
        Console.WriteLine(string.Create(ci, $"extraction: {seconds:F1} s, {chars / 1e6 / seconds:F4} MB/s (one thread)"));
    }

    /// <summary>Whether words of the claim's sentence lie outside it: a piece of a sentence, not a whole one.</summary>
    private static bool IsPiece(Document doc, Claim claim)
    {
        if (claim.Sentence < 0 || claim.Sentence >= doc.Sentences.Count) return false;
        var sentence = doc.Sentences[claim.Sentence].Span;
        string text = doc.Text;
        for (int i = sentence.Start; i < sentence.End; i++)
            if (!claim.Span.Contains(i) && char.IsLetterOrDigit(text[i])) return true;
        return false;
    }

    private static string PerMille(int n, int of) => of == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{1000.0 * n / of:F1}");

    private static string Flat(string s) => s.Replace('\n', '⏎').Replace('\t', ' ');
}
