using Claims.Matching;
using System.Collections.Concurrent;
using System.Globalization;

namespace Claims.Stance;

/// <summary>
/// Classifies claim pairs: rules first, then the model (any <see cref="IStanceModel"/>). Thread-safe: profiles are cached per text in a bounded concurrent map and the
/// model pools its prediction engines. Construct once and share: <c>new StanceClassifier()</c> uses the shipped
/// FNC-1 model and the default rules.
/// </summary>
public sealed class StanceClassifier : IStanceClassifier, INeutralSkippingClassifier
{
    private const int CacheLimit = 50_000;

    /// <summary>How the reason begins with which the stance model alone decided a pair (no rule did): the first reason
    /// of such a verdict.</summary>
    private const string ModelReasonStart = "model: ";
    private readonly ConcurrentDictionary<string, TextProfile> _profiles = new(StringComparer.Ordinal);
    // Entries added to _profiles, counted here: ConcurrentDictionary.Count takes every lock of the map on each call.
    private int _profileCount;
    // Verdicts by the two profiles (compared by reference) and whether neutral verdicts are wanted, at most CacheLimit.
    private readonly ConcurrentDictionary<(TextProfile, TextProfile, bool), StanceVerdict> _verdicts = new();
    private int _verdictCount;
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<Claim, TextProfile> _overflow = new();
    private readonly int _agree, _disagree, _discuss, _unrelated;
    private readonly int _coverA, _coverB, _negationAsymmetry, _antonyms;

    /// <summary>Uses the shipped model (<see cref="StanceModel.Default"/>) and <see cref="StanceRules.Default"/>.</summary>
    public StanceClassifier() : this(StanceModel.Default, StanceRules.Default) { }

    /// <summary>Uses <paramref name="model"/> (labels agree, disagree, discuss, unrelated) and <paramref name="rules"/>.</summary>
    /// <exception cref="ArgumentException">The model lacks one of the four labels, or its features lack one the
    /// classifier reads (the two-way overlap, negation asymmetry and antonyms of <see cref="LexicalFeatures"/>).</exception>
    public StanceClassifier(IStanceModel model, IEnumerable<IStanceRule> rules)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(rules);
        Model = model;
        _rules = rules.ToArray();
        foreach (var r in _rules) ArgumentNullException.ThrowIfNull(r, nameof(rules));
        _agree = Require(model, "agree");
        _disagree = Require(model, "disagree");
        _discuss = Require(model, "discuss");
        _unrelated = Require(model, "unrelated");
        _coverA = Require(model, LexicalFeatures.CoverABest);
        _coverB = Require(model, LexicalFeatures.CoverBBest);
        _negationAsymmetry = Require(model, LexicalFeatures.NegationAsymmetry);
        _antonyms = Require(model, LexicalFeatures.Antonyms);
        // The two-way overlap can be read before the model runs only when the features are the lexical ones.
        _overlapBeforeModel = model.Featurizer.Features.Groups.Contains(LexicalFeatures.Similarity);
    }

    private readonly bool _overlapBeforeModel;

    // The smallest two-way overlap from which the model may decide a verdict (below it, every model verdict is neutral).
    private float MinModelOverlap => Math.Min(Math.Min(Relatedness.ModelContradictionOverlap, Relatedness.ModelAgreementOverlap),
        Math.Min(Relatedness.ConfidentAgreementOverlap, Relatedness.ParaphraseOverlap));

    /// <summary>The model in use.</summary>
    public IStanceModel Model { get; }

    /// <summary>Model probability of "disagree" above which a claim pair contradicts without a rule (default 0.7).</summary>
    public float ModelContradictionThreshold { get; init; } = 0.7f;

    /// <summary>Model probability of "agree" above which a claim pair agrees without a rule (default 0.65).</summary>
    public float ModelAgreementThreshold { get; init; } = 0.65f;

    /// <summary>The relatedness thresholds: the two-way content overlap the model alone needs to decide, and the
    /// rules' same-subject shares (default <see cref="Relatedness.Default"/>).</summary>
    public Relatedness Relatedness { get; init; } = Relatedness.Default;

    /// <summary>Rule confidence from which a contradiction stands even against a hedged claim (default 0.8).</summary>
    public double StrongRuleConfidence { get; init; } = 0.8;

    /// <summary>The rules in use, in order.</summary>
    public IReadOnlyList<IStanceRule> Rules => _rules;

    // The rules as an array: every pair runs through them, and a loop over the array needs no enumerator.
    private readonly IStanceRule[] _rules;

    /// <summary>The profile of <paramref name="text"/> (cached).</summary>
    public TextProfile Profile(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_profiles.TryGetValue(text, out var p)) return p;
        p = Model.Featurizer.Profile(text);
        if (Volatile.Read(ref _profileCount) < CacheLimit && _profiles.TryAdd(text, p)) Interlocked.Increment(ref _profileCount);
        return p;
    }

    /// <summary>
    /// The profile of <paramref name="claim"/> (cached by its text): read from its document's tokens
    /// (<see cref="Claim.View"/>), or from its text segmented by the document stages when it has no view.
    /// </summary>
    public TextProfile Profile(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (claim.View is not { } view) return Profile(claim.Text);
        if (_profiles.TryGetValue(claim.Text, out var p)) return p;
        // Once the cache by text is full, a text missing from it stays missing: such a claim is profiled from its own
        // view, and that profile is kept with the claim object (for as long as the claim lives) instead of being
        // built again for every pair the claim is in.
        if (_overflow.TryGetValue(claim, out p)) return p;
        p = Model.Featurizer.Profile(view);
        if (Volatile.Read(ref _profileCount) < CacheLimit) { if (_profiles.TryAdd(claim.Text, p)) Interlocked.Increment(ref _profileCount); }
        else _overflow.AddOrUpdate(claim, p);
        return p;
    }

    /// <inheritdoc />
    public StanceVerdict Classify(Claim a, Claim b) => Classify(a, b, neutralWanted: true);

    /// <inheritdoc />
    StanceVerdict INeutralSkippingClassifier.ClassifyUnlessNeutral(Claim a, Claim b) => Classify(a, b, neutralWanted: false);

    private StanceVerdict Classify(Claim a, Claim b, bool neutralWanted)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        // Two claims form an unordered pair, but the model and some rules read a pair one way (headline against body).
        // A verdict must hold both ways round; when it does not, the pair is neutral. Only the few non-neutral
        // verdicts pay for the second reading, and the reasons keep quoting a before b.
        var pa = Profile(a);
        var pb = Profile(b);
        // Claims with the same texts (wire copy carried by several outlets, a quote repeated) share their profiles, and
        // the verdict is a function of the two profiles: it is found once per pair of texts.
        var key = (pa, pb, neutralWanted);
        if (_verdicts.TryGetValue(key, out var known)) return known;
        var verdict = BothWays(pa, pb, neutralWanted);
        if (Volatile.Read(ref _verdictCount) < CacheLimit && _verdicts.TryAdd(key, verdict)) Interlocked.Increment(ref _verdictCount);
        return verdict;
    }

    private StanceVerdict BothWays(TextProfile pa, TextProfile pb, bool neutralWanted)
    {
        var forward = Classify(pa, pb, neutralWanted);
        if (forward.Label == StanceLabel.Neutral) return forward;
        var backward = Classify(pb, pa, neutralWanted);
        if (backward.Label == forward.Label) return forward;
        if (backward.Label == StanceLabel.Neutral) return backward;
        return new StanceVerdict(StanceLabel.Neutral, 0,
            [.. new[] { "the verdict depends on the reading order" }.Concat(forward.Reasons.Concat(backward.Reasons).Order(StringComparer.Ordinal))]);
    }

    /// <summary>The relation of text <paramref name="b"/> to text <paramref name="a"/>.</summary>
    public StanceVerdict Classify(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Classify(Profile(a), Profile(b));
    }

    /// <summary>The relation of profiled text <paramref name="b"/> to <paramref name="a"/>: rules decide, the model fills in.</summary>
    public StanceVerdict Classify(TextProfile a, TextProfile b) => Classify(a, b, neutralWanted: true);

    // With neutralWanted false, a verdict that can only be neutral comes back as NeutralVerdicts.Unreported, without
    // running the model or writing its reasons: the rules decide as always, and the model is skipped when a rule vetoed
    // or the two-way overlap is below every threshold at which the model's verdict would count.
    private StanceVerdict Classify(TextProfile a, TextProfile b, bool neutralWanted)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        // Below every overlap at which the model's verdict counts, only a rule's decision can make the pair non-neutral:
        // when no rule decides (vetoes unread, so not worked out), the verdict is neutral whatever the vetoes say.
        bool belowModel = !neutralWanted && _overlapBeforeModel && !(Model.Featurizer.Overlap(a, b) >= MinModelOverlap);
        if (belowModel && !AnyRuleDecides(a, b))
            return NeutralVerdicts.Unreported;
        var pair = new StancePair(a, b, Model.Featurizer.Relations, Relatedness);
        RuleFinding? contradiction = null, agreement = null, veto = null;
        List<string>? reasons = null;
        foreach (var rule in _rules)
        {
            var f = rule.Evaluate(pair);
            if (f is null) continue;
            (reasons ??= []).Add(f.Reason);
            if (f.Effect == RuleEffect.Veto) veto ??= f;
            else if (f.Label == StanceLabel.Contradicts) contradiction ??= f;
            else if (f.Label == StanceLabel.Agrees) agreement ??= f;
        }
        // A hedged claim ("will reportedly", "could") is weak evidence: only strong cues (status, negation,
        // proximity, confidence >= 0.8) contradict it; weaker ones (WordNet antonyms, numbers, titles) do not.
        // A binding veto (a side that says only what may be, or what holds if something else does) holds even then.
        if (contradiction is not null && (veto is null || (contradiction.Confidence >= StrongRuleConfidence && !veto.Binding)))
            return new StanceVerdict(StanceLabel.Contradicts, contradiction.Confidence, reasons!) { DecidingRules = [contradiction.Rule], DecidingFindings = [contradiction] };
        if (agreement is not null && veto is null)
            return new StanceVerdict(StanceLabel.Agrees, agreement.Confidence, reasons!) { DecidingRules = [agreement.Rule], DecidingFindings = [agreement] };

        // Claims that share no content word (nor a synonym) are about different things: no model needed.
        if (SharesNoContent(Model.Featurizer, a, b))
        {
            (reasons ??= []).Add("no shared content");
            return new StanceVerdict(StanceLabel.Neutral, 0.9, reasons);
        }
        if (!neutralWanted && (veto is not null || belowModel))
            return NeutralVerdicts.Unreported;
        return ModelVerdict(pair, a, b, veto, reasons);
    }

    // The model's verdict on a pair no rule decided, trusted only with enough shared content (see below); a veto
    // leaves it neutral with the model's reasons written.
    private StanceVerdict ModelVerdict(StancePair pair, TextProfile a, TextProfile b, RuleFinding? veto, List<string>? reasons)
    {
        Span<float> features = stackalloc float[Model.Featurizer.FeatureCount];
        Span<float> p = stackalloc float[Model.Labels.Count];
        Model.Featurizer.Compute(a, b, features);
        Model.Predict(features, p);
        float agree = p[_agree], disagree = p[_disagree], related = 1 - p[_unrelated];
        // Claims are single sentences: high two-way overlap with nothing contrary is agreement even when the
        // body-trained model calls it "discuss".
        float overlap = Math.Min(features[_coverA], features[_coverB]);
        string model = string.Create(CultureInfo.InvariantCulture,
            $"{ModelReasonStart}agree {agree:0.00}, disagree {disagree:0.00}, discuss {p[_discuss]:0.00}, unrelated {p[_unrelated]:0.00}; overlap {overlap:0.00}");
        bool modelAlone = reasons is null;
        (reasons ??= []).Add(model);
        if (Meaning(a, b) is { } meaning) reasons.Add(meaning);
        if (veto is not null) return new StanceVerdict(StanceLabel.Neutral, veto.Confidence, reasons);
        // The model learned headline-versus-body stance; between two single claims its agree/disagree is only
        // trusted when the claims also share much of their content (seed pairs showed confident "disagree" between
        // claims about different meetings at overlap 0.09, and "agree" between fragments at 0.20).
        if (disagree > ModelContradictionThreshold && overlap >= Relatedness.ModelContradictionOverlap)
            return new StanceVerdict(StanceLabel.Contradicts, disagree, reasons) { ModelAlone = modelAlone };
        if ((agree > ModelAgreementThreshold && overlap >= Relatedness.ModelAgreementOverlap)
            || (agree > Relatedness.ConfidentAgreement && overlap >= Relatedness.ConfidentAgreementOverlap
                && features[_negationAsymmetry] == 0 && features[_antonyms] == 0)
            || (overlap >= Relatedness.ParaphraseOverlap && related > 0.5f && features[_negationAsymmetry] == 0 && features[_antonyms] == 0))
        {
            // The model does not read figures: texts giving different values of one quantity say different things.
            if (FigureGuards.DifferentFigures(pair.A, pair.B) is { } figures)
            {
                reasons.Add(figures);
                return new StanceVerdict(StanceLabel.Neutral, 1 - Math.Max(agree, disagree), reasons);
            }
            // The overlap of two identical claims can round to just above 1; a score stays in [0, 1].
            return new StanceVerdict(StanceLabel.Agrees, Math.Min(1f, Math.Max(agree, overlap)), reasons) { ModelAlone = modelAlone };
        }
        return new StanceVerdict(StanceLabel.Neutral, 1 - Math.Max(agree, disagree), reasons);
    }

    // True when a rule finds a contradiction or an agreement for (a, b); the rules may skip what can only veto.
    private bool AnyRuleDecides(TextProfile a, TextProfile b)
    {
        var pair = new StancePair(a, b, Model.Featurizer.Relations, Relatedness) { DecisionsOnly = true };
        foreach (var rule in _rules)
            if (rule.Evaluate(pair) is { Effect: not RuleEffect.Veto, Label: StanceLabel.Contradicts or StanceLabel.Agrees })
                return true;
        return false;
    }

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> share no content term nor a synonym of one.</summary>
    internal static bool SharesNoContent(PairFeaturizer featurizer, TextProfile a, TextProfile b) =>
        PairFeaturizer.Cosine(a.Whole, b.Whole) == 0 && featurizer.Relations.Align(a.Whole, b.Whole).Synonyms == 0;

    /// <summary>
    /// The meaning evidence behind a model verdict when the profiles carry vectors: the cosine of A with B and with
    /// B's closest sentence, quoting that sentence when B has several.
    /// </summary>
    internal static string? Meaning(TextProfile a, TextProfile b)
    {
        if (a.Embeddings is not { } ea || b.Embeddings is not { } eb) return null;
        int best = 0;
        float bestCos = float.MinValue;
        for (int i = 0; i < eb.Sentences.Count; i++)
        {
            float c = ea.Whole.Dot(eb.Sentences[i]);
            if (c > bestCos) { bestCos = c; best = i; }
        }
        float whole = ea.Whole.Dot(eb.Whole);
        return eb.Sentences.Count == 1
            ? string.Create(CultureInfo.InvariantCulture, $"meaning: cosine {whole:0.00}")
            : string.Create(CultureInfo.InvariantCulture, $"meaning: cosine {whole:0.00} with the text, {bestCos:0.00} with its closest sentence \"{b.SentenceText(best)}\"");
    }

    internal static int Require(IStanceModel model, StanceFeature feature)
    {
        int i = model.Featurizer.Features.IndexOf(feature);
        if (i < 0) throw new ArgumentException($"the model's features lack '{feature.Name}', which the classifier reads", nameof(model));
        return i;
    }

    internal static int Require(IStanceModel model, string label)
    {
        int i = model.LabelIndex(label);
        if (i < 0) throw new ArgumentException($"the model has no '{label}' label (labels: {string.Join(", ", model.Labels)})", nameof(model));
        return i;
    }
}
