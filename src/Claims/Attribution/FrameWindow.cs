namespace Claims.Attribution;

/// <summary>
/// The attribution drafts whose frames touch each sentence (<c>Frame.Start &lt;= sentence.End &amp;&amp; Frame.End &gt;=
/// sentence.Start</c>), in the drafts' list order, for sentences asked in text order: the same lists as testing every
/// draft against every sentence, without that quadratic scan. A draft joins the window once its frame starts before
/// the sentence's end and leaves it once its frame ends before a sentence's start. Exact while frames change as
/// <see cref="LeftoverPlacement"/> changes them, because it changes only drafts of the list just returned: a draft that
/// has not joined still has the frame it was sorted by, and one that left (its frame ended before a sentence, hence
/// before every later one) is never changed again. Once a sentence comes out of text order, every call scans all. One
/// instance per document; not thread-safe.
/// </summary>
internal sealed class FrameWindow
{
    private readonly List<AttributedDraft> _drafts;
    // The drafts' indices by the start of their frames (as built: a draft is extended only after it joined).
    private readonly int[] _byStart;
    private int _next;
    // The indices of the drafts that joined and have not left, in increasing order.
    private readonly List<int> _window = [];
    private TextSpan? _last;
    // Set for good once a sentence came out of text order: the window no longer knows which frames changed.
    private bool _unordered;

    public FrameWindow(List<AttributedDraft> drafts)
    {
        _drafts = drafts;
        _byStart = new int[drafts.Count];
        var starts = new int[drafts.Count];
        for (int i = 0; i < drafts.Count; i++) { _byStart[i] = i; starts[i] = drafts[i].Frame.Start; }
        // Equal starts join in any order: the window is kept sorted by index.
        Array.Sort(starts, _byStart);
    }

    /// <summary>The drafts whose frames touch <paramref name="sentence"/>, in list order.</summary>
    public List<AttributedDraft> Touching(TextSpan sentence)
    {
        if (_unordered || _last is { } last && (sentence.Start < last.Start || sentence.End < last.End))
        {
            _unordered = true;
            return _drafts.Where(d => Touches(d, sentence)).ToList();
        }
        _last = sentence;
        while (_next < _byStart.Length && _drafts[_byStart[_next]].Frame.Start <= sentence.End)
        {
            int index = _byStart[_next++];
            int at = _window.BinarySearch(index);
            _window.Insert(~at, index);
        }
        var near = new List<AttributedDraft>();
        int kept = 0;
        for (int k = 0; k < _window.Count; k++)
        {
            int index = _window[k];
            var d = _drafts[index];
            // Ended before this sentence: before every later one too.
            if (d.Frame.End < sentence.Start) continue;
            _window[kept++] = index;
            if (Touches(d, sentence)) near.Add(d);
        }
        _window.RemoveRange(kept, _window.Count - kept);
        return near;
    }

    private static bool Touches(AttributedDraft d, TextSpan sentence) => d.Frame.Start <= sentence.End && d.Frame.End >= sentence.Start;
}
