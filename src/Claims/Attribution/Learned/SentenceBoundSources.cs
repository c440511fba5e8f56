using Claims.Segmentation;
using Claims.Text;

namespace Claims.Attribution.Learned;

/// <summary>
/// A post-model reading (both modes; it feeds no model feature): a kept attribution's source must stand in its cue's
/// sentence. The tagger sometimes carries a source over a sentence end ("Experts outside of Nicaragua, however, aren't
/// so sure … . So far, not a single person has come forward claiming to have seen the object": "Experts outside" is
/// no source of "claiming"); such a source is replaced by the same words in the cue's sentence before the cue ("Clinton",
/// "she": the tagger took an earlier mention of the same person), else by the subject pronoun or name right before the
/// cue in its sentence, only auxiliaries and adverbs between ("6:01 p.m. Ted Cruz is protesting …"), else dropped. The sentence of a source is that of its last character, so a name cut by the segmenter after
/// an abbreviation ("Sen. Ted Cruz said") stays with its cue; and the text between source and cue must hold a sentence's
/// end mark followed by a space, or a line break (a segmenter's cut inside "host of MSNBC’s “Morning Joe,” suggested" is
/// no sentence end). Layout attributions (a transcript label, a signature)
/// and counter-claims keep theirs; a quotation that runs over several sentences ("“A. B,” X said") has its source and
/// cue in one sentence and is not read here. Cases in <c>tests/Claims.Tests/cases/after-model-repairs.tsv</c> (reading
/// <c>sentence-bound-source</c>). Stateless and thread-safe.
/// </summary>
internal static class SentenceBoundSources
{
    /// <summary>The attributions without sources from another sentence than their cue's; the list itself when none had one.</summary>
    public static IReadOnlyList<AttributionSpan> Apply(Document document, IReadOnlyList<AttributionSpan> attributions)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(attributions);
        List<AttributionSpan>? repaired = null;
        for (int i = 0; i < attributions.Count; i++)
        {
            var a = attributions[i];
            if (!InOtherSentence(document, a)) continue;
            repaired ??= [.. attributions];
            repaired[i] = a with { Source = SameMentionBeforeCue(document, a) ?? SubjectRightBeforeCue(document, a), Speaker = null };
        }
        return repaired ?? attributions;
    }

    /// <summary>Whether <paramref name="a"/>'s source ends in another sentence than the one its cue starts in.</summary>
    internal static bool InOtherSentence(Document document, AttributionSpan a)
    {
        if (a.FromLayout || a.Kind == ClaimKind.Counter || a.Source is not { Length: > 0 } source || a.Cue is not { } cue) return false;
        int sourceSentence = document.SentenceIndexAt(source.End - 1), cueSentence = document.SentenceIndexAt(cue.Start);
        if (sourceSentence < 0 || cueSentence < 0 || sourceSentence == cueSentence) return false;
        // The segmenter's sentences, confirmed by the text between: a sentence's end mark or a line break.
        var between = source.End <= cue.Start ? new TextSpan(source.End, cue.Start) : new TextSpan(cue.End, Math.Max(cue.End, source.Start));
        return EndsASentence(document.Text, between);
    }

    /// <summary>The last mention written as the source ("Clinton", "she") in the cue's sentence before the cue and
    /// outside the content, as a whole word; null when there is none.</summary>
    private static TextSpan? SameMentionBeforeCue(Document document, AttributionSpan a)
    {
        var (source, cue) = (a.Source!.Value, a.Cue!.Value);
        string text = document.Text, mention = text.Substring(source.Start, source.Length).Trim();
        if (mention.Length == 0) return null;
        int from = document.Sentences[document.SentenceIndexAt(cue.Start)].Span.Start;
        for (int at = text.LastIndexOf(mention, cue.Start - 1, cue.Start - from, StringComparison.Ordinal); at >= from;
             at = at > from ? text.LastIndexOf(mention, at - 1, at - from, StringComparison.Ordinal) : -1)
        {
            int end = at + mention.Length;
            if (end > cue.Start || a.Content.Overlaps(new TextSpan(at, end))) continue;
            bool whole = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end >= text.Length || !char.IsLetterOrDigit(text[end]));
            if (whole) return new TextSpan(at, end);
        }
        return null;
    }

    /// <summary>The nearest subject pronoun or name before the cue in its sentence (<see cref="SourceRepair.SubjectBefore"/>)
    /// when only auxiliaries, "be" and adverbs stand between it and the cue ("Ted Cruz is protesting", "Amazon did not
    /// immediately say"); a name further back is no subject of the cue ("A team of scientists … GMOs … have concluded").</summary>
    private static TextSpan? SubjectRightBeforeCue(Document document, AttributionSpan a)
    {
        var cue = a.Cue!.Value;
        if (SourceRepair.SubjectBefore(document, cue, a.Content) is not { } subject || subject.End > cue.Start) return null;
        string text = document.Text;
        var between = SpanWords.Of(text, new TextSpan(subject.End, cue.Start));
        if (between.Count > SubjectSources.MaxModifiers) return null;
        for (int i = subject.End; i < cue.Start; i++)
            if (!char.IsWhiteSpace(text[i]) && !char.IsLetter(text[i])) return null;
        foreach (var w in between)
        {
            var word = text.AsSpan(w.Start, w.Length);
            if (!Words.CueModifiers.Contains(word) && !Words.BeForms.Contains(word)) return null;
        }
        return subject;
    }

    private static bool EndsASentence(string text, TextSpan between)
    {
        for (int i = between.Start; i < between.End; i++)
        {
            if (text[i] == '\n') return true;
            if (text[i] is not ('.' or '!' or '?')) continue;
            int j = i + 1;
            while (j < between.End && QuoteMarks.IsQuote(text[j])) j++;
            if (j < between.End && char.IsWhiteSpace(text[j])) return true;
        }
        return false;
    }
}
