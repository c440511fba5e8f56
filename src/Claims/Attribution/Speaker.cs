namespace Claims.Attribution;

/// <summary>A speaker across all analyzed articles: one id per person or organization.</summary>
/// <param name="Id">Stable id within one analysis.</param>
/// <param name="Name">Canonical name (titles stripped).</param>
/// <param name="Roles">Titles and roles seen with the name.</param>
/// <param name="Mentions">Every mention in every article.</param>
public sealed record Speaker(string Id, string Name, IReadOnlyList<string> Roles, IReadOnlyList<SpeakerMention> Mentions);

/// <summary>One mention of a speaker.</summary>
/// <param name="ArticleId">The article it is in.</param>
/// <param name="Span">Its characters in that article's text.</param>
/// <param name="Text">The mention as written.</param>
public sealed record SpeakerMention(string ArticleId, TextSpan Span, string Text);

/// <summary>Links per-article speakers into cross-article entities and sets <see cref="Claim.SpeakerId"/>.</summary>
public interface ISpeakerLinker
{
    /// <summary>Assigns speaker ids across <paramref name="documents"/> (replacing their claims) and returns the speakers.</summary>
    IReadOnlyList<Speaker> Link(IReadOnlyList<Document> documents, CancellationToken cancellationToken);
}
