namespace Claims.Segmentation;

/// <summary>What kind of characters a token is made of.</summary>
public enum TokenKind
{
    /// <summary>Letters (with inner apostrophes, hyphens or abbreviation periods).</summary>
    Word,
    /// <summary>Digits, possibly with separators, decimals or a percent sign.</summary>
    Number,
    /// <summary>A quotation mark, straight or typographic.</summary>
    Quote,
    /// <summary>Any other punctuation or symbol.</summary>
    Punctuation,
}

/// <summary>A token: a span of the document text and its kind.</summary>
/// <param name="Start">First character.</param>
/// <param name="End">One past the last character.</param>
/// <param name="Kind">Kind of token.</param>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    /// <summary>The token's span.</summary>
    public TextSpan Span => new(Start, End);

    /// <summary>The token's characters in <paramref name="text"/>.</summary>
    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, End - Start);
}

/// <summary>A sentence and the paragraph it belongs to.</summary>
/// <param name="Span">The sentence span, trimmed of surrounding white space.</param>
/// <param name="Paragraph">Index into <see cref="Document.Paragraphs"/>.</param>
/// <param name="IsHeading">True for a headline or sub-heading line (no final punctuation, title-like).</param>
public readonly record struct Sentence(TextSpan Span, int Paragraph, bool IsHeading = false);

/// <summary>Why a span of the page is furniture rather than article text.</summary>
public enum FurnitureKind
{
    /// <summary>"Written by ...", "By ...".</summary>
    Byline,
    /// <summary>A dateline or timestamp line.</summary>
    Date,
    /// <summary>Photo or image credit ("ID1974 / Shutterstock.com").</summary>
    PhotoCredit,
    /// <summary>Site navigation and widgets ("Trending Now", "Add Comment", "Read more on ...").</summary>
    Navigation,
    /// <summary>A short section label ("World").</summary>
    SectionLabel,
    /// <summary>A wire or agency tag at the start of a paragraph ("(MENAFN)").</summary>
    AgencyTag,
}

/// <summary>A span of page furniture and its kind.</summary>
/// <param name="Span">The furniture's characters.</param>
/// <param name="Kind">What it is.</param>
public readonly record struct Furniture(TextSpan Span, FurnitureKind Kind);
