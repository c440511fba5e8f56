namespace Claims.Stance;

/// <summary>
/// Two different figures that belong to different occasions or count nothing, seen in a year of election coverage:
/// shares of different measurements ("Rubio comes in at 9 percent" / "Rubio was at 10 percent", two polls), a weekday
/// that names which of a series is meant ("Monday's newsletter" / "Wednesday's newsletter") rather than when one thing
/// happened, "not a single state" (any state) and "the two states" (two named before).
/// Stateless.
/// </summary>
internal static class NumberOccasions
{
    /// <summary>The unit of a percentage (<see cref="NumberMentions"/>).</summary>
    private const string ShareUnit = "percent";

    /// <summary>Units that tie a figure to a time: a weekday, a month, a day of the month, a year (no counts).</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> TimeUnits = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["weekday", "month", "year", NumberMentions.DayOfMonthUnit], StringComparer.Ordinal);

    /// <summary>Nouns of a measurement that a name before them identifies ("the Monmouth poll", "a Quinnipiac survey").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> MeasurementNouns = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["poll", "polls", "survey", "surveys", "study", "census", "count", "tally"], StringComparer.Ordinal);

    /// <summary>The most words from a measurement's name to its noun ("the Des Moines Register poll").</summary>
    private const int MeasurementNameReach = 3;

    /// <summary>Words right before a share that make it someone's standing ("comes in at 9 percent", "both get 16 percent").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> StandingWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["at", "with", "get", "gets", "got", "had", "has", "received", "collected", "garnered", "drew", "polled", "polling",
         "near", "for"], StringComparer.Ordinal);

    /// <summary>Words skipped between a standing word and its share ("collected just 7 percent").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> ShareAdverbs = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["just", "only", "about", "around", "nearly", "roughly", "some"], StringComparer.Ordinal);

    /// <summary>
    /// True when <paramref name="x"/> of <paramref name="a"/> and <paramref name="y"/> of <paramref name="b"/> are
    /// percentages held by someone ("Rubio comes in at 9 percent" / "Rubio was at 10 percent") and the texts name no
    /// one measurement (the same named poll or survey): a standing is measured by some poll at some time, and two
    /// different standings are two measurements. A share that is a quantity's level ("Turnout was 65 percent", "rose to
    /// 3.2%") is left to the number rule.
    /// </summary>
    public static bool SharesOfDifferentMeasurements(TextUnit a, NumberMention x, TextUnit b, NumberMention y)
    {
        if (x.Unit != ShareUnit || y.Unit != ShareUnit || !Standing(a, x) || !Standing(b, y)) return false;
        var named = MeasurementNames(b);
        return !MeasurementNames(a).Overlaps(named);
    }

    // The stems of the names right before a measurement noun ("Monmouth" of "the Monmouth poll").
    private static HashSet<string> MeasurementNames(TextUnit u)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int k = 1; k < u.Words.Length; k++)
        {
            if (!MeasurementNouns.Contains(u.Words[k])) continue;
            for (int m = k - 1; m >= 0 && m >= k - MeasurementNameReach && u.Capitalized[m]; m--)
                if (u.Stems[m] is { } stem) names.Add(stem);
        }
        return names;
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

    /// <summary>The unit of a rank ("first place", "second-place"); also the noun an ordinal before it makes a rank.</summary>
    internal const string RankUnit = "place";

    /// <summary>
    /// True when rank <paramref name="mention"/> ("first place") grades a plural noun right after it ("Trump got 18
    /// first-place votes", "two second-place finishes"): the text counts things of that rank and places no one, so
    /// another rank ("the battle for second place") is no rival standing.
    /// </summary>
    public static bool RankOfCountedThings(TextUnit u, NumberMention mention)
    {
        if (mention.Unit != RankUnit) return false;
        int space = mention.Surface.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0) return false;
        string rank = mention.Surface[..space], noun = mention.Surface[(space + 1)..];
        for (int k = 0; k + 2 < u.Words.Length; k++)
        {
            if (u.Words[k] != rank || u.Words[k + 1] != noun) continue;
            if (!u.Capitalized[k + 2] && WordForms.SInflected(u, k + 2)) return true;
        }
        return false;
    }

    // True when a standing word stands right before the share (adverbs between).
    private static bool Standing(TextUnit u, NumberMention mention)
    {
        int space = mention.Surface.IndexOf(' ', StringComparison.Ordinal);
        int at = Array.IndexOf(u.Words, space < 0 ? mention.Surface : mention.Surface[..space]);
        for (int k = at - 1; at > 0 && k >= 0 && k >= at - 2; k--)
        {
            if (StandingWords.Contains(u.Words[k])) return true;
            if (!ShareAdverbs.Contains(u.Words[k])) return false;
        }
        return false;
    }
    /// <summary>
    /// True when the first predicate word <paramref name="a"/> shares with <paramref name="b"/> has a pronoun subject
    /// in <paramref name="a"/> ("he went missing ... in 2012") and named subjects in <paramref name="b"/> that
    /// <paramref name="a"/> never names ("the younger Bary went to Syria in 2013"): nothing shows the pronoun is that
    /// person, so two figures may be two people's (FNC-1 train, James Foley and Bary).
    /// </summary>
    internal static bool PronounAgainstUnnamedPerson(TextUnit a, TextUnit b)
    {
        for (int i = 0; i < a.Words.Length; i++)
        {
            if (a.Stems[i] is not { } stem || a.Capitalized[i]) continue;
            int j = Array.IndexOf(b.Stems, stem);
            if (j < 0) continue;
            if (EventGuards.PronounSubject(a, i) is not ("he" or "she" or "they")) return false;
            var names = AntonymRule.SubjectNames(b, j, a);
            return names.Count > 0 && !names.Overlaps(a.Stems.OfType<string>());
        }
        return false;
    }
}
