using Claims.Segmentation;

namespace Claims.Attribution.Learned;

/// <summary>
/// A post-model reading (both modes; it feeds no model feature) of the subject right before a kept attribution's cue,
/// with only auxiliaries and adverbs between (<see cref="Words.CueModifiers"/> but "and": "has often spoken about"):
/// <list type="bullet">
/// <item><em>missing source</em>: the tagger kept "Loretta Lynch has spoken about [the need for …]" with the cue "has
/// spoken about" and no source; when the cue comes before the content and the words just before it are a subject
/// pronoun (not "it" or "you") or a name that opens the sentence or follows a comma (capitalized words and
/// abbreviations, "The" before them kept), that subject is the source; not for a passive cue ("Rubio was asked
/// whether …": PolNeAR gives the asker, who is not named there, as the source);</item>
/// <item><em>source cut inside a name</em>: the tagger tagged only "Attorney" of "Attorney General Loretta Lynch has
/// often spoken about …"; when only capitalized name words (and the auxiliaries and adverbs) stand between the source's
/// end and its cue, the source runs to the name's end.</item>
/// </list>
/// Cases in <c>tests/Claims.Tests/cases/after-model-repairs.tsv</c> (reading <c>subject-source</c>). Stateless and thread-safe.
/// </summary>
internal static class SubjectSources
{
    /// <summary>The most words of a name read as a source.</summary>
    internal const int MaxNameWords = 6;

    /// <summary>The most auxiliaries and adverbs skipped between a subject and its cue.</summary>
    internal const int MaxModifiers = 3;

    /// <summary>The attributions with missing sources filled and sources cut inside a name completed; the list itself when none changed.</summary>
    public static IReadOnlyList<AttributionSpan> Apply(Document document, IReadOnlyList<AttributionSpan> attributions)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(attributions);
        return SourceRewrites.Apply(attributions, (a, cue) =>
            a.Source is { Length: > 0 } s ? Completed(document, s, cue) : Missing(document, cue, a.Content));
    }

    /// <summary>The subject right before <paramref name="cue"/> when the cue comes before <paramref name="content"/>; or null.</summary>
    internal static TextSpan? Missing(Document document, TextSpan cue, TextSpan content)
    {
        if (cue.End > content.Start) return null;
        string text = document.Text;
        var tokens = document.Tokens;
        int sentence = document.SentenceIndexAt(cue.Start);
        if (sentence < 0 || document.Sentences[sentence].IsHeading) return null;
        int first = document.TokenRange(document.Sentences[sentence].Span).Start.Value;
        var cueTokens = document.TokenRange(cue);
        // A passive cue ("was asked", "has been asked") names no source: the asker is not its subject.
        for (int k = cueTokens.Start.Value; k < cueTokens.End.Value; k++)
            if (Words.BeForms.Contains(tokens[k].Of(text))) return null;
        int last = SkipModifiers(text, tokens, cueTokens.Start.Value - 1, first);
        if (last < first || tokens[last].Kind != TokenKind.Word && !IsAbbreviationPeriod(text, tokens, last, first)) return null;
        var word = tokens[last].Of(text);
        if (Words.BeForms.Contains(word)) return null;
        if (Words.Pronouns.Contains(word))
            return word.Equals("it", StringComparison.OrdinalIgnoreCase) || word.Equals("you", StringComparison.OrdinalIgnoreCase)
                || last > first && QuestionWords.Contains(tokens[last - 1].Of(text)) || last > first && tokens[last - 1].Of(text).Equals("which", StringComparison.OrdinalIgnoreCase)
                ? null : new TextSpan(tokens[last].Start, tokens[last].End);
        int start = NameStart(text, tokens, last, first);
        if (start < 0) return null;
        if (start > first && tokens[start - 1].Of(text).Equals("the", StringComparison.OrdinalIgnoreCase)) start--;
        // A name that opens the sentence or follows a comma or dash; a capitalized word inside a clause is not known to be its subject.
        if (start > first && text[tokens[start - 1].Start] is not (',' or '—' or '–')) return null;
        return new TextSpan(tokens[start].Start, tokens[last].End);
    }

    /// <summary>
    /// <paramref name="source"/> run on to the end of the name it was cut from when only name words, auxiliaries and
    /// adverbs stand between it and <paramref name="cue"/>; or null.
    /// </summary>
    internal static TextSpan? Completed(Document document, TextSpan source, TextSpan cue)
    {
        if (source.End > cue.Start) return null;
        string text = document.Text;
        var tokens = document.Tokens;
        int sourceLast = document.TokenRange(source).End.Value - 1;
        int last = SkipModifiers(text, tokens, document.TokenRange(cue).Start.Value - 1, sourceLast + 1);
        if (last <= sourceLast || last - sourceLast > MaxNameWords) return null;
        if (!char.IsUpper(text[tokens[sourceLast].Start])) return null;
        for (int k = sourceLast + 1; k <= last; k++)
            if (!IsNameWord(text, tokens[k]) && !IsAbbreviationPeriod(text, tokens, k, sourceLast + 1)
                || tokens[k].Start - tokens[k - 1].End > 1)
                return null;
        return new TextSpan(source.Start, tokens[last].End);
    }

    // The token index before k's run of auxiliaries and adverbs (at most MaxModifiers of them), not before first.
    private static int SkipModifiers(string text, IReadOnlyList<Token> tokens, int k, int first)
    {
        int skipped = 0;
        while (k >= first && skipped < MaxModifiers && tokens[k].Kind == TokenKind.Word && Words.CueModifiers.Contains(tokens[k].Of(text))
            && !tokens[k].Of(text).Equals("and", StringComparison.OrdinalIgnoreCase))
        {
            k--;
            skipped++;
        }
        return k;
    }

    // The first token of the name ending at last (capitalized words and abbreviation periods, at most MaxNameWords words), or -1.
    private static int NameStart(string text, IReadOnlyList<Token> tokens, int last, int first)
    {
        int start = last, words = 0;
        while (start >= first)
        {
            var t = tokens[start];
            if (IsAbbreviationPeriod(text, tokens, start, first)) { start--; continue; }
            if (!IsNameWord(text, t) || start < last && t.End != tokens[start + 1].Start && tokens[start + 1].Start - t.End > 1) break;
            if (++words > MaxNameWords) return -1;
            start--;
        }
        start++;
        return words == 0 || tokens[start].Kind != TokenKind.Word ? -1 : start;
    }

    private static bool IsAbbreviationPeriod(string text, IReadOnlyList<Token> tokens, int k, int first) =>
        text[tokens[k].Start] == '.' && k > first && tokens[k - 1].End == tokens[k].Start && tokens[k - 1].Kind == TokenKind.Word;

    private static bool IsNameWord(string text, Token t)
    {
        if (t.Kind != TokenKind.Word || !char.IsUpper(text[t.Start])) return false;
        var word = t.Of(text);
        return !SpeakerSanity.IsOpener(word) && !SpeakerSanity.IsCalendarWord(word) && !Words.Pronouns.Contains(word)
            && !Words.Determiners.Contains(word) && !Words.SourceBoundary.Contains(word) && !QuestionWords.Contains(word)
            && !word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("’s", StringComparison.OrdinalIgnoreCase);
    }

    // Sentence openers that are no name: question words and sentence adverbs ("Why say …", "Perhaps Russia would oppose …").
    private static readonly WordSet QuestionWords = new("why", "what", "how", "where", "when", "who", "perhaps", "maybe");
}
