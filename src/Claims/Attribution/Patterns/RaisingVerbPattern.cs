using Claims.Segmentation;

namespace Claims.Attribution.Patterns;

/// <summary>
/// Raising verbs, annotated in PolNeAR as an unsourced attribution whose content is the whole clause around the
/// cue: "Trump is expected to deliver a speech", "the crowd seemed unperturbed", "support appears to have fallen".
/// The cue is "seem"/"appear" (with "to", "that", "like" or a predicate adjective) or "be expected/likely to".
/// </summary>
public sealed class RaisingVerbPattern : ISentencePattern
{
    /// <inheritdoc />
    public string Name => "raising-verb";

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
        for (int k = first + 1; k < end - 1; k++)
        {
            if (d.InQuote[k] || !d.IsWord(k)) continue;
            int cueFirst = k, cueLast = k;
            if (Words.RaisingVerbs.Contains(d.Word(k)))
            {
                // "appeared on Fox News", "seems so": only a clause or predicate after the verb makes it epistemic.
                if (!(d.Is(k + 1, "to") || d.Is(k + 1, "that") || d.Is(k + 1, "like")
                      || (d.Word(k).StartsWith("seem", StringComparison.OrdinalIgnoreCase) && d.IsWord(k + 1) && !d.IsCapitalized(k + 1)
                          && !Words.NotContentOpeners.Contains(d.Word(k + 1)))))
                    continue;
            }
            else if (Words.BeForms.Contains(d.Word(k)) && d.Is(k + 1, "expected") && (d.Is(k + 2, "to") || d.Is(k + 2, "that")))
                cueLast = k + 1;
            // "is widely expected to", "is not expected to", "are also expected to".
            else if (Words.BeForms.Contains(d.Word(k)) && (d.Is(k + 1, "widely") || d.Is(k + 1, "not") || d.Is(k + 1, "also") || d.Is(k + 1, "still") || d.Is(k + 1, "generally"))
                     && d.Is(k + 2, "expected") && (d.Is(k + 3, "to") || d.Is(k + 3, "that")))
                cueLast = k + 2;
            else
                continue;
            // The clause subject: back to the sentence start or the nearest clause boundary.
            int start = cueFirst;
            while (start - 1 >= first && cueFirst - start < 20 && (d.IsWord(start - 1) || d.IsAbbreviationPeriod(start - 1)
                   || d.Tokens[start - 1].Kind == TokenKind.Number || d.IsPunct(start - 1, '\'') || d.IsPunct(start - 1, '’'))
                   && !(Words.ClauseOpeners.Contains(d.Word(start - 1)) && !d.Is(start - 1, "who") && !d.Is(start - 1, "which")))
                start--;
            if (start == cueFirst || start - 1 >= first && !(d.IsPunct(start - 1, ',') || d.IsWord(start - 1) || d.IsPunct(start - 1, '—') || d.Tokens[start - 1].Kind == TokenKind.Quote))
                continue;
            if (d.Is(start, "it") && start + 1 == cueFirst && !d.Is(cueLast + 1, "that")) continue; // "it seems to me"
            // "Axios reported that Dmitriev is expected to …": the clause is a reported one; the speech cue before it
            // takes it (with its source), not the unsourced raising reading.
            if (start - 2 >= first && d.Is(start - 1, "that") && d.CueAt(start - 2, out _) is { Class: CueClass.Speech }) continue;
            int last = d.ContentLast(cueLast + 1, end);
            // The predicate ends at the next comma: what follows is most often the writer's addition.
            for (int j = cueLast + 2; j < last; j++)
                if (d.IsPunct(j, ',') || d.IsPunct(j, ';') || d.IsPunct(j, '—')) { last = j - 1; break; }
            if (last <= cueLast) continue;
            d.Add(d.SpanOf(start, last), cueFirst, cueLast, null, ClaimKind.Indirect);
        }
    }
}
