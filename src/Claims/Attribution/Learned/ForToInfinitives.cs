using Claims.Segmentation;
using Claims.Text;

namespace Claims.Attribution.Learned;

/// <summary>
/// A cue verb inside a "for X to …" infinitive reports nothing: "the deadline Trump set for Russia to agree to a
/// ceasefire", "it is time for the party to admit the plan failed" say what someone should do, not what anyone said or
/// thinks, and the words before "for" ("Trump set") are not its source. Such attributions are dropped. Read after the
/// ranker (both modes); cases in <c>tests/Claims.Tests/cases/after-model-repairs.tsv</c> (reading <c>for-to</c>).
/// Stateless and thread-safe.
/// </summary>
internal static class ForToInfinitives
{
    /// <summary>How many words the infinitive's subject ("Russia", "the new government") may hold between "for" and "to".</summary>
    internal const int MaxSubjectWords = 4;

    /// <summary>The attributions without those whose cue stands in such an infinitive; the list itself when none does.</summary>
    public static IReadOnlyList<AttributionSpan> Apply(Document document, IReadOnlyList<AttributionSpan> attributions)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(attributions);
        return attributions.Any(a => InForTo(document, a)) ? [.. attributions.Where(a => !InForTo(document, a))] : attributions;
    }

    // Time words: "waited for hours to say", "for the first time to admit" measure time; the infinitive's subject is the sentence's.
    private static readonly WordSet TimeWords = new(
        "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades",
        "while", "time", "moment", "long", "ages");

    // Words that open the infinitive's own subject: "for the party to", "for him to", "for its leaders to".
    private static readonly WordSet SubjectOpeners = new([.. WordLists.ThirdPersonObjectPronouns, .. WordLists.PossessivePronouns, "the", "a", "an", "us", "me"]);

    /// <summary>
    /// Whether <paramref name="a"/>'s cue comes right after "for X to", X one to <see cref="MaxSubjectWords"/> words
    /// without punctuation, a be-form or a time word, that name someone (a capitalized word, or an opening determiner or pronoun).
    /// </summary>
    internal static bool InForTo(Document document, AttributionSpan a)
    {
        if (a.FromLayout || a.Kind == ClaimKind.Counter || a.Cue is not { } cue) return false;
        var tokens = document.Tokens;
        string text = document.Text;
        int k = document.TokenRange(cue).Start.Value - 1;
        if (k < 2 || !Is(text, tokens[k], "to")) return false;
        bool named = false;
        for (int j = k - 1, words = 0; j >= 0 && words <= MaxSubjectWords; j--)
        {
            var t = tokens[j];
            if (t.Kind != TokenKind.Word) return false;
            var w = t.Of(text);
            if (Is(text, t, "for")) return words > 0 && (named || SubjectOpeners.Contains(tokens[j + 1].Of(text)));
            if (Words.BeForms.Contains(w) || TimeWords.Contains(w) || a.Content.Contains(t.Start)) return false;
            named |= char.IsUpper(w[0]);
            words++;
        }
        return false;
    }

    private static bool Is(string text, Token token, string word) =>
        token.Kind == TokenKind.Word && token.Of(text).Equals(word, StringComparison.OrdinalIgnoreCase);
}
