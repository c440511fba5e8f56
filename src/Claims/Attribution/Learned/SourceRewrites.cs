using Claims.Segmentation;

namespace Claims.Attribution.Learned;

/// <summary>
/// The one loop of the after-model source repairs (<see cref="SourceRepair"/>, <see cref="SubjectSources"/>): each kept
/// attribution with a cue and not read from the page layout gets the source a repair gives it, copied on first change.
/// Stateless and thread-safe.
/// </summary>
internal static class SourceRewrites
{
    /// <summary>
    /// The attributions with the sources <paramref name="newSource"/> gives (null: unchanged); the list itself when
    /// none changed.
    /// </summary>
    public static IReadOnlyList<AttributionSpan> Apply(IReadOnlyList<AttributionSpan> attributions, Func<AttributionSpan, TextSpan, TextSpan?> newSource)
    {
        List<AttributionSpan>? repaired = null;
        for (int i = 0; i < attributions.Count; i++)
        {
            var a = attributions[i];
            if (a.FromLayout || a.Cue is not { } cue || newSource(a, cue) is not { } source) continue;
            repaired ??= [.. attributions];
            repaired[i] = a with { Source = source };
        }
        return repaired ?? attributions;
    }
}
