namespace Claims.Segmentation;

/// <summary>
/// A view into a document: the tokens the document stages produced for one span (a claim's content, or a whole free
/// text), and that span's sentences as <see cref="SentenceSegmenter"/> splits them. What the stance profile reads, so
/// that one tokenizer and one sentence segmenter serve extraction and stance alike. Offsets index into
/// <see cref="Text"/> (the document text). Immutable; two views are equal when they cover the same span of equal texts.
/// </summary>
public sealed class TextView : IEquatable<TextView>
{
    // Stateless and thread-safe.
    private static readonly Tokenizer SharedTokenizer = new();
    private readonly IReadOnlyList<Token> _tokens;
    // The same layer when it is a list (as the segmenter writes it): indexed without an interface call on the hot path.
    private readonly List<Token>? _list;
    private readonly int _first, _end;
    private (int First, int End)[]? _sentences;

    private TextView(string text, IReadOnlyList<Token> tokens, int first, int end, TextSpan span)
    {
        Text = text;
        _tokens = tokens;
        _list = tokens as List<Token>;
        _first = first;
        _end = end;
        Span = span;
    }

    /// <summary>The document text the offsets index into.</summary>
    public string Text { get; }

    /// <summary>The span viewed.</summary>
    public TextSpan Span { get; }

    /// <summary>Number of tokens in the view.</summary>
    public int Count => _end - _first;

    /// <summary>Token <paramref name="index"/> of the view (0 is its first), clipped to <see cref="Span"/>.</summary>
    public Token this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            var t = _list is { } list ? list[_first + index] : _tokens[_first + index];
            // A token running past the span's end (the span cuts a word) is cut where the span ends.
            return t.End <= Span.End ? t : t with { End = Span.End };
        }
    }

    /// <summary>The viewed characters.</summary>
    public string SpanText => Text.Substring(Span.Start, Span.Length);

    /// <summary>
    /// The sentences of the view as token index ranges <c>[First, End)</c> (view indices): the segmenter's boundaries
    /// inside the span, and a line break between two tokens. Computed on first use.
    /// </summary>
    internal (int First, int End)[] Sentences => _sentences ??= Split();

    // What was worked out for the view and kept with it (see Memo).
    private MemoEntry? _memo;

    /// <summary>
    /// What <paramref name="compute"/> gives for this view and <paramref name="state"/>, worked out on first use per
    /// (<paramref name="key"/>, <paramref name="detail"/>), compared by reference, and then shared: a claim's matching
    /// features are read by the claim index of its story, the index of the reading pairs, the gate and the rumour finder
    /// (key: the term extractor, detail: the concept lexicon), its stance profile by the rule readings and the stance
    /// classifier (key: the featurizer). <paramref name="compute"/> must be a pure function of the view and the key;
    /// racing threads may both compute it, and all get the value kept first. The result is shared: callers only read it.
    /// </summary>
    internal T Memo<TState, T>(object key, object? detail, TState state, Func<TState, TextView, T> compute) where T : class
    {
        if (Find(Volatile.Read(ref _memo), key, detail) is { } known) return (T)known;
        var value = compute(state, this);
        while (true)
        {
            // A thread that lost the race returns the value kept first, so every caller reads one object.
            var head = Volatile.Read(ref _memo);
            if (Find(head, key, detail) is { } kept) return (T)kept;
            if (Interlocked.CompareExchange(ref _memo, new MemoEntry(key, detail, value, head), head) == head) return value;
        }
    }

    private static object? Find(MemoEntry? entry, object key, object? detail)
    {
        for (var e = entry; e is not null; e = e.Next)
            if (ReferenceEquals(e.Key, key) && ReferenceEquals(e.Detail, detail)) return e.Value;
        return null;
    }

    private sealed record MemoEntry(object Key, object? Detail, object Value, MemoEntry? Next);

    /// <summary>The view of <paramref name="span"/> in <paramref name="document"/>, whose sentences and tokens are set.</summary>
    public static TextView Of(Document document, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(document);
        // The document's token layer itself, not a copy: a view costs its two indices.
        var range = document.TokenRange(span);
        return new TextView(document.Text, document.Tokens, range.Start.Value, range.End.Value, span);
    }

    /// <summary>
    /// A free text (a headline, an article body, a sentence) segmented by the document stages as an article's
    /// paragraphs are: each non-blank line a paragraph, tokenized and split into sentences by
    /// <see cref="SentenceSegmenter"/>.
    /// </summary>
    public static TextView Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var document = new Document(new Article("text", text)) { Paragraphs = Lines(text) };
        new SentenceSegmenter().Process(document, CancellationToken.None);
        return new TextView(text, document.Tokens, 0, document.Tokens.Count, new TextSpan(0, text.Length));
    }

    /// <summary>
    /// A free text's tokens without a document: the tokenizer the document stages use, over the whole text (its tokens
    /// are those <see cref="Of(string)"/> finds, which tokenizes line by line; no token crosses a line break). For
    /// matching, which reads tokens only; the sentences are split on first use as <see cref="Of(string)"/> splits them.
    /// </summary>
    internal static TextView Tokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = SharedTokenizer.Tokenize(text);
        return new TextView(text, tokens, 0, tokens.Count, new TextSpan(0, text.Length));
    }

    private static List<TextSpan> Lines(string text)
    {
        var lines = new List<TextSpan>();
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n') continue;
            int s = start, e = i;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s) lines.Add(new TextSpan(s, e));
            start = i + 1;
        }
        return lines;
    }

    private (int First, int End)[] Split()
    {
        var ranges = new List<(int First, int End)>();
        var local = new List<Token>(Count);
        for (int i = 0; i < Count; i++) local.Add(this[i]);
        int start = 0;
        for (int i = 1; i <= local.Count; i++)
        {
            if (i < local.Count && !HasLineBreak(local[i - 1].End, local[i].Start)) continue;
            SentenceSegmenter.SplitTokens(Text, local, start, i, ranges, CancellationToken.None);
            start = i;
        }
        return [.. ranges];
    }

    private bool HasLineBreak(int from, int to) => Text.AsSpan(from, to - from).Contains('\n');

    /// <inheritdoc />
    public bool Equals(TextView? other) =>
        other is not null && Span == other.Span && (ReferenceEquals(Text, other.Text) || string.Equals(Text, other.Text, StringComparison.Ordinal));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TextView);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Span, Text.Length);
}
