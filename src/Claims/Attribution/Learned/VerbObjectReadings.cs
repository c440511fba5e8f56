using Claims.Text;
using Claims.Segmentation;

namespace Claims.Attribution.Learned;

/// <summary>
/// A post-model reading (both modes; it feeds no model feature) of a cue verb's object or clause the ranker dropped:
/// "Judge Berman announced he would not send me to prison", "NeverTrump wants Trump to lose, big." A named or pronoun
/// subject (<see cref="SubjectSources.Missing"/>: a name opening the sentence or after a comma, or a subject pronoun
/// other than "it", "you", "I", "we"), auxiliaries and adverbs (part of the cue, as PolNeAR marks it: "has announced"),
/// then a lower-case cue verb of the lexicon of a class in <see cref="Classes"/>, not "tell" or "ask" (their object is
/// the addressee); the content is what follows the verb (a particle the entry names, and an opening "that", left out)
/// up to the first clause mark (comma, semicolon, colon, dash, parenthesis) or the sentence's end, at least
/// <see cref="MinContentWords"/> words and at most <see cref="MaxContentWords"/>, without quotation marks, and not
/// opening on a preposition, a time word or a verb ("wrote to investors", "said Thursday", "what she said is …").
/// A cue that takes a clause only ("claimed") is read when its object is one: a subject of at most
/// <see cref="MaxClauseSubjectWords"/> words, then a lower-case finite verb ("The Kremlin has claimed the U.S. envoys
/// promised to return …", not "claimed victory in Iowa").
/// Added only where no kept attribution holds the cue or overlaps the content (<see cref="UnclaimedReadings"/>). Cases
/// in <c>tests/Claims.Tests/cases/after-model-repairs.tsv</c> (reading <c>verb-object</c>). Stateless and thread-safe.
/// </summary>
internal static class VerbObjectReadings
{
    /// <summary>The fewest words of the content.</summary>
    internal const int MinContentWords = 2;

    /// <summary>The most words of the content.</summary>
    internal const int MaxContentWords = 25;

    /// <summary>The most words of the subject of a clause-only cue's clause before its finite verb.</summary>
    internal const int MaxClauseSubjectWords = 4;

    /// <summary>
    /// The cue classes read: verbs of saying ("announced he would not …", "has described the plan as …") and of wanting
    /// ("wants Trump to lose"). On PolNeAR train (fast mode) these added 20 matched claims of 34 (speech F1 0.8711 to
    /// 0.8716); stance verbs ("criticized", "endorsed") added 9 of 20, belief and finding verbs 3 of 8 and 1 of 16, below
    /// the precision of the kept attributions, so they are left to the ranker.
    /// </summary>
    internal static readonly CueClass[] Classes = [CueClass.Speech, CueClass.Want];

    /// <summary>The attributions with the readings of the document's sentences added; the list itself when none is new.</summary>
    public static IReadOnlyList<AttributionSpan> Apply(Document document, IReadOnlyList<AttributionSpan> attributions, CueLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        return UnclaimedReadings.AddPerSentence(document, attributions, s => Read(document, s, lexicon));
    }

    /// <summary>Sentence <paramref name="s"/>'s readings, in text order.</summary>
    internal static IEnumerable<AttributionSpan> Read(Document document, int s, CueLexicon lexicon)
    {
        if (document.Sentences[s].IsHeading) yield break;
        string text = document.Text;
        var tokens = document.Tokens;
        var range = document.TokenRange(document.Sentences[s].Span);
        int first = range.Start.Value, end = range.End.Value;
        // A cue verb after a word or an abbreviation's period.
        foreach (var (k, cueLast, entry) in SentenceCueVerbs.Find(document, first, end, lexicon, (at, entry) =>
                     tokens[at - 1].Kind is TokenKind.Word or TokenKind.Punctuation && Array.IndexOf(Classes, entry.Class) >= 0
                     && !entry.QuoteOnly && !AddresseeLemmas.Contains(entry.Lemma)))
        {
            var verb = new TextSpan(tokens[k].Start, tokens[cueLast].End);
            var content = Content(text, tokens, cueLast + 1, end);
            if (content is not { } c || entry.ClauseOnly && !OpensClause(document, c) || SubjectSources.Missing(document, verb, c) is not { } source
                || FirstPerson.Contains(text.AsSpan(source.Start, source.Length))) continue;
            // The cue holds the auxiliaries and adverbs after the subject, as PolNeAR marks it ("has endorsed").
            int cueFirst = document.TokenRange(new TextSpan(source.End, verb.End)).Start.Value;
            yield return new AttributionSpan { Content = c, Cue = new TextSpan(tokens[cueFirst].Start, verb.End), Source = source, Kind = ClaimKind.Indirect };
        }
    }

    // Cues whose object is the addressee ("told reporters in Nashua", "asked Freddy to be the best man").
    private static readonly WordSet AddresseeLemmas = new("tell", "ask");

    // The writer or a quoted speaker speaking of themselves: left to the quote readings.
    private static readonly WordSet FirstPerson = new("I", "we", "I'd", "I’d");

    // Words that open no reported content after a cue verb: prepositions ("wrote to investors", "said in an interview"),
    // verbs of a relative clause ("what she said is growing demand"), time words ("said Thursday during …").
    private static readonly WordSet NoContentOpeners = new(
        "in", "to", "from", "with", "on", "at", "by", "for", "of", "about", "after", "before", "during", "into", "over", "through",
        "last", "this", "next", "earlier", "later", "today", "yesterday", "tonight", "recently", "again", "and", "or", "but",
        "is", "was", "are", "were", "has", "have", "had", "be", "been", "would", "will", "can", "could", "did", "does",
        "goodbye", "little", "late", "yes", "no", "not", "nothing", "much", "so", "it", "them", "him", "her", "us", "me", "as", "when", "because", "if", "than");

    // Whether the content opens on a clause: up to MaxClauseSubjectWords words (the subject), then a lower-case
    // auxiliary or past-tense verb, before any punctuation.
    private static bool OpensClause(Document document, TextSpan content)
    {
        string text = document.Text;
        var tokens = document.Tokens;
        var range = document.TokenRange(content);
        for (int i = range.Start.Value + 1; i < range.End.Value && i - range.Start.Value <= MaxClauseSubjectWords; i++)
        {
            if (tokens[i].Kind != TokenKind.Word) return false;
            var w = tokens[i].Of(text);
            if (char.IsUpper(w[0])) continue;
            if (Auxiliaries.Contains(w) || w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static readonly WordSet Auxiliaries = new([.. WordLists.AuxiliaryVerbs]);

    private static TextSpan? Content(string text, IReadOnlyList<Token> tokens, int from, int end)
    {
        if (from < end && tokens[from].Kind == TokenKind.Word && tokens[from].Of(text).Equals("that", StringComparison.OrdinalIgnoreCase)) from++;
        if (from >= end || tokens[from].Kind != TokenKind.Word || NoContentOpeners.Contains(tokens[from].Of(text))
            || SpeakerSanity.IsCalendarWord(tokens[from].Of(text)) || Words.Days.Contains(tokens[from].Of(text))) return null;
        int last = from - 1, words = 0;
        for (int i = from; i < end; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Quote) return null;
            if (t.Kind == TokenKind.Punctuation && text[t.Start] is ',' or ';' or ':' or '—' or '–' or '(' or '.' or '?' or '!') break;
            // Past the longest content no later token can make one (a sentence without punctuation runs to the end of
            // the article: walking it from every cue verb was quadratic).
            if (t.Kind is TokenKind.Word or TokenKind.Number && ++words > MaxContentWords) return null;
            last = i;
        }
        return words < MinContentWords || words > MaxContentWords ? null : new TextSpan(tokens[from].Start, tokens[last].End);
    }
}
