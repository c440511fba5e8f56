using Claims.Segmentation;

namespace Claims.Attribution.Learned;

/// <summary>
/// Readings of the attribution frame applied after the ranker (both modes; they feed no model feature). Cases in
/// <c>tests/Claims.Tests/cases/after-model-repairs.tsv</c>.
/// <list type="bullet">
/// <item><see cref="IsNaming"/>: "what Moscow calls the territorial problem" names a thing of the writer's clause; it
/// reports nothing, so such an attribution is dropped and the sentence stays the writer's. Not with a pronoun subject
/// ("condemned what he called a brazen breach"): PolNeAR gives that phrase to the speaker's stance around it.</item>
/// <item><see cref="HeadlineReport"/>: a headline "Russian envoy says Trump-Putin meeting may be ground-breaking": the
/// words after "says" to the headline's end are what the subject says (not "denies" or "claims": a headline's stance
/// verb stays in the headline claim, where the stance readings need it).</item>
/// <item><see cref="ParticipleAfterSpeaker"/>: "“…,” Dmitriev noted, suggesting this shift could help …": a participle of
/// saying right after a quotation's speaker and cue continues that speaker.</item>
/// <item><see cref="AnaphoricReport"/>: "The Gaze reports this, referring to Reuters.": the sentence before is The Gaze's,
/// via Reuters.</item>
/// <item><see cref="WithoutVerificationNote"/>: ", though American officials have not confirmed this" ends no one's
/// reported content: it is the writer's note.</item>
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
        for (int s = 1; s < document.Sentences.Count; s++)
            if (AnaphoricReport(document, s, lexicon) is { } r && !cues.AnyOverlaps(r.Cue!.Value) && !contents.AnyOverlaps(r.Content))
                (added ??= []).Add(r);
        for (int i = 0; i < current.Count; i++)
            if (WithoutVerificationNote(document, current[i]) is { } trimmed)
            {
                result ??= [.. current];
                result[result.IndexOf(current[i])] = trimmed;
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
            // "says" only: "X denies Y", "X claims Y" keep the headline whole, the verb being what the stance readings need.
            if (!w.EndsWith("s", StringComparison.OrdinalIgnoreCase) || lexicon.Find(w) is not { Lemma: "say", Particle: null }) continue;
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

    private static readonly WordSet AnaphoricObjects = new("this", "so", "it");
    private static readonly WordSet ReferringWords = new("citing", "quoting", "referring");
    private static readonly WordSet VerificationVerbs = new("confirmed", "verified", "corroborated", "substantiated");
    private static readonly WordSet ConcessiveOpeners = new("though", "although", "but");

    /// <summary>
    /// "The Gaze reports this, referring to Reuters.": a sentence that only reports the one before it; that sentence is
    /// the content, the name the source and the outlet referred to the <see cref="AttributionSpan.Via"/>. Null otherwise.
    /// </summary>
    internal static AttributionSpan? AnaphoricReport(Document document, int s, CueLexicon lexicon)
    {
        string text = document.Text;
        var tokens = document.Tokens;
        var sentences = document.Sentences;
        if (sentences[s].IsHeading || sentences[s - 1].IsHeading) return null;
        var range = document.TokenRange(sentences[s].Span);
        int k = range.Start.Value, end = range.End.Value;
        int name = k;
        if (k < end && tokens[k].Of(text).Equals("the", StringComparison.OrdinalIgnoreCase)) k++;
        while (k < end && tokens[k].Kind == TokenKind.Word && char.IsUpper(text[tokens[k].Start]) && k - name < MaxHeadlineSubjectWords) k++;
        if (k == name || k + 2 >= end || tokens[k].Kind != TokenKind.Word || lexicon.Find(tokens[k].Of(text)) is not { Class: CueClass.Speech }
            || char.IsUpper(text[tokens[k].Start]) || !AnaphoricObjects.Contains(tokens[k + 1].Of(text)))
            return null;
        var cue = tokens[k].Span;
        var source = new TextSpan(tokens[name].Start, tokens[k - 1].End);
        int after = k + 2;
        string? via = null;
        if (after < end && text[tokens[after].Start] == ',' && after + 1 < end && ReferringWords.Contains(tokens[after + 1].Of(text)))
        {
            int v = after + 2;
            if (v < end && tokens[v].Of(text).Equals("to", StringComparison.OrdinalIgnoreCase)) v++;
            int from = v;
            while (v < end && tokens[v].Kind == TokenKind.Word && (char.IsUpper(text[tokens[v].Start]) || v == from && tokens[v].Of(text).Equals("the", StringComparison.OrdinalIgnoreCase))) v++;
            if (v == from) return null;
            via = text[tokens[from].Start..tokens[v - 1].End];
            after = v;
        }
        // Nothing but the closing period after it.
        if (after != end - 1 || text[tokens[after].Start] != '.') return null;
        var previous = sentences[s - 1].Span;
        int contentEnd = previous.End;
        while (contentEnd > previous.Start && text[contentEnd - 1] is '.' or ' ') contentEnd--;
        return new AttributionSpan { Content = new TextSpan(previous.Start, contentEnd), Cue = cue, Source = source, Via = via, Kind = ClaimKind.Indirect };
    }

    /// <summary>
    /// "the U.S. envoys promised to return …, though American officials have not confirmed this": the writer's note that
    /// others have not verified a report is not part of it; the content ends at the comma. Null when there is no such note.
    /// </summary>
    internal static AttributionSpan? WithoutVerificationNote(Document document, AttributionSpan a)
    {
        if (a.FromLayout || a.Kind == ClaimKind.DirectQuote) return null;
        string text = document.Text;
        var tokens = document.Tokens;
        var range = document.TokenRange(a.Content);
        for (int k = range.Start.Value + 1; k + 3 < range.End.Value; k++)
        {
            if (text[tokens[k].Start] != ',' || !ConcessiveOpeners.Contains(tokens[k + 1].Of(text))) continue;
            for (int v = k + 3; v < range.End.Value && v - k <= 10; v++)
                if (VerificationVerbs.Contains(tokens[v].Of(text)) && tokens[v - 1].Of(text) is var before
                    && (before.Equals("not", StringComparison.OrdinalIgnoreCase) || before.Equals("yet", StringComparison.OrdinalIgnoreCase)
                        || before.Equals("independently", StringComparison.OrdinalIgnoreCase)))
                    return a with { Content = new TextSpan(a.Content.Start, tokens[k - 1].End) };
        }
        return null;
    }

    /// <summary>Whether <paramref name="piece"/> is a writer's verification note ("though American officials have not
    /// confirmed this"): a concessive opener, then within ten words a verb of verifying after "not", "yet" or "independently".</summary>
    internal static bool IsVerificationNote(string text, TextSpan piece)
    {
        var words = Text.SpanWords.Of(text, piece);
        if (words.Count < 3 || !ConcessiveOpeners.Contains(text.AsSpan(words[0].Start, words[0].Length))) return false;
        for (int v = 2; v < words.Count && v <= 10; v++)
        {
            var before = text.AsSpan(words[v - 1].Start, words[v - 1].Length);
            if (VerificationVerbs.Contains(text.AsSpan(words[v].Start, words[v].Length))
                && (before.Equals("not", StringComparison.OrdinalIgnoreCase) || before.Equals("yet", StringComparison.OrdinalIgnoreCase)
                    || before.Equals("independently", StringComparison.OrdinalIgnoreCase)))
                return true;
        }
        return false;
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
