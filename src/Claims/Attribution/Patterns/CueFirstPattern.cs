using Claims.Segmentation;

namespace Claims.Attribution.Patterns;

/// <summary>SOURCE [aux] CUE [adverbials] [that] CONTENT.</summary>
public sealed class CueFirstPattern : ICuePattern
{
    /// <inheritdoc />
    public string Name => "cue-first";

    /// <inheritdoc />
    public bool TryAttribute(AttributionDraft draft, SentenceTokens sentence, CueMatch cue)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return TryCueFirst(draft, sentence.First, sentence.End, cue.First, cue.Last, cue.Entry);
    }

    internal static bool TryCueFirst(AttributionDraft d, int first, int end, int cue, int cueEnd, CueEntry entry)
    {
        if (cue == first) return false;
        if (entry.Lemma.StartsWith("call", StringComparison.Ordinal) && d.IsNaming(cue)) return false;
        // "He went on to say …": the whole phrase is the cue and the subject stands before "went".
        int verb = cue;
        if (entry.Class == CueClass.Speech && cue - 3 > first && d.Is(cue - 1, "to") && d.Is(cue - 2, "on")
            && (d.Is(cue - 3, "went") || d.Is(cue - 3, "goes") || d.Is(cue - 3, "go") || d.Is(cue - 3, "going")))
            verb = cue - 3;
        int srcLast = d.SkipAuxiliariesBack(verb - 1, first);
        // Progressive: "has been warning", "is saying".
        if (srcLast >= first && d.Word(cue).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && Words.BeForms.Contains(d.Word(srcLast)))
            srcLast = d.SkipAuxiliariesBack(srcLast - 1, first);
        bool impersonal = false;
        TextSpan? source = null;
        string? via = null;
        int cueFirst = verb;
        // Passive and impersonal: "it was reported that", "it is believed that".
        int itAt = srcLast >= first && d.Is(srcLast, "been") ? d.SkipAuxiliariesBack(srcLast - 1, first) : srcLast - 1;
        if (srcLast >= first && Words.BeForms.Contains(d.Word(srcLast)) && itAt >= first
            && (d.Is(itAt, "it") || d.Is(srcLast, "been") && (d.Is(itAt, "it’s") || d.Is(itAt, "it's"))))
        {
            // "it has been reported", "It’s been reported that …" too.
            impersonal = true;
            cueFirst = d.Is(srcLast, "been") ? itAt + (d.Is(itAt, "it") ? 1 : 0) : srcLast;
        }
        else if (srcLast >= first && Words.BeForms.Contains(d.Word(srcLast)))
            return false; // passive with a real subject ("the meeting was reported"): not an attribution
        else if (srcLast < first || !(d.ValidHead(srcLast) || d.IsPunct(srcLast, ',') || d.IsPunct(srcLast, '—') || d.IsPunct(srcLast, '–') || d.IsPunct(srcLast, '-') || d.Is(srcLast, "who")
                 || d.Is(srcLast, "which") && d.IsPunct(srcLast - 1, ',') || d.Is(srcLast, "and") || d.Is(srcLast, "but")))
            return false;
        else if (!d.TrySourceBefore(verb, out source, out via))
            return false;
        if (source is { } sp && !d.IsPlausibleSubject(sp, verb, entry)) return false;

        int contentStart = ContentStart(d, cueEnd, end, entry, impersonal, out int that);
        if (contentStart < 0) return false;
        int last = d.ContentLast(contentStart, end);
        last = d.StopAtTrailingCue(contentStart, last);
        if (entry.ObjectOnly) last = d.ObjectEnd(contentStart, last);
        if (d.Is(srcLast, "who") || d.Is(srcLast, "which"))
        {
            // "Mr. Trump, who said last week that …, issued …": the relative clause ends at the next comma.
            for (int k = contentStart + 2; k < last; k++)
                if (d.IsPunct(k, ',')) { last = k - 1; break; }
        }
        // "46 percent said yes, compared with …": a one-word answer is the whole report.
        bool answer = entry.Lemma == "say" && (d.Is(contentStart, "yes") || d.Is(contentStart, "no")) && !d.IsWord(contentStart + 1);
        if (answer) last = contentStart;
        if (last - contentStart < (entry.ObjectOnly || answer ? 0 : 1)) return false;
        if (entry.Class == CueClass.Finding && that < 0 && !d.HasFindingSubject(cue))
            return false;
        d.Add(d.SpanOf(contentStart, last), cueFirst, cueEnd, source, ClaimKind.Indirect, via);
        return true;
    }

    // Where the content starts after the cue: at a "that" within nine tokens, else (never for an impersonal "it was
    // reported") after the addressee or the adverbials; -1 when there is none.
    private static int ContentStart(AttributionDraft d, int cueEnd, int end, CueEntry entry, bool impersonal, out int that)
    {
        that = -1;
        int limit = end;
        int c = cueEnd + 1;
        if (c >= end) return -1;
        that = d.FindThat(c, Math.Min(end, c + 9));
        if (that >= 0) return that;
        if (impersonal) return -1;
        // "asked the congregation to stand": the addressee belongs to the content of a request.
        c = entry.Lemma == "ask" && d.InfinitiveFollows(c) ? c
            : entry.Lemma is "tell" or "ask" ? d.SkipAddressee(c, limit, stopAtThat: true) : d.SkipAdverbials(c, limit);
        // "told The Post and Courier newspaper of Charleston on Saturday that …", "told POLITICO, however, that …".
        if (entry.Lemma == "tell" && d.FindThat(c, Math.Min(end, c + 8)) is var toldThat && toldThat >= 0) c = toldThat;
        // "went on to say, “…”", "told reporters in Nashua, “…”": the quotation after the comma is the content.
        if (entry.Class == CueClass.Speech && d.IsPunct(c, ',') && c + 1 < end && d.Tokens[c + 1].Kind == TokenKind.Quote) c++;
        if (c >= end) return -1;
        // "asked the 2016 Democratic contender if …", "asked Trump about statements …": a longer addressee
        // before the question.
        if (entry.Lemma == "ask" && !d.OpensContent(c, entry)) c = d.QuestionAfterAddressee(cueEnd + 1, end);
        if (c < 0 || c >= end || !d.OpensContent(c, entry) && !(entry.Lemma == "ask" && d.Is(c, "about"))) return -1;
        return c;
    }
}
