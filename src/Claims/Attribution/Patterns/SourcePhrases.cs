namespace Claims.Attribution.Patterns;

/// <summary>The source noun phrase of a cue: before it ("Dmitriev, the Kremlin envoy, said"), after it ("said Ushakov"), its head and its "quoted by" part.</summary>
internal static class SourcePhrases
{
    internal static bool TrySourceBefore(this AttributionDraft d, int cue, out TextSpan? source, out string? via)
    {
        source = null; via = null;
        int sent = d.Document.SentenceIndexAt(d.Tokens[cue].Start);
        int first = sent >= 0 ? d.Document.TokenRange(d.Document.Sentences[sent].Span).Start.Value : 0;
        int last = d.SkipAuxiliariesBack(cue - 1, first);
        if (last >= first && d.Word(cue).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && Words.BeForms.Contains(d.Word(last)))
            last = d.SkipAuxiliariesBack(last - 1, first); // progressive: "has been warning"
        if (last < first) return false;
        if (d.IsPunct(last, ',') || d.IsPunct(last, '—') || d.IsPunct(last, '–') || d.IsPunct(last, '-'))
        {
            // Appositive or relative clause: "Dmitriev, the Kremlin envoy, said" / "X, who …, …, said": the subject
            // is the noun phrase before one of the earlier commas that opens the sentence or a clause.
            int k = last - 1;
            bool found = false;
            while (k >= first && last - k < 45)
            {
                if ((d.IsPunct(k, ',') || d.IsPunct(k, '—') || d.IsPunct(k, '–') || d.IsPunct(k, '-') && k + 1 < d.Tokens.Count && d.Tokens[k + 1].Start > d.Tokens[k].End)
                    && k - 1 >= first)
                {
                    int head = d.SkipAuxiliariesBack(k - 1, first); // steps over "(D-Va.)"
                    if (head < first || !d.ValidHead(head)) { k--; continue; }
                    int np = d.SourceStart(head, first);
                    if (np == first || !d.IsWord(np - 1) || Words.SourceBoundary.Contains(d.Word(np - 1)))
                    {
                        last = head;
                        found = true;
                        break;
                    }
                }
                // "R-S.C.," ends in a period that an abbreviation's comma follows: not the sentence end.
                if (d.IsTerminator(k) && !d.IsPunct(k + 1, ',') && !d.IsAbbreviationPeriod(k)
                    && !(d.IsPunct(k, '.') && d.Tokens[k - 1].End == d.Tokens[k].Start && d.IsCapitalized(k - 1) && d.Tokens[k - 1].End - d.Tokens[k - 1].Start <= 3))
                    break; // "the No. 2 Republican": a short abbreviation inside the sentence
                k--;
            }
            if (!found) return false;
        }
        // Relative clause: "Juanita Broaddrick, who said …": the antecedent before the comma.
        if (last >= first + 2 && (d.Is(last, "who") || d.Is(last, "which")) && d.IsPunct(last - 1, ',') && d.ValidHead(last - 2))
            last -= 2;
        // Coordinated verbs: "Rubio thanked Miami and said …": the subject opening the clause.
        else if (last > first && (d.Is(last, "and") || d.Is(last, "but")) && (d.ClauseSubject(last, first) ?? d.SentenceSubject(first, last) ?? d.OpeningName(first, last) ?? d.MainSubject(first, last)) is { } subject)
        {
            source = subject;
            return true;
        }
        if (last < first || !d.ValidHead(last)) return false;
        int start = d.SourceStart(last, first);
        source = d.SourceWithVia(start, last, out via);
        return true;
    }

    internal static bool TrySourceAfter(this AttributionDraft d, int k, int end, out TextSpan? source, out string? via)
    {
        source = null; via = null;
        if (k >= end || !d.IsWord(k)) return false;
        int last = k;
        while (last + 1 < end && last + 1 - k < PatternLimits.MaxSourceTokens && (d.IsWord(last + 1) || d.IsAbbreviationPeriod(last + 1)) && !d.Is(last + 1, "who") && !d.Is(last + 1, "that")
               && !d.Is(last + 1, "in") && !d.Is(last + 1, "on") && !d.Is(last + 1, "at"))
            last++;
        if (!(d.ValidHead(last) || Words.Pronouns.Contains(d.Word(k)))) return false;
        // "said Will Doyle": a capitalized function word before another capitalized word is a name.
        if (Words.BadHeads.Contains(d.Word(k)) && !Words.Determiners.Contains(d.Word(k)) && !(d.IsCapitalized(k) && d.IsCapitalized(k + 1))) return false;
        // A source after its cue is a short noun phrase: running out of room, or a verb or pronoun inside it,
        // means this is a clause ("…, said one candidate he likes is Kasich"), not a speaker.
        if (last + 1 < end && last + 1 - k >= PatternLimits.MaxSourceTokens) return false;
        if (last + 1 < end && d.Is(last + 1, "that")) return false; // "said early Friday that …": an adverbial, then content
        for (int i = last + 1; i < end && !d.Is(i, "who") && !d.Is(i, "which") && !d.IsPunct(i, ','); i++)
            if (Words.BeForms.Contains(d.Word(i)) || d.Is(i, "could") || d.Is(i, "would") || d.Is(i, "will"))
                return false; // "said tensions in California were higher": a clause, not a speaker
        if (d.IsDay(k) || d.Is(k, "early") || d.Is(k, "late") || d.Is(k, "last") || d.Is(k, "this") || d.Is(k, "earlier") || d.Is(k, "later")) return false;
        if (last > k && Words.Pronouns.Contains(d.Word(k))) return false; // "said she hopes …" is content, not a speaker
        for (int i = k + 1; i <= last; i++)
            if (Words.BeForms.Contains(d.Word(i)) || Words.Pronouns.Contains(d.Word(i)) || d.Is(i, "could") || d.Is(i, "would") || d.Is(i, "will")
                || d.Is(i, "has") || d.Is(i, "have") || d.Is(i, "had") || d.Is(i, "can") || d.Is(i, "should"))
                return false;
        // "…, for example, said Trump continued to hurt his cause": a past verb before "to" or a determiner makes
        // the words a clause.
        for (int i = k + 1; i < last; i++)
            if (!d.IsCapitalized(i) && d.Word(i).EndsWith("ed", StringComparison.OrdinalIgnoreCase)
                && (d.Is(i + 1, "to") || d.Is(i + 1, "the") || d.Is(i + 1, "a") || d.Is(i + 1, "an") || Words.PossessivePronouns.Contains(d.Word(i + 1))))
                return false;
        source = d.SourceWithVia(k, last, out via);
        return true;
    }

    /// <summary>First token of the subject noun phrase ending at <paramref name="last"/>, or -1.</summary>
    internal static int SourceStart(this AttributionDraft d, int last, int first)
    {
        int k = last;
        while (k - 1 >= first && last - (k - 1) < PatternLimits.MaxSourceTokens)
        {
            int p = k - 1;
            if (d.IsPunct(p, '.') && p - 1 >= first && d.IsWord(p - 1) && d.Tokens[p].Start == d.Tokens[p - 1].End) { k = p - 1; continue; } // "Sen."
            if (!d.IsWord(p)) break;
            var w = d.Word(p);
            if (d.Is(p, "and") && d.IsCapitalized(p - 1) && d.IsCapitalized(k)) { k = p; continue; }
            // "sources close to her campaign", "people familiar with the talks": the phrase stays in the subject.
            if ((d.Is(p, "to") && d.Is(p - 1, "close") || d.Is(p, "with") && d.Is(p - 1, "familiar")) && p - 2 >= first && d.IsWord(p - 2)) { k = p - 1; continue; }
            if (Words.SourceBoundary.Contains(w)) break;
            if (d.Cues.Find(w) is { Class: CueClass.Speech } && !d.IsCapitalized(p)) break;
            k = p;
        }
        return k;
    }

    /// <summary>The source span, cut before "quoted by X" / "cited by X", which becomes <paramref name="via"/>.</summary>
    internal static TextSpan SourceWithVia(this AttributionDraft d, int first, int last, out string? via)
    {
        via = null;
        for (int k = first + 1; k < last; k++)
        {
            if ((d.Is(k, "quoted") || d.Is(k, "cited")) && d.Is(k + 1, "by") && k + 2 <= last)
            {
                via = d.Text[d.Tokens[k + 2].Start..d.Tokens[last].End];
                if (via.StartsWith("the ", StringComparison.Ordinal)) via = via[4..];
                return d.SpanOf(first, k - 1);
            }
        }
        return d.SpanOf(first, last);
    }

    internal static bool ValidHead(this AttributionDraft d, int k)
    {
        if (!d.IsWord(k)) return false;
        var w = d.Word(k);
        if (Words.Pronouns.Contains(w)) return true;
        // "most of them said", "some of us believe": a partitive subject.
        if ((w.Equals("them", StringComparison.OrdinalIgnoreCase) || w.Equals("us", StringComparison.OrdinalIgnoreCase)) && d.Is(k - 1, "of")) return true;
        // A capitalized function word mid-sentence is a name ("From said", "Young said").
        bool nameLike = d.IsCapitalized(k) && k > 0 && d.IsWord(k - 1) && d.Tokens[k].End - d.Tokens[k].Start > 2;
        if (Words.BadHeads.Contains(w) && !nameLike) return false;
        // A possessive is a determiner, not a subject ("Beck’s remarks", "California's plan").
        if (w.EndsWith("’s", StringComparison.Ordinal) || w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("s’", StringComparison.Ordinal)) return false;
        if (d.Cues.Find(w) is not null && !d.IsCapitalized(k)) return false;
        return true;
    }

    internal static int SkipAuxiliariesBack(this AttributionDraft d, int k, int first)
    {
        // A parenthetical right before the cue belongs to the subject: "Sen. Bernie Sanders (I-Vt.) said".
        if (d.IsPunct(k, ')'))
        {
            int open = k - 1;
            while (open > first && k - open < 12 && !d.IsPunct(open, '(')) open--;
            if (d.IsPunct(open, '(') && open - 1 >= first) k = open - 1;
        }
        while (k >= first && d.IsWord(k) && (Words.CueModifiers.Contains(d.Word(k)) && !d.Is(k, "and")
            || (d.Word(k).EndsWith("ly", StringComparison.OrdinalIgnoreCase) && !d.IsCapitalized(k) && d.Word(k).Length > 4)))
            k--;
        return k;
    }
}
