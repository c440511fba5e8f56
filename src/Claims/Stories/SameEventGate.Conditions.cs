using System.Text.RegularExpressions;
using Claims.Matching;
using Claims.Stance;
using Claims.Text;

namespace Claims.Stories;

public sealed partial class SameEventGate
{
    // "if" opening a condition; "as if" and "even if" are left out (a comparison, a concession: the main clause holds).
    private static readonly Regex ConditionWord = new(@"(?<!\b(?:as|even)\s+)\bif\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture);

    // A claim that opens with whom someone faults or praises and "for" with a gerund ("Rubio for not having won a single
    // state", "the president for not using the term", "him for saying he had sacrificed"): the object and the grounds of
    // "criticized X for ...", cut from the verb that says who charged what.
    private static readonly Regex GroundsOpening = new(
        @"^[\s""'“‘]*(?<np>(?:[\p{L}.'’-]+\s+){0,2}[\p{L}.'’-]+)\s+for\s+[""'“‘]?(?:(?:not|never)\s+)?\p{L}+ing\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // Quotes, brackets and punctuation stripped from a word's edges (one array, not one per word).
    private static readonly char[] WordEdgePunctuation = "\"'“”‘’(),.:;!?-".ToCharArray();

    private static readonly HashSet<string> Auxiliaries = new(WordLists.AuxiliaryVerbs, StringComparer.OrdinalIgnoreCase);

    // A sentence ends at ".", "!" or "?" before white space (a claim may quote several).
    private static readonly Regex SentenceEnd = new(@"(?<=[.!?][""'”’]*)\s+", RegexOptions.CultureInvariant);

    /// <summary>
    /// True when <paramref name="text"/> states a condition about what <paramref name="otherTerms"/> speak of: a
    /// sentence with "if" that has a term of the other claim ("If we nominate Donald Trump, Hillary wins"). What it
    /// says holds only if something else does, so it denies no claim that states no condition. A condition in a
    /// sentence about something else ("If it was an unrelated object, ... we don't monitor the rocks") leaves the
    /// claim's other sentences asserted.
    /// </summary>
    internal static bool Conditional(string text, IReadOnlySet<string> otherTerms)
    {
        if (!ConditionWord.IsMatch(text)) return false;
        foreach (var sentence in SentenceEnd.Split(text))
        {
            if (!ConditionWord.IsMatch(sentence)) continue;
            foreach (var token in sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                var word = TermExtractor.Lower(token.Trim(WordEdgePunctuation));
                if (word.Length == 0 || TermExtractor.Default.IsStopWord(word)) continue;
                if (otherTerms.Contains(TermExtractor.Default.Stem(word))) return true;
            }
        }
        return false;
    }

    /// <summary>
    /// True when <paramref name="text"/> is the grounds of a charge cut from its verb ("Marco Rubio for not having won a
    /// single state", from "Trump mocked Marco Rubio for ..."): it reports what the speaker faults someone for, on the
    /// occasion of the charge, not a proposition about the event another claim tells. The words before "for" must name
    /// someone, not say something: none is an auxiliary or a past form ("Trump has been criticized for not ...",
    /// "Sanders apologized for ..." are claims).
    /// </summary>
    internal static bool GroundsOfCharge(string text)
    {
        var m = GroundsOpening.Match(text);
        if (!m.Success) return false;
        foreach (var word in m.Groups["np"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string w = word.Trim('.', '\'', '’', '-');
            if (Auxiliaries.Contains(w) || w.EndsWith("ed", StringComparison.OrdinalIgnoreCase)) return false;
        }
        return true;
    }

    // The contradiction checks on what each claim asserts: a condition on one side only, the grounds of a charge.
    private string? AssertionFailure(Claim a, Claim b, StanceVerdict verdict)
    {
        if (Options.ConditionsDenyNothing)
        {
            bool ifA = Conditional(a.Text, Side(b).Terms), ifB = Conditional(b.Text, Side(a).Terms);
            if (ifA != ifB)
                return $"{(ifA ? a.Id : b.Id)} states a condition ('if'): it holds only if something else does, the other claim states none";
        }
        if (Options.ChargeGroundsAssertNothing)
            foreach (var claim in (ReadOnlySpan<Claim>)[a, b])
                if (GroundsOfCharge(claim.Text))
                    return $"{claim.Id} is the grounds of a charge cut from its verb ('X for not ...'), not a proposition";
        if (Options.OneSpeakerContradictsNotItself && verdict.DecidingRules.Any(r => Options.OneSpeakerRules.Contains(r.Name)) && OneSpeaker(a, b) is { } speaker)
            return $"two outlets' versions of one speaker's words ({speaker}), not two sources disagreeing";
        return null;
    }

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
