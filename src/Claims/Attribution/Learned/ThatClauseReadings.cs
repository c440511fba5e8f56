using Claims.Segmentation;
using Claims.Text;

namespace Claims.Attribution.Learned;

/// <summary>
/// A post-model reading (both modes; it feeds no model feature) of a "that" clause set apart from its cue verb:
/// "Ginsburg said in an interview with The Associated Press last week that she didn't want to think about …", "Cruz
/// said Thursday during a taping of a town hall meeting in Buffalo, New York, that the state is wrong …". The ranker
/// drops most of these frames: the words between the verb and "that" (a time, a place, a medium, an addressee) hide the
/// clause from the cue. The reading needs the subject of <see cref="SubjectSources.Missing"/> (a name opening the
/// sentence or after a comma, or a subject pronoun but "it" and "you"; not first person), auxiliaries and adverbs, a
/// lower-case cue verb of the lexicon of a class in <see cref="Classes"/>, then at least one and at most
/// <see cref="MaxGapTokens"/> tokens without a quotation mark, a sentence mark or a verb of the lexicon, then "that"
/// followed by a word that is no auxiliary ("a report that was released" is a relative clause). The content runs from
/// "that" (PolNeAR's contents include it) to the sentence's end, a semicolon or a dash, a comma before "and"/"but"/"while"
/// (but not before "and that"), or "and" before a lower-case cue verb; at least <see cref="MinContentWords"/> words,
/// without quotation marks. A name set apart from the verb by an appositive or a relative clause between commas ("Corey
/// Lewandowski, a rival whom Trump fired, said on CNN that …", "Sen. Blunt, facing a stiff challenge, noted that …", with
/// or without a gap before "that") is the subject too, when the appositive holds no quotation mark and no lower-case cue
/// verb and has at most <see cref="MaxAppositiveTokens"/> tokens. Added only where no
/// kept attribution holds the cue or overlaps the content (<see cref="UnclaimedReadings"/>). Cases in
/// <c>tests/Claims.Tests/cases/after-model-repairs.tsv</c> (reading <c>that-clause</c>). Stateless and thread-safe.
/// </summary>
internal static class ThatClauseReadings
{
    /// <summary>The fewest words of the content, "that" included.</summary>
    internal const int MinContentWords = 4;

    /// <summary>The most tokens between the cue verb and "that".</summary>
    internal const int MaxGapTokens = 20;

    /// <summary>
    /// The cue classes read: verbs of saying. On PolNeAR train (fast mode) the reading added 9 claims, 8 of them matched
    /// (speech F1 0.8715 to 0.8719), and the appositive subjects 5 more, 4 matched; belief, stance, finding and want verbs
    /// added no claim in the first frame.
    /// </summary>
    internal static readonly CueClass[] Classes = [CueClass.Speech];

    /// <summary>The attributions with the readings of the document's sentences added; the list itself when none is new.</summary>
    public static IReadOnlyList<AttributionSpan> Apply(Document document, IReadOnlyList<AttributionSpan> attributions, CueLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        return UnclaimedReadings.AddPerSentence(document, attributions, s => Read(document, s, lexicon));
    }

    /// <summary>Sentence <paramref name="s"/>'s readings, in text order.</summary>
    internal static IEnumerable<AttributionSpan> Read(Document document, int s, CueLexicon lexicon)
    {
        if (document.Sentences[s].IsHeading) yield break;
        string text = document.Text;
        var tokens = document.Tokens;
        var range = document.TokenRange(document.Sentences[s].Span);
        int first = range.Start.Value, end = range.End.Value;
        foreach (var (k, cueLast, _) in SentenceCueVerbs.Find(document, first, end, lexicon, (_, entry) => Array.IndexOf(Classes, entry.Class) >= 0 && !entry.QuoteOnly))
        {
            var verb = new TextSpan(tokens[k].Start, tokens[cueLast].End);
            if (ThatAfterGap(text, tokens, cueLast + 1, end, lexicon) is not { } that
                || Content(text, tokens, that, end, lexicon) is not { } content) continue;
            int cueFirst;
            if (SubjectSources.Missing(document, verb, content) is { } subject)
            {
                // Right after the verb, "that" is the ranker's frame: read only after a gap.
                if (that == cueLast + 1 || FirstPerson.Contains(text.AsSpan(subject.Start, subject.Length))) continue;
                cueFirst = document.TokenRange(new TextSpan(subject.End, verb.End)).Start.Value;
                yield return new AttributionSpan { Content = content, Cue = new TextSpan(tokens[cueFirst].Start, verb.End), Source = subject, Kind = ClaimKind.Indirect };
            }
            else if (AppositiveSubject(document, first, k, content, lexicon) is var (name, comma))
                yield return new AttributionSpan { Content = content, Cue = new TextSpan(tokens[comma + 1].Start, verb.End), Source = name, Kind = ClaimKind.Indirect };
        }
    }

    /// <summary>The most tokens of an appositive or relative clause between a subject's comma and its cue.</summary>
    internal const int MaxAppositiveTokens = 30;

    // "Corey Lewandowski, a rival whom Trump fired, said …": a name (SubjectSources.Missing before the first fitting comma)
    // and the comma that closes the appositive right before the cue (auxiliaries and adverbs between); or null. The
    // appositive holds no quotation mark and no lower-case cue verb.
    private static (TextSpan Name, int Comma)? AppositiveSubject(Document document, int first, int verb, TextSpan content, CueLexicon lexicon)
    {
        string text = document.Text;
        var tokens = document.Tokens;
        int close = verb - 1;
        while (close > first && verb - close <= SubjectSources.MaxModifiers && tokens[close].Kind == TokenKind.Word
               && Words.CueModifiers.Contains(tokens[close].Of(text)) && !tokens[close].Of(text).Equals("and", StringComparison.OrdinalIgnoreCase)) close--;
        if (close <= first || text[tokens[close].Start] != ',') return null;
        for (int c = first + 1; c < close; c++)
        {
            if (text[tokens[c].Start] != ',' || close - c > MaxAppositiveTokens) continue;
            if (SubjectSources.Missing(document, new TextSpan(tokens[c].Start, tokens[c].End), content) is { } name
                && !Words.Pronouns.Contains(text.AsSpan(name.Start, name.Length)))
                return PlainAppositive(text, tokens, c + 1, close, lexicon) ? (name, close) : null;
        }
        return null;
    }

    // Whether tokens [from, to) hold no quotation mark and no lower-case cue verb ("who warned of the costs").
    private static bool PlainAppositive(string text, IReadOnlyList<Token> tokens, int from, int to, CueLexicon lexicon)
    {
        for (int i = from; i < to; i++)
            if (tokens[i].Kind == TokenKind.Quote
                || tokens[i].Kind == TokenKind.Word && !char.IsUpper(text[tokens[i].Start]) && lexicon.Find(tokens[i].Of(text)) is not null)
                return false;
        return true;
    }

    // The writer or a quoted speaker speaking of themselves: left to the quote readings.
    private static readonly WordSet FirstPerson = new("I", "we");

    private static readonly WordSet Auxiliaries = new(WordLists.AuxiliaryVerbs);

    private static readonly WordSet CommaClosers = new("and", "but", "while", "whereas");

    // The index of the complementizer "that" after at most MaxGapTokens tokens from `from`, or null.
    private static int? ThatAfterGap(string text, IReadOnlyList<Token> tokens, int from, int end, CueLexicon lexicon)
    {
        for (int i = from; i < end && i - from <= MaxGapTokens; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Quote) return null;
            if (t.Kind == TokenKind.Punctuation && text[t.Start] is ';' or ':' or '?' or '!' or '(' or ')') return null;
            if (t.Kind != TokenKind.Word) continue;
            var word = t.Of(text);
            if (word.Equals("that", StringComparison.OrdinalIgnoreCase))
                return i + 1 < end && tokens[i + 1].Kind == TokenKind.Word && !Auxiliaries.Contains(tokens[i + 1].Of(text))
                    && !NounComplement(text, tokens, from, i) ? i : null;
            if (Auxiliaries.Contains(word) || !char.IsUpper(text[t.Start]) && lexicon.Find(word) is not null) return null;
        }
        return null;
    }

    // Whether the "that" at `that` opens the clause of the noun before it, not the verb's: a lower-case noun a named
    // possessor owns ("responded to Mr. Trump's debate interjection that …": the interjection is Trump's), unless the
    // possessor follows a preposition of medium, time or place ("said in Tuesday's televised speech that …").
    private static bool NounComplement(string text, IReadOnlyList<Token> tokens, int from, int that)
    {
        if (that == from || tokens[that - 1].Kind != TokenKind.Word) return false;
        var noun = tokens[that - 1].Of(text);
        if (char.IsUpper(noun[0])) return false;
        for (int i = that - 2; i >= from && i >= that - 1 - MaxPossessedWords; i--)
        {
            var word = tokens[i].Of(text);
            if (!word.EndsWith("'s", StringComparison.Ordinal) && !word.EndsWith("’s", StringComparison.Ordinal)) continue;
            int name = i;
            while (name > from && (char.IsUpper(text[tokens[name - 1].Start]) || tokens[name - 1].Kind != TokenKind.Word)) name--;
            return name == from || !SettingPrepositions.Contains(tokens[name - 1].Of(text));
        }
        return false;
    }

    private static readonly WordSet SettingPrepositions = new("in", "during", "at", "on", "via", "through", "over");

    // The most words between a possessive and the noun it owns ("Mr. Trump's debate interjection").
    private const int MaxPossessedWords = 2;

    // From "that" to the sentence's end, a semicolon or dash, a comma before "and"/"but"/"while" (not before "and that": a
    // second clause of the report), or "and" before a lower-case cue verb ("… would be president and predicted that …");
    // closing marks left out.
    private static TextSpan? Content(string text, IReadOnlyList<Token> tokens, int from, int end, CueLexicon lexicon)
    {
        int last = end - 1;
        for (int i = from + 1; i < end; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Quote) return null;
            if (t.Kind == TokenKind.Punctuation && (text[t.Start] is ';' or '—' or '–'
                || text[t.Start] == ',' && i + 2 < end && CommaClosers.Contains(tokens[i + 1].Of(text)) && !tokens[i + 2].Of(text).Equals("that", StringComparison.OrdinalIgnoreCase)))
            { last = i - 1; break; }
            if (t.Kind == TokenKind.Word && t.Of(text).Equals("and", StringComparison.OrdinalIgnoreCase) && i + 1 < end && tokens[i + 1].Kind == TokenKind.Word
                && !char.IsUpper(text[tokens[i + 1].Start]) && lexicon.Find(tokens[i + 1].Of(text)) is not null)
            { last = i - 1; break; }
        }
        while (last > from && tokens[last].Kind == TokenKind.Punctuation && text[tokens[last].Start] is '.' or '!' or '?' or ',' or ':') last--;
        int words = 0;
        for (int i = from; i <= last; i++)
            if (tokens[i].Kind is TokenKind.Word or TokenKind.Number) words++;
        return words < MinContentWords ? null : new TextSpan(tokens[from].Start, tokens[last].End);
    }
}
