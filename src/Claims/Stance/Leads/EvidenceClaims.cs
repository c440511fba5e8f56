namespace Claims.Stance.Leads;

/// <summary>The claim of another article that carries the evidence of an article-level verdict on a lead claim.</summary>
/// <param name="Claim">The claim.</param>
/// <param name="Similarity">Its similarity to the lead claim in [0, 1] (vector cosine when both have vectors, else TF-IDF cosine).</param>
/// <param name="Denial">True when it was chosen as a denial (a negation or a refuting word) for a contradiction.</param>
internal readonly record struct Evidence(Claim Claim, double Similarity, bool Denial);

/// <summary>
/// Picks the evidence claim, a principled rule a reader can check: for a contradiction, the claim most similar to the
/// lead among those that deny (a negation, or a word that refutes or calls a report false: "denied", "hoax", in the
/// claim or as its attribution cue: "X denied that ...") and share a content word with it; when none does, and for an agreement, the claim most similar to the lead. Ties go to the
/// earlier claim. An agreement has no evidence when that claim denies a content word of the lead that the lead asserts, or
/// the other way round ("No Ukraine breakthrough" against "quite close to a breakthrough"): the claim closest in
/// meaning says the opposite, so the article-level "agree" is not taken. Stateless.
/// </summary>
internal static class EvidenceClaims
{
    /// <param name="lead">The lead claim.</param>
    /// <param name="leadProfile">The lead claim's profile.</param>
    /// <param name="candidates">The other article's claims, in text order.</param>
    /// <param name="profile">Profiles a candidate (lexically; cached by the caller).</param>
    /// <param name="relation">The article-level verdict.</param>
    /// <returns>The evidence, or null when <paramref name="candidates"/> has no claim or an agreement's closest claim
    /// denies what the lead asserts (or asserts what it denies).</returns>
    public static Evidence? Pick(Claim lead, TextProfile leadProfile, IReadOnlyList<Claim> candidates, Func<Claim, TextProfile> profile, StanceLabel relation)
    {
        Evidence? best = null, bestDenial = null;
        foreach (var claim in candidates)
        {
            if (claim.Opposes is not null) continue;
            var p = profile(claim);
            double lexical = PairFeaturizer.Cosine(leadProfile.Whole, p.Whole);
            double similarity = lead.Embedding is { } u && claim.Embedding is { } v ? Math.Clamp(u.Dot(v), 0, 1) : lexical;
            if (best is null || similarity > best.Value.Similarity) best = new Evidence(claim, similarity, false);
            if (relation == StanceLabel.Contradicts && lexical > 0 && (Denies(p.Whole) || DenialCue(claim))
                && (bestDenial is null || similarity > bestDenial.Value.Similarity))
                bestDenial = new Evidence(claim, similarity, true);
        }
        if (relation == StanceLabel.Agrees && best is { } closest && Opposes(leadProfile, lead, profile(closest.Claim), closest.Claim))
            return null;
        return bestDenial ?? best;
    }

    /// <summary>
    /// True when <paramref name="b"/> denies what <paramref name="a"/> asserts or the other way round: a content word
    /// both use is, on one side only, the word a negator denies (the first content word after it, or the head under a
    /// determiner "no": "No Ukraine breakthrough" against "quite close to a breakthrough"), or exactly one of them is
    /// reported through a refuting cue ("X denied that it was cancelled" against "cancelled").
    /// </summary>
    internal static bool Opposes(TextProfile a, Claim claimA, TextProfile b, Claim claimB)
    {
        if (DenialCue(claimA) != DenialCue(claimB)) return true;
        TextUnit ua = a.Whole, ub = b.Whole;
        for (int i = 0; i < ua.Stems.Length; i++)
        {
            if (ua.Stems[i] is not { } stem || Lexicon.ReportingStems.Contains(stem)) continue;
            for (int j = 0; j < ub.Stems.Length; j++)
                if (ub.Stems[j] == stem && ua.Negated[i] != ub.Negated[j] && Denied(ua.Negated[i] ? ua : ub, ua.Negated[i] ? i : j))
                    return true;
        }
        return false;
    }

    // Word k is what a negator denies: one is found before it (not only a clause-wide reading) and, as the negation
    // rule reads it, k is the first content word after it or under a determiner "no".
    private static bool Denied(TextUnit u, int k) => StanceRules.NegationStart(u, k) != k && NegationRule.IsFirstAfterNegator(u, k);

    /// <summary>True when the claim is reported through a refuting cue ("X denied that ..."): its content is what is denied.</summary>
    internal static bool DenialCue(Claim claim)
    {
        if (claim.Cue is not { } cue) return false;
        foreach (var w in cue.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = w.ToLowerInvariant();
            if (Lexicon.StrongRefuting.Contains(word) || Lexicon.Disowning.Contains(word)) return true;
        }
        return false;
    }

    /// <summary>True when the text negates or refutes something: a negation, or a word of <see cref="Lexicon.StrongRefuting"/> or <see cref="Lexicon.Disowning"/>.</summary>
    internal static bool Denies(TextUnit unit)
    {
        if (unit.Negations > 0) return true;
        foreach (var w in unit.Words)
            if (Lexicon.StrongRefuting.Contains(w) || Lexicon.Disowning.Contains(w)) return true;
        return false;
    }
}
