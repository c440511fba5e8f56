using Microsoft.ML.OnnxRuntime;

namespace Claims.Semantic;

/// <summary>
/// One loaded BERT-style ONNX model and its tokenizer: runs rows of word-piece ids of one length and returns the
/// last hidden layer. Thread-safe (ONNX Runtime sessions allow concurrent runs).
/// </summary>
internal sealed class OnnxBertModel : IDisposable
{
    private static readonly string[] InputNames = ["input_ids", "attention_mask", "token_type_ids"];
    private static readonly string[] OutputNames = ["last_hidden_state"];
    private readonly InferenceSession _session;

    private OnnxBertModel(InferenceSession session, WordPieceTokenizer tokenizer, int dimensions, string name)
    {
        _session = session;
        Tokenizer = tokenizer;
        Dimensions = dimensions;
        Name = name;
    }

    public WordPieceTokenizer Tokenizer { get; }

    public int Dimensions { get; }

    public string Name { get; }

    /// <summary>Loads the model and vocabulary (both streams are read to the end and closed).</summary>
    /// <exception cref="InvalidDataException">Either cannot be read as what it should be; the message names it.</exception>
    public static OnnxBertModel Load(Stream model, string modelName, Stream vocabulary, string vocabularyName, MiniLmEncoderOptions options,
        Action<SessionOptions>? configure = null)
    {
        byte[] bytes;
        using (model) bytes = ReadAll(model);
        if (options.Precision == EncoderPrecision.Int8)
        {
            (bytes, int quantized) = Int8Weights.Quantize(bytes, modelName, options.Int8BlockSize, options.Int8MaxInner);
            if (quantized == 0) throw new InvalidDataException($"sentence-encoder model '{modelName}' has no MatMul by a constant float matrix to run on int8");
        }
        WordPieceTokenizer tokenizer;
        using (vocabulary) tokenizer = WordPieceTokenizer.Load(vocabulary, vocabularyName);

        using var sessionOptions = new SessionOptions
        {
            IntraOpNumThreads = options.IntraOpThreads,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        // Spinning threads wait for work by burning a core: on a small machine two of them made runs 2-4x slower.
        sessionOptions.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        sessionOptions.AddSessionConfigEntry("session.inter_op.allow_spinning", "0");
        configure?.Invoke(sessionOptions);
        InferenceSession session;
        try
        {
            session = new InferenceSession(bytes, sessionOptions);
        }
        catch (OnnxRuntimeException e)
        {
            throw new InvalidDataException($"sentence-encoder model '{modelName}' cannot be loaded ({bytes.Length} bytes): {e.Message}", e);
        }
        try
        {
            foreach (var input in InputNames)
                if (!session.InputMetadata.ContainsKey(input))
                    throw new InvalidDataException($"sentence-encoder model '{modelName}' has no input '{input}' (inputs: {string.Join(", ", session.InputMetadata.Keys)})");
            if (!session.OutputMetadata.TryGetValue(OutputNames[0], out var output))
                throw new InvalidDataException($"sentence-encoder model '{modelName}' has no output '{OutputNames[0]}' (outputs: {string.Join(", ", session.OutputMetadata.Keys)})");
            int dimensions = output.Dimensions[^1];
            if (dimensions <= 0)
                throw new InvalidDataException($"sentence-encoder model '{modelName}' does not state the size of its hidden states");
            return new OnnxBertModel(session, tokenizer, dimensions, modelName);
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary>The stream's bytes, read straight into one array when its length is known (the model is 91 MB).</summary>
    private static byte[] ReadAll(Stream stream)
    {
        if (stream.CanSeek && stream.Length - stream.Position is > 0 and < int.MaxValue)
        {
            var bytes = new byte[stream.Length - stream.Position];
            stream.ReadExactly(bytes);
            return bytes;
        }
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>
    /// Runs <paramref name="rows"/> rows of <paramref name="length"/> ids each (<paramref name="ids"/>, row by row,
    /// [CLS] and [SEP] included) and returns the last hidden layer, <c>rows * length * Dimensions</c> values.
    /// </summary>
    public float[] Run(long[] ids, int rows, int length, CancellationToken cancellationToken)
    {
        var mask = new long[ids.Length];
        Array.Fill(mask, 1L);
        return Run(ids, mask, rows, length, cancellationToken);
    }

    /// <summary>
    /// As <see cref="Run(long[], int, int, CancellationToken)"/> with an attention <paramref name="mask"/> (1 for a
    /// real piece, 0 for padding, which no real piece attends to).
    /// </summary>
    public float[] Run(long[] ids, long[] mask, int rows, int length, CancellationToken cancellationToken)
    {
        float[] result = [];
        Run(ids, mask, rows, length, states => result = states.ToArray(), cancellationToken);
        return result;
    }

    /// <summary>
    /// Runs the model and hands the last hidden layer to <paramref name="read"/> while ONNX Runtime still owns it (no
    /// copy: a sentence vector needs only the pooled mean of the states).
    /// </summary>
    public void Run(long[] ids, long[] mask, int rows, int length, StatesReader read, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var types = new long[ids.Length];
        long[] shape = [rows, length];
        using var runOptions = new RunOptions();
        using var registration = cancellationToken.Register(() => runOptions.Terminate = true);
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = OrtValue.CreateTensorValueFromMemory(types, shape);
        try
        {
            using var outputs = _session.Run(runOptions, InputNames, [idsValue, maskValue, typesValue], OutputNames);
            read(outputs[0].GetTensorDataAsSpan<float>());
        }
        catch (OnnxRuntimeException) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
        catch (OnnxRuntimeException e)
        {
            throw new InvalidOperationException($"sentence-encoder model '{Name}' failed on {rows} x {length} word pieces: {e.Message}", e);
        }
    }

    /// <summary>Ends ONNX Runtime's profiling and returns the profile's path.</summary>
    public string EndProfiling() => _session.EndProfiling();

    public void Dispose() => _session.Dispose();
}

/// <summary>Reads the last hidden layer of one run (<c>rows * length * dimensions</c> values) while it is valid.</summary>
internal delegate void StatesReader(ReadOnlySpan<float> states);
