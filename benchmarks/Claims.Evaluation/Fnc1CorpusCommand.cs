using System.Diagnostics;
using System.Globalization;
using System.Text;
using Claims.Stance;

namespace Claims.Evaluation;

/// <summary>
/// FNC-1 as one corpus: the bodies of the hold-out (split by Body ID, the same split as <c>fnc1</c>) become articles
/// <c>b&lt;Body ID&gt;</c> and each distinct headline of their rows an article <c>h&lt;n&gt;</c>; the real analyzer
/// runs over all of them at once, and its own pairs and stories are scored against the labels: stories (B-cubed),
/// cross-story contradictions, headline-body contradictions and agreements, opposed body pairs, candidate recall,
/// contradictions per article, wall time and peak memory.
/// </summary>
public sealed class Fnc1CorpusCommand : IEvaluationCommand
{
    /// <inheritdoc />
    public string Name => "fnc1-corpus";

    /// <inheritdoc />
    public string Usage =>
        "--bodies FILE --stances FILE [--split holdout|train|all] [--holdout 0.2] [--seed 1] [--max-bodies N] " +
        "[--semantic true] [--precision float32|int8] [--accurate true|false] [--include-neutral true|false] [--dump FILE] [--misses FILE] [--stories-out FILE] [--story-terms-out FILE] [--stories-only true] " +
        StoryGrouperArgs.Usage + " " +
        "[--gate-words 2] [--gate-names 2] [--gate-sim 0.4] [--gate-cross 0.5] [--gate-content 3] [--gate-vector 0.5] [--max-pairs 100] [--near-copy-edits 2] " +
        "[--save-vectors FILE] [--load-vectors FILE] " +
        "[--part all|tune|test] [--lead-stance true|false] [--lead-disagree P] [--lead-agree P] [--lead-unrelated P] " +
        "[--lead-shared N] [--lead-body N] [--lead-evidence-disagree P] [--lead-opposed-disagree P] [--lead-evidence-candidates N] [--lead-denying-agree P] [--lead-shared-denial-agree P] [--lead-opening-disagree P] [--lead-opening N] [--lead-readings FILE] [--rows-out FILE]";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        var opts = StanceArgs.Parse(args);
        if (opts is null || opts.Get("bodies") is null || opts.Get("stances") is null)
        {
            Console.Error.WriteLine($"usage: fnc1-corpus {Usage}");
            return 2;
        }
        Dictionary<string, string> bodies;
        List<Fnc1Command.StanceRow> rows;
        try
        {
            bodies = Fnc1Command.ReadBodies(opts.Get("bodies")!);
            rows = Fnc1Command.ReadStances(opts.Get("stances")!, bodies);
        }
        catch (FormatException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
        if (rows.Any(r => r.Stance is null)) { Console.Error.WriteLine("fnc1-corpus needs the Stance column"); return 2; }
        if (ChooseBodies(opts, rows, out string split, out string? error) is not { } bodyIds) { Console.Error.WriteLine(error); return 2; }
        var chosen = bodyIds.ToHashSet(StringComparer.Ordinal);
        var corpus = Fnc1Corpus.Create(bodies, rows.Where(r => chosen.Contains(r.BodyId)).ToList(), bodyIds);
        Console.WriteLine($"{split}: {corpus.BodyIds.Count} bodies, {corpus.HeadlineIds.Count} headlines, {corpus.Rows.Count} rows; pipeline: {(opts.Flag("semantic", false) ? "semantic" : "lexical")}");

        var builder = new ClaimAnalyzerBuilder().UseDefaults();
        var recorders = new Recorders();
        if (Configure(opts, builder, recorders) is { } configError) { Console.Error.WriteLine(configError); return 2; }
        var analyzer = builder.Build();
        var watch = Stopwatch.StartNew();
        var report = opts.Flag("stories-only", false) ? analyzer.Extract(corpus.Articles) : analyzer.Analyze(corpus.Articles);
        watch.Stop();
        var process = Process.GetCurrentProcess();
        process.Refresh();

        var scores = Fnc1CorpusScorer.Score(corpus, report);
        scores.Print(Console.Out);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wall time: {watch.Elapsed.TotalSeconds:0.0} s for {corpus.Articles.Count} articles; peak memory (working set): {process.PeakWorkingSet64 / (1024.0 * 1024):0} MiB; managed heap now {GC.GetTotalMemory(false) / (1024.0 * 1024):0} MiB"));
        WriteFiles(opts, corpus, report, recorders);
        return 0;
    }

    // What the run records beside the scores, when asked (article vectors, story terms, lead readings).
    private sealed class Recorders
    {
        public RecordingArticleVectors? Vectors { get; set; }
        public StoryTermsRecorder? Terms { get; set; }
        public RecordingLeadStance? Lead { get; set; }
    }

    // The hold-out (or --split) bodies in Body ID order, narrowed to one --part and --max-bodies; null with an error
    // for an unknown split or part.
    private static List<string>? ChooseBodies(StanceArgs opts, List<Fnc1Command.StanceRow> rows, out string split, out string? error)
    {
        error = null;
        var held = Fnc1Command.HoldoutBodies(rows.Select(r => r.BodyId), opts.Double("holdout", 0.2), opts.Int("seed", 1));
        split = opts.Get("split") ?? "holdout";
        Func<string, bool>? inSplit = split switch
        {
            "holdout" => held.Contains,
            "train" => id => !held.Contains(id),
            "all" => _ => true,
            _ => null,
        };
        if (inSplit is null) { error = $"unknown --split '{split}' (holdout, train, all)"; return null; }
        var bodyIds = rows.Select(r => r.BodyId).Where(inSplit).Distinct(StringComparer.Ordinal)
            .OrderBy(id => int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : int.MaxValue)
            .ThenBy(id => id, StringComparer.Ordinal).ToList();
        // Two halves of the bodies, to tune thresholds on one and measure on the other: a seeded hash of the Body ID
        // (seed + 1), the same way the hold-out itself is drawn.
        string part = opts.Get("part") ?? "all";
        if (part != "all")
        {
            var tune = Fnc1Command.HoldoutBodies(bodyIds, 0.5, opts.Int("seed", 1) + 1);
            if (part is not ("tune" or "test")) { error = $"unknown --part '{part}' (all, tune, test)"; return null; }
            bodyIds = bodyIds.Where(id => tune.Contains(id) == (part == "tune")).ToList();
            split += "/" + part;
        }
        if (opts.Get("max-bodies") is not null) bodyIds = bodyIds.Take(opts.Int("max-bodies", bodyIds.Count)).ToList();
        return bodyIds;
    }

    // The pipeline the command line asks for: semantic or lexical, then the pipeline's own story grouper, gate, pairing
    // and lead stance with the given settings (nothing else changes); an error message for a bad setting.
    private static string? Configure(StanceArgs opts, ClaimAnalyzerBuilder builder, Recorders recorders)
    {
        bool semantic = opts.Flag("semantic", false);
        // --precision int8: the embedded model at EncoderPrecision.Int8 for the claim vectors, the stance model and the token states.
        var encoder = opts.Get("precision") is { } precision
            ? new Claims.Semantic.MiniLmEncoder(new Claims.Semantic.MiniLmEncoderOptions { Precision = Enum.Parse<Claims.Semantic.EncoderPrecision>(precision, ignoreCase: true) })
            : null;
        if (semantic && opts.Get("accurate") is not null) builder.UseSemantic(encoder, accurateAttribution: opts.Flag("accurate", true));
        else if (semantic) builder.UseSemantic(encoder);
        builder.IncludeNeutral = opts.Flag("include-neutral", builder.IncludeNeutral);
        // Story settings change the grouper the pipeline built (its options and vectors), nothing else.
        Claims.Stories.IArticleVectorSource? storyVectors = opts.Get("load-vectors") is { } load ? CachedArticleVectors.Load(load) : null;
        if (opts.Get("save-vectors") is not null && builder.StoryGrouper is Claims.Stories.StoryGrouper current)
            storyVectors = recorders.Vectors = new RecordingArticleVectors(storyVectors ?? current.Vectors);
        if (StoryGrouperArgs.Configure(opts, builder, storyVectors) is { } error) return error;
        if (opts.Get("story-terms-out") is not null && builder.StoryGrouper is Claims.Stories.StoryGrouper grouper)
            builder.StoryGrouper = recorders.Terms = new StoryTermsRecorder(grouper);
        ConfigureGate(opts, builder);
        if (opts.Get("max-pairs") is not null) builder.Pairing = builder.Pairing with { MaxPairsPerClaim = opts.Int("max-pairs", builder.Pairing.MaxPairsPerClaim) };
        if (opts.Get("near-copy-edits") is not null) builder.Pairing = builder.Pairing with { NearCopyEdits = opts.Int("near-copy-edits", builder.Pairing.NearCopyEdits) };
        recorders.Lead = LeadStanceOptionsFromArgs(opts, builder);
        return null;
    }

    // Gate settings change the pipeline's own gate (its options and claim vectors).
    private static void ConfigureGate(StanceArgs opts, ClaimAnalyzerBuilder builder)
    {
        var currentGate = builder.Gate as Claims.Stories.SameEventGate;
        var gate = currentGate?.Options ?? Claims.Stories.SameEventGateOptions.Default;
        gate = gate with
        {
            SupportWords = opts.Int("gate-words", gate.SupportWords),
            SupportNames = opts.Int("gate-names", gate.SupportNames),
            SupportSimilarity = opts.Double("gate-sim", gate.SupportSimilarity),
            CrossStorySimilarity = opts.Double("gate-cross", gate.CrossStorySimilarity),
            MinContentWords = opts.Int("gate-content", gate.MinContentWords),
            MinVectorSimilarity = opts.Double("gate-vector", gate.MinVectorSimilarity),
        };
        if (currentGate is not null && gate != currentGate.Options) builder.Gate = new Claims.Stories.SameEventGate(gate, currentGate.Vectors);
    }

    // The files asked for beside the printed scores.
    private static void WriteFiles(StanceArgs opts, Fnc1Corpus corpus, AnalysisReport report, Recorders recorders)
    {
        if (opts.Get("save-vectors") is { } save) recorders.Vectors?.Save(save);
        if (opts.Get("dump") is { } dump) Fnc1CorpusScorer.Dump(corpus, report, dump);
        if (opts.Get("misses") is { } misses) Fnc1CorpusScorer.DumpMisses(corpus, report, misses);
        if (opts.Get("story-terms-out") is { } termsPath) recorders.Terms?.Save(termsPath);
        if (opts.Get("stories-out") is { } storiesOut) Fnc1CorpusScorer.DumpStories(corpus, report, storiesOut);
        if (recorders.Lead is { } lead) Console.WriteLine(lead.Summary);
        if (recorders.Lead is { } leadRecorder && opts.Get("lead-readings") is { } readings) leadRecorder.Write(corpus, readings);
        if (opts.Get("rows-out") is { } rowsOut)
            File.WriteAllLines(rowsOut, corpus.Rows.Select(r => $"{r.Headline}\t{r.Body}\t{r.Stance}"), new UTF8Encoding(false));
    }

    // The lead-stance options given on the command line (--lead-stance false removes the part); with
    // a recorder that times the part and, with --lead-readings, keeps every reading for the dump.
    private static RecordingLeadStance? LeadStanceOptionsFromArgs(StanceArgs opts, ClaimAnalyzerBuilder builder)
    {
        if (!opts.Flag("lead-stance", true)) { builder.LeadStance = null; return null; }
        if (builder.LeadStance is not Claims.Stance.Leads.LeadStanceFinder finder) return null;
        var o = finder.Options;
        o = o with
        {
            MinDisagree = opts.Double("lead-disagree", o.MinDisagree),
            MinAgree = opts.Double("lead-agree", o.MinAgree),
            MaxUnrelated = opts.Double("lead-unrelated", o.MaxUnrelated),
            MinSharedTerms = opts.Int("lead-shared", o.MinSharedTerms),
            MinBodySentences = opts.Int("lead-body", o.MinBodySentences),
            MinEvidenceDisagree = opts.Double("lead-evidence-disagree", o.MinEvidenceDisagree),
            MinDisagreeWithOpposition = opts.Double("lead-opposed-disagree", o.MinDisagreeWithOpposition),
            EvidenceModelCandidates = opts.Int("lead-evidence-candidates", o.EvidenceModelCandidates),
            MinAgreeWithDenyingLead = opts.Double("lead-denying-agree", o.MinAgreeWithDenyingLead),
            MinAgreeWithSharedDenial = opts.Double("lead-shared-denial-agree", o.MinAgreeWithSharedDenial),
            MinDisagreeWithOpeningDenial = opts.Double("lead-opening-disagree", o.MinDisagreeWithOpeningDenial),
            OpeningSentences = opts.Int("lead-opening", o.OpeningSentences),
        };
        if (o != finder.Options) builder.LeadStance = finder = finder.WithOptions(o);
        var recorder = new RecordingLeadStance(opts.Get("lead-readings") is null ? finder : finder.WithOptions(o with { KeepReadings = true }));
        builder.LeadStance = recorder;
        return recorder;
    }
}

/// <summary>The lead-stance part timed, with its readings kept when they were asked for (to tune its thresholds from one run).</summary>
internal sealed class RecordingLeadStance(Claims.Stance.Leads.ILeadStanceFinder inner) : Claims.Stance.Leads.ILeadStanceFinder
{
    private IReadOnlyList<Claims.Stance.Leads.LeadStanceReading> _readings = [];
    private TimeSpan _elapsed;
    private int _pairs;

    public Claims.Stance.Leads.LeadStanceResult Find(IReadOnlyList<Document> documents, IReadOnlyList<Claims.Stories.Story> stories, int maxParallelism, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var result = inner.Find(documents, stories, maxParallelism, cancellationToken);
        _elapsed = watch.Elapsed;
        _readings = result.Readings;
        _pairs = result.Pairs.Count;
        return result;
    }

    /// <summary>The part's own time (inside the wall time) and what it found, before merging with the claim pairs.</summary>
    public string Summary => string.Create(CultureInfo.InvariantCulture,
        $"lead stance: {_elapsed.TotalSeconds:0.0} s, {_pairs} article-level verdicts before merging with the claim pairs");

    /// <summary>One line per reading: lead claim, article, the row's label (or none), probabilities, shared terms, decision.</summary>
    public void Write(Fnc1Corpus corpus, string path)
    {
        var labels = corpus.Rows.ToDictionary(r => (r.Headline, r.Body), r => r.Stance);
        var inv = CultureInfo.InvariantCulture;
        using var w = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
        w.WriteLine("lead\tarticle\tlabel\tagree\tdisagree\tdiscuss\tunrelated\tshared\trelation");
        foreach (var r in _readings)
        {
            string label = labels.TryGetValue((r.Lead.ArticleId, r.Article), out var l) ? l : "none";
            w.WriteLine(string.Create(inv, $"{r.Lead.Id}\t{r.Article}\t{label}\t{r.Stance.Agree:0.0000}\t{r.Stance.Disagree:0.0000}\t{r.Stance.Discuss:0.0000}\t{r.Stance.Unrelated:0.0000}\t{r.SharedTerms}\t{r.Relation}"));
        }
    }
}

/// <summary>The corpus built from FNC-1 rows: articles, and which article each body and headline became.</summary>
internal sealed record Fnc1Corpus(
    IReadOnlyList<Article> Articles,
    IReadOnlyList<string> BodyIds,
    IReadOnlyList<string> HeadlineIds,
    IReadOnlyList<(string Headline, string Body, string Stance)> Rows)
{
    /// <summary>Bodies as <c>b&lt;id&gt;</c>, distinct headlines as <c>h&lt;n&gt;</c> (n from 1 in order of first row).</summary>
    public static Fnc1Corpus Create(Dictionary<string, string> bodies, List<Fnc1Command.StanceRow> rows, IReadOnlyList<string> bodyIds)
    {
        var articles = new List<Article>();
        foreach (var id in bodyIds) articles.Add(new Article("b" + id, bodies[id]));
        var headlineIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (headlineIds.ContainsKey(row.Headline)) continue;
            string id = "h" + (headlineIds.Count + 1).ToString(CultureInfo.InvariantCulture);
            headlineIds[row.Headline] = id;
            articles.Add(new Article(id, row.Headline));
        }
        var labeled = rows.Select(r => (headlineIds[r.Headline], "b" + r.BodyId, r.Stance!)).Distinct().ToList();
        return new Fnc1Corpus(articles, bodyIds.Select(id => "b" + id).ToList(), headlineIds.Values.ToList(), labeled);
    }
}

/// <summary>Scores an analysis of an <see cref="Fnc1Corpus"/> against the FNC-1 labels.</summary>
internal static class Fnc1CorpusScorer
{
    internal sealed record Scores(
        int Stories, double BodyPrecision, double BodyRecall, double AllPrecision, double AllRecall,
        int Contradictions, int Agreements, int Neutral, int BodyBodyContradictions, int CrossStoryContradictions,
        Rate ContradictionPrecision, Rate ContradictionRecall, Rate DiscussContradicted,
        Rate AgreementPrecision, Rate AgreementRecall, Rate DiscussAgreed,
        Rate OpposedRecall, Rate CandidateRecall, Rate DisagreeCandidateRecall, int Articles, int Claims, int StoriesOver1)
    {
        public void Print(TextWriter o)
        {
            var inv = CultureInfo.InvariantCulture;
            o.WriteLine(string.Create(inv, $"claims: {Claims}; pairs: {Contradictions} contradicts, {Agreements} agrees, {Neutral} neutral (written)"));
            double f1 = F1(BodyPrecision, BodyRecall), f1All = F1(AllPrecision, AllRecall);
            o.WriteLine(string.Create(inv, $"stories: {Stories} ({StoriesOver1} with 2+ articles); bodies B-cubed P {BodyPrecision:0.000} R {BodyRecall:0.000} F1 {f1:0.000}; with headlines P {AllPrecision:0.000} R {AllRecall:0.000} F1 {f1All:0.000}"));
            o.WriteLine(string.Create(inv, $"cross-story share: {Share(CrossStoryContradictions, BodyBodyContradictions)} ({CrossStoryContradictions}/{BodyBodyContradictions} body-body contradictions)"));
            o.WriteLine($"headline-body contradiction precision: {ContradictionPrecision}; recall: {ContradictionRecall}; discuss rows flagged: {DiscussContradicted}");
            o.WriteLine($"headline-body agreement precision: {AgreementPrecision}; recall: {AgreementRecall}; discuss rows flagged: {DiscussAgreed}");
            o.WriteLine($"opposed-pair recall: {OpposedRecall}");
            o.WriteLine($"candidate recall (related rows with any pair, neutral included when kept): {CandidateRecall}; disagree rows: {DisagreeCandidateRecall}");
            o.WriteLine(string.Create(inv, $"contradictions per article: {(double)Contradictions / Math.Max(1, Articles):0.000} ({Contradictions}/{Articles})"));
        }

        private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);

        private static string Share(int n, int d) => d == 0 ? "n/a" : ((double)n / d).ToString("0.000", CultureInfo.InvariantCulture);
    }

    internal readonly record struct Rate(int Hits, int Total)
    {
        public override string ToString() => Total == 0
            ? $"n/a (0/0)"
            : string.Create(CultureInfo.InvariantCulture, $"{(double)Hits / Total:0.000} ({Hits}/{Total})");
    }

    public static Scores Score(Fnc1Corpus corpus, AnalysisReport report)
    {
        var (articleOf, related) = Related(report);
        var anyPair = related.Values.SelectMany(s => s).ToHashSet();

        var gold = GoldStories(corpus);
        var predicted = PredictedStories(corpus, report);
        var bodies = corpus.BodyIds;
        var all = corpus.Articles.Select(a => a.Id).ToList();
        var (bp, br) = BCubed(bodies, gold, predicted);
        var (ap, ar) = BCubed(all, gold, predicted);

        int bodyBody = 0, cross = 0;
        foreach (var p in report.Pairs.Where(p => p.Relation == StanceLabel.Contradicts))
        {
            string x = articleOf[p.A], y = articleOf[p.B];
            if (x[0] != 'b' || y[0] != 'b' || x == y) continue;
            bodyBody++;
            if (gold[x] != gold[y]) cross++;
        }

        Rate Precision(StanceLabel relation, string label)
        {
            var scored = corpus.Rows.Where(r => r.Stance != "discuss").ToList();
            var flagged = scored.Where(r => related[relation].Contains(Key(r.Headline, r.Body))).ToList();
            return new Rate(flagged.Count(r => r.Stance == label), flagged.Count);
        }
        Rate Recall(StanceLabel relation, string label)
        {
            var wanted = corpus.Rows.Where(r => r.Stance == label).ToList();
            return new Rate(wanted.Count(r => related[relation].Contains(Key(r.Headline, r.Body))), wanted.Count);
        }
        Rate DiscussRate(StanceLabel relation)
        {
            var discuss = corpus.Rows.Where(r => r.Stance == "discuss").ToList();
            return new Rate(discuss.Count(r => related[relation].Contains(Key(r.Headline, r.Body))), discuss.Count);
        }

        // Body pairs where one body agrees and the other disagrees with the same headline.
        var opposed = new HashSet<(string, string)>();
        foreach (var byHeadline in corpus.Rows.GroupBy(r => r.Headline))
        {
            var agree = byHeadline.Where(r => r.Stance == "agree").Select(r => r.Body).ToList();
            var disagree = byHeadline.Where(r => r.Stance == "disagree").Select(r => r.Body).ToList();
            foreach (var a in agree)
                foreach (var d in disagree)
                    if (a != d) opposed.Add(Key(a, d));
        }
        var relatedRows = corpus.Rows.Where(r => r.Stance != "unrelated").ToList();
        var disagreeRows = corpus.Rows.Where(r => r.Stance == "disagree").ToList();
        return new Scores(
            predicted.Values.Distinct().Count(), bp, br, ap, ar,
            report.Pairs.Count(p => p.Relation == StanceLabel.Contradicts),
            report.Pairs.Count(p => p.Relation == StanceLabel.Agrees),
            report.Pairs.Count(p => p.Relation == StanceLabel.Neutral),
            bodyBody, cross,
            Precision(StanceLabel.Contradicts, "disagree"), Recall(StanceLabel.Contradicts, "disagree"), DiscussRate(StanceLabel.Contradicts),
            Precision(StanceLabel.Agrees, "agree"), Recall(StanceLabel.Agrees, "agree"), DiscussRate(StanceLabel.Agrees),
            new Rate(opposed.Count(p => related[StanceLabel.Contradicts].Contains(p)), opposed.Count),
            new Rate(relatedRows.Count(r => anyPair.Contains(Key(r.Headline, r.Body))), relatedRows.Count),
            new Rate(disagreeRows.Count(r => anyPair.Contains(Key(r.Headline, r.Body))), disagreeRows.Count),
            corpus.Articles.Count, report.Articles.Sum(a => a.Claims.Count),
            report.Stories.Count(s => s.Articles.Count > 1));
    }

    // The article of each claim, and the article pairs (ordered by Key) that some pair of each relation joins.
    private static (Dictionary<string, string> ArticleOf, Dictionary<StanceLabel, HashSet<(string, string)>> Related) Related(AnalysisReport report)
    {
        var articleOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in report.Articles)
            foreach (var c in a.Claims) articleOf[c.Id] = a.Article.Id;
        var related = new Dictionary<StanceLabel, HashSet<(string, string)>>
        {
            [StanceLabel.Contradicts] = [], [StanceLabel.Agrees] = [], [StanceLabel.Neutral] = [],
        };
        // A copied claim is paired once, as its original (report.CopiedClaims): the original's pairs are the copy's.
        var copiesOf = report.CopiedClaims.ToLookup(c => c.Original, c => c.Claim, StringComparer.Ordinal);
        foreach (var p in report.Pairs)
            foreach (var a in copiesOf[p.A].Prepend(p.A))
                foreach (var b in copiesOf[p.B].Prepend(p.B))
                    if (articleOf[a] != articleOf[b]) related[p.Relation].Add(Key(articleOf[a], articleOf[b]));
        return (articleOf, related);
    }

    /// <summary>Writes each missed row: a disagree row with no contradiction or an agree row with no agreement between
    /// its headline and body (copies counted as the scores count them), with the headline's text, to read what recall
    /// lacks.</summary>
    public static void DumpMisses(Fnc1Corpus corpus, AnalysisReport report, string path)
    {
        var (_, related) = Related(report);
        var text = corpus.Articles.ToDictionary(a => a.Id, a => a.Text, StringComparer.Ordinal);
        using var w = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
        w.WriteLine("label\theadline\tbody\theadline text");
        foreach (var r in corpus.Rows)
        {
            var wanted = r.Stance switch { "disagree" => StanceLabel.Contradicts, "agree" => StanceLabel.Agrees, _ => (StanceLabel?)null };
            if (wanted is { } relation && !related[relation].Contains(Key(r.Headline, r.Body)))
                w.WriteLine($"{r.Stance}\t{r.Headline}\t{r.Body}\t{Clean(text[r.Headline])}");
        }
    }

    private static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);

    /// <summary>
    /// The stories the labels imply: two bodies are one story when a headline with a related label (agree, disagree,
    /// discuss) links them; that headline belongs to the story too. Unlinked articles are stories of their own.
    /// </summary>
    internal static Dictionary<string, string> GoldStories(Fnc1Corpus corpus)
    {
        var parent = corpus.Articles.ToDictionary(a => a.Id, a => a.Id, StringComparer.Ordinal);
        string Find(string x)
        {
            while (parent[x] != x) x = parent[x] = parent[parent[x]];
            return x;
        }
        foreach (var row in corpus.Rows.Where(r => r.Stance != "unrelated"))
        {
            string a = Find(row.Headline), b = Find(row.Body);
            if (a != b) parent[string.CompareOrdinal(a, b) < 0 ? b : a] = string.CompareOrdinal(a, b) < 0 ? a : b;
        }
        return corpus.Articles.ToDictionary(a => a.Id, a => Find(a.Id), StringComparer.Ordinal);
    }

    private static Dictionary<string, string> PredictedStories(Fnc1Corpus corpus, AnalysisReport report)
    {
        var story = corpus.Articles.ToDictionary(a => a.Id, a => "single:" + a.Id, StringComparer.Ordinal);
        foreach (var s in report.Stories)
            foreach (var a in s.Articles) story[a] = s.Id;
        return story;
    }

    /// <summary>B-cubed precision and recall of <paramref name="predicted"/> against <paramref name="gold"/> over <paramref name="items"/>.</summary>
    internal static (double Precision, double Recall) BCubed(IReadOnlyList<string> items, Dictionary<string, string> gold, Dictionary<string, string> predicted)
    {
        if (items.Count == 0) return (0, 0);
        var byGold = items.GroupBy(i => gold[i]).ToDictionary(g => g.Key, g => g.ToHashSet(StringComparer.Ordinal));
        var byPredicted = items.GroupBy(i => predicted[i]).ToDictionary(g => g.Key, g => g.ToHashSet(StringComparer.Ordinal));
        double p = 0, r = 0;
        foreach (var item in items)
        {
            var g = byGold[gold[item]];
            var c = byPredicted[predicted[item]];
            int both = c.Count(g.Contains);
            p += (double)both / c.Count;
            r += (double)both / g.Count;
        }
        return (p / items.Count, r / items.Count);
    }

    /// <summary>
    /// Writes every contradiction and agreement between a headline and a body with the row's label, every body-body
    /// contradiction with whether the labels put both bodies in one story, and the neutral pairs of labeled rows when
    /// the report kept neutral pairs.
    /// </summary>
    public static void Dump(Fnc1Corpus corpus, AnalysisReport report, string path)
    {
        var labels = corpus.Rows.ToDictionary(r => Key(r.Headline, r.Body), r => r.Stance);
        var gold = GoldStories(corpus);
        using var w = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
        w.WriteLine("relation\tlabel\ta\tb\ttext a\ttext b\treasons");
        foreach (var p in report.Pairs)
        {
            var (ca, aa) = report.FindClaim(p.A);
            var (cb, ab) = report.FindClaim(p.B);
            string x = aa.Article.Id, y = ab.Article.Id;
            bool labeled = labels.TryGetValue(Key(x, y), out var l);
            // Neutral pairs (kept with --include-neutral true) only between a labeled headline and body: what the
            // stance side saw of a row it left without a verdict.
            if (p.Relation == StanceLabel.Neutral && !labeled) continue;
            string label = labeled ? l!
                : x[0] == 'b' && y[0] == 'b' ? (gold[x] == gold[y] ? "same-story" : "cross-story") : "unlabeled";
            w.WriteLine($"{p.Relation}\t{label}\t{p.A}\t{p.B}\t{Clean(ca.Text)}\t{Clean(cb.Text)}\t{Clean(string.Join(" | ", p.Reasons))}");
        }
    }

    /// <summary>Writes each predicted story with its articles' gold stories and first line, to read how stories are split or merged.</summary>
    public static void DumpStories(Fnc1Corpus corpus, AnalysisReport report, string path)
    {
        var gold = GoldStories(corpus);
        var text = corpus.Articles.ToDictionary(a => a.Id, a => a.Text, StringComparer.Ordinal);
        using var w = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var s in report.Stories)
        {
            w.WriteLine($"== {s.Id} {Clean(s.Title)}");
            foreach (var a in s.Articles)
            {
                string first = text[a].Split('\n').FirstOrDefault(l => l.Trim().Length > 0) ?? "";
                w.WriteLine($"  {a}\tgold {gold[a]}\t{Clean(first[..Math.Min(first.Length, 120)])}");
            }
        }
    }

    private static string Clean(string s) => s.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
