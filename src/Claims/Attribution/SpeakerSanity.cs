using Claims.Text;

namespace Claims.Attribution;

/// <summary>The rule that decided how a source mention reads (<see cref="SpeakerSanity"/>).</summary>
public enum SpeakerRule
{
    /// <summary>A person, an organization, a group or a role: kept as written.</summary>
    Kept,
    /// <summary>A relative pronoun ("who", "which") read as its antecedent ("Dmitriev, who said ...").</summary>
    Antecedent,
    /// <summary>A relative or demonstrative pronoun with no name before it ("that", "who" after a verb).</summary>
    RelativeWithoutAntecedent,
    /// <summary>Leading sentence openers or date phrases dropped ("But DHS", "In May he").</summary>
    OpenerDropped,
    /// <summary>Only function words ("The", "its", "last").</summary>
    FunctionWords,
    /// <summary>Only a date or time phrase ("On Tuesday", "in the past", "1878", "10 years").</summary>
    DateOrTime,
    /// <summary>Only quantifiers and indefinite pronouns ("others", "Some", "No one", "many").</summary>
    Indefinite,
    /// <summary>Words of the quote itself, in the first person ("I can't", "this incident I").</summary>
    QuoteFragment,
    /// <summary>A clause or phrase that is not a noun phrase ("NASA hasn't", "issued a statement", "with Reuters").</summary>
    ClauseFragment,
    /// <summary>An event, not a speaker ("The meeting highlighted …", "the talks showed …").</summary>
    Event,
    /// <summary>A photo caption's label ("Stoic: He managed to keep a straight face …", "Thankful: …").</summary>
    CaptionLabel,
    /// <summary>A heading glued to a name across a line break: the name after the break is kept ("Conditions\nRussia").</summary>
    HeadingDropped,
    /// <summary>Evidence, not a speaker ("according to photos", "The video shows …", "court documents"): the claim stays,
    /// with its cue, and names no speaker (a report, "according to reports", is speech and stays a speaker).</summary>
    Evidence,
}

/// <summary>How <see cref="SpeakerSanity"/> reads one source mention.</summary>
/// <param name="Rule">The rule that decided.</param>
/// <param name="Speaker">The phrase to resolve as the speaker, or null when the mention names no one (the claim is
/// then left unattributed, not dropped).</param>
public readonly record struct SpeakerReading(SpeakerRule Rule, TextSpan? Speaker)
{
    /// <summary>Whether the mention names someone.</summary>
    public bool NamesSomeone => Speaker is not null;
}

/// <summary>
/// Decides whether a source mention can be a speaker: a person, an organization, a group or a role ("his father",
/// "one source", "the Kremlin envoy"). A function word, an indefinite pronoun, a date or time phrase, a sentence
/// opener, a fragment of the quote, a clause or an event ("the meeting") is never a speaker; a relative "who" is read as its antecedent; a
/// heading glued before a name across a line break is dropped. Used by <see cref="SpeakerResolver"/>; the cases are in
/// <c>tests/Claims.Tests/cases/speakers.tsv</c>. Stateless and thread-safe.
/// </summary>
public sealed class SpeakerSanity
{
    private static readonly WordSet Relatives = new("who", "whom", "which", "that", "whose", "where", "what", "whoever");

    private static readonly WordSet FunctionWords = new(
    [
        "the", "a", "an", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "and", "or", "but", "nor",
        "so", "yet", "if", "when", "while", "because", "although", "though", "after", "before", "since", "until",
        "then", "there", "here", "now", "also", "still", "just", "only", "even", "not", "no", "yes", "however",
        "meanwhile", "instead", "thus", "therefore", "moreover", "furthermore", "indeed", "again", "later", "earlier",
        "once", "too", "very", "much", "more", "less", "about", "into", "over", "under", "up", "down", "out", "off",
        "its", "his", "their", "our", "my", "your", "her", "is", "was", "were", "are", "be", "been", "has", "have",
        "had", "do", "does", "did", .. WordLists.Modals, "this", "these",
        "those", "such", "like", "unlike", "despite", "during", "amid", "among", "against", "without", "within",
        "through", "across", "around", "upon", "per", "via", "than", "well", "first", "finally", "last", "next",
        "ultimately", "previously", "currently", "recently", "reportedly", "ago", "what", "how", "why", "whether",
        "unfortunately", "fortunately", "apparently", "similarly", "likewise", "additionally", "otherwise", "hence",
        "accordingly", "overall", "initially", "eventually", "nevertheless", "nonetheless", "besides", "anyway",
    ]);

    // Words a sentence opens with before its subject; dropped from the front of a source mention.
    private static readonly WordSet Openers = new(
        "then", "but", "and", "so", "however", "meanwhile", "still", "yet", "also", "now", "instead", "thus", "later",
        "earlier", "previously", "finally", "or", "because", "while", "after", "before", "since", "if", "when",
        "although", "though", "as", "in", "on", "at", "for", "from", "by", "to", "of", "during", "there", "here",
        "unfortunately", "fortunately", "apparently", "similarly", "likewise", "additionally", "moreover",
        "furthermore", "indeed", "nevertheless", "nonetheless", "besides", "anyway", "today", "yesterday", "ultimately",
        "initially", "eventually", "recently", "currently", "overall", "again", "once", "even", "just", "only");

    private static readonly WordSet TimeWords = new(
    [
        .. WordLists.Months, .. WordLists.MonthAbbreviations, .. WordLists.Weekdays, .. WordLists.RelativeDays,
        "tomorrow", "morning", "afternoon", "evening",
        "night", "week", "weeks", "month", "months", "year", "years", "day", "days", "hour", "hours", "minutes",
        "late", "early", "mid", "last", "next", "this", "ago", "weekend", "spring", "summer", "autumn", "fall",
        "winter", "decade", "decades", "century", "time", "moment", "the", "a", "of", "past", "following", "same",
        "first", "earlier", "later", "previously", "recently", "in", "on", "at", "by", "during", "since", "until",
        "before", "after", "around", "about", "some", "several", "few", "two", "three", "four", "five", "ten",
    ]);

    // Words after a figure that make it a share of a group ("75 percent of Democrats", "55 per cent of voters").
    private static readonly WordSet ShareWords = new("percent", "per", "percentage");

    private static readonly WordSet Indefinites = new(
        "some", "others", "other", "many", "most", "all", "both", "few", "several", "none", "one", "no", "someone",
        "somebody", "anyone", "anybody", "everyone", "everybody", "nobody", "each", "another", "any", "either",
        "neither", "you", "them", "him", "her", "me", "us", "it", "they", "we", "this", "these", "those", "of", "the",
        "such", "plenty", "lots", "do", "does", "did");

    private static readonly WordSet FirstPerson = new("i", "me", "my", "mine", "myself", "we", "us", "our", "ours");

    // A lower-case first word of a prepositional phrase or a clause: no noun phrase starts so.
    private static readonly WordSet PhraseOpeners = new(
        "about", "with", "from", "of", "to", "by", "that", "despite", "given", "back", "into", "through", "than",
        "without", "against", "upon", "via", "like", "whether");

    // Events: a meeting or a crash says nothing; the outlet does.
    private static readonly WordSet EventNouns = new(
        "meeting", "meetings", "talks", "summit", "visit", "call", "discussions", "negotiations", "conversation", "trip",
        "event", "ceremony", "incident", "attack", "shooting", "crash", "war", "conflict", "election", "match", "game",
        "session", "hearing", "conference", "rally", "protest", "explosion", "accident");

    // Prepositions that attach a modifier to an event noun ("the talks with Witkoff", "the meeting in Moscow").
    private static readonly WordSet EventModifiers = new("with", "between", "in", "on", "at", "of", "over", "about", "among");

    /// <summary>The shared instance (the rules hold no state).</summary>
    public static SpeakerSanity Default { get; } = new();

    /// <summary>Reads the source mention <paramref name="source"/> of <paramref name="document"/>.</summary>
    public SpeakerReading Read(Document document, TextSpan source)
    {
        ArgumentNullException.ThrowIfNull(document);
        string text = document.Text;
        var rule = SpeakerRule.Kept;
        // A heading glued before the name: keep what follows the last line break.
        int lineBreak = text.LastIndexOf('\n', source.End - 1, source.Length);
        if (lineBreak >= source.Start)
        {
            source = new TextSpan(lineBreak + 1, source.End);
            rule = SpeakerRule.HeadingDropped;
        }
        var words = SpanWords.Of(text, source);
        if (words.Count == 0) return new(SpeakerRule.FunctionWords, null);
        if (words.Count == 1 && IsCaptionLabel(text, words[0])) return new(SpeakerRule.CaptionLabel, null);
        if (words.Count == 1 && Relatives.Contains(Of(text, words[0])) && !IsAcronym(text, words[0]))
            return Antecedent(document, words[0]);

        // Drop leading openers and date phrases ("But DHS", "In early August he"), then judge what is left.
        int from = 0;
        // A lower-case preposition first ("of Russians", "by her son") is a phrase, not an opener: judged whole below.
        while (from < words.Count - 1 && (IsOpener(text, words[from]) && (char.IsUpper(text[words[from].Start]) || !PhraseOpeners.Contains(Of(text, words[from])))
            || IsTime(text, words[from]) && !IsName(text, words[from]) && !IsShareOf(text, words, from)
               && !(Words.Determiners.Contains(Of(text, words[from])) && !IsTime(text, words[from + 1]))))
            from++;
        if (from > 0)
        {
            var rest = words.GetRange(from, words.Count - from);
            if (Judge(text, rest) is { } restRule && restRule != SpeakerRule.Kept)
                return new(Judge(text, words) is { } whole && whole != SpeakerRule.Kept ? whole : restRule, null);
            return new(SpeakerRule.OpenerDropped, new TextSpan(rest[0].Start, rest[^1].End));
        }
        var verdict = Judge(text, words);
        return verdict is { } bad && bad != SpeakerRule.Kept ? new(bad, null) : new(rule, source);
    }

    /// <summary>The rule that rejects <paramref name="words"/>, or <see cref="SpeakerRule.Kept"/>.</summary>
    private static SpeakerRule? Judge(string text, List<TextSpan> words)
    {
        // The words that are not acronyms (the names): whether any, and whether all of them are function words, time
        // words, or indefinites or function words; whether any is no function word or a number.
        bool anyName = false, allFunction = true, allTime = true, allIndefinite = true, anyContentOrNumber = false;
        foreach (var w in words)
        {
            if (IsAcronym(text, w)) continue;
            anyName = true;
            bool function = FunctionWords.Contains(Of(text, w));
            allFunction &= function;
            allTime &= IsTime(text, w);
            allIndefinite &= function || Indefinites.Contains(Of(text, w));
            anyContentOrNumber |= !function || IsNumber(text, w);
        }
        if (!anyName) return SpeakerRule.Kept;
        if (allTime && anyContentOrNumber)
            return SpeakerRule.DateOrTime;
        // Pronouns, and "his"/"her" of "his campaign claim", are resolved to a person by the resolver.
        if (words.Count == 1 && (Words.Pronouns.Contains(Of(text, words[0])) || Of(text, words[0]) is "his" or "His" or "her" or "Her"))
            return SpeakerRule.Kept;
        if (allIndefinite && !allFunction)
            return SpeakerRule.Indefinite;
        if (allFunction) return SpeakerRule.FunctionWords;
        if (words.Count >= 2 && AnyWord(text, words, FirstPersonWord)) return SpeakerRule.QuoteFragment;
        if (IsClause(text, words)) return SpeakerRule.ClauseFragment;
        // The head noun is the last word before a lower-case preposition ("The discussions with Witkoff").
        int head = -1;
        for (int k = 0; k < words.Count && head < 0; k++)
            if (words[k].Start > words[0].Start && EventModifiers.Contains(Of(text, words[k])) && char.IsLower(text[words[k].Start])) head = k;
        var phrase = head > 0 ? words.GetRange(0, head) : words;
        if (Words.EvidenceNouns.Contains(Of(text, phrase[^1]))) return SpeakerRule.Evidence;
        if (char.IsLower(text[phrase[^1].Start]) && EventNouns.Contains(Of(text, phrase[^1]))
            && phrase.Take(phrase.Count - 1).All(w => char.IsLower(text[w.Start]) || Words.Determiners.Contains(Of(text, w))))
            return SpeakerRule.Event;
        return SpeakerRule.Kept;
    }

    /// <summary>
    /// A relative pronoun as its antecedent: the name or noun phrase just before it ("Kirill Dmitriev, who", "the
    /// man who"), when that phrase itself names someone.
    /// </summary>
    private SpeakerReading Antecedent(Document document, TextSpan relative)
    {
        string text = document.Text;
        var tokens = document.Tokens;
        int k = TokenAt(tokens, relative.Start) - 1;
        while (k >= 0 && tokens[k].Kind == Segmentation.TokenKind.Punctuation && text[tokens[k].Start] is ',' or '—' or '–' or '(') k--;
        if (k < 0 || tokens[k].Kind != Segmentation.TokenKind.Word) return new(SpeakerRule.RelativeWithoutAntecedent, null);
        int end = k;
        bool capital = char.IsUpper(text[tokens[k].Start]);
        int start = k;
        if (capital)
        {
            // A capitalized run ("Kirill Dmitriev", "President Trump").
            while (start - 1 >= 0 && end - start < 5 && Adjacent(text, tokens[start - 1], tokens[start])
                && char.IsUpper(text[tokens[start - 1].Start]) && !Openers.Contains(tokens[start - 1].Of(text)))
                start--;
        }
        else
        {
            // A lower-case noun phrase back to its determiner ("the man", "his father"), else the head noun alone.
            for (int b = k - 1; b >= 0 && b >= k - 3 && Adjacent(text, tokens[b], tokens[b + 1]); b--)
            {
                var w = tokens[b].Of(text);
                if (Words.Determiners.Contains(w) || Words.PossessivePronouns.Contains(w)) { start = b; break; }
                if (FunctionWords.Contains(w)) break;
            }
        }
        var phrase = new TextSpan(tokens[start].Start, tokens[end].End);
        string relativeWord = text.Substring(relative.Start, relative.Length).ToLowerInvariant();
        // "which" names an organization only ("the ministry, which said"): a capitalized antecedent.
        if (relativeWord is not ("who" or "whom" or "which") || relativeWord == "which" && !capital)
            return new(SpeakerRule.RelativeWithoutAntecedent, null);
        var words = SpanWords.Of(text, phrase);
        if (words.Count == 1 && IsWordOnly(text, words[0]) && Words.Pronouns.Contains(Of(text, words[0])))
            return new(SpeakerRule.RelativeWithoutAntecedent, null);
        var verdict = Judge(text, words);
        return verdict == SpeakerRule.Kept && !(capital && IsOpener(text, words[0]))
            ? new(SpeakerRule.Antecedent, phrase)
            : new(SpeakerRule.RelativeWithoutAntecedent, null);
    }

    private static bool Adjacent(string text, Segmentation.Token a, Segmentation.Token b) =>
        a.Kind == Segmentation.TokenKind.Word && b.Start - a.End <= 1 && (b.Start == a.End || text[a.End] == ' ');

    /// <summary>Whether <paramref name="word"/> opens sentences before their subject ("Then", "In", "However"): never part of a name.</summary>
    internal static bool IsOpener(ReadOnlySpan<char> word) => Openers.Contains(word);

    /// <summary>Whether <paramref name="word"/> is a month, a day or another word of a date phrase: never part of a person's name.</summary>
    internal static bool IsCalendarWord(ReadOnlySpan<char> word) => CalendarWords.Contains(word);

    private static readonly WordSet CalendarWords = new(
        [.. WordLists.MonthsNotModals, .. WordLists.MonthAbbreviations, .. WordLists.Weekdays, .. WordLists.RelativeDays]);

    // Endings of adjectives and abstract nouns that caption labels use ("Stoic:", "Humbled:", "Appreciation:").
    private static readonly string[] LabelEndings = ["ed", "ful", "ic", "tion", "ment", "ness", "ive", "ous", "ing", "ity", "less", "able"];

    /// <summary>
    /// A caption label: one capitalized word opening its line and followed by a colon, with an adjective or abstract
    /// noun ending, that the text never writes as the surname of a full name ("Mohammed Ahmed").
    /// </summary>
    private static bool IsCaptionLabel(string text, TextSpan word)
    {
        if (word.End >= text.Length || text[word.End] != ':' || !char.IsUpper(text[word.Start])) return false;
        for (int i = word.Start - 1; i >= 0 && text[i] != '\n'; i--)
            if (!char.IsWhiteSpace(text[i])) return false;
        string w = text.Substring(word.Start, word.Length);
        if (!LabelEndings.Any(e => w.EndsWith(e, StringComparison.Ordinal)) || w.Length < 5) return false;
        // A surname the text writes after a first name ("Mohammed Ahmed") is a person's label, not a caption's.
        for (int at = text.IndexOf(w, StringComparison.Ordinal); at >= 0; at = text.IndexOf(w, at + w.Length, StringComparison.Ordinal))
        {
            int end = at + w.Length;
            if (end < text.Length && char.IsLetter(text[end])) continue;
            int p = at - 1;
            if (p < 1 || text[p] != ' ' || !char.IsLetter(text[p - 1])) continue;
            int q = p - 1;
            while (q > 0 && char.IsLetter(text[q - 1])) q--;
            if (char.IsUpper(text[q]) && !IsOpener(text.AsSpan(q, p - q))) return false;
        }
        return true;
    }

    private static bool IsWordOnly(string text, TextSpan w) => w.Length > 0 && char.IsLetter(text[w.Start]);

    private static int TokenAt(IReadOnlyList<Segmentation.Token> tokens, int position)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>
    /// A clause rather than a noun phrase: a contraction ("NASA hasn't", "he'll"), a subject pronoun among other
    /// words ("Then she kept"), a lower-case participle alone or before a function word ("unconfirmed", "issued a
    /// statement") or a lower-case preposition first ("with Reuters", "about the statements").
    /// </summary>
    private static bool IsClause(string text, List<TextSpan> words)
    {
        foreach (var w in words)
        {
            var s = text.AsSpan(w.Start, w.Length);
            if (s.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || s.EndsWith("n’t", StringComparison.OrdinalIgnoreCase)
                || s.EndsWith("'ll", StringComparison.OrdinalIgnoreCase) || s.EndsWith("’ll", StringComparison.OrdinalIgnoreCase)
                || s.EndsWith("'re", StringComparison.OrdinalIgnoreCase) || s.EndsWith("’re", StringComparison.OrdinalIgnoreCase))
                return true;
        }
        if (words.Count >= 2 && AnyWord(text, words, PronounWord)) return true;
        var first = Of(text, words[0]);
        if (!char.IsLower(first[0])) return false;
        bool participle = first.EndsWith("ing", StringComparison.Ordinal) && first.Length > 5
            || first.EndsWith("ed", StringComparison.Ordinal) && first.Length > 4;
        if (participle) return words.Count == 1 || FunctionWords.Contains(Of(text, words[1]));
        return PhraseOpeners.Contains(first);
    }

    // Whether any of words passes test (a loop, not a lambda capturing the text on every call).
    private static bool AnyWord(string text, List<TextSpan> words, Func<string, TextSpan, bool> test)
    {
        foreach (var w in words)
            if (test(text, w)) return true;
        return false;
    }

    private static readonly Func<string, TextSpan, bool> FirstPersonWord = IsFirstPerson;
    private static readonly Func<string, TextSpan, bool> PronounWord = static (text, w) => Words.Pronouns.Contains(Of(text, w));

    private static bool IsFirstPerson(string text, TextSpan w)
    {
        var s = Of(text, w);
        int apostrophe = s.IndexOfAny('\'', '’');
        if (apostrophe > 0) s = s[..apostrophe];
        return s is "I" || char.IsLower(s[0]) && FirstPerson.Contains(s);
    }

    private static bool IsOpener(string text, TextSpan w) => Openers.Contains(Of(text, w));

    // "75 percent of Democrats said": the figure is the group, not a date opening the sentence.
    private static bool IsShareOf(string text, List<TextSpan> words, int i) =>
        IsNumber(text, words[i]) && i + 1 < words.Count && ShareWords.Contains(Of(text, words[i + 1]));

    private static bool IsTime(string text, TextSpan w) =>
        IsNumber(text, w) || TimeWords.Contains(Of(text, w)) && !IsOutletWord(text, w);

    // "the Times", "Time magazine": capitalized outlet words, not times.
    private static bool IsOutletWord(string text, TextSpan w) => Of(text, w) is "Times" or "Time";

    private static bool IsName(string text, TextSpan w) => IsAcronym(text, w) || IsOutletWord(text, w);

    private static bool IsNumber(string text, TextSpan w)
    {
        var s = text.AsSpan(w.Start, w.Length).TrimEnd("stndrh");
        if (s.EndsWith("s")) s = s[..^1];
        return s.Length > 0 && s.Length <= 4 && !s.ContainsAnyExceptInRange('0', '9');
    }

    private static bool IsAcronym(string text, TextSpan w) =>
        w.Length is >= 2 and <= 4 && !text.AsSpan(w.Start, w.Length).ContainsAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZ.");

    // The characters of a word, looked up in the word sets without making a string of them.
    private static ReadOnlySpan<char> Of(string text, TextSpan w) => text.AsSpan(w.Start, w.Length);

}
