namespace Claims.Stance.Leads;

/// <summary>The claim of another article that carries the evidence of an article-level verdict on a lead claim.</summary>
/// <param name="Claim">The claim.</param>
/// <param name="Similarity">Its similarity to the lead claim in [0, 1] (vector cosine when both have vectors, else TF-IDF cosine).</param>
/// <param name="Denial">True when it was chosen as a denial for a contradiction: it opposes the lead claim.</param>
/// <param name="Opposition">For a denial, how it opposes the lead claim, in words; for the evidence of an agreement with a
/// lead that denies (<see cref="SharedDenial"/>), how it shares the denial; else null.</param>
internal readonly record struct Evidence(Claim Claim, double Similarity, bool Denial, string? Opposition = null)
{
    /// <summary>The similarity of <paramref name="claim"/> to <paramref name="lead"/>: the vectors' cosine (clamped to
    /// [0, 1]) when both have vectors, else <paramref name="lexical"/>.</summary>
    public static double SimilarityOf(Claim lead, Claim claim, double lexical) =>
        lead.Embedding is { } u && claim.Embedding is { } v ? Math.Clamp(u.Dot(v), 0, 1) : lexical;

    /// <summary>The claim of <paramref name="candidates"/> most similar to the lead among those that oppose nothing
    /// themselves, ask nothing and that <paramref name="reading"/> accepts (it says how, in words), or null.</summary>
    public static Evidence? MostSimilar(TextProfile lead, Claim leadClaim, IReadOnlyList<Claim> candidates,
        Func<Claim, TextProfile> profile, bool denial, Func<Claim, TextProfile, string?> reading)
    {
        Evidence? best = null;
        foreach (var claim in candidates)
        {
            if (claim.Opposes is not null) continue;
            var p = profile(claim);
            if (p.Whole.Question || reading(claim, p) is not { } how) continue;
            double similarity = SimilarityOf(leadClaim, claim, PairFeaturizer.Cosine(lead.Whole, p.Whole));
            if (best is null || similarity > best.Value.Similarity) best = new Evidence(claim, similarity, denial, how);
        }
        return best;
    }
}

/// <summary>
/// Picks the evidence claim, a principled rule a reader can check: for a contradiction, the claim most similar to the
/// lead among those that oppose it: that deny a content word the lead asserts (or assert one it denies), or that share
/// a content word with it and call a report false ("denied", "hoax", in the claim or as its attribution cue: "X denied
/// that ..."). A negation of something else ("the iPhone hadn't been invented yet" against "Danny Boyle is directing
/// the film") is no evidence, and a contradiction without an opposing claim has none (the model read the whole article;
/// no claim of it says so, and a reader shown the closest claim would see no contradiction). For an agreement, the
/// claim most similar to the lead. Ties go to the earlier claim. An agreement has no evidence when that claim denies a content word of the lead that the lead asserts, or
/// the other way round ("No Ukraine breakthrough" against "quite close to a breakthrough"): the claim closest in
/// meaning says the opposite, so the article-level "agree" is not taken. Stateless.
/// </summary>
internal static class EvidenceClaims
{
    /// <summary>Fewest stems a claim saying the lead's subject withdrew shares with the lead, to oppose it.</summary>
    internal const int WithdrawalShared = 2;

    /// <summary>Fewest stems shared when the withdrawal's subject is a name of the lead (not a title-case capital):
    /// the name alone ("Bale has dropped out of the project" against "Oscar winner Christian Bale to play Steve Jobs").</summary>
    internal const int WithdrawalSharedNamed = 1;

    /// <param name="lead">The lead claim.</param>
    /// <param name="leadProfile">The lead claim's profile.</param>
    /// <param name="candidates">The other article's claims, in text order.</param>
    /// <param name="profile">Profiles a candidate (lexically; cached by the caller).</param>
    /// <param name="relation">The article-level verdict.</param>
    /// <returns>The evidence, or null when <paramref name="candidates"/> has no claim, no claim opposes the lead of a
    /// contradiction, or an agreement's closest claim denies what the lead asserts (or asserts what it denies).</returns>
    /// <param name="modelDisagree">The stance model's probability of "disagree" reading a candidate against the lead
    /// claim; null: no model reading (only claims that oppose the lead in words are evidence of a contradiction).</param>
    /// <param name="options">How many candidates the model reads and the probability it must give.</param>
    public static Evidence? Pick(Claim lead, TextProfile leadProfile, IReadOnlyList<Claim> candidates, Func<Claim, TextProfile> profile, StanceLabel relation,
        Func<Claim, double>? modelDisagree = null, LeadStanceOptions? options = null)
    {
        // "Experts do not know whether the meteorite disintegrated": a lead that states ignorance asserts nothing an
        // article could dispute (a skeptic's aside that it was no meteorite does not contradict not knowing).
        if (relation == StanceLabel.Contradicts && CompatibleDenials.StatesIgnorance(leadProfile.Whole)) return null;
        Evidence? best = null, bestDenial = null;
        var leadTerms = LeadTerms.Of(leadProfile);
        foreach (var claim in candidates)
        {
            if (claim.Opposes is not null) continue;
            var p = profile(claim);
            double lexical = PairFeaturizer.Cosine(leadProfile.Whole, p.Whole);
            double similarity = Evidence.SimilarityOf(lead, claim, lexical);
            if (best is null || similarity > best.Value.Similarity) best = new Evidence(claim, similarity, false);
            if (relation == StanceLabel.Contradicts && lexical > 0 && (bestDenial is null || similarity > bestDenial.Value.Similarity)
                && OnLeadEvent(leadProfile, p, leadTerms)
                && Opposition(leadProfile, lead, p, claim) is { } how)
                bestDenial = new Evidence(claim, similarity, true, how);
        }
        if (relation == StanceLabel.Contradicts)
            return bestDenial ?? (modelDisagree is null ? null : ModelEvidence(leadProfile, leadTerms, candidates, profile, modelDisagree, options ?? LeadStanceOptions.Default));
        if (best is { } closest && Opposes(leadProfile, lead, profile(closest.Claim), closest.Claim)) return null;
        return best;
    }

    /// <summary>
    /// When no claim opposes the lead in words: of the <see cref="LeadStanceOptions.EvidenceModelCandidates"/> claims
    /// most similar to the lead that share a content word with it and deny something (a negation, a refuting word or
    /// cue: the model alone reads a headline's own words), the one the stance model reads as disagreeing with the
    /// lead most, when it does so with at least <see cref="LeadStanceOptions.MinEvidenceDisagree"/>; else null.
    /// </summary>
    private static Evidence? ModelEvidence(TextProfile leadProfile, LeadTerms leadTerms, IReadOnlyList<Claim> candidates, Func<Claim, TextProfile> profile,
        Func<Claim, double> modelDisagree, LeadStanceOptions options)
    {
        var ranked = new List<(Claim Claim, double Similarity, int Order)>();
        bool leadAsserts = Refuting(leadProfile.Whole) is null && Doubting(leadProfile.Whole) is null;
        for (int k = 0; k < candidates.Count; k++)
        {
            var claim = candidates[k];
            if (claim.Opposes is not null) continue;
            var p = profile(claim).Whole;
            double lexical = PairFeaturizer.Cosine(leadProfile.Whole, p);
            // Only a claim that denies something (a negation, a refuting word or cue) can carry the model's reading, or
            // one that doubts the report ("NASA officials say the lack of eyewitness accounts raises doubts about that
            // scenario") against a lead that neither doubts nor denies it.
            if (lexical > 0 && OnLeadEvent(leadProfile, profile(claim), leadTerms)
                && (p.Negations > 0 || Refuting(p) is not null || DenialCue(claim) || (leadAsserts && (Doubting(p) is not null || DoubtCue(claim)))))
                ranked.Add((claim, lexical, k));
        }
        Evidence? best = null;
        double bestDisagree = 0;
        foreach (var (claim, similarity, _) in ranked.OrderByDescending(r => r.Similarity).ThenBy(r => r.Order).Take(options.EvidenceModelCandidates))
        {
            double disagree = modelDisagree(claim);
            if (disagree < options.MinEvidenceDisagree || disagree <= bestDisagree) continue;
            bestDisagree = disagree;
            best = new Evidence(claim, similarity, true,
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"is read by the stance model as disagreeing with it ({disagree:0.00} more than the lead read against itself)"));
        }
        return best;
    }

    /// <summary>
    /// The lead's content stems (<paramref name="All"/>) and those that may tell its event (<paramref name="Event"/>), as
    /// <see cref="TellsEvent"/> reads them: all but those the lead writes as names (capitalized, not first), unless it is
    /// a headline in title case, whose capitals tell nothing.
    /// </summary>
    /// <param name="All">Every content stem of the lead.</param>
    /// <param name="Event">Those that may tell its event.</param>
    /// <param name="Core">Every content stem but light verbs and reporting words: what the lead says, names included.</param>
    internal sealed record LeadTerms(HashSet<string> All, HashSet<string> Event, HashSet<string> Core)
    {
        public static LeadTerms Of(TextProfile leadProfile)
        {
            var u = leadProfile.Whole;
            bool titleCased = Stories.SameEventGate.TitleCased(u.Text);
            HashSet<string> all = new(StringComparer.Ordinal), events = new(StringComparer.Ordinal), core = new(StringComparer.Ordinal);
            for (int i = 0; i < u.Stems.Length; i++)
                if (u.Stems[i] is { } stem)
                {
                    all.Add(stem);
                    if (titleCased || i == 0 || !u.Capitalized[i]) events.Add(stem);
                    if (!RefutationRule.LightVerbs.Contains(stem) && !RefutationRule.LightVerbs.Contains(u.Words[i]) && !Lexicon.ReportingStems.Contains(stem))
                        core.Add(stem);
                }
            return new LeadTerms(all, events, core);
        }
    }

    /// <summary>Fewest content stems a lead made of names alone must have for a claim that uses all of them to tell its
    /// event (<see cref="TellsEvent"/>: "ISIS Getting Ebola" and "Reports that Isis fighters in Iraq have contracted
    /// Ebola have been refuted").</summary>
    internal const int MinWholeLeadStems = 2;

    /// <summary>
    /// True when a candidate evidence claim of a contradiction tells the lead's event: it shares with the lead a content
    /// word it writes as no name (lower case, not first), no light verb ("get", "take": their sense is their object's)
    /// and no noun of time ("last week" / "spends a week": when, not what), what happened or to what, not only who; or
    /// it names a report by a word of the lead ("the Banksy story"). A story gathers several events of the same people:
    /// "A video of Vladimir Putin being pooped on by a bird has proved to be a fake" shares only the names with "Sadly
    /// Vladimir Putin hasn't been driving round in a motorcade shaped like a penis", "Kim's public absence is
    /// health-related" (reported as denied) only "Kim" with "Kim Jong-un bans the name Kim Jong-un", a satire's "rabbits
    /// are going to be getting high" only "KFC", "get" and "week" with "Jilted lover spends a week in KFC to try and get
    /// over her ex": the denial is of another event, no evidence against the lead.
    /// </summary>
    internal static bool TellsEvent(TextProfile candidate, LeadTerms lead)
    {
        var u = candidate.Whole;
        for (int i = 1; i < u.Stems.Length; i++)
        {
            if (u.Stems[i] is not { } stem || !lead.All.Contains(stem)) continue;
            // "The Metropolitan Police denied the Banksy story": a report named by its subject is the lead's event.
            if (i + 1 < u.Words.Length && RefutationRule.ReportNouns.Contains(u.Words[i + 1])) return true;
            if (!u.Capitalized[i] && lead.Event.Contains(stem) && !RefutationRule.LightVerbs.Contains(stem)
                && !AntonymRule.TimeNouns.Contains(u.Words[i])) return true;
        }
        return UsesWholeLead(u, lead);
    }

    // The claim uses every content stem of the lead but light verbs and reporting words, at least MinWholeLeadStems:
    // a lead that says nothing but names ("ISIS Getting Ebola") tells its event by them all together.
    private static bool UsesWholeLead(TextUnit u, LeadTerms lead)
    {
        if (lead.Core.Count < MinWholeLeadStems) return false;
        foreach (var stem in lead.Core)
            if (Array.IndexOf(u.Stems, stem) < 0) return false;
        return true;
    }

    /// <summary>
    /// True when a candidate evidence claim of a contradiction is about the lead's event: it tells it
    /// (<see cref="TellsEvent"/>), or it negates a word the lead asserts or asserts one the lead negates, a name included
    /// ("Christian Bale will not be Steve Jobs after all"): the opposition is on the lead's own word. A name's possessive
    /// is not what is denied ("This isn't just Apple's problem", "it would not have been Putin's first encounter"). Or
    /// it says the subject the lead names withdrew ("Bale has dropped out of the project"): the withdrawal is the event.
    /// </summary>
    private static bool OnLeadEvent(TextProfile leadProfile, TextProfile candidate, LeadTerms lead)
    {
        if (TellsEvent(candidate, lead) || NamedSubjectWithdrew(leadProfile.Whole, candidate.Whole)) return true;
        int j = NegatedSharedAt(leadProfile.Whole, candidate.Whole);
        if (j >= 0 && !Possessive(candidate.Whole, j)) return true;
        int k = NegatedSharedAt(candidate.Whole, leadProfile.Whole);
        return k >= 0 && !Possessive(leadProfile.Whole, k);
    }

    private static bool NamedSubjectWithdrew(TextUnit lead, TextUnit candidate) =>
        Withdrawal.Asserts(lead) && Withdrawal.OfLeadSubject(lead, candidate, WithdrawalShared, WithdrawalSharedNamed) is not null;

    // The word is written as a possessive in the unit's text ("Apple's", with either apostrophe; the words drop the "'s").
    private static bool Possessive(TextUnit u, int i) =>
        u.Text.Contains(u.Words[i] + "'s", StringComparison.OrdinalIgnoreCase)
        || u.Text.Contains(u.Words[i] + "\u2019s", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// How <paramref name="claim"/> (sharing a content word with the lead) opposes the lead, in words, or null: it
    /// denies what the lead asserts or the other way round (<see cref="Opposes"/>, or a shared word negated on one side
    /// only), or one of them calls a report false (a word, or the claim's cue) and the other does not.
    /// </summary>
    internal static string? Opposition(TextProfile leadProfile, Claim lead, TextProfile profile, Claim claim)
    {
        if (DenialCue(claim) && !DenialCue(lead)) return $"reported as denied ('{claim.Cue}')";
        if (Opposes(leadProfile, lead, profile, claim)) return "denies what the lead claim asserts";
        if (NegatesShared(leadProfile.Whole, profile.Whole) is { } negated) return $"negates '{negated}', which the lead claim asserts";
        if (NegatesShared(profile.Whole, leadProfile.Whole) is { } denied) return $"asserts '{denied}', which the lead claim negates";
        string? mine = Refuting(profile.Whole);
        if (mine is not null && Refuting(leadProfile.Whole) is null && !CorrectsRecord(leadProfile.Whole)) return $"calls a report false ('{mine}')";
        if (mine is null && !DenialCue(claim) && DenyingVerb(leadProfile.Whole) is { } verb) return $"asserts what the lead claim reports denied ('{verb}')";
        if (Withdrawal.Asserts(leadProfile.Whole) && Withdrawal.OfLeadSubject(leadProfile.Whole, profile.Whole, WithdrawalShared, WithdrawalSharedNamed) is { } withdrawn)
            return $"says the lead claim's subject withdrew ('{withdrawn}')";
        return null;
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

    /// <summary>
    /// A content word both use (not a reporting verb) that <paramref name="b"/> puts under a negator up to four words
    /// before it or an implicit negator ("not able to burrow", "failed to reach") and <paramref name="a"/> does not; or null.
    /// A name counts only as the first content word after its negator.
    /// </summary>
    internal static string? NegatesShared(TextUnit a, TextUnit b) => NegatedSharedAt(a, b) is var j and >= 0 ? b.Words[j] : null;

    /// <summary>The index in <paramref name="b"/> of the word <see cref="NegatesShared"/> finds, or -1.</summary>
    internal static int NegatedSharedAt(TextUnit a, TextUnit b)
    {
        for (int j = 0; j < b.Stems.Length; j++)
        {
            if (b.Stems[j] is not { } stem || !b.Negated[j] || Lexicon.ReportingStems.Contains(stem)) continue;
            int start = StanceRules.NegationStart(b, j);
            if (start == j ? !StanceRules.ImplicitlyNegated(b, j) : !InNoPhrase(b, start, j)) continue;
            // "does not leave Apple subsidizing the gold market" denies the leaving, not Apple: a name is what a
            // negation denies only as the first content word after the negator ("will not be Steve Jobs").
            if (b.Capitalized[j] && start != j && !NegationRule.IsFirstAfterNegator(b, j)) continue;
            // "do not know whether the meteorite disintegrated" denies knowing, not "whether" nor the disintegration.
            if (CompatibleDenials.QuestionBetween(b, start, j)) continue;
            for (int i = 0; i < a.Stems.Length; i++)
                if (a.Stems[i] == stem && !a.Negated[i]) return j;
        }
        return -1;
    }

    // Word k is what a negator denies: one is found before it (not only a clause-wide reading) and, as the negation
    // rule reads it, k is the first content word after it or under a determiner "no".
    // Under a determiner "no" only the noun phrase it opens is denied: "no Ukraine breakthrough", but "no trace of
    // students" denies a trace, not students (a claim that police took students away does not oppose it).
    internal static bool Denied(TextUnit u, int k)
    {
        int start = StanceRules.NegationStart(u, k);
        return start != k && NegationRule.IsFirstAfterNegator(u, k) && InNoPhrase(u, start, k);
    }

    // True unless the negator at start is a determiner "no" and a function word stands between it and word k.
    private static bool InNoPhrase(TextUnit u, int start, int k)
    {
        if (u.Words[start] != "no") return true;
        for (int j = start + 1; j < k; j++)
            if (u.Stems[j] is null) return false;
        return true;
    }

    /// <summary>True when the claim is reported through a refuting cue ("X denied that ..."): its content is what is denied.</summary>
    internal static bool DenialCue(Claim claim)
    {
        if (claim.Cue is not { } cue || NegatedCue(claim)) return false;
        foreach (var w in cue.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = w.ToLowerInvariant();
            if (Lexicon.StrongRefuting.Contains(word) || Lexicon.Disowning.Contains(word)) return true;
        }
        return false;
    }

    /// <summary>Negators that, right before a cue, turn a denial into its opposite ("cannot deny", "did not deny").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> CueNegators = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["not", "never", "cannot", "can't", "cant", "no", "nobody", "none"], StringComparer.Ordinal);

    /// <summary>How many words before a cue are read for its negator ("cannot simply deny").</summary>
    private const int CueNegatorReach = 3;

    /// <summary>
    /// True when a negator stands among the few words before the claim's cue in its document ("one simply cannot deny
    /// the raw material value"): a denied denial asserts the content.
    /// </summary>
    internal static bool NegatedCue(Claim claim)
    {
        if (claim.CueSpan is not { } span || claim.View is not { } view) return false;
        string text = view.Text;
        int end = Math.Min(span.Start, text.Length), read = 0;
        while (end > 0 && read < CueNegatorReach)
        {
            while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
            int start = end;
            while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] is '\'' or '\u2019')) start--;
            if (start == end) return false;
            string word = text[start..end].ToLowerInvariant().Replace('\u2019', '\'');
            if (CueNegators.Contains(word) || Lexicon.EndsInContractedNot(word)) return true;
            end = start;
            read++;
        }
        return false;
    }

    // Verbs with which a lead reports a denial ("Israel denies causing Gaza floods"): a claim asserting what it denies
    // opposes it. Adjectives such as "fake" are left out: "gives out fake ratings" denies nothing.
    private static readonly System.Collections.Frozen.FrozenSet<string> DenyingVerbs = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["deny", "denies", "denied", "denying", "refutes", "refuted", "debunks", "debunked", "disproved", "dismisses", "dismissed"], StringComparer.Ordinal);

    private static string? DenyingVerb(TextUnit unit)
    {
        for (int i = 0; i < unit.Words.Length; i++)
            if (!unit.Negated[i] && DenyingVerbs.Contains(unit.Words[i])) return unit.Words[i];
        return null;
    }

    // Stems of the verbs that set a record straight ("clears the record", "set the record straight", "corrects the record").
    private static readonly System.Collections.Frozen.FrozenSet<string> RecordSetters = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["clear", "set", "correct", "straighten"], StringComparer.Ordinal);

    /// <summary>
    /// True when the text sets a record straight ("The NBC News anchor clears the record on behalf of victimized Weather
    /// Channel meteorologist"): it calls an earlier report false in other words, so a claim calling a report false
    /// ("the victim of some wild misinformation") tells the same, it does not oppose it.
    /// </summary>
    internal static bool CorrectsRecord(TextUnit unit)
    {
        for (int i = 2; i < unit.Words.Length; i++)
            if (unit.Words[i] == "record" && unit.Words[i - 1] == "the" && unit.Stems[i - 2] is { } verb
                && RecordSetters.Contains(verb) && !unit.Negated[i - 2]) return true;
        return false;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> DoubtWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        Lexicon.Doubting.Concat(Claims.Text.WordLists.EvidenceDoubtWords), StringComparer.Ordinal);

    /// <summary>The first doubting word (<see cref="Lexicon.Doubting"/>, <see cref="Claims.Text.WordLists.EvidenceDoubtWords"/>)
    /// the text uses outside a negation's scope ("raises doubts about that scenario", "skeptical of a meteoritic
    /// origin"), or null: "no doubt" doubts nothing.</summary>
    internal static string? Doubting(TextUnit unit)
    {
        for (int i = 0; i < unit.Words.Length; i++)
            if (!unit.Negated[i] && DoubtWords.Contains(unit.Words[i])) return unit.Words[i];
        return null;
    }

    // The claim is reported through a doubting cue ("Astronomers have questioned whether ..."), not under a negator.
    private static bool DoubtCue(Claim claim) =>
        claim.Cue is { } cue && !NegatedCue(claim)
        && cue.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => DoubtWords.Contains(w.ToLowerInvariant()));

    /// <summary>The first word of <see cref="Lexicon.StrongRefuting"/> or <see cref="Lexicon.Disowning"/> the text uses outside a negation's scope, or null.</summary>
    internal static string? Refuting(TextUnit unit)
    {
        for (int i = 0; i < unit.Words.Length; i++)
            if (!unit.Negated[i] && (Lexicon.StrongRefuting.Contains(unit.Words[i]) || Lexicon.Disowning.Contains(unit.Words[i]))) return unit.Words[i];
        return null;
    }
}
