using System.Globalization;
using System.Text.RegularExpressions;

namespace Claims.Segmentation;

/// <summary>
/// Reads the publication date a page carries in its date line (furniture of kind <see cref="FurnitureKind.Date"/>,
/// found by <see cref="PageLayoutAnalyzer"/>): "Apr.02 - 2025 9:10 AM CET", "April 2, 2025", "2 April 2025 14:05 GMT",
/// "2025-04-02". A date without a year, or with an ambiguous numeric day and month ("4/2/2025"), is not read.
/// </summary>
public static partial class PageDate
{
    /// <summary>Offsets of the time zone abbreviations news pages print (others are read as UTC).</summary>
    public static IReadOnlyDictionary<string, TimeSpan> ZoneOffsets { get; } = new Dictionary<string, TimeSpan>(StringComparer.OrdinalIgnoreCase)
    {
        ["UTC"] = TimeSpan.Zero, ["GMT"] = TimeSpan.Zero, ["BST"] = TimeSpan.FromHours(1), ["CET"] = TimeSpan.FromHours(1),
        ["CEST"] = TimeSpan.FromHours(2), ["EET"] = TimeSpan.FromHours(2), ["EEST"] = TimeSpan.FromHours(3),
        ["MSK"] = TimeSpan.FromHours(3), ["IST"] = new TimeSpan(5, 30, 0), ["EST"] = TimeSpan.FromHours(-5),
        ["EDT"] = TimeSpan.FromHours(-4), ["CST"] = TimeSpan.FromHours(-6), ["CDT"] = TimeSpan.FromHours(-5),
        ["MST"] = TimeSpan.FromHours(-7), ["MDT"] = TimeSpan.FromHours(-6), ["PST"] = TimeSpan.FromHours(-8),
        ["PDT"] = TimeSpan.FromHours(-7), ["ET"] = TimeSpan.FromHours(-5), ["PT"] = TimeSpan.FromHours(-8),
    };

    private static readonly string[] Months = Text.WordLists.MonthStamps;

    /// <summary>The first date line of <paramref name="document"/> that reads as a full date, or null.</summary>
    public static DateTimeOffset? Read(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var furniture in document.Furniture)
            if (furniture.Kind == FurnitureKind.Date && TryParse(document.Text.AsSpan(furniture.Span.Start, furniture.Span.Length), out var date))
                return date;
        return null;
    }

    /// <summary>Reads one date line.</summary>
    public static bool TryParse(ReadOnlySpan<char> line, out DateTimeOffset date)
    {
        date = default;
        string text = line.Trim().ToString();
        int year, month, day;
        var iso = IsoDate().Match(text);
        var named = MonthFirst().Match(text);
        var dayFirst = DayFirst().Match(text);
        Match rest;
        if (iso.Success)
        {
            (year, month, day, rest) = (Number(iso, "y"), Number(iso, "m"), Number(iso, "d"), iso);
        }
        else if (named.Success)
        {
            (year, month, day, rest) = (Number(named, "y"), MonthOf(named.Groups["m"].Value), Number(named, "d"), named);
        }
        else if (dayFirst.Success)
        {
            (year, month, day, rest) = (Number(dayFirst, "y"), MonthOf(dayFirst.Groups["m"].Value), Number(dayFirst, "d"), dayFirst);
        }
        else
        {
            return false;
        }
        if (month == 0 || year < 1900 || year > 2200 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;
        var time = Time().Match(text, rest.Index + rest.Length);
        int hour = 0, minute = 0;
        TimeSpan offset = TimeSpan.Zero;
        if (time.Success)
        {
            hour = Number(time, "h");
            minute = Number(time, "min");
            string meridiem = time.Groups["ap"].Value.Replace(".", "", StringComparison.Ordinal).ToLowerInvariant();
            if (meridiem.Length > 0 && (hour < 1 || hour > 12)) return false;
            if (meridiem == "pm" && hour < 12) hour += 12;
            if (meridiem == "am" && hour == 12) hour = 0;
            if (hour > 23 || minute > 59) return false;
            if (time.Groups["z"].Success && ZoneOffsets.TryGetValue(time.Groups["z"].Value, out var zone)) offset = zone;
        }
        date = new DateTimeOffset(year, month, day, hour, minute, 0, offset);
        return true;
    }

    private static int Number(Match m, string group) => int.Parse(m.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int MonthOf(string name)
    {
        string prefix = name.Length >= 3 ? name[..3].ToLowerInvariant() : "";
        return Array.IndexOf(Months, prefix) + 1;
    }

    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?<m>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?\s*(?<d>\d{1,2})(?:st|nd|rd|th)?\b[\s,.\-–]*(?<y>\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<m>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?[\s,]*(?<y>\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"\G[\s,.\-–T]*(?<h>\d{1,2}):(?<min>\d{2})(?::\d{2})?\s*(?<ap>(?i:[ap]\.?m\.?))?\s*(?<z>[A-Z]{2,4}\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex Time();
}
