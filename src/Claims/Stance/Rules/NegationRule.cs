using System.Runtime.InteropServices;
using Claims.Text;

namespace Claims.Stance;

/// <summary>
/// Negation mismatch: a content word both texts use is negated in one only ("not cancelled" vs "cancelled"), and the
/// texts are otherwise about the same subject.
/// </summary>
public sealed partial class NegationRule : IStanceRule
{
    /// <inheritdoc />
    public string Name => RuleName;

    /// <summary>The rule's name: <c>negation</c>.</summary>
    public const string RuleName = "negation";

    /// <inheritdoc />
    public RuleFinding? Evaluate(StancePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var a = pair.A;
        var b = pair.B;
        if (a.Negations == 0 && b.Negations == 0) return null;
        string? blocked = null;
        var wordsA = a.Memo(WordIndexKey, WordIndex.Of);
        var wordsB = b.Memo(WordIndexKey, WordIndex.Of);
        for (int i = 0; i < a.Words.Length; i++)
        {
            var s = a.Stems[i];
            if (s is null || Lexicon.ReportingStems.Contains(s)) continue;
            // The words of B that are the same word as A's (same stem or same verb lemma), in order: what a scan of
            // every word of B would reach.
            foreach (int j in wordsB.SameWords(s, wordsA.Lemmas[i]!))
            {
                if (b.Negated[j] == a.Negated[i] || NoDenialOfOneProposition(a, i, b, j, s)) continue;
                if (!pair.SameSubject([s])) return null;
                // One proposition about one event: same subject, object and time, and a statement on both sides.
                if (EventBlock(a, i, b, j) is { } block)
                {
                    blocked ??= block;
                    continue;
                }
                string pa = a.Negated[i] ? StanceRules.Phrase(a.Words, StanceRules.NegationStart(a, i), i) : a.Words[i];
                string pb = b.Negated[j] ? StanceRules.Phrase(b.Words, StanceRules.NegationStart(b, j), j) : b.Words[j];
                return new RuleFinding(this, StanceLabel.Contradicts, RuleEffect.Decide, 0.85, $"negation: '{pa}' vs '{pb}'");
            }
        }
        // A denial of another subject, object or time, or of a question, is no evidence of a contradiction for the
        // model either: the pair stays neutral unless another strong rule decides.
        return blocked is null ? null
            : new RuleFinding(this, StanceLabel.Neutral, RuleEffect.Veto, BlockConfidence, $"negation not the same event: {blocked}");
    }

    /// <summary>
    /// True when the content word <paramref name="i"/> of <paramref name="a"/> and <paramref name="j"/> of
    /// <paramref name="b"/>, negated on one side only, are still no denial of one proposition; each check says why.
    /// </summary>
    private static bool NoDenialOfOneProposition(TextUnit a, int i, TextUnit b, int j, string stem)
    {
        var (neg, ni, plain, pi) = a.Negated[i] ? (a, i, b, j) : (b, j, a, i);
        return NotOnePredicate(a, i, b, j, stem, neg, ni, plain, pi) || NotOneDenial(a, i, b, j, stem, neg, ni, plain, pi);
    }

    // The two words written alike are no one predicate: a figure, a function word, another word class or sense.
    private static bool NotOnePredicate(TextUnit a, int i, TextUnit b, int j, string stem, TextUnit neg, int ni, TextUnit plain, int pi)
    {
        // A figure ("not 16-year-old") is the number rule's to compare; a two-letter piece of a name ("al" of
        // "al-Baghdadi's wife") is no proposition.
        if (char.IsDigit(a.Words[i][0]) || a.Words[i].Length < 3) return true;
        // "nothing else", "isn't much", "without actually": a quantifier or an adverb states no proposition.
        if (Lexicon.FunctionLike.Contains(a.Words[i]) || FirstTime(a, i) || FirstTime(b, j)) return true;
        // "nothing you can do, folks" and "nothing you can do folks": the same negation stands before the word on the
        // plain side too, only its punctuation ends the scope there.
        if (SameNegationBefore(neg, ni, plain, pi)) return true;
        // "the pope was not personally attacking" and "a political person", "isn't likely" and "like", "no records
        // responsive" and "responsible": one stem, but a suffix that makes another word (adverb, adjective).
        if (WordForms.DerivedApart(a.Words[i], b.Words[j], stem)) return true;
        // "outsiders like Donald Trump" and "they don't like to talk about it": "like" out of a verb's slot is a preposition.
        if (LikeAsPreposition(a, i) != LikeAsPreposition(b, j)) return true;
        // "cannot make a definitive statement" and "a calculation made by the campaign": a light verb's sense is its
        // object, and the objects differ or one is missing.
        if (LightVerbWithoutSharedObject(a, i, b, j)) return true;
        // "are not going to be like Trump" and "are going to have interns": "going to" marks a future, no proposition.
        if (FutureGoing(a, i) || FutureGoing(b, j)) return true;
        // "just not the votes" and "he had voted for Rubio": a plural noun (ballots) and a verb written alike are
        // different predicates.
        if (WordClasses.Of(a, i) is var ca && WordClasses.Of(b, j) is var cb && ca != cb
            && ca != WordClass.Unknown && cb != WordClass.Unknown) return true;
        return false;
    }

    // The negation does not deny what the plain side asserts: its scope, the plain side's assertion or the subject differ.
    private static bool NotOneDenial(TextUnit a, int i, TextUnit b, int j, string stem, TextUnit neg, int ni, TextUnit plain, int pi)
    {
        // The same word un-negated elsewhere on the negated side means both readings are present.
        if (HasPlain(neg, stem)) return true;
        // "No Ukraine breakthrough" negates the breakthrough, not Ukraine: a determiner "no" scopes over the
        // head of its noun phrase, not over the words modifying it.
        if (IsModifierUnderNo(neg, ni)) return true;
        // "it's not a confirmed Ebola case" denies that it is such a case, not that cases were confirmed: under
        // "not" and a determiner, a word followed by another content word modifies the phrase's head; purposes,
        // complements past the head, times and comparisons narrow a denial too (NegationScope).
        if (NegationScope.NarrowsDenial(neg, ni, plain, pi)) return true;
        // "failed to reach a compromise" is as negative as "no compromise", "stop arresting" as "no longer arrest": nothing flips.
        if (StanceRules.ImplicitlyNegated(plain, pi) || StanceRules.Ceased(plain, pi)) return true;
        // "not ready to end the war" denies readiness, not ending: "not" scopes over the first content word.
        if (!IsFirstAfterNegator(neg, ni)) return true;
        // "not only showed footage ... but also" adds, it does not deny.
        if (NotOnly(neg, ni)) return true;
        // "haven't felt so violated in my life before" compares degrees; it does not deny the feeling.
        if (PropositionGuards.DegreeCompared(neg, ni)) return true;
        // Conditions, requests, pleas and denials the plain side shares: no fact stands against the denial.
        if (NothingFlips(a, i, b, j)) return true;
        // "not how to propose", "not all Apple Watch models", "by no means": the negator denies a manner, a
        // quantity or nothing, not the word; "none of the shots ... was aimed" denies the aiming.
        if (Deflected(neg, ni) || PartitiveRestrictor(neg, ni, plain)) return true;
        // "Christian Bale will not play Steve Jobs" and "unclear who will play Steve Jobs": the denial is said
        // of its subject, which the other text must name for the two to be one proposition.
        if (!SubjectNamed(neg, ni, plain, pi)) return true;
        // The word must be used about the same thing on both sides: "no plans for a meeting" and "a possible
        // peace plan for Ukraine" share the word, not its neighbours.
        if (!StanceRules.NeighboursShared(a, i, b, j)) return true;
        // "The arrest is a hoax" and "he has not been arrested": the plain side calls the report false
        // itself, so both deny it.
        if (StanceRules.Disowning(plain) is not null) return true;
        // "clips that purported to show that Saudi TV blurred" reports the blurring at a distance.
        if (Distanced(plain)) return true;
        // "in talks to play Jobs" and "dared to eat the burger" state an intention, not that it happened; a headline's
        // "Christian Bale to play Steve Jobs" (nothing but a name before "to") announces it as a fact to come.
        // "is set to play Jobs" and a headline's "Batman Set To Play Steve Jobs" announce it as scheduled, as certain.
        // The denial must name the subject then: "will not be playing Steve Jobs" (subject cut) and "Seth Rogen is set to
        // play Steve Wozniak" may be said of two actors.
        if (IsInfinitive(plain, pi) && !HeadlineFuture(plain, pi - 1) && !(ScheduledFuture(plain, pi - 1) && SubjectShared(neg, ni, plain, pi))) return true;
        return false;
    }

    /// <summary>
    /// True when the plain side asserts nothing the denial could contradict (a condition, a request, a demand, a
    /// clause before something began) or denies the same thing in other words, so the polarity does not flip.
    /// </summary>
    private static bool NothingFlips(TextUnit a, int i, TextUnit b, int j)
    {
        var (neg, ni, plain, pi) = a.Negated[i] ? (a, i, b, j) : (b, j, a, i);
        // "if Vogue didn't reflect modern culture, nobody would talk about us": a condition's consequent.
        if (ClauseGuards.Hypothetical(neg, ni) || ClauseGuards.Hypothetical(plain, pi)) return true;
        // "before negotiations began" (not yet begun) and "demanding the release" (not done): nothing asserted.
        if (ClauseGuards.BeforeClause(plain, pi) || ClauseGuards.Demanded(plain, pi) || ClauseGuards.Aimed(plain, pi)) return true;
        // "criminalizes gross negligence, regardless of intent" says intent makes no difference, not that there was one.
        if (ClauseGuards.SetAside(plain, pi)) return true;
        // "must be careful not to launch", "an attempt not to engage": a caution or an attempt, not a fact denied.
        if (ClauseGuards.Cautioned(neg, ni)) return true;
        // "doesn't make much sense" against "a claim made by": an idiom is another verb.
        if (AntonymRule.Idiomatic(a, i) != AntonymRule.Idiomatic(b, j)) return true;
        // "will not begin until January" says when it begins, not that it does not.
        if (NotUntil(neg, ni)) return true;
        // "don't come with any weapons" and "don't have any weapons": the plain side denies it as well, also in the
        // predicate of a negative subject ("not a single person has come forward claiming to have seen the object").
        if (StanceRules.InNegatedClause(plain, pi) || ClauseGuards.NegatedSubject(plain, pi)) return true;
        // "he never showed up" against "a local news show": a verb with a particle is another word.
        if (ClauseGuards.ParticleDiffers(a, i, b, j)) return true;
        // "hasn't gone unnoticed" against "went after Clinton's record": "go" linking an adjective is another verb.
        if (ClauseGuards.LinkingGo(a, i) != ClauseGuards.LinkingGo(b, j)) return true;
        // "the facilities do not have the capabilities" and "no laboratory facility"; "never had offers before".
        if (CompatibleDenials.PlainSideDenies(plain, pi) || CompatibleDenials.Novelty(neg, ni)) return true;
        // "Without a charge, a dead watch is no watch" sets a condition; "no path other than ..." names the exception.
        if (CompatibleDenials.FrontedWithout(neg, ni) || DenialContexts.NoOpposite(neg, ni)) return true;
        // "Please buy my daughter" asks for it; "no-one bought her" does not deny a request.
        if (CompatibleDenials.Requested(plain, pi) || CompatibleDenials.NegativeImperative(neg, ni)) return true;
        // "they don't have a navy, air force, nuclear weapons": a later item of a denied list is denied too.
        if (CompatibleDenials.NegatedList(plain, pi)) return true;
        // "what it did not include: any mention of Russia" and "did not mention Russia": a negative-polarity "any"
        // after a negated verb is denied with it, across a colon too.
        if (CompatibleDenials.NegativePolarityAny(plain, pi)) return true;
        // "sources have negated the existence of any suspected cases" and "no suspected cases": so does a verb of denial.
        if (DeniedByVerb(plain, pi)) return true;
        // "to decide when he's ready to support the nominee or not": an alternative with its own denial asserts neither.
        if (OrNotFollows(plain, pi)) return true;
        // "threatened to kill him if demands were not met" and "unless demands were met": conditions.
        if (StanceRules.InCondition(a, i) || StanceRules.InCondition(b, j)) return true;
        return false;
    }

    /// <summary>The most words from a word to the "or not" that makes its clause an alternative.</summary>
    private const int OrNotReach = 10;

    /// <summary>True when "or not" follows word <paramref name="index"/> within its clause ("whether he's ready or not").</summary>
    private static bool OrNotFollows(TextUnit u, int index)
    {
        for (int k = index + 1; k + 1 < u.Words.Length && k <= index + OrNotReach; k++)
        {
            string w = u.Words[k];
            if (w.Length > 0 && !char.IsLetterOrDigit(w[0]) && !StanceRules.IsQuote(w)) return false;
            if (w == "or" && u.Words[k + 1] == "not") return true;
        }
        return false;
    }

    /// <summary>The confidence of a negation the event checks blocked (below the strong rules', which still decide).</summary>
    private const double BlockConfidence = 0.6;

    /// <summary>
    /// Why negated word <paramref name="i"/> of <paramref name="a"/> (or <paramref name="j"/> of <paramref name="b"/>,
    /// whichever is negated) and the other side's plain word are not one proposition about one event, or null.
    /// </summary>
    private static string? EventBlock(TextUnit a, int i, TextUnit b, int j)
    {
        var (neg, ni, plain, pi) = a.Negated[i] ? (a, i, b, j) : (b, j, a, i);
        int start = StanceRules.NegationStart(neg, ni);
        // "we have not announced any plans to offer" beside "we offer the first episode": both readings on the plain side.
        if (NegatedElsewhere(plain, neg.Stems[ni]!)) return $"'{plain.Words[pi]}' is denied on its own side too";
        if (EventGuards.DoubleNegation(neg, ni)) return $"'{StanceRules.Phrase(neg.Words, start, ni)}' is a double negation";
        if (EventGuards.CorrectionBothNamed(neg, ni, plain)) return $"'{neg.Words[start - 2]}, {StanceRules.Phrase(neg.Words, start, ni)}' is a correction the other side names both sides of";
        if (EventGuards.PlainModifier(neg, start, plain, pi)) return $"'{plain.Words[pi]} {plain.Words[pi + 1]}' modifies a noun";
        return DenialContexts.Block(neg, ni, plain, pi) ?? EventGuards.NotAStatement(neg, ni, start) ?? EventGuards.NotAStatement(plain, pi, pi)
            ?? EventGuards.PronounSubjects(neg, start, plain, pi) ?? DenialOccasions.PronounAgainstName(neg, start, plain, pi)
            ?? DenialOccasions.SubjectNumbers(neg, start, plain, pi)
            ?? DenialOccasions.BareExistential(neg, start, plain)
            ?? (EventGuards.PredicateNoun(neg, start, ni) ? null : EventGuards.DifferentSubjects(neg, start, ni, plain, pi))
            ?? NegationScope.RelativeAntecedent(neg, start, plain, pi)
            ?? EventGuards.DifferentObjects(neg, ni, plain, pi) ?? EventGuards.DifferentTimes(neg, plain)
            ?? PropositionGuards.DeniedPredicate(neg, ni, start, plain, pi) ?? PropositionGuards.PossessedHead(neg, ni, plain)
            ?? PropositionGuards.PresupposedByPossessor(neg, start, plain, pi)
            ?? PropositionGuards.PassiveRoles(neg, ni, start, plain, pi) ?? PropositionGuards.ElidedClause(neg, ni, start, plain)
            ?? ClauseGuards.NegatedRelative(neg, ni) ?? ClauseGuards.ComplementOfHead(neg, ni, start, plain)
            ?? ClauseGuards.ObjectOfAnotherVerb(neg, start, plain, pi) ?? ClauseGuards.NegatedPlace(neg, ni, start, plain, pi)
            ?? ClauseGuards.AdjectiveComplement(neg, ni, plain);
    }

    /// <summary>True when <paramref name="u"/> has <paramref name="stem"/> under a negation somewhere.</summary>
    private static bool NegatedElsewhere(TextUnit u, string stem)
    {
        for (int k = 0; k < u.Stems.Length; k++)
            if (u.Stems[k] == stem && (u.Negated[k] || StanceRules.InNegatedClause(u, k))) return true;
        return false;
    }

    /// <summary>True when word <paramref name="index"/> is the first content word after its negator ("no" excepted).</summary>
    internal static bool IsFirstAfterNegator(TextUnit u, int index)
    {
        int start = StanceRules.NegationStart(u, index);
        if (start == index) return true;
        // "no longer arrest people" is a "not" over the verb, not a determiner over "people".
        bool noLonger = u.Words[start] == "no" && start + 1 < u.Words.Length && u.Words[start + 1] == "longer";
        if (u.Words[start] == "no" && !noLonger) return true;
        for (int k = start + (noLonger ? 2 : 1); k < index; k++)
            if (u.Stems[k] is not null) return false;
        return true;
    }

    private static readonly object WordIndexKey = new();

    /// <summary>
    /// A unit's content words by stem and by verb lemma, so that the words of another unit that are the same word
    /// (same stem, or the same verb where one form is irregular: "meet" / "met") are found without comparing every
    /// pair of words (quadratic in the length of long texts).
    /// </summary>
    private sealed class WordIndex
    {
        private static readonly int[] None = [];
        private readonly Dictionary<string, int[]> _byStem;
        private readonly Dictionary<string, int[]> _byLemma;

        private WordIndex(string?[] lemmas, Dictionary<string, int[]> byStem, Dictionary<string, int[]> byLemma)
        {
            Lemmas = lemmas;
            _byStem = byStem;
            _byLemma = byLemma;
        }

        /// <summary>Per word, the verb lemma of the word as written (<see cref="Claims.Text.VerbLemmas"/>), null for words without a stem.</summary>
        public string?[] Lemmas { get; }

        public static WordIndex Of(TextUnit u)
        {
            var lemmas = new string?[u.Words.Length];
            var byStem = new Dictionary<string, int[]>(StringComparer.Ordinal);
            var byLemma = new Dictionary<string, int[]>(StringComparer.Ordinal);
            for (int k = 0; k < u.Words.Length; k++)
            {
                if (u.Stems[k] is not { } stem) continue;
                string lemma = lemmas[k] = RoleLemma(u, k, Claims.Text.VerbLemmas.Default.Lemma(u.Words[k]));
                Add(byStem, stem, k);
                Add(byLemma, lemma, k);
            }
            return new WordIndex(lemmas, byStem, byLemma);
        }

        /// <summary>
        /// The lemma under which word <paramref name="k"/> is compared: "play" for "star" before "as" ("will not be
        /// starring as Steve Jobs" denies what "Bale to play Steve Jobs" asserts: one predicate, taking a role), else
        /// <paramref name="lemma"/>.
        /// </summary>
        private static string RoleLemma(TextUnit u, int k, string lemma) =>
            lemma == RoleTakingStar && k + 1 < u.Words.Length && u.Words[k + 1] == "as" ? RoleTakingPlay : lemma;

        // "star as" (a role) is the predicate "play" (a role).
        private const string RoleTakingStar = "star";
        private const string RoleTakingPlay = "play";

        /// <summary>Ascending positions of the words with stem <paramref name="stem"/> or verb lemma <paramref name="lemma"/>.</summary>
        public int[] SameWords(string stem, string lemma)
        {
            var byStem = _byStem.GetValueOrDefault(stem, None);
            var byLemma = _byLemma.GetValueOrDefault(lemma, None);
            if (byLemma.Length == 0 || ReferenceEquals(byStem, byLemma)) return byStem;
            if (byStem.Length == 0) return byLemma;
            var merged = new List<int>(byStem.Length + byLemma.Length);
            int x = 0, y = 0;
            while (x < byStem.Length || y < byLemma.Length)
            {
                int next = y == byLemma.Length || (x < byStem.Length && byStem[x] <= byLemma[y]) ? byStem[x] : byLemma[y];
                if (x < byStem.Length && byStem[x] == next) x++;
                if (y < byLemma.Length && byLemma[y] == next) y++;
                merged.Add(next);
            }
            return [.. merged];
        }

        // Appends position to the key's ascending positions: most words occur once in a claim, so an array a key
        // (grown by one on a repeat) costs less than a list a key copied into an array at the end.
        private static void Add(Dictionary<string, int[]> index, string key, int position)
        {
            ref int[]? positions = ref CollectionsMarshal.GetValueRefOrAddDefault(index, key, out _);
            if (positions is null) { positions = [position]; return; }
            var grown = new int[positions.Length + 1];
            positions.CopyTo(grown, 0);
            grown[^1] = position;
            positions = grown;
        }
    }

    /// <summary>
    /// True when word <paramref name="index"/> of <paramref name="neg"/> is in the noun phrase of a partitive "none of" /
    /// "neither of" (before the clause's first auxiliary) and <paramref name="plain"/> does not use the clause's
    /// predicate: "none of the shots by either side was aimed at the other's vessel" denies the aiming, not that shots
    /// were fired, while "none of the passengers were injured" still denies "two passengers were injured".
    /// </summary>
    private static bool PartitiveRestrictor(TextUnit neg, int index, TextUnit plain)
    {
        int start = StanceRules.NegationStart(neg, index);
        var words = neg.Words;
        if (words[start] is not ("none" or "neither") || start + 2 > index || words[start + 1] != "of") return false;
        int k = start + 2;
        while (k < words.Length && !IsAuxiliary(words[k])) k++;
        if (k <= index) return false;
        // The predicate: the first content word after the auxiliaries ("was aimed").
        while (k < words.Length && (neg.Stems[k] is null || IsAuxiliary(words[k]))) k++;
        return k < words.Length && Array.IndexOf(plain.Stems, neg.Stems[k]) < 0;
    }

    private static bool IsAuxiliary(string word) => Array.IndexOf(WordLists.AuxiliaryVerbs, word) >= 0;

    /// <summary>
    /// True unless both sides give the word a subject (the content words of its clause before the negator or the word)
    /// and the negated side's subject is named nowhere in <paramref name="other"/>: "Wife and child of Baghdadi held"
    /// has no subject before "wife", so "a woman detained in Lebanon was not the wife" may deny it.
    /// </summary>
    private static bool SubjectNamed(TextUnit negated, int index, TextUnit other, int otherIndex)
    {
        var subject = StanceRules.ClauseSubject(negated, StanceRules.NegationStart(negated, index));
        if (subject.Count == 0 || StanceRules.ClauseSubject(other, otherIndex).Count == 0) return true;
        foreach (var stem in subject)
            if (Array.IndexOf(other.Stems, stem) >= 0) return true;
        return false;
    }

    /// <summary>
    /// True when the words from the negator to word <paramref name="ni"/> of <paramref name="neg"/> (two or more, the
    /// negator included) stand right before word <paramref name="pi"/> of <paramref name="plain"/> as well, punctuation
    /// aside: the plain side carries the same negation, which a comma or dash cut off from the word.
    /// </summary>
    private static bool SameNegationBefore(TextUnit neg, int ni, TextUnit plain, int pi)
    {
        int start = StanceRules.NegationStart(neg, ni);
        if (start >= ni) return false;
        int k = pi - 1;
        for (int m = ni - 1; m >= start; m--)
        {
            while (k >= 0 && plain.Words[k].Length > 0 && !char.IsLetterOrDigit(plain.Words[k][0])) k--;
            if (k < 0 || !string.Equals(plain.Words[k], neg.Words[m], StringComparison.Ordinal)) return false;
            k--;
        }
        return true;
    }

    /// <summary>True when word <paramref name="index"/> is "like" where no verb stands (no subject, auxiliary, negator or "to" before it).</summary>
    private static bool LikeAsPreposition(TextUnit u, int index) =>
        u.Words[index] == "like" && WordClasses.Of(u, index) != WordClass.Verb;

    /// <summary>Verbs (by lemma) whose sense is their object's: "make a statement", "get a waiver", "give a gift".</summary>
    internal static readonly System.Collections.Frozen.FrozenSet<string> LightVerbLemmas = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["make", "get", "take", "give", "have", "put"], StringComparer.Ordinal);

    /// <summary>
    /// True when word <paramref name="i"/> of <paramref name="a"/> and <paramref name="j"/> of <paramref name="b"/> are a
    /// light verb (<see cref="LightVerbLemmas"/>) and the objects after them share no content word, or one side has none.
    /// </summary>
    private static bool LightVerbWithoutSharedObject(TextUnit a, int i, TextUnit b, int j)
    {
        if (!LightVerbLemmas.Contains(Claims.Text.VerbLemmas.Default.Lemma(a.Words[i]))) return false;
        var oa = EventGuards.Object(a, i);
        var ob = EventGuards.Object(b, j);
        return !oa.Exists(ob.Contains);
    }

    /// <summary>True when word <paramref name="index"/> is "going" before "to": the future's auxiliary.</summary>
    private static bool FutureGoing(TextUnit u, int index) =>
        u.Words[index] == "going" && index + 1 < u.Words.Length && u.Words[index + 1] == "to";

    private static bool IsInfinitive(TextUnit u, int index) => index > 0 && u.Words[index - 1] == "to";

    /// <summary>
    /// True when the "to" at <paramref name="to"/> opens a headline's future ("Steve Ballmer to step down"): the
    /// words before it are a name of two or more words (capitalized past the sentence start, where every word is) and
    /// "to" is not capitalized, so they are no title-case "In Talks" and no single "Plans".
    /// </summary>
    private static bool HeadlineFuture(TextUnit u, int to)
    {
        if (to < 2 || u.Capitalized[to]) return false;
        for (int k = 1; k < to; k++)
            if (!u.Capitalized[k]) return false;
        return true;
    }

    /// <summary>
    /// True when the "to" at <paramref name="to"/> follows "set" after a form of "be" ("Bale is set to play Jobs") or
    /// a title-cased "Set" ("Batman Set To Play Steve Jobs"): the text announces the event as scheduled.
    /// </summary>
    private static bool ScheduledFuture(TextUnit u, int to) =>
        to >= 2 && u.Words[to - 1] == "set" && (u.Capitalized[to - 1] || Array.IndexOf(Claims.Text.WordLists.BeForms, u.Words[to - 2]) >= 0);

    /// <summary>True when both clause subjects (<see cref="StanceRules.ClauseSubject"/>) are there and share a content word.</summary>
    private static bool SubjectShared(TextUnit negated, int index, TextUnit other, int otherIndex)
    {
        var subject = StanceRules.ClauseSubject(negated, StanceRules.NegationStart(negated, index));
        var otherSubject = StanceRules.ClauseSubject(other, otherIndex);
        return subject.Exists(otherSubject.Contains);
    }

    private static bool IsModifierUnderNo(TextUnit u, int index)
    {
        int start = StanceRules.NegationStart(u, index);
        if (start == index || u.Words[start] != "no") return false;
        return index + 1 < u.Words.Length && u.Stems[index + 1] is not null;
    }

    private static bool Distanced(TextUnit u)
    {
        foreach (var w in u.Words)
            if (Lexicon.Distancing.Contains(w)) return true;
        return false;
    }

    private static bool HasPlain(TextUnit u, string stem)
    {
        for (int k = 0; k < u.Stems.Length; k++)
            if (u.Stems[k] == stem && !u.Negated[k]) return true;
        return false;
    }
}
