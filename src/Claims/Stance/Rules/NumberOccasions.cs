namespace Claims.Stance;

/// <summary>
/// Two different figures that belong to different occasions, seen in a year of election coverage: shares measured at
/// different times ("Rubio comes in at 9 percent" / "Rubio was at 10 percent", two polls), and a weekday that names
/// which of a series is meant ("Monday's newsletter" / "Wednesday's newsletter") rather than when one thing happened.
/// Stateless.
/// </summary>
internal static class NumberOccasions
{
    /// <summary>The unit of a percentage (<see cref="NumberMentions"/>).</summary>
    private const string ShareUnit = "percent";

    /// <summary>Units that tie a figure to a time: a weekday, a month, a day of the month, a year.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> TimeUnits = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["weekday", "month", "year", NumberMentions.DayOfMonthUnit], StringComparer.Ordinal);

    /// <summary>
    /// True when <paramref name="x"/> of <paramref name="a"/> and <paramref name="y"/> of <paramref name="b"/> are
    /// percentages and the texts name no time in common (no weekday, month, date or year both give): a share is
    /// measured by some poll at some time, and two shares tied to no common time are two measurements.
    /// </summary>
    public static bool UndatedShares(TextUnit a, NumberMention x, TextUnit b, NumberMention y)
    {
        if (x.Unit != ShareUnit || y.Unit != ShareUnit) return false;
        foreach (var ta in a.Numbers)
        {
            if (!TimeUnits.Contains(ta.Unit)) continue;
            foreach (var tb in b.Numbers)
                if (ta.Unit == tb.Unit && PairFeaturizer.SameValue(ta, tb)) return false;
        }
        return true;
    }

    /// <summary>
    /// True when weekday <paramref name="mention"/> is written as a possessive ("WEDNESDAY'S 'OUTLIERS'", "Tuesday's
    /// primaries"): it names which one of a recurring series is meant, so another weekday names another one.
    /// </summary>
    public static bool NamesAnInstance(TextUnit u, NumberMention mention)
    {
        if (mention.Unit != "weekday") return false;
        return u.Text.Contains(mention.Surface + "'s", StringComparison.OrdinalIgnoreCase)
            || u.Text.Contains(mention.Surface + "\u2019s", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Words before a figure that make its noun phrase point back to things its context named ("the two states").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> Anaphoric = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["the", "these", "those", "both"], StringComparer.Ordinal);

    /// <summary>
    /// True when <paramref name="mention"/> counts nothing the other text could count otherwise: "a single state" under a
    /// negation ("has not won a single state" = any state), or a count after "the" ("The two states hold primaries",
    /// two states its context named, not all that do).
    /// </summary>
    public static bool NoCount(TextUnit u, NumberMention mention)
    {
        if (TimeUnits.Contains(mention.Unit) || mention.Unit == ShareUnit) return false;
        int space = mention.Surface.IndexOf(' ', StringComparison.Ordinal);
        int at = Array.IndexOf(u.Words, space < 0 ? mention.Surface : mention.Surface[..space]);
        if (at < 1) return false;
        if (u.Words[at] == "single" && StanceRules.InNegatedClause(u, at)) return true;
        return Anaphoric.Contains(u.Words[at - 1]) && char.IsLetter(u.Words[at][0]);
    }
}
