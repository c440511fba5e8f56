using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Claims.Evaluation;

/// <summary>
/// <c>speakers --bodies train_bodies.csv [--out FILE] [--limit N]</c>: runs the default extraction over every FNC-1
/// body and counts the attributed claims whose speaker is no one (function words, unresolved and relative pronouns,
/// date or time phrases, sentence openers, fragments of the quote, headings glued to a name, as read by
/// <see cref="SpeakerAudit"/>), the claims that end mid-clause on a conjunction and the claims with a caption or
/// heading glued on; prints the counts, shares, a sample of each kind and the extraction speed, and writes every case
/// to <c>--out</c>.
/// </summary>
public sealed class SpeakersCommand : IEvaluationCommand
{
    /// <inheritdoc />
    public string Name => "speakers";

    /// <inheritdoc />
    public string Usage => "--bodies FILE [--out FILE] [--limit N] [--first N] [--accurate]   (speakers that are no one, claims cut mid-clause or with a glued line, over FNC-1 bodies; --first: only the first N bodies; --accurate: the accurate attribution mode of Claims.Semantic)";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        string? bodiesPath = null, output = null;
        int limit = 8, first = int.MaxValue;
        bool accurate = false;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--bodies" && i + 1 < args.Length) bodiesPath = args[++i];
            else if (args[i] == "--out" && i + 1 < args.Length) output = args[++i];
            else if (args[i] == "--first" && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out first)) i++;
            else if (args[i] == "--accurate") accurate = true;
            else if (args[i] == "--limit" && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out limit)) i++;
            else { Console.Error.WriteLine($"unknown argument '{args[i]}'; usage: {Name} {Usage}"); return 2; }
        }
        if (bodiesPath is null || !File.Exists(bodiesPath)) { Console.Error.WriteLine($"usage: {Name} {Usage}"); return 2; }
        List<(string Id, string Text)> bodies;
        try { bodies = [.. ReadBodies(bodiesPath).Take(first)]; }
        catch (FormatException e) { Console.Error.WriteLine(e.Message); return 2; }

        var builder = new ClaimAnalyzerBuilder().UseDefaults();
        if (accurate)
        {
            // Only the attribution stage changes: the speed difference is the accurate mode's (encoder and ranker).
            Semantic.MiniLmEncoder.Default.EnsureLoaded();
            builder.Replace<Attribution.LearnedAttributionFinder>(new Semantic.Attribution.ContextualAttributionFinder());
        }
        var analyzer = builder.Build();
        Console.WriteLine(accurate ? "mode: accurate (ContextualAttributionFinder)" : "mode: fast (LearnedAttributionFinder)");
        var cases = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string kind, string line)
        {
            if (!cases.TryGetValue(kind, out var list)) cases[kind] = list = [];
            list.Add(line);
        }
        int attributed = 0, unattributed = 0, allClaims = 0;
        long chars = 0;
        var named = new List<string>();
        var watch = Stopwatch.StartNew();
        foreach (var (id, text) in bodies)
        {
            var doc = analyzer.Process(Article.FromString(text, "b" + id));
            chars += text.Length;
            allClaims += doc.Claims.Count;
            foreach (var claim in doc.Claims)
            {
                if (claim.Kind is ClaimKind.Author or ClaimKind.Headline) continue;
                string mention = claim.SpeakerSpan is { } s ? text[s.Start..s.End] : "";
                string where = $"b{id}\t{Flat(claim.Speaker ?? "-")}\t{Flat(mention)}\t{Flat(claim.Text)}";
                if (claim.Speaker is null) unattributed++;
                else
                {
                    attributed++;
                    var kind = SpeakerAudit.Classify(claim.Speaker, mention.Length > 0 ? mention : null, claim.SpeakerSpan is { } m && LineAlone(text, m));
                    if (kind != SpeakerAudit.NoOne.None) Add("no-one " + kind, where);
                    else named.Add(where);
                }
                if (SpeakerAudit.EndsOnConjunction(claim.Text)) Add("span ends-on-conjunction", where);
                if (SpeakerAudit.HasGluedLine(claim.Text)) Add("span glued-line", where);
            }
        }
        watch.Stop();
        Report(bodies.Count, chars, allClaims, attributed, unattributed, cases, limit, watch.Elapsed.TotalSeconds);
        if (output is not null)
        {
            var sb = new StringBuilder();
            foreach (var (kind, list) in cases)
                foreach (var line in list) sb.Append(kind).Append('\t').AppendLine(line);
            foreach (var line in named) sb.Append("speaker\t").AppendLine(line);
            File.WriteAllText(output, sb.ToString());
            Console.WriteLine($"cases written to {output}");
        }
        return 0;
    }

    private static void Report(int bodies, long chars, int allClaims, int attributed, int unattributed,
        SortedDictionary<string, List<string>> cases, int limit, double seconds)
    {
        var ci = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(ci, $"bodies {bodies}, {chars:N0} characters, {allClaims} claims, {attributed} attributed (speaker named), {unattributed} reported without a speaker"));
        int noOne = cases.Where(kv => kv.Key.StartsWith("no-one", StringComparison.Ordinal)).Sum(kv => kv.Value.Count);
        Console.WriteLine(string.Create(ci, $"speakers that are no one: {noOne} = {Share(noOne, attributed)} of attributed claims"));
        foreach (var (kind, list) in cases)
        {
            int of = kind.StartsWith("no-one", StringComparison.Ordinal) ? attributed : attributed + unattributed;
            Console.WriteLine(string.Create(ci, $"  {kind,-28} {list.Count,5}  {Share(list.Count, of)}"));
            foreach (var line in list.Take(limit)) Console.WriteLine("      " + (line.Length > 220 ? line[..220] + " …" : line));
        }
        Console.WriteLine(string.Create(ci, $"extraction: {seconds:F1} s, {chars / 1e6 / seconds:F4} MB/s, {(attributed + unattributed) / seconds:F0} attributed claims/s, {allClaims / seconds:F0} claims/s (one thread)"));
    }

    /// <summary>Whether only white space and quotation marks share the mention's line.</summary>
    private static bool LineAlone(string text, TextSpan mention)
    {
        for (int i = mention.Start - 1; i >= 0 && text[i] != '\n'; i--)
            if (char.IsLetterOrDigit(text[i])) return false;
        for (int i = mention.End; i < text.Length && text[i] != '\n'; i++)
            if (char.IsLetterOrDigit(text[i])) return false;
        return true;
    }

    private static string Share(int n, int of) => of == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * n / of:F2}%");

    private static string Flat(string s) => s.Replace('\n', '⏎').Replace('\t', ' ');

    internal static List<(string Id, string Text)> ReadBodies(string path)
    {
        var rows = CsvReader.ReadFile(path);
        if (rows.Count == 0) throw new FormatException($"{path}: line 1: empty file");
        int id = Column(rows[0], "Body ID", path), text = Column(rows[0], "articleBody", path);
        var bodies = new List<(string, string)>();
        foreach (var row in rows.Skip(1))
        {
            if (row.Fields.Count == 1 && row.Fields[0].Length == 0) continue;
            if (row.Fields.Count != rows[0].Fields.Count)
                throw new FormatException($"{path}: line {row.Line}: expected {rows[0].Fields.Count} fields, found {row.Fields.Count}");
            bodies.Add((row.Fields[id], row.Fields[text]));
        }
        return bodies;
    }

    private static int Column(CsvReader.Row header, string name, string path)
    {
        for (int i = 0; i < header.Fields.Count; i++)
            if (header.Fields[i].Trim() == name) return i;
        throw new FormatException($"{path}: line 1: no '{name}' column");
    }
}
