using System.Globalization;
using Claims.Segmentation;

namespace Claims.Evaluation;

/// <summary>
/// <c>polnear-cut-audit --data DIR [--min N]</c>: for every attributed claim the library keeps (fast mode), each clause
/// marker inside its content (punctuation, or a conjunction or relative word not after punctuation; outside quotes;
/// at least three words before it), whether cutting the content before the marker's first occurrence would match an
/// annotated content the whole does not (good), lose one the whole matches (bad), or change nothing; counted by marker,
/// whether the content opens with "that", and whether the cue is a verb of saying. The cells where a cut wins are the
/// candidates for a content-boundary repair.
/// </summary>
public sealed class PolnearCutAudit : IEvaluationCommand
{
    private static readonly HashSet<string> Punctuation = new([",", ";", ":", "—", "–", "--", "(", "-"], StringComparer.Ordinal);

    private static readonly HashSet<string> Openers = new(
    [
        "and", "but", "yet", "while", "as", "although", "though", "because", "when", "where", "which", "who", "whose", "after", "before",
        "since", "if", "including", "despite", "amid", "until", "during", "even", "unless", "whereas", "on", "in", "at", "to", "for", "with",
    ], StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public string Name => "polnear-cut-audit";

    /// <inheritdoc />
    public string Usage => "--data DIR [--min N]   (DIR holds text/ and attributions/; cells with at least N cases are printed, default 10)";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        string? data = null;
        int min = 10;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--data" && i + 1 < args.Length) data = args[++i];
            else if (args[i] == "--min" && i + 1 < args.Length) min = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else { Console.Error.WriteLine($"usage: {Name} {Usage}"); return 2; }
        }
        if (data is null) { Console.Error.WriteLine($"usage: {Name} {Usage}"); return 2; }
        var cells = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        var stages = PolnearEvaluation.Pipeline();
        foreach (var (_, textFile, ann) in PolnearEvaluation.Articles(data))
        {
            var doc = new Document(Article.FromFile(textFile));
            foreach (var stage in stages) stage.Process(doc, CancellationToken.None);
            Audit(doc, PolnearEvaluation.ReadGold(ann), cells);
        }
        Console.WriteLine("marker\tthat\tcue\tgood\tbad\tneutral");
        foreach (var (key, c) in cells.Where(x => x.Value[0] + x.Value[1] >= min).OrderByDescending(x => x.Value[0] - x.Value[1]))
            Console.WriteLine($"{key}\t{c[0]}\t{c[1]}\t{c[2]}");
        return 0;
    }

    // Counts, for each claim of the document and each marker's first occurrence in it, what cutting there does.
    private static void Audit(Document doc, List<PolnearEvaluation.GoldAttribution> gold, SortedDictionary<string, int[]> cells)
    {
        foreach (var claim in doc.Claims)
        {
            if (claim.Kind is ClaimKind.Author or ClaimKind.Headline or ClaimKind.DirectQuote) continue;
            bool wholeOk = gold.Exists(g => claim.Span.Jaccard(g.Content) >= 0.5);
            string text = doc.Text;
            bool that = text.AsSpan(claim.Span.Start).StartsWith("that ", StringComparison.OrdinalIgnoreCase);
            bool speech = claim.Cue is { } cue && PolnearEvaluation.IsSpeechCue(cue);
            var range = doc.TokenRange(claim.Span);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            int words = 0, quotes = 0;
            for (int k = range.Start.Value; k < range.End.Value - 1; k++)
            {
                var t = doc.Tokens[k];
                string s = t.Of(text).ToString();
                if (t.Kind == TokenKind.Quote) quotes++;
                string? marker = null;
                if (words >= 3 && quotes % 2 == 0)
                {
                    var next = doc.Tokens[k + 1];
                    string nextWord = next.Kind == TokenKind.Word ? next.Of(text).ToString().ToLowerInvariant() : "";
                    if (t.Kind == TokenKind.Punctuation && Punctuation.Contains(s)) marker = s + (Openers.Contains(nextWord) ? " " + nextWord : "");
                    else if (t.Kind == TokenKind.Word && Openers.Contains(s)
                             && !(doc.Tokens[k - 1].Kind == TokenKind.Punctuation && Punctuation.Contains(doc.Tokens[k - 1].Of(text).ToString())))
                        marker = s.ToLowerInvariant();
                }
                if (t.Kind is TokenKind.Word or TokenKind.Number) words++;
                if (marker is null || !seen.Add(marker)) continue;
                var cut = new TextSpan(claim.Span.Start, doc.Tokens[k - 1].End);
                bool cutOk = gold.Exists(g => cut.Jaccard(g.Content) >= 0.5);
                string key = $"{marker}\t{(that ? "that" : "-")}\t{(speech ? "speech" : "other")}";
                if (!cells.TryGetValue(key, out var c)) cells[key] = c = new int[3];
                c[cutOk && !wholeOk ? 0 : wholeOk && !cutOk ? 1 : 2]++;
            }
        }
    }
}
