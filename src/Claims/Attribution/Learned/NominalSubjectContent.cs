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
