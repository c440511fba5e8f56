namespace Claims.Attribution.Patterns;

/// <summary>
/// One document's attribution work in progress: the <see cref="TokenView"/> plus what the patterns found so far, in
/// discovery order, and which tokens are already a cue or inside a content. Built once per document by
/// <see cref="AttributionFinder"/>; patterns read it and add to it, one thread at a time.
/// </summary>
public sealed class AttributionDraft : TokenView
{
    internal readonly bool[] UsedCue;
    internal readonly bool[] InContent;
    internal readonly List<AttributionSpan> Results = [];

    // Result indexes by sentence (each sentence a result's content touches, end included, and its cue's sentence),
    // ascending: a pattern that looks for what was found in one sentence reads that sentence's results only, so the
    // work stays linear in the text however many attributions the document holds.
    private readonly Dictionary<int, List<int>> _bySentence = [];

    internal AttributionDraft(Document document, CueLexicon cues) : base(document, cues)
    {
        UsedCue = new bool[Tokens.Count];
        InContent = new bool[Tokens.Count];
    }

    /// <summary>The attributions found so far, in the order the patterns found them.</summary>
    public IReadOnlyList<AttributionSpan> Found => Results;

    /// <summary>Whether token <paramref name="k"/> is already the cue of an attribution.</summary>
    public bool IsCueUsed(int k) => UsedCue[k];

    /// <summary>Whether token <paramref name="k"/> is already inside an attribution's content.</summary>
    public bool IsInContent(int k) => InContent[k];

    /// <summary>The cue entry of token k when it is a cue (phrasal particle checked), else null.</summary>
    public CueEntry? CueAt(int k, out int cueEnd)
    {
        cueEnd = k;
        if (!IsWord(k) || UsedCue[k]) return null;
        // A phrasal entry whose particle follows wins; otherwise the first plain entry.
        CueEntry? plain = null;
        foreach (var entry in Cues.FindAll(Word(k)))
        {
            if (entry.Particle is { } particle)
            {
                if (!Is(k + 1, particle)) continue;
                cueEnd = k + 1;
                return entry;
            }
            plain ??= entry;
        }
        return plain;
    }

    /// <summary>
    /// Records an attribution of <paramref name="content"/> to <paramref name="source"/> with the cue tokens
    /// <paramref name="cueFirst"/> to <paramref name="cueLast"/>, unless more than half of the content's tokens are
    /// already in an earlier content (so the patterns' order is their priority); the cue tokens are used up.
    /// </summary>
    public void Add(TextSpan content, int cueFirst, int cueLast, TextSpan? source, ClaimKind kind, string? via = null)
    {
        if (content.IsEmpty) return;
        // Reject a content mostly inside an earlier one (token flags keep this linear in the text length).
        var range = Document.TokenRange(content);
        int covered = 0, total = range.End.Value - range.Start.Value;
        for (int k = range.Start.Value; k < range.End.Value; k++)
            if (InContent[k]) covered++;
        if (total == 0 || covered * 2 > total) return;
        for (int k = range.Start.Value; k < range.End.Value; k++) InContent[k] = true;
        for (int k = cueFirst; k <= cueLast; k++) UsedCue[k] = true;
        Append(new AttributionSpan
        {
            Content = content,
            Cue = SpanOf(cueFirst, cueLast),
            Source = source,
            Via = via,
            Kind = kind,
        });
    }

    /// <summary>Records <paramref name="attribution"/> as found, without the overlap check of <see cref="Add"/>.</summary>
    internal void Append(AttributionSpan attribution)
    {
        Results.Add(attribution);
        IndexResult(Results.Count - 1);
    }

    /// <summary>Replaces the attribution found at <paramref name="index"/> (its content moved or its cue narrowed).</summary>
    internal void Replace(int index, AttributionSpan attribution)
    {
        Results[index] = attribution;
        IndexResult(index);
    }

    /// <summary>
    /// Indexes into <see cref="Found"/> of the attributions whose content touches sentence <paramref name="sentence"/>
    /// (or ends right at its start) or whose cue starts in it, ascending; possibly with some that moved away since.
    /// </summary>
    internal IReadOnlyList<int> ResultsIn(int sentence) => _bySentence.TryGetValue(sentence, out var list) ? list : [];

    private void IndexResult(int i)
    {
        var r = Results[i];
        if (r.Cue is { } cue && Document.SentenceIndexAt(cue.Start) is var c and >= 0) IndexIn(c, i);
        var sentences = Document.Sentences;
        // The sentences from the first that ends after the content's start to the last that starts at or before its end.
        int lo = 0, hi = sentences.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sentences[mid].Span.End <= r.Content.Start) lo = mid + 1; else hi = mid;
        }
        for (int s = lo; s < sentences.Count && sentences[s].Span.Start <= r.Content.End; s++) IndexIn(s, i);
    }

    private void IndexIn(int sentence, int i)
    {
        if (!_bySentence.TryGetValue(sentence, out var list)) _bySentence[sentence] = list = [];
        int at = list.BinarySearch(i);
        if (at < 0) list.Insert(~at, i);
    }
}
