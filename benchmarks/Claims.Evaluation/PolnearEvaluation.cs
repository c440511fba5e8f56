using System.Globalization;
using System.Text;
using Claims.Attribution;
using Claims.Attribution.Learned;
using Claims.Pipeline;
using Claims.Segmentation;

namespace Claims.Evaluation;

/// <summary>
/// <c>polnear --data DIR [--misses FILE]</c>: runs the library's extraction (page layout, sentences, quotes,
/// attributions, speakers, claims) over every <c>DIR/text/*.txt</c> and scores the attributed claims against the
/// PolNeAR brat files in <c>DIR/attributions</c> (first annotator file in name order). A claim matches a gold
/// attribution one-to-one, greedily by overlap, when the character Jaccard of the claim span and the gold content's
/// covering range is at least 0.5.
/// </summary>
public sealed class PolnearEvaluation : IEvaluationCommand
{
    /// <summary>
    /// Verbs of saying that make a gold attribution a "speech" attribution: the single place this list lives.
    /// A gold cue is speech when any of its words is one of these forms, or it reads "according to".
    /// </summary>
    internal static readonly string[] SpeechLemmas =
    [
        "say", "tell", "according to", "add", "note", "claim", "warn", "insist", "describe", "state", "explain",
        "announce", "report", "write", "ask", "argue", "declare", "comment", "reply", "respond", "acknowledge", "admit",
        "deny", "confirm", "reveal", "point out", "tweet", "testify", "stress", "emphasize", "assert", "allege",
        "contend", "mention", "recall", "complain", "concede", "speak", "tout", "quip", "joke", "boast",
    ];

    private static readonly Dictionary<string, string> IrregularForms = new(StringComparer.Ordinal)
    {
        ["said"] = "say", ["says"] = "say", ["told"] = "tell", ["wrote"] = "write", ["written"] = "write",
        ["spoke"] = "speak", ["spoken"] = "speak", ["replied"] = "reply", ["replies"] = "reply", ["denied"] = "deny",
        ["denies"] = "deny", ["testified"] = "testify", ["testifies"] = "testify",
    };

    /// <inheritdoc />
    public string Name => "polnear";

    /// <inheritdoc />
    public string Usage => "--data DIR [--misses FILE] [--rules] [--model FILE] [--threshold P] [--threshold-other P]   (DIR holds text/ and attributions/, e.g. ../shared/data/polnear/dev; --rules: without the learned stage; --model: a learned model file instead of the shipped one; --threshold: the model's ranker threshold replaced, in (0, 1]; --threshold-other: then that of cues that are no verb of saying)";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        string? data = null, misses = null, model = null;
        bool rulesOnly = false;
        double? threshold = null, otherThreshold = null;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--data" && i + 1 < args.Length) data = args[++i];
            else if (args[i] == "--misses" && i + 1 < args.Length) misses = args[++i];
            else if (args[i] == "--rules") rulesOnly = true;
            else if (args[i] == "--model" && i + 1 < args.Length) model = args[++i];
            else if (args[i] == "--threshold" && i + 1 < args.Length && double.TryParse(args[i + 1], System.Globalization.NumberStyles.Float,
                         System.Globalization.CultureInfo.InvariantCulture, out double t) && t > 0 && t <= 1) { threshold = t; i++; }
            else if (args[i] == "--threshold-other" && i + 1 < args.Length && double.TryParse(args[i + 1], System.Globalization.NumberStyles.Float,
                         System.Globalization.CultureInfo.InvariantCulture, out double o) && o > 0 && o <= 1) { otherThreshold = o; i++; }
            else { Console.Error.WriteLine($"unknown argument '{args[i]}'; usage: polnear {Usage}"); return 2; }
        }
        if (data is null || !Directory.Exists(Path.Combine(data, "text")))
        {
            Console.Error.WriteLine($"usage: polnear {Usage}");
            return 2;
        }

        IReadOnlyList<IDocumentStage> stages = rulesOnly ? RulesPipeline() : Pipeline();
        if (model is not null || threshold is not null || otherThreshold is not null)
        {
            LearnedAttributionModel loaded = LearnedAttributionModel.Default;
            if (model is not null)
                using (var file = File.OpenRead(model)) loaded = LearnedAttributionModel.Load(file);
            if (threshold is not null || otherThreshold is not null)
                loaded = loaded.WithThresholds(new AttributionThresholds(threshold ?? loaded.Thresholds.Speech, otherThreshold ?? threshold ?? loaded.Thresholds.Other));
            if (rulesOnly) { Console.Error.WriteLine("--rules takes no --model or --threshold"); return 2; }
            stages = [.. DefaultComponents.RuleStages(), new LearnedAttributionFinder(loaded), .. DefaultComponents.ClaimStages()];
        }
        Evaluate(data, stages, misses);
        return 0;
    }

    /// <summary>Runs <paramref name="stages"/> over the folder and prints the score table (and writes the misses file).</summary>
    internal static void Evaluate(string data, IReadOnlyList<IDocumentStage> stages, string? misses)
    {
        var total = new Tally();
        var kinds = new PolnearKinds();
        var causes = new PolnearMissCauses();
        var byPublisher = new SortedDictionary<string, Tally>(StringComparer.Ordinal);
        var log = misses is null ? null : new StringBuilder();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        long chars = 0;
        foreach (var (name, textFile, ann) in Articles(data))
        {
            var article = Article.FromFile(textFile);
            chars += article.Text.Length;
            var doc = new Document(article);
            foreach (var stage in stages) stage.Process(doc, CancellationToken.None);
            var gold = ReadGold(ann);
            string publisher = name.Split('_')[0];
            if (!byPublisher.TryGetValue(publisher, out var tally)) byPublisher[publisher] = tally = new Tally();
            Score(doc, gold, total, tally, kinds, causes, log);
        }
        double seconds = watch.Elapsed.TotalSeconds;

        Console.WriteLine($"PolNeAR attribution evaluation on {data}");
        Console.WriteLine($"speech cues ({SpeechLemmas.Length}): {string.Join(", ", SpeechLemmas)}");
        Console.WriteLine($"{"publisher",-14} {"docs",4} {"gold",5} {"speech",6} {"claims",6} {"sp.rec",6} {"prec",6} {"sp.F1",6} {"rec.all",7} {"source",6} {"cue",6}");
        foreach (var (publisher, t) in byPublisher) Console.WriteLine(t.Row(publisher));
        Console.WriteLine(total.Row("ALL"));
        Console.WriteLine(total.Counts());
        kinds.Print(Console.Out);
        causes.Print(Console.Out);
        Console.WriteLine($"({chars:N0} characters in {seconds:F1} s)");
        if (log is not null && misses is not null)
        {
            File.WriteAllText(misses, log.ToString());
            Console.WriteLine($"misses and false positives written to {misses}");
        }
    }

    /// <summary>
    /// The articles of a PolNeAR folder in name order, each with the first annotator's <c>.ann</c> file (the gold);
    /// texts without one are skipped.
    /// </summary>
    internal static IEnumerable<(string Name, string TextFile, string AnnFile)> Articles(string data)
    {
        var annFiles = Directory.GetFiles(Path.Combine(data, "attributions"), "*.ann").Order(StringComparer.Ordinal).ToList();
        foreach (var textFile in Directory.GetFiles(Path.Combine(data, "text"), "*.txt").Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileNameWithoutExtension(textFile);
            string? ann = annFiles.FirstOrDefault(f => Path.GetFileName(f).StartsWith(name + "_", StringComparison.Ordinal));
            if (ann is not null) yield return (name, textFile, ann);
        }
    }

    /// <summary>
    /// The stages the library runs, in order: the library's own default list, so the evaluation measures exactly what
    /// callers get.
    /// </summary>
    internal static IReadOnlyList<IDocumentStage> Pipeline() => [.. DefaultComponents.Stages()];

    /// <summary>The same without the learned attribution stage: the rules' attributions, made into claims.</summary>
    internal static IReadOnlyList<IDocumentStage> RulesPipeline() => [.. DefaultComponents.RuleStages(), .. DefaultComponents.ClaimStages()];

    /// <summary>One gold attribution: content covering range, cue and source fragments.</summary>
    internal sealed record GoldAttribution(TextSpan Content, IReadOnlyList<TextSpan> Cue, IReadOnlyList<TextSpan> Source, string CueText, bool IsSpeech);

    internal static List<GoldAttribution> ReadGold(string path)
    {
        var spans = new Dictionary<string, (List<TextSpan> Spans, string Text)>(StringComparer.Ordinal);
        var events = new List<string[]>();
        foreach (var line in File.ReadLines(path))
        {
            var cols = line.Split('\t');
            if (cols.Length >= 2 && cols[0].StartsWith('T'))
            {
                string header = cols[1];
                int space = header.IndexOf(' ', StringComparison.Ordinal);
                var fragments = new List<TextSpan>();
                foreach (var frag in header[(space + 1)..].Split(';'))
                {
                    var se = frag.Trim().Split(' ');
                    fragments.Add(new TextSpan(int.Parse(se[0], CultureInfo.InvariantCulture), int.Parse(se[1], CultureInfo.InvariantCulture)));
                }
                spans[cols[0]] = (fragments, cols.Length > 2 ? cols[2] : "");
            }
            else if (cols.Length >= 2 && cols[0].StartsWith('E'))
                events.Add(cols[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
        var result = new List<GoldAttribution>();
        foreach (var e in events)
        {
            List<TextSpan>? content = null, cue = null, source = null;
            string cueText = "";
            foreach (var arg in e)
            {
                var kv = arg.Split(':');
                if (kv.Length != 2 || !spans.TryGetValue(kv[1], out var sp)) continue;
                if (kv[0].StartsWith("Content", StringComparison.Ordinal)) content = [.. content ?? [], .. sp.Spans];
                else if (kv[0].StartsWith("Cue", StringComparison.Ordinal)) { cue = [.. cue ?? [], .. sp.Spans]; cueText += " " + sp.Text; }
                else if (kv[0].StartsWith("Source", StringComparison.Ordinal)) source = [.. source ?? [], .. sp.Spans];
            }
            if (content is null || content.Count == 0) continue;
            var range = new TextSpan(content.Min(s => s.Start), content.Max(s => s.End));
            result.Add(new GoldAttribution(range, cue ?? [], source ?? [], cueText.Trim(), IsSpeechCue(cueText)));
        }
        return result;
    }

    /// <summary>Whether a gold cue text contains a verb of saying from <see cref="SpeechLemmas"/>.</summary>
    internal static bool IsSpeechCue(string cue)
    {
        string lower = cue.ToLowerInvariant();
        if (lower.Contains("according to", StringComparison.Ordinal)) return true;
        foreach (var word in lower.Split([' ', ',', '.', '\n', '"', '“', '”'], StringSplitOptions.RemoveEmptyEntries))
        {
            string lemma = IrregularForms.TryGetValue(word, out var irr) ? irr : word;
            foreach (var l in SpeechLemmas)
            {
                string head = l.Split(' ')[0];
                if (lemma == head || lemma == head + "s" || lemma == head + "ed" || lemma == head + "d" || lemma == head + "ing"
                    || lemma == head + "es" || (head.EndsWith('e') && lemma == head[..^1] + "ing"))
                    return true;
            }
        }
        return false;
    }

    /// <summary>One-to-one greedy matching by Jaccard (>= 0.5): for each claim its gold index and for each gold its claim index, or -1.</summary>
    internal static (int[] ClaimMatch, int[] GoldMatch) Match(IReadOnlyList<Claim> claims, IReadOnlyList<GoldAttribution> gold) =>
        Claims.Training.Attribution.SpanMatching.MatchOneToOne([.. claims.Select(c => c.Span)], [.. gold.Select(g => g.Content)]);

    private static void Score(Document doc, List<GoldAttribution> gold, Tally total, Tally publisher, PolnearKinds kinds, PolnearMissCauses causes,
        StringBuilder? log)
    {
        var claims = doc.Claims.Where(c => c.Kind is not (ClaimKind.Author or ClaimKind.Headline)).ToList();
        var (claimMatch, goldMatch) = Match(claims, gold);
        kinds.Add(gold, goldMatch);
        causes.Add(doc, claims, gold, goldMatch);
        foreach (var t in new[] { total, publisher })
        {
            t.Docs++;
            t.Gold += gold.Count;
            t.Speech += gold.Count(g => g.IsSpeech);
            t.Claims += claims.Count;
            for (int g = 0; g < gold.Count; g++)
            {
                if (goldMatch[g] < 0) continue;
                var claim = claims[goldMatch[g]];
                t.Matched++;
                if (gold[g].IsSpeech) t.SpeechMatched++;
                bool sourceOk = claim.SpeakerSpan is { } sp ? gold[g].Source.Any(s => s.Overlaps(sp)) : gold[g].Source.Count == 0;
                if (sourceOk) t.SourceOk++;
                if (claim.CueSpan is { } cs && gold[g].Cue.Any(s => s.Overlaps(cs))) t.CueOk++;
            }
        }
        if (log is null) return;
        string text = doc.Text;
        log.AppendLine($"## {doc.Article.Id}");
        for (int g = 0; g < gold.Count; g++)
        {
            var ga = gold[g];
            string src = string.Join(" ", ga.Source.Select(s => text[s.Start..s.End]));
            if (goldMatch[g] < 0)
            {
                double best = claims.Count == 0 ? 0 : claims.Max(c => c.Span.Jaccard(ga.Content));
                // Whether one of our claims used the same cue (then the content boundaries are what differ).
                var used = claims.FirstOrDefault(c => c.CueSpan is { } cs && ga.Cue.Any(g => g.Overlaps(cs)));
                log.AppendLine($"MISS{(ga.IsSpeech ? " speech" : "")} j={best:F2}{(used is not null ? " cue-used" : "")} [{src}] <{ga.CueText}> {Flat(text[ga.Content.Start..ga.Content.End])}");
                if (used is not null) log.AppendLine($"     ours: {Flat(used.Text)}");
            }
            else
            {
                var c = claims[goldMatch[g]];
                bool sourceOk = c.SpeakerSpan is { } sp ? ga.Source.Any(s => s.Overlaps(sp)) : ga.Source.Count == 0;
                bool cueOk = c.CueSpan is { } cs && ga.Cue.Any(s => s.Overlaps(cs));
                log.AppendLine($"OK <{c.Cue?.ToLowerInvariant()}> {c.Kind}");
                if (!sourceOk || !cueOk)
                    log.AppendLine($"WRONG{(sourceOk ? "" : " source")}{(cueOk ? "" : " cue")} gold [{src}] <{ga.CueText}> got [{(c.SpeakerSpan is { } s2 ? text[s2.Start..s2.End] : "")}] <{c.Cue}> {Flat(c.Text)}");
            }
        }
        for (int c = 0; c < claims.Count; c++)
            if (claimMatch[c] < 0)
            {
                var claim = claims[c];
                // Best partial overlap helps tell boundary errors from spurious claims.
                double best = gold.Count == 0 ? 0 : gold.Max(g => claim.Span.Jaccard(g.Content));
                log.AppendLine($"FP j={best:F2} {claim.Kind} [{(claim.SpeakerSpan is { } s ? text[s.Start..s.End] : "")}] <{claim.Cue}> {Flat(claim.Text)}");
            }
    }

    private static string Flat(string s)
    {
        s = s.Replace('\n', ' ');
        return s.Length > 220 ? s[..220] + "…" : s;
    }

    private sealed class Tally
    {
        public int Docs, Gold, Speech, Claims, Matched, SpeechMatched, SourceOk, CueOk;

        private double SpeechRecall => Ratio(SpeechMatched, Speech);

        private double Precision => Ratio(Matched, Claims);

        private double SpeechF1 => SpeechRecall + Precision == 0 ? 0 : 2 * SpeechRecall * Precision / (SpeechRecall + Precision);

        public string Row(string label) => string.Create(CultureInfo.InvariantCulture,
            $"{label,-14} {Docs,4} {Gold,5} {Speech,6} {Claims,6} {SpeechRecall,6:F3} {Precision,6:F3} {SpeechF1,6:F3} {Ratio(Matched, Gold),7:F3} {Ratio(SourceOk, Matched),6:F3} {Ratio(CueOk, Matched),6:F3}");

        /// <summary>The counts behind the ratios, and F1 to four places, so a figure near a target can be checked.</summary>
        public string Counts() => string.Create(CultureInfo.InvariantCulture,
            $"counts: speech matched {SpeechMatched}/{Speech}, claims matched {Matched}/{Claims}, gold matched {Matched}/{Gold}; speech F1 {SpeechF1:F4}");

        private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
    }
}
