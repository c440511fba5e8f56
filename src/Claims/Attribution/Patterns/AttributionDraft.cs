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
        Results.Add(new AttributionSpan
        {
            Content = content,
            Cue = SpanOf(cueFirst, cueLast),
            Source = source,
            Via = via,
            Kind = kind,
        });
    }
}
