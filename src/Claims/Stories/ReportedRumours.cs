using System.Collections.Frozen;
using Claims.Matching;
using Claims.Stance;
using Claims.Text;

namespace Claims.Stories;

/// <summary>
/// Finds the claims an article reports only to call them false: "reports that Axl Rose was found dead" in an article
/// that says the death report is a hoax. Such a claim is not the outlet asserting it, so a contradiction against it
/// (another outlet's denial) is no contradiction between the outlets, and an agreement with it is no agreement.
/// A claim is a reported rumour when another claim of its article calls a report false (a word of the disowning
/// lexicon, not negated: "hoax", "fake", "false", "a lie", "not true") and the two share at least
/// <see cref="MinSharedTerms"/> content terms (names and numbers included: the rumour is about the same person), or,
/// for a claim voiced by someone else or hedged that asserts (no negator), <see cref="MinSharedTermsReported"/>; the
/// claim itself calls nothing false. Thread-safe and deterministic.
/// </summary>
public sealed class ReportedRumours
{
    private static readonly FrozenSet<string> Truthful = FrozenSet.ToFrozenSet(["true", "accurate", "correct", "real", "genuine"], StringComparer.Ordinal);

    private readonly FeatureExtractor _features = new(TermExtractor.Default);

    /// <summary>Shared content terms (stems and names) a claim needs with its article's refuting claim (default 2).</summary>
    public int MinSharedTerms { get; init; } = 2;

    /// <summary>
    /// Shared content terms enough for an asserting claim (no negator) the article attributes to someone else or hedges
    /// ("X said that ...", "allegedly", "reportedly"): in an article that calls a report false, such a claim is the
    /// report (default 0: the refutation is often short, "It's a nonsense, says official").
    /// </summary>
    public int MinSharedTermsReported { get; init; } = 0;

    private static readonly FrozenSet<string> ReportHedges = FrozenSet.ToFrozenSet(
        ["allegedly", "reportedly", "purportedly", "purported", "supposedly", "rumored", "rumoured", "claims", "claimed", "claiming"],
        StringComparer.Ordinal);

    /// <summary>
    /// For each claim its article reports as a rumour, by claim id, the evidence: the refuting claim's id and word
    /// (<c>b12#3 'hoax'</c>). Claims are grouped by <see cref="Claim.ArticleId"/>.
    /// </summary>
    public IReadOnlyDictionary<string, string> Find(IReadOnlyList<Claim> claims, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var article in claims.GroupBy(c => c.ArticleId, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var members = article.ToList();
            // Most articles call nothing false: their claims' terms are never needed, so they are read only after a
            // refuting claim is found, and only for the claims that count shared terms.
            var disowning = members.Select(c => DisowningWord(c.Text)).ToArray();
            var refuting = new List<(Claim Claim, string Word, HashSet<string> Terms)>();
            for (int m = 0; m < members.Count; m++)
                if (disowning[m] is { } word) refuting.Add((members[m], word, Terms(members[m])));
            if (refuting.Count == 0) continue;
            // The refuting claims filed under each of their terms: a claim counts the terms it shares with each
            // refuting claim by walking its own terms' lists, not by comparing with every refuting claim.
            var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (int k = 0; k < refuting.Count; k++)
                foreach (var t in refuting[k].Terms)
                {
                    if (!postings.TryGetValue(t, out var list)) postings[t] = list = [];
                    list.Add(k);
                }
            var shared = new int[refuting.Count];
            var touched = new List<int>();
            for (int m = 0; m < members.Count; m++)
            {
                var c = members[m];
                if (disowning[m] is not null) continue;
                // A reported claim that asserts (no negator) is the report itself; one that denies is a refutation.
                int needed = IsReported(c) && !HasNegator(c.Text) ? MinSharedTermsReported : MinSharedTerms;
                if (First(c, needed) is { } k)
                    result[c.Id] = $"{refuting[k].Claim.Id} '{refuting[k].Word}'";
            }

            // The first refuting claim (in article order) other than c that shares at least needed terms with it.
            int? First(Claim c, int needed)
            {
                if (needed <= 0)
                {
                    for (int k = 0; k < refuting.Count; k++)
                        if (refuting[k].Claim.Id != c.Id) return k;
                    return null;
                }
                foreach (var t in Terms(c))
                    if (postings.TryGetValue(t, out var list))
                        foreach (int k in list)
                            if (shared[k]++ == 0) touched.Add(k);
                int best = int.MaxValue;
                foreach (int k in touched)
                {
                    if (shared[k] >= needed && k < best && refuting[k].Claim.Id != c.Id) best = k;
                    shared[k] = 0;
                }
                touched.Clear();
                return best == int.MaxValue ? null : best;
            }
        }
        return result;
    }

    // Content terms and numbers ("$72 million"), without reporting verbs ("report", "said"): those say a report exists, not what it is about.
    private HashSet<string> Terms(Claim claim) =>
        _features.Extract(claim).Where(f => !Lexicon.ReportingStems.Contains(f.Term) && !Lexicon.Disowning.Contains(f.Term))
            .Select(f => f.Term).ToHashSet(StringComparer.Ordinal);

    private static bool HasNegator(string text) => AnyWord(text, WordTest.Negator);

    // Voiced by someone else than the outlet, or hedged by the outlet.
    private static bool IsReported(Claim c) =>
        c.Kind is ClaimKind.Indirect or ClaimKind.DirectQuote || AnyWord(c.Text, WordTest.ReportHedge);

    private enum WordTest { Negator, ReportHedge }

    // True when a word of `text` (a run of letters and apostrophes, lower-cased, curly apostrophes written straight)
    // passes the test; the words are read in a buffer, none made a string.
    private static bool AnyWord(string text, WordTest test)
    {
        var words = new LowerWords(text, stackalloc char[LowerWords.StackLength]);
        while (words.Next(out var word))
        {
            bool passes = test == WordTest.ReportHedge ? HedgeWords.Contains(word)
                : Lexicon.IsNegator(word) || ClauseNegatorWords.Contains(word);
            if (passes) return true;
        }
        return false;
    }

    /// <summary>The word (or "not true") with which <paramref name="text"/> calls a report false, or null.</summary>
    internal static string? DisowningWord(string text)
    {
        // The words as Words makes them, read one at a time in a buffer (most claims disown nothing: no string is
        // made); a word is negated by a negator among the three words before it.
        var words = new LowerWords(text, stackalloc char[LowerWords.StackLength]);
        bool negated1 = false, negated2 = false, negated3 = false;
        while (words.Next(out var word))
        {
            bool negated = negated1 || negated2 || negated3;
            if (!negated && DisowningWords.Contains(word)) return new string(word);
            if (negated && TruthfulWords.Contains(word)) return "not " + new string(word);
            (negated3, negated2) = (negated2, negated1);
            negated1 = Lexicon.IsNegator(word);
        }
        return null;
    }

    // The words of a text (runs of letters and apostrophes), lower-cased with curly apostrophes written straight, read
    // one at a time into a buffer (the stack up to StackLength characters, then one array the text's length): no string
    // is made per word.
    private ref struct LowerWords(string text, Span<char> stack)
    {
        public const int StackLength = 128;
        private readonly Span<char> _stack = stack;
        private char[]? _longer;
        private int _at;

        public bool Next(out ReadOnlySpan<char> word)
        {
            int start = -1;
            for (; _at <= text.Length; _at++)
            {
                bool part = _at < text.Length && (char.IsLetter(text[_at]) || text[_at] is '\'' or '’');
                if (part && start < 0) start = _at;
                if (part || start < 0) continue;
                int length = _at - start;
                var lowered = (length <= _stack.Length ? _stack : (_longer ??= new char[text.Length]))[..length];
                text.AsSpan(start, length).ToLowerInvariant(lowered);
                lowered.Replace('’', '\'');
                word = lowered;
                _at++;
                return true;
            }
            word = default;
            return false;
        }
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DisowningWords = Lexicon.Disowning.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TruthfulWords = Truthful.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseNegatorWords = Lexicon.ClauseNegators.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HedgeWords = ReportHedges.GetAlternateLookup<ReadOnlySpan<char>>();
}
