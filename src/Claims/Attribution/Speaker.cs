namespace Claims.Attribution;

/// <summary>Links per-article speakers into cross-article entities and sets <see cref="Claim.SpeakerId"/>.</summary>
public interface ISpeakerLinker
{
    /// <summary>Assigns speaker ids across <paramref name="documents"/> (replacing their claims) and returns the speakers.</summary>
    IReadOnlyList<Speaker> Link(IReadOnlyList<Document> documents, CancellationToken cancellationToken);
}
