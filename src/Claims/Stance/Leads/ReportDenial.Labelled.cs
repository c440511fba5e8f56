using System.Collections.Frozen;
using Claims.Text;

namespace Claims.Stance.Leads;

internal static partial class ReportDenial
{
    private static readonly FrozenSet<string> LabelVerbs = WordLists.ReportLabelVerbs.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> LabelPredicates = WordLists.ReportFalsePredicates.Concat(WordLists.ReportLabelPredicates).ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> LabelDeterminers = WordLists.ReportLabelDeterminers.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> Passives = WordLists.FiniteBeForms.Concat(["been", "being"]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The words with which <paramref name="sentence"/> (a profiled sentence) labels something false through
    /// "as" ("are being described as a hoax", "has described as 'rubbish' a Daily Mirror report"), quoted as the
    /// sentence writes them (lower case), or null. What is labelled is named in the sentence, not pointed back at: the
    /// caller takes it as a denial of the lead's report only when the sentence itself tells the lead's event
    /// (<see cref="TellsLeadEvent"/>: "The photo was debunked as a fake" in a story about the family of the man the
    /// photo was said to show denies the photo, not the family's arrest).</summary>
    public static string? Labelled(TextProfile sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var words = sentence.Whole.Words;
        if (words.Length == 0 || words[^1] == "?") return null;
        for (int k = 0; k < words.Length; k++)
            if (Labelled(words, k) is { } end) return Quote(sentence, k, end);
        return null;
    }

    // "claims of seeing God ... are being described as a hoax", "the photo was dismissed as a fake" (a passive label
    // after a form of "be"), or "has described as 'rubbish' a Daily Mirror report" (an active label before the report
    // it names), from word k: the end of the phrase, or null. What is labelled is what the sentence asserts: nothing in
    // its clause before it may make it a condition, a hope, someone's claim or a negation (ReportFalseBlockers).
    private static int? Labelled(string[] w, int k)
    {
        bool passive = Passives.Contains(w[k]);
        int at = k;
        if (passive)
        {
            while (at < w.Length && Passives.Contains(w[at])) at++;
            if (at >= w.Length || !LabelVerbs.Contains(w[at])) return null;
        }
        else if (!LabelVerbs.Contains(w[k]) || (k > 0 && Passives.Contains(w[k - 1]))) return null;
        if (LabelBlocked(w, k)) return null;
        at++;
        if (at >= w.Length || w[at] != "as") return null;
        at = SkipQuotes(w, at + 1);
        for (int d = 0; d < FalseDegreeReach && at < w.Length && FalseDegrees.Contains(w[at]); d++) at++;
        if (at >= w.Length || !LabelPredicates.Contains(w[at])) return null;
        int end = at + 1;
        if (passive)
        {
            int next = SkipQuotes(w, end);
            bool phraseEnds = next >= w.Length || !char.IsLetterOrDigit(w[next][0]) || FalseFollowers.Contains(w[next]);
            return phraseEnds ? end : null;
        }
        // The active label names the report right after it: "a Daily Mirror report", "the story".
        int from = SkipQuotes(w, end);
        if (from < w.Length && LabelDeterminers.Contains(w[from])) from++;
        return ReportSubject(w, from) is { } noun ? noun + 1 : null;
    }

    // BlockedBefore, except that a report noun heading what it names ("claims of seeing God", "rumours about ...") is
    // the labelled report itself, not someone's claim.
    private static bool LabelBlocked(string[] w, int k)
    {
        for (int j = k - 1; j >= 0; j--)
        {
            if (IsClauseMark(w[j])) return false;
            if (FalseBlockers.Contains(w[j]) && !(SubjectNouns.Contains(w[j]) && j + 1 < k && w[j + 1] is "of" or "about")) return true;
        }
        return false;
    }

    private static int SkipQuotes(string[] w, int at)
    {
        while (at < w.Length && StanceRules.IsQuote(w[at])) at++;
        return at;
    }
}
