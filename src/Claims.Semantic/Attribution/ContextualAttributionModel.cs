using System.Globalization;
using System.IO.Compression;
using Claims.Attribution;
using Claims.Attribution.Learned;
using Claims.Learning;

namespace Claims.Semantic.Attribution;

/// <summary>
/// The accurate attribution model: a learned attribution model (<see cref="LearnedAttributionModel"/>: tagger, cue
/// rates, ranker, threshold) whose token tagger reads, beside the lexical templates, what the encoder's token states
/// say about each token: each token's mean projected state (<see cref="TokenStateProjection"/>), standardized, goes
/// with its neighbours' through a learned projection to the tags (<see cref="TokenStateProbe"/>), whose prediction the
/// tagger reads as features, beside the states' k-means clusters (<see cref="TokenStateClusters"/>). Trained on PolNeAR
/// train by <c>ContextualAttributionTrainer</c> (<c>Claims.Training</c>: the probe, the clusters and the tagger on all
/// documents, the ranker on out-of-fold candidates, the threshold cross-fitted); immutable and thread-safe.
/// </summary>
internal sealed class ContextualAttributionModel
{
    /// <summary>Name of the embedded resource holding the shipped model.</summary>
    public const string ResourceName = "attribution-context-model.zip";

    /// <summary>Dimensions of the projected token states the shipped model reads.</summary>
    public const int DefaultProjectionDimensions = 128;

    /// <summary>Seed of the projection the shipped model reads.</summary>
    public const int DefaultProjectionSeed = 1;

    private const string Format = "claims-attribution-context/2";

    /// <summary>The settings line of a model whose candidates include those the states' likely cues anchor (absent otherwise).</summary>
    private const string StateAnchorsSetting = "state-anchors";
    private static readonly Lazy<ContextualAttributionModel> Shipped = new(LoadShipped, LazyThreadSafetyMode.ExecutionAndPublication);

    internal ContextualAttributionModel(LearnedAttributionModel inner, TokenStateProjection projection, TokenStateProbe probe, TokenStateClusters clusters,
        string description, TokenStatesProvenance? trainingStates = null, bool anchorsOnStates = false)
    {
        if (probe.Scale.Dimensions != projection.OutputDimensions)
            throw new InvalidDataException($"the token-state probe reads {probe.Scale.Dimensions} dimensions; the projection gives {projection.OutputDimensions}");
        if (inner.RankerFeatures != AttributionCandidates.FeatureCount && inner.RankerFeatures != AttributionCandidates.FeatureCount + CandidateStateFeatures.Count)
            throw new InvalidDataException($"the ranker reads {inner.RankerFeatures} features; expected {AttributionCandidates.FeatureCount} or {AttributionCandidates.FeatureCount + CandidateStateFeatures.Count} with the token-state features");
        Inner = inner;
        Projection = projection;
        Probe = probe;
        Clusters = clusters;
        Description = description;
        TrainingStates = trainingStates;
        AnchorsOnStates = anchorsOnStates;
    }

    /// <summary>
    /// Whether words whose token state the probe reads as a likely cue anchor candidates of their own
    /// (<see cref="LearnedSpans.StateAnchor"/>), beside the tagger's cues.
    /// </summary>
    public bool AnchorsOnStates { get; }

    /// <summary>The shipped model. Loaded on first use.</summary>
    public static ContextualAttributionModel Default => Shipped.Value;

    /// <summary>The learned model whose tagger reads the token-state features.</summary>
    public LearnedAttributionModel Inner { get; }

    /// <summary>The projection of token states the tagger reads.</summary>
    public TokenStateProjection Projection { get; }

    /// <summary>The learned projection of token states to the tags, which the tagger reads.</summary>
    public TokenStateProbe Probe { get; }

    /// <summary>The clusters of token states, which the tagger reads.</summary>
    public TokenStateClusters Clusters { get; }

    /// <summary>The tagger's token-state features of <paramref name="document"/>.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired.</exception>
    public ITokenFeatureSource Features(Document document, ProjectedTokenStates states, CancellationToken cancellationToken = default) =>
        Read(document, states, cancellationToken).Tagger;

    /// <summary>
    /// Whether the ranker also reads each candidate's token-state features (<see cref="CandidateStateFeatures"/>) after
    /// the lexical ones; models trained before it had them read the lexical features alone.
    /// </summary>
    public bool RanksWithStates => Inner.RankerFeatures > AttributionCandidates.FeatureCount;

    /// <summary>
    /// The tagger's token-state features of <paramref name="document"/>, the ranker's of its candidates and, when the
    /// model anchors candidates on them, each token's probability of a cue.
    /// </summary>
    private (ITokenFeatureSource Tagger, CandidateStateFeatures Ranker, float[]? Cues) Read(Document document, ProjectedTokenStates states, CancellationToken cancellationToken)
    {
        var z = Probe.Scale.TokenStates(document, states);
        cancellationToken.ThrowIfCancellationRequested();
        var probabilities = Probe.Probabilities(z, cancellationToken);
        return (new CombinedFeatureSource(TokenStateProbe.FromProbabilities(probabilities), Clusters.Source(z, cancellationToken)),
            new CandidateStateFeatures(document, z, Probe.Scale.Dimensions, probabilities),
            AnchorsOnStates ? TokenStateProbe.TagProbabilities(probabilities, AttributionTags.Cue) : null);
    }

    /// <summary>The least ranker probability a candidate whose cue is a verb of saying needs to be kept.</summary>
    public double Threshold => Inner.Threshold;

    /// <summary>The least ranker probabilities a candidate needs to be kept, by what its cue signals.</summary>
    public AttributionThresholds Thresholds => Inner.Thresholds;

    /// <summary>How the model was trained.</summary>
    public string Description { get; }

    /// <summary>The token states the model was trained on (null for a model saved without them).</summary>
    public TokenStatesProvenance? TrainingStates { get; }

    /// <summary>
    /// The attributions to keep in <paramref name="document"/> (whose attributions are still the rules' own): the ranker's
    /// choice, the rule-stage attributions the fast model keeps where it left nothing (<see cref="RuleClaimRescue"/>),
    /// contents that open a quotation run to its end (<see cref="QuotedContentEnds"/>), then the readings after the model (<see cref="KeptAttributionRepairs"/>).
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired.</exception>
    public IReadOnlyList<AttributionSpan> Select(Document document, CueLexicon lexicon, ProjectedTokenStates states, CancellationToken cancellationToken = default)
    {
        var (tagger, ranker, cues) = Read(document, states, cancellationToken);
        var candidates = Inner.Candidates(document, lexicon, cancellationToken, tagger, cues);
        if (RanksWithStates) candidates = candidates.ConvertAll(ranker.Extend);
        var kept = LearnedAttributionModel.Choose(candidates, Inner.Probability, Inner.Thresholds, cancellationToken, document);
        return KeptAttributionRepairs.Apply(document,
            QuotedContentEnds.Apply(document, RuleClaimRescue.Apply(document, kept, lexicon, LearnedAttributionModel.Default, cancellationToken)),
            lexicon, Inner.Rates);
    }

    /// <summary>Writes the model: the learned model (as its own zip), the projection and the scale.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        ModelArchive.Write(zip, "tagged-model.zip", CompressionLevel.NoCompression, Inner.Save);
        ModelArchive.WriteText(zip, "state-probe.tsv", Probe.Model.Save);
        ModelArchive.WriteText(zip, "state-clusters.tsv", Clusters.Write);
        ModelArchive.WriteText(zip, "settings.txt", w =>
        {
            w.WriteLine($"format\t{Format}");
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"projection\t{Projection.InputDimensions}\t{Projection.OutputDimensions}\t{Projection.Seed}"));
            Probe.Scale.Write(w);
            TrainingStates?.Write(w);
            if (AnchorsOnStates) w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{StateAnchorsSetting}\t{LearnedSpans.StateAnchor:R}"));
            w.WriteLine($"description\t{Description}");
        });
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not such a model.</exception>
    public static ContextualAttributionModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        const string What = "contextual attribution model";
        var lines = ModelArchive.ReadText(zip, "settings.txt", What).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.TrimEnd('\r').Split('\t')).ToList();
        if (!lines.Any(c => c.Length == 2 && c[0] == "format" && c[1] == Format)) throw new InvalidDataException($"{What}: not of format {Format}");
        var p = lines.FirstOrDefault(c => c.Length == 4 && c[0] == "projection") ?? throw new InvalidDataException($"{What} settings lack the projection");
        var projection = new TokenStateProjection(int.Parse(p[1], CultureInfo.InvariantCulture), int.Parse(p[2], CultureInfo.InvariantCulture), int.Parse(p[3], CultureInfo.InvariantCulture));
        var scale = TokenStateScale.Read(lines) ?? throw new InvalidDataException($"{What} settings lack the token-state scale");
        string description = lines.FirstOrDefault(c => c.Length >= 2 && c[0] == "description") is { } d ? string.Join('\t', d[1..]) : "";
        var probe = new TokenStateProbe(scale, SoftmaxRegression.Load(new StringReader(ModelArchive.ReadText(zip, "state-probe.tsv", What)), What));
        var clusters = TokenStateClusters.Read(new StringReader(ModelArchive.ReadText(zip, "state-clusters.tsv", What)), scale.Dimensions);
        var inner = LearnedAttributionModel.Load(ModelArchive.Read(zip, "tagged-model.zip", What));
        bool anchors = lines.Any(c => c.Length == 2 && c[0] == StateAnchorsSetting);
        return new ContextualAttributionModel(inner, projection, probe, clusters, description, TokenStatesProvenance.Read(lines), anchors);
    }

    private static ContextualAttributionModel LoadShipped()
    {
        var assembly = typeof(ContextualAttributionModel).Assembly;
        string name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith("." + ResourceName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"embedded resource '{ResourceName}' is missing from {assembly.GetName().Name}");
        using var stream = assembly.GetManifestResourceStream(name)!;
        return ModelArchive.LoadNamed(ResourceName, stream, Load);
    }
}
