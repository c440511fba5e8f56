namespace Claims.Attribution.Patterns;

/// <summary>
/// The shipped attribution patterns in the order they run, and pure edits of a pattern list (by pattern type) for
/// <see cref="AttributionFinder"/> and <see cref="ClaimAnalyzerBuilder"/>. A content mostly covered by an earlier
/// attribution is not added again, so the order is the priority: quotations with their speakers first, then each
/// sentence's fixed phrases, its cue words (verbs of saying before other cues) and the phrases that only fill what is
/// left, and last the quotations that continue a report.
/// </summary>
public static class AttributionPatterns
{
    /// <summary>The default patterns, in order.</summary>
    public static IReadOnlyList<IAttributionPattern> Default { get; } = Array.AsReadOnly<IAttributionPattern>(
    [
        // Each quotation: speaker after it, else speaker before it.
        new QuoteThenSpeakerPattern(),
        new SpeakerThenQuotePattern(),
        // Each sentence (headings: the first two only).
        new ColonSourcePattern(),
        new HeadlineCuePattern(),
        new CounterPattern(),
        new AccordingToPattern(),
        new RaisingVerbPattern(),
        new AskedPattern(),
        // Each cue word of a body sentence, offered in this order until one takes it.
        new ParticiplePattern(),
        new RelativeClauseCuePattern(),
        new InvertedSpeakerAfterPattern(),
        new CueFirstPattern(),
        new SpeakerAfterPattern(),
        // After the cues: a speaker inside the clause ("In a statement, Cruz said …") is the better source.
        new InPollPattern(),
        new AsReportedByPattern(),
        new ThatsAccordingToPattern(),
        new ReportedByPattern(),
        new StatementReleasePattern(),
        new SelfDescribedPattern(),
        new ThatComplementPattern(),
        // The whole document.
        new QuoteContinuesReportPattern(),
    ]);

    /// <summary><paramref name="patterns"/> without the patterns of type <typeparamref name="TPattern"/>.</summary>
    public static IReadOnlyList<IAttributionPattern> Remove<TPattern>(IEnumerable<IAttributionPattern> patterns) where TPattern : IAttributionPattern
    {
        ArgumentNullException.ThrowIfNull(patterns);
        return patterns.Where(p => p is not TPattern).ToArray();
    }

    /// <summary><paramref name="patterns"/> with the first pattern of type <typeparamref name="TPattern"/> replaced.</summary>
    /// <exception cref="InvalidOperationException">No pattern of that type is in the list.</exception>
    public static IReadOnlyList<IAttributionPattern> Replace<TPattern>(IEnumerable<IAttributionPattern> patterns, IAttributionPattern pattern)
        where TPattern : IAttributionPattern => Edit<TPattern>(patterns, pattern, 0, replace: true);

    /// <summary><paramref name="patterns"/> with <paramref name="pattern"/> before the first of type <typeparamref name="TPattern"/>.</summary>
    /// <exception cref="InvalidOperationException">No pattern of that type is in the list.</exception>
    public static IReadOnlyList<IAttributionPattern> InsertBefore<TPattern>(IEnumerable<IAttributionPattern> patterns, IAttributionPattern pattern)
        where TPattern : IAttributionPattern => Edit<TPattern>(patterns, pattern, 0, replace: false);

    /// <summary><paramref name="patterns"/> with <paramref name="pattern"/> after the first of type <typeparamref name="TPattern"/>.</summary>
    /// <exception cref="InvalidOperationException">No pattern of that type is in the list.</exception>
    public static IReadOnlyList<IAttributionPattern> InsertAfter<TPattern>(IEnumerable<IAttributionPattern> patterns, IAttributionPattern pattern)
        where TPattern : IAttributionPattern => Edit<TPattern>(patterns, pattern, 1, replace: false);

    private static IAttributionPattern[] Edit<TPattern>(IEnumerable<IAttributionPattern> patterns, IAttributionPattern pattern, int offset, bool replace)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        ArgumentNullException.ThrowIfNull(pattern);
        var list = patterns.ToList();
        int index = list.FindIndex(p => p is TPattern);
        if (index < 0) throw new InvalidOperationException($"no attribution pattern of type {typeof(TPattern).Name} in the list");
        if (replace) list[index] = pattern;
        else list.Insert(index + offset, pattern);
        return [.. list];
    }
}
