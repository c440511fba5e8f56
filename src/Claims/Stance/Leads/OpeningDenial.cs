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
    /// <param name="sentence">Profiles the sentence a candidate is in, or null: when no claim denies the report in its own
    /// words, the claims that share a content word with the lead are read again through their sentences
    /// (<see cref="InSentence"/>).</param>
    public static Evidence? Read(TextProfile leadSentence, TextProfile lead, Claim leadClaim, IReadOnlyList<Claim> opening,
        Func<Claim, TextProfile> profile, int minShared, Func<Claim, TextProfile>? sentence = null)
    {
        if (!Asserts(leadSentence, lead, leadClaim)) return null;
        var leadStems = lead.Whole.Stems.Where(s => s is not null).ToHashSet(StringComparer.Ordinal);
        // What the lead reports, without the words that name a report ("report", "claim", "said").
        var eventStems = leadStems.Where(s => !Lexicon.ReportingStems.Contains(s!)).ToHashSet(StringComparer.Ordinal);
        Func<Claim, TextProfile, string?> reading = (claim, p) =>
            Withdrawal.Asserts(lead.Whole) && Withdrawal.OfLeadSubject(lead.Whole, p.Whole, minShared) is { } withdrawn
                ? $"opens by saying the lead claim's subject withdrew ('{withdrawn}')"
                : (DenyingLead.SharesContent(p.Whole, leadStems, minShared) ? How(lead.Whole, p.Whole, claim) : null)
                    ?? (DenyingLead.SharesContent(p.Whole, eventStems, 1) ? CallsFalse(p.Whole) : null) ?? NameDenial(lead.Whole, p.Whole);
        return Evidence.MostSimilar(lead, leadClaim, opening, profile, denial: true, reading)
            ?? (sentence is null ? null : Evidence.MostSimilar(lead, leadClaim, opening, sentence, denial: true,
                (claim, p) => SharesAny(profile(claim).Whole, leadStems) && reading(claim, p) is { } how ? how + InSentence : null));
    }

    // The claim itself shares a content word (a name or not) with the lead: a sentence that denies another report
    // about the lead's subject ("North Korea has moved to deny reports its leader Kim Jong-un is planning to open a
    // restaurant" against "Kim Jong Un had ankle surgery") shares only the subject.
    private static bool SharesAny(TextUnit claim, HashSet<string?> leadStems)
    {
        foreach (var stem in claim.Stems)
            if (stem is not null && leadStems.Contains(stem)) return true;
        return false;
    }

    /// <summary>
    /// Appended to the reading when the denial was read in the evidence claim's sentence rather than in the claim: the
    /// attribution may cut the denied report out of its denial ("North Korea has moved to deny reports its leader Kim
    /// Jong-un is planning [to open a restaurant in Scotland]") or the subject out of a negated claim ("Christian Bale
    /// [will not be starring as Steve Jobs ...], according to The Hollywood Reporter").
    /// </summary>
    internal const string InSentence = " in its sentence";

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
        if (CallsFalse(claim) is { } calls) return calls;
        if (EvidenceClaims.NegatedSharedAt(lead, claim) is var negated and >= 0 && !DenyingLead.Conditional(claim, claim.Words.Length)
            && !OtherSubject(lead, claim, StanceRules.NegationStart(claim, negated)))
            return $"opens by negating '{claim.Words[negated]}', which the lead claim asserts";
        return null;
    }

    // The words with which the claim calls a report false ("a lie", "a hoax", "not true"; a doubt is no denial), or
    // null. A claim that calls "a report of a ceasefire" a lie needs to share only the event's word with the lead
    // ("Boko Haram ceasefire ignored as violence flares"): the article's same-event words were checked before.
    private static string? CallsFalse(TextUnit claim)
    {
        for (int j = 0; j < claim.Words.Length; j++)
            if (DenyingLead.DeniesAt(claim, j) && !Lexicon.Doubting.Contains(claim.Words[j]))
                return $"opens by calling the report false ('{claim.Words[j]}')";
        return StanceRules.Disowning(claim) is { } phrase && phrase.Contains(' ', StringComparison.Ordinal)
            ? $"opens by calling the report false ('{phrase}')" : null;
    }

    // A denial of the relation between two names of the lead (DeniedBetweenLeadNames), in words, or null: two names
    // in one negated clause are the same event, so the lead's names alone suffice here.
    private static string? NameDenial(TextUnit lead, TextUnit claim) =>
        DeniedBetweenLeadNames(lead, claim) is var (subject, other) && !DenyingLead.Conditional(claim, claim.Words.Length)
            ? $"opens by denying what the lead claim says of '{subject}' and '{other}'"
            : null;

    /// <summary>Most words after a negator read for the lead's second name (<see cref="DeniedBetweenLeadNames"/>).</summary>
    internal const int NameDenialReach = 8;

    /// <summary>
    /// A negation whose subject and negated clause both hold names of the lead: the content word before the negator
    /// (function words skipped) is a capitalized word of the lead, and a capitalized lead word other than it lies in
    /// the negated clause (up to a punctuation mark or "but") within <see cref="NameDenialReach"/> words ("Christian Bale will not be starring as Steve
    /// Jobs" against "Christian Bale Is Steve Jobs": the negated verb is not the lead's, but what is denied is the lead's
    /// relation between its two names). Returns the two words, or null.
    /// </summary>
    internal static (string Subject, string Other)? DeniedBetweenLeadNames(TextUnit lead, TextUnit claim)
    {
        for (int k = 1; k < claim.Words.Length; k++)
        {
            if (!Lexicon.Negators.Contains(claim.Words[k]) && claim.Words[k] != "n't") continue;
            int subject = LeadNameBefore(lead, claim, k);
            if (subject < 0) continue;
            for (int j = k + 1; j < claim.Words.Length && j <= k + NameDenialReach; j++)
            {
                string w = claim.Words[j];
                if (w.Length == 0 || !char.IsLetterOrDigit(w[0]) || w == "but") break; // the negated clause ends
                if (claim.Stems[j] is { } stem && claim.Capitalized[j] && stem != claim.Stems[subject] && Array.IndexOf(lead.Stems, stem) >= 0)
                    return (claim.Words[subject], w);
            }
        }
        return null;
    }

    // The index of the content word right before the negator at k when it is a capitalized word of the lead, else -1.
    private static int LeadNameBefore(TextUnit lead, TextUnit claim, int k)
    {
        for (int i = k - 1; i >= 0; i--)
        {
            if (claim.Stems[i] is not { } stem) continue;
            return claim.Capitalized[i] && Array.IndexOf(lead.Stems, stem) >= 0 ? i : -1;
        }
        return -1;
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
