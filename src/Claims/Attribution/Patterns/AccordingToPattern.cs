using Claims.Segmentation;

namespace Claims.Attribution.Patterns;

/// <summary>"according to X, …" and "…, according to X."</summary>
public sealed class AccordingToPattern : ISentencePattern
{
    /// <inheritdoc />
    public string Name => "according-to";

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
        for (int k = first; k + 1 < end; k++)
        {
            if (!d.Is(k, "according") || !d.Is(k + 1, "to")) continue;
            if (d.IsPunct(k - 1, ',') && d.Is(k - 2, "that")) continue; // "reported that, according to …": part of another content
            // Sources of "according to" run long ("a January 2016 study by the Pew Research Center based on …");
            // a slash joins two names ("a Reuters/Ipsos poll").
            int srcEnd = d.ClauseEnd(k + 2, Math.Min(end, k + 2 + 3 * PatternLimits.MaxSourceTokens));
            while (d.IsPunct(srcEnd, '/') && d.IsWord(srcEnd + 1) && srcEnd - k < 3 * PatternLimits.MaxSourceTokens)
                srcEnd = d.ClauseEnd(srcEnd + 1, Math.Min(end, k + 2 + 3 * PatternLimits.MaxSourceTokens));
            if (srcEnd <= k + 2) continue;
            var source = d.SourceWithVia(k + 2, srcEnd - 1, out var via);
            int last = d.ContentLast(first, end);
            // "According to X, …", also after one opening adverbial ("However, according to CNN, …").
            if (k == first || (k == first + 1 && d.Tokens[first].Kind == TokenKind.Quote)
                || (k == first + 2 && d.IsWord(first) && d.IsPunct(first + 1, ',') && Words.Adverbials.Contains(d.Word(first))))
            {
                if (!d.IsPunct(srcEnd, ',') || last - srcEnd < 3) continue;
                d.Add(d.SpanOf(srcEnd + 1, last), k, k + 1, source, ClaimKind.Indirect, via);
            }
            else
            {
                int contentLast = d.IsPunct(k - 1, ',') || d.IsPunct(k - 1, '—') ? k - 2 : k - 1;
                if (contentLast - first < 3 && srcEnd < last && d.IsPunct(srcEnd, ','))
                {
                    // "His criticism, according to X, was …": the sentence around the parenthetical.
                    d.Add(d.SpanOf(first, last), k, k + 1, source, ClaimKind.Indirect, via);
                    d.UsedCue[k] = true;
                    continue;
                }
                if (contentLast - first < 2) continue;
                // "…, according to X, …": the clause before is the content unless it is subordinate ("While …,").
                bool subordinate = d.Is(first, "while") || d.Is(first, "although") || d.Is(first, "though") || d.Is(first, "if") || d.Is(first, "when")
                    || d.Is(first, "because") || d.Is(first, "after") || d.Is(first, "before") || d.Is(first, "since") || d.Is(first, "as");
                var content = srcEnd < last && d.IsPunct(srcEnd, ',') && subordinate ? d.SpanOf(first, last) : d.SpanOf(first, contentLast);
                d.Add(content, k, k + 1, source, ClaimKind.Indirect, via);
            }
            d.UsedCue[k] = true;
        }
    }
}
