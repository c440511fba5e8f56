using Claims.Segmentation;

namespace Claims.Attribution.Learned;

/// <summary>
/// Speakers named after their words with more between than the rules read, added after the ranker (both modes) when no
/// kept attribution touches the words; they feed no model feature. Cases in <c>tests/Claims.Tests/cases/after-model-repairs.tsv</c>.
/// <list type="bullet">
/// <item><see cref="QuoteThenAppositives"/>: "“…,” Scott Pruitt, the Republican attorney general of Oklahoma, one of the
/// states suing the EPA, said": a name, then appositives or a parenthetical, then the cue; the name may hold a middle
/// initial the sentence splitter took for a sentence end ("Leonard E. Burman").</item>
/// <item><see cref="ClauseThenModifiedSource"/>: "…, attorneys for the family said.": a source with a post-modifier
/// closing the sentence, which the rules' speaker-after reading stops at.</item>
/// <item><see cref="RelativeSpeaker"/>: "an architect who said he was stiffed …": a relative pronoun as the source, as
/// annotators mark it (the speaker resolver reads its antecedent).</item>
/// </list>
/// Stateless and thread-safe.
/// </summary>
internal static class LateSpeakers
{
    /// <summary>The most tokens from a quotation's closing mark to its cue.</summary>
    internal const int MaxSpeakerTokens = 45;

    /// <summary>The most tokens of the name right after the quotation.</summary>
    internal const int MaxNameTokens = 10;

    /// <summary>The most tokens of a source with a post-modifier ("one of the family's attorneys").</summary>
    internal const int MaxModifiedSourceTokens = 7;

    /// <summary>The most tokens after a sentence-final cue ("said in a statement on Thursday").</summary>
    internal const int MaxTailTokens = 8;

    /// <summary>The character Jaccard at which a kept attribution's content is the same as a clause's.</summary>
    internal const double NearDuplicate = 0.5;

    // Words that open a clause or an adverbial, not a source noun phrase ("…, as Trump said").
    private static readonly WordSet NotSourceOpeners = new(
        "and", "but", "or", "that", "which", "who", "when", "while", "because", "if", "as", "after", "before", "since",
        "although", "though", "whereas", "where", "so", "yet", "what", "how", "why", "whether", "than", "then", "there",
        "here", "it", "this", "not", "he", "she", "they", "we", "i", "you", "even", "also", "just", "only", "still", "once",
        "too", "for", "in", "on", "at", "to", "with", "by", "from", "of", "about");

    // Prepositions that make a source's post-modifier ("attorneys for the family", "officials at the agency").
    private static readonly WordSet PostModifiers = new("for", "of", "at", "with", "from", "in", "close", "familiar", "representing");

    /// <summary>The attributions with the late speakers added; the list itself when there are none.</summary>
    public static IReadOnlyList<AttributionSpan> Apply(Document document, IReadOnlyList<AttributionSpan> attributions, CueLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(attributions);
        ArgumentNullException.ThrowIfNull(lexicon);
        if (document.Tokens.Count == 0) return attributions;
        var contents = new SpanOverlaps(attributions.Select(a => a.Content));
        var cues = new SpanOverlaps(attributions.Where(a => a.Cue is not null).Select(a => a.Cue!.Value));
        List<AttributionSpan>? added = null;
        for (int q = 0; q < document.Quotes.Count; q++)
            if (QuoteThenAppositives(document, q, lexicon) is { } a && !contents.AnyOverlaps(a.Content) && !cues.AnyOverlaps(a.Cue!.Value))
                (added ??= []).Add(a);
        // A clause may hold attributions of its own ("relatives, who asked authorities to …, watched it"): only a
        // near-duplicate of the clause, or the cue read already, stops the reading.
        for (int s = 0; s < document.Sentences.Count; s++)
            if (ClauseThenModifiedSource(document, s, lexicon) is { } a && contents.MaxJaccard(a.Content) < NearDuplicate && !cues.AnyOverlaps(a.Cue!.Value))
                (added ??= []).Add(a);
        for (int k = 1; k < document.Tokens.Count; k++)
            if (RelativeSpeaker(document, k, lexicon) is { } a && contents.MaxJaccard(a.Content) < NearDuplicate && !cues.AnyOverlaps(a.Cue!.Value))
                (added ??= []).Add(a);
        return added is null ? attributions : [.. attributions.Concat(added).OrderBy(a => a.Content.Start).ThenBy(a => a.Content.End)];
    }

    /// <summary>
    /// "“…,” Name[ (…)], appositive[, appositive …], [adverb] said": the attribution of quotation <paramref name="q"/>, or
    /// null. Whole quoted sentences right after the cue's sentence in its paragraph continue the content, as the rules
    /// read a quotation's continuation.
    /// </summary>
    internal static AttributionSpan? QuoteThenAppositives(Document document, int q, CueLexicon lexicon)
    {
        string text = document.Text;
        var tokens = document.Tokens;
        var quote = document.Quotes[q];
        if (quote.Content.Length < 2 || text[quote.Content.End - 1] != ',') return null;
        int k = document.TokenRange(new TextSpan(quote.Span.End, quote.Span.End)).Start.Value;
        int name = k;
        // The name: capitalized words, abbreviation periods ("Rep.", "E.") and a parenthetical ("(R-Ohio)").
        while (k < tokens.Count && k - name < MaxNameTokens)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Word && char.IsUpper(text[t.Start])) { k++; continue; }
            if (IsAbbreviationPeriod(text, tokens, k, name)) { k++; continue; }
            if (text[t.Start] == '(' && k > name && Close(text, tokens, k) is int close) { k = close + 1; continue; }
            break;
        }
        if (k == name || k >= tokens.Count || text[tokens[k].Start] != ',' || tokens[k].Kind != TokenKind.Punctuation) return null;
        var first = tokens[name].Of(text);
        if (Words.Pronouns.Contains(first) || SpeakerSanity.IsOpener(first) || Words.Determiners.Contains(first)) return null;
        int nameEnd = k - 1;
        // Appositives up to a comma followed by the cue; at least one, no sentence end, no quotation.
        int appositives = 0;
        while (k < tokens.Count && k - name < MaxSpeakerTokens)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Quote) return null;
            if (t.Kind == TokenKind.Punctuation && text[t.Start] is '.' or '!' or '?' or ';' or ':' && !IsAbbreviationPeriod(text, tokens, k, name)) return null;
            if (t.Kind == TokenKind.Punctuation && text[t.Start] == ',')
            {
                int c = k + 1;
                while (c < tokens.Count && tokens[c].Kind == TokenKind.Word && IsModifier(tokens[c].Of(text))) c++;
                if (appositives > 0 && c < tokens.Count && SpeechCue(document, c, lexicon) is { } cue)
                    return new AttributionSpan
                    {
                        Content = new TextSpan(quote.Content.Start, ContinuedEnd(document, q, cue)), Cue = cue,
                        Source = new TextSpan(tokens[name].Start, tokens[nameEnd].End), Kind = ClaimKind.DirectQuote,
                    };
                appositives++;
            }
            k++;
        }
        return null;
    }

    /// <summary>The end of quotation <paramref name="q"/>'s content, or of the last whole quoted sentence continuing it after
    /// <paramref name="cue"/>'s sentence in the same paragraph.</summary>
    private static int ContinuedEnd(Document document, int q, TextSpan cue)
    {
        var quotes = document.Quotes;
        var sentences = document.Sentences;
        int end = quotes[q].Content.End;
        int s = document.SentenceIndexAt(cue.Start);
        for (int r = q + 1; s >= 0 && s + 1 < sentences.Count && r < quotes.Count; r++)
        {
            var next = sentences[s + 1];
            if (quotes[r].Span.Start < next.Span.Start) continue;
            // The quotation must be the next sentence, whole, in the same paragraph, and end no clause of its own speaker.
            if (quotes[r].Span.Start != next.Span.Start || next.Paragraph != sentences[s].Paragraph
                || quotes[r].Span.End < next.Span.End - 1 || document.Text[quotes[r].Content.End - 1] == ',')
                break;
            end = quotes[r].Content.End;
            s++;
        }
        return end;
    }

    /// <summary>"Clause, attorneys for the family said [tail]." closing sentence <paramref name="s"/>: its attribution, or null.</summary>
    internal static AttributionSpan? ClauseThenModifiedSource(Document document, int s, CueLexicon lexicon)
    {
        string text = document.Text;
        var tokens = document.Tokens;
        var sentence = document.Sentences[s];
        if (sentence.IsHeading) return null;
        var range = document.TokenRange(sentence.Span);
        int first = range.Start.Value, end = range.End.Value;
        if (end - first < 8) return null;
        int last = end - 1;
        if (tokens[last].Kind != TokenKind.Punctuation || text[tokens[last].Start] != '.') return null;
        // The cue: the last speech verb within the tail before the period.
        for (int cue = last - 1; cue > first + 3 && last - cue <= MaxTailTokens + 1; cue--)
        {
            var t = tokens[cue];
            if (t.Kind is TokenKind.Quote || t.Kind == TokenKind.Punctuation && text[t.Start] == ',') return null;
            if (SpeechCue(document, cue, lexicon) is not { } cueSpan) continue;
            if (cue + 1 < last && tokens[cue + 1].Of(text).Equals("that", StringComparison.OrdinalIgnoreCase)) return null;
            int j = cue - 1;
            while (j > first && tokens[j].Kind == TokenKind.Word && IsModifier(tokens[j].Of(text))) j--;
            int sourceEnd = j;
            while (j > first && tokens[j].Kind is TokenKind.Word or TokenKind.Number && sourceEnd - j < MaxModifiedSourceTokens) j--;
            if (tokens[j].Kind != TokenKind.Punctuation || text[tokens[j].Start] != ',' || j - first < 3 || j + 1 > sourceEnd) return null;
            return ModifiedSource(document, j + 1, sourceEnd) is { } source
                ? new AttributionSpan { Content = new TextSpan(tokens[first].Start, tokens[j - 1].End), Cue = cueSpan, Source = source, Kind = ClaimKind.Indirect }
                : null;
        }
        return null;
    }

    /// <summary>
    /// "an architect who said he was stiffed …", "the Chicago Police Department which reported …": a relative pronoun
    /// at token <paramref name="k"/> as the source of a verb of saying; the content runs to the sentence end, or to a
    /// dash, a semicolon or a comma before a participle ("…, saying"). "which" needs a capitalized antecedent (an
    /// organization), as the speaker resolver reads it. Null when it is none.
    /// </summary>
    internal static AttributionSpan? RelativeSpeaker(Document document, int k, CueLexicon lexicon)
    {
        string text = document.Text;
        var tokens = document.Tokens;
        var w = tokens[k].Of(text);
        bool who = w.SequenceEqual("who");
        if (!who && !w.SequenceEqual("which") || tokens[k - 1].Kind != TokenKind.Word && !(who && text[tokens[k - 1].Start] == ',')) return null;
        if (!who && !char.IsUpper(text[tokens[k - 1].Start])) return null;
        int c = k + 1;
        while (c < tokens.Count && tokens[c].Kind == TokenKind.Word && IsModifier(tokens[c].Of(text))) c++;
        if (c + 1 >= tokens.Count || SpeechCue(document, c, lexicon) is not { } cue) return null;
        int sentence = document.SentenceIndexAt(tokens[k].Start);
        if (sentence < 0) return null;
        int start = c + 1, sentenceEnd = document.TokenRange(document.Sentences[sentence].Span).End.Value;
        if (start >= sentenceEnd || tokens[start].Kind == TokenKind.Punctuation) return null;
        var opener = tokens[start].Of(text);
        if (!opener.Equals("that", StringComparison.OrdinalIgnoreCase)
            && (Words.Prepositions.Contains(opener) || Words.ClauseOpeners.Contains(opener) || Words.NotContentOpeners.Contains(opener)))
            return null;
        int last = start;
        for (int i = start + 1; i < sentenceEnd; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Punctuation && (text[t.Start] is ';' or '—' or '–' || text.AsSpan(t.Start, t.End - t.Start).SequenceEqual("--")
                || text[t.Start] == ',' && i + 1 < sentenceEnd && tokens[i + 1].Kind == TokenKind.Word
                   && tokens[i + 1].Of(text).EndsWith("ing", StringComparison.OrdinalIgnoreCase)))
                break;
            if (t.Kind != TokenKind.Punctuation || text[t.Start] is not ('.' or '!' or '?' or ',')) last = i;
        }
        if (last - start < 2) return null;
        return new AttributionSpan
        {
            Content = new TextSpan(tokens[start].Start, tokens[last].End), Cue = cue, Source = tokens[k].Span, Kind = ClaimKind.Indirect,
        };
    }

    /// <summary>A noun phrase with a post-modifier ("attorneys for the family", "one of the family's attorneys"), or null.</summary>
    private static TextSpan? ModifiedSource(Document document, int from, int to)
    {
        string text = document.Text;
        var tokens = document.Tokens;
        if (to - from < 2 || NotSourceOpeners.Contains(tokens[from].Of(text))) return null;
        bool modifier = false;
        for (int i = from + 1; i < to; i++)
        {
            var w = tokens[i].Of(text);
            if (Words.BeForms.Contains(w) || Words.Pronouns.Contains(w) || Words.ClauseOpeners.Contains(w)) return null;
            modifier |= PostModifiers.Contains(w);
        }
        if (!modifier || Words.Pronouns.Contains(tokens[to].Of(text)) || Words.BadHeads.Contains(tokens[to].Of(text))) return null;
        return new TextSpan(tokens[from].Start, tokens[to].End);
    }

    /// <summary>The span of a finite verb of saying at token <paramref name="k"/> (not a participle, not capitalized), or null.</summary>
    private static TextSpan? SpeechCue(Document document, int k, CueLexicon lexicon)
    {
        var t = document.Tokens[k];
        if (t.Kind != TokenKind.Word) return null;
        var w = t.Of(document.Text);
        if (char.IsUpper(w[0]) || w.EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return null;
        return lexicon.Find(w) is { Class: CueClass.Speech, Particle: null } entry && entry.Lemma != "ask"
            ? new TextSpan(t.Start, t.End)
            : null;
    }

    // "also", "has", "reportedly" between a source and its cue; not "and" (a coordination), nor any "-ly" word ("family").
    private static bool IsModifier(ReadOnlySpan<char> w) =>
        Words.CueModifiers.Contains(w) && !w.Equals("and", StringComparison.OrdinalIgnoreCase);

    /// <summary>A period right after a short capitalized word ("E.", "Jr.", "Rep.") inside a name.</summary>
    private static bool IsAbbreviationPeriod(string text, IReadOnlyList<Token> tokens, int k, int name) =>
        k > name && tokens[k].Kind == TokenKind.Punctuation && text[tokens[k].Start] == '.' && tokens[k - 1].Kind == TokenKind.Word
        && tokens[k - 1].End == tokens[k].Start && tokens[k - 1].End - tokens[k - 1].Start <= 3 && char.IsUpper(text[tokens[k - 1].Start]);

    /// <summary>The index of the ")" closing the "(" at <paramref name="open"/> within a few tokens, or null.</summary>
    private static int? Close(string text, IReadOnlyList<Token> tokens, int open)
    {
        for (int i = open + 1; i < tokens.Count && i - open <= 8; i++)
            if (text[tokens[i].Start] == ')') return i;
        return null;
    }
}
