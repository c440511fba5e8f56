using Claims.Segmentation;

namespace Claims.Attribution.Patterns;

/// <summary>"Pat Caddell: Democrat voters worried …": a short name opening a sentence or headline, then a colon.</summary>
public sealed class ColonSourcePattern : ISentencePattern
{
    /// <inheritdoc />
    public string Name => "colon-source";

    /// <inheritdoc />
    public SentenceKinds Reads => SentenceKinds.All;

    /// <inheritdoc />
    public void Attribute(AttributionDraft draft, SentenceTokens sentence)
    {
        ArgumentNullException.ThrowIfNull(draft);
        Find(draft, sentence.First, sentence.End);
    }

    private static void Find(AttributionDraft d, int first, int end)
    {
        int k = first;
        while (k < end && k - first < 6 && (d.IsCapitalized(k) || d.IsAbbreviationPeriod(k) || (d.Is(k, "of") && d.IsCapitalized(k + 1)))) k++;
        if (k == first || k >= end - 3 || !d.IsPunct(k, ':')) return;
        if (k - first == 1 && Words.ColonLabels.Contains(d.Word(first))) return;
        if (Words.ColonLabels.Contains(d.Word(k - 1))) return;
        // Section labels and headline kickers, not speakers: "STAT OF THE WEEK:", "Monday’s Morning Email:",
        // "Big Win For Bernie:", "The Ninth Circle:".
        int upper = 0;
        for (int j = first; j < k; j++)
        {
            if (!d.IsWord(j)) continue;
            var w = d.Word(j);
            if (w.EndsWith("’s", StringComparison.Ordinal) || w.EndsWith("'s", StringComparison.Ordinal)) return;
            if (j > first && Words.TitleLowercase.Contains(w) && w != "of" && !d.Is(j, "of")) return;
            if (w.Length > 1 && !Casing.HasLower(w)) upper++;
        }
        if (upper >= 2 || d.Is(first, "the")) return;
        int contentFirst = k + 1;
        int last = d.ContentLast(contentFirst, end);
        if (last - contentFirst < 2) return;
        // A list of names ("Iowa: Tim Albrecht, Brad Anderson, …") is no statement.
        int commas = 0;
        for (int j = contentFirst; j <= last && commas < 4; j++)
            if (d.IsPunct(j, ',')) commas++;
        if (commas >= 4) return;
        bool quoted = d.Tokens[contentFirst].Kind == TokenKind.Quote || d.IsPunct(contentFirst, '\'') || d.IsPunct(contentFirst, '‘');
        d.Add(d.SpanOf(contentFirst, last), k, k, d.SpanOf(first, k - 1), quoted ? ClaimKind.DirectQuote : ClaimKind.Indirect);
    }
}
