using Claims.Attribution;
using Claims.Segmentation;

namespace Claims;

/// <summary>
/// The working state of one article while the pipeline runs, in the spaCy / Catalyst style: the document owns the
/// text and every layer (paragraphs, sentences, tokens, quotes, attributions, claims) is a list of spans into that
/// same text. Each stage fills the layers it is responsible for and never rewrites <see cref="Text"/>.
/// A document is filled by one thread; once the pipeline has run it is only read.
/// </summary>
public sealed class Document
{
    /// <summary>Creates an empty document for <paramref name="article"/>.</summary>
    public Document(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        Article = article;
    }

    /// <summary>The article this document analyses.</summary>
    public Article Article { get; }

    /// <summary>The article text; all spans index into it.</summary>
    public string Text => Article.Text;

    /// <summary>The headline, when the first line reads as one.</summary>
    public TextSpan? Title { get; set; }

    /// <summary>Page furniture (bylines, dates, photo credits, "Trending Now", section labels): never claims.</summary>
    public IReadOnlyList<Furniture> Furniture { get; set; } = [];

    /// <summary>Headline and sub-heading paragraphs (also listed in <see cref="Paragraphs"/>): the outlet's voice, no final punctuation.</summary>
    public IReadOnlyList<TextSpan> Headings { get; set; } = [];

    /// <summary>Paragraphs (non-empty lines or blocks), excluding furniture; the title, when present, is the first.</summary>
    public IReadOnlyList<TextSpan> Paragraphs { get; set; } = [];

    /// <summary>Sentences in text order.</summary>
    public IReadOnlyList<Sentence> Sentences { get; set; } = [];

    /// <summary>Tokens in text order, covering the sentences.</summary>
    public IReadOnlyList<Token> Tokens { get; set; } = [];

    /// <summary>Quoted passages (the quotation marks included in <see cref="Quote.Span"/>).</summary>
    public IReadOnlyList<Quote> Quotes { get; set; } = [];

    /// <summary>Attributions found: who (source) says (cue) what (content).</summary>
    public IReadOnlyList<AttributionSpan> Attributions { get; set; } = [];

    /// <summary>Per-article speakers: canonical names with their mentions.</summary>
    public IReadOnlyList<ArticleSpeaker> Speakers { get; set; } = [];

    /// <summary>The claims built from the layers above.</summary>
    public IReadOnlyList<Claim> Claims { get; set; } = [];

    /// <summary>
    /// The article's meaning as a whole (the unit-length mean of its claims' vectors), set by a sentence-encoder
    /// stage; null in the lexical pipeline. Each claim's own vector is <see cref="Claim.Embedding"/>.
    /// </summary>
    public Embeddings.Embedding? Embedding { get; set; }

    /// <summary>The substring a span covers.</summary>
    public string GetText(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>Index of the sentence containing <paramref name="position"/>, or -1.</summary>
    public int SentenceIndexAt(int position)
    {
        // The layers are lists or arrays almost always: searched as a span, without an interface call per step (the
        // learned stage asks this several times for each of its candidates).
        var sentences = AsSpan(Sentences);
        if (sentences.Length != Sentences.Count) return SentenceIndexAtSlow(position);
        int lo = 0, hi = sentences.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var s = sentences[mid].Span;
            if (position < s.Start) hi = mid - 1;
            else if (position >= s.End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    private int SentenceIndexAtSlow(int position)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var s = Sentences[mid].Span;
            if (position < s.Start) hi = mid - 1;
            else if (position >= s.End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    /// <summary>Tokens whose start lies in <paramref name="span"/>, as an index range into <see cref="Tokens"/>.</summary>
    public Range TokenRange(TextSpan span)
    {
        int first = LowerBound(span.Start);
        int last = LowerBound(span.End);
        return first..last;
    }

    private int LowerBound(int position)
    {
        var tokens = AsSpan(Tokens);
        if (tokens.Length != Tokens.Count) return LowerBoundSlow(position);
        // A long document's tokens are found through the index of their starts by text block (built once per token
        // layer): a binary search over hundreds of thousands of tokens misses the cache at most of its steps, and the
        // learned stage asks several times for each of its tens of thousands of candidates.
        if (tokens.Length >= TokenStartIndex.MinTokens)
        {
            var index = _tokenIndex;
            if (index is null || !index.Indexes(Tokens, tokens.Length))
                _tokenIndex = index = new TokenStartIndex(Tokens, tokens, Text.Length);
            if (index.TryLowerBound(tokens, position, out int found)) return found;
        }
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    // The index of the token layer's starts (null until a long document's tokens are first searched); replaced when the
    // layer is. Built whole before it is published, so threads that read a finished document may race to build it.
    private TokenStartIndex? _tokenIndex;

    private int LowerBoundSlow(int position)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Tokens[mid].Start < position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>The items of a list or array layer as a span; empty for any other kind of list.</summary>
    private static ReadOnlySpan<T> AsSpan<T>(IReadOnlyList<T> items) => items switch
    {
        T[] array => array,
        List<T> list => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list),
        _ => [],
    };
}
