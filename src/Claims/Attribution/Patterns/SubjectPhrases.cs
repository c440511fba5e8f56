namespace Claims.Attribution.Patterns;

/// <summary>Sentence and clause subjects the patterns fall back on when the source is not next to the cue, and the tests that reject a subject.</summary>
internal static class SubjectPhrases
{
    /// <summary>
    /// The subject of the sentence: a name or pronoun at its start, or right after a short introductory phrase
    /// ("In a brief interview, Ms. Conway rejected …"), followed by a lower-case verb; else null.
    /// </summary>
    internal static TextSpan? SentenceSubject(this AttributionDraft d, int first, int limit)
    {
        int k = first;
        for (int i = first; i < limit && i - first < 10; i++)
            if (d.IsPunct(i, ',')) { k = i + 1; break; }
        int j = k;
        while (j < limit && (d.IsCapitalized(j) || d.IsAbbreviationPeriod(j)) && j - k < 4) j++;
        // "Kremlin aide Yury Ushakov": a lowercase role noun between two capitalized runs belongs to the subject.
        if (j > k && j + 1 < limit && d.IsWord(j) && !d.IsCapitalized(j) && d.IsCapitalized(j + 1) && !Words.SourceBoundary.Contains(d.Word(j)) && !Words.BadHeads.Contains(d.Word(j)))
        {
            int m = j + 1;
            while (m < limit && (d.IsCapitalized(m) || d.IsAbbreviationPeriod(m)) && m - j < 4) m++;
            if (m < limit && d.IsWord(m) && !d.IsCapitalized(m)) j = m;
        }
        if (j == k)
            return d.IsWord(k) && Words.Pronouns.Contains(d.Word(k)) && !d.Is(k, "it") && d.IsWord(k + 1) && !d.IsCapitalized(k + 1) ? d.SpanOf(k, k) : null;
        if (Words.Determiners.Contains(d.Word(k)) || Words.SourceBoundary.Contains(d.Word(k))) return null;
        return j < limit && d.IsWord(j) && !d.IsCapitalized(j) ? d.SpanOf(k, j - 1) : null;
    }

    /// <summary>
    /// A name opening the sentence and followed by a comma ("De Blasio, speaking on WOR710, called … and said …"),
    /// or null.
    /// </summary>
    internal static TextSpan? OpeningName(this AttributionDraft d, int first, int limit)
    {
        int j = first;
        while (j < limit && j - first < 4 && (d.IsCapitalized(j) || d.IsAbbreviationPeriod(j))) j++;
        // Followed by a comma (an appositive or participle) or a lower-case verb ("Trump further summed up …").
        if (j == first || j >= limit || !(d.IsPunct(j, ',') || d.IsWord(j) && !d.IsCapitalized(j) && !Words.SourceBoundary.Contains(d.Word(j)))) return null;
        if (Words.Determiners.Contains(d.Word(first)) || Words.SourceBoundary.Contains(d.Word(first)) || Words.BadHeads.Contains(d.Word(first))
            || Words.Adverbials.Contains(d.Word(first)) || Words.Pronouns.Contains(d.Word(first)) || d.IsDay(first)) return null;
        return d.SpanOf(first, j - 1);
    }

    /// <summary>The name or pronoun opening the clause that ends before <paramref name="and"/>, or null.</summary>
    internal static TextSpan? ClauseSubject(this AttributionDraft d, int and, int first)
    {
        int k = and - 1;
        if (d.IsPunct(k, ',')) k--;
        while (k > first && and - k < 15 && d.IsWord(k - 1) && !Words.ClauseOpeners.Contains(d.Word(k - 1))) k--;
        if (k > first && d.IsWord(k - 1) && !Words.ClauseOpeners.Contains(d.Word(k - 1))) return null;
        if (!d.IsWord(k)) return null;
        if (Words.Pronouns.Contains(d.Word(k)) && !d.Is(k, "it")) return d.SpanOf(k, k);
        // Only a main clause (after the sentence start or a comma): "the idea that the changes amounted …" is subordinate.
        if ((d.Is(k, "the") || d.Is(k, "a")) && (k == first || !d.IsWord(k - 1)))
        {
            // "the Wisconsin Republican criticized … and said …": determiner, up to four words, then a past-tense verb.
            for (int v = k + 2; v < and && v - k <= 7 && d.IsWord(v); v++)
                if (!d.IsCapitalized(v) && (d.Word(v).EndsWith("ed", StringComparison.OrdinalIgnoreCase) || d.Cues.Find(d.Word(v)) is not null))
                    return d.ValidHead(v - 1) && !Words.SourceBoundary.Contains(d.Word(v - 1)) ? d.SpanOf(k, v - 1) : null;
            return null;
        }
        if (!d.IsCapitalized(k) || Words.Determiners.Contains(d.Word(k))) return null;
        int j = k;
        while (j + 1 < and && d.IsCapitalized(j + 1) && j - k < 3) j++;
        return d.IsWord(j + 1) && !d.IsCapitalized(j + 1) ? d.SpanOf(k, j) : null;
    }

    /// <summary>
    /// The subject noun phrase of the sentence's main clause, before <paramref name="limit"/>: after an opening
    /// adverbial ("In London, …"), up to the first verb-like word ("Several Democrats cautioned …", "The president
    /// left …") or an appositive comma ("Sen. Mark Kirk, R-Ill., who …, rescinded …"); else null.
    /// </summary>
    internal static TextSpan? MainSubject(this AttributionDraft d, int first, int limit)
    {
        int k = first;
        if (d.IsWord(first) && (Words.Prepositions.Contains(d.Word(first)) || Words.Adverbials.Contains(d.Word(first)) || Words.ClauseOpeners.Contains(d.Word(first))))
        {
            int comma = -1;
            for (int j = first + 1; j < limit && j - first <= 12; j++)
                if (d.IsPunct(j, ',')) { comma = j; break; }
            if (comma < 0) return null;
            k = comma + 1;
        }
        if (!d.IsWord(k) || Words.BadHeads.Contains(d.Word(k)) && !Words.Determiners.Contains(d.Word(k)) && !d.Is(k, "the")) return null;
        int end = k;
        while (end < limit && end - k < 8)
        {
            if (d.IsAbbreviationPeriod(end) || d.IsPunct(end, '\'') || d.IsPunct(end, '’')) { end++; continue; }
            if (!d.IsWord(end)) break;
            var w = d.Word(end);
            bool lower = !d.IsCapitalized(end);
            if (end > k && lower && (w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || d.Cues.Find(w) is not null
                || Words.CueModifiers.Contains(w) || Words.BeForms.Contains(w) || Words.SourceBoundary.Contains(w) || IsIrregularVerb(w)))
                break;
            end++;
        }
        if (end == k || end >= limit) return null;
        // A verb-like word or an appositive comma must follow the phrase.
        if (!(d.IsWord(end) || d.IsPunct(end, ',') || d.IsPunct(end, '('))) return null;
        if (d.IsWord(end) && Words.SourceBoundary.Contains(d.Word(end)) && !d.Is(end, "has") && !d.Is(end, "had") && !d.Is(end, "have")) return null;
        int head = end - 1;
        while (head > k && !d.IsWord(head)) head--;
        if (!d.ValidHead(head) || Words.Determiners.Contains(d.Word(head)) && !Words.Pronouns.Contains(d.Word(head))) return null;
        return d.SpanOf(k, head);
    }

    /// <summary>An irregular verb form from WordNet's exception list ("left", "took"); called on fallbacks only.</summary>
    internal static bool IsIrregularVerb(ReadOnlySpan<char> w)
    {
        string lower = w.ToString().ToLowerInvariant();
        return !string.Equals(Claims.Text.VerbLemmas.Default.Lemma(lower), lower, StringComparison.Ordinal);
    }

    /// <summary>
    /// Rejects subjects that make the cue a noun or a non-speech sense: "his campaign claim that …" (a possessive
    /// determiner before a present-tense form), "Dmitriev’s visit suggests …" / "the discussions with Witkoff suggest
    /// …" (a common-noun thing, not a speaker, with "suggest"/"indicate").
    /// </summary>
    internal static bool IsPlausibleSubject(this AttributionDraft d, TextSpan source, int cue, CueEntry entry)
    {
        var range = d.Document.TokenRange(source);
        int s = range.Start.Value, e = range.End.Value - 1;
        if (s > e) return true;
        bool past = d.Word(cue).EndsWith("ed", StringComparison.OrdinalIgnoreCase) || d.Is(cue, "said") || d.Is(cue, "told") || d.Is(cue, "wrote") || d.Is(cue, "thought") || d.Is(cue, "found") || d.Is(cue, "sought");
        // "his campaign claim": a singular possessed noun before a bare form is a compound noun, not a clause.
        bool bare = !past && !d.Word(cue).EndsWith("s", StringComparison.OrdinalIgnoreCase) && !d.Word(cue).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
        if (bare && !d.Word(e).EndsWith("s", StringComparison.OrdinalIgnoreCase) && (d.Is(s, "his") || d.Is(s, "her") || d.Is(s, "their") || d.Is(s, "its") || d.Is(s, "our") || d.Is(s, "my")) && e > s
            && !d.Is(e, "aides") && !d.Is(e, "allies") && !d.Is(e, "advisers") && !d.Is(e, "spokesman") && !d.Is(e, "spokeswoman") && !d.Is(e, "lawyers") && !d.Is(e, "lawyer"))
            return false;
        // "Zelenskiy’s latest position acknowledging …": a -ing form after a possessed common noun modifies it.
        bool ing = d.Word(cue).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !Words.BeForms.Contains(d.Word(d.SkipAuxiliariesBack(cue - 1, s)));
        if (entry.Lemma is "suggest" or "indicate" or "hint" || ing)
        {
            // A lowercase head after a possessive or a preposition names a thing ("visit", "discussions"), not a person.
            int head = e;
            for (int k = s; k < e; k++)
                if (Words.Prepositions.Contains(d.Word(k))) { head = k - 1; break; }
            if (head >= s && d.IsWord(head) && !d.IsCapitalized(head) && !Words.FindingHeads.Contains(d.Word(head)) && !Words.Pronouns.Contains(d.Word(head)))
            {
                bool possessed = false;
                for (int k = s; k < head; k++)
                    if (d.Word(k).EndsWith("’s", StringComparison.Ordinal) || d.Word(k).EndsWith("'s", StringComparison.Ordinal)) possessed = true;
                if (possessed || head < e) return false;
            }
        }
        return true;
    }

    /// <summary>
    /// ", his top aide, Tad Devine," before the comma at <paramref name="comma"/>: a name of up to four capitalized
    /// words after a role phrase opening with a determiner or possessive (up to six words), each between commas.
    /// Gives the role's first token and the comma before it.
    /// </summary>
    /// <summary>
    /// Whether tokens <c>[first, comma)</c> are a capitalized name (after an optional conjunction) and one
    /// appositive set off by commas: "But Megan Hester, senior associate for education organizing at …".
    /// </summary>
    internal static bool IsNameWithAppositive(this AttributionDraft d, int first, int comma)
    {
        int k = first;
        if (d.Is(k, "but") || d.Is(k, "and") || d.Is(k, "yet") || d.Is(k, "so")) k++;
        int nameFirst = k;
        while (k < comma && k - nameFirst < 4 && (d.IsCapitalized(k) || d.IsAbbreviationPeriod(k))) k++;
        if (k - nameFirst < 2 || !d.IsPunct(k, ',') || Words.Determiners.Contains(d.Word(nameFirst))) return false;
        // The appositive: words only, lower-case at its start (a role, not a second name or a clause).
        if (k + 1 >= comma || d.IsCapitalized(k + 1) && !Words.Determiners.Contains(d.Word(k + 1))) return false;
        for (int j = k + 1; j < comma; j++)
            if (!d.IsWord(j) && !d.IsAbbreviationPeriod(j)) return false;
        return true;
    }

    internal static bool AppositiveSpeaker(this AttributionDraft d, int first, int comma, out int roleFirst, out int roleComma)
    {
        roleFirst = roleComma = -1;
        int j = comma - 1;
        int nameLast = j;
        while (j >= first && nameLast - j < 5 && (d.IsCapitalized(j) || d.IsAbbreviationPeriod(j))) j--;
        if (j == nameLast || !d.IsPunct(j, ',')) return false;
        int mid = j;
        j--;
        int roleLast = j;
        while (j >= first && roleLast - j < 6 && d.IsWord(j)) j--;
        if (j < first || !d.IsPunct(j, ',') || j == roleLast) return false;
        int start = j + 1;
        if (!(Words.Determiners.Contains(d.Word(start)) || d.IsPossessive(start))) return false;
        if (d.IsCapitalized(roleLast) || !d.ValidHead(roleLast) || mid - start < 2 && !d.IsWord(start + 1)) return false;
        roleFirst = start;
        roleComma = j;
        return true;
    }
}
