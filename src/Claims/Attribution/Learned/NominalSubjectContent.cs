using Claims.Segmentation;
using Claims.Text;

namespace Claims.Attribution.Learned;

/// <summary>
/// The content of a statement noun that is its sentence's subject ends before the sentence's own verb: in "However, his
/// campaign claim that the war could be resolved within 24 hours has proven unrealistic" the campaign claimed "that the war
/// could be resolved within 24 hours"; "has proven unrealistic" is the writer's verdict on it. Read after the ranker (both
/// modes): the cue is a statement noun ("claim", "assertion", "promise"), no verb comes before it in its sentence, the
/// content opens with "that", and a second auxiliary-led verb group follows the clause's own verb in the sentence (the
/// content then ends right before it, cut or extended). Cases in
/// <c>tests/Claims.Tests/cases/nested-sources.tsv</c>. Stateless and thread-safe.
/// </summary>
internal static class NominalSubjectContent
{
    private static readonly WordSet Auxiliaries = new([.. WordLists.AuxiliaryVerbs]);

    // Words a main verb group never follows directly: the clause goes on ("the man who has", "and has", "that is").
    private static readonly WordSet ClauseLinks = new(
    [
        "and", "or", "but", "that", "which", "who", "whom", "whose", "where", "when", "while", "if", "because", "as", "than",
        .. WordLists.SubjectPronouns,
    ]);

    /// <summary>The attributions with such contents ending right before the main verb; the list itself when none changed.</summary>
    public static IReadOnlyList<AttributionSpan> Apply(Document document, IReadOnlyList<AttributionSpan> attributions)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(attributions);
        List<AttributionSpan>? result = null;
        for (int i = 0; i < attributions.Count; i++)
        {
            if (MainVerbIn(document, attributions[i]) is not { } end) continue;
            result ??= [.. attributions];
            result[i] = attributions[i] with { Content = new TextSpan(attributions[i].Content.Start, end) };
        }
        return result ?? attributions;
    }

    /// <summary>
    /// <paramref name="attributions"/> with the unclaimed readings of possessed statement nouns that are their sentence's
    /// subject added ("However, his campaign claim that the war could be resolved within 24 hours has proven
    /// unrealistic": the possessor "his" claimed "that the war could be resolved within 24 hours"). The rule stages leave
    /// this frame out (the clause would run into the main verb); here the content ends right before that verb, and the
    /// reading is made only when that verb is found. The list itself when none is new.
    /// </summary>
    public static IReadOnlyList<AttributionSpan> AddReadings(Document document, IReadOnlyList<AttributionSpan> attributions)
        => UnclaimedReadings.AddPerSentence(document, attributions, s => Read(document, s) is { } reading ? [reading] : []);

    /// <summary>Sentence <paramref name="s"/>'s "[possessor] [modifier] statement-noun that … verb" reading, or null.</summary>
    internal static AttributionSpan? Read(Document document, int s)
    {
        if (document.Sentences[s].IsHeading) return null;
        string text = document.Text;
        var tokens = document.Tokens;
        var range = document.TokenRange(document.Sentences[s].Span);
        for (int k = range.Start.Value + 1; k + 1 < range.End.Value; k++)
        {
            if (!Words.StatementNouns.Contains(tokens[k].Of(text)) || !tokens[k + 1].Of(text).Equals("that", StringComparison.OrdinalIgnoreCase)) continue;
            for (int p = k - 1; p >= range.Start.Value && k - p <= MaxModifiers + 1 && tokens[p].Kind == TokenKind.Word; p--)
            {
                if (Possessor(document, p, range.Start.Value) is not { } source) continue;
                var a = new AttributionSpan
                {
                    Source = source, Cue = new TextSpan(tokens[p + 1 <= k ? p + 1 : k].Start, tokens[k].End),
                    Content = new TextSpan(tokens[k + 1].Start, document.Sentences[s].Span.End), Kind = ClaimKind.Indirect,
                };
                return MainVerbIn(document, a) is { } end ? a with { Content = new TextSpan(a.Content.Start, end) } : null;
            }
        }
        return null;
    }

    /// <summary>How many words may stand between the possessor and the statement noun ("his campaign claim").</summary>
    internal const int MaxModifiers = 1;

    /// <summary>The possessor at token <paramref name="p"/>: a possessive pronoun, or a capitalized name ending in "’s" (its name run), or null.</summary>
    private static TextSpan? Possessor(Document document, int p, int first)
    {
        string text = document.Text;
        var tokens = document.Tokens;
        var word = tokens[p].Of(text);
        if (Words.PossessivePronouns.Contains(word)) return new TextSpan(tokens[p].Start, tokens[p].End);
        if (!(word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal)) || !char.IsUpper(word[0])) return null;
        int n = p;
        while (n - 1 >= first && p - n < 3 && tokens[n - 1].Kind == TokenKind.Word && char.IsUpper(tokens[n - 1].Of(text)[0])
               && !Words.SourceBoundary.Contains(tokens[n - 1].Of(text)) && !Words.Adverbials.Contains(tokens[n - 1].Of(text))) n--;
        return new TextSpan(tokens[n].Start, tokens[p].End);
    }

    /// <summary>Where the content's main-clause verb group starts (the new content end), or null.</summary>
    private static int? MainVerbIn(Document document, AttributionSpan a)
    {
        if (a.Cue is not { } cue || a.FromLayout) return null;
        string text = document.Text;
        var tokens = document.Tokens;
        var cueRange = document.TokenRange(cue);
        var contentRange = document.TokenRange(a.Content);
        int sentence = document.SentenceIndexAt(cue.Start);
        if (sentence < 0) return null;
        // The verb is looked for up to the sentence's end: the content may stop short of it or run past it.
        int c = cueRange.End.Value - 1, first = contentRange.Start.Value, end = document.TokenRange(document.Sentences[sentence].Span).End.Value;
        if (c < 0 || first >= end || !Words.StatementNouns.Contains(tokens[c].Of(text)) || !tokens[first].Of(text).Equals("that", StringComparison.OrdinalIgnoreCase))
            return null;
        // The noun phrase is the subject: no verb before it in its sentence.
        for (int k = cueRange.Start.Value - 1; k >= 0 && tokens[k].Start >= document.Sentences[sentence].Span.Start; k--)
            if (tokens[k].Kind == TokenKind.Word && (Auxiliaries.Contains(tokens[k].Of(text)) || CueLexicon.Shipped.Find(tokens[k].Of(text)) is not null))
                return null;
        bool clauseVerb = false;
        for (int k = first + 2; k < end; k++)
        {
            if (tokens[k].Kind != TokenKind.Word) { if (tokens[k].Kind == TokenKind.Punctuation && text[tokens[k].Start] != '-') return null; continue; }
            if (!Auxiliaries.Contains(tokens[k].Of(text))) continue;
            if (!clauseVerb) { clauseVerb = true; SkipGroup(document, ref k, end); continue; }
            var before = tokens[k - 1];
            if (before.Kind == TokenKind.Word && !ClauseLinks.Contains(before.Of(text)) && !Auxiliaries.Contains(before.Of(text)))
                return before.End;
            return null;
        }
        return null;
    }

    /// <summary>Moves <paramref name="k"/> to the last auxiliary of the verb group that starts at it ("could be").</summary>
    private static void SkipGroup(Document document, ref int k, int end)
    {
        while (k + 1 < end && document.Tokens[k + 1].Kind == TokenKind.Word
               && (Auxiliaries.Contains(document.Tokens[k + 1].Of(document.Text)) || WordLists.BeForms.Contains(document.Tokens[k + 1].Of(document.Text).ToString())
                   || document.Tokens[k + 1].Of(document.Text).Equals("not", StringComparison.OrdinalIgnoreCase)))
            k++;
    }
}
