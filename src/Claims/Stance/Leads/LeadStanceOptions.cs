namespace Claims.Stance.Leads;

/// <summary>
/// The named thresholds of the article-level stance of lead claims (<see cref="LeadStanceFinder"/>); immutable. The
/// probability thresholds read the stance model's output, so they belong to the model they were tuned with (the shipped
/// FNC-1 models, lexical and semantic): retune them when the model is retrained.
/// </summary>
public sealed record LeadStanceOptions
{
    /// <summary>The defaults for the shipped lexical stance model, tuned on half of the FNC-1 corpus hold-out (see
    /// benchmarks/README.md, headline-stance and the closing summary): the most recall with contradiction precision
    /// at least 0.75 on that half.</summary>
    public static LeadStanceOptions Default { get; } = new();

    /// <summary>
    /// Smallest model probability of "disagree" (the other article as a whole refutes the lead claim) for a
    /// contradiction (default 0.70: with <see cref="MinDisagreeWithOpposition"/> at 0.5, the most recall at precision
    /// 0.75 on the tune half of the FNC-1 hold-out corpus with the shipped lexical model and the evidence rule). Depends on
    /// the model.
    /// </summary>
    public double MinDisagree { get; init; } = 0.70;

    /// <summary>
    /// Smallest model probability of "disagree" for a contradiction whose evidence claim opposes the lead claim in words
    /// (a negation of a word the lead asserts, a word calling a report false, a denying cue); below
    /// <see cref="MinDisagree"/> the model's reading of a claim alone is no evidence (default 0.5, chosen with
    /// <see cref="MinDisagree"/> on the tune half of the FNC-1 hold-out corpus; 0.45 since recall round 5, with
    /// <see cref="DenyingLead"/>: precision 0.778, recall 0.429 there, against 0.784 / 0.408 at 0.5 and 0.741 / 0.408
    /// with <see cref="MinDisagree"/> 0.65; see benchmarks/README.md, recall round 5). Depends on the model.
    /// </summary>
    public double MinDisagreeWithOpposition { get; init; } = 0.45;

    /// <summary>Smallest model probability of "agree" (the other article as a whole supports the lead claim) for an
    /// agreement (default 0.58: agreement precision 0.909, recall 0.525 on the tune half of the FNC-1 hold-out corpus
    /// with the shipped lexical model, against 0.918 / 0.482 at the former 0.67, once <see cref="DenyingLead"/> drops
    /// the agreements read against a denying lead; 0.5 keeps precision 0.907 there but reads the seeds' "No Ukraine
    /// Breakthrough" headline as supported (0.55) by an article saying the sides are "quite close" to one; see
    /// benchmarks/README.md, recall round 5). The verdict must also lead "disagree" and "discuss". Depends on the model.</summary>
    public double MinAgree { get; init; } = 0.58;

    /// <summary>
    /// Smallest model probability of "agree" for a contradiction between a lead claim that calls the report it names
    /// false or doubts it ("Hoax Alert: ...", "Fake-News: ...", "X denies ...") and an article whose body tells the
    /// report without denying or doubting it anywhere (<see cref="DenyingLead"/>): the model reads the shared words as
    /// agreement, but the body asserts what the lead calls false (default 0.4, chosen on the tune half of the FNC-1
    /// hold-out corpus; 0.5 since recall round 5, lowered in round 15: "agree" ahead of "disagree" and "discuss" is what
    /// matters; "Willie Nelson Dead? ... Another Celebrity Death Hoax Makes The Rounds" against a body that tells the
    /// death reads agree 0.50, disagree 0.47; any value from 0 to 0.4 gives the same tune-half pairs; see
    /// benchmarks/README.md, recall15). Depends on the model.
    /// </summary>
    public double MinAgreeWithDenyingLead { get; init; } = 0.4;

    /// <summary>
    /// Smallest model probability of "agree" for an agreement between a lead claim that denies ("No, Banksy has not been
    /// arrested", "Boko Haram denies ceasefire claim") and an article with a claim that denies the same
    /// (<see cref="SharedDenial"/>), when the reading is no contradiction: the model reads a body reporting a denial as
    /// "discuss", though it says what the lead says (default 0.1, chosen on the tune half of the FNC-1 hold-out corpus;
    /// see benchmarks/README.md, recall round 6). Depends on the model.
    /// </summary>
    public double MinAgreeWithSharedDenial { get; init; } = 0.1;

    /// <summary>
    /// Smallest model probability of "disagree" for a contradiction between a lead claim that asserts and an article
    /// whose opening denies it (<see cref="OpeningDenial"/>), when the reading reached no verdict: the model reads a body
    /// that opens with a denial and goes on to retell the report as "discuss" (default 0.3, chosen on the tune half of
    /// the FNC-1 hold-out corpus; see benchmarks/README.md, stance round 7; 0.2 since stance8 round 8, once the rule
    /// also reads an opening claim's sentence and skips an article the model reads as supporting the lead: contradiction
    /// precision 0.803, recall 0.500 there, against 0.800 / 0.490 at 0.3, the same at 0.1). Depends on the model.
    /// </summary>
    public double MinDisagreeWithOpeningDenial { get; init; } = 0.2;

    /// <summary>
    /// Smallest model probability of "disagree" for a contradiction between a lead claim that asserts and an article
    /// that calls the report as a whole false anywhere in its body ("it didn't happen", "none of it ever happened":
    /// <see cref="ReportDenial"/>), when the reading reached no other verdict and the model does not read the article as
    /// supporting the lead (default 0.2, as <see cref="MinDisagreeWithOpeningDenial"/>: on the FNC-1 training bodies and
    /// the tune half, the bodies that say so are read as "agree" up to 0.55 and "disagree" from 0.25; see
    /// benchmarks/README.md, recall17 round 17). Depends on the model.
    /// </summary>
    public double MinDisagreeWithReportDenial { get; init; } = 0.2;

    /// <summary>How many sentences of a body, from its start, are its opening for <see cref="OpeningDenial"/> (default 2).</summary>
    public int OpeningSentences { get; init; } = 2;

    /// <summary>Largest model probability of "unrelated" for any verdict (default 0.2): a story grouper can put two
    /// events in one story. Depends on the model.</summary>
    public double MaxUnrelated { get; init; } = 0.2;

    /// <summary>Fewest content words (stems, names included) the lead claim shares with the other article (default 2):
    /// the same-event evidence a verdict needs beyond the story.</summary>
    public int MinSharedTerms { get; init; } = 2;

    /// <summary>Fewest sentences the other article needs outside its own lead to be read as a body (default 3): a
    /// headline against another headline is claim-level work.</summary>
    public int MinBodySentences { get; init; } = 3;

    /// <summary>An article without a title whose text is one paragraph of at most this many sentences (and
    /// <see cref="MaxLeadWords"/> words) is all lead (default 2): a headline given as a one-line article.</summary>
    public int MaxLeadSentences { get; init; } = 2;

    /// <summary>Most words of an untitled one-paragraph article that is all lead (default 40, the longest FNC-1
    /// headline): a longer paragraph is a short article, not a headline.</summary>
    public int MaxLeadWords { get; init; } = 40;

    /// <summary>Most lead claims read per article, in text order (default 3).</summary>
    public int MaxLeadClaims { get; init; } = 3;

    /// <summary>
    /// Most articles each lead claim is read against within its story (default 100); when a story has more, the
    /// articles sharing the most content words with the lead are read and <see cref="AnalysisReport.Warnings"/> says
    /// how many were left out. Cost per story is at most lead claims x this.
    /// </summary>
    public int MaxArticlesPerLead { get; init; } = 100;

    /// <summary>
    /// How many of the claims most similar to a disputed lead claim the stance model reads one by one against it when no
    /// claim of the other article opposes the lead in words (default 20): the evidence of an article-level contradiction
    /// must itself dispute the lead.
    /// </summary>
    public int EvidenceModelCandidates { get; init; } = 20;

    /// <summary>
    /// Smallest margin by which the model's probability of "disagree" for a claim read alone against the lead claim
    /// exceeds its "disagree" for the lead read against itself, for the claim to be a contradiction's evidence (default
    /// 0.3: a headline's own words, "fake", "reportedly", make the model read "disagree" against any text); a
    /// contradiction without such a claim, or one that opposes the lead in words, is not reported. Depends on the model.
    /// </summary>
    public double MinEvidenceDisagree { get; init; } = 0.3;

    /// <summary>When true, <see cref="LeadStanceResult.Readings"/> keeps every reading made, decided or not (to tune the
    /// thresholds or inspect them); by default (false) it is empty, which keeps memory bounded on large corpora.</summary>
    public bool KeepReadings { get; init; }

    /// <summary>Throws when a value is out of range, naming it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A probability outside [0, 1] or a count below its minimum.</exception>
    public void Validate()
    {
        Probability(MinDisagree, nameof(MinDisagree));
        Probability(MinAgree, nameof(MinAgree));
        Probability(MaxUnrelated, nameof(MaxUnrelated));
        Probability(MinEvidenceDisagree, nameof(MinEvidenceDisagree));
        Probability(MinDisagreeWithOpposition, nameof(MinDisagreeWithOpposition));
        Probability(MinAgreeWithDenyingLead, nameof(MinAgreeWithDenyingLead));
        Probability(MinAgreeWithSharedDenial, nameof(MinAgreeWithSharedDenial));
        Probability(MinDisagreeWithOpeningDenial, nameof(MinDisagreeWithOpeningDenial));
        Probability(MinDisagreeWithReportDenial, nameof(MinDisagreeWithReportDenial));
        if (OpeningSentences < 0) throw new ArgumentOutOfRangeException(nameof(OpeningSentences), OpeningSentences, "Must be 0 or more.");
        if (EvidenceModelCandidates < 0) throw new ArgumentOutOfRangeException(nameof(EvidenceModelCandidates), EvidenceModelCandidates, "Must be 0 or more.");
        if (MinSharedTerms < 0) throw new ArgumentOutOfRangeException(nameof(MinSharedTerms), MinSharedTerms, "Must be 0 or more.");
        if (MinBodySentences < 1) throw new ArgumentOutOfRangeException(nameof(MinBodySentences), MinBodySentences, "At least one sentence.");
        if (MaxLeadSentences < 1) throw new ArgumentOutOfRangeException(nameof(MaxLeadSentences), MaxLeadSentences, "At least one sentence.");
        if (MaxLeadWords < 1) throw new ArgumentOutOfRangeException(nameof(MaxLeadWords), MaxLeadWords, "At least one word.");
        if (MaxLeadClaims < 1) throw new ArgumentOutOfRangeException(nameof(MaxLeadClaims), MaxLeadClaims, "At least one claim.");
        if (MaxArticlesPerLead < 1) throw new ArgumentOutOfRangeException(nameof(MaxArticlesPerLead), MaxArticlesPerLead, "At least one article.");
    }

    private static void Probability(double value, string name)
    {
        if (!(value >= 0 && value <= 1)) throw new ArgumentOutOfRangeException(name, value, "Must be a probability in [0, 1].");
    }
}
