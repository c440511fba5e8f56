using Claims.Learning;
using Claims.Text;
using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Claims.Stance;

/// <summary>
/// A trained pair classifier: the Microsoft.ML tree ensemble over <see cref="PairFeaturizer"/> features, the IDF table
/// the features were computed with, and the label names. Immutable after loading; <see cref="Predict(TextProfile, TextProfile)"/>
/// is thread-safe (prediction engines are pooled: one is never used by two threads at once).
/// </summary>
public sealed class StanceModel : IStanceModel
{
    /// <summary>Name of the embedded resource holding the shipped FNC-1 model.</summary>
    public const string ResourceName = "stance-model.zip";

    private static readonly Lazy<StanceModel> Shipped = new(LoadShipped, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly MLContext _ml;
    private readonly ITransformer _transformer;
    private readonly SchemaDefinition _inputSchema;
    private readonly ConcurrentBag<PooledEngine> _engines = new();
    private readonly CompiledForest? _forest;

    internal StanceModel(MLContext ml, ITransformer transformer, IReadOnlyList<string> labels, IdfTable idf, WordPairTable table, string description,
        StanceFeatureSet? features = null, Embeddings.ISentenceEncoder? encoder = null)
    {
        _ml = ml;
        _transformer = transformer;
        Labels = labels;
        Idf = idf;
        Description = description;
        Table = table;
        Featurizer = new PairFeaturizer(idf, table, features: features, encoder: encoder);
        _inputSchema = FeatureRow.Schema(Featurizer.Features, labels.Count, withLabel: false);
        _forest = CompiledForest.TryCompile(transformer, Featurizer.FeatureCount);
        if (_forest is not null && _forest.ClassCount != labels.Count) _forest = null;
    }

    /// <summary>True when predictions run on the flattened trees rather than a Microsoft.ML prediction engine.</summary>
    internal bool IsCompiled => _forest is not null;

    /// <summary>The shipped model, trained on 80% of the FNC-1 training bodies (labels agree, disagree, discuss, unrelated). Loaded on first use.</summary>
    public static StanceModel Default => Shipped.Value;

    /// <summary>The label names; index i is the i-th probability of a prediction.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>The IDF table learned with the model.</summary>
    public IdfTable Idf { get; }

    /// <summary>The word-pair table learned from the training pairs (label counts of unaligned words and word pairs).</summary>
    internal WordPairTable Table { get; }

    /// <summary>The featurizer matching the model (use it to build profiles).</summary>
    public PairFeaturizer Featurizer { get; }

    /// <summary>How the model was trained (trainer, options, data size).</summary>
    public string Description { get; }

    /// <summary>Index of <paramref name="label"/> in <see cref="Labels"/>, or -1.</summary>
    public int IndexOf(string label) => this.LabelIndex(label);

    /// <summary>Class probabilities for the pair (A, B), in <see cref="Labels"/> order.</summary>
    public float[] Predict(TextProfile a, TextProfile b)
    {
        Span<float> features = stackalloc float[Featurizer.FeatureCount];
        Featurizer.Compute(a, b, features);
        var result = new float[Labels.Count];
        Predict(features, result);
        return result;
    }

    /// <summary>Class probabilities for the pair (A, B), in <see cref="Labels"/> order.</summary>
    public float[] Predict(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Predict(Featurizer.Profile(a), Featurizer.Profile(b));
    }

    /// <summary>Class probabilities for a precomputed feature vector; writes <see cref="Labels"/>.Count values.</summary>
    public void Predict(ReadOnlySpan<float> features, Span<float> probabilities)
    {
        if (features.Length != Featurizer.FeatureCount) throw new ArgumentException($"expected {Featurizer.FeatureCount} features", nameof(features));
        if (probabilities.Length < Labels.Count) throw new ArgumentException($"needs {Labels.Count} slots", nameof(probabilities));
        if (_forest is not null)
        {
            _forest.Predict(features, probabilities);
            return;
        }
        PredictWithEngine(features, probabilities);
    }

    /// <summary>The same prediction through a pooled Microsoft.ML prediction engine (the reference for the flattened trees).</summary>
    internal void PredictWithEngine(ReadOnlySpan<float> features, Span<float> probabilities)
    {
        if (!_engines.TryTake(out var engine))
            engine = new PooledEngine(_ml.Model.CreatePredictionEngine<FeatureRow, ScoreRow>(_transformer, inputSchemaDefinition: _inputSchema), Featurizer.FeatureCount);
        try
        {
            features.CopyTo(engine.Input.Features);
            var output = engine.Output;
            engine.Engine.Predict(engine.Input, ref output);
            engine.Output = output;
            float sum = 0;
            for (int i = 0; i < Labels.Count; i++) sum += Math.Max(0, output.Score[i]);
            for (int i = 0; i < Labels.Count; i++) probabilities[i] = sum > 0 ? Math.Max(0, output.Score[i]) / sum : 1f / Labels.Count;
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    /// <summary>Writes the model (a zip: the Microsoft.ML model, the IDF table, the word-pair table, the labels and the description).</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        ModelArchive.Write(zip, "mlnet.zip", CompressionLevel.NoCompression, s =>
        {
            var view = _ml.Data.LoadFromEnumerable(Array.Empty<FeatureRow>(), _inputSchema);
            _ml.Model.Save(_transformer, view.Schema, s);
        });
        // Terms seen once weigh as unseen terms do (see IdfTable), so dropping them keeps the zip small and changes nothing.
        ModelArchive.WriteText(zip, "idf.tsv", w => Idf.WithMinimumDocumentFrequency(2).Save(w));
        ModelArchive.WriteText(zip, "word-pairs.tsv", Table.Save);
        ModelArchive.WriteText(zip, "labels.txt", w => { foreach (var l in Labels) w.WriteLine(l); });
        ModelArchive.WriteText(zip, "description.txt", w => w.Write(Description));
        ModelArchive.WriteText(zip, "features.txt", w => { foreach (var f in Featurizer.Features.Names) w.WriteLine(f); });
    }

    /// <summary>Saves to a file.</summary>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var file = File.Create(path);
        Save(file);
    }

    /// <summary>Reads a model written by <see cref="Save(Stream)"/>.</summary>
    public static StanceModel Load(Stream stream) => Load(stream, null, null);

    /// <summary>
    /// Loads a model trained over <paramref name="features"/> (null: the lexical set) whose profiles get their vectors
    /// from <paramref name="encoder"/> (a semantic model's).
    /// </summary>
    /// <exception cref="InvalidDataException">The archive's features are not <paramref name="features"/>.</exception>
    public static StanceModel Load(Stream stream, StanceFeatureSet? features, Embeddings.ISentenceEncoder? encoder)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        const string What = "stance model";
        var labels = ModelArchive.ReadText(zip, "labels.txt", What).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var idf = IdfTable.Load(new StringReader(ModelArchive.ReadText(zip, "idf.tsv", What)));
        string description = ModelArchive.ReadText(zip, "description.txt", What);
        var table = WordPairTable.Load(new StringReader(ModelArchive.ReadText(zip, "word-pairs.tsv", What)));
        var ml = new MLContext(seed: 1);
        var transformer = ml.Model.Load(ModelArchive.Read(zip, "mlnet.zip", What), out _);
        features ??= StanceFeatureSet.Lexical;
        if (zip.GetEntry("features.txt") is not null)
        {
            var names = ModelArchive.ReadText(zip, "features.txt", What).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (!names.SequenceEqual(features.Names, StringComparer.Ordinal))
                throw new InvalidDataException($"stance model: trained on {names.Length} features, which are not the {features.Count} given (first difference: '{names.Zip(features.Names).FirstOrDefault(x => x.First != x.Second).First ?? names.ElementAtOrDefault(features.Count) ?? features.Names[names.Length]}')");
        }
        return new StanceModel(ml, transformer, labels, idf, table, description, features, encoder);
    }

    /// <summary>Loads from a file.</summary>
    public static StanceModel Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var file = File.OpenRead(path);
        return Load(file);
    }

    private static StanceModel LoadShipped() => ModelArchive.LoadEmbedded(ResourceName, Load);
}

/// <summary>A prediction engine with its own reusable input and output rows, so pooled prediction does not allocate.</summary>
internal sealed class PooledEngine(PredictionEngine<FeatureRow, ScoreRow> engine, int featureCount)
{
    public PredictionEngine<FeatureRow, ScoreRow> Engine { get; } = engine;
    public FeatureRow Input { get; } = new() { Features = new float[featureCount] };
    public ScoreRow Output { get; set; } = new();
}

/// <summary>One row for Microsoft.ML: the features, the label as a 0-based class index and the example weight.</summary>
internal sealed class FeatureRow
{
    public float[] Features { get; set; } = [];
    public uint Label { get; set; }
    public float Weight { get; set; } = 1;

    /// <summary>The schema derived from <paramref name="features"/> (vector size), with the label key count fixed at run time.</summary>
    public static SchemaDefinition Schema(StanceFeatureSet features, int classes, bool withLabel)
    {
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[nameof(Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, features.Count);
        if (withLabel)
            schema[nameof(Label)].ColumnType = new KeyDataViewType(typeof(uint), classes);
        else
        {
            schema.Remove(schema[nameof(Label)]);
            schema.Remove(schema[nameof(Weight)]);
        }
        return schema;
    }
}

/// <summary>The model's per-class scores.</summary>
internal sealed class ScoreRow
{
    [ColumnName("Score")]
    public float[] Score { get; set; } = [];
}
