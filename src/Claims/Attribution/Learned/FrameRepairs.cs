using Claims.Segmentation;

namespace Claims.Attribution.Learned;

/// <summary>
/// Readings of the attribution frame applied after the ranker (both modes; they feed no model feature). Cases in
/// <c>tests/Claims.Tests/cases/frame-repairs.tsv</c>.
/// <list type="bullet">
/// <item><see cref="IsNaming"/>: "what Moscow calls the territorial problem" names a thing of the writer's clause; it
/// reports nothing, so such an attribution is dropped and the sentence stays the writer's. Not with a pronoun subject
/// ("condemned what he called a brazen breach"): PolNeAR gives that phrase to the speaker's stance around it.</item>
/// <item><see cref="HeadlineReport"/>: a headline "Russian envoy says Trump-Putin meeting may be ground-breaking": the
/// words after the verb to the headline's end are what the subject says.</item>
/// <item><see cref="ParticipleAfterSpeaker"/>: "“…,” Dmitriev noted, suggesting this shift could help …": a participle of
/// saying right after a quotation's speaker and cue continues that speaker.</item>
/// </list>
/// Stateless and thread-safe.
/// </summary>
internal static class FrameRepairs
{
    /// <summary>The most words of the subject of a naming free relative ("what the Russian government calls").</summary>
    internal const int MaxNamingSubjectWords = 4;

    /// <summary>The most words of a headline's subject before its verb of saying.</summary>
    internal const int MaxHeadlineSubjectWords = 6;

    /// <summary>The fewest words a headline's or a participle's content needs.</summary>
    internal const int MinContentWords = 3;

    private static readonly WordSet NamingVerbs = new("calls", "called", "call", "dubs", "dubbed", "labels", "labeled", "labelled", "terms", "termed");

    /// <summary>The attributions with the readings above applied; the list itself when nothing changed.</summary>
    public static IReadOnlyList<AttributionSpan> Apply(Document document, IReadOnlyList<AttributionSpan> attributions, CueLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(attributions);
        ArgumentNullException.ThrowIfNull(lexicon);
        if (document.Tokens.Count == 0) return attributions;
        List<AttributionSpan>? result = null;
        for (int i = 0; i < attributions.Count; i++)
            if (!attributions[i].FromLayout && IsNaming(document, attributions[i]))
            {
                result ??= [.. attributions];
                result.Remove(attributions[i]);
            }
        var current = (IReadOnlyList<AttributionSpan>?)result ?? attributions;
        var cues = new SpanOverlaps(current.Where(a => a.Cue is not null).Select(a => a.Cue!.Value));
        var contents = new SpanOverlaps(current.Select(a => a.Content));
        List<AttributionSpan>? added = null;
        for (int s = 0; s < document.Sentences.Count; s++)
            if (document.Sentences[s].IsHeading && HeadlineReport(document, s, lexicon) is { } h)
            {
                int same = IndexWithCue(current, h.Cue!.Value);
                if (same >= 0) { result ??= [.. current]; result[result.IndexOf(current[same])] = current[same] with { Content = h.Content }; }
                else if (!contents.AnyOverlaps(h.Content)) (added ??= []).Add(h);
            }
        foreach (var a in current)
            if (ParticipleAfterSpeaker(document, a, lexicon) is { } p && !cues.AnyOverlaps(p.Cue!.Value) && !contents.AnyOverlaps(p.Content))
                (added ??= []).Add(p);
        if (result is null && added is null) return attributions;
        return [.. (result ?? attributions).Concat(added ?? []).OrderBy(a => a.Content.Start).ThenBy(a => a.Content.End)];
    }

    private static int IndexWithCue(IReadOnlyList<AttributionSpan> attributions, TextSpan cue)
    {
        for (int i = 0; i < attributions.Count; i++)
            if (attributions[i].Cue == cue) return i;
        return -1;
    }

    /// <summary>Whether the attribution's cue is a naming verb whose subject follows "what" ("what Moscow calls").</summary>
    internal static bool IsNaming(Document document, AttributionSpan a)
    {
        if (a.Cue is not { } cue || a.Source is not { } source || source.End > cue.Start) return false;
        string text = document.Text;
        var tokens = document.Tokens;
        var cueTokens = document.TokenRange(cue);
        if (cueTokens.End.Value - cueTokens.Start.Value != 1 || !NamingVerbs.Contains(tokens[cueTokens.Start.Value].Of(text))) return false;
        var sourceTokens = document.TokenRange(source);
        int from = sourceTokens.Start.Value, to = sourceTokens.End.Value;
        if (from < 1 || to - from > MaxNamingSubjectWords || to > cueTokens.Start.Value) return false;
        // Only modifiers between the subject and the verb ("what Moscow has long called").
        for (int k = to; k < cueTokens.Start.Value; k++)
            if (!Words.CueModifiers.Contains(tokens[k].Of(text))) return false;
        // A pronoun subject ("what he called …") is the sentence's own speaker naming the object of a stance of theirs
        // (annotators give the phrase to that stance); a name ("what Moscow calls") is the writer quoting a label.
        return tokens[from - 1].Of(text).Equals("what", StringComparison.OrdinalIgnoreCase) && !Words.Pronouns.Contains(tokens[from].Of(text));
    }

    /// <summary>A headline's "Subject says Content": its attribution, or null.</summary>
    internal static AttributionSpan? HeadlineReport(Document document, int s, CueLexicon lexicon)
    {
        string text = document.Text;
        var tokens = document.Tokens;
        var range = document.TokenRange(document.Sentences[s].Span);
        int first = range.Start.Value, end = range.End.Value;
        for (int k = first + 1; k < end && k - first <= MaxHeadlineSubjectWords; k++)
        {
            var t = tokens[k];
            if (t.Kind != TokenKind.Word) return null;
            var w = t.Of(text);
            if (!w.EndsWith("s", StringComparison.OrdinalIgnoreCase) || lexicon.Find(w) is not { Class: CueClass.Speech, Particle: null }) continue;
            int last = end - 1;
            while (last > k && tokens[last].Kind == TokenKind.Punctuation) last--;
            if (last - k < MinContentWords || !char.IsUpper(text[tokens[first].Start]) || Words.Determiners.Contains(tokens[first].Of(text)) && k - first == 1)
                return null;
            return new AttributionSpan
            {
                Content = new TextSpan(tokens[k + 1].Start, tokens[last].End), Cue = t.Span,
                Source = new TextSpan(tokens[first].Start, tokens[k - 1].End), Kind = ClaimKind.Indirect,
            };
        }
        return null;
    }

    /// <summary>"“…,” X noted, suggesting …": the participle's attribution continuing <paramref name="a"/>'s speaker, or null.</summary>
    internal static AttributionSpan? ParticipleAfterSpeaker(Document document, AttributionSpan a, CueLexicon lexicon)
    {
        if (a.FromLayout || a.Kind != ClaimKind.DirectQuote || a.Cue is not { } cue || a.Source is not { } source
            || a.Content.End > Math.Min(cue.Start, source.Start)) return null;
        string text = document.Text;
        var tokens = document.Tokens;
        int k = document.TokenRange(new TextSpan(Math.Max(cue.End, source.End), Math.Max(cue.End, source.End))).Start.Value;
        if (k + 2 >= tokens.Count || text[tokens[k].Start] != ',' || tokens[k + 1].Kind != TokenKind.Word) return null;
        var participle = tokens[k + 1];
        var w = participle.Of(text);
        if (!w.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || lexicon.Find(w) is not { Class: CueClass.Speech, Particle: null }) return null;
        int sentence = document.SentenceIndexAt(participle.Start);
        if (sentence < 0) return null;
        var range = document.TokenRange(document.Sentences[sentence].Span);
        int start = k + 2, last = range.End.Value - 1;
        while (last > start && tokens[last].Kind is TokenKind.Punctuation or TokenKind.Quote) last--;
        int words = 0;
        for (int i = start; i <= last; i++)
        {
            if (tokens[i].Kind == TokenKind.Quote) return null; // a quotation of its own: the rules' reading
            if (tokens[i].Kind == TokenKind.Word) words++;
        }
        // The content opens a clause ("this shift could help …", "that …"), not an adverbial ("in Moscow", "as well").
        var opener = tokens[start].Of(text);
        if (words < MinContentWords || Words.Prepositions.Contains(opener) && !opener.Equals("that", StringComparison.OrdinalIgnoreCase)
            || Words.ClauseOpeners.Contains(opener) && !opener.Equals("that", StringComparison.OrdinalIgnoreCase))
            return null;
        return new AttributionSpan
        {
            Content = new TextSpan(tokens[start].Start, tokens[last].End), Cue = participle.Span, Source = source, Via = a.Via, Kind = ClaimKind.Indirect,
        };
    }
}
