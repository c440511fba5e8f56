namespace Claims.Attribution;

/// <summary>A passage inside quotation marks.</summary>
/// <param name="Span">From the opening mark to the closing mark, both included.</param>
/// <param name="Content">The characters between the marks.</param>
public readonly record struct Quote(TextSpan Span, TextSpan Content);

/// <summary>
/// One attribution, PolNeAR style: a <see cref="Source"/> (who), a <see cref="Cue"/> (the words that signal it) and
/// the <see cref="Content"/> (what is said or thought).
/// </summary>
public sealed record AttributionSpan
{
    /// <summary>What is said or thought.</summary>
    public required TextSpan Content { get; init; }

    /// <summary>The cue words ("said", "according to"), when present.</summary>
    public TextSpan? Cue { get; init; }

    /// <summary>The source mention as written (may be a pronoun or a role noun), when present.</summary>
    public TextSpan? Source { get; init; }

    /// <summary>Canonical per-article speaker name the source resolves to, when resolved.</summary>
    public string? Speaker { get; set; }

    /// <summary>An intermediate source ("quoted by Reuters" gives "Reuters"), when present.</summary>
    public string? Via { get; init; }

    /// <summary>How the content is voiced: <see cref="ClaimKind.DirectQuote"/>, <see cref="ClaimKind.Indirect"/> or <see cref="ClaimKind.Counter"/>.</summary>
    public required ClaimKind Kind { get; init; }

    /// <summary>
    /// Whether the page layout marks the attribution rather than its words (a transcript label "PENCE:", a signature
    /// "― Sonya Herridge"; see <see cref="DialogueAttributionFinder"/>): no model is needed to trust it, so
    /// <see cref="LearnedAttributionFinder"/> keeps it as found.
    /// </summary>
    public bool FromLayout { get; init; }
}

/// <summary>A speaker as known within one article: canonical name, roles and where it is mentioned.</summary>
/// <param name="Name">Canonical name, titles stripped ("Sergei Ryabkov").</param>
/// <param name="Roles">Titles and roles seen with the name ("Deputy Foreign Minister").</param>
/// <param name="Mentions">Every span that refers to the speaker (full names, surnames, pronouns, role nouns).</param>
public sealed record ArticleSpeaker(string Name, IReadOnlyList<string> Roles, IReadOnlyList<TextSpan> Mentions);
