using Claims.Segmentation;

namespace Claims.Attribution.Learned;

/// <summary>
/// Repairs the sources of kept attributions that name no one (<see cref="SpeakerSanity"/>: a date phrase "On
/// Thursday", function words "of the", a clause fragment "left little"): the tagger often puts its source tags on the
/// words just before a cue that is not the sentence's first verb ("Trump unleashed a series of tweets early Friday
/// saying ..."). The source is then read as the nearest subject before the cue in its sentence (a subject pronoun or a
/// capitalized name run that is no opener or date word); when there is none it stays. Indefinites ("some", "each") and
/// first-person mentions ("my father") are sources as annotators mark them, though no speaker, and stay too. Stateless and thread-safe.
/// </summary>
internal static class SourceRepair
{
    /// <summary>How many tokens before the cue the subject is looked for.</summary>
    private const int Reach = 20;

    // Possessives and quantifiers annotators mark as sources ("his comment", "some say"): the resolver reads them.
    private static readonly WordSet Kept = new(
        [.. Text.WordLists.PossessivePronouns, "my", "your", "some", "many", "most", "others", "each", "all", "both", "few", "several"]);

    /// <summary>The attributions with every source that names no one repaired; the list itself when none needed it.</summary>
    public static IReadOnlyList<AttributionSpan> Apply(Document document, IReadOnlyList<AttributionSpan> attributions)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(attributions);
        return SourceRewrites.Apply(attributions, (a, cue) =>
        {
            if (a.Source is not { } source || Kept.Contains(document.Text.AsSpan(source.Start, source.Length).Trim())) return null;
            var reading = SpeakerSanity.Default.Read(document, source);
            if (reading.Rule is not (SpeakerRule.DateOrTime or SpeakerRule.FunctionWords or SpeakerRule.ClauseFragment or SpeakerRule.Event)) return null;
            return SubjectBefore(document, cue, a.Content);
        });
    }

    /// <summary>The nearest subject pronoun or capitalized name run before <paramref name="cue"/> in its sentence, outside the
    /// content, starting at or after <paramref name="from"/>.</summary>
    internal static TextSpan? SubjectBefore(Document document, TextSpan cue, TextSpan content, int from = 0)
    {
        string text = document.Text;
        var tokens = document.Tokens;
        int sentence = document.SentenceIndexAt(cue.Start);
        if (sentence < 0) return null;
        int sentenceStart = Math.Max(from, document.Sentences[sentence].Span.Start);
        int k = document.TokenRange(cue).Start.Value - 1;
        for (int steps = 0; k >= 0 && steps < Reach && tokens[k].Start >= sentenceStart; k--, steps++)
        {
            var t = tokens[k];
            if (t.Kind != TokenKind.Word || content.Contains(t.Start)) continue;
            var word = t.Of(text);
            if (Words.Pronouns.Contains(word) && !word.Equals("it", StringComparison.OrdinalIgnoreCase)
                && !word.Equals("you", StringComparison.OrdinalIgnoreCase)) return new TextSpan(t.Start, t.End);
            if (!IsNameWord(text, t)) continue;
            int start = k;
            while (start - 1 >= 0 && tokens[start - 1].Start >= sentenceStart && IsNameWord(text, tokens[start - 1])
                && tokens[start].Start - tokens[start - 1].End <= 1) start--;
            return new TextSpan(tokens[start].Start, t.End);
        }
        return null;
    }

    private static bool IsNameWord(string text, Token t)
    {
        if (t.Kind != TokenKind.Word || !char.IsUpper(text[t.Start])) return false;
        var word = t.Of(text);
        return !SpeakerSanity.IsOpener(word) && !SpeakerSanity.IsCalendarWord(word) && !Words.Pronouns.Contains(word)
            && !Words.Determiners.Contains(word);
    }
}
