namespace Claims.Attribution.Learned;

/// <summary>
/// The readings applied to the ranker's kept attributions in both modes, in order: <see cref="SourceRepair"/> (sources
/// that name no one), <see cref="NominalSubjectContent"/> (a statement noun's content ends before the sentence's verb) and
/// <see cref="NestedSources"/> (sources that belong to another attribution). Stateless and thread-safe.
/// </summary>
internal static class KeptAttributionRepairs
{
    /// <summary>The repaired attributions (the list itself when nothing changed).</summary>
    public static IReadOnlyList<AttributionSpan> Apply(Document document, IReadOnlyList<AttributionSpan> kept) =>
        NestedSources.Apply(document, NominalSubjectContent.Apply(document, SourceRepair.Apply(document, kept)));
}
