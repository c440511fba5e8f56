namespace Claims.Attribution.Patterns;

/// <summary>
/// Nouns and adjectives that take a reported "that" clause: "his assertion that …", "Trump’s claim that …"
/// (a possessor is the source; without one the noun is too often the writer's), "X made it clear that …",
/// "X is confident / convinced that …".
/// </summary>
public sealed class ThatComplementPattern : ISentencePattern
{
    /// <inheritdoc />
    public string Name => "that-complement";

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
        for (int k = first + 1; k < end - 2; k++)
        {
            if (!d.Is(k + 1, "that") || d.InQuote[k] || d.InContent[k + 1] || !d.IsWord(k)) continue;
            TextSpan? source = null;
            int cueFirst = k;
            if (Words.StatementNouns.Contains(d.Word(k)))
            {
                // The possessor: "his", "their", "Trump’s", "the senator’s".
                int p = k - 1;
                while (p > first && k - p < 3 && d.IsWord(p) && !d.IsCapitalized(p) && !d.IsPossessive(p) && !Words.PossessivePronouns.Contains(d.Word(p))
                       && !Words.Determiners.Contains(d.Word(p))) p--;
                if (p < first || !d.IsWord(p)) continue;
                if (Words.PossessivePronouns.Contains(d.Word(p))) source = d.SpanOf(p, p);
                else if (d.IsPossessive(p))
                {
                    // The possessor name only: "Mr. Trump’s", not "culminating in Trump’s".
                    int n = p;
                    while (n - 1 >= first && p - n < 4 && (d.IsCapitalized(n - 1) && !Words.BadHeads.Contains(d.Word(n - 1)) && !Words.SourceBoundary.Contains(d.Word(n - 1))
                           || d.IsAbbreviationPeriod(n - 1))) n--;
                    source = d.SpanOf(n, p);
                }
                else continue;
                cueFirst = p + 1 <= k ? p + 1 : k;
                // Not the subject of its clause ("However, his campaign claim that … has proven unrealistic": the clause
                // would run into the main verb): a preposition or verb must govern the noun phrase ("Despite his claim").
                int before = d.Document.TokenRange(source.Value).Start.Value - 1;
                if (before < first || !d.IsWord(before) || d.IsCapitalized(before) && before != first || Words.Adverbials.Contains(d.Word(before))) continue;
            }
            else if (Words.ThatAdjectives.Contains(d.Word(k)))
            {
                // "made it clear that": the verb before "it"; "is confident that": the be-form.
                int verb;
                if (d.Is(k, "clear") && d.Is(k - 1, "it") && (d.Is(k - 2, "made") || d.Is(k - 2, "make") || d.Is(k - 2, "makes") || d.Is(k - 2, "making")))
                    verb = k - 2;
                else if (!d.Is(k, "clear") && Words.BeForms.Contains(d.Word(d.SkipAdverbsBack(k - 1, first))))
                    verb = d.SkipAdverbsBack(k - 1, first);
                else continue;
                if (verb <= first || !d.TrySourceBefore(verb, out source, out _) || source is null) continue;
                var sr = d.Document.TokenRange(source.Value);
                if (sr.End.Value - sr.Start.Value == 1 && (d.Is(sr.Start.Value, "it") || d.Is(sr.Start.Value, "i") || d.Is(sr.Start.Value, "we") || d.Is(sr.Start.Value, "you"))) continue;
                cueFirst = verb;
            }
            else continue;
            int start = k + 1;
            int last = d.StopAtTrailingCue(start, d.ContentLast(start, end));
            // A noun's clause is embedded in the sentence: it ends at the next comma ("Despite his claim that …, …").
            if (Words.StatementNouns.Contains(d.Word(k)))
                for (int j = start + 3; j < last; j++)
                    if (d.IsPunct(j, ',') || d.IsPunct(j, ';') || d.IsPunct(j, '—')) { last = j - 1; break; }
            if (last - start < 3) continue;
            d.Add(d.SpanOf(start, last), cueFirst, k, source, ClaimKind.Indirect);
        }
    }
}
