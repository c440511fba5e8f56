using System.Collections.Frozen;
using System.Globalization;

namespace Claims.Stance;

/// <summary>
/// What the stance model cannot see: the figures of two texts. The model learned headline-versus-body stance and reads
/// "Sanders has at least 211" and "Sanders will gain at least 24", or the margins of error of two polls ("six points" /
/// "3 percentage points"), as saying the same thing because they share their words; two texts that give different
/// values of one quantity say different things, whatever else they share (PolNeAR train: about a fifth of the model's
/// agreements). Stateless and thread-safe.
/// </summary>
internal static class FigureGuards
{
    /// <summary>Units of calendar values: a weekday, a month, a year, a day of the month (<see cref="NumberMentions"/>).</summary>
    private static readonly FrozenSet<string> CalendarUnits =
        FrozenSet.ToFrozenSet(["weekday", "month", YearUnit, NumberMentions.DayOfMonthUnit], StringComparer.Ordinal);

    /// <summary>
    /// Units that count one quantity under different words: a poll's "percent", "percentage points" and "points" are
    /// one measure ("a margin of error of six points" / "of 3 percentage points").
    /// </summary>
    private static readonly FrozenDictionary<string, string> UnitFamilies =
        new Dictionary<string, string>(StringComparer.Ordinal) { ["percentag"] = "percent", ["point"] = "percent" }
            .ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The unit of a figure written without one ("Sanders has at least 211."): comparable with bare figures only.</summary>
    private const string Bare = "";

    /// <summary>
    /// A reason when <paramref name="a"/> and <paramref name="b"/> give different values of one quantity and no value in
    /// common: counts of one unit (or bare figures) none of which match, or calendar values of one
    /// unit none of which match ("in 2008" / "in 2012"); else null. Approximate figures match within the tolerance of
    /// <see cref="PairFeaturizer.SameValue"/>; one value on both sides, whatever each counts, is a figure in common.
    /// Counts and calendar values are never compared with each other.
    /// </summary>
    internal static string? DifferentFigures(TextUnit a, TextUnit b)
    {
        var fa = Figures(a);
        var fb = Figures(b);
        if (fa.Count == 0 || fb.Count == 0) return null;
        NumberMention? differentA = null, differentB = null;
        foreach (var x in fa)
            foreach (var y in fb)
            {
                // One value on both sides, whatever it counts, is a figure in common: "struck at least six times, with
                // two bullets hitting his head" / "at least six bullets including two that hit his skull".
                if (SameKind(x, y) && PairFeaturizer.SameValue(x, y)) return null;
                if (differentA is null && Comparable(x, y)) { differentA = x; differentB = y; }
            }
        return differentA is { } da && differentB is { } db
            ? string.Create(CultureInfo.InvariantCulture,
                $"figures differ ('{da.Surface}' / '{db.Surface}'): an agreement the model alone finds needs the same figure")
            : null;
    }

    // Two calendar values of one unit, two counts of one unit (family), or two bare figures. (A bare figure is not
    // compared with a count: "22-year-old Oliver Ilic" / "with a single swipe" count different things.)
    private static bool Comparable(NumberMention x, NumberMention y)
    {
        bool calendarX = Calendar(x), calendarY = Calendar(y);
        if (calendarX || calendarY) return calendarX && calendarY && x.Unit == y.Unit;
        return Family(x.Unit) == Family(y.Unit);
    }

    // Two counts (of any units), or two calendar values of one unit (a weekday's number is no month's).
    private static bool SameKind(NumberMention x, NumberMention y) =>
        Calendar(x) ? Calendar(y) && x.Unit == y.Unit : !Calendar(y);

    /// <summary>The earliest value a "year" mention has as a calendar year ("71 years" counts years).</summary>
    private const double EarliestYear = 1000;

    // A weekday, a month, a day of the month or a year ("in 2008"), not a count of years ("for 14 years").
    private static bool Calendar(NumberMention m) =>
        CalendarUnits.Contains(m.Unit) && !(m.Unit == YearUnit && m.Value < EarliestYear);

    private const string YearUnit = "year";

    // "-year-old" (from "82-year-old") and "year-old" (from "82 year-old") are one unit.
    private static string Family(string unit)
    {
        string trimmed = unit.TrimStart('-');
        return UnitFamilies.TryGetValue(trimmed, out var family) ? family : trimmed;
    }

    /// <summary>
    /// Cardinal number words read as a bare figure when they count no word ("a cluster of six, followed by four"):
    /// "one" is mostly a pronoun, and ordinals, "half", "single" and "double" say no count.
    /// </summary>
    private static readonly FrozenSet<string> BareNumberWords = FrozenSet.ToFrozenSet(
        Lexicon.NumberWords.Where(w => w.Value is >= 2 and <= 100 && w.Key is not ("second" or "third" or "fourth" or "fifth" or "double"))
            .Select(w => w.Key), StringComparer.Ordinal);

    /// <summary>
    /// The text's figures: its number mentions (<see cref="TextUnit.Numbers"/>) and the figures (in digits or cardinal
    /// words) that count no word after them ("at least 211.", "a cluster of six, followed by four"), which the
    /// mentions leave out.
    /// </summary>
    private static List<NumberMention> Figures(TextUnit unit)
    {
        var figures = new List<NumberMention>(unit.Numbers);
        HashSet<string>? written = null;
        for (int i = 0; i < unit.Words.Length; i++)
        {
            string w = unit.Words[i];
            double value;
            if (w.Length > 0 && char.IsAsciiDigit(w[0]) && AllDigits(w))
            {
                if (!double.TryParse(w.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out value)) continue;
            }
            else if (BareNumberWords.Contains(w)) value = Lexicon.NumberWords[w];
            else continue;
            written ??= unit.Numbers.Select(n => n.Surface.Split(' ')[0]).ToHashSet(StringComparer.Ordinal);
            if (!written.Contains(w)) figures.Add(new NumberMention(value, Bare, Approximate(unit.Words, i), w));
        }
        return figures;
    }

    private static bool AllDigits(string word)
    {
        foreach (char c in word)
            if (!char.IsAsciiDigit(c) && c is not (',' or '.')) return false;
        return true;
    }

    private static bool Approximate(string[] words, int i) =>
        (i > 0 && Lexicon.Approximators.Contains(words[i - 1])) || (i > 1 && Lexicon.Approximators.Contains(words[i - 2]));
}
