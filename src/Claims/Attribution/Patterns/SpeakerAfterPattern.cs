namespace Claims.Attribution.Patterns;

/// <summary>
/// "…, the Kremlin said." / "…, as X put it." / "As Clyburn noted, …" / "The talks, he said, were useful.": a speaker
/// and its cue after the content, set off by a comma (or opening the sentence with "as"). Runs after
/// <see cref="CueFirstPattern"/>: without a comma before it the cue most often opens its content.
/// </summary>
public sealed class SpeakerAfterPattern : ICuePattern
{
    /// <inheritdoc />
    public string Name => "speaker-after";

    /// <inheritdoc />
    public bool TryAttribute(AttributionDraft draft, SentenceTokens sentence, CueMatch cue)
    {
        ArgumentNullException.ThrowIfNull(draft);
        int first = sentence.First, end = sentence.End, k = cue.First, cueEnd = cue.Last;
        if (ReportBeforeSpeaker.FollowsComma(draft, first, k) || !ReportBeforeSpeaker.Accepts(draft, k, cue.Entry)) return false;
        var d = draft;
        int srcLast = d.SkipAuxiliariesBack(k - 1, first);
        if (srcLast < first || !d.ValidHead(srcLast)) return false;
        int srcFirst = d.SourceStart(srcLast, first);
        if (srcFirst < 0) return false;
        int leftComma = srcFirst - 1;
        bool asClause = leftComma >= first && d.Is(leftComma, "as");
        if (asClause) leftComma--;
        // "But as Clyburn noted, …": a conjunction opening the sentence before "as".
        if (asClause && leftComma == first && (d.Is(first, "but") || d.Is(first, "and") || d.Is(first, "so") || d.Is(first, "yet"))) leftComma = first - 1;
        if (!(leftComma >= first && (d.IsPunct(leftComma, ',') || d.IsPunct(leftComma, '—')))
            && !(asClause && leftComma < first))
            return false;
        var source = d.SourceWithVia(srcFirst, srcLast, out var via);
        int after = d.SkipAddressee(cueEnd + 1, end, stopAtThat: false);
        if (d.Is(after, "it") && d.Is(after - 1, "put")) after++;
        after = d.SkipAdverbialPhrase(after, end);
        return ReportBeforeSpeaker.Attribute(d, first, end, k, cueEnd, source, via, leftComma, after);
    }
}
