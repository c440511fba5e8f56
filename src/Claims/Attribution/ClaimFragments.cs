using Claims.Text;

namespace Claims.Attribution;

/// <summary>Why a piece of a sentence does not read as a claim of its own (<see cref="ClaimFragments"/>).</summary>
internal enum FragmentKind
{
    /// <summary>Reads as a claim: a clause with a finite verb that ends where a clause can end.</summary>
    None,
    /// <summary>Ends on a preposition, conjunction, relative word or determiner ("… comes just days after").</summary>
    EndsOnFunctionWord,
    /// <summary>A subordinate clause without its main clause ("While he did not specify what such a deal might involve").</summary>
    SubordinateOnly,
    /// <summary>A bare name after a comma or alone: a subject cut off its predicate ("Since taking office in January, Trump").</summary>
    EndsOnName,
    /// <summary>A phrase without a finite verb ("Despite the sanctions", "accompanied by a dove emoji", "A high-level meeting").</summary>
    NoFiniteVerb,
}

/// <summary>
/// Reads a piece of a sentence left over when the attributions are cut out of it, and says whether it reads as a claim
/// or is a fragment (<see cref="FragmentKind"/>), and whether it opens like the frame of an attribution (a participle,
/// a preposition or a subordinator first: "Speaking to CNN …", "Despite the sanctions", "While he did not …"). The
/// readings are word-list heuristics on the surface text (no parser): a finite verb is an auxiliary or modal, a
/// contraction, or a past or present tense form after its subject. Stateless and thread-safe.
/// </summary>
internal static class ClaimFragments
{
    // Words a claim never ends on: prepositions, conjunctions, relative words and determiners.
    private static readonly WordSet EndWords = new(
    [
        .. WordLists.Prepositions, "after", "before", "since", "during", "despite", "amid", "among", "into", "onto", "upon",
        "through", "toward", "towards", "under", "without", "within", "following", "via", "per", "like", "than", "across",
        "around", "behind", "beyond", "near", "throughout", "including", "and", "or", "but", "nor", "because", "although",
        "though", "while", "whereas", "if", "unless", "which", "who", "whom", "whose", "when", "where", "as", "until",
        "the", "a", "an", "this", "these", "those", "his", "their", "its", "our", "my", "your", "every", "each",
    ]);

    // Words that open a subordinate clause.
    private static readonly WordSet Subordinators = new(
        "while", "although", "though", "whereas", "because", "since", "if", "unless", "when", "whenever", "after",
        "before", "as", "until", "once", "whether");

    // Prepositions that open an adverbial frame ("Despite the sanctions, …", "In a statement, …").
    private static readonly WordSet FramePrepositions = new(
    [
        .. WordLists.Prepositions, "despite", "amid", "after", "before", "since", "during", "following", "upon",
        "according", "under", "without", "unlike", "like", "besides", "beyond", "through", "throughout",
    ]);

    private static readonly WordSet SubjectPronouns = new([.. WordLists.SubjectPronouns, "who", "which", "that", "this"]);

    private static readonly WordSet Auxiliaries = new([.. WordLists.AuxiliaryVerbs, "shall", "am"]);

    private static readonly string[] Contractions = ["n't", "n’t", "'ll", "’ll", "'re", "’re", "'ve", "’ve", "'m", "’m", "'d", "’d"];

    /// <summary>Why <paramref name="span"/> of <paramref name="text"/> is not a claim, or <see cref="FragmentKind.None"/>.</summary>
    public static FragmentKind Classify(string text, TextSpan span)
    {
        var words = SpanWords.Of(text, span);
        if (words.Count == 0) return FragmentKind.NoFiniteVerb;
        if (EndsOnFunctionWord(text, span, words)) return FragmentKind.EndsOnFunctionWord;
        if (EndsOnBareName(text, span, words)) return FragmentKind.EndsOnName;
        bool finite = HasFiniteVerb(text, words, 0);
        if (OpensSubordinateClause(text, words) && !HasMainClause(text, span, words)) return FragmentKind.SubordinateOnly;
        return finite ? FragmentKind.None : FragmentKind.NoFiniteVerb;
    }

    /// <summary>
    /// Whether <paramref name="span"/> opens like the frame of an attribution: a participle ("Speaking", "accompanied"),
    /// a preposition ("Despite", "In") or a subordinator ("While", "Since").
    /// </summary>
    public static bool OpensFrame(string text, TextSpan span)
    {
        var words = SpanWords.Of(text, span);
        if (words.Count == 0) return true;
        var first = Of(text, words[0]);
        return IsParticiple(first) || FramePrepositions.Contains(first) || OpensSubordinateClause(text, words);
    }

    /// <summary>Whether <paramref name="span"/> opens with a preposition of an adverbial frame ("In a video released Wednesday").</summary>
    public static bool OpensWithPreposition(string text, TextSpan span)
    {
        var words = SpanWords.Of(text, span);
        return words.Count > 0 && FramePrepositions.Contains(Of(text, words[0]));
    }

    // Subordinators whose clause the writer asserts ("Although the talks did not yield a breakthrough, …"): not "if", "unless", "whether".
    private static readonly WordSet FactiveSubordinators = new("while", "although", "though", "whereas", "because", "since", "when", "after", "before", "as", "once");

    /// <summary>
    /// The clause of a subordinate clause without its main clause, when the writer asserts it and it has a subject and a
    /// finite verb of its own: "Although the talks did not yield a breakthrough" gives "the talks did not yield a
    /// breakthrough"; "Since taking office" (no subject) and "If the talks fail" (not asserted) give null.
    /// </summary>
    public static TextSpan? AssertedClause(string text, TextSpan span)
    {
        var words = SpanWords.Of(text, span);
        int skip = words.Count > 1 && Of(text, words[0]).Equals("even", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        if (words.Count < skip + 3 || !FactiveSubordinators.Contains(Of(text, words[skip]))) return null;
        var rest = words.GetRange(skip + 1, words.Count - skip - 1);
        var first = Of(text, rest[0]);
        if (IsParticiple(first) || FramePrepositions.Contains(first) || !HasFiniteVerb(text, rest, 0)) return null;
        // The verb must follow its subject: a clause that opens with its verb ("as reported by …") has none.
        if (Auxiliaries.Contains(first) || char.IsLower(first[0]) && first.EndsWith("ed", StringComparison.Ordinal)) return null;
        return new TextSpan(rest[0].Start, span.End);
    }

    // "even though", "even if": "even" opens a subordinate clause only with one of these.
    private static bool OpensSubordinateClause(string text, List<TextSpan> words) =>
        Subordinators.Contains(Of(text, words[0]))
        || words.Count > 1 && Of(text, words[0]).Equals("even", StringComparison.OrdinalIgnoreCase) && Of(text, words[1]) is "though" or "if" or "as" or "when";

    /// <summary>Whether the first word of <paramref name="span"/> is a lower-case finite verb or auxiliary ("has pursued …"): a predicate without its subject.</summary>
    public static bool OpensWithPredicate(string text, TextSpan span)
    {
        var words = SpanWords.Of(text, span);
        if (words.Count == 0) return false;
        var first = Of(text, words[0]);
        if (!char.IsLower(first[0])) return false;
        return Auxiliaries.Contains(first) || first.Length > 4 && first.EndsWith("ed", StringComparison.Ordinal) && !Follows(text, words, 0, "by");
    }

    private static bool EndsOnFunctionWord(string text, TextSpan span, List<TextSpan> words)
    {
        if (EndsClosed(text, span)) return false;
        var last = words[^1];
        // A word followed by more than spaces inside the span ("after —") still counts: the span ends on it.
        return EndWords.Contains(Of(text, last)) && char.IsLower(text[last.Start]);
    }

    private static bool EndsOnBareName(string text, TextSpan span, List<TextSpan> words)
    {
        if (EndsClosed(text, span)) return false;
        // A run of capitalized words at the end, after a comma or alone, with no finite verb after the comma.
        int k = words.Count - 1;
        if (!char.IsUpper(text[words[k].Start])) return false;
        while (k > 0 && char.IsUpper(text[words[k - 1].Start]) && OnlySpaceBetween(text, words[k - 1], words[k])) k--;
        if (k == 0) return words.Count <= 3 && !Auxiliaries.Contains(Of(text, words[0]));
        int gap = words[k - 1].End;
        return text.AsSpan(gap, words[k].Start - gap).Trim().SequenceEqual(",");
    }

    /// <summary>A subordinate clause's main clause: after a comma, words with a finite verb.</summary>
    private static bool HasMainClause(string text, TextSpan span, List<TextSpan> words)
    {
        for (int i = 1; i < words.Count; i++)
        {
            int gap = words[i - 1].End;
            if (text.AsSpan(gap, words[i].Start - gap).IndexOf(',') < 0) continue;
            if (HasFiniteVerb(text, words, i)) return true;
        }
        return false;
    }

    /// <summary>A finite verb among <paramref name="words"/> from index <paramref name="from"/>, read from the surface.</summary>
    private static bool HasFiniteVerb(string text, List<TextSpan> words, int from)
    {
        for (int i = from; i < words.Count; i++)
        {
            var w = Of(text, words[i]);
            if (Auxiliaries.Contains(w) && !(i == from && w.Equals("May", StringComparison.Ordinal))) return true;
            foreach (var c in Contractions)
                if (w.Length > c.Length && w.EndsWith(c, StringComparison.OrdinalIgnoreCase)) return true;
            if (i == from || !char.IsLower(w[0])) continue;
            var before = Of(text, words[i - 1]);
            bool subjectBefore = SubjectPronouns.Contains(before)
                || !EndWords.Contains(before) && !Auxiliaries.Contains(before) && !Words.Determiners.Contains(before);
            if (!subjectBefore) continue;
            if (IsPast(w) && !Follows(text, words, i, "by")) return true;
            // A present tense "-s" form only after a subject pronoun ("he says", "it remains"): after a noun it is as often a plural.
            if (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && SubjectPronouns.Contains(before)) return true;
        }
        return false;
    }

    private static bool IsPast(ReadOnlySpan<char> w)
    {
        if (w.Length > 3 && w.EndsWith("ed", StringComparison.Ordinal)) return true;
        return VerbLemmas.Default.HasOtherLemma(w) && !w.EndsWith("en", StringComparison.Ordinal) && !w.EndsWith("ing", StringComparison.Ordinal) && !w.EndsWith('s');
    }

    // Words ending like participles that are not ("during", "according" open prepositional phrases, handled there).
    private static readonly WordSet NotParticiples = new("during", "nothing", "something", "everything", "anything", "morning", "evening", "building", "meeting", "ceiling");

    private static bool IsParticiple(ReadOnlySpan<char> w) =>
        w.Length > 4 && !NotParticiples.Contains(w)
        && (w.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || char.IsLower(w[0]) && w.EndsWith("ed", StringComparison.Ordinal));

    private static bool Follows(string text, List<TextSpan> words, int i, string word) =>
        i + 1 < words.Count && Of(text, words[i + 1]).Equals(word, StringComparison.OrdinalIgnoreCase);

    // A span closed by a sentence end or a quotation mark ends where a clause can end.
    private static bool EndsClosed(string text, TextSpan span)
    {
        int e = span.End;
        while (e > span.Start && char.IsWhiteSpace(text[e - 1])) e--;
        return e > span.Start && (text[e - 1] is '.' or '!' or '?' or ')' or '…' || Segmentation.QuoteMarks.IsQuote(text[e - 1]));
    }

    private static bool OnlySpaceBetween(string text, TextSpan a, TextSpan b) => b.Start - a.End == 1 && text[a.End] == ' ';

    // The characters of a word, read in place (the word sets and lemmas look spans up without a string).
    private static ReadOnlySpan<char> Of(string text, TextSpan w) => text.AsSpan(w.Start, w.Length);

}
