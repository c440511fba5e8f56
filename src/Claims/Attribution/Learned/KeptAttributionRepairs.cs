namespace Claims.Attribution.Learned;

/// <summary>
/// The readings applied to the ranker's kept attributions in both modes, in order: <see cref="SourceRepair"/> (sources
/// that name no one), <see cref="NominalSubjectContent"/> (a statement noun's content ends before the sentence's verb),
/// <see cref="ObjectPhraseContent"/> (a relative "that" opens no content), <see cref="NestedSources"/> (sources that
/// belong to another attribution) and <see cref="ReporterAttributions"/> (who reports a kept attribution without
/// "that"). Stateless and thread-safe.
/// </summary>
internal static class KeptAttributionRepairs
{
    /// <summary>The repaired attributions (the list itself when nothing changed).</summary>
    public static IReadOnlyList<AttributionSpan> Apply(Document document, IReadOnlyList<AttributionSpan> kept, CueLexicon lexicon) =>
        ReporterAttributions.Apply(document,
            NestedSources.Apply(document, ObjectPhraseContent.Apply(document, NominalSubjectContent.Apply(document, SourceRepair.Apply(document, kept)))),
            lexicon);
}
