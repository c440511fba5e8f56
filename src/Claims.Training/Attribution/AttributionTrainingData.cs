namespace Claims.Training.Attribution;

/// <summary>An annotated attribution, for training: its content, cue and source spans, and whether the cue is a verb of saying.</summary>
/// <param name="Content">What is attributed.</param>
/// <param name="Cue">The cue's spans (a cue may be discontinuous); empty when the annotation has none.</param>
/// <param name="Source">The source's spans; empty when the annotation has none.</param>
/// <param name="IsSpeech">True when the cue is a verb of saying (the library's headline figure counts these).</param>
public sealed record AnnotatedAttribution(TextSpan Content, IReadOnlyList<TextSpan> Cue, IReadOnlyList<TextSpan> Source, bool IsSpeech);

/// <summary>
/// A training document: one that went through the library's rule-based stages (<c>DefaultComponents.RuleStages</c>,
/// so its attributions are the rules' own), with its annotated attributions.
/// </summary>
/// <param name="Document">The analysed document.</param>
/// <param name="Gold">Its annotated attributions.</param>
public sealed record AnnotatedDocument(Document Document, IReadOnlyList<AnnotatedAttribution> Gold);

/// <summary>Settings of <see cref="LearnedAttributionTrainer.Train(IReadOnlyList{AnnotatedDocument}, LearnedAttributionOptions?, Action{string}?)"/>. The defaults are the ones the shipped model was trained with.</summary>
public sealed record LearnedAttributionOptions
{
    /// <summary>Perceptron epochs of the tagger.</summary>
    public int Epochs { get; init; } = 8;

    /// <summary>The tagger has 2^Bits hashed feature slots.</summary>
    public int Bits { get; init; } = 18;

    /// <summary>Seed of the tagger's document order and of the ranker.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>
    /// Taggers trained (seeds <see cref="Seed"/>, <see cref="Seed"/> + 1, …) whose weights are averaged into the one the
    /// model keeps, for the final tagger and for each fold's; 1: a single tagger.
    /// </summary>
    public int TaggerSeeds { get; init; } = 1;

    /// <summary>Folds of the out-of-fold candidates the ranker is trained on.</summary>
    public int Folds { get; init; } = 5;

    /// <summary>Boosted trees of the ranker.</summary>
    public int Trees { get; init; } = 100;

    /// <summary>Leaves per ranker tree.</summary>
    public int Leaves { get; init; } = 16;

    /// <summary>Whether the tagger reads the rule-based attributions' tags as features.</summary>
    public bool UseRuleTags { get; init; } = true;
}
