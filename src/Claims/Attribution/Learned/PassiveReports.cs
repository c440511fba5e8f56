using Claims.Segmentation;

namespace Claims.Attribution.Learned;

/// <summary>
/// A post-model reading (both modes; it feeds no model feature): a sentence "The registration issue was first reported
/// by The Washington Post." reports its passive subject, the agent after "by" being the source and "was first reported"
/// the cue. The rules' <c>ReportedByPattern</c> reads the same frame, but its source reading stops at a period glued to a
/// short capitalized word ("Post." before the next sentence reads like "Sen."), so a sentence followed by another one
/// in its paragraph lost the attribution; this reading takes the sentence the segmenter found. Only a verb of saying
/// ("reported", "announced", "disclosed"; <see cref="CueClass.Speech"/>) in the past participle after "was" or "were"
/// (and at most one modifier: "first", "originally"), a subject of words only (and abbreviation periods: "Ms.") that opens the sentence, and an agent that
/// runs to the sentence's end and reads as a name (capitalized words, "the", "of"). Not added when a kept attribution already holds the cue or overlaps the subject. Cases in
/// <c>tests/Claims.Tests/cases/after-model-repairs.tsv</c> (reading <c>passive-report</c>). Stateless and thread-safe.
/// </summary>
internal static class PassiveReports
{
    /// <summary>The fewest words of the passive subject (the content).</summary>
    internal const int MinSubjectWords = 2;

    /// <summary>The most words of the passive subject.</summary>
    internal const int MaxSubjectWords = 20;

    /// <summary>The most words of the agent (the source).</summary>
    internal const int MaxAgentWords = 8;

    private static readonly WordSet PassiveBe = new("was", "were");

    /// <summary>The lower-case words a name may hold ("the", "of": "the Bank of England").</summary>
    private static readonly WordSet NameJoiners = new("the", "of", "and", "for");

    private static readonly WordSet Modifiers = new("first", "originally", "initially", "also");

    /// <summary>The attributions with the passive reports of the document's sentences added; the list itself when none is new.</summary>
    public static IReadOnlyList<AttributionSpan> Apply(Document document, IReadOnlyList<AttributionSpan> attributions, CueLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(attributions);
        ArgumentNullException.ThrowIfNull(lexicon);
        if (document.Tokens.Count == 0) return attributions;
        return UnclaimedReadings.Add(attributions, Enumerable.Range(0, document.Sentences.Count).Select(s => Read(document, s, lexicon)).OfType<AttributionSpan>());
    }

    /// <summary>Sentence <paramref name="s"/>'s passive report "Subject was (first) reported by Agent.", or null.</summary>
    internal static AttributionSpan? Read(Document document, int s, CueLexicon lexicon)
    {
        if (document.Sentences[s].IsHeading) return null;
        string text = document.Text;
        var tokens = document.Tokens;
        var range = document.TokenRange(document.Sentences[s].Span);
        int first = range.Start.Value, end = range.End.Value;
        // The sentence's closing period (and quotation marks after it) stays outside the agent.
        int last = end - 1;
        while (last > first && tokens[last].Kind is TokenKind.Punctuation or TokenKind.Quote && text[tokens[last].Start] is not ',') last--;
        if (last == end - 1 || text[tokens[last + 1].Start] is not ('.' or '!')) return null;
        int be = first;
        while (be <= last && be - first <= MaxSubjectWords && (tokens[be].Kind == TokenKind.Word && !PassiveBe.Contains(tokens[be].Of(text))
                   || be > first && text[tokens[be].Start] == '.' && tokens[be - 1].End == tokens[be].Start)) // "Ms."
            be++;
        if (be > last || be - first < MinSubjectWords || !PassiveBe.Contains(tokens[be].Of(text))) return null;
        // The subject opens the sentence with a capital and holds words only ("The registration issue").
        if (!char.IsUpper(text[tokens[first].Start]) || Words.Pronouns.Contains(tokens[first].Of(text))) return null;
        int verb = be + 1;
        if (verb <= last && Modifiers.Contains(tokens[verb].Of(text))) verb++;
        if (verb + 2 > last || tokens[verb].Kind != TokenKind.Word) return null;
        var participle = tokens[verb].Of(text);
        if (!participle.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || lexicon.Find(participle) is not { Class: CueClass.Speech, Particle: null }
            || !tokens[verb + 1].Of(text).Equals("by", StringComparison.Ordinal))
            return null;
        int agent = verb + 2;
        int words = 0;
        for (int k = agent; k <= last; k++)
        {
            if (tokens[k].Kind is not (TokenKind.Word or TokenKind.Number) && !(text[tokens[k].Start] == '.' && k < last)) return null;
            if (tokens[k].Kind == TokenKind.Word && !char.IsUpper(text[tokens[k].Start]) && !NameJoiners.Contains(tokens[k].Of(text))) return null;
            words++;
        }
        if (words > MaxAgentWords) return null;
        return new AttributionSpan
        {
            Content = new TextSpan(tokens[first].Start, tokens[be - 1].End), Cue = new TextSpan(tokens[be].Start, tokens[verb].End),
            Source = new TextSpan(tokens[agent].Start, tokens[last].End), Kind = ClaimKind.Indirect,
        };
    }
}
