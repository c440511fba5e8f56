using System.Text.RegularExpressions;

namespace Claims.Evaluation;

/// <summary>
/// The evaluation's own reading of a claim's speaker and span, independent of the library's rules: which kind of
/// "no one" a speaker is (a function word, an unresolved or relative pronoun, a date or time phrase, a sentence
/// opener, a fragment of the quote itself, a heading glued to a name), whether a claim ends mid-clause on a
/// conjunction, and whether a caption or heading is glued to it.
/// </summary>
internal static partial class SpeakerAudit
{
    /// <summary>Kinds of speaker that are no one.</summary>
    internal enum NoOne { None, RelativePronoun, Pronoun, FunctionWord, DateOrTime, SentenceOpener, QuoteFragment, ClauseFragment, HeadingGlued, CaptionLabel }

    private static readonly HashSet<string> Relatives = Set("who", "whom", "whose", "which", "that", "where", "what", "whoever");

    private static readonly HashSet<string> Pronouns = Set(
        "he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "me", "one", "this", "these", "those",
        "himself", "herself", "themselves", "itself", "someone", "somebody", "anyone", "everyone", "nobody", "none",
        "each", "both", "all", "some", "many", "most", "others", "another", "other");

    private static readonly HashSet<string> FunctionWords = Set(
        "the", "a", "an", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "and", "or", "but", "nor",
        "so", "yet", "if", "when", "while", "because", "although", "though", "after", "before", "since", "until",
        "then", "there", "here", "now", "also", "still", "just", "only", "even", "not", "no", "yes", "however",
        "meanwhile", "instead", "thus", "therefore", "moreover", "furthermore", "indeed", "again", "later", "earlier",
        "once", "too", "very", "much", "more", "less", "about", "into", "over", "under", "up", "down", "out", "off",
        "its", "his", "their", "our", "my", "your", "her", "is", "was", "were", "are", "be", "been", "has", "have", "had",
        "do", "does", "did", "will", "would", "can", "could", "should", "may", "might", "must", "said", "says", "say",
        "according", "what", "how", "why", "where", "whether", "such", "like", "unlike", "despite", "during", "amid",
        "among", "against", "without", "within", "through", "across", "around", "upon", "per", "via", "than", "well",
        "first", "finally", "last", "next", "ultimately", "previously", "currently", "recently", "reportedly", "ago");

    private static readonly HashSet<string> Openers = Set(
        "then", "but", "and", "so", "in", "however", "meanwhile", "still", "yet", "also", "now", "instead", "thus",
        "later", "earlier", "previously", "finally", "or", "because", "while", "after", "before", "since", "if",
        "when", "although", "though", "as", "at", "on", "for", "with", "from", "by", "to", "of", "there", "here");

    private static readonly HashSet<string> TimeWords = Set(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow",
        "tonight", "morning", "afternoon", "evening", "night", "week", "weeks", "month", "months", "year", "years",
        "day", "days", "hour", "hours", "late", "early", "mid", "last", "next", "this", "ago", "weekend", "spring",
        "summer", "autumn", "fall", "winter", "decade", "century", "time", "times", "moment", "recently", "earlier",
        "later", "previously", "currently", "now", "then", "once", "in", "on", "at", "by", "during", "since", "until",
        "the", "a", "of", "past", "following", "same", "first");

    private static readonly HashSet<string> FirstPerson = Set("i", "me", "my", "we", "us", "our", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d");

    private static readonly HashSet<string> Conjunctions = Set(
        "and", "or", "but", "nor", "so", "yet", "because", "although", "though", "while", "whereas", "if", "unless",
        "that", "which", "who", "whom", "whose", "when", "where", "as", "than", "since", "until", "after", "before");

    // Caption labels seen on FNC-1 bodies and their kind: adjectives and abstract nouns, never names.
    private static readonly HashSet<string> CaptionWords = Set(
        "Stoic", "Thankful", "Humbled", "Appreciation", "Heroic", "Determined", "Grateful", "Tragic", "Emotional",
        "Devastated", "Shocked", "Horrific", "Relieved", "Dramatic", "Graphic", "Terrified", "Delighted", "Injured",
        "Wanted", "Missing", "Pictured", "Magnetic", "Dumped", "Attraction", "Reunited", "Celebration", "Tribute",
        "Loss", "Aftermath", "Transformation", "Remembered", "Talent", "Aging", "Explosive", "Furious", "Heartbroken");

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’.\-]*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^(1[0-9]|20)[0-9]{2}s?$|^[0-9]{1,2}(st|nd|rd|th)?$", RegexOptions.CultureInvariant)]
    private static partial Regex YearOrDay();

    internal static List<string> Words(string s) => WordPattern().Matches(s).Select(m => m.Value).ToList();

    /// <summary>Which kind of no one <paramref name="speaker"/> is, read with its mention as written.</summary>
    /// <param name="speaker">The canonical speaker.</param>
    /// <param name="mention">The source mention as written, when known.</param>
    /// <param name="lineAlone">Whether the mention is the whole of its line (a heading or caption).</param>
    internal static NoOne Classify(string speaker, string? mention, bool lineAlone = false)
    {
        if (lineAlone) return NoOne.HeadingGlued;
        // "Stoic: He managed …", "Humbled: …": a photo caption's label, an adjective or abstract noun.
        if (mention is not null && !mention.Contains(' ') && char.IsUpper(mention[0]) && mention == speaker
            && CaptionWords.Contains(mention))
            return NoOne.CaptionLabel;
        // Acronyms ("WHO", "IS", "US") and capitalized outlet words ("the Times") are names, not function words.
        var all = Words(speaker);
        var words = all.Where(w => !IsAcronym(w) && w is not ("Times" or "Time")).ToList();
        if (words.Count == 0) return all.Count == 0 ? NoOne.FunctionWord : NoOne.None;
        if (words.Count < all.Count && words.All(FunctionWords.Contains)) return NoOne.None; // "Currently HBO": a name with an opener
        if (mention is not null && mention.Contains('\n')) return NoOne.HeadingGlued;
        if (words.Count == 1 && Relatives.Contains(words[0])) return NoOne.RelativePronoun;
        if (words.All(w => Pronouns.Contains(w) || FunctionWords.Contains(w)) && words.Any(Pronouns.Contains)) return NoOne.Pronoun;
        if (words.All(w => TimeWords.Contains(w) || YearOrDay().IsMatch(w)) && words.Any(w => !FunctionWords.Contains(w) || YearOrDay().IsMatch(w)))
            return NoOne.DateOrTime;
        if (words.All(FunctionWords.Contains)) return Openers.Contains(words[0]) ? NoOne.SentenceOpener : NoOne.FunctionWord;
        if (words.Count >= 2 && words.Any(w => w.StartsWith('I') ? FirstPerson.Contains(w) && w[0] == 'I' && (w.Length == 1 || !char.IsLetter(w[1])) : FirstPerson.Contains(w) && char.IsLower(w[0])))
            return NoOne.QuoteFragment;
        if (IsClause(Words(speaker))) return NoOne.ClauseFragment;
        if (words.Count >= 2 && Openers.Contains(words[0]) && char.IsUpper(words[0][0]) && words.Skip(1).All(w => FunctionWords.Contains(w) || Pronouns.Contains(w)))
            return NoOne.SentenceOpener;
        return NoOne.None;
    }

    private static readonly HashSet<string> SubjectPronouns = Set("he", "she", "they", "it", "we", "you", "i");

    /// <summary>
    /// A clause rather than a noun phrase: a contraction ("NASA hasn't", "he'll"), a subject pronoun with more words
    /// ("Unfortunately they", "He finally saw"), or a lower-case participle or preposition first ("posted online",
    /// "about the situation", "knocked out by").
    /// </summary>
    private static bool IsClause(List<string> words)
    {
        if (words.Any(w => w.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || w.EndsWith("n’t", StringComparison.OrdinalIgnoreCase)
            || w.EndsWith("'ll", StringComparison.OrdinalIgnoreCase) || w.EndsWith("’ll", StringComparison.OrdinalIgnoreCase)))
            return true;
        if (words.Count >= 2 && words.Any(SubjectPronouns.Contains)) return true;
        string first = words[0];
        if (!char.IsLower(first[0])) return false;
        bool participle = first.EndsWith("ing", StringComparison.Ordinal) && first.Length > 5 || first.EndsWith("ed", StringComparison.Ordinal) && first.Length > 4;
        // "masked man", "retired Lebanese general" are noun phrases; "issued a statement", "debriefed by officials" are not.
        if (participle) return words.Count == 1 || FunctionWords.Contains(words[1]);
        return words.Count > 1 && first is "about" or "with" or "from" or "of" or "to" or "by" or "that" or "despite" or "given" or "back";
    }

    private static bool IsAcronym(string w) => w.Length is >= 2 and <= 4 && w.All(c => char.IsUpper(c) || c == '.');

    /// <summary>Whether a claim's text ends on a conjunction or relative word: cut mid-clause.</summary>
    internal static bool EndsOnConjunction(string claim)
    {
        var t = claim.TrimEnd();
        if (t.Length == 0 || t[^1] is '.' or '!' or '?' or '"' or '”' or '’' or ')') return false;
        var words = Words(t.Length > 60 ? t[^60..] : t);
        return words.Count > 0 && Conjunctions.Contains(words[^1]) && t.EndsWith(words[^1], StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether a caption or heading is glued to a claim: the claim runs across a line break, and the line before the
    /// break has no sentence end, or the line after it is a short line without one (a caption, a heading).
    /// </summary>
    internal static bool HasGluedLine(string claim)
    {
        var lines = claim.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length < 2) return false;
        for (int i = 0; i < lines.Length - 1; i++)
            if (!EndsSentence(lines[i])) return true;
        return false;
    }

    private static bool EndsSentence(string line)
    {
        if (line.Length > 0 && line[^1] is '"' or '”') return true;
        var t = line.TrimEnd('"', '”', '’', '\'', ')', ' ');
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or ':' or ';' or ',';
    }
}
