using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Claims.Text;

namespace Claims.Stance.Leads;

/// <summary>
/// A body that says the report as a whole is false, in words that point back at it rather than repeat it: "But there's
/// just one problem... it didn't happen", "There's only one problem: apparently none of it ever happened", "that simply
/// isn't true", "It did not, contrary to some reports Monday, break off a little piece". Such a sentence shares no word
/// with the lead (its subject is "it"), so no rule that reads a claim against the lead can see it, and it may stand
/// anywhere in the body (after the report is retold). The caller takes it as the evidence of a contradiction only when
/// the lead asserts (<see cref="OpeningDenial.Asserts"/>), the article shares the lead's content words and the stance
/// model does not read the article as agreeing (<see cref="LeadStanceOptions.MinDisagreeWithReportDenial"/>). Stateless.
/// </summary>
internal static partial class ReportDenial
{
    private static readonly FrozenSet<string> Pointers = WordLists.ReportPointers.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> Adverbs = WordLists.ReportDenialAdverbs.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> Predicates = WordLists.ReportDenialPredicates.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> Reports = WordLists.ReportNouns.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> Auxiliaries = WordLists.FiniteBeForms.Concat(WordLists.HaveDoForms).Append("'s").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Most words between "contrary to" and the report noun ("contrary to some earlier reports").</summary>
    internal const int ContraryReach = 3;

    [GeneratedRegex(@"n't\b|[\p{L}\p{N}']+|[^\s\p{L}\p{N}']", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    /// <summary>The words with which <paramref name="sentence"/> calls a report as a whole false, and whether they point
    /// back at it (a pronoun: "it didn't happen") rather than deny what the sentence itself tells ("It did not, contrary
    /// to some reports Monday, break off a little piece"); null when it calls nothing false.</summary>
    public static (string Words, bool PointsBack)? In(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (sentence.TrimEnd().EndsWith('?')) return null;
        var words = Words(sentence);
        for (int k = 0; k < words.Count; k++)
        {
            if (OpensClause(words, k) && Pointed(words, k) is { } end) return (string.Join(' ', words.Skip(k).Take(end - k)), true);
            if (Contrary(words, k) is { } stop) return (string.Join(' ', words.Skip(k).Take(stop - k)), false);
        }
        return null;
    }

    // Lower-case words and punctuation marks, "didn't" as "did" "n't", "it's" as "it" "'s", typographic apostrophes straight.
    private static List<string> Words(string sentence)
    {
        var words = new List<string>();
        foreach (Match m in Token().Matches(sentence.Replace('\u2019', '\'').ToLowerInvariant()))
        {
            string w = m.Value;
            if (w.EndsWith("n't", StringComparison.Ordinal) && w.Length > 3) { words.Add(w[..^3]); words.Add("n't"); }
            else if (w.EndsWith("'s", StringComparison.Ordinal) && w.Length > 2) { words.Add(w[..^2]); words.Add("'s"); }
            else words.Add(w);
        }
        return words;
    }

    // "it didn't happen", "that is not true", "none of it ever happened" from word k: the end of the phrase, or null.
    // The predicate ends its clause ("it did not happen overnight" says when, not whether).
    private static int? Pointed(List<string> w, int k)
    {
        int at;
        bool negated;
        if (w[k] == "none" && k + 2 < w.Count && w[k + 1] == "of" && (Pointers.Contains(w[k + 2]) || w[k + 2] == "them")) { at = k + 3; negated = true; }
        else if (Pointers.Contains(w[k]) && !IsDeterminerUse(w, k)) { at = k + 1; negated = false; }
        else return null;
        at = SkipAdverbs(w, at);
        if (at < w.Count && Auxiliaries.Contains(w[at])) at++;
        at = SkipAdverbs(w, at);
        if (at < w.Count && w[at] is "not" or "n't" or "never") { negated = true; at++; }
        at = SkipAdverbs(w, at);
        if (!negated || at >= w.Count || !Predicates.Contains(w[at])) return null;
        bool clauseEnds = at + 1 == w.Count || !char.IsLetterOrDigit(w[at + 1][0]);
        return clauseEnds ? at + 1 : null;
    }

    // The pointer opens its sentence or follows a colon, a dash, a semicolon or an ellipsis, with at most words that
    // join it to what came before ("But that's not true", "There's only one problem: apparently none of it ever
    // happened"): after other words in its clause ("analysts expected Apple to use sapphire glass, but that didn't
    // happen") it points at the clause before, not at the report.
    // A complement clause after a finite "be" opens too ("The only issue ... is that almost none of it is true"), and
    // "none" may carry a word of degree ("almost none of it").
    private static bool OpensClause(List<string> w, int k)
    {
        int from = k - 1;
        if (w[k] == "none" && from >= 0 && NoneDegrees.Contains(w[from])) from--;
        for (int j = from; j >= 0; j--)
        {
            string x = w[j];
            if (x is ":" or ";" or "-" or "—" or "–" or "." or "…") return true;
            if (x == "that" && j > 0 && Copulas.Contains(w[j - 1])) return true;
            if (!Joiners.Contains(x) && !Adverbs.Contains(x)) return false;
        }
        return true;
    }

    private static readonly FrozenSet<string> Joiners = WordLists.ReportDenialJoiners.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> NoneDegrees = WordLists.ReportDenialNoneDegrees.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> Copulas = WordLists.FiniteBeForms.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The text of <paramref name="document"/> from its first sentence through the sentence in which
    /// <paramref name="claim"/> starts: what a denial that points back ("it didn't happen") can point at.
    /// </summary>
    public static string Context(Document document, Claim claim)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(claim);
        var sentences = document.Sentences;
        for (int i = 0; i < sentences.Count; i++)
        {
            if (!sentences[i].Span.Contains(claim.Span.Start)) continue;
            return document.GetText(new TextSpan(sentences[0].Span.Start, sentences[i].Span.End));
        }
        return claim.Text;
    }

    /// <summary>True when <paramref name="context"/> writes in lower case a content word of <paramref name="lead"/>
    /// other than a reporting word: what the denial points at is the lead's event, not only its names ("But that's not
    /// true - the true owner is a Swedish millionaire" after a report that Tiger Woods sells an island, against "Tiger
    /// Woods Is Suspended For Failed Drug Test").</summary>
    public static bool TellsLeadEvent(TextUnit lead, TextUnit context)
    {
        var leadStems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stem in lead.Stems)
            if (stem is not null && !Lexicon.ReportingStems.Contains(stem)) leadStems.Add(stem);
        for (int k = 0; k < context.Stems.Length; k++)
            if (context.Stems[k] is { } stem && !context.Capitalized[k] && leadStems.Contains(stem)) return true;
        return false;
    }

    // "that" before a noun ("that story isn't true") points at the noun, not at the report; only a pointer followed by
    // an auxiliary, a negator or an adverb stands alone.
    private static bool IsDeterminerUse(List<string> w, int k) =>
        k + 1 < w.Count && !Auxiliaries.Contains(w[k + 1]) && !Adverbs.Contains(w[k + 1]) && w[k + 1] is not ("not" or "n't" or "never");

    private static int SkipAdverbs(List<string> w, int at)
    {
        while (at < w.Count && Adverbs.Contains(w[at])) at++;
        return at;
    }

    // "contrary to some reports", "contrary to published claims" from word k: the end of the phrase, or null.
    private static int? Contrary(List<string> w, int k)
    {
        if (w[k] != "contrary" || k + 1 >= w.Count || w[k + 1] != "to") return null;
        for (int j = k + 2; j < w.Count && j <= k + 2 + ContraryReach; j++)
        {
            if (!char.IsLetterOrDigit(w[j][0])) return null;
            if (Reports.Contains(w[j])) return j + 1;
        }
        return null;
    }
}
