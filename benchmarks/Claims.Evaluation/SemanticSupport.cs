using Claims.Semantic;
using Claims.Stance;

namespace Claims.Evaluation;

/// <summary>
/// The <c>--semantic</c> switch of the stance commands: the semantic features and an all-MiniLM-L6-v2 encoder whose
/// vectors are cached on disk (<c>--embedding-cache</c>, default <c>/tmp/semantic/embeddings.bin</c>).
/// </summary>
internal static class SemanticSupport
{
    /// <summary>The cached encoder when <c>--semantic</c> is given, else null.</summary>
    /// <remarks><c>--precision int8</c> encodes with <see cref="EncoderPrecision.Int8"/> (default cache
    /// <c>/tmp/semantic/embeddings-int8.bin</c>, so float32 and int8 vectors never mix).</remarks>
    public static CachedEncoder? Encoder(StanceArgs opts)
    {
        if (!opts.Flag("semantic", false)) return null;
        var precision = opts.Get("precision") is { } p ? Enum.Parse<EncoderPrecision>(p, ignoreCase: true) : EncoderPrecision.Float32;
        string cache = opts.Get("embedding-cache")
            ?? (precision == EncoderPrecision.Float32 ? EmbedCommand.DefaultCache : Path.ChangeExtension(EmbedCommand.DefaultCache, null) + "-int8.bin");
        return new CachedEncoder(new MiniLmEncoder(new MiniLmEncoderOptions { Precision = precision }), cache);
    }

    /// <summary>The semantic feature choices: <c>--evidence on|off</c> (default on), <c>--ranked-evidence on|off</c>, <c>--body-projection on|off</c> (default on).</summary>
    public static Claims.Training.SemanticFeatureOptions FeatureOptions(StanceArgs opts)
    {
        var defaults = new Claims.Training.SemanticFeatureOptions();
        return defaults with
        {
            Evidence = opts.Flag("evidence", defaults.Evidence),
            RankedEvidence = opts.Flag("ranked-evidence", defaults.RankedEvidence),
            BodyInProjection = opts.Flag("body-projection", defaults.BodyInProjection),
        };
    }

    /// <summary>The model the FNC-1 task predicts with: <c>--model</c> or the shipped one, lexical or (<c>--semantic</c>)
    /// semantic; the semantic one is the body-stance model (<see cref="Claims.Training.BodyStanceModels.LoadSemantic"/>).</summary>
    public static StanceModel Model(StanceArgs opts)
    {
        var encoder = Encoder(opts);
        if (encoder is null) return opts.Get("model") is { } m ? StanceModel.Load(m) : StanceModel.Default;
        return (opts.Get("model") is { } path ? SemanticStanceModel.Load(path, encoder) : Claims.Training.BodyStanceModels.LoadSemantic(encoder)).Model;
    }
}
