namespace Claims.Attribution.Patterns;

/// <summary>
/// Runs a pattern list over one document in list order: consecutive quote patterns over each quotation, consecutive
/// sentence and cue patterns over each sentence (cue patterns over each cue word: verbs of saying in a first pass, the
/// other cue classes in a second), and each document pattern once, at its place.
/// </summary>
internal sealed class PatternRunner
{
    // Quotations shorter than this many words are scare quotes or titles (two words only when opening a sentence).
    private const int MinQuoteWords = 3;
    // Sentences shorter than this many tokens hold no attribution.
    private const int MinSentenceTokens = 3;

    private readonly IReadOnlyList<object> _steps;

    public PatternRunner(IReadOnlyList<IAttributionPattern> patterns)
    {
        var steps = new List<object>();
        var sentenceItems = new List<object>();
        var quotes = new List<IQuotePattern>();
        var cues = new List<ICuePattern>();
        void FlushCues() { if (cues.Count > 0) sentenceItems.Add(cues.ToArray()); cues.Clear(); }
        void FlushSentences() { FlushCues(); if (sentenceItems.Count > 0) steps.Add(new SentenceStep(sentenceItems.ToArray())); sentenceItems.Clear(); }
        void FlushQuotes() { if (quotes.Count > 0) steps.Add(new QuoteStep(quotes.ToArray())); quotes.Clear(); }
        foreach (var pattern in patterns)
        {
            switch (pattern)
            {
                case IQuotePattern q: FlushSentences(); quotes.Add(q); break;
                case ICuePattern c: FlushQuotes(); cues.Add(c); break;
                case ISentencePattern s: FlushQuotes(); FlushCues(); sentenceItems.Add(s); break;
                case IDocumentPattern d: FlushQuotes(); FlushSentences(); steps.Add(d); break;
                default:
                    throw new ArgumentException($"attribution pattern '{pattern.Name}' ({pattern.GetType().Name}) implements none of " +
                        "IQuotePattern, ISentencePattern, ICuePattern, IDocumentPattern", nameof(patterns));
            }
        }
        FlushQuotes();
        FlushSentences();
        _steps = steps;
    }

    public void Run(AttributionDraft draft, CancellationToken cancellationToken)
    {
        foreach (var step in _steps)
        {
            switch (step)
            {
                case QuoteStep quotes: RunQuotes(draft, quotes.Patterns, cancellationToken); break;
                case SentenceStep sentences: RunSentences(draft, sentences.Items, cancellationToken); break;
                case IDocumentPattern document: document.Attribute(draft, cancellationToken); break;
            }
        }
    }

    private static void RunQuotes(AttributionDraft d, IQuotePattern[] patterns, CancellationToken ct)
    {
        var quotes = d.Document.Quotes;
        for (int q = 0; q < quotes.Count; q++)
        {
            ct.ThrowIfCancellationRequested();
            var quote = quotes[q];
            // Two-word quotes only when they open a sentence (“They sue,” he said.); shorter ones are scare quotes or titles.
            int words = d.CountWords(quote.Content);
            if (words < 2 || words < MinQuoteWords && !d.StartsSentence(quote.Span.Start) || d.IsTitle(quote.Content)) continue;
            foreach (var pattern in patterns)
            {
                if (!pattern.TryAttribute(d, q, out int last)) continue;
                q = Math.Max(q, last);
                break;
            }
        }
    }

    private static void RunSentences(AttributionDraft d, object[] items, CancellationToken ct)
    {
        var sentences = d.Document.Sentences;
        for (int s = 0; s < sentences.Count; s++)
        {
            ct.ThrowIfCancellationRequested();
            var range = d.Document.TokenRange(sentences[s].Span);
            var sentence = new SentenceTokens(s, range.Start.Value, range.End.Value, sentences[s].IsHeading);
            if (sentence.End - sentence.First < MinSentenceTokens) continue;
            var kind = sentence.IsHeading ? SentenceKinds.Heading : SentenceKinds.Body;
            foreach (var item in items)
            {
                if (item is ISentencePattern pattern)
                {
                    if ((pattern.Reads & kind) != 0) pattern.Attribute(d, sentence);
                }
                else if (!sentence.IsHeading)
                    RunCues(d, sentence, (ICuePattern[])item);
            }
        }
    }

    /// <summary>
    /// Offers each cue word to the cue patterns, verbs of saying first: a stance or want cue earlier in the sentence
    /// ("X, who blamed Y, said Z") must not take the tokens of the speech content that follows.
    /// </summary>
    private static void RunCues(AttributionDraft d, SentenceTokens sentence, ICuePattern[] patterns)
    {
        for (int pass = 0; pass < 2; pass++)
        for (int k = sentence.First; k < sentence.End; k++)
        {
            if (d.CueAt(k, out int cueEnd) is not { QuoteOnly: false } entry) continue;
            if ((entry.Class == CueClass.Speech) != (pass == 0)) continue;
            // Inside a quotation the speaker's own "I think", "we want" are part of the quote, not new attributions.
            if (d.InQuote[k]) continue;
            var cue = new CueMatch(k, cueEnd, entry);
            foreach (var pattern in patterns)
                if (pattern.TryAttribute(d, sentence, cue)) break;
        }
    }

    /// <summary>Consecutive quote patterns.</summary>
    private sealed record QuoteStep(IQuotePattern[] Patterns);

    /// <summary>Consecutive sentence patterns and groups of consecutive cue patterns (<see cref="ICuePattern"/>[]).</summary>
    private sealed record SentenceStep(object[] Items);
}
