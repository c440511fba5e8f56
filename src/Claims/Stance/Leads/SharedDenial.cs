namespace Claims.Stance.Leads;

/// <summary>
/// An article-level agreement with a lead that denies, carried by a body claim that denies the same. A lead such as
/// "No, Banksy has not been arrested", "Boko Haram denies ceasefire claim" or "Pumpkin spice condoms? Don't fall for
/// this hoax" is supported by a body that says the same denial in its own words ("Banksy was not arrested", "the man
/// in the video also denied there was a ceasefire", "Durex is not making pumpkin spice condoms"); the stance model reads
/// such a body as "discuss" (it reports a denial) or, when it also tells the report it denies, the claim closest to
/// the lead is that report and the agreement's evidence check (<see cref="EvidenceClaims"/>) rejects it. The evidence
/// here is the body claim most similar to the lead among those that share content with it (at least the options'
/// shared words, one of them no name), ask nothing, and deny what the lead denies, with no condition or modal before the
/// denial ("if he would deny", "would likely not"): they negate a content word the lead
/// negates (of the lead's subject: a claim naming only others before its negator denies it of someone else), are reported through a refuting cue ("X denied that ..."), call a report false or doubt it ("hoax",
/// "lie", "doubt"; a rumour is reported, not denied), or, against a lead that calls the report false, negate a content
/// word the lead uses; against a lead reporting its subject's withdrawal ("Christian Bale quits Steve Jobs movie"),
/// the evidence may say the same withdrawal in other words (<see cref="Withdrawal"/>). Stateless.
/// </summary>
internal static class SharedDenial
{
    /// <summary>
    /// The body claim that shares the lead's denial, or null when the lead denies nothing or no claim of
    /// <paramref name="candidates"/> shares its denial.
    /// </summary>
    /// <param name="leadSentence">The profile of the lead claim's sentence (its framing included: "Hoax Alert: ...").</param>
    /// <param name="lead">The lead claim's profile.</param>
    /// <param name="leadClaim">The lead claim.</param>
    /// <param name="candidates">The other article's claims, in text order.</param>
    /// <param name="profile">Profiles a candidate (cached by the caller).</param>
    /// <param name="minShared">Fewest content words the evidence shares with the lead.</param>
    public static Evidence? Read(TextProfile leadSentence, TextProfile lead, Claim leadClaim, IReadOnlyList<Claim> candidates,
        Func<Claim, TextProfile> profile, int minShared)
    {
        bool callsFalse = DenyingLead.Denial(leadSentence, leadClaim) is not null;
        bool withdraws = Withdrawal.At(lead.Whole) >= 0;
        var negated = NegatedStems(lead.Whole);
        if (!callsFalse && !withdraws && negated.Count == 0) return null;
        var leadStems = lead.Whole.Stems.Where(s => s is not null).ToHashSet(StringComparer.Ordinal);
        // Both report the lead's subject withdrawing (names suffice: the withdrawal is the shared content).
        return Evidence.MostSimilar(lead, leadClaim, candidates, profile, denial: false, (claim, p) =>
            withdraws && Withdrawal.OfLeadSubject(lead.Whole, p.Whole, minShared) is { } withdrawn
                ? $"says the lead claim's subject withdrew ('{withdrawn}'), as the lead claim does"
                : DenyingLead.SharesContent(p.Whole, leadStems, minShared) ? How(lead.Whole, p.Whole, claim, negated, callsFalse) : null);
    }

    /// <summary>The content stems the lead negates, names and reporting verbs left out ("No, Banksy has not been
    /// arrested": "arrest"), each only when the lead never asserts it elsewhere.</summary>
    internal static HashSet<string> NegatedStems(TextUnit u)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < u.Stems.Length; i++)
            if (u.Stems[i] is { } stem && !u.Capitalized[i] && !Lexicon.ReportingStems.Contains(stem) && Denied(u, i)) stems.Add(stem);
        for (int i = 0; i < u.Stems.Length; i++)
            if (u.Stems[i] is { } stem && !Denied(u, i)) stems.Remove(stem);
        return stems;
    }

    // How the claim denies what the lead denies, in words, or null.
    private static string? How(TextUnit lead, TextUnit claim, Claim c, HashSet<string> negated, bool leadCallsFalse)
    {
        if (EvidenceClaims.DenialCue(c)) return $"is reported as denied ('{c.Cue}'), as the lead claim denies it";
        for (int j = 0; j < claim.Stems.Length; j++)
            if (claim.Stems[j] is { } stem && negated.Contains(stem) && Denied(claim, j) && !Asserted(claim, stem)
                && !OtherSubject(lead, claim, StanceRules.NegationStart(claim, j)) && !DenyingLead.Conditional(claim, j))
                return $"denies '{claim.Words[j]}' as the lead claim does";
        for (int j = 0; j < claim.Words.Length; j++)
            if (DenyingLead.DeniesAt(claim, j))
                return $"calls the report false or doubts it ('{claim.Words[j]}'), as the lead claim does";
        if (StanceRules.Disowning(claim) is { } phrase && phrase.Contains(' ', StringComparison.Ordinal))
            return $"calls the report false ('{phrase}'), as the lead claim does";
        if (leadCallsFalse && EvidenceClaims.NegatesShared(lead, claim) is { } word && !DenyingLead.Conditional(claim, claim.Words.Length))
            return $"negates '{word}', which the lead claim calls false";
        return null;
    }

    // The claim names someone before its negator (a name, not a sentence-initial word) and none of them is a content
    // word of the lead: "Leonardo DiCaprio did not play Steve Jobs" denies it of another subject than "Christian Bale
    // will not play Steve Jobs"; a pronoun ("He didn't make $72 million") or a name of the lead keeps the subject.
    private static bool OtherSubject(TextUnit lead, TextUnit claim, int negator)
    {
        bool named = false;
        for (int i = 0; i < negator && i < claim.Stems.Length; i++)
        {
            if (claim.Stems[i] is not { } stem || !claim.Capitalized[i]) continue;
            if (Array.IndexOf(lead.Stems, stem) >= 0) return false;
            named = true;
        }
        return named;
    }


    private static bool Denied(TextUnit u, int i) => u.Negated[i] || StanceRules.ImplicitlyNegated(u, i);

    private static bool Asserted(TextUnit u, string stem)
    {
        for (int k = 0; k < u.Stems.Length; k++)
            if (u.Stems[k] == stem && !Denied(u, k)) return true;
        return false;
    }
}
