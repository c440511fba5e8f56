namespace Claims.Attribution.Patterns;

/// <summary>
/// Headlines: "Trump Says He Will Win": a capitalized verb of saying ending in "s", read as
/// <see cref="CueFirstPattern"/> reads a body sentence; other cues in headline style are too often nouns.
/// </summary>
public sealed class HeadlineCuePattern : ISentencePattern
{
    /// <inheritdoc />
    public string Name => "headline-cue";

    /// <inheritdoc />
    public SentenceKinds Reads => SentenceKinds.Heading;

    /// <inheritdoc />
    public void Attribute(AttributionDraft draft, SentenceTokens sentence)
    {
        ArgumentNullException.ThrowIfNull(draft);
        int first = sentence.First, end = sentence.End;
        for (int k = first + 1; k < end; k++)
            if (draft.CueAt(k, out int cueEnd) is { Class: CueClass.Speech } cue && !draft.InQuote[k] && draft.IsCapitalized(k)
                && draft.Word(k).EndsWith("s", StringComparison.Ordinal))
                CueFirstPattern.TryCueFirst(draft, first, end, k, cueEnd, cue);
    }
}
