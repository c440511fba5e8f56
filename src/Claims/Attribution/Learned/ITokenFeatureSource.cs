namespace Claims.Attribution.Learned;

/// <summary>
/// Extra emission features of a document's tokens for <see cref="TaggerFeatures"/>, beside its own templates: the
/// accurate mode's token-state features. Each call writes token <c>i</c>'s hashes and returns how many it wrote.
/// </summary>
internal interface ITokenFeatureSource
{
    /// <summary>The most hashes <see cref="Write"/> writes for one token.</summary>
    int MaxPerToken { get; }

    /// <summary>Writes token <paramref name="token"/>'s hashes into <paramref name="into"/>; returns how many.</summary>
    int Write(int token, Span<ulong> into);
}
