namespace Claims.Attribution.Patterns;

/// <summary>
/// A cue inside a relative clause whose gap is the subject or object of the reported words: "which he said were
/// evenly split", "who many feel need a strong showing", "what he called “a disaster”", "which he described as his
/// second home". The content runs from the relative word to the clause end; the source is the short noun phrase
/// between them.
/// </summary>
public sealed class RelativeClauseCuePattern : ICuePattern
{
    /// <inheritdoc />
    public string Name => "relative-clause";

    /// <inheritdoc />
    public bool TryAttribute(AttributionDraft draft, SentenceTokens sentence, CueMatch cue)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return TryEmbeddedRelative(draft, sentence.First, sentence.End, cue.First, cue.Last, cue.Entry);
    }

    private static bool TryEmbeddedRelative(AttributionDraft d, int first, int end, int cue, int cueEnd, CueEntry entry)
    {
        // The relative word and the source: "which he", "which critics", "which an FBI investigation".
        int rel = -1;
        for (int j = cue - 1; j >= first && cue - j <= 5; j--)
        {
            if (d.Is(j, "which") || d.Is(j, "what") || d.Is(j, "who") || d.Is(j, "whom") || d.Is(j, "that")) { rel = j; break; }
            if (d.IsAbbreviationPeriod(j)) continue; // "what Mr. Hedge called"
            if (!d.IsWord(j) || Words.SourceBoundary.Contains(d.Word(j)) && !d.Is(j, "also")) return false;
        }
        if (rel < 0 || rel + 1 >= cue) return false;
        int srcLast = d.SkipAuxiliariesBack(cue - 1, rel + 1);
        if (srcLast <= rel || !d.ValidHead(srcLast) && !d.Is(srcLast, "many")) return false;
        // A clause subject: a pronoun, a name or a determiner phrase.
        int srcFirst = rel + 1;
        if (!(Words.Pronouns.Contains(d.Word(srcFirst)) || d.IsCapitalized(srcFirst) || Words.Determiners.Contains(d.Word(srcFirst)) || d.Is(srcFirst, "critics")
              || d.Is(srcFirst, "officials") || d.Is(srcFirst, "experts") || d.Is(srcFirst, "analysts"))) return false;
        int next = cueEnd + 1;
        if (next >= end) return false;
        bool naming = entry.Lemma is "call" or "describe" or "dub" or "label" or "term" or "refer to";
        if (naming)
        {
            // "what he called “…”", "which he described as …".
            if (entry.Lemma == "describe" && !d.Is(next, "as")) return false;
        }
        else
        {
            // The gap is the subject of the reported clause: a verb follows the cue.
            if (entry.Class is not (CueClass.Speech or CueClass.Belief)) return false;
            bool verb = Words.BeForms.Contains(d.Word(next)) || d.Is(next, "will") || d.Is(next, "would") || d.Is(next, "could") || d.Is(next, "can")
                || d.Is(next, "should") || d.Is(next, "may") || d.Is(next, "might") || d.Is(next, "must") || d.Is(next, "has") || d.Is(next, "have")
                || d.Is(next, "had") || d.Is(next, "need") || d.Is(next, "needs")
                || d.IsWord(next) && !d.IsCapitalized(next) && d.Word(next).EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !d.Is(next, "that");
            if (!verb) return false;
        }
        int last = d.ContentLast(next, end);
        for (int j = next + 1; j < last; j++)
            if (d.IsPunct(j, ',') || d.IsPunct(j, ';') || d.IsPunct(j, '—') || d.IsPunct(j, '(')) { last = j - 1; break; }
        if (last < next) return false;
        d.Add(d.SpanOf(rel, last), cue, cueEnd, d.SpanOf(srcFirst, srcLast), ClaimKind.Indirect);
        return true;
    }
}
