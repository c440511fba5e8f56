using System.Collections.Frozen;

namespace Claims.Stance;

/// <summary>
/// Checks that a word negated on one side and asserted on the other is one proposition about one event: the same
/// subject (a first- or second-person pronoun is its speaker or addressee, not the other text's subject), the same
/// object, a statement in both (no question, imperative, counterfactual or indirect question), and the same time.
/// Each check returns the reason it blocks, or null. Word lists are named sets below; no parser is needed.
/// </summary>
internal static class EventGuards
{
    /// <summary>Pronouns that name the speaker or the addressee: "we saw" and "they didn't see" are two witnesses.</summary>
    public static readonly FrozenSet<string> SpeakerPronouns = Set("i", "we", "you", "me", "us");

    /// <summary>Personal pronouns that can be a clause's subject.</summary>
    public static readonly FrozenSet<string> SubjectPronouns = Set("i", "we", "you", "they", "he", "she", "it");

    /// <summary>Words between a subject and its predicate: auxiliaries and the adverbs that sit among them.</summary>
    public static readonly FrozenSet<string> Auxiliaries = Set(
        [.. Claims.Text.WordLists.BeForms, "have", "has", "had", "am", "will", "would", "shall", "should",
        "can", "could", "may", "might", "must", "do", "does", "did", "'re", "'ve", "'m", "'s", "'d", "'ll", "still", "now",
        "also", "just", "already", "currently", "often", "always", "never", "ever", "really", "n't", "not", "no", "longer",
        "reportedly", "allegedly", "apparently"]);

    /// <summary>Words that open an indirect question after a verb ("not identified who the man is").</summary>
    public static readonly FrozenSet<string> IndirectQuestionWords = Set(
        "who", "whom", "whose", "what", "which", "how", "why", "where", "when", "whether", "if");

    /// <summary>Words that, opening the clause before a word, make it an indirect question ("how mentioning the name would have helped").</summary>
    public static readonly FrozenSet<string> IndirectQuestionOpeners = Set("how", "why", "whether");

    /// <summary>Modals that, followed by "have", state a counterfactual ("would have helped"): nothing happened.</summary>
    public static readonly FrozenSet<string> CounterfactualModals = Set("would", "could", "should", "might", "would've", "could've", "should've", "might've");

    /// <summary>Words after a sentence-initial bare verb that mark an imperative ("Talk about the Apple Watch").</summary>
    public static readonly FrozenSet<string> ImperativeFollowers = Set(
        "about", "the", "a", "an", "your", "yourself", "yourselves", "it", "this", "that", "these", "those", "to", "with",
        "on", "up", "out", "me", "us", "them", "him", "her", "all", "more", "for", "in", "into", "off", "away", "down");

    /// <summary>Determiners before a noun that may modify the next noun ("a robot manufacturer").</summary>
    public static readonly FrozenSet<string> Determiners = Set(
        "a", "an", "the", "this", "that", "these", "those", "some", "his", "her", "its", "their", "our", "my", "your");

    /// <summary>Determiners and quantifiers skipped before a verb's object ("experience any major problems").</summary>
    public static readonly FrozenSet<string> ObjectDeterminers = Set(
        "a", "an", "the", "any", "some", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those");

    /// <summary>Words that bound or approximate a figure before an object ("at least 25", "more than 100", "about 50").</summary>
    public static readonly FrozenSet<string> QuantityWords = Set("at", "least", "most", "more", "fewer", "less", "than", "about", "nearly", "almost", "roughly");

    /// <summary>Words that open a noun's complement ("a confirmation about ...", "a confirmation that ...").</summary>
    public static readonly FrozenSet<string> ComplementWords = Set("about", "that", "of", "over");

    /// <summary>Time anchors by the time they put a statement at: a past point, the present, or a span up to now.</summary>
    public static readonly IReadOnlyList<(string Name, string[][] Phrases)> TimeAnchors =
    [
        ("past", Phrases("at the time", "at that time", "back then", "previously", "formerly", "used to", "in the past", "at one point")),
        ("present", Phrases("now", "still", "currently", "today", "no longer", "anymore", "any more", "these days", "nowadays")),
        ("span", Phrases("for years", "for months", "for decades", "for weeks", "in years", "in months", "since", "of late", "lately",
            "in recent days", "in recent weeks")),
    ];

    /// <summary>Units of a counted span ("in six days", "in 10 weeks"): the span up to now, a time anchor of its own.</summary>
    private static readonly FrozenSet<string> SpanUnits = Set("days", "weeks", "months", "years");

    /// <summary>
    /// The reason the clause subjects differ, or null: a speaker pronoun ("we", "I", "you") on one side is the same
    /// entity as the other side's subject only when that is the same pronoun ("We saw yellow smoke" and "they didn't see
    /// anything strange" are two witnesses; "We have not identified who the man is" is not said of "A man on the video").
    /// </summary>
    public static string? PronounSubjects(TextUnit negated, int negatedStart, TextUnit other, int otherIndex)
    {
        string? pn = PronounSubject(negated, negatedStart), po = PronounSubject(other, otherIndex);
        bool speakerN = pn is not null && SpeakerPronouns.Contains(pn), speakerO = po is not null && SpeakerPronouns.Contains(po);
        if (!speakerN && !speakerO) return null;
        if (pn == po) return null;
        // An other side with no subject at all (a headline "Not found in mass grave") names nobody to differ from.
        if (pn is null && StanceRules.ClauseSubject(negated, negatedStart).Count == 0) return null;
        if (po is null && StanceRules.ClauseSubject(other, otherIndex).Count == 0) return null;
        return $"different subjects '{pn ?? Head(negated, negatedStart)}' vs '{po ?? Head(other, otherIndex)}'";
    }

    /// <summary>
    /// The personal pronoun right before the predicate at <paramref name="start"/> (auxiliaries and adverbs skipped,
    /// "we're" read as "we"), or null when the subject is no pronoun.
    /// </summary>
    public static string? PronounSubject(TextUnit u, int start)
    {
        for (int k = start - 1; k >= 0 && k >= start - 6; k--)
        {
            string w = u.Words[k];
            int apostrophe = w.IndexOfAny(['\'', '\u2019']);
            if (apostrophe > 0)
            {
                string head = w[..apostrophe];
                return SubjectPronouns.Contains(head) ? head : null;
            }
            if (Auxiliaries.Contains(w)) continue;
            return SubjectPronouns.Contains(w) ? w : null;
        }
        return null;
    }

    /// <summary>
    /// The reason the clause subjects differ, or null: when both sides give the predicate a subject of content words
    /// ("28 bodies found in a mass grave" against "the missing students were not found"), they must share one.
    /// </summary>
    public static string? DifferentSubjects(TextUnit negated, int negatedStart, int negatedIndex, TextUnit other, int otherIndex)
    {
        var sn = StanceRules.ClauseSubject(negated, negatedStart);
        var so = StanceRules.ClauseSubject(other, otherIndex);
        if (sn.Count == 0 || so.Count == 0) return null;
        // A name anywhere in the other text is its subject too ("Bale will not play Jobs" and "Jobs will be played by Bale").
        foreach (var s in sn)
            if (so.Contains(s) || other.Names.Contains(s)) return null;
        // "The missiles were not supplied by Iran" and "Iran supplied the missiles": the roles are swapped, each
        // subject follows the word on the other side.
        if (FollowsWithin(other, otherIndex, sn) && FollowsWithin(negated, negatedIndex, so)) return null;
        return $"different subjects '{string.Join(' ', Enumerable.Reverse(sn))}' vs '{string.Join(' ', Enumerable.Reverse(so))}'";
    }

    /// <summary>True when one of <paramref name="stems"/> is among the ten words after <paramref name="index"/>.</summary>
    private static bool FollowsWithin(TextUnit u, int index, List<string> stems)
    {
        for (int k = index + 1; k < u.Words.Length && k <= index + 10; k++)
            if (u.Stems[k] is { } s && stems.Contains(s)) return true;
        return false;
    }

    /// <summary>
    /// True when the negated word is a noun the negation denies of its subject ("the young woman who has given birth is
    /// not a nun"): the other text's subject may be that noun itself ("A Bolivian nun gave birth"), so subjects are not
    /// compared.
    /// </summary>
    public static bool PredicateNoun(TextUnit u, int start, int index)
    {
        var be = Claims.Text.WordLists.BeForms;
        bool copula = (Array.IndexOf(be, u.Words[start]) >= 0 && u.Words[start] is not ("be" or "been" or "being"))
            || (start > 0 && u.Words[start] == "not" && Array.IndexOf(be, u.Words[start - 1]) >= 0);
        if (!copula) return false;
        bool determiner = false;
        for (int k = start + 1; k < index; k++)
        {
            if (u.Words[k] is "a" or "an" or "the") determiner = true;
            else if (u.Words[k] is not ("n't" or "not")) return false;
        }
        return determiner;
    }

    /// <summary>
    /// The reason the objects differ, or null: when the word is a verb followed directly by an object on both sides
    /// ("will not experience any major problems" against "will experience 6 days of darkness"), the objects must share
    /// a content word.
    /// </summary>
    public static string? DifferentObjects(TextUnit a, int i, TextUnit b, int j)
    {
        // A name has no object ("not Tiger Woods selling an island" / "owned by Tiger Woods up for sale").
        if (a.Capitalized[i] || b.Capitalized[j]) return null;
        var oa = Object(a, i);
        var ob = Object(b, j);
        // Names ("Apple Watch", "al-Baghdadi") place the objects in a story; what is said about them must meet.
        oa.RemoveAll(s => a.Names.Contains(s) || b.Names.Contains(s));
        ob.RemoveAll(s => a.Names.Contains(s) || b.Names.Contains(s));
        if (oa.Count == 0 || ob.Count == 0) return null;
        foreach (var s in oa)
            if (ob.Contains(s)) return null;
        return $"different objects '{string.Join(' ', oa)}' vs '{string.Join(' ', ob)}'";
    }

    /// <summary>
    /// Up to four content stems of the object right after word <paramref name="index"/>, or of the complement a noun
    /// opens ("confirmation about a platinum variant", "confirmation that the watch will be more rugged"); determiners
    /// skipped; none when no content word follows directly.
    /// </summary>
    internal static List<string> Object(TextUnit u, int index)
    {
        var stems = new List<string>();
        int k = index + 1;
        if (k < u.Words.Length && ComplementWords.Contains(u.Words[k])) k++;
        // "won at least 25 delegates", "won 13": the figure and its bound words count the object, the noun names it.
        while (k < u.Words.Length && (ObjectDeterminers.Contains(u.Words[k]) || QuantityWords.Contains(u.Words[k])
            || (u.Words[k].Length > 0 && char.IsDigit(u.Words[k][0])))) k++;
        if (k >= u.Words.Length || u.Stems[k] is null) return stems;
        for (; k < u.Words.Length && stems.Count < 4; k++)
        {
            string w = u.Words[k];
            if (w.Length == 0 || (!char.IsLetterOrDigit(w[0]) && w != "$")) break;
            if (Lexicon.ClauseOpeners.Contains(w) || w is "and" or "or" or "but") break;
            if (u.Stems[k] is { } s) stems.Add(s);
        }
        return stems;
    }

    /// <summary>The most words from an indirect question's opener ("how", "why") to a word it holds.</summary>
    public const int IndirectQuestionReach = 8;

    /// <summary>The most words from "whether" to a word its clause holds: a "whether" clause states nothing, so its
    /// reach is the clause's (up to a clause opener or punctuation), capped here.</summary>
    public const int WhetherReach = 14;

    /// <summary>
    /// The reason word <paramref name="index"/> is not stated as a fact, or null: its sentence is a question, it opens
    /// an imperative ("Talk about the Apple Watch"), a counterfactual ("would have helped") or an indirect question
    /// ("how mentioning the name would have helped") holds it, or its object is an indirect question ("not identified
    /// who the man is" does not deny that the man is identified).
    /// </summary>
    public static string? NotAStatement(TextUnit u, int index, int start)
    {
        if (InQuestion(u, index)) return $"'{u.Words[index]}' is in a question";
        if (Imperative(u, start)) return $"'{u.Words[index]}' is in an imperative";
        if (Counterfactual(u, index)) return $"'{u.Words[index]}' is in a counterfactual";
        if (index + 1 < u.Words.Length && IndirectQuestionWords.Contains(u.Words[index + 1]) && u.Words[index + 1] != "if")
            return $"'{u.Words[index]} {u.Words[index + 1]}' takes an indirect question";
        for (int k = start - 1; k >= 0 && k >= start - WhetherReach; k--)
        {
            string w = u.Words[k];
            if (w.Length == 0 || (!char.IsLetterOrDigit(w[0]) && !IsQuote(w))) break;
            // "whether" never states what its clause says, however long the clause ("whether any of the participants
            // knew they were sending classified information"); "how" and "why" may tell it ("explained how it was done").
            if (IndirectQuestionOpeners.Contains(w) && (start - k <= IndirectQuestionReach || w == "whether"))
                return $"'{u.Words[index]}' is in an indirect question ('{w}')";
            if (Lexicon.ClauseOpeners.Contains(w)) break;
        }
        return null;
    }

    private static bool InQuestion(TextUnit u, int index)
    {
        for (int k = index + 1; k < u.Words.Length; k++)
        {
            string w = u.Words[k];
            if (w == "?") return true;
            if (w is "." or "!") return false;
        }
        return false;
    }

    /// <summary>Words after which a subjectless "don't" opens an imperative clause ("..., so don't expect to").</summary>
    public static readonly FrozenSet<string> ImperativeClauseOpeners = Set("so", "then", "just", "please", ";");

    /// <summary>
    /// True when the sentence opens with a bare verb at <paramref name="start"/> ("Talk about", "Don't fall for"), or a
    /// clause does with a subjectless "don't" / "do not" after a word of <see cref="ImperativeClauseOpeners"/>
    /// ("so don't expect to be able to repair it": advice to the reader, no statement about anyone).
    /// </summary>
    private static bool Imperative(TextUnit u, int start)
    {
        string w = u.Words[start];
        bool doNot = w == "do" && start + 1 < u.Words.Length && u.Words[start + 1] is "n't" or "not";
        if (doNot && start > 0 && ImperativeClauseOpeners.Contains(u.Words[start - 1])) return true;
        if (start > 0 && u.Words[start - 1] is not ("." or "!" or "?" or ":" or "\"")) return false;
        if (w == "do" && start + 1 < u.Words.Length && u.Words[start + 1] == "n't") return true;
        if (u.Stems[start] is null || u.Capitalized[start] || start + 1 >= u.Words.Length) return false;
        if (w.EndsWith('s') || w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal)) return false;
        if (!ReferenceEquals(Claims.Text.VerbLemmas.Default.Lemma(w), w)) return false;
        return ImperativeFollowers.Contains(u.Words[start + 1]);
    }

    /// <summary>True when a modal followed by "have" stands in the word's clause ("would have helped", "could have been").</summary>
    private static bool Counterfactual(TextUnit u, int index)
    {
        int from = index, to = index;
        while (from > 0 && from > index - 8 && !ClauseBreak(u.Words[from - 1])) from--;
        while (to + 1 < u.Words.Length && to < index + 8 && !ClauseBreak(u.Words[to + 1])) to++;
        for (int k = from; k < to; k++)
        {
            if (u.Words[k] is "would've" or "could've" or "should've" or "might've") return true;
            if (CounterfactualModals.Contains(u.Words[k]) && (u.Words[k + 1] == "have" || (u.Words[k + 1] == "n't" && k + 2 <= to && u.Words[k + 2] == "have")))
                return true;
        }
        return false;
    }

    private static bool ClauseBreak(string w) =>
        w.Length == 0 || (!char.IsLetterOrDigit(w[0]) && !IsQuote(w)) || w is "but" or "and" or "while" or "whereas" or "although";

    /// <summary>
    /// The reason the two sides speak of different times, or null: each names time anchors ("at the time", "for
    /// years", "still"), or years, and they share none.
    /// </summary>
    public static string? DifferentTimes(TextUnit a, TextUnit b)
    {
        var ta = Anchors(a);
        var tb = Anchors(b);
        if (ta.Count == 0 || tb.Count == 0 || ta.Overlaps(tb)) return null;
        // A weekday is one day: against another day the number rule compares the days ("had not begun by Friday" /
        // "began on Thursday"), and "at the time" may be that very day, so only the present or a span up to now differ
        // from it ("hasn't sent a fundraising email in six days" / "earlier Tuesday, sent").
        if ((ta.Any(IsWeekday) && tb.Any(IsWeekday)) || (OnlyWeekdays(ta) && !UpToNow(tb)) || (OnlyWeekdays(tb) && !UpToNow(ta))) return null;
        return $"different times '{string.Join(", ", ta.Order(StringComparer.Ordinal))}' vs '{string.Join(", ", tb.Order(StringComparer.Ordinal))}'";
    }

    private static HashSet<string> Anchors(TextUnit u)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < u.Words.Length; i++)
        {
            foreach (var (name, phrases) in TimeAnchors)
                foreach (var p in phrases)
                    if (UnitBuilder.MatchAt(u.Words, i, p)) found.Add(name);
            string w = u.Words[i];
            if (w.Length == 4 && w.All(char.IsDigit) && w[0] is '1' or '2' && w[1] is '9' or '0') found.Add(w);
            // "on Wednesday night", "earlier Tuesday": the day itself (capitalized, so no "sunday best" of a common noun).
            if (u.Capitalized[i] && Array.IndexOf(Claims.Text.WordLists.Weekdays, w) >= 0) found.Add(WeekdayAnchor + w);
            if (w == "in" && i + 2 < u.Words.Length && SpanUnits.Contains(u.Words[i + 2])
                && (char.IsDigit(u.Words[i + 1][0]) || Lexicon.NumberWords.ContainsKey(u.Words[i + 1]))) found.Add("span");
        }
        // "no longer" is the present; "longer" alone is not an anchor, so nothing else to remove.
        return found;
    }

    /// <summary>The prefix of a weekday's time anchor ("day:tuesday").</summary>
    private const string WeekdayAnchor = "day:";

    private static bool IsWeekday(string anchor) => anchor.StartsWith(WeekdayAnchor, StringComparison.Ordinal);

    private static bool UpToNow(HashSet<string> anchors) => anchors.Contains("present") || anchors.Contains("span");

    private static bool OnlyWeekdays(HashSet<string> anchors) => anchors.All(IsWeekday);

    /// <summary>
    /// True when the negator of word <paramref name="index"/> is itself under an earlier negator of its sentence ("not so
    /// sure that the video isn't real"): a double negation asserts little.
    /// </summary>
    public static bool DoubleNegation(TextUnit u, int index)
    {
        int start = StanceRules.NegationStart(u, index);
        if (start == index) return false;
        for (int k = start - 1; k >= 0 && k >= start - 8; k--)
        {
            string w = u.Words[k];
            if (w.Length == 0 || (!char.IsLetterOrDigit(w[0]) && !IsQuote(w))) return false;
            if (w is "but" or "and" or "while" or "although" or "because") return false;
            if (Lexicon.Negators.Contains(w) || Lexicon.ClauseNegators.Contains(w)) return true;
        }
        return false;
    }

    /// <summary>
    /// True when the negation is a correction "X, not Y" whose counterpart X the other text names as well ("in Iraq, not
    /// Syria" against "parts of Syria and Iraq"): the other text names both, so it denies neither.
    /// </summary>
    public static bool CorrectionBothNamed(TextUnit negated, int index, TextUnit other)
    {
        int start = StanceRules.NegationStart(negated, index);
        if (start == index || start < 2 || negated.Words[start - 1] != "," || negated.Words[start] != "not") return false;
        return negated.Stems[start - 2] is { } counterpart && Array.IndexOf(other.Stems, counterpart) >= 0;
    }

    /// <summary>
    /// True when plain word <paramref name="index"/> modifies the noun after it ("something a robot manufacturer would
    /// say") while the negated side denies the thing itself with "no" ("no robots will be watching"): a determiner
    /// before the plain word, a content word after it that is not shaped like a verb; names excepted. Adjectives under
    /// "not" ("isn't illegal" against "an illegal service") are left alone. Adjectives may stand between the determiner
    /// and the plain word ("a significant delegate lead" against "came away with no delegates": a lead, not delegates).
    /// </summary>
    public static bool PlainModifier(TextUnit negated, int negatedStart, TextUnit u, int index)
    {
        if (negated.Words[negatedStart] != "no") return false;
        if (index == 0 || index + 1 >= u.Words.Length || u.Capitalized[index]) return false;
        if (!OpensNounPhrase(u, index) || u.Stems[index + 1] is null || u.Capitalized[index + 1]) return false;
        return !UnitBuilder.LooksLikeVerb(u.Words[index + 1]) && !char.IsDigit(u.Words[index + 1][0]);
    }

    // A determiner before word k, with at most NounPhraseReach - 1 lower-case modifiers not shaped like verbs between.
    private static bool OpensNounPhrase(TextUnit u, int k)
    {
        for (int m = k - 1; m >= 0 && m >= k - ClauseGuards.NounPhraseReach; m--)
        {
            string w = u.Words[m];
            if (Determiners.Contains(w)) return true;
            if (u.Stems[m] is null || u.Capitalized[m] || UnitBuilder.LooksLikeVerb(w)) return false;
        }
        return false;
    }

    private static string Head(TextUnit u, int start)
    {
        var subject = StanceRules.ClauseSubject(u, start);
        return subject.Count == 0 ? "none" : string.Join(' ', Enumerable.Reverse(subject));
    }

    private static bool IsQuote(string w) => w is "'" or "\"" or "\u2018" or "\u2019" or "\u201C" or "\u201D" or "`" or "''" or "``";

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);

    private static string[][] Phrases(params string[] phrases) => phrases.Select(p => p.Split(' ')).ToArray();
}
