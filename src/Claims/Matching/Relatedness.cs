namespace Claims.Matching;

/// <summary>
/// Every "related enough" threshold of the analysis, in one place. Three measures are thresholded, each where it is
/// computed, so the same number means different things on each line; the values are the tuned ones (seeds, FNC-1,
/// PolNeAR). Immutable: change a value with <c>Relatedness.Default with { ... }</c> and hand the copy to
/// <see cref="ClaimIndexOptions"/> and <see cref="Stance.StanceClassifier.Relatedness"/>.
/// <list type="bullet">
/// <item><b>Candidate similarity</b> (pairing): IDF-weighted cosine of two claims' index features (words, names,
/// numbers, concepts) in <see cref="ClaimIndex"/>.</item>
/// <item><b>Same-subject share</b> (rules): share of the smaller side's content words, outside the words a rule compares,
/// that the other side has too or a synonym of (<see cref="Stance.StancePair.SameSubject(IReadOnlyCollection{string})"/>).</item>
/// <item><b>Model overlap</b> (stance model alone): the smaller of the two IDF-weighted coverages of one claim's terms by
/// the other (features <c>coverA_best</c>, <c>coverB_best</c>).</item>
/// </list>
/// </summary>
public sealed record Relatedness
{
    /// <summary>The tuned thresholds.</summary>
    public static Relatedness Default { get; } = new();

    /// <summary>
    /// Candidate similarity of the claim index on large corpora (0.3, <see cref="ClaimIndexOptions.Default"/>): on FNC-1 and
    /// PolNeAR sentences (the <c>bands</c> benchmark command) pairs from 0.3 up mostly share the rarer content words of
    /// one story, pairs from 0.2 to 0.3 mostly one name or a common word.
    /// </summary>
    public double ScaleCandidateSimilarity { get; init; } = 0.3;

    /// <summary>
    /// Candidate similarity the analyzer pairs a handful of articles with (0.12, <see cref="ClaimIndexOptions.ForArticles"/>,
    /// concept features on): with few claims a false candidate costs one stance verdict (usually neutral), a missed one
    /// hides a contradiction.
    /// </summary>
    public double ArticleCandidateSimilarity { get; init; } = 0.12;

    /// <summary>Same-subject share a rule needs before comparing two claims (0.3).</summary>
    public double SameSubjectShare { get; init; } = 0.3;

    /// <summary>Same-subject share when the rule compares a single word that could occur in any story (a refuting word, a
    /// lexicon antonym pair): 0.5.</summary>
    public double StrictSameSubjectShare { get; init; } = 0.5;

    /// <summary>Same-subject share for two denials of the same word to agree (0.2): the shared denied word is itself
    /// strong evidence of one subject.</summary>
    public double LooseSameSubjectShare { get; init; } = 0.2;

    /// <summary>
    /// Model overlap from which the stance model alone may decide a contradiction (0.35): the model learned headline
    /// versus body stance, and seed pairs showed confident "disagree" between claims about different meetings at 0.09.
    /// </summary>
    public float ModelContradictionOverlap { get; init; } = 0.35f;

    /// <summary>
    /// Cosine of the two texts' vectors (when the profiles carry them) from which a weekday, a month or a year matched
    /// alone agrees (<see cref="Stance.NumberRule"/>): election coverage has a Tuesday in every week and a 2008 in every
    /// story, and two texts dating different happenings to one of them share a word around it more often than a meaning
    /// (0.45: on PolNeAR train 558 of 1169 such agreements fell below it, all false in a sample of 20; on FNC-1 folders
    /// 1 and 2, 15 of 125 and 18 of 158, about half of them right).
    /// </summary>
    public float DateAgreementMeaning { get; init; } = 0.45f;

    /// <summary>Model overlap from which the stance model alone may decide agreement (0.45): claims about one person's
    /// different trips share names and places without saying the same thing; fragments reached 0.20.</summary>
    public float ModelAgreementOverlap { get; init; } = 0.45f;

    /// <summary>
    /// Model agreement probability above which a lower overlap suffices (<see cref="ConfidentAgreementOverlap"/>): a
    /// headline and a body sentence that paraphrase it ("Vigilantes cut off alleged rapist's penis" / "A man had his
    /// penis cut off by an angry mob for attempting to rape a teenager") share few words, and the long side's
    /// coverage keeps their overlap low.
    /// </summary>
    public float ConfidentAgreement { get; init; } = 0.85f;

    /// <summary>Model overlap from which a confident model agreement (<see cref="ConfidentAgreement"/>) decides (0.25).</summary>
    public float ConfidentAgreementOverlap { get; init; } = 0.25f;

    /// <summary>Model overlap from which a related pair with no negation asymmetry and no antonym agrees even when the
    /// model calls it "discuss" (0.6): single claims sharing this much say the same thing.</summary>
    public float ParaphraseOverlap { get; init; } = 0.6f;
}
