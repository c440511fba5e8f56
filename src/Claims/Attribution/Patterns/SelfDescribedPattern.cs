using Claims.Segmentation;

namespace Claims.Attribution.Patterns;

/// <summary>
/// "a self-described democratic socialist": PolNeAR annotates "self" as the source, "described" as the cue and
/// the label after it (up to five words, before punctuation or a clause) as the content.
/// </summary>
public sealed class SelfDescribedPattern : ISentencePattern
{
    /// <inheritdoc />
    public string Name => "self-described";

    /// <inheritdoc />
    public SentenceKinds Reads => SentenceKinds.Body;

    /// <inheritdoc />
    public void Attribute(AttributionDraft draft, SentenceTokens sentence)
    {
        ArgumentNullException.ThrowIfNull(draft);
        Find(draft, sentence.First, sentence.End);
    }

    private static void Find(AttributionDraft d, int first, int end)
    {
        const string Prefix = "self-described";
        for (int k = first; k + 1 < end; k++)
        {
            if (d.InQuote[k] || !d.IsWord(k) || !d.Word(k).Equals(Prefix, StringComparison.OrdinalIgnoreCase)) continue;
            int last = k;
            for (int j = k + 1; j < end && j - k <= 5; j++)
            {
                if (d.Tokens[j].Kind == TokenKind.Quote) { if (j > k + 1) last = j; continue; }
                if (!d.IsWord(j) || Words.SourceBoundary.Contains(d.Word(j)) || d.Is(j, "who") || d.Cues.Find(d.Word(j)) is not null) break;
                last = j;
            }
            if (last == k) continue;
            int count = d.Results.Count;
            d.Add(d.SpanOf(k + 1, last), k, k, null, ClaimKind.Indirect);
            if (d.Results.Count == count) continue;
            int start = d.Tokens[k].Start;
            d.Replace(d.Results.Count - 1, d.Results[^1] with { Source = new TextSpan(start, start + 4), Cue = new TextSpan(start + 5, d.Tokens[k].End) });
        }
    }
}
