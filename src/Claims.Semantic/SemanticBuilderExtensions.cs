using Claims.Embeddings;
using Claims.Semantic;

namespace Claims;

/// <summary>Switches the semantic pipeline on in a <see cref="ClaimAnalyzerBuilder"/>.</summary>
public static class SemanticBuilderExtensions
{
    /// <summary>
    /// Adds the sentence encoder (<see cref="MiniLmEncoder.Default"/> unless <paramref name="encoder"/> is given) as
    /// the last per-article stage, so every claim and article gets a vector. Call after <c>UseDefaults()</c>;
    /// calling it twice replaces the encoder stage.
    /// </summary>
    public static ClaimAnalyzerBuilder UseSemantic(this ClaimAnalyzerBuilder builder, ISentenceEncoder? encoder = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Remove<ClaimEncoder>();
        builder.AddStage(new ClaimEncoder(encoder ?? MiniLmEncoder.Default));
        return builder;
    }
}
