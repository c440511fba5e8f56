using Claims.Segmentation;

namespace Claims.Attribution.Patterns;

/// <summary>Where a content starts and ends: the complementizer, adverbials and addressees after a cue, and the trailing clauses that end a content.</summary>
internal static class ContentPhrases
{
    /// <summary>
    /// Last token of the content: before the final terminator and closing marks. Run-on "sentences" (no
    /// punctuation for pages) are cut at <see cref="PatternLimits.MaxContentTokens"/> so every cue costs bounded work.
    /// </summary>
    internal static int ContentLast(this AttributionDraft d, int first, int end)
    {
        int last = Math.Min(end, first + PatternLimits.MaxContentTokens) - 1;
        while (last > first && (d.IsTerminator(last) || d.Tokens[last].Kind == TokenKind.Quote || d.IsPunct(last, ')') || d.IsPunct(last, '\''))) last--;
        return last;
    }

    /// <summary>Cuts content before a trailing ", adding …" / ", saying …" / ", according to …".</summary>
    internal static int StopAtTrailingCue(this AttributionDraft d, int first, int last)
    {
        for (int k = first + 1; k <= last; k++)
        {
            // Every test below needs "and" or "but" at k, or a comma, dash or semicolon right before it: any other
            // token is passed at once (a cue's content is scanned up to MaxContentTokens, for every cue).
            if (!d.IsClauseMark(k - 1) && !d.Is(k, "and") && !d.Is(k, "but")) continue;
            // A coordinated second cue ends the content: "said that …, but cautioned …", "and tells the crowd …".
            if ((d.Is(k, "and") || d.Is(k, "but")) && k + 1 <= last && !d.IsCapitalized(k + 1) && d.Cues.Find(d.Word(k + 1)) is not null
                && !d.Word(k + 1).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && k - 1 > first + 1)
                return d.IsPunct(k - 1, ',') ? k - 2 : k - 1;
            // A participle or comparison clause after a comma is the writer's addition: ", claiming …", ", compared with …".
            if (d.IsPunct(k - 1, ',') && k - 2 > first + 2 && d.IsWord(k) && !d.IsCapitalized(k)
                && (d.Is(k, "however") || d.Is(k, "compared")))
                return k - 2;
            if ((d.IsPunct(k - 1, '—') || d.IsPunct(k - 1, '–')) && d.Cues.Find(d.Word(k)) is { Class: CueClass.Speech } && k - 2 > first)
                return k - 2;
            // "…; 26 percent of Democrats say …": a clause after a semicolon with its own speaker.
            if (d.IsPunct(k - 1, ';') && k - 2 > first + 1 && d.SpeakerClauseFollows(k, last))
                return k - 2;
            if (!d.IsPunct(k - 1, ',')) continue;
            var w = d.Word(k);
            // ", calling it “an incredible feat”": "calling" opens its own attribution (other participles such as
            // ", citing its price" stay inside the clause, as PolNeAR annotates them).
            if (d.Is(k, "calling") && k - 2 > first)
                return k - 2;
            if (d.Cues.Find(w) is { Class: CueClass.Speech } && k - 2 > first)
                return k - 2; // ", adding …", ", said one candidate …": the content ends at the comma
            if (d.Is(k, "according") && d.Is(k + 1, "to") && !d.Is(k - 2, "that")) return k - 2;
            if (d.Is(k, "contrary") && d.Is(k + 1, "to")) return k - 2;
            // A contrasting clause is the author's or another voice: ", but …", ", while …".
            if ((d.Is(k, "but") || d.Is(k, "while") || d.Is(k, "whereas") || d.Is(k, "although") || d.Is(k, "though")) && k - 2 > first + 2)
                return k - 2;
            // Another attribution starts: ", Lewandowski said …".
            for (int j = k + 1; j <= Math.Min(last, k + 3); j++)
                if (d.Cues.Find(d.Word(j)) is { Class: CueClass.Speech } && (d.IsCapitalized(k) || Words.Pronouns.Contains(d.Word(k))) && k - 2 > first + 2)
                    return k - 2;
            // A second speaker's own report: ", and Ms. Acosta said …", ", the candidate said …", ", and more than 4 in
            // 10 said …" (a subject of a few words, then a finite verb of saying).
            if (k - 2 > first + 1 && d.SpeakerClauseFollows(d.Is(k, "and") || d.Is(k, "but") ? k + 1 : k, last))
                return k - 2;
        }
        return last;
    }

    /// <summary>
    /// Whether a short subject (a name, pronoun, determiner or number phrase of at most six words) and a finite verb
    /// of saying open at <paramref name="h"/>: "Ms. Acosta said", "the candidate said", "more than 4 in 10 said".
    /// </summary>
    internal static bool SpeakerClauseFollows(this AttributionDraft d, int h, int last)
    {
        if (h > last || !d.IsWord(h)) return false;
        if (!(d.IsCapitalized(h) || Words.Pronouns.Contains(d.Word(h)) || Words.Determiners.Contains(d.Word(h)) || d.Tokens[h].Kind == TokenKind.Number
            || d.Is(h, "more") || d.Is(h, "most") || d.Is(h, "many") || d.Is(h, "half")))
            return false;
        for (int j = h + 1; j <= Math.Min(last, h + 6); j++)
        {
            if (d.IsAbbreviationPeriod(j) || d.IsPunct(j, '.') && d.IsGluedPeriod(j)) continue;
            if (!d.IsWord(j)) return false;
            var w = d.Word(j);
            if (d.Cues.Find(w) is { Class: CueClass.Speech } && !d.IsCapitalized(j))
                return !w.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !d.Is(j - 1, "to")
                    && (w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || w.EndsWith("s", StringComparison.OrdinalIgnoreCase)
                        || d.Is(j, "said") || d.Is(j, "told") || d.Is(j, "wrote") || d.Is(j, "say") && (Words.Pronouns.Contains(d.Word(j - 1)) || d.Word(j - 1).EndsWith("s", StringComparison.OrdinalIgnoreCase)));
            if (Words.CueModifiers.Contains(w)) continue; // "Ms. Acosta also said", "he has said"
            if (Words.SourceBoundary.Contains(w)) return false;
        }
        return false;
    }

    internal static int FindThat(this AttributionDraft d, int k, int limit)
    {
        if (d.IsPunct(k, ',') && d.Is(k + 1, "that")) return k + 1; // "He added, that …"
        // "He said, however, that …": a parenthetical adverb between commas.
        if (d.IsPunct(k, ',') && d.IsWord(k + 1) && d.IsPunct(k + 2, ',') && d.Is(k + 3, "that") && d.Word(k + 1).Length > 3 && !d.IsCapitalized(k + 1)) return k + 3;
        for (; k < limit; k++)
        {
            // "that" closing the clause is a pronoun ("to accomplish that."), not a complementizer.
            if (d.Is(k, "that")) return d.IsWord(k + 1) || d.Tokens.Count > k + 1 && d.Tokens[k + 1].Kind == TokenKind.Quote ? k : -1;
            if (!d.IsWord(k)) return -1;
            // Adverbials only: a second verb or a clause would have to come first ("says he introduced … that").
            if (d.Is(k, "which") || d.Is(k, "who") || Words.Pronouns.Contains(d.Word(k))) return -1;
        }
        return -1;
    }

    internal static int SkipAdverbials(this AttributionDraft d, int k, int limit)
    {
        // "said Tuesday", "said on Monday", "said last week", "said in a statement" (without "that").
        for (int guard = 0; guard < 2 && k < limit; guard++)
        {
            if (d.IsDay(k)) { k++; if (d.IsTimeOfDay(k)) k++; continue; }
            if ((d.Is(k, "on") || d.Is(k, "last") || d.Is(k, "this")) && d.IsDay(k + 1)) { k += 2; continue; }
            if ((d.Is(k, "last") || d.Is(k, "this")) && (d.Is(k + 1, "week") || d.Is(k + 1, "month") || d.Is(k + 1, "year"))) { k += 2; continue; }
            if (d.Is(k, "earlier") || d.Is(k, "later") || d.Is(k, "recently") || d.Is(k, "repeatedly") || d.Is(k, "privately") || d.Is(k, "publicly")) { k++; continue; }
            break;
        }
        return k;
    }

    /// <summary>
    /// Skips the addressee of "told" ("told CNN", "told reporters on Monday", "told The Washington Post"); a day name is
    /// a time, not an addressee ("said Friday afternoon").
    /// </summary>
    internal static int SkipAddressee(this AttributionDraft d, int k, int limit, bool stopAtThat)
    {
        int start = k;
        while (k < limit && k - start < 6 && d.IsWord(k) && !(stopAtThat && d.Is(k, "that")) && !d.IsDay(k))
        {
            if (d.IsCapitalized(k) || Words.Addressees.Contains(d.Word(k)) || d.Is(k, "of")) { k++; continue; }
            break;
        }
        return d.SkipAdverbials(k, limit);
    }

    /// <summary>
    /// Skips a short prepositional adverbial up to the clause end ("at the time", "in a tweet", "last week in Tel
    /// Aviv") when nothing in it reads as a verb; otherwise returns <paramref name="k"/>.
    /// </summary>
    internal static int SkipAdverbialPhrase(this AttributionDraft d, int k, int end)
    {
        if (!(d.Is(k, "in") || d.Is(k, "at") || d.Is(k, "on") || d.Is(k, "during") || d.Is(k, "after") || d.Is(k, "last") || d.Is(k, "this") || d.Is(k, "of") || d.Is(k, "to") || d.Is(k, "with"))) return k;
        int j = k;
        while (j < end && j - k < 9 && (d.IsWord(j) || d.IsAbbreviationPeriod(j) || d.Tokens[j].Kind == TokenKind.Quote))
        {
            if (Words.BeForms.Contains(d.Word(j)) || d.Is(j, "that") || d.Is(j, "would") || d.Is(j, "will") || d.Is(j, "could") || Words.Pronouns.Contains(d.Word(j)) && !d.Is(j, "it")) return k;
            j++;
        }
        return j < end && (d.IsPunct(j, ',') || d.IsTerminator(j)) || j >= end ? j : k;
    }

    /// <summary>
    /// Last token of the object noun phrase opening at <paramref name="start"/>: before punctuation, a preposition
    /// other than "of", a time word or a clause opener ("endorsed Mr. Trump at a news conference" → "Mr. Trump").
    /// </summary>
    internal static int ObjectEnd(this AttributionDraft d, int start, int last)
    {
        for (int k = start + 1; k <= last; k++)
        {
            if (d.IsAbbreviationPeriod(k) || d.IsPunct(k, '\'') || d.IsPunct(k, '’') || d.IsPunct(k, '-')) continue;
            if (!d.IsWord(k)) return k - 1;
            if ((Words.Prepositions.Contains(d.Word(k)) && !d.Is(k, "of")) || Words.ClauseOpeners.Contains(d.Word(k)) || d.IsDay(k)
                || d.Is(k, "last") || d.Is(k, "this") || d.Is(k, "earlier") || d.Is(k, "during") || d.Is(k, "who") || d.Is(k, "which"))
                return k - 1;
        }
        return last;
    }

    /// <summary>
    /// The "whether"/"if"/wh-word or "about" that opens the question after an addressee of up to eight words
    /// ("asked former Attorney General Eric Holder whether …"), or -1.
    /// </summary>
    internal static int QuestionAfterAddressee(this AttributionDraft d, int k, int end)
    {
        for (int j = k + 1; j < end && j - k <= 8; j++)
        {
            if (d.IsAbbreviationPeriod(j)) continue;
            if (!d.IsWord(j)) return -1;
            if (d.Is(j, "whether") || d.Is(j, "if") || d.Is(j, "why") || d.Is(j, "how") || d.Is(j, "about")) return j;
            if (Words.SourceBoundary.Contains(d.Word(j)) || Words.BeForms.Contains(d.Word(j))) return -1;
        }
        return -1;
    }

    internal static int SkipAdverbsBack(this AttributionDraft d, int k, int first)
    {
        while (k > first && d.IsWord(k) && (d.Is(k, "not") || d.Is(k, "very") || d.Is(k, "also") || d.Is(k, "still") || d.Is(k, "so") || d.Is(k, "quite")
               || d.Is(k, "increasingly") || d.Is(k, "fully") || d.Is(k, "absolutely") || d.Is(k, "deeply"))) k--;
        return k;
    }
}
