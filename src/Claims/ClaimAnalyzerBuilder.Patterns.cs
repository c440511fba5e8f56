using Claims.Attribution;
using Claims.Attribution.Patterns;

namespace Claims;

// Attribution patterns: edits of the AttributionFinder stage's pattern list (AttributionPatterns.Default by default).
public sealed partial class ClaimAnalyzerBuilder
{
    /// <summary>Removes the attribution patterns of type <typeparamref name="TPattern"/> from the <see cref="AttributionFinder"/> stage.</summary>
    /// <exception cref="InvalidOperationException">The pipeline has no <see cref="AttributionFinder"/>.</exception>
    public ClaimAnalyzerBuilder RemoveAttributionPattern<TPattern>() where TPattern : IAttributionPattern =>
        EditAttributionPatterns(AttributionPatterns.Remove<TPattern>);

    /// <summary>Replaces the first attribution pattern of type <typeparamref name="TPattern"/> with <paramref name="pattern"/>.</summary>
    /// <exception cref="InvalidOperationException">No <see cref="AttributionFinder"/>, or no pattern of that type.</exception>
    public ClaimAnalyzerBuilder ReplaceAttributionPattern<TPattern>(IAttributionPattern pattern) where TPattern : IAttributionPattern =>
        EditAttributionPatterns(patterns => AttributionPatterns.Replace<TPattern>(patterns, pattern));

    /// <summary>Inserts <paramref name="pattern"/> right before the first attribution pattern of type <typeparamref name="TPattern"/>.</summary>
    /// <exception cref="InvalidOperationException">No <see cref="AttributionFinder"/>, or no pattern of that type.</exception>
    public ClaimAnalyzerBuilder InsertAttributionPatternBefore<TPattern>(IAttributionPattern pattern) where TPattern : IAttributionPattern =>
        EditAttributionPatterns(patterns => AttributionPatterns.InsertBefore<TPattern>(patterns, pattern));

    /// <summary>Inserts <paramref name="pattern"/> right after the first attribution pattern of type <typeparamref name="TPattern"/>.</summary>
    /// <exception cref="InvalidOperationException">No <see cref="AttributionFinder"/>, or no pattern of that type.</exception>
    public ClaimAnalyzerBuilder InsertAttributionPatternAfter<TPattern>(IAttributionPattern pattern) where TPattern : IAttributionPattern =>
        EditAttributionPatterns(patterns => AttributionPatterns.InsertAfter<TPattern>(patterns, pattern));

    /// <summary>Replaces the <see cref="AttributionFinder"/> stage's pattern list with <paramref name="edit"/> of it.</summary>
    /// <exception cref="InvalidOperationException">The pipeline has no <see cref="AttributionFinder"/>.</exception>
    public ClaimAnalyzerBuilder EditAttributionPatterns(Func<IReadOnlyList<IAttributionPattern>, IEnumerable<IAttributionPattern>> edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        int index = IndexOf<AttributionFinder>();
        var finder = (AttributionFinder)Stages[index];
        Stages[index] = finder.WithPatterns(edit(finder.Patterns));
        return this;
    }
}
