using Claims.Segmentation;
using Claims.Text;

namespace Claims.Attribution.Learned;

/// <summary>
/// A content that opens with a relative "that" ("emphasizing opposition to any resolution [that would simply freeze the
/// front lines]"): after an object noun phrase, a "that" followed directly by its verb is a relative pronoun, so the
/// content is the noun phrase with its relative clause, from the first word after the cue. Read after the ranker (both
/// modes); cases in <c>tests/Claims.Tests/cases/nested-sources.tsv</c>. Stateless and thread-safe.
/// </summary>
internal static class ObjectPhraseContent
{
    /// <summary>How many words may stand between the cue and the relative "that".</summary>
    private const int Reach = 6;

    // Verbs that follow a relative "that" directly ("a resolution that would …", "the plan that is …").
    private static readonly WordSet RelativeVerbs = new([.. WordLists.Modals, "is", "was", "are", "were", "has", "have", "had"]);

    /// <summary>The attributions with such contents widened to the object phrase; the list itself when none changed.</summary>
    public static IReadOnlyList<AttributionSpan> Apply(Document document, IReadOnlyList<AttributionSpan> attributions)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(attributions);
        List<AttributionSpan>? result = null;
        for (int i = 0; i < attributions.Count; i++)
        {
            if (ObjectStart(document, attributions[i]) is not { } start) continue;
            result ??= [.. attributions];
            result[i] = attributions[i] with { Content = new TextSpan(start, attributions[i].Content.End) };
        }
        return result ?? attributions;
    }

    private static int? ObjectStart(Document document, AttributionSpan a)
    {
        if (a.Cue is not { } cue || a.FromLayout || a.Content.Start < cue.End) return null;
        string text = document.Text;
        var tokens = document.Tokens;
        int that = document.TokenRange(a.Content).Start.Value, after = document.TokenRange(cue).End.Value;
        if (that + 1 >= tokens.Count || !tokens[that].Of(text).Equals("that", StringComparison.OrdinalIgnoreCase)
            || tokens[that + 1].Kind != TokenKind.Word || !RelativeVerbs.Contains(tokens[that + 1].Of(text))
            || that - after is < 2 or > Reach)
            return null;
        bool determiner = false;
        for (int k = after; k < that; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || a.Source is { } s && s.Contains(tokens[k].Start)) return null;
            var w = tokens[k].Of(text);
            if (Words.Pronouns.Contains(w) || w.Equals("that", StringComparison.OrdinalIgnoreCase)) return null;
            determiner |= Words.Determiners.Contains(w);
        }
        return determiner ? tokens[after].Start : null;
    }
}
