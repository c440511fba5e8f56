using System.Collections.Frozen;

namespace Claims.Stance;

/// <summary>
/// The interval a figure states, read from the words before it: "topped $50,000" and "more than 50" are lower bounds,
/// "under 50" and "up to 50" upper bounds, "close to $56,000" and "about 50" a neighbourhood, a bare figure one point.
/// Two figures of one quantity contradict only when their intervals are disjoint: "close to $56,000" lies within
/// "topped $50,000". Read by the number rule only (the model's features keep their own approximate flag).
/// </summary>
internal static class NumberBounds
{
    /// <summary>Single words before a figure that make it a lower bound ("topped $50,000", "over 100").</summary>
    public static readonly FrozenSet<string> LowerBoundWords = Set(
        "topped", "tops", "top", "topping", "exceeded", "exceeds", "exceed", "exceeding", "surpassed", "surpasses", "surpass",
        "over", "above", "beyond", "passed", "least", "upwards", "plus");

    /// <summary>Single words before a figure that make it an upper bound ("under 50", "up to 50", "at most 50").</summary>
    public static readonly FrozenSet<string> UpperBoundWords = Set("under", "below", "most", "maximum", "within", "up");

    /// <summary>Words before a figure that make it a value near which the true one lies ("close to", "about", "nearly").</summary>
    public static readonly FrozenSet<string> NearWords = Set(
        "about", "around", "approximately", "roughly", "close", "nearly", "almost", "some", "estimated", "~", "circa", "approaching");

    /// <summary>Words before a figure that cap a neighbourhood at the figure ("nearly 50", "almost 50": at most 50).</summary>
    public static readonly FrozenSet<string> ShortOfWords = Set("nearly", "almost", "approaching");

    /// <summary>The relative width of a neighbourhood ("about 50" holds 42.5 to 57.5), as <see cref="PairFeaturizer.SameValue"/> reads it.</summary>
    public const double NearShare = 0.15;

    /// <summary>The most words before a figure searched for a bound word ("has now topped $50,000": "topped", "$").</summary>
    public const int Reach = 3;

    /// <summary>The interval <paramref name="mention"/> states in <paramref name="u"/>; one point when no bound word precedes it.</summary>
    public static (double Low, double High) Interval(TextUnit u, NumberMention mention)
    {
        double v = mention.Value;
        int at = Position(u, mention);
        for (int k = at - 1; at >= 0 && k >= 0 && k >= at - Reach; k--)
        {
            string w = u.Words[k];
            if (w is "$" or "€" or "£" or "to" or "than" or "a" or "of") continue;
            // "more than", "less than", "fewer than": the comparative before "than".
            if (w is "more" or "greater" or "higher") return (v, double.PositiveInfinity);
            if (w is "less" or "fewer" or "lower") return (double.NegativeInfinity, v);
            if (ShortOfWords.Contains(w)) return (v * (1 - NearShare), v);
            if (NearWords.Contains(w)) return (v * (1 - NearShare), v * (1 + NearShare));
            if (LowerBoundWords.Contains(w)) return (v, double.PositiveInfinity);
            if (UpperBoundWords.Contains(w)) return (double.NegativeInfinity, v);
            break;
        }
        return (v, v);
    }

    /// <summary>True when the intervals the two figures state overlap: both may be true of one quantity.</summary>
    public static bool Compatible(TextUnit a, NumberMention x, TextUnit b, NumberMention y)
    {
        var (lx, hx) = Interval(a, x);
        var (ly, hy) = Interval(b, y);
        return lx <= hy && ly <= hx;
    }

    /// <summary>Words after a figure that make it a count of additional things ("14 more", "three other Americans").</summary>
    public static readonly FrozenSet<string> AdditionalAfter = Set("more", "additional", "further", "other", "extra", "new");

    /// <summary>Words before a figure that make it a count of additional things ("another 40").</summary>
    public static readonly FrozenSet<string> AdditionalBefore = Set("another", "further", "additional");

    /// <summary>
    /// True when <paramref name="mention"/> counts additional things ("14 more officers", "another 40 soldiers"): no
    /// rival figure for a total another text gives.
    /// </summary>
    public static bool Additional(TextUnit u, NumberMention mention)
    {
        int at = Position(u, mention);
        if (at < 0) return false;
        return (at + 1 < u.Words.Length && AdditionalAfter.Contains(u.Words[at + 1]))
            || (at > 0 && AdditionalBefore.Contains(u.Words[at - 1]));
    }

    /// <summary>
    /// True when <paramref name="mention"/> is a "one" that "another" follows in the text ("one lump near the tail, and
    /// another from its fin"): the text counts one by one, so the figure is no total.
    /// </summary>
    public static bool Enumerates(TextUnit u, NumberMention mention)
    {
        int at = Position(u, mention);
        return at >= 0 && u.Words[at] == "one" && Array.IndexOf(u.Words, "another", at + 1) > at;
    }

    /// <summary>
    /// True when <paramref name="mention"/>'s unit is followed by "old" ("14 years old"): an age, which is no rival value
    /// for another count of the same unit ("20 years ago", "for two decades"); counts of elapsed time do compare with
    /// each other ("20 years ago" and "20 years later" agree).
    /// </summary>
    public static bool Age(TextUnit u, NumberMention mention)
    {
        int at = Position(u, mention);
        if (at < 0) return false;
        int space = mention.Surface.LastIndexOf(' ');
        int unitAt = space < 0 ? at : Array.IndexOf(u.Words, mention.Surface[(space + 1)..], at);
        return unitAt >= 0 && unitAt + 1 < u.Words.Length && u.Words[unitAt + 1] == "old";
    }

    /// <summary>
    /// True when <paramref name="mention"/> ends a range: "90 to 95 percent", "between 90 and 95 percent", "90-95
    /// percent" (a figure, then "to", "and" after "between", or a dash, before it). The range holds every value between
    /// its ends, so its upper end is no rival value for a figure inside it.
    /// </summary>
    public static bool EndsARange(TextUnit u, NumberMention mention)
    {
        int at = Position(u, mention);
        if (at < 2 || !IsFigure(u.Words[at - 2])) return false;
        string link = u.Words[at - 1];
        return link is "to" or "-" or "\u2013" || (link == "and" && at >= 3 && u.Words[at - 3] == "between");
    }

    private static bool IsFigure(string word) => word.Length > 0 && char.IsDigit(word[0]);

    /// <summary>The index of the word the figure is written with, or -1.</summary>
    /// <summary>Words that, before a figure in its clause, make it a figure of a survey's method: its margin of error or its sample.</summary>
    public static readonly FrozenSet<string> SurveyMethodWords = Set(
        "margin", "surveyed", "polled", "interviewed", "sample", "sampled", "respondents");

    /// <summary>The most words from a survey's method word to the figure it governs ("the margin of sampling error is plus or minus six").</summary>
    public const int SurveyMethodReach = 8;

    /// <summary>
    /// True when <paramref name="mention"/> is a figure of a survey's method ("the margin of error is plus or minus
    /// six percentage points", "surveyed 2,000 people", "a survey of 1,200 registered voters"): it describes the poll,
    /// not the world, and two polls' methods differ without contradicting each other.
    /// </summary>
    public static bool SurveyMethod(TextUnit u, NumberMention mention)
    {
        int at = Position(u, mention);
        for (int k = at - 1; at >= 0 && k >= 0 && k >= at - SurveyMethodReach; k--)
        {
            string w = u.Words[k];
            if (w.Length > 0 && !char.IsLetterOrDigit(w[0])) return false;
            if (SurveyMethodWords.Contains(w)) return true;
            // "a survey of 1,200", "a poll of 500 likely voters": the sample the survey or poll was taken of.
            if (w == "of" && k == at - 1 && k > 0 && u.Words[k - 1] is "survey" or "poll") return true;
        }
        return false;
    }

    private static int Position(TextUnit u, NumberMention mention)
    {
        int space = mention.Surface.IndexOf(' ', StringComparison.Ordinal);
        string first = space < 0 ? mention.Surface : mention.Surface[..space];
        return Array.IndexOf(u.Words, first);
    }

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
