namespace Claims.Attribution.Patterns;

/// <summary>
/// "As reported by Western Journalism, CONTENT" / "As first reported by the Times, CONTENT": the passive "as"
/// clause opening the sentence names the source; the clause after its comma is the content.
/// </summary>
public sealed class AsReportedByPattern : ISentencePattern
{
    /// <inheritdoc />
    public string Name => "as-reported-by";

    /// <inheritdoc />
    public SentenceKinds Reads => SentenceKinds.Body;

    /// <inheritdoc />
    public void Attribute(AttributionDraft draft, SentenceTokens sentence)
    {
        ArgumentNullException.ThrowIfNull(draft);
        Find(draft, sentence.First, sentence.End);
    }

    private static void Find(AttributionDraft d, int first, int end)
    {
        int k = first;
        if (!d.Is(k, "as")) return;
        int cue = k + 1;
        if (d.Is(cue, "first") || d.Is(cue, "previously") || d.Is(cue, "originally")) cue++;
        if (!(d.CueAt(cue, out _) is { Class: CueClass.Speech or CueClass.Finding }) || !d.Word(cue).EndsWith("ed", StringComparison.OrdinalIgnoreCase) || !d.Is(cue + 1, "by")) return;
        int srcEnd = d.ClauseEnd(cue + 2, Math.Min(end, cue + 2 + PatternLimits.MaxSourceTokens));
        if (srcEnd <= cue + 2 || !d.IsPunct(srcEnd, ',')) return;
        int last = d.ContentLast(srcEnd + 1, end);
        if (last - (srcEnd + 1) < 2) return;
        d.Add(d.SpanOf(srcEnd + 1, last), k, cue, d.SpanOf(cue + 2, srcEnd - 1), ClaimKind.Indirect);
    }
}
