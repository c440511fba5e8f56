namespace Claims.Attribution.Patterns;

/// <summary>
/// "…, said the official." / "…, his top aide, Tad Devine, told The Huffington Post." / "The economy, said Peskov, is
/// improving.": a cue right after a comma, its speaker after it (or a role and name between commas before it); the
/// content is the clause before, after or around the speaker clause. Runs before <see cref="CueFirstPattern"/>: after
/// a comma the cue most often closes its content.
/// </summary>
public sealed class InvertedSpeakerAfterPattern : ICuePattern
{
    /// <inheritdoc />
    public string Name => "inverted-speaker-after";

    /// <inheritdoc />
    public bool TryAttribute(AttributionDraft draft, SentenceTokens sentence, CueMatch cue)
    {
        ArgumentNullException.ThrowIfNull(draft);
        int first = sentence.First, end = sentence.End, k = cue.First, cueEnd = cue.Last;
        var entry = cue.Entry;
        if (!ReportBeforeSpeaker.FollowsComma(draft, first, k) || !ReportBeforeSpeaker.Accepts(draft, k, entry)) return false;
        return TryAppositiveSpeaker(draft, first, end, k, cueEnd, entry, out bool added) ? added : TryInverted(draft, first, end, k, cueEnd, entry);
    }

    /// <summary>"…, his top aide, Tad Devine, told The Huffington Post.": a role and a name between commas, then the
    /// cue closing the sentence (after an addressee).</summary>
    private static bool TryAppositiveSpeaker(AttributionDraft d, int first, int end, int cue, int cueEnd, CueEntry entry, out bool added)
    {
        added = false;
        if (entry.Class != CueClass.Speech || !d.IsPunct(cue - 1, ',') || !d.AppositiveSpeaker(first, cue - 1, out int apFirst, out int apComma)) return false;
        int tail = d.SkipAdverbialPhrase(d.SkipAddressee(cueEnd + 1, end, stopAtThat: false), end);
        if (!((tail >= end || d.IsTerminator(tail)) && apComma - first >= 3)) return false;
        var speaker = d.SourceWithVia(apFirst, cue - 2, out var via);
        d.Add(d.SpanOf(first, apComma - 1), cue, cueEnd, speaker, ClaimKind.Indirect, via);
        added = true;
        return true;
    }

    /// <summary>", said the official.": the speaker after the cue.</summary>
    private static bool TryInverted(AttributionDraft d, int first, int end, int cue, int cueEnd, CueEntry entry)
    {
        if (!entry.Invertible) return false;
        // "Megan Hester, senior associate for …, said parents still want …": a name and its appositive before the
        // cue are the speaker; the cue opens the content (CueFirstPattern), it does not close it.
        if (d.IsNameWithAppositive(first, cue - 1)) return false;
        int clauseEnd = d.ClauseEnd(cueEnd + 1, end);
        if (clauseEnd <= cueEnd + 1 || !d.TrySourceAfter(cueEnd + 1, clauseEnd, out var source, out var via)) return false;
        return ReportBeforeSpeaker.Attribute(d, first, end, cue, cueEnd, source, via, cue - 1, clauseEnd);
    }
}
