namespace Claims.Semantic;

/// <summary>
/// Rewrites an ONNX model so that every <c>MatMul</c> by a constant float matrix runs on 8-bit integers: the matrix
/// is stored as int8 with one scale per output column (symmetric, <c>scale = max |w| / 127</c>, rounded half to even),
/// and the node becomes ONNX Runtime's <c>com.microsoft.DynamicQuantizeMatMul</c>, which quantizes its whole input
/// (one scale and zero point per run) to uint8 at run time and multiplies with int8 GEMM kernels (VNNI where the CPU
/// has it). A bias <c>Add</c> that only follows such a node is folded into it. With a block size, the matrix is
/// stored per block of rows instead and the node becomes <c>com.microsoft.MatMulNBits</c> (8 bits, int8 compute).
/// Everything else in the model is copied byte for byte.
/// </summary>
/// <remarks>
/// Deterministic: the same model bytes give the same rewritten bytes. The vectors differ from the float model's by
/// quantization error (all-MiniLM-L6-v2: see <see cref="EncoderPrecision.Int8"/>).
/// </remarks>
internal static class Int8Weights
{
    private const string MicrosoftDomain = "com.microsoft";
    private const int FloatType = 1, Uint8Type = 2, Int8Type = 3;

    // ONNX field numbers (onnx.proto).
    private const int ModelOpsetImport = 8, ModelGraph = 7;
    private const int OpsetDomain = 1, OpsetVersion = 2;
    private const int GraphNode = 1, GraphInitializer = 5, GraphInput = 11, GraphOutput = 12;
    private const int NodeInput = 1, NodeOutput = 2, NodeName = 3, NodeOpType = 4, NodeAttribute = 5, NodeDomain = 7;
    private const int AttributeName = 1, AttributeInt = 3, AttributeType = 20, AttributeTypeInt = 2;
    private const int TensorDims = 1, TensorDataType = 2, TensorFloatData = 4, TensorName = 8, TensorRawData = 9, TensorDataLocation = 14;
    private const int ValueInfoName = 1;

    /// <summary>The rewritten model and how many MatMul nodes it quantized.</summary>
    /// <exception cref="InvalidDataException">The bytes are no ONNX model; the message names <paramref name="modelName"/>.</exception>
    public static (byte[] Model, int Quantized) Quantize(byte[] model, string modelName, int blockSize = 0, int maxInner = int.MaxValue)
    {
        if (blockSize != 0 && (blockSize < 16 || (blockSize & (blockSize - 1)) != 0))
            throw new ArgumentOutOfRangeException(nameof(blockSize), blockSize, "0 (one scale per column) or a power of two from 16");
        try
        {
            return Rewrite(model, blockSize, maxInner);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"sentence-encoder model '{modelName}' cannot be read as an ONNX model to quantize: {e.Message}", e);
        }
    }

    private static (byte[] Model, int Quantized) Rewrite(byte[] model, int blockSize, int maxInner)
    {
        var top = ProtoWire.Read(model);
        var graphs = top.Where(f => f.Number == ModelGraph && f.Wire == ProtoWire.LengthDelimited).ToList();
        if (graphs.Count != 1) throw new InvalidDataException($"{graphs.Count} graphs instead of one");
        var (graph, quantized) = RewriteGraph(graphs[0].Payload, blockSize, maxInner);
        if (quantized == 0) return (model, 0);
        bool hasMicrosoft = top.Any(f => f.Number == ModelOpsetImport
            && ProtoWire.Read(f.Payload).Any(o => o.Number == OpsetDomain && o.Text() == MicrosoftDomain));
        using var opset = new MemoryStream();
        if (!hasMicrosoft)
        {
            using var id = new MemoryStream();
            ProtoWire.WriteStringField(id, OpsetDomain, MicrosoftDomain);
            ProtoWire.WriteVarintField(id, OpsetVersion, 1);
            ProtoWire.WriteBytesField(opset, ModelOpsetImport, id.ToArray());
        }
        using var graphField = new MemoryStream();
        ProtoWire.WriteVarint(graphField, (ulong)ModelGraph << 3 | ProtoWire.LengthDelimited);
        ProtoWire.WriteVarint(graphField, (ulong)graph.Length);
        // Sized exactly, so the buffer is the result (no second copy of a 59 MB model).
        var result = new byte[model.Length - graphs[0].Raw.Length + graphField.Length + graph.Length + opset.Length];
        using var output = new MemoryStream(result);
        foreach (var field in top)
        {
            if (field.Number != ModelGraph) output.Write(field.Raw.Span);
            else
            {
                output.Write(graphField.GetBuffer().AsSpan(0, (int)graphField.Length));
                output.Write(graph.Span);
            }
        }
        output.Write(opset.GetBuffer().AsSpan(0, (int)opset.Length));
        if (output.Position != result.Length) throw new InvalidOperationException($"rewritten model is {output.Position} bytes, not the {result.Length} computed");
        return (result, quantized);
    }

    private static (ReadOnlyMemory<byte> Graph, int Quantized) RewriteGraph(ReadOnlyMemory<byte> graphBytes, int blockSize, int maxInner)
    {
        var fields = ProtoWire.Read(graphBytes);
        var nodes = fields.Where(f => f.Number == GraphNode).Select(f => Node.Parse(f.Payload)).ToList();
        var matrices = new Dictionary<string, Matrix>(StringComparer.Ordinal);
        var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var f in fields.Where(f => f.Number == GraphInitializer)) ReadConstant(f.Payload, matrices, vectors);
        var exposed = new HashSet<string>(fields.Where(f => f.Number is GraphInput or GraphOutput)
            .Select(f => ProtoWire.Read(f.Payload).FirstOrDefault(v => v.Number == ValueInfoName).Text()), StringComparer.Ordinal);
        var uses = new Dictionary<string, List<Node>>(StringComparer.Ordinal);
        foreach (var node in nodes)
            foreach (var input in node.Inputs)
                (uses.TryGetValue(input, out var list) ? list : uses[input] = []).Add(node);

        var replaced = new Dictionary<Node, byte[]>();
        var folded = new HashSet<Node>();
        var dropped = new HashSet<string>(StringComparer.Ordinal);
        var added = new List<byte[]>();
        foreach (var node in nodes)
        {
            if (node.OpType != "MatMul" || node.Domain.Length != 0 || node.Inputs.Count != 2 || node.Outputs.Count != 1) continue;
            string weights = node.Inputs[1];
            // A matrix another node also reads stays float (one int8 copy per MatMul would duplicate its name).
            if (!matrices.TryGetValue(weights, out var matrix) || exposed.Contains(weights) || matrix.Rows > maxInner || uses[weights].Count != 1) continue;
            string output = node.Outputs[0], bias = "";
            if (FoldableBias(output, matrix.Columns, uses, vectors, exposed) is { } add)
            {
                bias = add.Inputs[0] == output ? add.Inputs[1] : add.Inputs[0];
                output = add.Outputs[0];
                folded.Add(add);
            }
            replaced[node] = QuantizedNode(node, matrix, bias, output, blockSize, added);
            dropped.Add(weights);
        }
        if (replaced.Count == 0) return (graphBytes, 0);

        long shrink = dropped.Sum(name => 3L * matrices[name].Rows * matrices[name].Columns);
        using var result = new MemoryStream((int)Math.Max(1024, graphBytes.Length - shrink + 4096L * replaced.Count));
        int index = 0;
        foreach (var field in fields)
        {
            if (field.Number == GraphNode)
            {
                var node = nodes[index++];
                if (folded.Contains(node)) continue;
                if (replaced.TryGetValue(node, out var bytes)) ProtoWire.WriteBytesField(result, GraphNode, bytes);
                else result.Write(field.Raw.Span);
            }
            else if (field.Number == GraphInitializer && dropped.Contains(TensorNameOf(field.Payload))) continue;
            else result.Write(field.Raw.Span);
        }
        foreach (var tensor in added) ProtoWire.WriteBytesField(result, GraphInitializer, tensor);
        return (result.GetBuffer().AsMemory(0, (int)result.Length), replaced.Count);
    }

    /// <summary>The <c>Add</c> of a constant vector of <paramref name="columns"/> values that alone reads <paramref name="output"/>, if any.</summary>
    private static Node? FoldableBias(string output, int columns, Dictionary<string, List<Node>> uses, Dictionary<string, float[]> vectors, HashSet<string> exposed)
    {
        if (exposed.Contains(output) || !uses.TryGetValue(output, out var consumers) || consumers.Count != 1
            || consumers[0] is not { OpType: "Add", Domain: "", Inputs.Count: 2, Outputs.Count: 1 } add)
            return null;
        string other = add.Inputs[0] == output ? add.Inputs[1] : add.Inputs[0];
        return vectors.TryGetValue(other, out var b) && b.Length == columns && !exposed.Contains(other) ? add : null;
    }

    /// <summary>The int8 node replacing <paramref name="node"/> (its matrix's int8 values and scales go to <paramref name="added"/>).</summary>
    private static byte[] QuantizedNode(Node node, Matrix matrix, string bias, string output, int blockSize, List<byte[]> added)
    {
        string weights = node.Inputs[1], quantizedName = weights + "_int8", scaleName = weights + "_scale";
        if (blockSize == 0)
        {
            var (values, scales) = matrix.Quantize();
            added.Add(Tensor(quantizedName, Int8Type, [matrix.Rows, matrix.Columns], Array.ConvertAll(values, v => (byte)v)));
            added.Add(Tensor(scaleName, FloatType, [matrix.Columns], ProtoWire.Bytes(scales)));
            return NodeBytes(node.Name + "_int8", "DynamicQuantizeMatMul", MicrosoftDomain,
                bias.Length == 0 ? [node.Inputs[0], quantizedName, scaleName] : [node.Inputs[0], quantizedName, scaleName, "", bias], [output], []);
        }
        var (blockValues, blockScales, blocks) = matrix.QuantizeBlocks(blockSize);
        added.Add(Tensor(quantizedName, Uint8Type, [matrix.Columns, blocks, blockSize], blockValues));
        added.Add(Tensor(scaleName, FloatType, [matrix.Columns * blocks], ProtoWire.Bytes(blockScales)));
        return NodeBytes(node.Name + "_int8", "MatMulNBits", MicrosoftDomain,
            bias.Length == 0 ? [node.Inputs[0], quantizedName, scaleName] : [node.Inputs[0], quantizedName, scaleName, "", "", bias], [output],
            [("K", matrix.Rows), ("N", matrix.Columns), ("bits", 8), ("block_size", blockSize), ("accuracy_level", 4)]);
    }

    private static string TensorNameOf(ReadOnlyMemory<byte> tensor) =>
        ProtoWire.Read(tensor).FirstOrDefault(f => f.Number == TensorName).Text();

    private static void ReadConstant(ReadOnlyMemory<byte> tensor, Dictionary<string, Matrix> matrices, Dictionary<string, float[]> vectors)
    {
        var fields = ProtoWire.Read(tensor);
        if (fields.Any(f => f.Number == TensorDataLocation && f.Value != 0)) return; // external data: left as it is
        var type = fields.FirstOrDefault(f => f.Number == TensorDataType);
        if (type.Number == 0 || type.Value != FloatType) return;
        string name = fields.FirstOrDefault(f => f.Number == TensorName).Text();
        var dims = ProtoWire.Int64s(fields, TensorDims);
        var raw = fields.FirstOrDefault(f => f.Number == TensorRawData);
        long count = dims.Aggregate(1L, (a, d) => a * d);
        // Matrices keep their raw bytes until one is quantized (the word embeddings alone are 47 MB of floats).
        Func<float[]> values = raw.Number != 0 ? () => ProtoWire.Floats(raw.Payload.Span)
            : () => fields.Where(f => f.Number == TensorFloatData).SelectMany(f => PackedFloats(f)).ToArray();
        long stored = raw.Number != 0 ? raw.Payload.Length / 4 : fields.Where(f => f.Number == TensorFloatData).Sum(f => f.Wire == ProtoWire.LengthDelimited ? f.Payload.Length / 4 : 1);
        if (stored != count) return;
        if (dims.Count == 2 && dims[0] > 0 && dims[1] > 0) matrices[name] = new Matrix((int)dims[0], (int)dims[1], values);
        else if (dims.Count == 1) vectors[name] = values();
    }

    private static float[] PackedFloats(ProtoField field) =>
        field.Wire == ProtoWire.LengthDelimited ? ProtoWire.Floats(field.Payload.Span) : [BitConverter.Int32BitsToSingle((int)field.Value)];

    private static byte[] Tensor(string name, int type, long[] dims, byte[] raw)
    {
        using var output = new MemoryStream(raw.Length + 64);
        foreach (long d in dims) ProtoWire.WriteVarintField(output, TensorDims, d);
        ProtoWire.WriteVarintField(output, TensorDataType, type);
        ProtoWire.WriteStringField(output, TensorName, name);
        ProtoWire.WriteBytesField(output, TensorRawData, raw);
        return output.ToArray();
    }

    private static byte[] NodeBytes(string name, string opType, string domain, IReadOnlyList<string> inputs, IReadOnlyList<string> outputs,
        IReadOnlyList<(string Name, long Value)> attributes)
    {
        using var output = new MemoryStream();
        foreach (var i in inputs) ProtoWire.WriteStringField(output, NodeInput, i);
        foreach (var o in outputs) ProtoWire.WriteStringField(output, NodeOutput, o);
        ProtoWire.WriteStringField(output, NodeName, name);
        ProtoWire.WriteStringField(output, NodeOpType, opType);
        foreach (var (attributeName, value) in attributes)
        {
            using var attribute = new MemoryStream();
            ProtoWire.WriteStringField(attribute, AttributeName, attributeName);
            ProtoWire.WriteVarintField(attribute, AttributeInt, value);
            ProtoWire.WriteVarintField(attribute, AttributeType, AttributeTypeInt);
            ProtoWire.WriteBytesField(output, NodeAttribute, attribute.ToArray());
        }
        ProtoWire.WriteStringField(output, NodeDomain, domain);
        return output.ToArray();
    }

    /// <summary>The parts of a node the rewrite reads (attributes are kept in the raw bytes of nodes it does not replace).</summary>
    private sealed class Node
    {
        public List<string> Inputs { get; } = [];
        public List<string> Outputs { get; } = [];
        public string Name { get; private set; } = "";
        public string OpType { get; private set; } = "";
        public string Domain { get; private set; } = "";

        public static Node Parse(ReadOnlyMemory<byte> bytes)
        {
            var node = new Node();
            foreach (var f in ProtoWire.Read(bytes))
            {
                switch (f.Number)
                {
                    case NodeInput: node.Inputs.Add(f.Text()); break;
                    case NodeOutput: node.Outputs.Add(f.Text()); break;
                    case NodeName: node.Name = f.Text(); break;
                    case NodeOpType: node.OpType = f.Text(); break;
                    case NodeDomain: node.Domain = f.Text(); break;
                }
            }
            if (node.Domain == "ai.onnx") node.Domain = "";
            return node;
        }
    }

    /// <summary>A float matrix, row-major (<c>Rows x Columns</c>; MatMul's right operand: columns are outputs).</summary>
    private sealed record Matrix(int Rows, int Columns, Func<float[]> Read)
    {
        public (sbyte[] Values, float[] Scales) Quantize()
        {
            var w = Read();
            var scales = new float[Columns];
            for (int r = 0; r < Rows; r++)
                for (int c = 0; c < Columns; c++)
                    scales[c] = Math.Max(scales[c], Math.Abs(w[r * Columns + c]));
            for (int c = 0; c < Columns; c++) scales[c] = scales[c] > 0 ? scales[c] / 127f : 1f;
            var q = new sbyte[w.Length];
            for (int r = 0; r < Rows; r++)
                for (int c = 0; c < Columns; c++)
                    q[r * Columns + c] = (sbyte)Math.Clamp(Math.Round(w[r * Columns + c] / scales[c], MidpointRounding.ToEven), -127, 127);
            return (q, scales);
        }

        /// <summary>
        /// MatMulNBits' 8-bit layout: for each column, blocks of <paramref name="blockSize"/> rows (the last one
        /// zero-padded), each with its own scale (<c>max |w| / 127</c>), stored as uint8 around the implicit zero point 128.
        /// </summary>
        public (byte[] Values, float[] Scales, int Blocks) QuantizeBlocks(int blockSize)
        {
            var w = Read();
            int blocks = (Rows + blockSize - 1) / blockSize;
            var q = new byte[Columns * blocks * blockSize];
            Array.Fill(q, (byte)128);
            var scales = new float[Columns * blocks];
            for (int c = 0; c < Columns; c++)
            {
                for (int b = 0; b < blocks; b++)
                {
                    int first = b * blockSize, last = Math.Min(Rows, first + blockSize);
                    float max = 0;
                    for (int r = first; r < last; r++) max = Math.Max(max, Math.Abs(w[r * Columns + c]));
                    float scale = max > 0 ? max / 127f : 1f;
                    scales[c * blocks + b] = scale;
                    for (int r = first; r < last; r++)
                        q[(c * blocks + b) * blockSize + r - first] = (byte)(128 + Math.Clamp(Math.Round(w[r * Columns + c] / scale, MidpointRounding.ToEven), -127, 127));
                }
            }
            return (q, scales, blocks);
        }
    }
}
