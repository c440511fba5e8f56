using System.Globalization;
using Claims.Attribution;
using Claims.Segmentation;

namespace Claims.Evaluation;

/// <summary>
/// <c>polnear-tagger --train DIR --eval DIR</c>: an experiment on whether a learned token tagger beats the rules.
/// It runs the library's stages over both folders, trains an averaged perceptron on the train folder's gold (tags:
/// content start, content inside, cue, source, outside; features: the words around a token, quotes, the rules' own
/// tags), decodes the eval folder and scores the content spans the same way as <c>polnear</c>, both for the tagger's
/// spans alone and for the rules' claims with the tagger's extra spans added. Nothing here is shipped.
/// </summary>
public sealed class PolnearTaggerCommand : IEvaluationCommand
{
    private const int O = 0, BeginContent = 1, InContent = 2, CueTag = 3, SourceTag = 4, TagCount = 5;
    private const int Bits = 21;
    private bool _useRuleTags = true;

    /// <inheritdoc />
    public string Name => "polnear-tagger";

    /// <inheritdoc />
    public string Usage => "--train DIR --eval DIR [--epochs N]   (experiment: averaged-perceptron attribution tagger vs the rules)";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        string? train = null, eval = null, dumpPath = null;
        int epochs = 5;
        bool useRuleTags = true;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--train" && i + 1 < args.Length) train = args[++i];
            else if (args[i] == "--eval" && i + 1 < args.Length) eval = args[++i];
            else if (args[i] == "--dump" && i + 1 < args.Length) dumpPath = args[++i];
            else if (args[i] == "--no-rules") useRuleTags = false;
            else if (args[i] == "--epochs" && i + 1 < args.Length) epochs = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else { Console.Error.WriteLine($"unknown argument '{args[i]}'; usage: {Name} {Usage}"); return 2; }
        }
        if (train is null || eval is null) { Console.Error.WriteLine($"usage: {Name} {Usage}"); return 2; }
        _useRuleTags = useRuleTags;

        using var dump = dumpPath is null ? null : new StreamWriter(dumpPath);
        var trainDocs = Load(train);
        var evalDocs = Load(eval);
        var model = new Perceptron(TagCount, Bits);
        var rng = new Random(1);
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            var order = Enumerable.Range(0, trainDocs.Count).OrderBy(_ => rng.Next()).ToList();
            int errors = 0, total = 0;
            foreach (int d in order)
            {
                var doc = trainDocs[d];
                var prev = new int[doc.Words.Count];
                for (int i = 0; i < doc.Words.Count; i++)
                {
                    var feats = Features(doc, i, prev);
                    int guess = model.Predict(feats);
                    int gold = doc.Gold[i];
                    if (guess != gold) { model.Update(feats, gold, guess); errors++; }
                    model.Tick();
                    // Train on the model's own previous tags (as decoding sees them), not the gold ones.
                    prev[i] = guess;
                    total++;
                }
            }
            Console.WriteLine($"epoch {epoch + 1}: token error {(double)errors / total:F4}");
        }
        var averaged = model.Averaged();
        Console.WriteLine($"averaged perceptron, {epochs} epochs, seed 1, {(useRuleTags ? "with" : "without")} the rules' tags as features");
        foreach (var (label, docs) in new[] { ("train", trainDocs), ("eval", evalDocs) })
        {
            var rules = new Tally();
            var tagger = new Tally();
            // The rules' claims plus the tagger's contents that overlap none of them, at rising confidence floors.
            var floors = new[] { double.NegativeInfinity, 20, 45 };
            var union = floors.Select(_ => new Tally()).ToArray();
            foreach (var doc in docs)
            {
                var tags = Decode(averaged, doc, out var margins);
                var spans = Spans(doc, tags, margins);
                rules.Add(doc.RuleClaims, doc.GoldAttributions);
                tagger.Add([.. spans.Select(s => s.Span)], doc.GoldAttributions);
                for (int f = 0; f < floors.Length; f++)
                {
                    var extra = spans.Where(s => s.Margin >= floors[f] && !doc.RuleClaims.Any(r => r.Overlaps(s.Span))).Select(s => s.Span);
                    union[f].Add([.. doc.RuleClaims, .. extra], doc.GoldAttributions);
                }
                if (label == "eval" && dump is not null) Write(dump, doc, spans);
            }
            Console.WriteLine($"{label,-5} rules               {rules}");
            Console.WriteLine($"{label,-5} tagger              {tagger}");
            for (int f = 0; f < floors.Length; f++)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-5} rules+tagger >= {floors[f],4} {union[f]}"));
        }
        dump?.Dispose();
        return 0;
    }

    private int[] Decode(Perceptron model, TaggedDoc doc, out float[] margins)
    {
        var tags = new int[doc.Words.Count];
        margins = new float[tags.Length];
        for (int i = 0; i < tags.Length; i++) tags[i] = model.Predict(Features(doc, i, tags), out margins[i]);
        return tags;
    }

    /// <summary>
    /// Content spans from the tags: runs of content tags, bridging up to two outside tokens (a comma, a stray "the"),
    /// kept only with a cue (the tagger's or the rules') in the same or a neighbouring sentence; each with the mean
    /// content-versus-outside margin of its tokens as its confidence.
    /// </summary>
    private static List<(TextSpan Span, double Margin)> Spans(TaggedDoc doc, int[] tags, float[] margins)
    {
        const int MaxGap = 2;
        var runs = new List<(int First, int Last)>();
        for (int i = 0; i < tags.Length; i++)
        {
            if (tags[i] is not (BeginContent or InContent)) continue;
            if (runs.Count > 0 && tags[i] == InContent)
            {
                var (first, last) = runs[^1];
                bool bridge = i - last - 1 <= MaxGap && Enumerable.Range(last + 1, i - last - 1).All(k => tags[k] == O);
                if (bridge) { runs[^1] = (first, i); continue; }
            }
            runs.Add((i, i));
        }
        var spans = new List<(TextSpan, double)>();
        foreach (var (first, last) in runs)
        {
            if (!HasCueNear(doc, tags, first, last)) continue;
            double margin = 0;
            for (int k = first; k <= last; k++) margin += margins[k];
            spans.Add((new TextSpan(doc.Words[first].Start, doc.Words[last].End), margin / (last - first + 1)));
        }
        return spans;
    }

    // A content needs a cue: a cue tag (the tagger's or the rules') in its sentence or a neighbouring one.
    private static bool HasCueNear(TaggedDoc doc, int[] tags, int first, int last)
    {
        int lo = first, hi = last;
        int s0 = doc.SentenceOf[first], s1 = doc.SentenceOf[last];
        while (lo > 0 && doc.SentenceOf[lo - 1] >= s0 - 1) lo--;
        while (hi + 1 < tags.Length && doc.SentenceOf[hi + 1] <= s1 + 1) hi++;
        for (int k = lo; k <= hi; k++)
            if ((k < first || k > last) && (tags[k] == CueTag || doc.RuleTag[k] == CueTag)) return true;
        return false;
    }

    private static void Write(TextWriter dump, TaggedDoc doc, List<(TextSpan Span, double Margin)> spans)
    {
        foreach (var (span, margin) in spans)
        {
            double best = doc.GoldAttributions.Count == 0 ? 0 : doc.GoldAttributions.Max(g => PolnearEvaluation.Jaccard(span, g.Content));
            dump.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(best >= 0.5 ? "OK" : "FP")} j={best:F2} m={margin:F1} {doc.Text[span.Start..span.End].Replace('\n', ' ')}"));
        }
    }

    private static List<TaggedDoc> Load(string data)
    {
        var stages = PolnearEvaluation.Pipeline();
        var docs = new List<TaggedDoc>();
        foreach (var (_, textFile, ann) in PolnearEvaluation.Articles(data))
        {
            var doc = new Document(Article.FromFile(textFile));
            foreach (var stage in stages) stage.Process(doc, CancellationToken.None);
            var gold = PolnearEvaluation.ReadGold(ann);
            docs.Add(TaggedDoc.From(doc, gold));
        }
        return docs;
    }

    private static string Lower(TaggedDoc doc, int i) => i < 0 ? "<s>" : i >= doc.Words.Count ? "</s>" : doc.Lower[i];

    private ulong[] Features(TaggedDoc doc, int i, int[] prev)
    {
        var f = new List<ulong>(40);
        string w = Lower(doc, i), wm1 = Lower(doc, i - 1), wp1 = Lower(doc, i + 1), wm2 = Lower(doc, i - 2), wp2 = Lower(doc, i + 2);
        int p1 = i > 0 ? prev[i - 1] : -1, p2 = i > 1 ? prev[i - 2] : -1;
        int r0 = doc.RuleTag[i], rm1 = i > 0 ? doc.RuleTag[i - 1] : -1, rp1 = i + 1 < doc.Words.Count ? doc.RuleTag[i + 1] : -1;
        bool sentStart = i == 0 || doc.SentenceOf[i] != doc.SentenceOf[i - 1];
        void Add(string name, string value) => f.Add(Hash(name, value));
        Add("b", "");
        Add("w", w); Add("w-1", wm1); Add("w+1", wp1); Add("w-2", wm2); Add("w+2", wp2);
        Add("w-1w", wm1 + "|" + w); Add("ww+1", w + "|" + wp1);
        Add("suf", w.Length > 3 ? w[^3..] : w);
        Add("shape", doc.Shape[i]);
        Add("p1", p1.ToString(CultureInfo.InvariantCulture));
        Add("p1p2", p1 + "|" + p2);
        Add("p1w", p1 + "|" + w);
        Add("p1w+1", p1 + "|" + wp1);
        if (_useRuleTags)
        {
            Add("r0", r0.ToString(CultureInfo.InvariantCulture));
            Add("r0p1", r0 + "|" + p1);
            Add("r-1r0r+1", rm1 + "|" + r0 + "|" + rp1);
            Add("r0w", r0 + "|" + w);
        }
        Add("q", doc.InQuote[i] ? "1" : "0");
        Add("qp1", (doc.InQuote[i] ? "1" : "0") + "|" + p1);
        Add("ss", sentStart ? "1" : "0");
        Add("ssp", sentStart + "|" + p1);
        Add("cueL", doc.CueLeft[i]);
        Add("cueR", doc.CueRight[i]);
        Add("cueLp1", doc.CueLeft[i] + "|" + p1);
        Add("cueRp1", doc.CueRight[i] + "|" + p1);
        Add("lex", doc.IsCueForm[i] ? "1" : "0");
        Add("lexw", doc.IsCueForm[i] ? w : "-");
        Add("lexp1", (doc.IsCueForm[i] ? "1" : "0") + "|" + p1);
        return [.. f];
    }

    private static ulong Hash(string name, string value)
    {
        ulong h = 14695981039346656037UL;
        foreach (char c in name) { h ^= c; h *= 1099511628211UL; }
        h ^= 0x1F; h *= 1099511628211UL;
        foreach (char c in value) { h ^= c; h *= 1099511628211UL; }
        return h;
    }

    private sealed class Perceptron
    {
        private readonly int _tags;
        private readonly int _mask;
        private readonly float[] _w, _total;
        private readonly long[] _stamp;
        private long _time;

        public Perceptron(int tags, int bits)
        {
            _tags = tags;
            _mask = (1 << bits) - 1;
            _w = new float[tags << bits];
            _total = new float[tags << bits];
            _stamp = new long[tags << bits];
        }

        private Perceptron(int tags, int mask, float[] w)
        {
            _tags = tags;
            _mask = mask;
            _w = w;
            _total = [];
            _stamp = [];
        }

        public int Predict(ulong[] feats) => Predict(feats, out _);

        public int Predict(ulong[] feats, out float margin)
        {
            Span<float> scores = stackalloc float[_tags];
            foreach (ulong h in feats)
            {
                int slot = (int)(h & (ulong)_mask) * _tags;
                for (int t = 0; t < _tags; t++) scores[t] += _w[slot + t];
            }
            int best = 0;
            for (int t = 1; t < _tags; t++) if (scores[t] > scores[best]) best = t;
            // Content versus outside: how sure the model is that this token belongs to a content.
            margin = Math.Max(scores[BeginContent], scores[InContent]) - scores[O];
            return best;
        }

        public void Tick() => _time++;

        public void Update(ulong[] feats, int gold, int guess)
        {
            foreach (ulong h in feats)
            {
                int slot = (int)(h & (ulong)_mask) * _tags;
                Bump(slot + gold, 1);
                Bump(slot + guess, -1);
            }
        }

        private void Bump(int k, float delta)
        {
            _total[k] += (_time - _stamp[k]) * _w[k];
            _stamp[k] = _time;
            _w[k] += delta;
        }

        public Perceptron Averaged()
        {
            var avg = new float[_w.Length];
            for (int k = 0; k < _w.Length; k++)
                avg[k] = (float)((_total[k] + (_time - _stamp[k]) * (double)_w[k]) / Math.Max(1, _time));
            return new Perceptron(_tags, _mask, avg);
        }
    }

    private sealed class Tally
    {
        private int _gold, _speech, _claims, _matched, _speechMatched;

        public void Add(IReadOnlyList<TextSpan> spans, List<PolnearEvaluation.GoldAttribution> gold)
        {
            var (_, goldMatch) = PolnearEvaluation.Match(spans, gold);
            for (int g = 0; g < gold.Count; g++)
            {
                if (goldMatch[g] < 0) continue;
                _matched++;
                if (gold[g].IsSpeech) _speechMatched++;
            }
            _gold += gold.Count;
            _speech += gold.Count(g => g.IsSpeech);
            _claims += spans.Count;
        }

        public override string ToString()
        {
            double rec = (double)_speechMatched / Math.Max(1, _speech), prec = (double)_matched / Math.Max(1, _claims);
            double f1 = rec + prec == 0 ? 0 : 2 * rec * prec / (rec + prec);
            return string.Create(CultureInfo.InvariantCulture,
                $"claims {_claims,6} sp.rec {rec:F3} prec {prec:F3} sp.F1 {f1:F3} rec.all {(double)_matched / Math.Max(1, _gold):F3}");
        }
    }

    private sealed class TaggedDoc
    {
        public required string Text { get; init; }
        public required List<Token> Words { get; init; }
        public required string[] Lower { get; init; }
        public required string[] Shape { get; init; }
        public required int[] SentenceOf { get; init; }
        public required bool[] InQuote { get; init; }
        public required bool[] IsCueForm { get; init; }
        public required string[] CueLeft { get; init; }
        public required string[] CueRight { get; init; }
        public required int[] RuleTag { get; init; }
        public required int[] Gold { get; init; }
        public required List<TextSpan> RuleClaims { get; init; }
        public required List<PolnearEvaluation.GoldAttribution> GoldAttributions { get; init; }

        private static readonly CueLexicon Lexicon = new();

        public static TaggedDoc From(Document doc, List<PolnearEvaluation.GoldAttribution> gold)
        {
            string text = doc.Text;
            var words = doc.Tokens.ToList();
            int n = words.Count;
            var lower = new string[n];
            var shape = new string[n];
            var sentenceOf = new int[n];
            var inQuote = new bool[n];
            var isCue = new bool[n];
            for (int i = 0; i < n; i++)
            {
                var tok = words[i];
                string s = text[tok.Start..tok.End];
                lower[i] = s.ToLowerInvariant();
                shape[i] = tok.Kind switch
                {
                    TokenKind.Word => char.IsUpper(s[0]) ? (s.Length > 1 && char.IsUpper(s[^1]) ? "XX" : "Xx") : "x",
                    TokenKind.Number => "d",
                    TokenKind.Quote => "q",
                    _ => s,
                };
                sentenceOf[i] = doc.SentenceIndexAt(tok.Start);
                inQuote[i] = doc.Quotes.Any(q => q.Content.Contains(tok.Start));
                isCue[i] = tok.Kind == TokenKind.Word && Lexicon.Find(lower[i]) is not null;
            }
            var cueLeft = new string[n];
            var cueRight = new string[n];
            for (int i = 0; i < n; i++)
            {
                cueLeft[i] = Nearest(i, -1);
                cueRight[i] = Nearest(i, +1);
            }
            string Nearest(int i, int step)
            {
                for (int k = 1; k <= 12; k++)
                {
                    int j = i + step * k;
                    if (j < 0 || j >= n || sentenceOf[j] != sentenceOf[i]) return "none";
                    if (isCue[j]) return k <= 1 ? "1" : k <= 3 ? "3" : k <= 6 ? "6" : "12";
                }
                return "far";
            }
            var ruleTag = new int[n];
            foreach (var a in doc.Attributions)
            {
                MarkContent(ruleTag, words, a.Content);
                if (a.Cue is { } cue) Mark(ruleTag, words, cue, CueTag);
                if (a.Source is { } src) Mark(ruleTag, words, src, SourceTag);
            }
            var goldTag = new int[n];
            // One layer of tags: the outermost attributions only (a content inside another content is not tagged).
            var outer = gold.Where(g => !gold.Any(o => !ReferenceEquals(o, g) && o.Content.Contains(g.Content.Start)
                && o.Content.End >= g.Content.End && o.Content.Length > g.Content.Length)).ToList();
            foreach (var g in outer)
            {
                MarkContent(goldTag, words, g.Content);
                foreach (var c in g.Cue) Mark(goldTag, words, c, CueTag);
                foreach (var s in g.Source) Mark(goldTag, words, s, SourceTag);
            }
            var ruleClaims = doc.Claims.Where(c => c.Kind is not (ClaimKind.Author or ClaimKind.Headline)).Select(c => c.Span).ToList();
            return new TaggedDoc
            {
                Text = text, Words = words, Lower = lower, Shape = shape, SentenceOf = sentenceOf, InQuote = inQuote, IsCueForm = isCue,
                CueLeft = cueLeft, CueRight = cueRight, RuleTag = ruleTag, Gold = goldTag, RuleClaims = ruleClaims,
                GoldAttributions = gold,
            };
        }

        private static void MarkContent(int[] tags, List<Token> words, TextSpan span)
        {
            bool first = true;
            for (int i = 0; i < words.Count; i++)
            {
                if (words[i].End <= span.Start) continue;
                if (words[i].Start >= span.End) break;
                tags[i] = first ? BeginContent : InContent;
                first = false;
            }
        }

        private static void Mark(int[] tags, List<Token> words, TextSpan span, int tag)
        {
            for (int i = 0; i < words.Count; i++)
            {
                if (words[i].End <= span.Start) continue;
                if (words[i].Start >= span.End) break;
                tags[i] = tag;
            }
        }
    }
}
