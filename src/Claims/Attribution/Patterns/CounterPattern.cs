namespace Claims.Attribution.Patterns;

/// <summary>"contrary to [earlier] statements from X": X's opposite claim, spanning the phrase.</summary>
public sealed class CounterPattern : ISentencePattern
{
    /// <inheritdoc />
    public string Name => "counter";

    /// <inheritdoc />
    public SentenceKinds Reads => SentenceKinds.Body;

    /// <inheritdoc />
    public void Attribute(AttributionDraft draft, SentenceTokens sentence)
    {
        ArgumentNullException.ThrowIfNull(draft);
        Find(draft, sentence);
    }

    /// <summary>Whether a counter attribution already covers part of <paramref name="phrase"/> (in <paramref name="sentence"/>).</summary>
    private static bool HasCounterOver(AttributionDraft d, TextSpan phrase, SentenceTokens sentence)
    {
        foreach (int i in d.ResultsIn(sentence.Index))
            if (d.Results[i] is { Kind: ClaimKind.Counter } r && r.Content.Overlaps(phrase)) return true;
        return false;
    }

    private static void Find(AttributionDraft d, SentenceTokens sentence)
    {
        int first = sentence.First, end = sentence.End;
        for (int k = first; k + 3 < end; k++)
        {
            if (!d.Is(k, "contrary") || !d.Is(k + 1, "to")) continue;
            int n = k + 2;
            int limit = Math.Min(end, n + 4);
            while (n < limit && !Words.NounsOfStatements.Contains(d.Word(n)) && d.IsWord(n)) n++;
            if (n >= limit || !Words.NounsOfStatements.Contains(d.Word(n))) continue;
            TextSpan? source;
            int phraseLast;
            if (d.Is(n + 1, "from") || d.Is(n + 1, "by") || d.Is(n + 1, "of"))
            {
                int srcEnd = d.ClauseEnd(n + 2, Math.Min(end, n + 2 + PatternLimits.MaxSourceTokens));
                if (srcEnd <= n + 2) continue;
                source = d.SpanOf(n + 2, srcEnd - 1);
                phraseLast = srcEnd - 1;
            }
            else if (n - 1 > k + 1 && (d.Word(n - 1).EndsWith("’s", StringComparison.Ordinal) || d.Word(n - 1).EndsWith("'s", StringComparison.Ordinal)))
            {
                source = new TextSpan(d.Tokens[n - 1].Start, d.Tokens[n - 1].End - 2);
                phraseLast = n;
            }
            else continue;
            if (HasCounterOver(d, d.SpanOf(k, phraseLast), sentence)) continue;
            // The counter claim is added even inside another attribution's content: it is a separate voice.
            d.Append(new AttributionSpan
            {
                Content = d.SpanOf(k, phraseLast),
                Cue = d.SpanOf(n, n),
                Source = source,
                Kind = ClaimKind.Counter,
            });
            d.UsedCue[n] = true;
        }
    }
}
