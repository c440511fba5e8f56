namespace Claims.Attribution.Patterns;

/// <summary>
/// One construct that attributes words to a source ("according to X", "“…,” X said", "X told Y that …"). A pattern
/// is stateless and thread-safe; its identity is its type (<c>builder.RemoveAttributionPattern&lt;AccordingToPattern&gt;()</c>)
/// and <see cref="Name"/> names it in case tables and diagnostics. Patterns run in the order of their list
/// (<see cref="AttributionPatterns.Default"/>): a content mostly covered by an earlier one is not added again, so the
/// order is the priority. Implement one of <see cref="IQuotePattern"/>, <see cref="ISentencePattern"/>,
/// <see cref="ICuePattern"/> or <see cref="IDocumentPattern"/>.
/// </summary>
public interface IAttributionPattern
{
    /// <summary>Short kebab-case name ("according-to"), unique in a pattern list.</summary>
    string Name { get; }
}

/// <summary>A pattern offered each quotation (of two words or more, not a title) in text order.</summary>
public interface IQuotePattern : IAttributionPattern
{
    /// <summary>
    /// Tries to attribute quotation <paramref name="quote"/> (an index into <see cref="Document.Quotes"/>). Returns
    /// true when the quotation is taken (later quote patterns are not offered it); <paramref name="lastQuote"/> is the
    /// last quotation the attribution covers (a split quote covers the ones after it), else <paramref name="quote"/>.
    /// </summary>
    bool TryAttribute(AttributionDraft draft, int quote, out int lastQuote);
}

/// <summary>A pattern offered every sentence of three tokens or more.</summary>
public interface ISentencePattern : IAttributionPattern
{
    /// <summary>The sentences the pattern reads: body sentences, headings or both.</summary>
    SentenceKinds Reads { get; }

    /// <summary>Adds the pattern's attributions in <paramref name="sentence"/> to <paramref name="draft"/>.</summary>
    void Attribute(AttributionDraft draft, SentenceTokens sentence);
}

/// <summary>
/// A pattern offered each cue word of a body sentence outside long quotations: verbs of saying first, then the other
/// cue classes, each word offered to consecutive cue patterns in order until one takes it.
/// </summary>
public interface ICuePattern : IAttributionPattern
{
    /// <summary>Tries to attribute around <paramref name="cue"/>; true when the cue is taken.</summary>
    bool TryAttribute(AttributionDraft draft, SentenceTokens sentence, CueMatch cue);
}

/// <summary>A pattern run once over the whole document at its place in the list (e.g. to extend what came before).</summary>
public interface IDocumentPattern : IAttributionPattern
{
    /// <summary>Adds or extends attributions of the whole document.</summary>
    void Attribute(AttributionDraft draft, CancellationToken cancellationToken);
}

/// <summary>Which sentences a <see cref="ISentencePattern"/> reads.</summary>
[Flags]
public enum SentenceKinds
{
    /// <summary>Running text.</summary>
    Body = 1,

    /// <summary>Titles and headings (<see cref="Segmentation.Sentence.IsHeading"/>).</summary>
    Heading = 2,

    /// <summary>Both.</summary>
    All = Body | Heading,
}

/// <summary>A sentence as token indexes: tokens <c>[First, End)</c> of <see cref="Document.Tokens"/>.</summary>
/// <param name="Index">The sentence's index in <see cref="Document.Sentences"/>.</param>
/// <param name="First">Its first token.</param>
/// <param name="End">One past its last token.</param>
/// <param name="IsHeading">Whether it is a title or heading.</param>
public readonly record struct SentenceTokens(int Index, int First, int End, bool IsHeading);

/// <summary>A cue word in a sentence: tokens <c>[First, Last]</c> ("point out" spans two) and its lexicon entry.</summary>
public readonly record struct CueMatch(int First, int Last, CueEntry Entry);

/// <summary>Bounds that keep every pattern's work per cue or quote constant.</summary>
internal static class PatternLimits
{
    /// <summary>Longest source noun phrase, in tokens.</summary>
    public const int MaxSourceTokens = 10;

    /// <summary>Longest content, in tokens: run-on "sentences" (no punctuation for pages) are cut here.</summary>
    public const int MaxContentTokens = 250;
}
