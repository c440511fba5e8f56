using System.Globalization;
using System.IO.Compression;
using Claims.Attribution;
using Claims.Attribution.Learned;
using Claims.Learning;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Claims.Semantic.Attribution;

/// <summary>
/// The accurate attribution model: the shipped lexical model's tagger proposes candidates as in the fast mode, and a
/// ranker reads each candidate's lexical features beside what the encoder's token states say about it: the mean
/// projected state (<see cref="TokenStateProjection"/>) of its content, its cue and its source, and the cosines
/// between them. Trained on PolNeAR train (out-of-fold candidates, cross-fitted threshold) by <c>ContextualAttributionTrainer</c>
/// (<c>Claims.Training</c>);
/// immutable and thread-safe.
/// </summary>
internal sealed class ContextualAttributionModel
{
    /// <summary>Name of the embedded resource holding the shipped model.</summary>
    public const string ResourceName = "attribution-context-model.zip";

    /// <summary>Dimensions of the projected token states the shipped model reads.</summary>
    public const int DefaultProjectionDimensions = 32;

    /// <summary>Seed of the projection the shipped model reads.</summary>
    public const int DefaultProjectionSeed = 1;

    private static readonly Lazy<ContextualAttributionModel> Shipped = new(LoadShipped, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly MLContext _ml;
    private readonly ITransformer _ranker;
    private readonly CompiledForest _forest;

    internal ContextualAttributionModel(LearnedAttributionModel lexical, TokenStateProjection projection, MLContext ml, ITransformer ranker,
        double threshold, string description)
    {
        Lexical = lexical;
        Projection = projection;
        _ml = ml;
        _ranker = ranker;
        _forest = CompiledForest.TryCompile(ranker, FeatureCount(projection.OutputDimensions))
            ?? throw new InvalidDataException("the contextual attribution ranker is not a binary FastTree model over the candidate and token-state features");
        Threshold = threshold;
        Description = description;
    }

    /// <summary>The shipped model. Loaded on first use.</summary>
    public static ContextualAttributionModel Default => Shipped.Value;

    /// <summary>The lexical model whose tagger and cue rates give the candidates.</summary>
    public LearnedAttributionModel Lexical { get; }

    /// <summary>The projection of token states the ranker reads.</summary>
    public TokenStateProjection Projection { get; }

    /// <summary>The least ranker probability a candidate needs to be kept.</summary>
    public double Threshold { get; }

    /// <summary>How the model was trained.</summary>
    public string Description { get; }

    /// <summary>Length of a candidate's feature vector: the lexical features, then the token-state ones.</summary>
    public static int FeatureCount(int dimensions) => AttributionCandidates.FeatureCount + ContextFeatures.Count(dimensions);

    /// <summary>The attributions to keep in <paramref name="document"/> (whose attributions are still the rules' own).</summary>
    public IReadOnlyList<AttributionSpan> Select(Document document, CueLexicon lexicon, ProjectedTokenStates states)
        => LearnedAttributionModel.Choose(Lexical.Candidates(document, lexicon), c => _forest.Probability(ContextFeatures.Extend(c, states)), Threshold);

    /// <summary>Writes the model: the Microsoft.ML ranker, the projection and the settings (the lexical model is the shipped one).</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        int featureCount = FeatureCount(Projection.OutputDimensions);
        LearnedAttributionModel.WriteRanker(zip, _ml, _ranker, _ml.Data.LoadFromEnumerable(Array.Empty<RankerRow>(), RankerRow.Schema(false, featureCount)).Schema);
        ModelArchive.WriteText(zip, "settings.txt", w =>
        {
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"threshold\t{Threshold:R}"));
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"projection\t{Projection.InputDimensions}\t{Projection.OutputDimensions}\t{Projection.Seed}"));
            w.WriteLine($"description\t{Description}");
        });
    }

    /// <summary>Reads a model written by <see cref="Save"/>, over the given lexical model.</summary>
    /// <exception cref="InvalidDataException">The stream is not such a model.</exception>
    public static ContextualAttributionModel Load(Stream stream, LearnedAttributionModel lexical)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(lexical);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        const string What = "contextual attribution model";
        var ml = new MLContext(seed: 1);
        var ranker = ml.Model.Load(ModelArchive.Read(zip, "ranker-mlnet.zip", What), out _);
        double threshold = double.NaN;
        TokenStateProjection? projection = null;
        string description = "";
        using (var reader = new StringReader(ModelArchive.ReadText(zip, "settings.txt", What)))
            while (reader.ReadLine() is { } line)
            {
                var cols = line.Split('\t');
                if (cols[0] == "threshold" && cols.Length == 2) threshold = double.Parse(cols[1], CultureInfo.InvariantCulture);
                else if (cols[0] == "projection" && cols.Length == 4)
                    projection = new TokenStateProjection(int.Parse(cols[1], CultureInfo.InvariantCulture), int.Parse(cols[2], CultureInfo.InvariantCulture), int.Parse(cols[3], CultureInfo.InvariantCulture));
                else if (cols[0] == "description" && cols.Length >= 2) description = string.Join('\t', cols[1..]);
            }
        if (double.IsNaN(threshold) || projection is null) throw new InvalidDataException($"{What} settings lack the threshold or the projection");
        return new ContextualAttributionModel(lexical, projection, ml, ranker, threshold, description);
    }

    private static ContextualAttributionModel LoadShipped()
    {
        var assembly = typeof(ContextualAttributionModel).Assembly;
        string name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith("." + ResourceName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"embedded resource '{ResourceName}' is missing from {assembly.GetName().Name}");
        using var stream = assembly.GetManifestResourceStream(name)!;
        return Load(stream, LearnedAttributionModel.Default);
    }
}

/// <summary>
/// The token-state features of a candidate: the mean projected state of its content, cue and source (zeros when
/// absent), whether cue and source have states, and the cosines content-cue, content-source and cue-source.
/// </summary>
internal static class ContextFeatures
{
    /// <summary>Number of token-state features for <paramref name="dimensions"/> projected dimensions.</summary>
    public static int Count(int dimensions) => 3 * dimensions + 5;

    /// <summary>The candidate's lexical features followed by its token-state features.</summary>
    public static float[] Extend(AttributionCandidate candidate, ProjectedTokenStates states)
    {
        int d = states.Dimensions, lexical = candidate.Features.Length;
        var result = new float[lexical + Count(d)];
        candidate.Features.CopyTo(result, 0);
        var a = candidate.Attribution;
        var content = result.AsSpan(lexical, d);
        var cue = result.AsSpan(lexical + d, d);
        var source = result.AsSpan(lexical + 2 * d, d);
        bool hasContent = states.Mean(a.Content, content);
        bool hasCue = a.Cue is { } c && states.Mean(c, cue);
        bool hasSource = a.Source is { } s && states.Mean(s, source);
        int at = lexical + 3 * d;
        result[at] = hasCue ? 1 : 0;
        result[at + 1] = hasSource ? 1 : 0;
        result[at + 2] = hasContent && hasCue ? Cosine(content, cue) : 0;
        result[at + 3] = hasContent && hasSource ? Cosine(content, source) : 0;
        result[at + 4] = hasCue && hasSource ? Cosine(cue, source) : 0;
        return result;
    }

    private static float Cosine(ReadOnlySpan<float> x, ReadOnlySpan<float> y)
    {
        double dot = 0, nx = 0, ny = 0;
        for (int i = 0; i < x.Length; i++) { dot += x[i] * y[i]; nx += x[i] * x[i]; ny += y[i] * y[i]; }
        return nx == 0 || ny == 0 ? 0 : (float)(dot / Math.Sqrt(nx * ny));
    }
}
