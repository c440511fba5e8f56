using Claims.Segmentation;

namespace Claims.Attribution.Learned;

/// <summary>
/// A post-model reading (both modes; it feeds no model feature): "Chief Justice John G. Roberts Jr. spoke of the legacy
/// of racism, …" and "She has spoken about the need for conversation and reforms." report what was spoken of; the ranker
/// drops most of these frames because their content opens on a noun phrase, not a clause. The reading needs a form of
/// "speak" or "talk" (<see cref="SpeakForms"/>), at most <see cref="MaxModifiers"/> adverbs after it ("spoke emotionally
/// of", "spoke out about"), then "of" or "about"; a source just before the verb (auxiliaries and adverbs between:
/// "has often spoken") that is a name (capitalized words, "Mr.", "Jr."), a pronoun or "who"; and a content of at
/// least <see cref="MinContentWords"/> words running to the sentence's end (or a semicolon, or a comma before "but"), without quotation marks. Not added when a
/// kept attribution already holds the cue or overlaps the content. Cases in
/// <c>tests/Claims.Tests/cases/after-model-repairs.tsv</c> (reading <c>spoke-of</c>). Stateless and thread-safe.
/// </summary>
internal static class SpokeOfReadings
{
    /// <summary>The fewest words of the content.</summary>
    internal const int MinContentWords = 2;

    /// <summary>The most adverbs between the verb and "of"/"about".</summary>
    internal const int MaxModifiers = 2;

    /// <summary>The most words of a name read as the source.</summary>
    internal const int MaxSourceWords = 6;

    private static readonly WordSet SpeakForms = new("spoke", "speaks", "spoken", "talked", "talks");

    private static readonly WordSet Prepositions = new("of", "about");

    private static readonly WordSet Auxiliaries = new("has", "have", "had", "also", "often", "repeatedly", "publicly", "frequently", "previously", "already");

    private static readonly WordSet VerbModifiers = new("out", "openly", "publicly", "often", "frequently", "repeatedly", "emotionally", "passionately", "candidly", "movingly", "proudly", "briefly", "extensively", "warmly");

    private static readonly WordSet CommaClosers = new("but", "while", "like", "whereas");

    private static readonly WordSet PronounSources = new("he", "she", "they", "who", "i", "we");

    /// <summary>The attributions with the "spoke of" readings of the document's sentences added; the list itself when none is new.</summary>
    public static IReadOnlyList<AttributionSpan> Apply(Document document, IReadOnlyList<AttributionSpan> attributions)
        => UnclaimedReadings.AddPerSentence(document, attributions, s => Read(document, s) is { } reading ? [reading] : []);

    /// <summary>Sentence <paramref name="s"/>'s "Source spoke of Content." reading, or null.</summary>
    internal static AttributionSpan? Read(Document document, int s)
    {
        if (document.Sentences[s].IsHeading) return null;
        string text = document.Text;
        var tokens = document.Tokens;
        var range = document.TokenRange(document.Sentences[s].Span);
        int first = range.Start.Value, end = range.End.Value;
        for (int k = first + 1; k < end; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || !SpeakForms.Contains(tokens[k].Of(text))) continue;
            int p = k + 1;
            while (p < end && p - k <= MaxModifiers && tokens[p].Kind == TokenKind.Word && VerbModifiers.Contains(tokens[p].Of(text))) p++;
            if (p >= end || !Prepositions.Contains(tokens[p].Of(text))) continue;
            if (Source(text, tokens, first, k) is not { } source || Content(text, tokens, p + 1, end) is not { } content) continue;
            return new AttributionSpan
            {
                Content = content, Cue = new TextSpan(tokens[k].Start, tokens[p].End), Source = source, Kind = ClaimKind.Indirect,
            };
        }
        return null;
    }

    /// <summary>The source just before the verb at <paramref name="verb"/> (auxiliaries skipped): a name, a pronoun or "who"; or null.</summary>
    private static TextSpan? Source(string text, IReadOnlyList<Token> tokens, int first, int verb)
    {
        int last = verb - 1;
        while (last >= first && tokens[last].Kind == TokenKind.Word && Auxiliaries.Contains(tokens[last].Of(text))) last--;
        if (last < first || tokens[last].Kind != TokenKind.Word && !(text[tokens[last].Start] == '.' && last > first && tokens[last - 1].End == tokens[last].Start))
            return null;
        if (tokens[last].Kind == TokenKind.Word && PronounSources.Contains(tokens[last].Of(text))) return new TextSpan(tokens[last].Start, tokens[last].End);
        int start = last, words = 0;
        while (start >= first && words <= MaxSourceWords)
        {
            var t = tokens[start];
            bool abbreviation = text[t.Start] == '.' && start > first && tokens[start - 1].End == t.Start;
            if (!abbreviation && !(t.Kind == TokenKind.Word && char.IsUpper(text[t.Start]))) break;
            if (t.Kind == TokenKind.Word) words++;
            start--;
        }
        start++;
        if (words == 0 || words > MaxSourceWords || tokens[start].Kind != TokenKind.Word) return null;
        // A name that opens the sentence or follows a comma; a capitalized word inside a clause is not known to be its subject.
        if (start > first && text[tokens[start - 1].Start] is not (',' or '—')) return null;
        return new TextSpan(tokens[start].Start, tokens[last].End);
    }

    /// <summary>The content from <paramref name="from"/> to the sentence's end (closing punctuation left out), or null.</summary>
    private static TextSpan? Content(string text, IReadOnlyList<Token> tokens, int from, int end)
    {
        int last = end - 1;
        // A semicolon closes the report: what follows is the writer's next item ("…; she called into …"); so does a
        // comma before "but", "while" or "like" ("talks about a consensus, but the council is divided").
        for (int i = from; i < end; i++)
            if (tokens[i].Kind == TokenKind.Punctuation && (text[tokens[i].Start] == ';'
                || text[tokens[i].Start] == ',' && i + 1 < end && CommaClosers.Contains(tokens[i + 1].Of(text))))
            { last = i - 1; break; }
        while (last >= from && tokens[last].Kind is TokenKind.Punctuation && text[tokens[last].Start] is '.' or '!' or '?' or ';' or ':') last--;
        int words = 0;
        for (int i = from; i <= last; i++)
        {
            if (tokens[i].Kind == TokenKind.Quote) return null;
            if (tokens[i].Kind is TokenKind.Word or TokenKind.Number) words++;
        }
        return words < MinContentWords ? null : new TextSpan(tokens[from].Start, tokens[last].End);
    }
}
