using System.Globalization;
using System.Text;
using Claims.Attribution;
using Claims.Pipeline;
using Claims.Training.Attribution;

namespace Claims.Evaluation;

/// <summary>
/// <c>polnear-reach --data DIR [--out FILE]</c>: the annotated attributions no candidate of the fast model reaches
/// (no candidate content at Jaccard 0.5 or more), with the candidates built out of fold as the trainer builds them (a
/// tagger trained on the other folds tags each document): the ceiling of the ranker's selection, and the list of what
/// is out of it (kind, best Jaccard, nested, sentences spanned, the text before it, the best candidate's origin, start and
/// end offsets from the annotation's and text, cue, source, length, content), for reading what candidate generation misses.
/// </summary>
public sealed class PolnearReach : IEvaluationCommand
{
    /// <inheritdoc />
    public string Name => "polnear-reach";

    /// <inheritdoc />
    public string Usage => "--data DIR [--out FILE]";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        string? data = null, outFile = null;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--data" && i + 1 < args.Length) data = args[++i];
            else if (args[i] == "--out" && i + 1 < args.Length) outFile = args[++i];
            else { Console.Error.WriteLine($"unknown argument '{args[i]}'; usage: {Name} {Usage}"); return 2; }
        }
        if (data is null || !Directory.Exists(Path.Combine(data, "attributions")))
        {
            Console.Error.WriteLine($"usage: {Name} {Usage}");
            return 2;
        }
        var rules = DefaultComponents.RuleStages().ToList();
        var documents = new List<AnnotatedDocument>();
        var cueTexts = new List<List<PolnearEvaluation.GoldAttribution>>();
        foreach (var (_, textFile, ann) in PolnearEvaluation.Articles(data))
        {
            var doc = new Document(Article.FromFile(textFile));
            foreach (var stage in rules) stage.Process(doc, CancellationToken.None);
            var gold = PolnearEvaluation.ReadGold(ann);
            cueTexts.Add(gold);
            documents.Add(new AnnotatedDocument(doc, [.. gold.Select(g => new AnnotatedAttribution(g.Content, g.Cue, g.Source, g.IsSpeech))]));
        }
        var list = new StringBuilder();
        int[] total = new int[2], reached = new int[2], ruleReached = new int[2];
        foreach (var r in CandidateReach.Of(documents, new LearnedAttributionOptions(), Console.WriteLine))
        {
            var doc = documents[r.Document].Document;
            var a = cueTexts[r.Document][r.Gold];
            int kind = a.IsSpeech ? 0 : 1;
            total[kind]++;
            if (r.ByRules) ruleReached[kind]++;
            if (r.Reached) { reached[kind]++; continue; }
            string source = string.Join(" ", a.Source.Select(s => doc.Text[s.Start..s.End]));
            list.Append(CultureInfo.InvariantCulture, $"{(a.IsSpeech ? "speech" : "other")}\t{r.BestJaccard:F2}\t{(r.CueInCandidate ? "nested" : "-")}\t{SentencesSpanned(doc, a.Content)}\t{Flat(doc.Text[Math.Max(0, a.Content.Start - 40)..a.Content.Start])}\t{BestCandidate(doc, r, a.Content)}\t{Flat(a.CueText)}\t{Flat(source)}\t{a.Content.Length}\t");
            list.AppendLine(Flat(doc.Text[a.Content.Start..a.Content.End]));
        }
        for (int kind = 0; kind < 2; kind++)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(kind == 0 ? "speech" : "other"),-7} gold {total[kind],5}  reached by a candidate {reached[kind],5} ({(double)reached[kind] / Math.Max(1, total[kind]):F3})  by a rule attribution {ruleReached[kind],5}"));
        if (outFile is not null) File.WriteAllText(outFile, list.ToString());
        return 0;
    }

    // The best candidate: its origin, how far its start and end lie from the annotation's (characters), its text.
    private static string BestCandidate(Document doc, CandidateReach.Reach r, TextSpan gold) => r.Best is { } best
        ? string.Create(CultureInfo.InvariantCulture, $"{r.BestOrigin}\t{best.Start - gold.Start}\t{best.End - gold.End}\t{Flat(doc.Text[best.Start..best.End])}")
        : "None\t-\t-\t";

    private static int SentencesSpanned(Document doc, TextSpan span) =>
        span.Length == 0 ? 0 : doc.SentenceIndexAt(span.End - 1) - doc.SentenceIndexAt(span.Start) + 1;

    private static string Flat(string s) => s.Replace('\n', ' ').Replace('\t', ' ');
}
