using System.Collections.Frozen;

namespace Claims.Stance.Leads;

/// <summary>
/// An article-level contradiction carried by a body that opens by denying what the lead asserts. An article that
/// disputes a report says so at its start ("North Korea has moved to deny reports its leader Kim Jong-un is planning to
/// open a restaurant in Scotland", "A woman detained by Lebanese authorities was not the wife of the Islamic State
/// leader", "Christian Bale has decided to part ways with the Steve Jobs biopic"); an article that discusses a report
/// tells it first and quotes a denial later. The stance model reads the whole body and, when the body goes on to retell
/// the report, leans to "discuss"; this rule reads the body's opening instead. It applies when the lead asserts
/// (<see cref="Asserts"/>) and a claim among the body's
/// opening claims (<see cref="LeadClaims.Opening"/>) shares at least the options' content words with the lead, one of
/// them no name, asks nothing and denies the report: it is reported through a refuting cue ("X denied that ..."), calls
/// a report false ("a lie", "a hoax"; a doubt, "experts have raised doubts as to whether ...", is what a body that
/// discusses the report opens with), negates a content word the lead asserts (of no other named subject: "Bale will
/// not be playing Steve Jobs" against "Seth Rogen to Play Steve Wozniak" denies it of someone else), or says the lead's
/// subject withdrew (<see cref="Withdrawal"/>), with no condition or modal before the denial. The evidence is the most
/// similar such claim. The caller gates it with the model's reading
/// (<see cref="LeadStanceOptions.MinDisagreeWithOpeningDenial"/>). Stateless.
/// </summary>
internal static class OpeningDenial
{
    /// <summary>The opening claim that denies what the lead asserts, or null when the lead denies something itself or
    /// no claim of <paramref name="opening"/> denies its report.</summary>
    /// <param name="leadSentence">The profile of the lead claim's sentence (its framing included: "Hoax Alert: ...").</param>
    /// <param name="lead">The lead claim's profile.</param>
    /// <param name="leadClaim">The lead claim.</param>
    /// <param name="opening">The claims of the other article's opening, in text order.</param>
    /// <param name="profile">Profiles a candidate (cached by the caller).</param>
    /// <param name="minShared">Fewest content words the evidence shares with the lead.</param>
    public static Evidence? Read(TextProfile leadSentence, TextProfile lead, Claim leadClaim, IReadOnlyList<Claim> opening,
        Func<Claim, TextProfile> profile, int minShared)
    {
        if (!Asserts(leadSentence, lead, leadClaim)) return null;
        var leadStems = lead.Whole.Stems.Where(s => s is not null).ToHashSet(StringComparer.Ordinal);
        return Evidence.MostSimilar(lead, leadClaim, opening, profile, denial: true, (claim, p) =>
            Withdrawal.Asserts(lead.Whole) && Withdrawal.OfLeadSubject(lead.Whole, p.Whole, minShared) is { } withdrawn
                ? $"opens by saying the lead claim's subject withdrew ('{withdrawn}')"
                : DenyingLead.SharesContent(p.Whole, leadStems, minShared) ? How(lead.Whole, p.Whole, claim) : null);
    }

    // Words with which a lead puts its report in a possibility or a question rather than asserting it ("If Only A Bird
    // Really Did Poop on Putin", "Nasa questions whether crater was caused by meteorite", "meteorite probable cause").
    private static readonly FrozenSet<string> Uncertain = Lexicon.PossibilityMarkers
        .Concat(["probable", "probably", "likely", "unlikely"]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when the lead asserts its report: it asks nothing, calls nothing false, a rumour or in doubt
    /// ("Rumor Robert Plant Ripped Up ... Contract"), puts nothing in a possibility ("if", "whether", "probable"),
    /// negates no content word and reports no withdrawal.</summary>
    internal static bool Asserts(TextProfile leadSentence, TextProfile lead, Claim leadClaim)
    {
        if (DenyingLead.Denial(leadSentence, leadClaim) is not null || DenyingLead.BodyDenial(leadSentence) is not null) return false;
        var u = leadSentence.Whole;
        if (u.Question || lead.Whole.Negations > 0 || Withdrawal.At(lead.Whole) >= 0) return false;
        foreach (var word in u.Words)
            if (Uncertain.Contains(word.ToLowerInvariant())) return false;
        return true;
    }

    // How the opening claim denies the lead's report, in words, or null.
    private static string? How(TextUnit lead, TextUnit claim, Claim c)
    {
        if (EvidenceClaims.DenialCue(c)) return $"opens by reporting it denied ('{c.Cue}')";
        for (int j = 0; j < claim.Words.Length; j++)
            if (DenyingLead.DeniesAt(claim, j) && !Lexicon.Doubting.Contains(claim.Words[j]))
                return $"opens by calling the report false ('{claim.Words[j]}')";
        if (StanceRules.Disowning(claim) is { } phrase && phrase.Contains(' ', StringComparison.Ordinal))
            return $"opens by calling the report false ('{phrase}')";
        if (EvidenceClaims.NegatedSharedAt(lead, claim) is var negated and >= 0 && !DenyingLead.Conditional(claim, claim.Words.Length)
            && !OtherSubject(lead, claim, StanceRules.NegationStart(claim, negated)))
            return $"opens by negating '{claim.Words[negated]}', which the lead claim asserts";
        return null;
    }

    // The negation's subject is a name the lead does not use: the content word right before the negator (function
    // words such as "will", "has" skipped) is capitalized inside the claim and not a word of the lead. "Bale will not
    // be playing Steve Jobs" denies it of Bale, not of the "Seth Rogen" of "Seth Rogen to Play Steve Wozniak"; "A woman
    // detained by Lebanese authorities was not the wife ..." keeps the lead's subject open.
    private static bool OtherSubject(TextUnit lead, TextUnit claim, int negator)
    {
        for (int i = Math.Min(negator, claim.Stems.Length) - 1; i >= 0; i--)
        {
            if (claim.Stems[i] is not { } stem) continue;
            return i > 0 && claim.Capitalized[i] && Array.IndexOf(lead.Stems, stem) < 0;
        }
        return false;
    }

}
