namespace Claims.Attribution.Learned;

/// <summary>
/// The readings applied to the ranker's kept attributions in both modes, in order: cues PolNeAR train never annotates
/// dropped (<see cref="WithoutUnannotatedCues"/>), sources from another sentence than their cue's dropped
/// (<see cref="SentenceBoundSources"/>), <see cref="SourceRepair"/> (sources
/// that name no one), <see cref="SubjectSources"/> (the subject right before the cue as a missing source, or a source
/// cut inside a name run on to its end), <see cref="NominalSubjectContent"/> (a statement noun's content ends before the sentence's verb),
/// <see cref="ObjectPhraseContent"/> (a relative "that" opens no content), <see cref="NestedSources"/> (sources that
/// belong to another attribution) and <see cref="ReporterAttributions"/> (who reports a kept attribution without
/// "that"), then <see cref="LateSpeakers"/> (speakers named after appositives or a post-modifier) and
/// <see cref="FrameRepairs"/> (naming relatives, headline reports, participles after a quotation's speaker) and
/// <see cref="PassiveReports"/> ("The issue was first reported by The Washington Post."), then <see cref="CoordinatedCues"/>
/// ("Ukraine continues to reject X and insists that Y": X is Ukraine's too) and <see cref="SpokeOfReadings"/> ("Roberts
/// spoke of the legacy of racism") and <see cref="VerbObjectReadings"/> ("NeverTrump wants Trump to lose") and
/// <see cref="ThatClauseReadings"/> ("Ginsburg said in an interview last week that …"), and last <see cref="ForToInfinitives"/>
/// ("the deadline Trump set for Russia to agree to a ceasefire" reports nothing) and <see cref="RecipientsOutsideContent"/>
/// ("told [media] they heard an explosion": the one told is no part of the content). Stateless and thread-safe.
/// </summary>
internal static class KeptAttributionRepairs
{
    /// <summary>The repaired attributions (the list itself when nothing changed).</summary>
    public static IReadOnlyList<AttributionSpan> Apply(Document document, IReadOnlyList<AttributionSpan> kept, CueLexicon lexicon, CueWordRates rates)
    {
        // In this order: each repair reads the attributions the ones before it left.
        var repaired = WithoutUnannotatedCues(document, kept, rates);
        repaired = SentenceBoundSources.Apply(document, repaired);
        repaired = SourceRepair.Apply(document, repaired);
        repaired = SubjectSources.Apply(document, repaired);
        repaired = NominalSubjectContent.Apply(document, repaired);
        repaired = NominalSubjectContent.AddReadings(document, repaired);
        repaired = ObjectPhraseContent.Apply(document, repaired);
        repaired = NestedSources.Apply(document, repaired);
        repaired = ReporterAttributions.Apply(document, repaired, lexicon);
        repaired = LateSpeakers.Apply(document, repaired, lexicon);
        repaired = FrameRepairs.Apply(document, repaired, lexicon);
        repaired = PassiveReports.Apply(document, repaired, lexicon);
        repaired = CoordinatedCues.Apply(document, repaired, lexicon);
        repaired = SpokeOfReadings.Apply(document, repaired);
        repaired = VerbObjectReadings.Apply(document, repaired, lexicon);
        repaired = ThatClauseReadings.Apply(document, repaired, lexicon);
        repaired = ForToInfinitives.Apply(document, repaired);
        return RecipientsOutsideContent.Apply(document, repaired);
    }

    /// <summary>
    /// The attributions whose one-word cue (after modifiers: "also reviewed") PolNeAR train never annotates though it occurs there at least
    /// <see cref="CueWordRates.NeverCueMinSeen"/> times ("the leaders also reviewed the potential for …": an event, not a
    /// stance) dropped; layout attributions and counter-claims stay.
    /// </summary>
    internal static IReadOnlyList<AttributionSpan> WithoutUnannotatedCues(Document document, IReadOnlyList<AttributionSpan> kept, CueWordRates rates)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(kept);
        ArgumentNullException.ThrowIfNull(rates);
        bool Unannotated(AttributionSpan a) => !a.FromLayout && a.Kind != ClaimKind.Counter && a.Cue is { } c
            && HeadVerb(document.Text.AsSpan(c.Start, c.Length).Trim()) is { IsEmpty: false } head && rates.NeverOpensCue(head);
        return kept.Any(Unannotated) ? [.. kept.Where(a => !Unannotated(a))] : kept;
    }

    /// <summary>The cue's one word, or its last after modifiers ("also reviewed", "has privately questioned"); empty otherwise.</summary>
    private static ReadOnlySpan<char> HeadVerb(ReadOnlySpan<char> cue)
    {
        while (cue.IndexOf(' ') is var space and > 0)
        {
            if (!Words.CueModifiers.Contains(cue[..space])) return [];
            cue = cue[(space + 1)..].TrimStart();
        }
        return cue.ContainsAny('\n', '\t') ? [] : cue;
    }
}
