using System.Collections.Frozen;
using Claims.Text;

namespace Claims.Stance.Leads;

internal static partial class ReportDenial
{
    private static readonly FrozenSet<string> SpeechVerbs = WordLists.ReportSpeechVerbs.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> SpeechNouns = WordLists.ReportSpeechNouns.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Most words of the subject between "turned out (that)" and its negator ("the pope had not").</summary>
    internal const int UnsaidSubjectReach = 4;

    /// <summary>Most words between "made" and what was made ("made such a comment").</summary>
    internal const int SpeechNounReach = 3;

    // "it turned out the pope had not made the comment", "it turns out he never said it": "it turned out" under no
    // condition, a subject, a negator, and a verb of the speech act the report told (a "made" needs its comment or
    // remark), from word k: the end of the phrase, or null. The report's words were never said, so the report is false.
    private static int? TurnedOutUnsaid(string[] w, int k)
    {
        if (k == 0 || w[k - 1] != "it" || w[k] is not ("turned" or "turns") || k + 1 >= w.Length || w[k + 1] != "out" || BlockedBefore(w, k - 1)) return null;
        int at = k + 2;
        if (at < w.Length && w[at] == "that") at++;
        for (int n = 0; n <= UnsaidSubjectReach && at < w.Length; n++, at++)
        {
            if (w[at] is "not" or "n't" or "never") break;
            if (!char.IsLetterOrDigit(w[at][0])) return null;
        }
        if (at >= w.Length || w[at] is not ("not" or "n't" or "never")) return null;
        at = SkipAdverbs(w, at + 1);
        if (at < w.Length && w[at] is "have" or "been") at++;
        if (at >= w.Length || !SpeechVerbs.Contains(w[at])) return null;
        if (w[at] is not ("made" or "make")) return at + 1;
        for (int j = at + 1; j < w.Length && j <= at + SpeechNounReach; j++)
        {
            if (SpeechNouns.Contains(w[j])) return j + 1;
            if (!char.IsLetter(w[j][0])) return null;
        }
        return null;
    }
}
