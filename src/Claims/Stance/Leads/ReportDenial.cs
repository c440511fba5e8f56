using System.Collections.Frozen;
using Claims.Text;

namespace Claims.Stance.Leads;

/// <summary>
/// A body that says the report as a whole is false, in words that point back at it rather than repeat it: "But there's
/// just one problem... it didn't happen", "There's only one problem: apparently none of it ever happened", "that simply
/// isn't true", "It did not, contrary to some reports Monday, break off a little piece", "O'Malley says the story is a
/// hoax", "It is a hoax, a falsehood designed to attract clicks". Such a sentence shares no word
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
    private static readonly FrozenSet<string> ClauseOpeners = WordLists.ReportDenialClauseOpeners.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> Reports = WordLists.ReportNouns.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> Auxiliaries = WordLists.FiniteBeForms.Concat(WordLists.HaveDoForms).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Most words between "contrary to" and the report noun ("contrary to some earlier reports").</summary>
    internal const int ContraryReach = 3;

    /// <summary>The words with which <paramref name="sentence"/> (a profiled sentence) calls a report as a whole false,
    /// quoted as the sentence writes them (lower case), and whether they point back at it (a pronoun: "it didn't
    /// happen") rather than deny what the sentence itself tells ("It did not, contrary to some reports Monday, break off
    /// a little piece"); null when it calls nothing false. Reads the sentence's stance words (<see cref="TextUnit.Words"/>
    /// of its whole unit: lower case, "didn't" as "did" "n't", a possessive or "'s" dropped, quotes as '"'), not its
    /// text again.</summary>
    public static (string Words, bool PointsBack)? In(TextProfile sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var words = sentence.Whole.Words;
        // A question ("Is it true that ...?") calls nothing false: its last token is the question mark.
        if (words.Length == 0 || words[^1] == "?") return null;
        for (int k = 0; k < words.Length; k++)
        {
            if (OpensClause(words, k) && Pointed(words, k) is { } end) return (Quote(sentence, k, end), true);
            if (CalledFalse(words, k) is { } called) return (Quote(sentence, k, called), true);
            if (Contrary(words, k) is { } stop) return (Quote(sentence, k, stop), false);
            if (TurnedOutUnsaid(words, k) is { } unsaid) return (Quote(sentence, k, unsaid), true);
        }
        return null;
    }

    // The characters of words [first, end) of the sentence's whole unit, lower-cased: from the first one's token to the
    // last one's.
    private static string Quote(TextProfile sentence, int first, int end)
    {
        var view = sentence.View;
        var tokens = UnitBuilder.WordTokens(view, 0, view.Count, TermExtractor.Default);
        int from = view[tokens[first]].Start, to = view[tokens[end - 1]].End;
        return view.Text[from..to].ToLowerInvariant();
    }

    // "it didn't happen", "that is not true", "none of it ever happened" from word k: the end of the phrase, or null.
    // The predicate ends its clause ("it did not happen overnight" says when, not whether).
    private static int? Pointed(string[] w, int k)
    {
        int at;
        bool negated;
        if (w[k] == "none" && k + 2 < w.Length && w[k + 1] == "of" && (Pointers.Contains(w[k + 2]) || w[k + 2] == "them")) { at = k + 3; negated = true; }
        else if (Pointers.Contains(w[k]) && !IsDeterminerUse(w, k)) { at = k + 1; negated = false; }
        else return null;
        at = SkipAdverbs(w, at);
        if (at < w.Length && Auxiliaries.Contains(w[at])) at++;
        at = SkipAdverbs(w, at);
        if (at < w.Length && w[at] is "not" or "n't" or "never") { negated = true; at++; }
        at = SkipAdverbs(w, at);
        // "that is not what happened": the predicate in a free relative.
        if (at + 1 < w.Length && w[at] == "what" && Predicates.Contains(w[at + 1])) at++;
        if (!negated || at >= w.Length || !Predicates.Contains(w[at])) return null;
        // "it didn't happen at all": the phrase goes on to "all".
        if (at + 2 < w.Length && w[at + 1] == "at" && w[at + 2] == "all") at += 2;
        // "it is not plausible and I can think of no valid reason ...": a coordinator opens the next clause.
        bool clauseEnds = at + 1 == w.Length || !char.IsLetterOrDigit(w[at + 1][0]) || ClauseOpeners.Contains(w[at + 1]);
        return clauseEnds ? at + 1 : null;
    }

    // The pointer opens its sentence or follows a colon, a dash, a semicolon or an ellipsis, with at most words that
    // join it to what came before ("But that's not true", "There's only one problem: apparently none of it ever
    // happened"): after other words in its clause ("analysts expected Apple to use sapphire glass, but that didn't
    // happen") it points at the clause before, not at the report.
    // A complement clause after a finite "be" opens too ("The only issue ... is that almost none of it is true"), and
    // "none" may carry a word of degree ("almost none of it").
    private static bool OpensClause(string[] w, int k)
    {
        int from = k - 1;
        if (w[k] == "none" && from >= 0 && NoneDegrees.Contains(w[from])) from--;
        for (int j = from; j >= 0; j--)
        {
            string x = w[j];
            if (IsClauseMark(x)) return true;
            if (x == "that" && j > 0 && Copulas.Contains(w[j - 1])) return true;
            if (!Joiners.Contains(x) && !Adverbs.Contains(x)) return false;
        }
        return true;
    }

    // A colon, semicolon, dash, full stop or ellipsis: where a clause of the sentence opens.
    private static bool IsClauseMark(string w) => w is ":" or ";" or "-" or "—" or "–" or "." or "…";

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
    private static bool IsDeterminerUse(string[] w, int k) =>
        k + 1 < w.Length && !Auxiliaries.Contains(w[k + 1]) && !Adverbs.Contains(w[k + 1]) && w[k + 1] is not ("not" or "n't" or "never");

    private static int SkipAdverbs(string[] w, int at)
    {
        while (at < w.Length && Adverbs.Contains(w[at])) at++;
        return at;
    }

    private static readonly FrozenSet<string> SubjectNouns = WordLists.ReportSubjectNouns.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> FalsePredicates = WordLists.ReportFalsePredicates.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> FalseDegrees = WordLists.ReportFalseDegrees.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> FalseFollowers = WordLists.ReportFalseFollowers.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> FalseBlockers = WordLists.ReportFalseBlockers.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Most words between the determiner and the report noun ("the now viral story").</summary>
    internal const int SubjectModifierReach = 2;

    /// <summary>Most words of degree between the verb and what calls the report false ("is a complete hoax").</summary>
    internal const int FalseDegreeReach = 3;

    // "the story is a hoax", "this report is entirely false", "It is a hoax, a falsehood": a report named as the subject
    // (a determiner and a report noun, anywhere its clause asserts it: "O'Malley says the story is a hoax") or a pointer
    // opening its clause, a finite "be", and a word calling it false with nothing after it in its phrase but what keeps
    // it said of the report. From word k: the end of the phrase, or null.
    private static int? CalledFalse(string[] w, int k)
    {
        int at;
        if (Pointers.Contains(w[k]) && k + 1 < w.Length && Copulas.Contains(w[k + 1]) && OpensClause(w, k)) at = k + 1;
        else if (w[k] is "the" or "this" or "that" or "a" or "an" && ReportSubject(w, k + 1) is { } noun && !BlockedBefore(w, k)
            && (Postmodified(w, noun + 1) ?? (w[k] is "a" or "an" ? null : noun + 1)) is { } verb) at = verb;
        else return null;
        if (at >= w.Length || !Copulas.Contains(w[at])) return null;
        at++;
        for (int d = 0; d < FalseDegreeReach && at < w.Length && FalseDegrees.Contains(w[at]); d++) at++;
        if (at >= w.Length || !FalsePredicates.Contains(w[at])) return null;
        bool phraseEnds = at + 1 == w.Length || !char.IsLetterOrDigit(w[at + 1][0]) || FalseFollowers.Contains(w[at + 1]);
        return phraseEnds ? at + 1 : null;
    }

    private static readonly FrozenSet<string> Postmodifiers = WordLists.ReportPostmodifiers.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> RelativeVerbs = WordLists.ReportRelativeVerbs.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Most words of what is said of a report between its noun and the "is" that calls it false.</summary>
    internal const int PostmodifierReach = 40;

    // "An article saying X is fake", "a story that appeared in the Mirror ... is false", "this article about McDonald's
    // is fake": after the report noun (word `from`) a participle, a preposition or a relative "that"/"which" with a verb,
    // then, in the same clause, a finite "be" calling something false: the index of that "be", or null. A "be" right
    // after another report noun or a pointer is said of that ("a report saying the video is fake"): skipped.
    private static int? Postmodified(string[] w, int from)
    {
        int start;
        if (from < w.Length && Postmodifiers.Contains(w[from])) start = from + 1;
        else if (from + 1 < w.Length && w[from] is "that" or "which" && RelativeVerbs.Contains(w[from + 1])) start = from + 2;
        else return null;
        for (int j = start; j < w.Length && j <= start + PostmodifierReach; j++)
        {
            if (IsClauseMark(w[j]) || w[j] == "?") return null;
            if (!Copulas.Contains(w[j]) || SubjectNouns.Contains(w[j - 1]) || Pointers.Contains(w[j - 1])) continue;
            int at = j + 1;
            for (int d = 0; d < FalseDegreeReach && at < w.Length && FalseDegrees.Contains(w[at]); d++) at++;
            if (at < w.Length && FalsePredicates.Contains(w[at])) return j;
        }
        return null;
    }

    // The index of the report noun of a subject starting at word `from` (after its determiner), with at most
    // SubjectModifierReach words between; null when no report noun is there.
    private static int? ReportSubject(string[] w, int from)
    {
        for (int j = from; j < w.Length && j <= from + SubjectModifierReach; j++)
        {
            if (SubjectNouns.Contains(w[j])) return j;
            if (!char.IsLetter(w[j][0]) || Copulas.Contains(w[j])) return null;
        }
        return null;
    }

    // A condition, a hope, a guess, someone's claim or knowledge or a negation before word k in its clause.
    private static bool BlockedBefore(string[] w, int k)
    {
        for (int j = k - 1; j >= 0; j--)
        {
            if (IsClauseMark(w[j])) return false;
            if (FalseBlockers.Contains(w[j])) return true;
        }
        return false;
    }

    // "contrary to some reports", "contrary to published claims" from word k: the end of the phrase, or null.
    private static int? Contrary(string[] w, int k)
    {
        if (w[k] != "contrary" || k + 1 >= w.Length || w[k + 1] != "to") return null;
        for (int j = k + 2; j < w.Length && j <= k + 2 + ContraryReach; j++)
        {
            if (!char.IsLetterOrDigit(w[j][0])) return null;
            if (Reports.Contains(w[j])) return j + 1;
        }
        return null;
    }
}
