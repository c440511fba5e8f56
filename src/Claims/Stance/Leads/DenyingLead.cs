using System.Collections.Frozen;

namespace Claims.Stance.Leads;

/// <summary>
/// An article-level agreement read the right way round when the lead denies. The stance model reads "agree" from the
/// words a lead shares with a body and cannot tell which side calls the report false: against "Hoax Alert: Father
/// O'Neal, Who Has Met God ..., Is Made Up" or "Fake-News: 'McDonald's Will Stop Serving Overweight Customers'" a body
/// that tells the story as fact reads as agreeing. When the lead claim calls the report it names false or doubts it (a
/// word such as "hoax", "fake", "denies", "doubt", "not true", or a denying cue) and the other article's body nowhere
/// does (no such word outside a negation's scope, rumours included), or when the lead negates a content word
/// ("Weather Channel's Mike Seidel was not caught with his pants down") that the body, denying nothing and telling no
/// withdrawal of the lead's subject, uses and never negates, the body reports as fact what the lead calls
/// false: it disputes the lead. The evidence is the body claim most similar to the lead among those that share a
/// content word with it and deny or doubt nothing themselves. Stateless.
/// </summary>
internal static class DenyingLead
{
    // Words with which a text calls a report false, doubts or denies it (either side).
    private static readonly FrozenSet<string> DenyingWords = Lexicon.StrongRefuting
        .Concat(Lexicon.Disowning).Concat(Lexicon.Doubting)
        .Concat(["deny", "denies", "denied", "denying", "refutes", "refuted", "debunks", "debunked", "disproved", "dismisses", "dismissed", "dismiss"])
        .ToFrozenSet(StringComparer.Ordinal);

    // Words a text may use without denying the report it names: a rumour is reported, not called false ("fuel to
    // rumours about his absence"); "dismissed" also means fired; "lies" also means is located.
    private static readonly FrozenSet<string> NotADenial = FrozenSet.ToFrozenSet(
        ["rumor", "rumors", "rumour", "rumours", "dismiss", "dismisses", "dismissed", "lies"], StringComparer.Ordinal);

    /// <summary>
    /// The rule on one reading that leans to "agree": null when it does not apply (the lead denies nothing, or the body
    /// denies or doubts something itself); else the lead's denial and the evidence of the contradiction (null when no
    /// claim of the body asserts what the lead denies: then neither the contradiction nor the agreement is taken).
    /// </summary>
    /// <param name="leadSentence">The profile of the lead claim's sentence (its framing included).</param>
    /// <param name="lead">The lead claim's profile.</param>
    /// <param name="leadClaim">The lead claim.</param>
    /// <param name="body">The profile of the other article's body.</param>
    /// <param name="candidates">The other article's claims, in text order.</param>
    /// <param name="profile">Profiles a candidate (cached by the caller).</param>
    /// <param name="minShared">Fewest content words the evidence shares with the lead.</param>
    /// <param name="withdrawals">True when the stance model leans to "disagree": a lead that says its subject withdrew
    /// then denies the report of the subject taking part (<see cref="WithdrawnAndAsserted"/>); a reading that leans to
    /// "agree" with such a lead is a body that reports the withdrawal in words of its own, not one that tells the report.</param>
    public static (string Denial, Evidence? Evidence)? Read(TextProfile leadSentence, TextProfile lead, Claim leadClaim, TextProfile body,
        IReadOnlyList<Claim> candidates, Func<Claim, TextProfile> profile, int minShared, bool withdrawals = false)
    {
        // "Judd Nelson isn't dead" against a body about "Willie Nelson": another person, whatever claim shares the surname.
        if (BodyDenial(body) is not null || OtherBearerOfName(leadSentence.Whole, body.Whole)) return null;
        string? asserted = null;
        bool action = false;
        string? denial = Denial(leadSentence, leadClaim);
        if (denial is null && NegatedAndAsserted(lead, body, minShared) is { } negated) (denial, asserted, action) = negated;
        if (withdrawals) denial ??= WithdrawnAndAsserted(lead, body, minShared);
        if (denial is null) return null;
        // The body uses the action verb the lead denies and never negates it: the claim that uses it is the evidence,
        // whatever else it shares with the lead ("There's getting caught short" against "Mike Seidel was not caught").
        return (denial, Assertion(leadClaim, lead, candidates, profile, denial, action ? 1 : minShared, asserted, LowerCaseStems(body.Whole)));
    }

    /// <summary>The word with which the lead (<paramref name="lead"/>: the sentence of the lead claim, whose framing
    /// may lie outside the claim) calls the report it names false, doubts or denies it (an opening "No," included), or null.</summary>
    public static string? Denial(TextProfile lead, Claim leadClaim)
    {
        if (EvidenceClaims.DenialCue(leadClaim)) return leadClaim.Cue;
        var u = lead.Whole;
        for (int i = 0; i < u.Words.Length; i++)
            if (!u.Negated[i] && DenyingWords.Contains(u.Words[i]) && !NotADenial.Contains(u.Words[i])) return u.Words[i];
        // "not true", "isn't accurate" (StanceRules.Disowning reads a negated truth word as a denial).
        if (StanceRules.Disowning(u) is { } phrase && phrase.Contains(' ', StringComparison.Ordinal)) return phrase;
        return DenyingAnswer(u) ?? TurnedOutFalse(u);
    }

    /// <summary>The phrase with which <paramref name="u"/> says the report turned out false ("turns out not", <see
    /// cref="Lexicon.TurnedOutFalse"/>) under no condition or modal, or null.</summary>
    internal static string? TurnedOutFalse(TextUnit u)
    {
        for (int i = 0; i < u.Words.Length; i++)
            foreach (var phrase in Lexicon.TurnedOutFalse)
                if (UnitBuilder.MatchAt(u.Words, i, phrase) && !Conditional(u, i)) return string.Join(' ', phrase);
        return null;
    }

    // Words that answer a report with a denial when they open a lead before a comma.
    private static readonly FrozenSet<string> DenyingAnswers = FrozenSet.ToFrozenSet(["no", "nope"], StringComparer.Ordinal);

    /// <summary>
    /// The answer ("no,", "nope,") with which <paramref name="u"/> opens, quotes skipped, or null: "No, a spider
    /// (probably) didn't crawl through a man's body" answers the report it goes on to name with a denial, whatever
    /// verb the body tells the story with ("burrowing just below his skin").
    /// </summary>
    internal static string? DenyingAnswer(TextUnit u)
    {
        int i = 0;
        while (i < u.Words.Length && StanceRules.IsQuote(u.Words[i])) i++;
        return i + 1 < u.Words.Length && DenyingAnswers.Contains(u.Words[i]) && u.Words[i + 1] == "," ? u.Words[i] + "," : null;
    }

    /// <summary>
    /// A content word the lead negates ("Mike Seidel was not caught with his pants down": "caught"; a negator's first
    /// content word, not a reporting verb), which <paramref name="body"/> uses outside a negation's scope and never
    /// inside one, while no body sentence sharing <paramref name="minShared"/> content words with the lead negates
    /// anything; or null. Such a body tells what the lead says did not happen.
    /// </summary>
    public static (string Phrase, string Stem, bool Action)? NegatedAndAsserted(TextProfile lead, TextProfile body, int minShared)
    {
        TextUnit u = lead.Whole, b = body.Whole;
        // A body that negates anything in a sentence about the lead's subject may deny it in other words ("Christian
        // Bale will not be starring as Steve Jobs" against "Christian Bale will not play Steve Jobs").
        var leadStems = u.Stems.Where(s => s is not null).ToHashSet(StringComparer.Ordinal);
        foreach (var sentence in body.Sentences)
            if (sentence.Negations > 0 && sentence.Stems.Where(s => s is not null && leadStems.Contains(s)).Distinct(StringComparer.Ordinal).Count() >= Math.Max(1, minShared))
                return null;
        // A body that says the lead's subject withdrew denies it in other words too ("Christian Bale has decided to part
        // ways with the Steve Jobs biopic" against "Christian Bale won't play Steve Jobs").
        if (WithdrawsLeadSubject(u, body, minShared)) return null;
        for (int i = 0; i < u.Stems.Length; i++)
        {
            if (u.Stems[i] is not { } stem || !u.Negated[i] || Lexicon.ReportingStems.Contains(stem) || !EvidenceClaims.Denied(u, i)) continue;
            // "confirmed as not being the missing students" denies who the bodies are, not that students are missing:
            // a negated modifier of a noun phrase ("the missing students") is not what the lead denies.
            if (PropositionGuards.Attributive(u, i)) continue;
            bool asserted = false, negated = false;
            for (int j = 0; j < b.Stems.Length; j++)
                if (b.Stems[j] == stem)
                {
                    if (b.Negated[j]) negated = true;
                    // "the right balance" describes a thing; it asserts nothing "not right for the part" denies.
                    else if (!PropositionGuards.Attributive(b, j)) asserted = true;
                }
            if (asserted && !negated) return (StanceRules.Phrase(u.Words, StanceRules.NegationStart(u, i), i), stem, DeniedAction(u, i));
        }
        return null;
    }

    /// <summary>
    /// The withdrawal phrase with which the lead says its subject withdrew ("Who Should Play Steve Jobs Now That
    /// Christian Bale Quit?", "Christian Bale Bails on Steve Jobs Biopic": <see cref="Withdrawal"/>), when
    /// <paramref name="body"/> nowhere says the subject withdrew and negates nothing in a sentence about the lead's
    /// subject (it may say so in other words: "will no longer play"); else null. Such a body tells the subject taking
    /// part ("Christian Bale will star as late Apple CEO Steve Jobs"), which the lead says is over.
    /// </summary>
    internal static string? WithdrawnAndAsserted(TextProfile lead, TextProfile body, int minShared)
    {
        var u = lead.Whole;
        int at = Withdrawal.At(u);
        // "... poised to take the lead, after Leonardo DiCaprio pulled out": a withdrawal in a clause of time is
        // another's, told as what came before.
        if (at < 0 || WithdrawsLeadSubject(u, body, minShared) || u.Words.Take(at).Any(TimeClauseOpeners.Contains)) return null;
        var leadStems = u.Stems.Where(s => s is not null).ToHashSet(StringComparer.Ordinal);
        foreach (var sentence in body.Sentences)
            if (sentence.Negations > 0 && sentence.Stems.Where(s => s is not null && leadStems.Contains(s)).Distinct(StringComparer.Ordinal).Count() >= Math.Max(1, minShared))
                return null;
        return u.Words[at];
    }

    private static readonly FrozenSet<string> TimeClauseOpeners = Claims.Text.WordLists.TimeClauseOpeners.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when a sentence of <paramref name="body"/> says the subject of <paramref name="lead"/> withdrew
    /// (<see cref="Withdrawal.OfLeadSubject"/>): a body that says so denies what a lead negating the subject's part
    /// denies, in other words.</summary>
    internal static bool WithdrawsLeadSubject(TextUnit lead, TextProfile body, int minShared) =>
        body.Sentences.Any(sentence => Withdrawal.OfLeadSubject(lead, sentence, minShared) is not null);

    /// <summary>True when word <paramref name="index"/> of <paramref name="u"/> is a verb of its own sense (an action
    /// such as "caught", "arrested"), not a light verb ("not having a girlfriend") nor a noun ("not a meteorite").</summary>
    internal static bool DeniedAction(TextUnit u, int index) =>
        WordClasses.Of(u, index) == WordClass.Verb
        && !NegationRule.LightVerbLemmas.Contains(Claims.Text.VerbLemmas.Default.Lemma(u.Words[index]));

    /// <summary>True when <paramref name="u"/> uses <paramref name="stem"/> other than as a modifier before a noun
    /// (<see cref="PropositionGuards.Attributive"/>): as something it can assert.</summary>
    private static bool AssertsStem(TextUnit u, string stem)
    {
        for (int j = 0; j < u.Stems.Length; j++)
            if (u.Stems[j] == stem && !PropositionGuards.Attributive(u, j)) return true;
        return false;
    }

    /// <summary>
    /// True when <paramref name="a"/> and <paramref name="b"/> name two people with one surname: a capitalized word both
    /// write after a capitalized word that differs and that the other text never uses ("Judd Nelson isn't dead" and
    /// "Willie Nelson was found dead"): the texts are about different people, whatever else they share.
    /// </summary>
    internal static bool OtherBearerOfName(TextUnit a, TextUnit b)
    {
        for (int i = 1; i < a.Words.Length; i++)
        {
            if (!FullName(a, i) || a.Stems[i] is not { } surname) continue;
            string first = a.Stems[i - 1]!;
            for (int j = 1; j < b.Words.Length; j++)
                if (b.Stems[j] == surname && FullName(b, j) && b.Stems[j - 1] is { } other && other != first
                    && Array.IndexOf(b.Stems, first) < 0 && Array.IndexOf(a.Stems, other) < 0) return true;
        }
        return false;
    }

    // Word k and the word before it are capitalized content words: a first name and a surname, or a two-word name.
    // The profile marks no sentence-initial word capitalized, so a content word opening a sentence may be the first name.
    private static bool FullName(TextUnit u, int k) =>
        u.Capitalized[k] && u.Stems[k] is not null && u.Stems[k - 1] is not null
        && (u.Capitalized[k - 1] || k == 1 || SentenceEnds.Contains(u.Words[k - 2]));

    /// <summary>True when <paramref name="word"/> (lower case) calls a report false, doubts or denies it ("hoax", "doubt", "denied").</summary>
    internal static bool IsDenyingWord(string word) => DenyingWords.Contains(word);

    /// <summary>True when word <paramref name="j"/> of <paramref name="u"/> denies outright: a denying word, itself not
    /// negated, not one that also means something else ("rumours", "dismissed", "lies"), and under no condition or
    /// modal (<see cref="Conditional"/>).</summary>
    internal static bool DeniesAt(TextUnit u, int j) =>
        !u.Negated[j] && DenyingWords.Contains(u.Words[j]) && !NotADenial.Contains(u.Words[j]) && !Conditional(u, j);

    /// <summary>True when a condition or a modal comes before word <paramref name="end"/>: a denial under it denies
    /// nothing ("asked if he would deny the $72 million figure", "dozens more would likely not get caught").</summary>
    internal static bool Conditional(TextUnit u, int end)
    {
        for (int i = 0; i < end && i < u.Words.Length; i++)
            if (u.Words[i] is "if" or "unless" || Lexicon.Modals.Contains(u.Words[i])) return true;
        return false;
    }

    /// <summary>
    /// The first word with which <paramref name="body"/> calls a report false, doubts, denies it or calls it a rumour,
    /// or null. A rumour its own sentence says was confirmed ("Rumors of Nelson's death first circulated on social
    /// media but was later confirmed by police") is reported as true, no denial (<see cref="ConfirmedRumour"/>).
    /// </summary>
    public static string? BodyDenial(TextProfile body)
    {
        var u = body.Whole;
        bool confirmed = false;
        for (int i = 0; i < u.Words.Length; i++)
        {
            if (u.Negated[i] || !DenyingWords.Contains(u.Words[i])) continue;
            if (!ConfirmedRumour(u, i)) return u.Words[i];
            confirmed = true;
        }
        // Every denying word outside a negation was looked at above; what Disowning adds is a negated truth word ("not
        // true"), which it may hide behind a confirmed rumour it finds first.
        return StanceRules.Disowning(u) is { } phrase && !(confirmed && DenyingWords.Contains(phrase)) ? phrase : null;
    }

    // Words that call a report a rumour: reported, not yet called false.
    private static readonly FrozenSet<string> RumourWords = FrozenSet.ToFrozenSet(
        ["rumor", "rumors", "rumour", "rumours"], StringComparer.Ordinal);

    // Words that say a report proved true.
    private static readonly FrozenSet<string> ConfirmingWords = FrozenSet.ToFrozenSet(
        ["confirmed", "confirms", "verified"], StringComparer.Ordinal);

    // Tokens that end a sentence inside a body's text.
    private static readonly FrozenSet<string> SentenceEnds = FrozenSet.ToFrozenSet([".", "!", "?", ";"], StringComparer.Ordinal);

    /// <summary>
    /// True when word <paramref name="index"/> of <paramref name="u"/> is a rumour word after which its own sentence
    /// says, outside a negation and with no condition or modal before it, that the report was confirmed ("Rumors of
    /// Nelson's death first circulated ... but was later confirmed by police"): the rumour proved true.
    /// </summary>
    internal static bool ConfirmedRumour(TextUnit u, int index)
    {
        if (!RumourWords.Contains(u.Words[index])) return false;
        for (int k = index + 1; k < u.Words.Length && !SentenceEnds.Contains(u.Words[k]); k++)
            if (ConfirmingWords.Contains(u.Words[k])) return !u.Negated[k] && !ConditionalBetween(u, index, k);
        return false;
    }

    // A condition, a modal or a "yet" between two words ("rumours that could be confirmed", "have yet to be confirmed").
    private static bool ConditionalBetween(TextUnit u, int from, int to)
    {
        for (int k = from + 1; k < to; k++)
            if (u.Words[k] is "if" or "unless" or "whether" or "yet" || Lexicon.Modals.Contains(u.Words[k])) return true;
        return false;
    }

    // At least minShared content stems of the lead, one of them no name: shared names alone ("Kim Jong-un broke his
    // ankle" against "North Korea denies reports Kim Jong-un is to open a restaurant") are another event.
    // A stem is no name when the article also writes it in lower case (commonWords): a title-cased line
    // ("McDonald's Will Stop Serving Overweight Customers") capitalizes every word.
    internal static bool SharesContent(TextUnit claim, HashSet<string?> leadStems, int minShared, HashSet<string>? commonWords = null)
    {
        var shared = new HashSet<string>(StringComparer.Ordinal);
        bool word = false;
        for (int i = 0; i < claim.Stems.Length; i++)
            if (claim.Stems[i] is { } stem && leadStems.Contains(stem))
            {
                shared.Add(stem);
                word |= (i > 0 && !claim.Capitalized[i]) || commonWords?.Contains(stem) == true; // a sentence-initial word may be a name too
            }
        return word && shared.Count >= Math.Max(1, minShared);
    }

    /// <summary>
    /// The stems <paramref name="u"/> writes in lower case inside a sentence (after a word or a comma, so never
    /// sentence-initial): common words, whatever capitals a title-cased line gives them elsewhere in the text.
    /// </summary>
    internal static HashSet<string> LowerCaseStems(TextUnit u)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        for (int k = 1; k < u.Words.Length; k++)
        {
            string previous = u.Words[k - 1];
            if (u.Stems[k] is { } stem && !u.Capitalized[k] && previous.Length > 0 && (char.IsLetterOrDigit(previous[0]) || previous == ","))
                stems.Add(stem);
        }
        return stems;
    }

    /// <summary>
    /// The claim of <paramref name="candidates"/> most similar to the lead among those that share at least
    /// <paramref name="minShared"/> content words with it (one of them no name), are no question, hedge nothing ("reportedly", "unclear") and deny, doubt or negate nothing (they
    /// assert what the lead calls false), and use <paramref name="asserted"/> when given (the stem the lead negates); a
    /// stem of <paramref name="commonWords"/> (<see cref="LowerCaseStems"/> of the article) counts as no name;
    /// ties go to the earlier claim; null when none does.
    /// </summary>
    public static Evidence? Assertion(Claim lead, TextProfile leadProfile, IReadOnlyList<Claim> candidates, Func<Claim, TextProfile> profile, string denial, int minShared,
        string? asserted = null, HashSet<string>? commonWords = null)
    {
        Evidence? best = null;
        var leadStems = leadProfile.Whole.Stems.Where(s => s is not null).ToHashSet(StringComparer.Ordinal);
        foreach (var claim in candidates)
        {
            if (claim.Opposes is not null || EvidenceClaims.DenialCue(claim)) continue;
            var p = profile(claim);
            double lexical = PairFeaturizer.Cosine(leadProfile.Whole, p.Whole);
            if (lexical <= 0 || p.Whole.Question || p.Whole.Negations > 0 || p.Whole.Hedges > 0 || BodyDenial(p) is not null) continue;
            if (!SharesContent(p.Whole, leadStems, minShared, commonWords) || (asserted is not null && !AssertsStem(p.Whole, asserted))) continue;
            if (OtherBearerOfName(leadProfile.Whole, p.Whole)) continue;
            double similarity = Evidence.SimilarityOf(lead, claim, lexical);
            if (best is null || similarity > best.Value.Similarity)
                best = new Evidence(claim, similarity, true, $"reports as fact what the lead claim denies ('{denial}'), and its article nowhere denies or doubts it");
        }
        return best;
    }
}
