using System.Globalization;

namespace Claims.Attribution.Learned;

/// <summary>
/// How often each word form opens an annotated cue, over how often it occurs at all: counted on annotated articles,
/// read by the candidate ranker ("said" opens a cue most times, "support" now and then, "the" never). Only forms seen
/// at least twice are kept (counted by <c>CueRateCounter</c> of <c>Claims.Training</c>). Immutable once built; lookups do not allocate.
/// </summary>
internal sealed class CueWordRates
{
    private readonly Dictionary<string, (int Seen, int Cue)> _counts;
    private readonly Dictionary<string, (int Seen, int Cue)>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    internal CueWordRates(Dictionary<string, (int Seen, int Cue)> counts)
    {
        _counts = counts;
        _lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Number of word forms in the table.</summary>
    public int Count => _counts.Count;

    /// <summary>The smoothed share of occurrences that open a cue, and the log of the occurrence count.</summary>
    public (float Rate, float LogSeen) Of(ReadOnlySpan<char> form)
    {
        Span<char> lower = stackalloc char[Math.Min(form.Length, 64)];
        int n = form[..lower.Length].ToLowerInvariant(lower);
        var (seen, cue) = form.Length <= 64 && _lookup.TryGetValue(lower[..n], out var c) ? c : default;
        return ((cue + 0.1f) / (seen + 1f), MathF.Log(1 + seen));
    }

    /// <summary>How often a form must occur, never opening a cue, for <see cref="NeverOpensCue"/>.</summary>
    public const int NeverCueMinSeen = 5;

    /// <summary>Whether the form occurred at least <see cref="NeverCueMinSeen"/> times and never opened an annotated cue ("reviewed").</summary>
    public bool NeverOpensCue(ReadOnlySpan<char> form)
    {
        Span<char> lower = stackalloc char[Math.Min(form.Length, 64)];
        int n = form[..lower.Length].ToLowerInvariant(lower);
        return form.Length <= 64 && _lookup.TryGetValue(lower[..n], out var c) && c.Seen >= NeverCueMinSeen && c.Cue == 0;
    }

    /// <summary>Writes "form TAB occurrences TAB cue openings" lines, in ordinal order of the form.</summary>
    public void Save(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine("# form\toccurrences\tcue openings (PolNeAR train)");
        foreach (var (form, (seen, cue)) in _counts.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{form}\t{seen}\t{cue}"));
    }

    /// <summary>Reads a table written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">A line is not "form TAB count TAB count".</exception>
    public static CueWordRates Load(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var counts = new Dictionary<string, (int Seen, int Cue)>(StringComparer.Ordinal);
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            if (cols.Length != 3 || !int.TryParse(cols[1], NumberStyles.None, CultureInfo.InvariantCulture, out int seen)
                || !int.TryParse(cols[2], NumberStyles.None, CultureInfo.InvariantCulture, out int cue))
                throw new InvalidDataException($"cue word rates line {lineNumber}: expected 'form<TAB>count<TAB>count', got '{line}'");
            counts[cols[0]] = (seen, cue);
        }
        return new CueWordRates(counts);
    }
}
