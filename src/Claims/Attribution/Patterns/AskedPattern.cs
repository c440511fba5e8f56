using Claims.Segmentation;

namespace Claims.Attribution.Patterns;

/// <summary>
/// "Asked about the loan, …", "When asked whether …,", "Sanders was asked to name …": a question put to someone,
/// annotated in PolNeAR without a source; the content is the question up to the next comma.
/// </summary>
public sealed class AskedPattern : ISentencePattern
{
    /// <inheritdoc />
    public string Name => "asked";

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
        for (int k = first; k < end - 2; k++)
        {
            if (!d.Is(k, "asked") || d.InQuote[k] || d.UsedCue[k]) continue;
            int cueFirst = k;
            bool opening = k == first || (k == first + 1 && (d.Is(first, "when") || d.Is(first, "if") || d.Is(first, "after")))
                // "…, Clinton said when asked what …": "when asked" anywhere.
                || (k > first && d.Is(k - 1, "when") && !d.IsCapitalized(k - 1))
                || (k >= first + 2 && d.IsPunct(k - 1, ',') is false && d.Is(k - 1, "being") && (d.Is(k - 2, "after") || d.Is(k - 2, "when")) && k - 2 == first);
            bool passive = !opening && k - 1 >= first && (d.Is(k - 1, "was") || d.Is(k - 1, "were") || d.Is(k - 1, "been") || d.Is(k - 1, "being"));
            if (!opening && !passive) continue;
            if (passive) cueFirst = d.Is(k - 1, "been") && k - 2 >= first && (d.Is(k - 2, "has") || d.Is(k - 2, "have") || d.Is(k - 2, "had")) ? k - 2 : k - 1;
            int c = k + 1;
            while (c < end && (d.Is(c, "again") || d.Is(c, "specifically") || d.Is(c, "repeatedly") || d.Is(c, "later") || d.Is(c, "directly") || d.Is(c, "recently"))) c++;
            // "was asked by host John Dickerson whether …": the asker is skipped.
            if (d.Is(c, "by"))
            {
                int b = c + 1;
                while (b < end && b - c < 8 && (d.IsWord(b) || d.IsAbbreviationPeriod(b)) && !d.Is(b, "whether") && !d.Is(b, "if") && !d.Is(b, "about")
                       && !d.Is(b, "what") && !d.Is(b, "how") && !d.Is(b, "why") && !d.Is(b, "to")) b++;
                c = b;
            }
            if (c >= end) continue;
            // "Blumenthal was asked, “If you had known …?”": the quoted question.
            if (passive && d.IsPunct(c, ',') && c + 1 < end && d.Tokens[c + 1].Kind == TokenKind.Quote)
            {
                int quoteLast = d.ContentLast(c + 1, end);
                if (quoteLast - c >= 3) d.Add(d.SpanOf(c + 1, quoteLast), cueFirst, k, null, ClaimKind.Indirect);
                continue;
            }
            bool question = d.Is(c, "about") || d.Is(c, "if") || d.Is(c, "whether") || d.Is(c, "what") || d.Is(c, "who") || d.Is(c, "why")
                || d.Is(c, "how") || d.Is(c, "when") || d.Is(c, "where") || d.Is(c, "which") || (passive && d.Is(c, "to"));
            if (!question) continue;
            int last = d.ContentLast(c, end);
            for (int j = c + 1; j < last; j++)
                if (d.IsPunct(j, ',') || d.IsPunct(j, ';') || d.IsPunct(j, '—')) { last = j - 1; break; }
            if (last - c < 2) continue;
            d.Add(d.SpanOf(c, last), cueFirst, k, null, ClaimKind.Indirect);
        }
    }
}
