using Claims.Attribution;
using Claims.Matching;
using Claims.Segmentation;
using Claims.Stance;

namespace Claims.Pipeline;

/// <summary>The library's default parts, in one place so the builder and the docs agree.</summary>
internal static class DefaultComponents
{
    public static IEnumerable<IDocumentStage> Stages() =>
    [
        new PageLayoutAnalyzer(),
    ];

    public static ISpeakerLinker? SpeakerLinker() => null;

    public static IClaimPairer Pairer() => throw new NotImplementedException("merge pending");

    public static IStanceClassifier StanceClassifier() => throw new NotImplementedException("merge pending");
}
