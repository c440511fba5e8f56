namespace Claims;

/// <summary>How a claim is voiced.</summary>
public enum ClaimKind
{
    /// <summary>The outlet's own voice: no attribution (speaker null).</summary>
    Author,
    /// <summary>The article's headline or a sub-heading, in the outlet's voice.</summary>
    Headline,
    /// <summary>Words inside quotation marks attributed to a speaker.</summary>
    DirectQuote,
    /// <summary>Reported speech or thought ("X said that ...", "according to X").</summary>
    Indirect,
    /// <summary>
    /// A claim the article reports only by contrast ("contrary to earlier statements from Trump"): the named speaker's
    /// opposite claim, spanning the phrase.
    /// </summary>
    Counter,
}

/// <summary>
/// One attributed claim: what is claimed (<see cref="Span"/> into the article's text), by whom and through which cue.
/// </summary>
public sealed record Claim
{
    /// <summary>Identifier, unique within an analysis: <c>articleId#n</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The article the claim comes from.</summary>
    public required string ArticleId { get; init; }

    /// <summary>The claim content's characters in the article text.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>The content text: exactly the article text at <see cref="Span"/>.</summary>
    public required string Text { get; init; }

    /// <summary>How the claim is voiced.</summary>
    public required ClaimKind Kind { get; init; }

    /// <summary>
    /// The claim's view into its document: the tokens and sentences the document stages produced for
    /// <see cref="Span"/>, which stance profiling reads instead of tokenizing <see cref="Text"/> again. Set by
    /// <see cref="Attribution.ClaimBuilder"/>; null for a claim made from a plain string (<see cref="FromText"/>), which
    /// is then segmented by the same stages when profiled.
    /// </summary>
    public Segmentation.TextView? View { get; init; }

    /// <summary>Canonical name of the speaker, or null for the outlet's own voice.</summary>
    public string? Speaker { get; init; }

    /// <summary>Cross-article entity id of the speaker (same person, same id), or null.</summary>
    public string? SpeakerId { get; init; }

    /// <summary>The mention of the speaker in this attribution (may be a pronoun), or null.</summary>
    public TextSpan? SpeakerSpan { get; init; }

    /// <summary>The attribution cue as written ("said", "according to"), or null.</summary>
    public string? Cue { get; init; }

    /// <summary>The cue's characters, or null.</summary>
    public TextSpan? CueSpan { get; init; }

    /// <summary>An intermediate source the speaker is reported through ("quoted by Reuters"), or null.</summary>
    public string? Via { get; init; }

    /// <summary>
    /// For an attributed claim: the attribution as written, from its first to its last character: the claim, the
    /// speaker mention, the cue and the phrases around them that set the scene and are no claim of their own
    /// ("Speaking to CNN after arriving in Washington, Dmitriev insisted that …", "…, accompanied by a dove emoji").
    /// Contains <see cref="Span"/>; null for the outlet's own claims and for a claim made from a plain string.
    /// </summary>
    public TextSpan? Frame { get; init; }

    /// <summary>
    /// For a <see cref="ClaimKind.Counter"/> claim: the id of the claim it reports the opposite of ("X had not been
    /// cancelled, contrary to earlier statements from Trump" makes Trump's counter-claim oppose X's claim); else null.
    /// </summary>
    public string? Opposes { get; init; }

    /// <summary>Index of the sentence the claim starts in.</summary>
    public int Sentence { get; init; }

    /// <summary>
    /// The claim's meaning as a vector, set by a sentence-encoder stage (<c>UseSemantic()</c> of the
    /// <c>Claims.Semantic</c> package); null in the lexical pipeline. Not written to reports.
    /// </summary>
    public Embeddings.Embedding? Embedding { get; init; }

    /// <summary>
    /// A claim in the outlet's own voice covering the whole of <paramref name="text"/>, for feeding plain sentences
    /// to the matching and stance APIs (<see cref="Matching.ClaimIndex"/>, <see cref="Stance.IStanceClassifier"/>).
    /// </summary>
    /// <param name="articleId">The article (or corpus document) the text comes from.</param>
    /// <param name="number">The text's position in that article; the id is <c>articleId#number</c>.</param>
    /// <param name="text">The claim text.</param>
    public static Claim FromText(string articleId, int number, string text)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        ArgumentNullException.ThrowIfNull(text);
        return new Claim
        {
            Id = $"{articleId}#{number}",
            ArticleId = articleId,
            Span = new TextSpan(0, text.Length),
            Text = text,
            Kind = ClaimKind.Author,
            Sentence = number,
        };
    }
}
