using Claims.Pipeline;
using Claims.Segmentation;

namespace Claims.Attribution;

// The person list a resolver reads: full names by surname and every person mention in text order, what lone surnames
// and pronouns resolve to.
public sealed partial class SpeakerResolver
{
    /// <summary>
    /// Full person names in the article keyed by surname: runs of two or three capitalized words whose first word is
    /// not a title or sentence opener ("Kirill Dmitriev" under "Dmitriev"). The first such run wins.
    /// </summary>
    private static Dictionary<string, string> FullNamesBySurname(Document document, out List<(int Position, string Name, bool Subject)> mentions)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        mentions = [];
        string text = document.Text;
        var tokens = document.Tokens;
        int k = 0;
        while (k < tokens.Count)
        {
            if (!IsCapWord(text, tokens[k])) { k++; continue; }
            var (run, j) = CapitalizedRun(text, tokens, k);
            // Drop leading titles inside the run ("President Vladimir Putin" → "Vladimir Putin") and a capitalized
            // preposition opening a quote ("With Hillary Clinton off the campaign trail").
            int s = 0;
            while (s < run.Count && (TitleWords.Contains(run[s].Word) || Words.Prepositions.Contains(run[s].Word))) s++;
            int n = run.Count - s;
            // "Harry B. Harris Jr.": the suffix is no surname.
            if (n >= 3 && NameSuffixes.Contains(run[^1].Word)) n--;
            int at = s < run.Count ? run[s].Start : 0;
            if (n is >= 2 and <= 3)
            {
                var words = new string[n];
                for (int i = 0; i < n; i++) words[i] = run[s + i].Word;
                bool org = words.Any(OrgWords.Contains) || Words.Pronouns.Contains(words[0]) || Words.Determiners.Contains(words[0]);
                string last = words[^1];
                if (last.EndsWith("’s", StringComparison.Ordinal) || last.EndsWith("'s", StringComparison.Ordinal))
                {
                    last = last[..^2];
                    words[^1] = last;
                }
                if (!org && last.Length > 1)
                {
                    // "Bill Clinton" after "Hillary Clinton" is Bill, though a lone "Clinton" stays the first one named
                    // (and "Hillary Clinton" after "Hillary Rodham Clinton" is the same person).
                    string full = string.Join(' ', words);
                    if (!result.TryAdd(last, full) && SameFirstName(result[last], full)) full = result[last];
                    mentions.Add((at, full, FirstInSentence(document, mentions, at)));
                }
            }
            else if (n == 1 && result.TryGetValue(TrimPossessive(run[s].Word), out var known))
                mentions.Add((at, known, FirstInSentence(document, mentions, at))); // a later surname-only mention
            k = j;
        }
        return result;
    }

    /// <summary>
    /// The run of capitalized words from token <paramref name="k"/> (at most six; a middle initial reads as one word:
    /// "Donald J. Trump", "Stanley B. Greenberg") and the token after it. A name never runs across a line break
    /// ("Roadblocks and Conditions\n\nRussia" holds no person).
    /// </summary>
    private static (List<(string Word, int Start)> Run, int End) CapitalizedRun(string text, IReadOnlyList<Token> tokens, int k)
    {
        var run = new List<(string Word, int Start)>();
        int j = k;
        while (j < tokens.Count && run.Count < 6)
        {
            if (j > k && text.AsSpan(tokens[j - 1].End, tokens[j].Start - tokens[j - 1].End).Contains('\n')) break;
            if (IsCapWord(text, tokens[j])) run.Add((tokens[j].Of(text).ToString(), tokens[j].Start));
            else if (run.Count > 0 && IsMiddleInitial(text, tokens, j)) run.Add((text[tokens[j].Start..tokens[++j].End], tokens[j - 1].Start));
            else break;
            j++;
        }
        return (run, j);
    }

    // "J." between two name words: a capital letter, its period right after it, and a name word next.
    private static bool IsMiddleInitial(string text, IReadOnlyList<Token> tokens, int j) =>
        j + 2 < tokens.Count && tokens[j].End - tokens[j].Start == 1 && char.IsUpper(text[tokens[j].Start])
        && tokens[j + 1].Start == tokens[j].End && text[tokens[j + 1].Start] == '.' && tokens[j + 1].End - tokens[j + 1].Start == 1
        && IsCapWord(text, tokens[j + 2]);
}
