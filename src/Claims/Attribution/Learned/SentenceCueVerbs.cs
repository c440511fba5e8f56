using Claims.Attribution.Patterns;
using Claims.Segmentation;

namespace Claims.Attribution.Learned;

/// <summary>
/// The cue verbs of one sentence as the post-model readings look for them: a lower-case word after the sentence's first
/// token whose lexicon entry the reading accepts, with the particle the entry names right after it ("point out").
/// Shared by <see cref="VerbObjectReadings"/> and <see cref="ThatClauseReadings"/>. Stateless and thread-safe.
/// </summary>
internal static class SentenceCueVerbs
{
    /// <summary>
    /// The cue verbs of the tokens <c>(first, end)</c> of <paramref name="document"/> whose entry
    /// <paramref name="accepts"/> (given the verb's token index), in text order.
    /// </summary>
    public static IEnumerable<CueMatch> Find(Document document, int first, int end, CueLexicon lexicon, Func<int, CueEntry, bool> accepts)
    {
        string text = document.Text;
        var tokens = document.Tokens;
        for (int k = first + 1; k < end; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || char.IsUpper(text[tokens[k].Start])
                || lexicon.Find(tokens[k].Of(text)) is not { } entry || !accepts(k, entry)) continue;
            if (entry.Particle is not { } particle) yield return new CueMatch(k, k, entry);
            else if (k + 1 < end && tokens[k + 1].Of(text).Equals(particle, StringComparison.OrdinalIgnoreCase)) yield return new CueMatch(k, k + 1, entry);
        }
    }
}
