using Claims.Matching;
using Claims.Segmentation;
using Claims.Stance;
using Claims.Text;

namespace Claims.Stories;

public sealed partial class SameEventGate
{
    private static readonly HashSet<string> Auxiliaries = new(WordLists.AuxiliaryVerbs, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// True when the claim of <paramref name="view"/> states a condition about what <paramref name="otherTerms"/> speak
    /// of: a sentence with "if" that has a term of the other claim ("If we nominate Donald Trump, Hillary wins"). What it
    /// says holds only if something else does, so it denies no claim that states no condition. A condition in a
    /// sentence about something else ("If it was an unrelated object, ... we don't monitor the rocks") leaves the
    /// claim's other sentences asserted. Reads the document's tokens and sentences (<see cref="TextView.Sentences"/>);
    /// a word's term is its content stem, as the matching features write it.
    /// </summary>
    internal static bool Conditional(TextView view, IReadOnlySet<string> otherTerms)
    {
        string text = view.Text;
        foreach (var (first, end) in view.Sentences)
        {
            if (!HasCondition(view, first, end)) continue;
            for (int k = first; k < end; k++)
            {
                var token = view[k];
                if (token.Kind == TokenKind.Word && TermExtractor.Default.ContentStem(token.Of(text)) is { } stem && otherTerms.Contains(stem))
                    return true;
            }
        }
        return false;
    }

    // An "if" among the tokens [first, end) that opens a condition: "as if" and "even if" are left out (a comparison, a
    // concession: the main clause holds).
    private static bool HasCondition(TextView view, int first, int end)
    {
        string text = view.Text;
        for (int k = first; k < end; k++)
        {
            var token = view[k];
            if (token.Kind != TokenKind.Word || !token.Of(text).Equals("if", StringComparison.OrdinalIgnoreCase)) continue;
            if (k > first && view[k - 1] is { Kind: TokenKind.Word } before && before.End < token.Start
                && (before.Of(text).Equals("as", StringComparison.OrdinalIgnoreCase) || before.Of(text).Equals("even", StringComparison.OrdinalIgnoreCase)))
                continue;
            return true;
        }
        return false;
    }

    /// <summary>
    /// True when the claim of <paramref name="view"/> is the grounds of a charge cut from its verb ("Marco Rubio for not
    /// having won a single state", from "Trump mocked Marco Rubio for ..."): it reports what the speaker faults someone
    /// for, on the occasion of the charge, not a proposition about the event another claim tells. It opens (after
    /// opening quotes) with one to three words written only with letters, periods, apostrophes and hyphens, then "for",
    /// an optional quote, an optional "not" or "never", and a word ending in "ing". The words before "for" must name
    /// someone, not say something: none is an auxiliary or a past form ("Trump has been criticized for not ...",
    /// "Sanders apologized for ..." are claims). Reads the document's tokens: a word is a run of tokens between white
    /// space.
    /// </summary>
    internal static bool GroundsOfCharge(TextView view)
    {
        var words = new WhiteSpaceWords(view);
        int k = 0;
        while (k < view.Count && view[k].End - view[k].Start == 1 && IsOpeningQuote(view.Text[view[k].Start])) k++;
        // Up to MaxChargedWords words before "for", the most first (the first reading that fits is the one taken).
        Span<(int First, int End)> buffer = stackalloc (int, int)[MaxChargedWords + 3];
        var runs = buffer[..words.From(k, buffer)];
        for (int n = Math.Min(MaxChargedWords, runs.Length - 2); n >= 1; n--)
        {
            if (!All(words, runs[..n], nameShaped: true) || words.Chars(runs[n]) is not "for" || !Gerund(words, runs, n + 1)) continue;
            return All(words, runs[..n], nameShaped: false);
        }
        return false;
    }

    // True when every word of runs is name-shaped (nameShaped) or names someone (else).
    private static bool All(WhiteSpaceWords words, ReadOnlySpan<(int First, int End)> runs, bool nameShaped)
    {
        foreach (var run in runs)
            if (!(nameShaped ? words.IsNameShaped(run) : NamesSomeone(words.Chars(run).ToString()))) return false;
        return true;
    }

    // The most words before "for" in the grounds of a charge ("Marco Rubio", "the president", "House Speaker Ryan").
    private const int MaxChargedWords = 3;

    private static bool IsOpeningQuote(char c) => c is '"' or '\'' or '“' or '‘';

    // Word i of runs (after "for"): an optional opening quote, an optional "not" or "never" (a word of its own), then a
    // word that starts with letters ending in "ing" ("having", "not using").
    private static bool Gerund(WhiteSpaceWords words, ReadOnlySpan<(int First, int End)> runs, int i)
    {
        if (i >= runs.Length) return false;
        var chars = words.Chars(runs[i]);
        if (chars.Length > 0 && IsOpeningQuote(chars[0])) chars = chars[1..];
        if ((chars is "not" or "never") && i + 1 < runs.Length) chars = words.Chars(runs[i + 1]);
        int letters = 0;
        while (letters < chars.Length && char.IsLetter(chars[letters])) letters++;
        if (letters < 4 || !chars[..letters].EndsWith("ing", StringComparison.Ordinal)) return false;
        return letters == chars.Length || !IsWordChar(chars[letters]);
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_'
        || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.ConnectorPunctuation;

    // A word before "for" names someone: no auxiliary ("has been criticized"), no past form ("apologized").
    private static bool NamesSomeone(string word)
    {
        string w = word.Trim('.', '\'', '’', '-');
        return !Auxiliaries.Contains(w) && !w.EndsWith("ed", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The words of a view as white space separates them: runs of tokens with nothing between them.</summary>
    private readonly struct WhiteSpaceWords(TextView view)
    {
        /// <summary>Writes the words from token <paramref name="k"/> into <paramref name="runs"/> as token ranges
        /// <c>[First, End)</c>, as many as it holds; returns how many it wrote.</summary>
        public int From(int k, Span<(int First, int End)> runs)
        {
            int count = 0;
            while (k < view.Count && count < runs.Length)
            {
                int end = k + 1;
                while (end < view.Count && view[end].Start == view[end - 1].End) end++;
                runs[count++] = (k, end);
                k = end;
            }
            return count;
        }

        /// <summary>The characters of a word.</summary>
        public ReadOnlySpan<char> Chars((int First, int End) run) =>
            view.Text.AsSpan(view[run.First].Start, view[run.End - 1].End - view[run.First].Start);

        /// <summary>True when a word is written only with letters, periods, apostrophes and hyphens.</summary>
        public bool IsNameShaped((int First, int End) run)
        {
            foreach (char c in Chars(run))
                if (!char.IsLetter(c) && c is not ('.' or '\'' or '’' or '-')) return false;
            return true;
        }
    }

    // The contradiction checks on what each claim asserts: a condition on one side only, the grounds of a charge.
    private string? AssertionFailure(Claim a, Claim b, StanceVerdict verdict)
    {
        if (Options.ConditionsDenyNothing)
        {
            bool ifA = Conditional(ViewOf(a), Side(b).Terms), ifB = Conditional(ViewOf(b), Side(a).Terms);
            if (ifA != ifB)
                return $"{(ifA ? a.Id : b.Id)} states a condition ('if'): it holds only if something else does, the other claim states none";
        }
        if (Options.ChargeGroundsAssertNothing)
            foreach (var claim in (ReadOnlySpan<Claim>)[a, b])
                if (GroundsOfCharge(ViewOf(claim)))
                    return $"{claim.Id} is the grounds of a charge cut from its verb ('X for not ...'), not a proposition";
        if (Options.OneSpeakerContradictsNotItself && verdict.DecidingRules.Any(r => Options.OneSpeakerRules.Contains(r.Name)) && OneSpeaker(a, b) is { } speaker)
            return $"two outlets' versions of one speaker's words ({speaker}), not two sources disagreeing";
        return null;
    }

    // The claim's tokens: its view into its document, or its own text tokenized when it has none (a plain string).
    private static TextView ViewOf(Claim claim) => claim.View ?? TextView.Tokens(claim.Text);

    /// <summary>
    /// The speaker's name when <paramref name="a"/> and <paramref name="b"/>, from two articles, are attributed to one
    /// named speaker: the same linked speaker id when both have one, else the same name; the name capitalized (never a
    /// pronoun left unresolved) and no group of people ("officials", "Officials": two articles' officials are
    /// anyone); else null.
    /// </summary>
    internal static string? OneSpeaker(Claim a, Claim b)
    {
        if (string.Equals(a.ArticleId, b.ArticleId, StringComparison.Ordinal) || a.Speaker is not { } sa || b.Speaker is not { } sb) return null;
        string na = sa.Trim(), nb = sb.Trim();
        if (!Named(na) || !Named(nb)) return null;
        if (a.SpeakerId is { } ida && b.SpeakerId is { } idb)
            return string.Equals(ida, idb, StringComparison.Ordinal) ? na : null;
        return string.Equals(na, nb, StringComparison.OrdinalIgnoreCase) ? na : null;
    }

    // A capitalized speaker whose last word is no noun of a group of people (Claims.Attribution.Words.PeopleNouns).
    private static bool Named(string speaker)
    {
        if (speaker.Length == 0 || !char.IsUpper(speaker[0])) return false;
        int space = speaker.LastIndexOf(' ');
        return !Claims.Attribution.Words.PeopleNouns.Contains(speaker[(space + 1)..].ToLowerInvariant());
    }
}
