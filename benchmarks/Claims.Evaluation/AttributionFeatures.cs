using Claims.Attribution;
using Claims.Segmentation;

namespace Claims.Evaluation;

/// <summary>
/// Numeric features of one attribution for the experimental learned filter (<c>polnear-filter cv</c>): its kind, cue,
/// source, content and the sentence around it. Reads the document's layers only; deterministic and culture-invariant.
/// </summary>
internal static class AttributionFeatures
{
    /// <summary>Length of the feature vector.</summary>
    public const int Count = 22;

    private static readonly HashSet<string> Pronouns = new(
        ["he", "she", "they", "it", "i", "we", "you", "him", "her", "them"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Writes the features of <paramref name="a"/> into <paramref name="x"/> (length <see cref="Count"/>).</summary>
    public static void Compute(Document document, AttributionSpan a, CueLexicon cues, Span<float> x)
    {
        string text = document.Text;
        var tokens = document.Tokens;
        var content = a.Content;
        x.Clear();
        x[0] = (int)a.Kind;
        CueEntry? entry = null;
        string cueWord = "";
        if (a.Cue is { } cue)
        {
            var range = document.TokenRange(cue);
            if (range.End.Value > range.Start.Value)
            {
                cueWord = tokens[range.Start.Value].Of(text).ToString();
                entry = cues.Find(cueWord);
            }
            x[1] = entry is { } e ? (int)e.Class : cueWord == ":" ? 10 : cueWord.Equals("according", StringComparison.OrdinalIgnoreCase) ? 11 : 12;
            x[2] = entry is { Lemma: "say" or "tell" } || cueWord.Equals("according", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            x[3] = cue.Start >= content.End ? 1 : 0;
            x[4] = cue.Start >= content.End ? cue.Start - content.End : Math.Max(0, content.Start - cue.End);
            x[5] = StableHash(entry?.Lemma ?? cueWord.ToLowerInvariant());
            x[6] = InsideQuote(document.Quotes, cue.Start) ? 1 : 0;
        }
        else x[1] = -1;
        if (a.Source is { } source)
        {
            string s = text.Substring(source.Start, source.Length);
            x[7] = 1;
            x[8] = Pronouns.Contains(s) ? 1 : 0;
            x[9] = char.IsUpper(s[0]) ? 1 : 0;
            x[10] = CountWords(text, source);
            x[11] = s.Any(char.IsLetter) && !s.Any(char.IsLower) ? 1 : 0;
        }
        int contentWords = CountWords(text, content);
        x[12] = contentWords;
        x[13] = HasQuoteMark(text, content) ? 1 : 0;
        x[14] = StartsWithWord(text, content.Start, "that") ? 1 : 0;
        x[15] = content.Length > 0 && char.IsUpper(text[content.Start]) ? 1 : 0;
        int si = document.SentenceIndexAt(content.Start);
        if (si >= 0)
        {
            var sentence = document.Sentences[si];
            int sentenceWords = Math.Max(1, CountWords(text, sentence.Span));
            x[16] = sentenceWords;
            x[17] = sentence.IsHeading ? 1 : 0;
            x[18] = (float)contentWords / sentenceWords;
            x[19] = (float)si / Math.Max(1, document.Sentences.Count);
            x[20] = CountWords(text, new TextSpan(content.End, Math.Max(content.End, sentence.Span.End))) == 0 ? 1 : 0;
            int same = 0;
            foreach (var other in document.Attributions)
                if (document.SentenceIndexAt(other.Content.Start) == si) same++;
            x[21] = same;
        }
    }

    /// <summary>A lemma as a number in [0, 1): trees can then single out frequent cues without a lexicon-sized one-hot.</summary>
    private static float StableHash(string s)
    {
        uint h = 2166136261;
        foreach (char c in s) h = (h ^ c) * 16777619;
        return (h % 10007) / 10007f;
    }

    private static bool InsideQuote(IReadOnlyList<Quote> quotes, int position)
    {
        foreach (var q in quotes)
            if (q.Span.Contains(position)) return true;
        return false;
    }

    private static bool HasQuoteMark(string text, TextSpan span)
    {
        for (int i = span.Start; i < span.End; i++)
            if (QuoteMarks.IsQuote(text[i])) return true;
        return false;
    }

    private static bool StartsWithWord(string text, int at, string word) =>
        at + word.Length <= text.Length && string.Compare(text, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
        && (at + word.Length == text.Length || !char.IsLetter(text[at + word.Length]));

    private static int CountWords(string text, TextSpan span)
    {
        int n = 0;
        bool inWord = false;
        for (int i = span.Start; i < span.End && i < text.Length; i++)
        {
            bool letter = char.IsLetterOrDigit(text[i]);
            if (letter && !inWord) n++;
            inWord = letter;
        }
        return n;
    }
}
