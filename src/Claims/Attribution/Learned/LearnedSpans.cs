using Claims.Segmentation;
using Claims.Text;

namespace Claims.Attribution.Learned;

/// <summary>Reads attributions off the tagger's tags: contents, and the cue and source each content belongs to.</summary>
internal static class LearnedSpans
{
    private const int MaxGap = 2;

    /// <summary>A content the tagger found, with the mean content margin of its tokens as its confidence.</summary>
    public sealed record Content(TextSpan Span, int First, int Last, double Confidence);

    /// <summary>
    /// The contents: runs of content tags (a begin tag starts a new one) that go on through a cue or source run and
    /// bridge up to two outside tokens (a stray comma or "the" the tagger missed) when an inside tag follows; kept only
    /// when a cue (the tagger's or the rules') is in the content's sentence or a neighbouring one, since an attribution
    /// without a cue is not one.
    /// </summary>
    public static List<Content> Contents(TaggerFeatures features, int[] tags, float[] margins, CancellationToken cancellationToken = default)
    {
        var contents = new List<Content>();
        int n = tags.Length;
        int i = 0, steps = 0;
        while (i < n)
        {
            if ((++steps & LearnedAttributionModel.CancellationMask) == 0) cancellationToken.ThrowIfCancellationRequested();
            if (tags[i] is not (AttributionTags.ContentBegin or AttributionTags.ContentInside)) { i++; continue; }
            int first = i++;
            int last = first;
            while (i < n)
            {
                if (tags[i] == AttributionTags.ContentInside) { last = i++; continue; }
                int k = i;
                while (k < n && tags[k] is AttributionTags.Cue or AttributionTags.Source) k++;
                if (k == i)
                    while (k < n && k - i < MaxGap && tags[k] == AttributionTags.Outside) k++;
                if (k > i && k < n && tags[k] == AttributionTags.ContentInside) { i = k; continue; }
                break;
            }
            i = last + 1;
            if (!HasCueNear(features, tags, first, last)) continue;
            double sum = 0;
            for (int k = first; k <= last; k++) sum += margins[k];
            var words = features.Words;
            contents.Add(new Content(new TextSpan(words[first].Start, words[last].End), first, last, sum / (last - first + 1)));
        }
        return contents;
    }

    /// <summary>The cue and source tokens nearest to a content: runs of those tags, same or neighbouring sentence.</summary>
    public static (TextSpan? Cue, TextSpan? Source) CueAndSource(TaggerFeatures features, int[] tags, Content content)
    {
        var cue = NearestRun(features, tags, content, AttributionTags.Cue);
        TextSpan? source = null;
        if (cue is { } c)
        {
            // The source is read near the cue, not near the content: "X said ..." and "..., X said" both hold it there.
            var (lo, hi) = Window(features, c.First, c.Last);
            source = NearestRun(features, tags, lo, hi, c.First, c.Last, AttributionTags.Source)?.Span;
        }
        return (cue?.Span, source);
    }

    private static (TextSpan Span, int First, int Last)? NearestRun(TaggerFeatures features, int[] tags, Content content, int tag)
    {
        var (lo, hi) = Window(features, content.First, content.Last);
        return NearestRun(features, tags, lo, hi, content.First, content.Last, tag);
    }

    private static (TextSpan Span, int First, int Last)? NearestRun(TaggerFeatures features, int[] tags, int lo, int hi, int first, int last, int tag)
    {
        (TextSpan, int, int)? best = null;
        int bestDistance = int.MaxValue;
        int k = lo;
        while (k <= hi)
        {
            if (tags[k] != tag || (k >= first && k <= last)) { k++; continue; }
            int start = k;
            while (k + 1 <= hi && tags[k + 1] == tag) k++;
            int distance = start > last ? start - last : first - k;
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = (new TextSpan(features.Words[start].Start, features.Words[k].End), start, k);
            }
            k++;
        }
        return best;
    }

    // The tokens of the sentences from the one before first's to the one after last's, at most Reach tokens beyond
    // the span on either side (a text without sentence ends would otherwise make every look-up scan all of it).
    private static (int Lo, int Hi) Window(TaggerFeatures features, int first, int last)
    {
        var sentenceOf = features.SentenceOf;
        int lo = first, hi = last;
        while (lo > 0 && first - lo < Reach && sentenceOf[lo - 1] >= sentenceOf[first] - 1) lo--;
        while (hi + 1 < sentenceOf.Length && hi - last < Reach && sentenceOf[hi + 1] <= sentenceOf[last] + 1) hi++;
        return (lo, hi);
    }

    /// <summary>How many tokens beyond a span the cue and source look-ups reach at most.</summary>
    public const int Reach = 100;

    private static bool HasCueNear(TaggerFeatures features, int[] tags, int first, int last)
    {
        var (lo, hi) = Window(features, first, last);
        for (int k = lo; k <= hi; k++)
            if ((k < first || k > last) && (tags[k] == AttributionTags.Cue || features.RuleTags[k] == AttributionTags.Cue)) return true;
        return false;
    }

    /// <summary>
    /// Verb classes of a stance a cue can report beside speech: thinking, perceiving, feeling, social acts ("pledged",
    /// "supports", "attacked", "refuses").
    /// </summary>
    internal const WordClass StanceVerbs = WordClass.VerbCommunication | WordClass.VerbCognition | WordClass.VerbPerception
        | WordClass.VerbEmotion | WordClass.VerbSocial | WordClass.VerbPossession | WordClass.VerbCompetition | WordClass.VerbCreation;

    /// <summary>
    /// The least cue margin (the tagger's cue score less its best other tag's) of a word of <see cref="StanceVerbs"/>
    /// that anchors a candidate although the tagger tagged it otherwise.
    /// </summary>
    internal const float AnchorMargin = -3f;

    /// <summary>
    /// The least probability of a cue, read from a word's token state (the accurate mode's probe), that anchors a
    /// candidate although the tagger tagged it otherwise.
    /// </summary>
    internal const float StateAnchor = 0.5f;

    /// <summary>A cue-anchored attribution: the cue, the content after it, the nearest source before it.</summary>
    public sealed record Anchored(TextSpan Content, TextSpan Cue, TextSpan? Source);

    /// <summary>
    /// Attributions anchored on a cue where no content was read: a word the tagger tagged as a cue, or a verb of a
    /// stance class (<see cref="StanceVerbs"/>) it nearly did (cue margin at least <see cref="AnchorMargin"/>), outside
    /// quotes and outside every token of <paramref name="covered"/>; the content runs from the word after the cue to
    /// the last word of its sentence ("X pledged [to cut taxes]", "X attacked [Y's plan as ...]"), the source is the
    /// nearest source-tagged run before the cue in its sentence. The ranker decides which of them are attributions.
    /// With <paramref name="stateCues"/> (the accurate mode: each token's probability of a cue by its token state), a
    /// word whose probability is at least <see cref="StateAnchor"/> anchors one too.
    /// </summary>
    public static List<Anchored> CueAnchored(TaggerFeatures features, int[] tags, float[] cueMargins, bool[] covered,
        CancellationToken cancellationToken = default, float[]? stateCues = null)
    {
        var result = new List<Anchored>();
        var words = features.Words;
        var sentenceOf = features.SentenceOf;
        int n = tags.Length;
        for (int i = 0; i < n; i++)
        {
            if ((i & LearnedAttributionModel.CancellationMask) == 0) cancellationToken.ThrowIfCancellationRequested();
            if (covered[i] || features.InQuote[i] || words[i].Kind != TokenKind.Word) continue;
            bool anchor = tags[i] == AttributionTags.Cue
                || ((features.Classes[i] & StanceVerbs) != 0 && cueMargins[i] >= AnchorMargin)
                || (stateCues is not null && stateCues[i] >= StateAnchor);
            if (!anchor) continue;
            int cueLast = i;
            while (cueLast + 1 < n && tags[cueLast + 1] == AttributionTags.Cue && sentenceOf[cueLast + 1] == sentenceOf[i] && !covered[cueLast + 1]) cueLast++;
            int first = cueLast + 1, last = first - 1;
            for (int k = first; k < n && sentenceOf[k] == sentenceOf[i] && !covered[k]; k++)
                if (words[k].Kind is TokenKind.Word or TokenKind.Number) last = k;
            int from = i;
            i = cueLast;
            if (last - first < 1) continue;
            TextSpan? source = null;
            for (int k = from - 1; k >= 0 && from - k <= 12 && sentenceOf[k] == sentenceOf[from]; k--)
            {
                if (tags[k] != AttributionTags.Source) continue;
                int start = k;
                while (start > 0 && tags[start - 1] == AttributionTags.Source && sentenceOf[start - 1] == sentenceOf[from]) start--;
                source = new TextSpan(words[start].Start, words[k].End);
                break;
            }
            result.Add(new Anchored(new TextSpan(words[first].Start, words[last].End), new TextSpan(words[from].Start, words[cueLast].End), source));
        }
        return result;
    }
}
