using System.Globalization;

namespace Claims.Stance;

/// <summary>A number (or weekday or month) and the stem of what it counts ("5 hours": 5, "hour").</summary>
internal readonly record struct NumberMention(double Value, string Unit, bool Approximate, string Surface);

/// <summary>
/// Reads the numbers and calendar values of a text's words for the stance rules and features (<see cref="TextUnit.Numbers"/>):
/// figures with the word they count ("five hours"), percentages, years, weekdays and months, a day of the month with
/// its month. Stateless and thread-safe.
/// </summary>
internal static class NumberMentions
{
    /// <summary>The numbers and calendar values of a text's words (lower-cased) with the word each counts.</summary>
    public static NumberMention[] Find(string[] words, string?[] stems)
    {
        List<NumberMention>? found = null;
        for (int i = 0; i < words.Length; i++)
        {
            if (TryCalendar(words, i, ref found) is int last and >= 0)
            {
                i = last;
                continue;
            }
            if (!TryCount(words, stems, i, ref found, out double value)) continue;
            int next = i + 1;
            string unit = UnitAfter(words, stems, i, ref value, ref next);
            if (unit.Length == 0) continue;
            string w = words[i];
            string surface = next < words.Length ? w + " " + words[next] : w;
            (found ??= []).Add(new NumberMention(value, unit, Approx(words, i), surface));
        }
        return found?.ToArray() ?? [];
    }

    /// <summary>
    /// Reads a calendar value at word <paramref name="i"/> ("September", "September 3", "3 September") into
    /// <paramref name="found"/>; returns the last word it read, or -1 when the word starts no calendar value.
    /// </summary>
    private static int TryCalendar(string[] words, int i, ref List<NumberMention>? found)
    {
        string w = words[i];
        int next = i + 1;
        if (Lexicon.CalendarWords.TryGetValue(w, out var cal))
        {
            // "may" and "march" are also verbs: only calendar words that are not ambiguous reach here.
            (found ??= []).Add(new NumberMention(cal.Value, cal.Unit, false, w));
            // "September 3": the day is part of the date, not a count of what follows ("a September 25 meeting").
            if (cal.Unit == MonthUnit && DayOfMonth(words, next) is { } day)
            {
                found.Add(new NumberMention(day, DayOfMonthUnit, false, w + " " + words[next]));
                return next;
            }
            return i;
        }
        // "3 September", "3rd of September": the day before its month.
        if (DayOfMonth(words, i) is { } dayFirst && MonthAt(words, next) is { } month)
        {
            (found ??= []).Add(new NumberMention(dayFirst, DayOfMonthUnit, false, w + " " + words[month]));
            return i;
        }
        return -1;
    }

    /// <summary>
    /// Reads word <paramref name="i"/> as the value of a count: digits (with a multiplier suffix, "5bn") or a number word.
    /// A figure that writes its own unit ("5%", "10km", a year) goes into <paramref name="found"/> at once; false for
    /// those and for words that are no number.
    /// </summary>
    private static bool TryCount(string[] words, string?[] stems, int i, ref List<NumberMention>? found, out double value)
    {
        string w = words[i];
        int next = i + 1;
        if (char.IsDigit(w[0]))
        {
            var digits = new string(w.TakeWhile(c => char.IsDigit(c) || c is '.' or ',').Where(c => c != ',').ToArray());
            if (!double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out value)) return false;
            string rest = w[digits.Length..].Replace(",", "", StringComparison.Ordinal);
            if (rest == "%") { (found ??= []).Add(new NumberMention(value, "percent", Approx(words, i), w)); return false; }
            if (rest.Length > 0 && Lexicon.Multipliers.TryGetValue(rest, out var m0)) value *= m0;
            else if (rest is "st" or "nd" or "rd" or "th") { }
            else if (rest.Length > 0) { (found ??= []).Add(new NumberMention(value, rest, Approx(words, i), w)); return false; }
            // Years are dates: "2024" counts nothing.
            if (value is >= 1900 and <= 2100 && digits.Length == 4) { (found ??= []).Add(new NumberMention(value, "year", false, w)); return false; }
            return true;
        }
        if (!Lexicon.NumberWords.TryGetValue(w, out value)) return false;
        // "one" is mostly a pronoun ("the one who"): only count it before a content word.
        return !(w is "one" or "first" or "second" or "single" or "double" or "half" && (next >= words.Length || stems[next] is null));
    }

    /// <summary>
    /// What the count at word <paramref name="i"/> counts: the stem after its multipliers ("5 million people"), "percent",
    /// or a currency sign before it ("$5 billion"); empty when nothing is counted. Multipliers scale
    /// <paramref name="value"/>; <paramref name="next"/> ends on the unit's word.
    /// </summary>
    private static string UnitAfter(string[] words, string?[] stems, int i, ref double value, ref int next)
    {
        while (next < words.Length && Lexicon.Multipliers.TryGetValue(words[next], out var m))
        {
            value *= m;
            next++;
        }
        if (next < words.Length && words[next] == "%") return "percent";
        if (next < words.Length && words[next] is "percent" or "per") return "percent";
        while (next < words.Length && stems[next] is null && words[next].Length > 0 && char.IsLetter(words[next][0])
               && words[next] is "of" or "more" or "additional" or "other" or "new") next++;
        string unit = next < words.Length && stems[next] is { } st && !char.IsDigit(st[0]) ? st : "";
        // "$5 billion": the currency sign names what is counted.
        if (unit.Length == 0 && i > 0 && words[i - 1] is "$" or "€" or "£") unit = words[i - 1];
        return unit;
    }

    /// <summary>The unit of a calendar month mention (<see cref="Lexicon.CalendarWords"/>).</summary>
    private const string MonthUnit = "month";

    /// <summary>The unit of a day of the month read beside its month ("September 3", "3rd of September").</summary>
    internal const string DayOfMonthUnit = "day of month";

    /// <summary>The day of the month word <paramref name="i"/> writes ("3", "25th"), or null.</summary>
    private static int? DayOfMonth(string[] words, int i)
    {
        if (i >= words.Length) return null;
        string w = words[i];
        int digits = 0;
        while (digits < w.Length && digits < 3 && char.IsAsciiDigit(w[digits])) digits++;
        if (digits is 0 or > 2) return null;
        string rest = w[digits..];
        if (rest.Length > 0 && rest is not ("st" or "nd" or "rd" or "th")) return null;
        int day = w[0] - '0';
        if (digits == 2) day = day * 10 + (w[1] - '0');
        return day is >= 1 and <= 31 ? day : null;
    }

    /// <summary>The index of the month word at <paramref name="i"/> or after an "of" there, or null.</summary>
    private static int? MonthAt(string[] words, int i)
    {
        if (i < words.Length && words[i] == "of") i++;
        return i < words.Length && Lexicon.CalendarWords.TryGetValue(words[i], out var cal) && cal.Unit == MonthUnit ? i : null;
    }

    private static bool Approx(string[] words, int i) =>
        (i > 0 && Lexicon.Approximators.Contains(words[i - 1])) || (i > 1 && Lexicon.Approximators.Contains(words[i - 2]));
}
