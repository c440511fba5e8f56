using Claims.Segmentation;

namespace Claims.Attribution.Learned;

/// <summary>
/// An outlet or institution that reports another attribution without "that": in "The Kremlin has claimed the U.S. envoys
/// promised to return …" the envoys' promise is what the Kremlin claims. When a verb of saying stands right before a kept
/// attribution's source, with its own subject just before it, the reporter's attribution is added (its content the inner
/// attribution with its source) and the inner one gets the reporter as its <see cref="AttributionSpan.Via"/>. Read after
/// the ranker (both modes); cases in <c>tests/Claims.Tests/cases/nested-sources.tsv</c>. Stateless and thread-safe.
/// </summary>
internal static class ReporterAttributions
{
    // Words between a subject and its verb of saying ("has claimed", "had also reported").
    private static readonly WordSet Between = new(
        "has", "have", "had", "also", "previously", "repeatedly", "long", "already", "reportedly", "publicly", "recently");

    /// <summary>The attributions with the reporters added; the list itself when there are none.</summary>
    public static IReadOnlyList<AttributionSpan> Apply(Document document, IReadOnlyList<AttributionSpan> attributions, CueLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(attributions);
        ArgumentNullException.ThrowIfNull(lexicon);
        List<AttributionSpan>? result = null;
        // The cues of all attributions, indexed once (when first needed) rather than scanned for each attribution.
        SpanOverlaps? cues = null;
        for (int i = 0; i < attributions.Count; i++)
        {
            var b = attributions[i];
            if (b.Via is not null || b.FromLayout || b.Source is not { } source || b.Content.Start < source.End) continue;
            if (Reporter(document, b, source, lexicon, attributions, ref cues) is not { } outer) continue;
            result ??= [.. attributions];
            result[i] = b with { Via = NestedSources.Reporter(document, outer.Source!.Value) };
            result.Add(outer);
        }
        return result is null ? attributions : [.. result.OrderBy(a => a.Content.Start).ThenBy(a => a.Content.End)];
    }

    private static AttributionSpan? Reporter(Document document, AttributionSpan b, TextSpan source, CueLexicon lexicon,
        IReadOnlyList<AttributionSpan> attributions, ref SpanOverlaps? cues)
    {
        string text = document.Text;
        var tokens = document.Tokens;
        int verb = document.TokenRange(source).Start.Value - 1;
        if (verb < 1 || tokens[verb].Kind != TokenKind.Word) return null;
        var form = tokens[verb].Of(text);
        if (lexicon.Find(form) is not { Class: CueClass.Speech } entry || entry.Lemma is "tell" or "ask" || entry.Particle is not null
            || form.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || char.IsUpper(form[0]))
            return null;
        var cue = new TextSpan(tokens[verb].Start, tokens[verb].End);
        cues ??= new SpanOverlaps(attributions.Where(a => a.Cue is not null).Select(a => a.Cue!.Value));
        if (cues.AnyOverlaps(cue)) return null;
        int j = verb - 1;
        while (j >= 0 && tokens[j].Kind == TokenKind.Word && Between.Contains(tokens[j].Of(text))) j--;
        if (j < 0 || SourceRepair.SubjectBefore(document, cue, b.Content, document.Sentences[Math.Max(0, document.SentenceIndexAt(cue.Start))].Span.Start) is not { } subject
            || subject.End != tokens[j].End)
            return null;
        // A determiner right before a name run is part of the reporter ("The Kremlin").
        int first = document.TokenRange(subject).Start.Value;
        if (first > 0 && tokens[first - 1].Kind == TokenKind.Word && Words.Determiners.Contains(tokens[first - 1].Of(text))
            && document.SentenceIndexAt(tokens[first - 1].Start) == document.SentenceIndexAt(cue.Start))
            subject = new TextSpan(tokens[first - 1].Start, subject.End);
        return new AttributionSpan
        {
            Content = new TextSpan(source.Start, b.Content.End), Cue = cue, Source = subject, Kind = ClaimKind.Indirect,
        };
    }
}
