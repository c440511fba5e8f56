namespace Claims.Attribution.Patterns;

/// <summary>
/// What <see cref="InvertedSpeakerAfterPattern"/> and <see cref="SpeakerAfterPattern"/> share: which cues may close
/// their content, and the content around a speaker clause once the clause is found.
/// </summary>
internal static class ReportBeforeSpeaker
{
    /// <summary>Verbs of saying, findings after a poll or study ("…, the poll found.") and "think"/"believe".</summary>
    public static bool Accepts(AttributionDraft d, int cue, CueEntry entry)
    {
        if (entry.Class == CueClass.Finding && !(d.IsWord(cue - 1) && Words.FindingHeads.Contains(d.Word(cue - 1)))) return false;
        return entry.Class is CueClass.Speech or CueClass.Finding || entry.Lemma is "think" or "believe";
    }

    /// <summary>
    /// "As", opening the writer's own clause after a speaker clause ("…, X said, as they bristled at …"). Not "because",
    /// "since", "while": PolNeAR train annotates those clauses as part of the report more often than not.
    /// </summary>
    private static readonly WordSet WriterClauses = new("as");

    /// <summary>The most tokens of a dateline ("WASHINGTON ―", "NEW YORK, N.Y. —") before its dash.</summary>
    internal const int MaxDatelineTokens = 6;

    /// <summary>
    /// The token after a dateline that opens the sentence at <paramref name="first"/>: an upper-case word of three letters
    /// or more, then words, commas and periods only, then a dash, before <paramref name="limit"/>; <paramref name="first"/> otherwise.
    /// </summary>
    internal static int SkipDateline(AttributionDraft d, int first, int limit)
    {
        if (!d.IsWord(first) || d.Word(first) is var head && (head.Length < 3 || head.ContainsAnyInRange('a', 'z'))) return first;
        for (int k = first + 1; k < limit && k - first <= MaxDatelineTokens; k++)
        {
            if (d.IsPunct(k, '―') || d.IsPunct(k, '—') || d.IsPunct(k, '–')) return k + 1 < limit ? k + 1 : first;
            if (!d.IsWord(k) && !d.IsPunct(k, ',') && !d.IsPunct(k, '.')) return first;
        }
        return first;
    }

    /// <summary>
    /// Adds the content of a speaker clause that runs from <paramref name="leftComma"/> (the comma before it, or
    /// before <paramref name="first"/> for a sentence-opening "As X put it,") to <paramref name="after"/> (the token
    /// after the clause): the words before the clause, the words after it, or the whole sentence around it.
    /// </summary>
    public static bool Attribute(AttributionDraft d, int first, int end, int cue, int cueEnd, TextSpan? source, string? via, int leftComma, int after)
    {
        int last = d.ContentLast(first, end);
        int opening = SkipDateline(d, first, leftComma);
        if (leftComma < first)
        {
            // "As X put it, CONTENT."
            if (!d.IsPunct(after, ',')) return false;
            if (last - after < 3) return false;
            d.Add(d.SpanOf(after + 1, last), cue, cueEnd, source, ClaimKind.Indirect, via);
            return true;
        }
        TextSpan content;
        // "…, political analysts say; in 2012, …": a semicolon closes the speaker clause like a period.
        if (after >= end || d.IsTerminator(after) || after > last || d.IsPunct(after, ';'))
        {
            if (leftComma - opening < 3) return false;
            content = d.SpanOf(opening, leftComma - 1);
        }
        else if (d.IsPunct(after, ',') && (d.IsSpeechParticiple(after + 1) || d.IsWord(after + 1) && WriterClauses.Contains(d.Word(after + 1)))
                 && leftComma - opening >= 3)
        {
            // "…, a Chinese official said, adding that …": the participle opens a second report (found by
            // ParticiplePattern), so this one ends before the speaker clause; so does "…, lawmakers said Friday, as they
            // bristled at …" (a subordinate clause of the writer's).
            content = d.SpanOf(opening, leftComma - 1);
        }
        else if (d.IsPunct(after, ',') && d.IsFrontedAdverbial(first, leftComma) && last - after >= 3)
        {
            // "And yet, Mrs. Clinton’s aides say, Syria remains …": the opening connective or time phrase is the
            // writer's, the report is the clause after the speaker.
            content = d.SpanOf(after + 1, last);
        }
        else if (d.IsPunct(after, ','))
        {
            if (last - first < 5) return false;
            content = d.SpanOf(first, last); // parenthetical: "The economy, he said, is improving."
        }
        else
            return false;
        d.Add(content, cue, cueEnd, source, ClaimKind.Indirect, via);
        return true;
    }

    /// <summary>Whether the cue follows a comma or dash inside its sentence (", said the official").</summary>
    public static bool FollowsComma(AttributionDraft d, int first, int cue) =>
        cue - 1 >= first && (d.IsPunct(cue - 1, ',') || d.IsPunct(cue - 1, '—'));
}
