using System.Text.RegularExpressions;

namespace Claims.Evaluation;

/// <summary>
/// The evaluation's own reading of whether a claim reads as a claim, independent of the library's rules (word lists
/// on the surface text, no parser): a claim without a finite verb, one ending on a preposition, conjunction, relative
/// word or determiner, a subordinate clause without its main clause, and a bare name at the end (a subject cut off
/// its predicate). Headlines are left out (they are telegraphic by design).
/// </summary>
internal static partial class FragmentAudit
{
    /// <summary>Kinds of fragment, checked in this order (a claim counts once, under the first kind that holds).</summary>
    internal enum Kind { None, EndsOnFunctionWord, SubordinateOnly, BareNameAtEnd, NoFiniteVerb }

    private static readonly HashSet<string> Prepositions = Set(
        "of", "in", "on", "at", "to", "for", "by", "with", "from", "about", "between", "over", "against", "after", "before",
        "since", "during", "despite", "amid", "among", "into", "onto", "upon", "through", "toward", "towards", "under",
        "without", "within", "following", "via", "per", "like", "than", "across", "around", "behind", "beyond", "near",
        "including");

    private static readonly HashSet<string> Conjunctions = Set(
        "and", "or", "but", "nor", "because", "although", "though", "while", "whereas", "if", "unless", "which", "who",
        "whom", "whose", "when", "where", "as", "until", "so", "yet");

    private static readonly HashSet<string> Determiners = Set(
        "the", "a", "an", "this", "these", "those", "his", "their", "its", "our", "my", "your", "every", "each", "some", "any");

    private static readonly HashSet<string> Subordinators = Set(
        "while", "although", "though", "whereas", "because", "since", "if", "unless", "when", "whenever", "after", "before",
        "as", "until", "once");

    private static readonly HashSet<string> Auxiliaries = Set(
        "is", "are", "was", "were", "am", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could",
        "should", "shall", "may", "might", "must", "isn't", "aren't", "wasn't", "weren't", "won't", "can't", "cannot");

    private static readonly HashSet<string> IrregularPast = Set(
        "said", "told", "met", "held", "made", "took", "gave", "went", "came", "found", "thought", "knew", "saw", "began",
        "left", "lost", "won", "sent", "spent", "kept", "brought", "bought", "led", "ran", "felt", "became", "grew",
        "wrote", "spoke", "chose", "rose", "fell", "struck", "paid", "sold", "built", "meant", "heard", "stood", "drew",
        "drove", "flew", "threw", "shot", "fought", "caught", "taught", "sought", "got", "hit", "put", "set", "cut", "let");

    private static readonly HashSet<string> Pronouns = Set("he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "this");

    private static readonly HashSet<string> NonVerbsEndingInEd = Set("red", "bed", "need", "seed", "speed", "feed", "shed", "hundred");

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’.\-]*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    /// <summary>The kind of fragment <paramref name="claim"/> is, or <see cref="Kind.None"/>.</summary>
    internal static Kind Classify(string claim)
    {
        var t = claim.Trim();
        var words = WordPattern().Matches(t).Select(m => m.Value.TrimEnd('.')).Where(w => w.Length > 0).ToList();
        if (words.Count == 0) return Kind.NoFiniteVerb;
        bool closed = t[^1] is '.' or '!' or '?' or '"' or '”' or '’' or ')' or '…';
        string last = words[^1];
        if (!closed && char.IsLower(last[0]) && (Prepositions.Contains(last) || Conjunctions.Contains(last) || Determiners.Contains(last)))
            return Kind.EndsOnFunctionWord;
        if (Subordinators.Contains(words[0]) && !HasMainClause(t)) return Kind.SubordinateOnly;
        if (!closed && IsBareNameAtEnd(t, words)) return Kind.BareNameAtEnd;
        return HasFiniteVerb(words) ? Kind.None : Kind.NoFiniteVerb;
    }

    /// <summary>After a comma, words with a finite verb: the subordinate clause has its main clause.</summary>
    private static bool HasMainClause(string t)
    {
        int comma = t.IndexOf(',');
        while (comma >= 0)
        {
            var rest = WordPattern().Matches(t[(comma + 1)..]).Select(m => m.Value).ToList();
            if (rest.Count > 0 && HasFiniteVerb(rest)) return true;
            comma = t.IndexOf(',', comma + 1);
        }
        return false;
    }

    /// <summary>A capitalized run at the end, after a comma or making up the whole claim of at most three words.</summary>
    private static bool IsBareNameAtEnd(string t, List<string> words)
    {
        if (!char.IsUpper(words[^1][0])) return false;
        int k = words.Count - 1;
        while (k > 0 && char.IsUpper(words[k - 1][0])) k--;
        if (k == 0) return words.Count <= 3;
        int at = t.LastIndexOf(words[k], StringComparison.Ordinal);
        var before = t[..at].TrimEnd();
        return before.EndsWith(',') || before.EndsWith('—') || before.EndsWith('–');
    }

    private static bool HasFiniteVerb(List<string> words)
    {
        for (int i = 0; i < words.Count; i++)
        {
            string w = words[i];
            if (Auxiliaries.Contains(w) && !(i == 0 && w == "May")) return true;
            if (w.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || w.EndsWith("n’t", StringComparison.OrdinalIgnoreCase)
                || w.EndsWith("’s", StringComparison.Ordinal) && i + 1 < words.Count && words[i + 1].EndsWith("ed", StringComparison.Ordinal)
                || w.EndsWith("'ll", StringComparison.Ordinal) || w.EndsWith("’ll", StringComparison.Ordinal)
                || w.EndsWith("'re", StringComparison.Ordinal) || w.EndsWith("’re", StringComparison.Ordinal)
                || w.EndsWith("'ve", StringComparison.Ordinal) || w.EndsWith("’ve", StringComparison.Ordinal))
                return true;
            if (i == 0 || !char.IsLower(w[0])) continue;
            string prev = words[i - 1];
            bool subject = Pronouns.Contains(prev) || !(Prepositions.Contains(prev) || Conjunctions.Contains(prev) || Determiners.Contains(prev) || Auxiliaries.Contains(prev));
            if (!subject) continue;
            bool byNext = i + 1 < words.Count && words[i + 1].Equals("by", StringComparison.OrdinalIgnoreCase);
            if ((w.Length > 3 && w.EndsWith("ed", StringComparison.Ordinal) && !NonVerbsEndingInEd.Contains(w) || IrregularPast.Contains(w)) && !byNext) return true;
            if (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && Pronouns.Contains(prev)) return true;
        }
        return false;
    }
}
