using System.Text.RegularExpressions;
using Claims.Text;

namespace Claims.Attribution;

/// <summary>
/// Finds the name in a source mention that carries an apposition or a relative clause, for <see cref="SpeakerResolver"/>.
/// <list type="bullet">
/// <item>A name, a comma, then an apposition or a relative clause ("Rami Abdulrahman, who runs the", "Meghan Casserly,
/// a spokeswoman for Google"): the speaker is the name before the comma; an apposition is kept as a role. Without this,
/// one person written with two appositions ("a Sarajevo gynaecologist", "a gynecologist from Sarajevo") was two
/// speakers named after their descriptions.</item>
/// <item>Coordinated names before the comma ("Incer and Lindley Johnson, an executive for ...") are one group speaker.</item>
/// <item>A mention that is itself the apposition of a name opening its sentence ("Rosario Murillo, a government
/// spokeswoman and wife of the president, Daniel Ortega, said"): the speaker is that name, not the last name inside the
/// apposition.</item>
/// </list>
/// Stateless and thread-safe.
/// </summary>
internal static partial class SpeakerApposition
{
    // Words that open an apposition or a relative clause after "Name,".
    private static readonly WordSet AppositionOpeners = new("a", "an", "the", "who", "whose");

    // Relative pronouns: the clause they open says what the person does, not who they are (no role).
    private static readonly WordSet Relatives = new("who", "whose");

    private static readonly WordSet Articles = new("a", "an", "the");

    // A name has at most this many words (titles included: "Rear Adm. John Kirby", "Incer and Lindley Johnson").
    private const int MaxNameWords = 6;

    /// <summary>How a source mention's words divide into the name and its apposition.</summary>
    /// <param name="NameWords">How many of the mention's words (from the first) name the speaker; 0 when the
    /// mention holds no apposition.</param>
    /// <param name="Coordinated">Whether the name joins two or more names with "and" (a group, not one person).</param>
    /// <param name="Role">The apposition read as a role ("spokeswoman for Google"), or null (a relative clause).</param>
    public readonly record struct Split(int NameWords, bool Coordinated, string? Role);

    /// <summary>
    /// Splits <paramref name="words"/> (the mention's words, commas trimmed) at a comma after a run of name words that
    /// an apposition or a relative clause follows; <see cref="Split.NameWords"/> is 0 when there is none.
    /// </summary>
    public static Split Read(string text, IReadOnlyList<TextSpan> words, Func<string, bool> isNameWord)
    {
        bool coordinated = false;
        for (int c = 0; c < words.Count - 1 && c < MaxNameWords; c++)
        {
            string word = text[words[c].Start..words[c].End];
            bool conjunction = word == "and" && c > 0;
            if (!conjunction && !isNameWord(word)) return default;
            coordinated |= conjunction;
            if (!FollowedByComma(text, words[c])) continue;
            int opener = c + 1;
            // "Mac Thornberry, R-Texas, the chairman of ...": a party label before the apposition.
            if (opener + 1 < words.Count && PartyLabel().IsMatch(text.AsSpan(words[opener].Start, words[opener].Length))
                && FollowedByComma(text, words[opener])) opener++;
            string next = text[words[opener].Start..words[opener].End];
            if (conjunction || !AppositionOpeners.Contains(next)) return default;
            string? role = Relatives.Contains(next) ? null
                : string.Join(' ', words.Skip(opener + 1).Select(w => text[w.Start..w.End]));
            return new Split(c + 1, coordinated, string.IsNullOrEmpty(role) ? null : role);
        }
        return default;
    }

    /// <summary>
    /// The name a mention that opens with an article (or is a party label) stands in apposition to: a run of two or more name words that
    /// opens the sentence and ends with a comma right before the mention ("Rosario Murillo, a government spokeswoman
    /// ..."); null otherwise.
    /// </summary>
    public static TextSpan? NameBefore(Document document, TextSpan mention, Func<string, bool> isNameWord)
    {
        string text = document.Text;
        int first = mention.Start;
        int firstEnd = first;
        while (firstEnd < mention.End && char.IsLetter(text[firstEnd])) firstEnd++;
        // An apposition opens with an article; a party label alone ("Mac Thornberry, R-Texas, said") names no one either.
        if (!Articles.Contains(text.AsSpan(first, firstEnd - first)) && !PartyLabel().IsMatch(text.AsSpan(mention.Start, mention.Length).TrimEnd(','))) return null;
        int i = first - 1;
        while (i >= 0 && text[i] == ' ') i--;
        if (i < 0 || text[i] != ',') return null;
        int sentence = document.SentenceIndexAt(i);
        if (sentence < 0) return null;
        int sentenceStart = document.Sentences[sentence].Span.Start;
        int end = i; // the comma
        int start = end;
        int count = 0;
        int p = end;
        while (count < MaxNameWords)
        {
            while (p > sentenceStart && text[p - 1] == ' ') p--;
            int wordEnd = p;
            while (p > sentenceStart && !char.IsWhiteSpace(text[p - 1])) p--;
            if (p == wordEnd) break;
            bool comma = text[wordEnd - 1] == ',';
            string word = text[p..(comma ? wordEnd - 1 : wordEnd)];
            if (comma)
            {
                // "Mac Thornberry, R-Texas, the chairman ...": a party label between the name and the apposition.
                if (count == 1 && PartyLabel().IsMatch(text.AsSpan(start, end - start)))
                {
                    end = wordEnd - 1;
                    count = 0;
                }
                // Any other comma ends the run: only an opener may stand before the name ("Meanwhile, Trip Chowdhry,
                // an analyst ...", checked below).
                else
                    break;
            }
            if (!isNameWord(word) || SpeakerSanity.IsOpener(word) || SpeakerSanity.IsCalendarWord(word)) return null;
            start = p;
            count++;
            if (SpeakerResolver.StartsSentence(document, p)) break;
        }
        if (count < 2 || !OnlyOpenerBefore(document, sentenceStart, start)) return null;
        return new TextSpan(start, end);
    }

    // Only punctuation, or one opener and a comma ("Meanwhile, "), before the name in its sentence.
    private static bool OnlyOpenerBefore(Document document, int sentenceStart, int start)
    {
        if (SpeakerResolver.StartsSentence(document, start)) return true;
        string text = document.Text;
        int q = start;
        while (q > sentenceStart && text[q - 1] == ' ') q--;
        if (q == sentenceStart || text[q - 1] != ',') return false;
        int wordEnd = q - 1;
        int p = wordEnd;
        while (p > sentenceStart && char.IsLetter(text[p - 1])) p--;
        return SpeakerSanity.IsOpener(text.AsSpan(p, wordEnd - p)) && SpeakerResolver.StartsSentence(document, p);
    }

    [GeneratedRegex(@"^[RDI]-[A-Z][A-Za-z.]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PartyLabel();

    private static bool FollowedByComma(string text, TextSpan word) => word.End < text.Length && text[word.End] == ',';
}
