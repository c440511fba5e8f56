using Claims.Embeddings;

namespace Claims.Semantic.Tests;

public class Int8EncoderTests
{
    private static readonly Lazy<MiniLmEncoder> Int8 = new(() => new MiniLmEncoder(new MiniLmEncoderOptions { Precision = EncoderPrecision.Int8 }));

    private static readonly string[] News =
    [
        "Russian officials said the summit had not been cancelled.",
        "The talks collapsed on Tuesday after the rebels walked out.",
        "Negotiations made headway, a spokesman for the ministry told reporters.",
        "Police said three people were injured in the blast near the station.",
        "Apple will unveil a more rugged version of its watch next month, according to people familiar with the plans.",
        "\u201CWe have no information about a ceasefire,\u201D the army said in a statement.",
        "Zürich's mayor denied the report.",
        "ISIS",
    ];

    [Test]
    public void Int8VectorsStayCloseToFloat32Ones()
    {
        var exact = MiniLmEncoder.Default.Encode(News);
        var quantized = Int8.Value.Encode(News);
        var cosines = exact.Zip(quantized, (a, b) => a.Cosine(b)).ToList();
        Assert.That(cosines, Is.All.GreaterThan(0.97f));
        Assert.That(cosines.Average(), Is.GreaterThan(0.985));
        Assert.That(quantized.Select(v => v.Dot(v)), Is.All.EqualTo(1f).Within(1e-5));
        // The weights really are int8: the vectors are not float32's bytes.
        Assert.That(cosines, Has.Some.LessThan(0.99999f));
    }

    [Test]
    public void Int8VectorOfATextDoesNotDependOnItsNeighbours()
    {
        var alone = News.Select(t => Int8.Value.Encode(t)).ToList();
        Assert.That(Int8.Value.Encode(News), Is.EqualTo(alone));
        Assert.That(Int8.Value.Encode(News.Reverse().ToArray()).Reverse(), Is.EqualTo(alone));
    }

    [Test]
    public void Int8KeepsParaphrasesCloserThanUnrelatedSentences()
    {
        var v = Int8.Value.Encode(["The talks collapsed.", "Negotiations broke down.", "The weather was sunny in Paris."]);
        Assert.That(v[0].Cosine(v[1]), Is.GreaterThan(v[0].Cosine(v[2]) + 0.2f));
    }

    [Test]
    public void TheEmbeddedModelGetsEveryConstantMatrixQuantizedTheSameWayEachTime()
    {
        byte[] model;
        using (var stream = MiniLmEncoder.OpenResource("model.onnx"))
        using (var buffer = new MemoryStream())
        {
            stream.CopyTo(buffer);
            model = buffer.ToArray();
        }
        var (first, count) = Int8Weights.Quantize(model, "embedded");
        var (second, _) = Int8Weights.Quantize(model, "embedded");
        // 6 layers x (query, key, value, attention output, intermediate, output); the two attention products (Q.K, weights.V) stay float.
        Assert.That(count, Is.EqualTo(36));
        Assert.That(second, Is.EqualTo(first));
        // 21.2 M matrix weights go from 4 bytes to 1; the word embeddings (11.7 M) stay float.
        Assert.That(first.Length, Is.LessThan(model.Length * 2 / 3));
    }

    [Test]
    public void AMatMulByAConstantBecomesDynamicQuantizeMatMulWithPerColumnScalesAndItsBiasFolded()
    {
        float[] w = [1f, -2f, 0.5f, 0.25f, 4f, -1f]; // 2 x 3
        var model = TinyModel(w, bias: [0.1f, 0.2f, 0.3f]);
        var (rewritten, count) = Int8Weights.Quantize(model, "tiny");
        Assert.That(count, Is.EqualTo(1));
        var top = ProtoWire.Read(rewritten);
        Assert.That(top.Where(f => f.Number == 8).Select(f => ProtoWire.Read(f.Payload)[0].Text()), Is.EquivalentTo(new[] { "", "com.microsoft" }));
        var graph = ProtoWire.Read(top.Single(f => f.Number == 7).Payload);
        var nodes = graph.Where(f => f.Number == 1).Select(f => ProtoWire.Read(f.Payload)).ToList();
        Assert.That(nodes, Has.Count.EqualTo(1), "the bias Add is folded into the quantized node");
        Assert.That(nodes[0].Single(f => f.Number == 4).Text(), Is.EqualTo("DynamicQuantizeMatMul"));
        Assert.That(nodes[0].Single(f => f.Number == 7).Text(), Is.EqualTo("com.microsoft"));
        Assert.That(nodes[0].Where(f => f.Number == 1).Select(f => f.Text()), Is.EqualTo(new[] { "x", "w_int8", "w_scale", "", "b" }));
        Assert.That(nodes[0].Single(f => f.Number == 2).Text(), Is.EqualTo("z"));
        var tensors = graph.Where(f => f.Number == 5).Select(f => ProtoWire.Read(f.Payload))
            .ToDictionary(t => t.Single(f => f.Number == 8).Text(), t => t);
        Assert.That(tensors.Keys, Is.EquivalentTo(new[] { "b", "w_int8", "w_scale" }), "the float matrix is gone");
        var q = tensors["w_int8"].Single(f => f.Number == 9).Payload.ToArray().Select(b => (int)(sbyte)b);
        // Column scales 1/127, 4/127, 1/127; halves round to even (63.5 -> 64, -63.5 -> -64, 31.75 -> 32).
        Assert.That(q, Is.EqualTo(new[] { 127, -64, 64, 32, 127, -127 }));
        Assert.That(ProtoWire.Floats(tensors["w_scale"].Single(f => f.Number == 9).Payload.Span), Is.EqualTo(new[] { 1f / 127, 4f / 127, 1f / 127 }));
        Assert.That(ProtoWire.Int64s(tensors["w_int8"], 1), Is.EqualTo(new long[] { 2, 3 }));
    }

    [Test]
    public void AModelWithoutConstantMatricesIsLeftAsItIs()
    {
        var model = TinyModel(null, bias: null);
        var (rewritten, count) = Int8Weights.Quantize(model, "tiny");
        Assert.That(count, Is.Zero);
        Assert.That(rewritten, Is.EqualTo(model));
    }

    [Test]
    public void BytesThatAreNoModelFailNamingTheModel()
    {
        var e = Assert.Throws<InvalidDataException>(() => Int8Weights.Quantize([0x3A, 0x7F, 1, 2], "broken.onnx"));
        Assert.That(e!.Message, Does.Contain("broken.onnx"));
    }

    /// <summary>z = x · w (+ b): w a 2 x 3 initializer, or a graph input when <paramref name="w"/> is null.</summary>
    private static byte[] TinyModel(float[]? w, float[]? bias)
    {
        using var graph = new MemoryStream();
        ProtoWire.WriteBytesField(graph, 1, Node("mm", "MatMul", ["x", "w"], [bias is null ? "z" : "y"]));
        if (bias is not null) ProtoWire.WriteBytesField(graph, 1, Node("add", "Add", ["y", "b"], ["z"]));
        ProtoWire.WriteStringField(graph, 2, "tiny");
        if (w is not null) ProtoWire.WriteBytesField(graph, 5, FloatTensor("w", [2, 3], w));
        if (bias is not null) ProtoWire.WriteBytesField(graph, 5, FloatTensor("b", [3], bias));
        using var model = new MemoryStream();
        ProtoWire.WriteVarintField(model, 1, 7);
        using (var opset = new MemoryStream())
        {
            ProtoWire.WriteVarintField(opset, 2, 13);
            ProtoWire.WriteBytesField(model, 8, opset.ToArray());
        }
        ProtoWire.WriteBytesField(model, 7, graph.ToArray());
        return model.ToArray();
    }

    private static byte[] Node(string name, string op, string[] inputs, string[] outputs)
    {
        using var node = new MemoryStream();
        foreach (var i in inputs) ProtoWire.WriteStringField(node, 1, i);
        foreach (var o in outputs) ProtoWire.WriteStringField(node, 2, o);
        ProtoWire.WriteStringField(node, 3, name);
        ProtoWire.WriteStringField(node, 4, op);
        return node.ToArray();
    }

    private static byte[] FloatTensor(string name, long[] dims, float[] values)
    {
        using var tensor = new MemoryStream();
        foreach (var d in dims) ProtoWire.WriteVarintField(tensor, 1, d);
        ProtoWire.WriteVarintField(tensor, 2, 1);
        ProtoWire.WriteStringField(tensor, 8, name);
        ProtoWire.WriteBytesField(tensor, 9, ProtoWire.Bytes(values));
        return tensor.ToArray();
    }
}
