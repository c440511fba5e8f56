using Claims.Segmentation;

namespace Claims.Attribution.Patterns;

/// <summary>Whether a word can open the content of a cue, and the small clause tests the cue patterns share.</summary>
internal static class ContentOpeners
{
    /// <summary>Whether token k can open the content of a cue without "that".</summary>
    internal static bool OpensContent(this AttributionDraft d, int k, CueEntry entry)
    {
        if (!d.IsWord(k) && d.Tokens[k].Kind != TokenKind.Quote) return false;
        var w = d.Word(k);
        if (entry.Class == CueClass.Want)
            // "called for an investigation", "demanded answers": these wants take a plain object too.
            return w.Equals("to", StringComparison.OrdinalIgnoreCase)
                || entry.Lemma is "call for" or "demand" && !Words.NotContentOpeners.Contains(w) && d.IsWord(k)
                // "called on Sanders to release …": the addressee and the infinitive.
                || entry.Lemma == "call on" && d.IsWord(k) && !d.Is(k, "that") && !d.Is(k, "this")
                    && (d.IsCapitalized(k) || Words.Determiners.Contains(w) || Words.Addressees.Contains(w));
        if (w.Equals("to", StringComparison.OrdinalIgnoreCase))
            return entry.Lemma is "expect" or "hope" or "promise" or "vow" or "pledge" or "urge" or "plan" or "intend"
                // "told Jeb Bush to quiet down": the order after the addressee (the addressee is skipped before).
                || entry.Lemma == "tell" && k > 0 && d.IsWord(k - 1) && d.IsWord(k + 1) && !d.IsCapitalized(k + 1);
        if (d.Tokens[k].Kind == TokenKind.Quote) return entry.Class == CueClass.Speech;
        if (Words.Pronouns.Contains(w) || d.Is(k, "there")) return true;
        // Contractions: "it’s", "he’d", "they’re", "there’s".
        int apostrophe = w.IndexOfAny('’', '\'');
        if (apostrophe > 0 && (Words.Pronouns.Contains(w[..apostrophe]) || w[..apostrophe].Equals("there", StringComparison.OrdinalIgnoreCase)
            || w[..apostrophe].Equals("that", StringComparison.OrdinalIgnoreCase)))
            return true;
        // Polls and records "show" any clause ("a poll shows upstart Sen. Sanders leading"); other subjects only
        // a determiner or number phrase.
        if (entry.Class == CueClass.Finding && k > 0 && d.HasFindingSubject(d.CueBefore(k)))
            return !Words.NotContentOpeners.Contains(w);
        if (entry.Class == CueClass.Finding) return Words.Determiners.Contains(w) || d.Tokens[k].Kind == TokenKind.Number;
        if (entry.Class == CueClass.Belief)
            return Words.Pronouns.Contains(w) || d.IsCapitalized(k) && !d.Is(k, "I") || d.Is(k, "this") || d.Is(k, "the") || d.Is(k, "there") || d.Tokens[k].Kind == TokenKind.Number
                // "believe meaningful debt relief is possible": a short noun phrase, then a finite verb.
                || !Words.NotContentOpeners.Contains(w) && d.FiniteVerbSoon(k + 1);
        if (entry.ClauseOnly)
            return d.Tokens[k].Kind == TokenKind.Quote || Words.Pronouns.Contains(w) || apostrophe > 0
                // "claimed the nomination was stolen" (a clause), not "claimed victory".
                || !Words.NotContentOpeners.Contains(w) && d.FiniteVerbSoon(k + 1);
        // "urged him to resign", "asked the congregation to stand": the addressee and the infinitive (both in the content).
        if (entry.Lemma is "ask" or "urge" && (d.Is(k, "him") || d.Is(k, "her") || d.Is(k, "them") || d.Is(k, "us") || d.Is(k, "the") || d.IsCapitalized(k))
            && d.InfinitiveFollows(k + 1))
            return true;
        // "calling him “a total stiff”", "called it disqualifying": a pronoun object and its label.
        if (entry.Lemma == "call" && (d.Is(k, "him") || d.Is(k, "her") || d.Is(k, "them") || d.Is(k, "it") || d.Is(k, "himself") || d.Is(k, "herself") || d.Is(k, "themselves"))
            && k + 1 < d.Tokens.Count && (d.Tokens[k + 1].Kind == TokenKind.Quote || d.IsWord(k + 1) && !Words.NotContentOpeners.Contains(d.Word(k + 1))))
            return true;
        // "said much of his discussion …": a quantifier opening a noun phrase.
        if (entry.Class == CueClass.Speech && ((d.Is(k, "much") || d.Is(k, "more") || d.Is(k, "none") || d.Is(k, "little")) && d.Is(k + 1, "of")
            || (d.Is(k, "too") || d.Is(k, "so")) && (d.Is(k + 1, "many") || d.Is(k + 1, "much") || d.Is(k + 1, "few"))
            || (d.Is(k, "more") || d.Is(k, "less")) && d.Is(k + 1, "than")))
            return true;
        // "said her organization is …": a possessive, not an addressee, after verbs that take no object person.
        if (d.Is(k, "her") && entry.Lemma is "say" or "add" or "note" or "write" or "argue" or "insist" or "claim" or "explain" or "suggest"
            or "acknowledge" or "admit" or "tweet"
            && (d.IsWord(k + 1) && !d.IsCapitalized(k + 1) && !Words.NotContentOpeners.Contains(d.Word(k + 1)) || d.IsPunct(k + 1, '$') || k + 1 < d.Tokens.Count && d.Tokens[k + 1].Kind == TokenKind.Number))
            return true;
        if (entry.Class is CueClass.Speech or CueClass.Stance) return d.SpeechOpensContent(k, entry, w);
        if (entry.Lemma is "say" or "claim" or "insist" or "argue" or "warn" or "add" or "note" or "suggest" or "predict" or "believe" or "allege" or "acknowledge" or "admit" or "assert" or "contend" or "explain" or "state" or "write" or "tweet" or "announce" or "report" or "reveal" or "confirm")
            return Words.Determiners.Contains(w) || d.IsCapitalized(k) || d.Tokens[k].Kind == TokenKind.Number;
        return false;
    }

    /// <summary>Whether token k opens the content of a verb of saying or stance (no earlier rule decided).</summary>
    private static bool SpeechOpensContent(this AttributionDraft d, int k, CueEntry entry, ReadOnlySpan<char> w)
    {
        // Verbs of saying take a clause or an object ("announced his candidacy", "mentioned the wage"); a
        // preposition or conjunction right after the cue means the content is elsewhere.
        if (entry.Lemma is "ask" or "wonder") return d.Is(k, "whether") || d.Is(k, "if") || d.Is(k, "why") || d.Is(k, "how") || d.Is(k, "what") || d.Is(k, "who") || d.Is(k, "when") || d.Is(k, "where");
        if (d.Is(k, "if") && entry.Lemma is "say" or "warn" or "argue" or "add" or "note") return true; // "says if people think …"
        if (d.Is(k, "no") && d.Is(k + 1, "matter")) return true; // "says no matter what action Obama takes, …"
        // "46 percent said yes.": a bare answer before punctuation is the report (not "said no one").
        if ((d.Is(k, "yes") || d.Is(k, "no")) && entry.Lemma == "say" && k + 1 < d.Tokens.Count && (d.IsPunct(k + 1, '.') || d.IsPunct(k + 1, ',') || d.Is(k + 1, "while"))) return true;
        // "described himself as a religious Catholic": a reflexive object with its label.
        if (entry.Lemma == "describe" && (d.Is(k, "himself") || d.Is(k, "herself") || d.Is(k, "themselves") || d.Is(k, "itself")) && d.Is(k + 1, "as"))
            return true;
        // "explained how he would …", "described why …": verbs of telling take an indirect question.
        if ((d.Is(k, "how") || d.Is(k, "why") || d.Is(k, "what") || d.Is(k, "whether"))
            && entry.Lemma is "explain" or "describe" or "note" or "reveal" or "detail" or "discuss" or "recall" or "speak about" or "speak of" or "acknowledge" or "admit")
            return true;
        // "say this is just a rough patch", "said those were …": a demonstrative subject and its finite verb.
        if ((d.Is(k, "this") || d.Is(k, "these") || d.Is(k, "those")) && d.IsWord(k + 1)
            && (Words.BeForms.Contains(d.Word(k + 1)) || d.Is(k + 1, "will") || d.Is(k + 1, "would") || d.Is(k + 1, "could") || d.Is(k + 1, "has") || d.Is(k + 1, "had") || d.Is(k + 1, "should")))
            return true;
        if ((d.Is(k, "at") || d.Is(k, "more") || d.Is(k, "less")) && (d.Is(k + 1, "least") || d.Is(k + 1, "most") || d.Is(k + 1, "than"))) return true; // "reported at least six …"
        // "said about half of …", "said about 40 percent": an approximate quantity, not the topic "about".
        if (d.Is(k, "about") && (k + 1 < d.Tokens.Count && d.Tokens[k + 1].Kind == TokenKind.Number || d.Is(k + 1, "half") || d.Is(k + 1, "a") && (d.Is(k + 2, "third") || d.Is(k + 2, "quarter") || d.Is(k + 2, "dozen")))) return true;
        return !Words.NotContentOpeners.Contains(w);
    }

    /// <summary>A be-form, modal or "has/have/had" within four words from <paramref name="k"/>, before any punctuation.</summary>
    internal static bool FiniteVerbSoon(this AttributionDraft d, int k)
    {
        for (int j = k; j < d.Tokens.Count && j - k < 4; j++)
        {
            if (!d.IsWord(j)) return false;
            if (Words.BeForms.Contains(d.Word(j)) || d.Is(j, "will") || d.Is(j, "would") || d.Is(j, "can") || d.Is(j, "could") || d.Is(j, "should")
                || d.Is(j, "has") || d.Is(j, "have") || d.Is(j, "had") || d.Is(j, "must") || d.Is(j, "may") || d.Is(j, "might"))
                return true;
            if (Words.SourceBoundary.Contains(d.Word(j))) return false;
        }
        return false;
    }

    /// <summary>A "to" + verb within eight words after <paramref name="k"/>, before any punctuation.</summary>
    internal static bool InfinitiveFollows(this AttributionDraft d, int k)
    {
        for (int j = k; j < d.Tokens.Count && j - k < 8; j++)
        {
            if (!d.IsWord(j) && !d.IsAbbreviationPeriod(j)) return false;
            if (d.Is(j, "to")) return d.IsWord(j + 1) && !d.IsCapitalized(j + 1) && !Words.Determiners.Contains(d.Word(j + 1));
            if (Words.BeForms.Contains(d.Word(j)) || d.Is(j, "that")) return false;
        }
        return false;
    }

    /// <summary>The cue before the content that opens at <paramref name="contentStart"/>.</summary>
    internal static int CueBefore(this AttributionDraft d, int contentStart)
    {
        int k = contentStart - 1;
        while (k > 0 && d.Cues.Find(d.Word(k)) is null) k--;
        return k;
    }

    /// <summary>
    /// Whether the subject before <paramref name="cue"/> names a poll, study or record: a finding head within the
    /// subject ("A Monmouth poll out Monday showed …", "An average of recent polls by RealClearPolitics shows …").
    /// </summary>
    internal static bool HasFindingSubject(this AttributionDraft d, int cue)
    {
        for (int j = cue - 1; j >= 0 && cue - j <= 25; j--)
        {
            if (d.IsTerminator(j) && !d.IsAbbreviationPeriod(j)) return false;
            if (d.IsWord(j) && Words.FindingHeads.Contains(d.Word(j))) return true;
            if (d.IsWord(j) && (d.Is(j, "that") || d.Is(j, "said") || d.Is(j, "says"))) return false;
        }
        return false;
    }

    /// <summary>A lower-case "-ing" form of a verb of saying ("adding", "noting", "saying").</summary>
    internal static bool IsSpeechParticiple(this AttributionDraft d, int k) =>
        d.IsWord(k) && !d.IsCapitalized(k) && d.Word(k).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
        && d.CueAt(k, out _) is { Class: CueClass.Speech };

    /// <summary>
    /// "a group called Black Votes Matter", "a program called Sandy Hook Promise", "called off", "making calls": "call"
    /// naming a thing or in a phrasal sense, not reporting a position.
    /// </summary>
    internal static bool IsNaming(this AttributionDraft d, int cue)
    {
        if (d.Is(cue + 1, "off") || d.Is(cue + 1, "up") || d.Is(cue + 1, "back") || d.Is(cue + 1, "in") || d.Is(cue + 1, "out")) return true;
        if (!d.IsWord(cue - 1) || d.IsCapitalized(cue - 1)) return false;
        var prev = d.Word(cue - 1);
        if (Words.Pronouns.Contains(prev) || Words.CueModifiers.Contains(prev) || Words.BeForms.Contains(prev) || Words.PeopleNouns.Contains(prev)
            || prev.EndsWith("ly", StringComparison.OrdinalIgnoreCase) || d.Is(cue - 1, "who") || d.Is(cue - 1, "which") || d.Is(cue - 1, "that"))
            return false;
        // A common noun before and a name after: a naming participle.
        return d.IsCapitalized(cue + 1) || d.Is(cue + 1, "the") && d.IsCapitalized(cue + 2) || d.Is(cue - 1, "making") || d.Is(cue - 1, "phone");
    }

    /// <summary>Whether a ", VERBing" participle opens the clause that <paramref name="and"/> closes (within 15 tokens).</summary>
    internal static bool CoordinatedParticiple(this AttributionDraft d, int first, int and)
    {
        for (int j = and - 1; j > first && and - j < 15; j--)
        {
            if (d.IsTerminator(j) || d.Is(j, "and")) return false;
            if (d.IsPunct(j - 1, ',') && d.IsWord(j) && !d.IsCapitalized(j) && d.Word(j).EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return true;
            if (d.IsPunct(j, ',')) return false;
        }
        return false;
    }

    /// <summary>
    /// Whether the words from <paramref name="first"/> to the comma at <paramref name="comma"/> are only a sentence
    /// connective ("And yet", "But", "However") or a short time phrase ending in "ago" ("Six months ago").
    /// </summary>
    internal static bool IsFrontedAdverbial(this AttributionDraft d, int first, int comma)
    {
        if (comma <= first || comma - first > 4) return false;
        bool connectives = true;
        for (int k = first; k < comma; k++)
        {
            if (!d.IsWord(k)) return false;
            if (!Words.Adverbials.Contains(d.Word(k))) connectives = false;
        }
        return connectives || d.Is(comma - 1, "ago");
    }
}
