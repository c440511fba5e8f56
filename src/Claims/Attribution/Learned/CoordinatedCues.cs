using Claims.Segmentation;

namespace Claims.Attribution.Learned;

/// <summary>
/// A post-model reading (both modes; it feeds no model feature): "Ukraine, on the other hand, continues to reject
/// Russia’s proposed terms for ending the conflict and insists that more Western military aid … are necessary": when a
/// kept attribution's cue follows "and" (or "but") and its source opened the sentence, the verb phrase before "and" is a second
/// attribution of the same source if its verb is a cue verb (any class: "reject" is a stance) — the first verb phrase was
/// lost to the writer. Between the source and that verb only a parenthetical set off by commas ("on the other hand") and
/// modifiers ("continues to", "also", "has") may stand; its content runs from the verb to the comma or "and" before the
/// kept cue and needs <see cref="MinContentWords"/> words. Not added when a kept attribution already holds the verb or
/// overlaps that content. Cases in <c>tests/Claims.Tests/cases/after-model-repairs.tsv</c> (reading
/// <c>coordinated-cue</c>). Stateless and thread-safe.
/// </summary>
internal static class CoordinatedCues
{
    /// <summary>The fewest words of the first verb phrase's content.</summary>
    internal const int MinContentWords = 2;

    /// <summary>The most tokens between the source and the first cue verb (parenthetical and modifiers).</summary>
    internal const int MaxGapTokens = 8;

    /// <summary>The conjunctions between the two verb phrases ("rejects X and insists", "rejects X but insists").</summary>
    private static readonly WordSet Conjunctions = new("and", "but");

    /// <summary>Words of aspect that may stand before the first cue verb ("continues to reject", "keeps rejecting").</summary>
    private static readonly WordSet AspectWords = new("continues", "continued", "continue", "keeps", "kept", "to");

    /// <summary>The attributions with the first verb phrases of coordinated cues added; the list itself when none is new.</summary>
    public static IReadOnlyList<AttributionSpan> Apply(Document document, IReadOnlyList<AttributionSpan> attributions, CueLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(attributions);
        ArgumentNullException.ThrowIfNull(lexicon);
        if (document.Tokens.Count == 0) return attributions;
        return UnclaimedReadings.Add(attributions, attributions.Select(a => FirstVerbPhrase(document, a, lexicon)).OfType<AttributionSpan>().ToList());
    }

    /// <summary>The attribution of the verb phrase coordinated before <paramref name="a"/>'s cue ("S V1 X and V2 …"), or null.</summary>
    internal static AttributionSpan? FirstVerbPhrase(Document document, AttributionSpan a, CueLexicon lexicon)
    {
        if (a.FromLayout || a.Kind != ClaimKind.Indirect || a.Cue is not { } cue || a.Source is not { } source || source.End > cue.Start) return null;
        string text = document.Text;
        var tokens = document.Tokens;
        int c = document.TokenRange(cue).Start.Value;
        int and = c - 1;
        if (and < 1 || !Conjunctions.Contains(tokens[and].Of(text))) return null;
        int sourceLast = document.TokenRange(source).End.Value - 1;
        if (sourceLast < 0 || sourceLast >= and) return null;
        // The source opens its sentence.
        int sentence = document.SentenceIndexAt(source.Start);
        if (sentence < 0 || document.TokenRange(document.Sentences[sentence].Span).Start.Value != document.TokenRange(source).Start.Value) return null;
        int k = sourceLast + 1;
        if (k < and && text[tokens[k].Start] == ',')
        {
            int close = k + 1;
            while (close < and && close - k <= MaxGapTokens && tokens[close].Kind == TokenKind.Word) close++;
            if (close >= and || text[tokens[close].Start] != ',') return null;
            k = close + 1;
        }
        int cueFirst = k;
        while (k < and && k - sourceLast <= MaxGapTokens && tokens[k].Kind == TokenKind.Word
               && (AspectWords.Contains(tokens[k].Of(text)) || Words.CueModifiers.Contains(tokens[k].Of(text))))
            k++;
        if (k >= and || tokens[k].Kind != TokenKind.Word) return null;
        var verb = tokens[k].Of(text);
        bool afterTo = k > cueFirst && tokens[k - 1].Of(text).Equals("to", StringComparison.OrdinalIgnoreCase);
        if ((lexicon.Find(verb) ?? (afterTo ? lexicon.FindLemma(verb) : null)) is not { Particle: null }) return null;
        int last = and - 1;
        while (last > k && tokens[last].Kind == TokenKind.Punctuation) last--;
        int words = 0;
        for (int i = k + 1; i <= last; i++)
        {
            if (tokens[i].Kind == TokenKind.Quote) return null;
            if (tokens[i].Kind is TokenKind.Word or TokenKind.Number) words++;
        }
        if (words < MinContentWords) return null;
        return new AttributionSpan
        {
            Content = new TextSpan(tokens[k + 1].Start, tokens[last].End), Cue = new TextSpan(tokens[cueFirst].Start, tokens[k].End),
            Source = source, Via = a.Via, Kind = ClaimKind.Indirect,
        };
    }
}
