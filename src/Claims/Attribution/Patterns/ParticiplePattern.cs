using Claims.Segmentation;

namespace Claims.Attribution.Patterns;

/// <summary>
/// ", adding that …" / ", saying …": a participle continues the sentence's subject: the source of the previous
/// attribution in the sentence, else a name or pronoun opening the sentence.
/// </summary>
public sealed class ParticiplePattern : ICuePattern
{
    /// <inheritdoc />
    public string Name => "participle";

    /// <inheritdoc />
    public bool TryAttribute(AttributionDraft draft, SentenceTokens sentence, CueMatch cue)
    {
        ArgumentNullException.ThrowIfNull(draft);
        // A participle takes its cue even when it finds no content: the cue is no other pattern's.
        if (!IsParticiple(draft, sentence.First, cue.First)) return false;
        TryParticiple(draft, sentence.First, sentence.End, cue.First, cue.Last, cue.Entry);
        return true;
    }

    /// <summary>A "-ing" cue after a comma, a dash, "by", ", while" or a coordinated participle.</summary>
    private static bool IsParticiple(AttributionDraft d, int first, int k)
    {
        bool afterComma = d.IsPunct(k - 1, ',') || (k >= 2 && d.Tokens[k - 1].Kind == TokenKind.Quote && d.IsPunct(k - 2, ','))
            // ", while suggesting …", ", before adding …": the participle still continues the sentence subject.
            || (k >= 2 && d.IsPunct(k - 2, ',') && (d.Is(k - 1, "while") || d.Is(k - 1, "before") || d.Is(k - 1, "after") || d.Is(k - 1, "when")))
            // "…, pointing to his record and saying that …": a second participle coordinated with the first.
            || (d.Is(k - 1, "and") && d.CoordinatedParticiple(first, k - 1))
            // "flipped his choice on the spot – saying …", "distanced himself … by saying he would …".
            || (d.IsPunct(k - 1, '–') || d.IsPunct(k - 1, '—') || d.Is(k - 1, "by")) && k - 1 > first;
        return afterComma && d.Word(k).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
    }

    private static void TryParticiple(AttributionDraft d, int first, int end, int cue, int cueEnd, CueEntry entry)
    {
        int start = cue + 1;
        if (entry.Lemma == "tell") start = d.SkipAddressee(start, end, stopAtThat: true);
        // ", saying, “…”", ", telling reporters, “…”": the quotation after the comma is the content.
        if (d.IsPunct(start, ',') && start + 1 < end && d.Tokens[start + 1].Kind == TokenKind.Quote) start++;
        int that = d.FindThat(start, Math.Min(end, start + 6));
        if (that >= 0) start = that;
        else if (start >= end || !d.OpensContent(start, entry)) return;
        int last = d.StopAtTrailingCue(start, d.ContentLast(start, end));
        if (last - start < 2) return;
        TextSpan? source = null;
        string? via = null;
        int cueStart = d.Tokens[cue].Start, sentenceStart = d.Tokens[first].Start;
        // The latest attribution with its cue, or its content's end, in this sentence before the participle.
        var near = d.ResultsIn(d.Document.SentenceIndexAt(sentenceStart));
        for (int n = near.Count - 1; n >= 0; n--)
        {
            var r = d.Results[near[n]];
            if (r.Cue is { } c && c.End <= cueStart && c.Start >= sentenceStart && r.Kind != ClaimKind.Counter)
            {
                source = r.Source;
                via = r.Via;
                break;
            }
            if (r.Cue is { } c2 && c2.End <= cueStart && r.Content.End >= sentenceStart && r.Content.End <= cueStart)
            {
                // A quote ending in this sentence: “…,” Dmitriev said, adding that …
                source = r.Source;
                via = r.Via;
                break;
            }
        }
        if (source is null)
        {
            int k = first;
            // Skip an opening adverbial ("However,").
            if (k + 2 < cue && d.IsWord(k) && d.IsPunct(k + 1, ',') && (d.IsCapitalized(k + 2) || Words.Pronouns.Contains(d.Word(k + 2)))) k += 2;
            if ((d.Is(k, "the") || d.Is(k, "a")) && d.IsWord(k + 1))
            {
                // "The minister welcomed the talks, saying …": determiner, nouns, then the first verb.
                int j = k + 1;
                while (j + 1 < cue && j - k < 4 && d.IsWord(j + 1) && !d.Word(j + 1).EndsWith("ed", StringComparison.OrdinalIgnoreCase)
                       && !Words.BeForms.Contains(d.Word(j + 1)) && d.Cues.Find(d.Word(j + 1)) is null && !Words.CueModifiers.Contains(d.Word(j + 1)))
                    j++;
                if (j + 1 < cue && d.IsWord(j + 1) && d.ValidHead(j)) source = d.SpanOf(k, j);
            }
            else if (d.IsWord(k) && (Words.Pronouns.Contains(d.Word(k)) && !d.Is(k, "it") || d.IsCapitalized(k) && !Words.Determiners.Contains(d.Word(k))))
            {
                int j = k;
                while (j + 1 < cue && d.IsCapitalized(j + 1) && j - k < 3) j++;
                if (d.IsWord(j + 1) && !d.IsCapitalized(j + 1) || d.IsPunct(j + 1, ','))
                    source = d.SpanOf(k, j);
            }
        }
        source ??= d.MainSubject(first, cue);
        if (source is null) return;
        d.Add(d.SpanOf(start, last), cue, cueEnd, source, ClaimKind.Indirect, via);
    }
}
