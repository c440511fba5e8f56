using System.Globalization;
using Claims.Matching;
using Claims.Stance;
using Claims.Text;

namespace Claims.Stories;

/// <summary>The entities, content words, dates and form of two claims, as the gate compares them.</summary>
internal sealed record SameEventEvidence(
    bool QuestionA, bool QuestionB, int ContentA, int ContentB,
    HashSet<string> NamesA, HashSet<string> NamesB, HashSet<string> SharedNames, HashSet<string> SharedWords,
    HashSet<string> CalendarA, HashSet<string> CalendarB, bool BrokenA = false, bool BrokenB = false, HashSet<string>? SharedFigures = null)
{
    // A claim cut off in mid-phrase ("fall has gotten just a little bit colder and") asserts nothing whole.
    private static readonly HashSet<string> Dangling = new(
    [
        "and", "or", "but", "the", "a", "an", "of", "to", "with", "for", "in", "on", "at", "by", "from", "that", "as",
        // A bare auxiliary at the end ("Viral news on days of darkness in December is") lost its predicate.
        .. Text.WordLists.FiniteBeForms, "be", "been", "will", "would", "has", "have", "had",
    ], StringComparer.Ordinal);

    private static readonly HashSet<string> Calendar = new([.. Text.WordLists.Weekdays, .. Text.WordLists.MonthsNotModals], StringComparer.Ordinal);

    // Every prefix of three letters or more of a weekday or month ("wed", "septemb"), and each one's stem as the term
    // extractor writes it ("juli", "januari", "februari": a stem need not be a prefix): the stems IsCalendarStem accepts.
    private static readonly HashSet<string> CalendarStems = new(
        Calendar.SelectMany(c => Enumerable.Range(3, Math.Max(0, c.Length - 2)).Select(n => c[..n]))
            .Concat(Calendar.Select(c => TermExtractor.Default.Stem(c))), StringComparer.Ordinal);

    // The longest weekday or month: a longer word is none.
    private static readonly int LongestCalendarWord = Calendar.Max(c => c.Length);

    public static SameEventEvidence Of(ClaimEvidence a, ClaimEvidence b)
    {
        // A word is a name when either side writes it as one (the first word of a sentence is capitalized by grammar).
        // One pass over each side's terms instead of set algebra: a's names and what both share (names or words), then
        // b's names.
        HashSet<string> namesA = new(StringComparer.Ordinal), namesB = new(StringComparer.Ordinal);
        HashSet<string> sharedNames = new(StringComparer.Ordinal), sharedWords = new(StringComparer.Ordinal);
        foreach (var t in a.Terms)
        {
            bool name = a.NameTerms.Contains(t) || b.NameTerms.Contains(t);
            if (name) namesA.Add(t);
            // Shared content beyond names: words, and concept groups ("solution" and "agreement" both give one).
            if (b.Terms.Contains(t)) (name ? sharedNames : sharedWords).Add(t);
        }
        foreach (var t in b.Terms)
            if (a.NameTerms.Contains(t) || b.NameTerms.Contains(t)) namesB.Add(t);
        // "Will Play Steve Jobs" (a headline in title case writes the verb as a name) and "will not be starring as Steve
        // Jobs": taking a part is one event whichever role verb says it. Only for two different verbs: the same verb is
        // a shared term already (a name when a title-case headline writes it so, which tells nothing of what is played:
        // "Seth Rogen Eyed to Play Apple's Steve Wozniak" / "Bale will not be playing Steve Jobs").
        if (a.RoleVerbs.Count > 0 && b.RoleVerbs.Count > 0 && !a.RoleVerbs.Overlaps(b.RoleVerbs)) sharedWords.Add(RoleTerm);
        var sharedFigures = new HashSet<string>(a.Figures, StringComparer.Ordinal);
        sharedFigures.IntersectWith(b.Figures);
        return new SameEventEvidence(a.Question, b.Question, a.Content, b.Content, namesA, namesB, sharedNames, sharedWords,
            a.Calendar, b.Calendar, a.Broken, b.Broken, sharedFigures);
    }

    /// <summary>
    /// What the gate reads from one claim: its features and what they say, its form and its dates. The names, terms and
    /// question mark (what <see cref="SameEventGate.RejectsAnyVerdict"/> reads for every candidate pair) are read at
    /// once; the dates, figures, role verbs and a cut ending only when a verdict is reviewed (few claims), then kept.
    /// </summary>
    internal sealed class ClaimEvidence
    {
        private readonly RawFeature[] _features;
        private readonly string _text;
        // The parts only a review reads, worked out on first use; racing threads compute equal parts and either is kept.
        private ReviewParts? _review;

        private ClaimEvidence(RawFeature[] features, string text, HashSet<string> nameTerms, HashSet<string> terms)
        {
            _features = features;
            _text = text;
            NameTerms = nameTerms;
            Terms = terms;
            Question = IsQuestion(text);
        }

        /// <summary>How many features the claim has.</summary>
        public int Content => _features.Length;

        /// <summary>Its name terms, without those that only hold a viewpoint.</summary>
        public HashSet<string> NameTerms { get; }

        /// <summary>Its terms other than figures, without those that only hold a viewpoint.</summary>
        public HashSet<string> Terms { get; }

        /// <summary>Whether it ends with a question mark.</summary>
        public bool Question { get; }

        /// <summary>The weekdays and months it writes.</summary>
        public HashSet<string> Calendar => Review.Calendar;

        /// <summary>Whether it ends on a dangling word (a cut).</summary>
        public bool Broken => Review.Broken;

        /// <summary>Its figures.</summary>
        public HashSet<string> Figures => Review.Figures;

        /// <summary>Its role verbs by stem.</summary>
        public IReadOnlySet<string> RoleVerbs => Review.RoleVerbs;

        private ReviewParts Review => _review ??= new ReviewParts(CalendarOf(_text), IsBroken(_text), FiguresOf(_features), RoleVerbsOf(_text));

        private sealed record ReviewParts(HashSet<string> Calendar, bool Broken, HashSet<string> Figures, IReadOnlySet<string> RoleVerbs);

        /// <summary>The evidence of a claim with <paramref name="features"/> and <paramref name="text"/>.</summary>
        public static ClaimEvidence Of(RawFeature[] features, string text)
        {
            var names = SameEventEvidence.Names(features);
            var terms = new HashSet<string>(StringComparer.Ordinal);
            foreach (var f in features)
                if (f.Kind != FeatureKind.Number) terms.Add(f.Term);
            foreach (var source in ViewpointHolders(text))
                if (names.Remove(source)) terms.Remove(source);
            return new(features, text, names, terms);
        }

        private static HashSet<string> FiguresOf(RawFeature[] features)
        {
            var figures = new HashSet<string>(StringComparer.Ordinal);
            foreach (var f in features)
                if (f.Kind == FeatureKind.Number) figures.Add(f.Term);
            return figures;
        }
    }

    /// <summary>
    /// The shared content term two claims get when they say that someone takes a part with two different verbs of
    /// <see cref="Text.WordLists.RoleVerbs"/> ("play" / "starring" / "portray"), written as a concept group (so the
    /// corpus rarity, which counts no concept group, does not count it).
    /// </summary>
    internal const string RoleTerm = FeatureExtractor.ConceptPrefix + "role";

    private static readonly HashSet<string> RoleVerbForms = new(Text.WordLists.RoleVerbs, StringComparer.Ordinal);

    private static readonly IReadOnlySet<string> NoRoleVerbs = new HashSet<string>(StringComparer.Ordinal);

    // The role verbs of the text by stem ("play" for "playing", "star" for "starring"): its words, in lower case and
    // without the punctuation around them, that are role verbs. Most texts have none and share one empty set.
    private static IReadOnlySet<string> RoleVerbsOf(string text)
    {
        var roles = RoleVerbForms.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[16];
        HashSet<string>? found = null;
        foreach (var range in text.AsSpan().SplitAny(" \t\r\n"))
        {
            var word = text.AsSpan()[range].Trim("\"'\u201C\u201D\u2018\u2019(),.:;!?".AsSpan());
            if (word.IsEmpty || word.Length > lower.Length) continue;
            int n = word.ToLowerInvariant(lower);
            if (roles.TryGetValue(lower[..n], out var verb))
                (found ??= new HashSet<string>(StringComparer.Ordinal)).Add(TermExtractor.Default.Stem(verb));
        }
        return found ?? NoRoleVerbs;
    }

    // "from Moscow's perspective", "in Kyiv's view": the name holds the view the claim is told from, it takes no part
    // in what the claim says. ("according to" is left out: attribution usually cuts it off, and what remains often names
    // a participant's record, "according to court documents filed by Smith".)
    private static readonly System.Text.RegularExpressions.Regex Viewpoint = new(
        @"\b(?:(?:from|in)\s+(?<name>\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*)['’]s\s+(?:perspective|point\s+of\s+view|viewpoint|view|eyes|opinion))",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.ExplicitCapture);

    private static readonly System.Buffers.SearchValues<string> ViewpointWords =
        System.Buffers.SearchValues.Create(["perspective", "view", "eyes", "opinion"], StringComparison.Ordinal);

    /// <summary>
    /// The name terms of <paramref name="text"/> that occur only as the holder of a viewpoint ("from Moscow's
    /// perspective"): sources, not participants, so they do not make two claims about different parties.
    /// </summary>
    internal static HashSet<string> ViewpointHolders(string text)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        // Every match ends with one of these words (the pattern is case-sensitive): a text without any has no match,
        // and most claims are told from no one's view, so the pattern is not run on them.
        if (text.AsSpan().IndexOfAny(ViewpointWords) < 0) return found;
        foreach (System.Text.RegularExpressions.Match m in Viewpoint.Matches(text))
            foreach (var word in m.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                // A name that also occurs outside the phrase takes part in the claim.
                if (Occurrences(text, word) > 1) continue;
                found.Add(TermExtractor.Default.Stem(TermExtractor.Lower(word)));
            }
        return found;
    }

    private static int Occurrences(string text, string word)
    {
        int count = 0;
        for (int i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + word.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    // Names are words written capitalized inside the text; weekdays and months are dates, not names.
    private static HashSet<string> Names(RawFeature[] features)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in features)
            if (f.Kind == FeatureKind.Entity && !Calendar.Contains(f.Term) && !IsCalendarStem(f.Term)) names.Add(f.Term);
        return names;
    }

    // A stem of three letters or more that a weekday or month starts with.
    private static bool IsCalendarStem(string stem) => CalendarStems.Contains(stem);

    /// <summary>The earliest and latest figure read as a year ("in 2008", "since 1988").</summary>
    private const int FirstYear = 1800, LastYear = 2100;

    /// <summary>
    /// True when <paramref name="term"/> (a matching term: a stem, a name or a figure) says when, not what: a weekday, a
    /// month or a stem one starts ("tuesday", "sept"), or a year ("2008"). Election coverage has a Tuesday every week and a
    /// 2016 in every article, and even a rare date is shared by every happening of its day: a date alone is never
    /// evidence of one event.
    /// </summary>
    internal static bool IsWhen(string term) =>
        Calendar.Contains(term) || IsCalendarStem(term)
        || (term.Length == 4 && int.TryParse(term, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int year)
            && year is >= FirstYear and <= LastYear);

    private static bool IsBroken(string text)
    {
        var trimmed = text.AsSpan().TrimEnd(" \t\r\n".AsSpan());
        int start = trimmed.Length;
        while (start > 0 && char.IsLetter(trimmed[start - 1])) start--;
        // Only a bare last word counts: "...and." ends a sentence on purpose rarely, "... and" is a cut.
        return start < trimmed.Length && Dangling.Contains(trimmed[start..].ToString().ToLowerInvariant());
    }

    private static bool IsQuestion(string text)
    {
        var trimmed = text.AsSpan().TrimEnd(" \t\r\n\"'”’)".AsSpan());
        return trimmed.Length > 0 && trimmed[^1] == '?';
    }

    private static readonly System.Buffers.SearchValues<char> CalendarSeparators = System.Buffers.SearchValues.Create(" ,.;:()\"\n\t");

    private static HashSet<string> CalendarOf(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var calendar = Calendar.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[LongestCalendarWord];
        // The words between separators, as a split would give them, without a string per word.
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            int end = rest.IndexOfAny(CalendarSeparators);
            var word = end < 0 ? rest : rest[..end];
            rest = end < 0 ? default : rest[(end + 1)..];
            // "May" is also a modal verb: only the capitalized form inside a sentence would be a month; leave it out.
            if (word.IsEmpty || word.Length > lower.Length || !char.IsUpper(word[0])) continue;
            int n = word.ToLowerInvariant(lower);
            if (calendar.TryGetValue(lower[..n], out var month)) set.Add(month);
        }
        return set;
    }
}
