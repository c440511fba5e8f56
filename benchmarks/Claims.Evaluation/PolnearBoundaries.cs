using System.Globalization;
using System.Text;

namespace Claims.Evaluation;

/// <summary>
/// <c>polnear-boundaries --data DIR [--out FILE]</c>: lists the boundary errors of attributed claims on PolNeAR: each
/// gold attribution left unmatched whose best-overlapping claim (also unmatched) reaches a character Jaccard in
/// [0.1, 0.5). Each is classed by which ends differ (ours starts early/late, ends early/late) with the surplus or
/// missing text at each end, and the classes are counted, so boundary work can start with the largest class.
/// </summary>
public sealed class PolnearBoundaries : IEvaluationCommand
{
    /// <inheritdoc />
    public string Name => "polnear-boundaries";

    /// <inheritdoc />
    public string Usage => "--data DIR [--out FILE]   (boundary errors of attributed claims, classed by which end differs)";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        string? data = null, output = null, dump = null;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--data" && i + 1 < args.Length) data = args[++i];
            else if (args[i] == "--out" && i + 1 < args.Length) output = args[++i];
            else if (args[i] == "--dump" && i + 1 < args.Length) dump = args[++i];
            else { Console.Error.WriteLine($"unknown argument '{args[i]}'; usage: {Name} {Usage}"); return 2; }
        }
        if (data is null || !Directory.Exists(Path.Combine(data, "text"))) { Console.Error.WriteLine($"usage: {Name} {Usage}"); return 2; }

        var stages = PolnearEvaluation.Pipeline();
        var classes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var log = new StringBuilder();
        var dumped = new StringBuilder();
        foreach (var (name, textFile, ann) in PolnearEvaluation.Articles(data))
        {
            var doc = new Document(Article.FromFile(textFile));
            foreach (var stage in stages) stage.Process(doc, CancellationToken.None);
            var gold = PolnearEvaluation.ReadGold(ann);
            var claims = doc.Claims.Where(c => c.Kind is not (ClaimKind.Author or ClaimKind.Headline)).ToList();
            var (claimMatch, goldMatch) = PolnearEvaluation.Match(claims, gold);
            string text = doc.Text;
            if (dump is not null) Dump(dumped, textFile, doc, claims, gold);
            for (int g = 0; g < gold.Count; g++)
            {
                if (goldMatch[g] >= 0) continue;
                var content = gold[g].Content;
                int best = -1;
                double bestJ = 0;
                for (int c = 0; c < claims.Count; c++)
                {
                    double j = claims[c].Span.Jaccard(content);
                    if (claimMatch[c] < 0 && j > bestJ) { bestJ = j; best = c; }
                }
                if (best < 0 || bestJ < 0.1) continue;
                var ours = claims[best].Span;
                string startClass = ours.Start < content.Start - 2 ? "start-early" : ours.Start > content.Start + 2 ? "start-late" : "start-ok";
                string endClass = ours.End < content.End - 2 ? "end-early" : ours.End > content.End + 2 ? "end-late" : "end-ok";
                string key = $"{(gold[g].IsSpeech ? "speech" : "other")} {claims[best].Kind} {startClass} {endClass}";
                classes[key] = classes.GetValueOrDefault(key) + 1;
                string Piece(int from, int to) => from >= to ? "" : Flat(text[from..to]);
                log.AppendLine(CultureInfo.InvariantCulture, $"{key} j={bestJ:F2} {name}");
                log.AppendLine($"  gold: {Flat(text[content.Start..content.End])}");
                log.AppendLine($"  ours: {Flat(text[ours.Start..ours.End])}");
                if (startClass != "start-ok")
                    log.AppendLine($"  start {(ours.Start < content.Start ? "surplus" : "missing")}: {Piece(Math.Min(ours.Start, content.Start), Math.Max(ours.Start, content.Start))}");
                if (endClass != "end-ok")
                    log.AppendLine($"  end {(ours.End > content.End ? "surplus" : "missing")}: {Piece(Math.Min(ours.End, content.End), Math.Max(ours.End, content.End))}");
            }
        }
        foreach (var (key, n) in classes.OrderByDescending(kv => kv.Value)) Console.WriteLine($"{n,6} {key}");
        if (dump is not null) File.WriteAllText(dump, dumped.ToString());
        if (output is not null) { File.WriteAllText(output, log.ToString()); Console.WriteLine($"details written to {output}"); }
        return 0;
    }

    // One JSON line per article: offsets of sentences, quotes, claims and gold attributions, for offline analysis.
    private static void Dump(StringBuilder sb, string textFile, Document doc, List<Claim> claims, List<PolnearEvaluation.GoldAttribution> gold)
    {
        static string S(TextSpan? s) => s is { } x ? $"[{x.Start},{x.End}]" : "null";
        sb.Append(CultureInfo.InvariantCulture, $"{{\"file\":\"{textFile}\",\"sentences\":[{string.Join(",", doc.Sentences.Select(s => S(s.Span)))}]");
        sb.Append(CultureInfo.InvariantCulture, $",\"quotes\":[{string.Join(",", doc.Quotes.Select(q => S(q.Span)))}]");
        sb.Append(CultureInfo.InvariantCulture, $",\"claims\":[{string.Join(",", claims.Select(c => $"{{\"kind\":\"{c.Kind}\",\"span\":{S(c.Span)},\"cue\":{S(c.CueSpan)},\"source\":{S(c.SpeakerSpan)}}}"))}]");
        sb.Append(CultureInfo.InvariantCulture, $",\"gold\":[{string.Join(",", gold.Select(g => $"{{\"span\":{S(g.Content)},\"speech\":{(g.IsSpeech ? "true" : "false")},\"cue\":[{string.Join(",", g.Cue.Select(c => S(c)))}],\"source\":[{string.Join(",", g.Source.Select(c => S(c)))}]}}"))}]}}");
        sb.AppendLine();
    }

    private static string Flat(string s)
    {
        s = s.Replace('\n', ' ');
        return s.Length > 300 ? s[..150] + " … " + s[^150..] : s;
    }
}
