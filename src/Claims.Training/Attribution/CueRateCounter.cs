using Claims.Attribution.Learned;

namespace Claims.Training.Attribution;

/// <summary>Counts <see cref="CueWordRates"/> on annotated articles.</summary>
internal static class CueRateCounter
{
    /// <summary>Counts the word tokens of annotated texts, each with the start offsets of its gold cues.</summary>
    public static CueWordRates FromAnnotations(IEnumerable<(string Text, IReadOnlyList<Segmentation.Token> Words, IReadOnlyCollection<int> CueStarts)> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var counts = new Dictionary<string, (int Seen, int Cue)>(StringComparer.Ordinal);
        foreach (var (text, words, cueStarts) in documents)
        {
            var starts = cueStarts.ToHashSet();
            foreach (var w in words)
            {
                if (w.Kind != Segmentation.TokenKind.Word) continue;
                string form = text[w.Start..w.End].ToLowerInvariant();
                var (seen, cue) = counts.GetValueOrDefault(form);
                bool opens = false;
                for (int i = w.Start; i < w.End && !opens; i++) opens = starts.Contains(i);
                counts[form] = (seen + 1, cue + (opens ? 1 : 0));
            }
        }
        return new CueWordRates(counts.Where(kv => kv.Value.Seen >= 2).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal));
    }
}
