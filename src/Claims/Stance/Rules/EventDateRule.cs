namespace Claims.Stance;

/// <summary>
/// The date of one event, named at different precisions: "Russia launched its full-scale invasion of Ukraine in
/// February 2022" and "since Russia's 2022 invasion of Ukraine" agree on when the invasion was; "took office in
/// January" and "took office on January 20" agree too. Each date (a year, a month, a day of a month, or a combination)
/// is tied to the event it dates: the word it modifies ("2022 invasion") or, after a preposition ("in February 2022"),
/// the nearest common word before it in its clause. Two dates are of one event when those words are the same (or
/// synonyms) and the clauses share another content word (the invasion of Ukraine); they agree when every part both
/// give is equal and at least one part is given by both. Dates of other events in the same texts ("Trump's return in
/// January") are not compared, unlike <see cref="NumberRule"/>, which compares every month with every month and
/// says nothing when one matches and another differs. A part both give with different values ("began in February
/// 2022" / "began in April 2022") contradicts; like the number rule's, such a contradiction needs the same-event
/// gate's candidate similarity (<c>SameEventGateOptions.RuleMinSimilarity</c>).
/// </summary>
public sealed class EventDateRule : IStanceRule
{
    /// <summary>Words back from a date after a preposition within which the dated event is looked for.</summary>
    public const int AnchorWindow = 8;

    /// <inheritdoc />
    public string Name => RuleName;

    /// <summary>The rule's name in verdict reasons and in options keyed by rule (<c>dates</c>).</summary>
    public const string RuleName = "dates";

    /// <inheritdoc />
    public RuleFinding? Evaluate(StancePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var da = pair.A.Memo(DatesKey, Find);
        if (da.Length == 0) return null;
        var db = pair.B.Memo(DatesKey, Find);
        if (db.Length == 0) return null;
        // A text calling a report false quotes the report's dates; they are not its own.
        if (StanceRules.Disowning(pair.A) is not null || StanceRules.Disowning(pair.B) is not null) return null;
        (DateMention A, DateMention B)? match = null;
        foreach (var x in da)
            foreach (var y in db)
            {
                if (!SameEvent(x, y)) continue;
                // One event with two different dates ("began in February 2022" / "began in April 2022").
                if (!Compatible(x, y))
                    return new RuleFinding(this, StanceLabel.Contradicts, RuleEffect.Decide, 0.75,
                        $"dates: '{x.AnchorWord} ... {x.Phrase}' vs '{y.AnchorWord} ... {y.Phrase}'");
                // "in February" and "in 2022" are compatible but say nothing in common.
                if (SharesPart(x, y)) match ??= (x, y);
            }
        if (match is not { } m) return null;
        return new RuleFinding(this, StanceLabel.Agrees, RuleEffect.Decide, 0.65,
            $"dates: '{m.A.AnchorWord} ... {m.A.Phrase}' matches '{m.B.AnchorWord} ... {m.B.Phrase}'");
    }

    private static readonly object DatesKey = new();

    private static bool SameEvent(DateMention x, DateMention y)
    {
        // Same stem or one small synonym group: WordNet's similar words are too broad here ("system" / "unit", "event" /
        // "launch" dated "2015" and "March 9" were different things on FNC-1).
        if (x.Anchor != y.Anchor && !Lexicon.SameSynonymGroup(x.AnchorWord, y.AnchorWord)) return false;
        // The same kind of event of other participants ("the 2016 election" / "the election in November 2020" in
        // another country) is another event: the clauses must share a content word beside the event word.
        return x.Participants.Overlaps(y.Participants);
    }

    /// <summary>False when a part both dates give differs ("February 2022" / "2021"); "in 2022" and "in February 2022" are compatible.</summary>
    internal static bool Compatible(DateMention x, DateMention y)
    {
        if (x.Year is { } ya && y.Year is { } yb && ya != yb) return false;
        if (x.Month is { } ma && y.Month is { } mb && ma != mb) return false;
        return !(x.Day is { } a && y.Day is { } b && a != b);
    }

    private static bool SharesPart(DateMention x, DateMention y) =>
        (x.Year is not null && y.Year is not null) || (x.Month is not null && y.Month is not null);

    /// <summary>The dates of a text with the event each dates; none that is negated or in a condition.</summary>
    private static DateMention[] Find(TextUnit u)
    {
        List<DateMention>? found = null;
        var w = u.Words;
        for (int i = 0; i < w.Length; i++)
        {
            if (Date(u, i) is not { } d) continue;
            i = d.End;
            int anchor = Anchor(u, d.Start, d.End);
            if (anchor < 0 || u.Negated[anchor] || StanceRules.InCondition(u, anchor) || StanceRules.ImplicitlyNegated(u, anchor)) continue;
            var participants = Participants(u, d.Start, d.End, anchor);
            if (participants.Count == 0) continue;
            (found ??= []).Add(d with { Anchor = u.Stems[anchor]!, AnchorWord = w[anchor], Participants = participants });
        }
        return found?.ToArray() ?? [];
    }

    /// <summary>The date expression starting at word <paramref name="i"/>, or null.</summary>
    private static DateMention? Date(TextUnit u, int i)
    {
        var w = u.Words;
        if (Month(u, i) is { } month)
        {
            int end = i;
            int? day = null, year = null;
            // "20 January", "January 20", "January 20th, 2025", "February 2022".
            int start = i;
            if (i > 0 && DayOf(w[i - 1]) is { } before) { day = before; start = i - 1; }
            if (day is null && i + 1 < w.Length && DayOf(w[i + 1]) is { } after) { day = after; end = i + 1; }
            int y = end + 1;
            if (y < w.Length && w[y] == "," && y + 1 < w.Length && YearOf(w[y + 1]) is not null) y++;
            if (y < w.Length && YearOf(w[y]) is { } yr) { year = yr; end = y; }
            return new DateMention(year, month, day, start, end, StanceRules.Phrase(w, start, end));
        }
        if (YearOf(w[i]) is { } only) return new DateMention(only, null, null, i, i, w[i]);
        return null;
    }

    // "may" and "march" are months only beside a day or a year ("in March 2022", "May 5").
    private static int? Month(TextUnit u, int i)
    {
        string word = u.Words[i];
        if (Lexicon.CalendarWords.TryGetValue(word, out var cal) && cal.Unit == "month") return (int)cal.Value;
        if (word is not ("may" or "march") || !u.Capitalized[i]) return null;
        bool dated = (i + 1 < u.Words.Length && (DayOf(u.Words[i + 1]) is not null || YearOf(u.Words[i + 1]) is not null))
                     || (i > 0 && DayOf(u.Words[i - 1]) is not null);
        return dated ? Array.IndexOf(Text.WordLists.Months, word) + 1 : null;
    }

    private static int? DayOf(string word)
    {
        int n = 0, k = 0;
        while (k < word.Length && char.IsAsciiDigit(word[k]) && k < 2) n = n * 10 + (word[k++] - '0');
        if (k == 0 || n is < 1 or > 31) return null;
        string rest = word[k..];
        return rest is "" or "st" or "nd" or "rd" or "th" ? n : null;
    }

    private static int? YearOf(string word) =>
        word.Length == 4 && word.All(char.IsAsciiDigit) && int.Parse(word, System.Globalization.CultureInfo.InvariantCulture) is var y and >= 1900 and <= 2100 ? y : null;

    private static readonly System.Collections.Frozen.FrozenSet<string> DatePrepositions = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["in", "on", "since", "until", "till", "by", "from", "during", "of", "after", "before", "as", "following"], StringComparer.Ordinal);

    /// <summary>
    /// The word the date at <c>[start, end]</c> dates: the common word right after it ("2022 invasion") unless a
    /// preposition opens it, else the nearest common word before it in its clause ("took office in January",
    /// "launched its invasion of Ukraine in February 2022"); names, numbers and calendar words are skipped. -1 if none.
    /// </summary>
    private static int Anchor(TextUnit u, int start, int end)
    {
        var w = u.Words;
        bool afterPreposition = start > 0 && DatePrepositions.Contains(w[start - 1]);
        if (!afterPreposition && end + 1 < w.Length && Common(u, end + 1)) return end + 1;
        for (int k = start - 1; k >= 0 && k >= start - AnchorWindow; k--)
        {
            if (ClauseBreak(w[k])) return -1;
            if (Common(u, k) && !DatePrepositions.Contains(w[k])) return k;
        }
        return -1;
    }

    // A content word that is no name, number, calendar word or reporting verb.
    private static bool Common(TextUnit u, int k) =>
        u.Stems[k] is { } s && !u.Capitalized[k] && !char.IsDigit(s[0]) && !Lexicon.CalendarWords.ContainsKey(u.Words[k])
        && !Lexicon.NumberWords.ContainsKey(u.Words[k]) && !Lexicon.ReportingStems.Contains(s) && !Lexicon.Modals.Contains(u.Words[k]);

    private static bool ClauseBreak(string word) => word is "," or ";" or ":" or "." or "(" or ")" or "?" or "!" or "\u2014" or "\u2013";

    /// <summary>The content stems of the date's clause other than the date and the event word: who and what took part.</summary>
    private static HashSet<string> Participants(TextUnit u, int start, int end, int anchor)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        int from = start, to = end;
        while (from > 0 && !ClauseBreak(u.Words[from - 1])) from--;
        while (to + 1 < u.Words.Length && !ClauseBreak(u.Words[to + 1])) to++;
        for (int k = from; k <= to; k++)
        {
            if ((k >= start && k <= end) || k == anchor || DatePrepositions.Contains(u.Words[k])) continue;
            if (u.Stems[k] is { } s && !char.IsDigit(s[0]) && !Lexicon.CalendarWords.ContainsKey(u.Words[k])
                && !Lexicon.ReportingStems.Contains(s) && !Lexicon.Modals.Contains(u.Words[k])) set.Add(s);
        }
        return set;
    }
}

/// <summary>A date: its given parts, its words <c>[Start, End]</c>, and the event it dates (filled in by the rule).</summary>
internal sealed record DateMention(int? Year, int? Month, int? Day, int Start, int End, string Phrase)
{
    /// <summary>The stem of the word naming the dated event.</summary>
    public string Anchor { get; init; } = "";

    /// <summary>The word naming the dated event.</summary>
    public string AnchorWord { get; init; } = "";

    /// <summary>The other content stems of the date's clause.</summary>
    public HashSet<string> Participants { get; init; } = [];
}
