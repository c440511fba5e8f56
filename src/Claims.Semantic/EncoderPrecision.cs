namespace Claims.Semantic;

/// <summary>The arithmetic a sentence encoder's matrix products run in.</summary>
public enum EncoderPrecision
{
    /// <summary>32-bit floats: the model as published (vectors as sentence-transformers computes them, up to float rounding).</summary>
    Float32,

    /// <summary>
    /// The model's constant matrices stored as int8 (one scale per output column) and multiplied on 8-bit integers,
    /// its inputs quantized per run; the rewrite happens in memory when the model loads. Faster, and vectors move
    /// by quantization error (see the benchmarks README for the measured cosine and stance effect).
    /// </summary>
    Int8,
}
