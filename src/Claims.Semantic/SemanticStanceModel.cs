using System.IO.Compression;
using Claims.Embeddings;
using Claims.Stance;

namespace Claims.Semantic;

/// <summary>
/// A stance model that reads meaning: a <see cref="StanceModel"/> over the lexical, <see cref="EmbeddingFeatures"/>
/// and <see cref="ProjectionFeatures"/> features, plus the projection's regression. Saved as one zip holding the
/// stance model's zip (<c>stance-model.zip</c>) and the regression (<c>projection.tsv</c>). The shipped one,
/// <c>semantic-stance-model.zip</c>, is trained on FNC-1 (see the README).
/// </summary>
public sealed class SemanticStanceModel
{
    /// <summary>Name of the shipped model resource.</summary>
    public const string ResourceName = "Claims.Semantic.Resources.semantic-stance-model.zip";

    private SemanticStanceModel(StanceModel model, ProjectionFeatures projection)
    {
        Model = model;
        Projection = projection;
    }

    /// <summary>The stance model (an <see cref="IStanceModel"/> for <see cref="StanceClassifier"/>).</summary>
    public StanceModel Model { get; }

    /// <summary>The projection group the model reads.</summary>
    public ProjectionFeatures Projection { get; }

    /// <summary>The shipped model, reading vectors from <paramref name="encoder"/> (all-MiniLM-L6-v2's: the model was trained on them).</summary>
    /// <exception cref="InvalidDataException">The resource is missing or unreadable.</exception>
    public static SemanticStanceModel LoadShipped(ISentenceEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        using var stream = typeof(SemanticStanceModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidDataException($"resource {ResourceName} is missing from Claims.Semantic");
        return Load(stream, encoder, ResourceName);
    }

    /// <summary>Loads a model written by <see cref="Save(string)"/>.</summary>
    public static SemanticStanceModel Load(string path, ISentenceEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var file = File.OpenRead(path);
        return Load(file, encoder, path);
    }

    /// <summary>Loads a model written by <see cref="Save(string)"/> from a stream (an embedded resource, for one);
    /// <paramref name="name"/> names it in errors.</summary>
    /// <exception cref="InvalidDataException">The stream holds no semantic stance model.</exception>
    public static SemanticStanceModel Load(Stream stream, ISentenceEncoder encoder, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentNullException.ThrowIfNull(name);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        var projectionEntry = zip.GetEntry("projection.tsv") ?? throw new InvalidDataException($"{name}: no projection.tsv: not a semantic stance model");
        var modelEntry = zip.GetEntry("stance-model.zip") ?? throw new InvalidDataException($"{name}: no stance-model.zip: not a semantic stance model");
        SoftmaxRegression regression;
        using (var reader = new StreamReader(projectionEntry.Open())) regression = SoftmaxRegression.Load(reader, name + ":projection.tsv");
        using var inner = new MemoryStream();
        using (var s = modelEntry.Open()) s.CopyTo(inner);
        inner.Position = 0;
        var labels = ReadLines(inner, "labels.txt") ?? throw new InvalidDataException($"{name}: stance model without labels.txt");
        inner.Position = 0;
        // Models trained before the evidence group read the embedding summaries and the projection only.
        // Since 2026-12-05 (round 6) also the ranked evidence group.
        var names = ReadLines(inner, "features.txt");
        bool evidence = names is not null && names.Contains(EvidenceFeatures.RefutesTop3.Name);
        bool ranked = names is not null && names.Contains(RankedEvidenceFeatures.CosStrongRefuting.Name);
        inner.Position = 0;
        return Load(inner, new ProjectionFeatures(labels, regression), encoder, evidence, ranked);
    }

    internal static SemanticStanceModel Load(Stream stanceModel, ProjectionFeatures projection, ISentenceEncoder encoder, bool evidence, bool ranked) =>
        new(StanceModel.Load(stanceModel, FeatureSet(evidence, ranked).With(projection), encoder), projection);

    /// <summary>
    /// The features a semantic model reads before its projection: the lexical ones, <see cref="EmbeddingFeatures"/>,
    /// (models trained since 2026-12-04) <see cref="EvidenceFeatures"/> and (since 2026-12-05)
    /// <see cref="RankedEvidenceFeatures"/>.
    /// </summary>
    internal static StanceFeatureSet FeatureSet(bool evidence, bool ranked)
    {
        var set = evidence ? EmbeddingFeatures.Set.With(EvidenceFeatures.Group) : EmbeddingFeatures.Set;
        return ranked ? set.With(RankedEvidenceFeatures.Group) : set;
    }

    private static string[]? ReadLines(Stream stanceModel, string entry)
    {
        using var zip = new ZipArchive(stanceModel, ZipArchiveMode.Read, leaveOpen: true);
        if (zip.GetEntry(entry) is not { } e) return null;
        using var reader = new StreamReader(e.Open());
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>Writes the model (deterministic bytes: fixed entry order and timestamps).</summary>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var file = File.Create(path);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        var stamp = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var model = zip.CreateEntry("stance-model.zip", CompressionLevel.NoCompression);
        model.LastWriteTime = stamp;
        using (var s = model.Open()) Model.Save(s);
        var projection = zip.CreateEntry("projection.tsv", CompressionLevel.Optimal);
        projection.LastWriteTime = stamp;
        using (var w = new StreamWriter(projection.Open())) Projection.Regression!.Save(w);
    }

    /// <summary>The vectors <see cref="PairFeaturizer.Profile(string)"/> gives <paramref name="text"/> with an encoder.</summary>
    internal static TextEmbeddings Embed(ISentenceEncoder encoder, string text)
    {
        var vectors = encoder.Encode(PairFeaturizer.EncodedTexts(text));
        return new TextEmbeddings(vectors.Count == 1 ? vectors[0] : Embedding.Mean(vectors), vectors);
    }
}
