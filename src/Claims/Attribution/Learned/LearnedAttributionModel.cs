using System.Globalization;
using System.IO.Compression;
using Claims.Learning;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Claims.Attribution.Learned;

/// <summary>
/// The learned attribution model: a token tagger (<see cref="AttributionTaggerModel"/>) that proposes contents with
/// their cues and sources, and a ranker (binary FastTree over <see cref="AttributionCandidates"/>) that scores every
/// candidate, the rules' and the tagger's alike, and the likely ones are kept, best first, one per content. Trained on
/// annotated news (PolNeAR train) by <c>LearnedAttributionTrainer</c> of the <c>Claims.Training</c> package; use it
/// through <see cref="LearnedAttributionFinder"/>. Immutable and thread-safe.
/// </summary>
public sealed class LearnedAttributionModel
{
    /// <summary>Name of the embedded resource holding the shipped model.</summary>
    public const string ResourceName = "attribution-model.zip";

    private static readonly Lazy<LearnedAttributionModel> Shipped = new(LoadShipped, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly MLContext _ml;
    private readonly ITransformer _ranker;
    private readonly CompiledForest _forest;

    internal LearnedAttributionModel(AttributionTaggerModel tagger, CueWordRates rates, MLContext ml, ITransformer ranker, AttributionThresholds thresholds,
        string description, int rankerFeatures = AttributionCandidates.FeatureCount)
    {
        if (rankerFeatures < AttributionCandidates.FeatureCount)
            throw new InvalidDataException($"the attribution ranker reads {rankerFeatures} features; the candidates have {AttributionCandidates.FeatureCount}");
        Tagger = tagger;
        Rates = rates;
        _ml = ml;
        _ranker = ranker;
        RankerFeatures = rankerFeatures;
        _forest = CompiledForest.TryCompile(ranker, rankerFeatures)
            ?? throw new InvalidDataException("the attribution ranker is not a binary FastTree model over the candidate features");
        Thresholds = thresholds;
        Description = description;
    }

    /// <summary>The shipped model, trained on PolNeAR train. Loaded on first use.</summary>
    public static LearnedAttributionModel Default => Shipped.Value;

    /// <summary>The token tagger.</summary>
    internal AttributionTaggerModel Tagger { get; }

    /// <summary>
    /// Features the ranker reads: <see cref="AttributionCandidates.FeatureCount"/>, or more for a model whose candidates
    /// are given further features after those (the accurate mode's token-state features of each candidate).
    /// </summary>
    internal int RankerFeatures { get; }

    /// <summary>The cue word rates the ranker reads.</summary>
    internal CueWordRates Rates { get; }

    /// <summary>The least ranker probabilities a candidate needs to be kept, by what its cue signals.</summary>
    public AttributionThresholds Thresholds { get; }

    /// <summary>The least ranker probability a candidate whose cue is a verb of saying needs to be kept (<see cref="Thresholds"/>).</summary>
    public double Threshold => Thresholds.Speech;

    /// <summary>How the model was trained.</summary>
    public string Description { get; }

    /// <summary>
    /// The same model keeping candidates of every cue from <paramref name="threshold"/> on: lower keeps more attributions
    /// of stance and belief ("X attacked Y") at a lower precision (PolNeAR dev figures in benchmarks/README.md, attribution2).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is not in (0, 1].</exception>
    public LearnedAttributionModel WithThreshold(double threshold)
    {
        if (!(threshold > 0 && threshold <= 1))
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "the attribution threshold must be in (0, 1]");
        return WithThresholds(AttributionThresholds.Single(threshold));
    }

    /// <summary>The same model keeping candidates from <paramref name="thresholds"/> on.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is not in (0, 1].</exception>
    public LearnedAttributionModel WithThresholds(AttributionThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        if (!thresholds.IsValid) throw new ArgumentOutOfRangeException(nameof(thresholds), thresholds, "attribution thresholds must be in (0, 1]");
        return new LearnedAttributionModel(Tagger, Rates, _ml, _ranker, thresholds, Description, RankerFeatures);
    }

    /// <summary>The ranker's probability that a candidate is an attribution as annotators mark it.</summary>
    internal double Probability(AttributionCandidate candidate) => _forest.Probability(candidate.Features);

    /// <summary>
    /// The attributions to keep in <paramref name="document"/> (whose attributions are still the rules' own): the
    /// candidates at or above their <see cref="Thresholds"/>, best first, skipping any whose content is a near-duplicate
    /// (character Jaccard 0.5 or more) of one already kept, each with the source <see cref="SourceChoice"/> picks among its
    /// near-duplicates'; in text order.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired (checked every few hundred tokens or candidates).</exception>
    internal IReadOnlyList<AttributionSpan> Select(Document document, CueLexicon lexicon, CancellationToken cancellationToken = default)
        => KeptAttributionRepairs.Apply(document,
            Choose(Candidates(document, lexicon, cancellationToken), new RankerMemo(Probability).Of, Thresholds, cancellationToken, document), lexicon, Rates);

    /// <summary>The candidates of <paramref name="document"/>: the rules' attributions and the tagger's, with their features.</summary>
    /// <remarks>A model trained with extra tagger features (token states) must be given the same kind of <paramref name="extra"/>.</remarks>
    /// <remarks>With <paramref name="stateCues"/> (each token's probability of a cue by its token state) also the candidates its likely cues anchor.</remarks>
    internal List<AttributionCandidate> Candidates(Document document, CueLexicon lexicon, CancellationToken cancellationToken = default,
        ITokenFeatureSource? extra = null, float[]? stateCues = null)
    {
        using var features = TaggerFeatures.Of(document, lexicon, Tagger.UseRuleTags, cancellationToken, extra);
        var (tags, margins) = Tagger.Decode(features, out var cueMargins, cancellationToken);
        return AttributionCandidates.Build(document, features, tags, margins, cueMargins, lexicon, Rates, cancellationToken, stateCues);
    }

    /// <summary>
    /// The candidates kept at <paramref name="thresholds"/> under <paramref name="probability"/> (see <see cref="Select"/>), in
    /// text order; with <paramref name="document"/> (the candidates' own), each source as <see cref="SourceChoice"/> picks it.
    /// </summary>
    internal static IReadOnlyList<AttributionSpan> Choose(List<AttributionCandidate> candidates, Func<AttributionCandidate, double> probability,
        AttributionThresholds thresholds, CancellationToken cancellationToken = default, Document? document = null)
    {
        var (fixedOnes, scored) = Split(candidates, probability, cancellationToken);
        var kept = Keep(scored, thresholds, fixedOnes, cancellationToken, document);
        return [.. kept.OrderBy(a => a.Content.Start).ThenBy(a => a.Content.End)];
    }

    /// <summary>
    /// Candidates kept as found, and the others with their probabilities. Counter-claims ("contrary to earlier
    /// statements from X") are the library's own reading, not an annotation PolNeAR has; layout attributions (transcript
    /// turns, signed quotes) need no model. Both go in first, so that no near-duplicate of one is kept beside it.
    /// </summary>
    internal static (List<AttributionCandidate> Fixed, List<(AttributionCandidate Candidate, double P, int Index)> Scored) Split(
        List<AttributionCandidate> candidates, Func<AttributionCandidate, double> probability, CancellationToken cancellationToken = default)
    {
        var fixedOnes = new List<AttributionCandidate>();
        var scored = new List<(AttributionCandidate Candidate, double P, int Index)>(candidates.Count);
        foreach (var c in candidates)
        {
            if (IsFixed(c)) { fixedOnes.Add(c); continue; }
            int i = scored.Count;
            if ((i & CancellationMask) == 0) cancellationToken.ThrowIfCancellationRequested();
            scored.Add((c, probability(c), i));
        }
        return (fixedOnes, scored);
    }

    /// <summary>The stage's loops check the cancellation token at items whose index has none of these bits: every 256.</summary>
    internal const int CancellationMask = 255;

    internal static bool IsFixed(AttributionCandidate c) => c.Attribution.Kind == ClaimKind.Counter || c.Attribution.FromLayout;

    internal static List<AttributionSpan> Keep(List<(AttributionCandidate Candidate, double P, int Index)> scored, AttributionThresholds thresholds,
        IReadOnlyList<AttributionCandidate>? keptAlready = null, CancellationToken cancellationToken = default, Document? document = null)
    {
        // Ties broken by candidate order (rules first, then the tagger's in text order): deterministic.
        scored.Sort((a, b) => a.P != b.P ? b.P.CompareTo(a.P) : a.Index.CompareTo(b.Index));
        var kept = keptAlready?.Select(c => c.Attribution).ToList() ?? [];
        var fromRules = keptAlready?.Select(c => c.FromRules).ToList() ?? [];
        var alternatives = new List<List<TextSpan>?>(kept.Select(_ => (List<TextSpan>?)null));
        var contents = new NearDuplicates();
        foreach (var k in kept) contents.Add(k.Content);
        foreach (var (c, p, _) in scored)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var content = c.Attribution.Content;
            int duplicate = contents.FindFirst(content);
            if (duplicate >= 0)
            {
                // The same attribution found by the rules: their cue and source readings are the more reliable ones,
                // the tagger's content boundaries the better ranked.
                var other = c.Attribution.Source;
                if (c.FromRules && !fromRules[duplicate])
                {
                    other = kept[duplicate].Source;
                    kept[duplicate] = kept[duplicate] with { Cue = c.Attribution.Cue, Source = c.Attribution.Source, Via = c.Attribution.Via };
                    fromRules[duplicate] = true;
                }
                if (other is { } alternative) (alternatives[duplicate] ??= []).Add(alternative);
                continue;
            }
            if (p < thresholds.For(c)) continue;
            kept.Add(c.Attribution);
            fromRules.Add(c.FromRules);
            alternatives.Add(null);
            contents.Add(content);
        }
        return document is null ? kept : SourceChoice.Apply(document, kept, alternatives);
    }

    /// <summary>
    /// Writes a Microsoft.ML <paramref name="ranker"/> as the entry "ranker-mlnet.zip". Microsoft.ML stamps its zip
    /// entries with the current time: repacked with the fixed date, the model file is byte-identical across trainings on
    /// the same data.
    /// </summary>
    internal static void WriteRanker(ZipArchive zip, MLContext ml, ITransformer ranker, DataViewSchema inputSchema) =>
        ModelArchive.Write(zip, "ranker-mlnet.zip", CompressionLevel.NoCompression, s =>
        {
            using var saved = new MemoryStream();
            ml.Model.Save(ranker, inputSchema, saved);
            saved.Position = 0;
            using var source = new ZipArchive(saved, ZipArchiveMode.Read);
            using var target = new ZipArchive(s, ZipArchiveMode.Create, leaveOpen: true);
            foreach (var entry in source.Entries)
                ModelArchive.Write(target, entry.FullName, CompressionLevel.Optimal, o => { using var i = entry.Open(); i.CopyTo(o); });
        });

    /// <summary>Writes the model: a zip of the tagger, the Microsoft.ML ranker, the cue rates and the settings.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        ModelArchive.Write(zip, "tagger.bin", CompressionLevel.NoCompression, Tagger.Save);
        WriteRanker(zip, _ml, _ranker, _ml.Data.LoadFromEnumerable(Array.Empty<RankerRow>(), RankerRow.Schema(false, RankerFeatures)).Schema);
        ModelArchive.WriteText(zip, "cue-rates.tsv", Rates.Save);
        ModelArchive.WriteText(zip, "settings.txt", w =>
        {
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"threshold\t{Thresholds.Speech:R}"));
            if (Thresholds.Other != Thresholds.Speech)
                w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{OtherThresholdSetting}\t{Thresholds.Other:R}"));
            w.WriteLine($"description\t{Description}");
        });
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not such a model.</exception>
    public static LearnedAttributionModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        const string What = "attribution model";
        var tagger = AttributionTaggerModel.Load(ModelArchive.Read(zip, "tagger.bin", What));
        var rates = CueWordRates.Load(new StringReader(ModelArchive.ReadText(zip, "cue-rates.tsv", What)));
        var ml = new MLContext(seed: 1);
        var ranker = ml.Model.Load(ModelArchive.Read(zip, "ranker-mlnet.zip", What), out var input);
        int rankerFeatures = input.GetColumnOrNull(nameof(RankerRow.Features))?.Type is VectorDataViewType { Size: > 0 } v ? v.Size : AttributionCandidates.FeatureCount;
        double threshold = double.NaN, other = double.NaN;
        string description = "";
        using (var reader = new StringReader(ModelArchive.ReadText(zip, "settings.txt", What)))
            while (reader.ReadLine() is { } line)
            {
                var cols = line.Split('\t', 2);
                if (cols.Length != 2) continue;
                if (cols[0] == "threshold") threshold = double.Parse(cols[1], CultureInfo.InvariantCulture);
                else if (cols[0] == OtherThresholdSetting) other = double.Parse(cols[1], CultureInfo.InvariantCulture);
                else if (cols[0] == "description") description = cols[1];
            }
        if (double.IsNaN(threshold)) throw new InvalidDataException("attribution model settings have no threshold");
        var thresholds = new AttributionThresholds(threshold, double.IsNaN(other) ? threshold : other);
        if (!thresholds.IsValid) throw new InvalidDataException($"attribution model thresholds {thresholds} are not in (0, 1]");
        return new LearnedAttributionModel(tagger, rates, ml, ranker, thresholds, description, rankerFeatures);
    }

    /// <summary>
    /// The settings line of the threshold of candidates whose cue is no verb of saying; absent when it equals the speech
    /// threshold (models written before there were two read as one threshold).
    /// </summary>
    private const string OtherThresholdSetting = "threshold-other";

    private static LearnedAttributionModel LoadShipped() => ModelArchive.LoadEmbedded(ResourceName, Load);
}
