using System.Collections.Frozen;

namespace Claims.Stance;

/// <summary>
/// The cue word lists behind the stance features and rules. All lower case, matched against lower-cased surface
/// words (not stems) because the interesting forms are irregular ("rose"/"fell", "n't").
/// </summary>
internal static class Lexicon
{
    /// <summary>Words that negate what follows them in the clause.</summary>
    public static readonly FrozenSet<string> Negators = Set(
        "not", "no", "never", "neither", "nor", "without", "cannot", "hardly", "barely", "n't");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NegatorSpans = Negators.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// True when a lower-case word negates what follows it: one of <see cref="Negators"/> or a contracted negation
    /// ("didn't", "won’t"). The one negator test of the word-by-word readers (rumours, the same-event gate's predicates).
    /// </summary>
    public static bool IsNegator(ReadOnlySpan<char> lowerWord) => NegatorSpans.Contains(lowerWord) || EndsInContractedNot(lowerWord);

    /// <summary>True when a lower-case word ends in a contracted "not", with a straight or curly apostrophe ("can't", "won’t").</summary>
    public static bool EndsInContractedNot(ReadOnlySpan<char> lowerWord) =>
        lowerWord.EndsWith("n't", StringComparison.Ordinal) || lowerWord.EndsWith("n\u2019t", StringComparison.Ordinal);

    /// <summary>Negators that deny the whole clause they open ("nobody is playing").</summary>
    public static readonly FrozenSet<string> ClauseNegators = Set("nobody", "none", "nothing", "noone", "nowhere");

    /// <summary>
    /// Words that state no proposition of their own: quantifiers, degree and focus adverbs ("nothing else", "isn't
    /// much", "without actually"). A negation over one of them is no denial of something the other text asserts.
    /// </summary>
    public static readonly FrozenSet<string> FunctionLike = Set(
        "else", "much", "more", "less", "most", "least", "many", "few", "fewer", "any", "anything", "anyone", "anybody",
        "one", "ones", "enough", "actually", "really", "just", "even", "still", "also", "ever", "already", "only", "so",
        "very", "too", "quite", "other", "others", "same", "such", "lot", "lots", "way", "thing", "things", "yet",
        "again", "always", "necessarily", "exactly", "entirely", "completely", "certainly", "sure", "clear", "long",
        "previously", "before", "now", "then", "ago", "later", "recently");

    /// <summary>
    /// Words after a negator that make it deny something other than the word that follows: a question word ("not how
    /// to propose": the manner), a quantifier ("not all Apple Watch models": the quantity).
    /// </summary>
    public static readonly FrozenSet<string> NegationDeflectors = Set(
        "how", "why", "what", "where", "when", "who", "whom", "whose", "which", "whether", "all", "every", "everyone",
        "everything", "everybody", "always", "necessarily");

    /// <summary>Words that open a new clause: the subject of a predicate is looked for after the last of them.</summary>
    public static readonly FrozenSet<string> ClauseOpeners = Set(
        "that", "which", "but", "while", "whereas", "because", "although", "though", "if", "when", "unless", "since",
        "after", "before", "however", "despite");

    /// <summary>Words that refute or debunk a report (FNC-1 "disagree" bodies use them).</summary>
    public static readonly FrozenSet<string> Refuting = Set(
        "deny", "denies", "denied", "denying", "denial", "false", "fake", "faked", "hoax", "hoaxes", "debunk", "debunked",
        "debunks", "debunking", "refute", "refuted", "refutes", "rebut", "rebuts", "rebutted", "dismiss", "dismissed",
        "dismisses", "untrue", "fabricated", "fabrication", "bogus", "myth", "rumor", "rumors", "rumour", "rumours",
        "satire", "satirical", "prank", "pranks", "doubt", "doubts", "doubtful", "misleading", "wrong", "incorrect",
        "retract", "retracted", "retraction", "not", "never", "nonsense", "baseless", "unfounded", "contrary", "despite",
        "hoaxer", "fooled", "photoshopped", "scam", "lie", "lies", "lied", "claims", "claimed");

    /// <summary>Words that call a report false outright (the refutation rule's cues).</summary>
    public static readonly FrozenSet<string> StrongRefuting = Set(
        "deny", "denies", "denied", "denying", "false", "fake", "hoax", "debunked", "debunk", "debunks", "refuted",
        "refutes", "untrue", "fabricated", "bogus", "baseless", "unfounded", "myth", "disproved", "falsely");

    /// <summary>
    /// Words with which a text calls a report false itself ("the arrest is a hoax", "a report ... is nothing but a
    /// lie", "turned out to be exaggerated"): a text using one (not negated) denies the report, so it does not assert
    /// what it names, and a denial on the other side agrees with it rather than contradicting it.
    /// </summary>
    public static readonly FrozenSet<string> Disowning = Set(
        "false", "fake", "faked", "hoax", "hoaxes", "debunked", "debunk", "debunks", "refuted", "refutes", "untrue",
        "fabricated", "bogus", "baseless", "unfounded", "myth", "disproved", "falsely", "lie", "lies", "dismissed",
        "exaggerated", "apocryphal", "prank", "tease", "satire", "satirical", "inaccurate", "nonsense", "duped", "phony", "phoney", "bullshit", "misinformation", "rumor", "rumors", "rumour",
        "rumours");

    /// <summary>
    /// Words with which a text doubts a report ("Boko Haram 'ceasefire' doubts"): for the stance rules it does not assert
    /// what it doubts, like a disowning text; reported-rumour detection leaves them out (doubting a claim is not calling
    /// the article's other claims rumours).
    /// </summary>
    public static readonly FrozenSet<string> Doubting = Set("doubt", "doubts", "doubted", "doubtful", "dubious");

    /// <summary>
    /// Words with which a text reports a claim at a distance without calling it false ("clips that purported to show
    /// that Saudi TV blurred ..."): the text does not assert what follows, so a denial does not contradict it.
    /// </summary>
    public static readonly FrozenSet<string> Distancing = Set("purported", "purporting", "purportedly");

    /// <summary>
    /// Words that put a refuting word in a possibility rather than a verdict ("a small chance the video will prove to
    /// have been fake", "could be fake"): the text does not call the report false.
    /// </summary>
    public static readonly FrozenSet<string> PossibilityMarkers = Set(
        "chance", "possibility", "possible", "possibly", "may", "might", "could", "whether", "if", "perhaps", "maybe");

    /// <summary>Hedging and modality: the writer does not assert the fact.</summary>
    public static readonly FrozenSet<string> Hedges = Set(
        "may", "might", "could", "likely", "unlikely", "possibly", "possible", "perhaps", "reportedly", "allegedly",
        "alleged", "apparently", "purportedly", "rumored", "rumoured", "suggests", "suggest", "suggested", "appears",
        "appear", "seems", "seem", "expected", "considering", "plans", "planned", "planning", "would", "if", "whether",
        "unconfirmed", "unverified", "speculation", "speculated", "believed", "reports", "reported", "according",
        "claim", "claims", "claimed", "supposedly", "potentially", "probably");

    /// <summary>Words of the modality rule that make a statement non-factual (a subset of <see cref="Hedges"/>).</summary>
    public static readonly FrozenSet<string> Modals = Set(
        "may", "might", "could", "likely", "unlikely", "possibly", "perhaps", "reportedly", "allegedly", "expected",
        "considering", "probably", "potentially", "supposedly", "would");

    /// <summary>
    /// Modals of <see cref="Modals"/> that say only what may be ("may", "might", "could", "probably"): a denial hedged by
    /// one ("may not have the backing") denies nothing, however strong the contrary cue ("would" and "reportedly" are
    /// left out: reported speech writes "will" as "would", "Mexico would not pay", and a report still asserts).
    /// </summary>
    public static readonly FrozenSet<string> PossibilityModals = Set(
        "may", "might", "could", "possibly", "perhaps", "probably", "likely");

    /// <summary>Words judging a proposal, an idea or terms favourably ("more or less acceptable", "align with").</summary>
    public static readonly FrozenSet<string> Approving = Set(
        "acceptable", "reasonable", "positive", "positively", "welcome", "welcomed", "welcomes", "useful", "workable",
        "satisfactory", "align", "aligns", "aligned", "agreeable", "favorable", "favourable", "favorably", "favourably",
        "constructive", "promising", "sensible", "viable");

    /// <summary>Words judging a proposal, an idea or terms unfavourably ("remain unacceptable", "reacted negatively").</summary>
    public static readonly FrozenSet<string> Disapproving = Set(
        "unacceptable", "negative", "negatively", "unreasonable", "unworkable", "unsatisfactory", "insufficient",
        "inadequate", "unfavorable", "unfavourable", "rejected", "rejects", "reject", "objectionable", "problematic",
        "unhelpful", "unviable");

    /// <summary>Words splitting what is judged into parts ("some ... while others", "several ..., though some").</summary>
    public static readonly FrozenSet<string> PartQuantifiers = Set(
        "some", "others", "several", "certain", "parts", "partly", "partially", "many", "few");

    /// <summary>Contrast connectives joining two judgements of different parts.</summary>
    public static readonly FrozenSet<string> Contrasts = Set(
        "though", "although", "while", "whereas", "but", "however", "yet");

    /// <summary>
    /// Phrases stating that someone wants something done ("an interest in addressing", "demanded", "called for"; not a bare "must", which also
    /// states an obligation put on someone else): the
    /// content word after one is the act wanted.
    /// </summary>
    public static readonly IReadOnlyList<string[]> Demands =
    [
        ["interest", "in"], ["demand"], ["demands"], ["demanded"], ["demanding"], ["called", "for"], ["calls", "for"],
        ["call", "for"], ["calling", "for"], ["insist", "on"], ["insists", "on"], ["insisted", "on"], ["pushed", "for"],
        ["pushes", "for"], ["push", "for"], ["pressing", "for"], ["seeks", "to"], ["sought", "to"], ["seek", "to"],
    ];

    /// <summary>Words that back a report up.</summary>
    public static readonly FrozenSet<string> Supporting = Set(
        "confirm", "confirms", "confirmed", "confirming", "confirmation", "officially", "announced", "announces",
        "verified", "verify", "proved", "proven", "shows", "showed", "revealed", "indeed", "actually", "true",
        "evidence", "footage", "photos", "video");

    /// <summary>Reporting verbs: shared "said" does not make two claims about the same thing.</summary>
    public static readonly FrozenSet<string> ReportingStems = Set(
        "said", "say", "says", "told", "tell", "report", "accord", "state", "ad", "claim", "note", "write", "wrote",
        "announc", "ask", "think", "believ", "quot");

    /// <summary>Event nouns: two claims about different events ("meeting" vs "summit") must not be compared.</summary>
    public static readonly FrozenDictionary<string, string> EventNouns = Groups(
        ("summit", ["summit", "summits"]),
        ("meeting", ["meeting", "meetings", "talks", "negotiations", "discussions", "conference", "session"]),
        ("visit", ["visit", "trip", "tour", "visits"]),
        ("vote", ["vote", "election", "referendum", "ballot", "poll", "elections", "votes"]),
        ("match", ["match", "game", "race", "tournament", "final"]),
        ("concert", ["concert", "show", "festival", "gig", "performance"]),
        ("launch", ["launch", "release", "rollout"]),
        ("trial", ["trial", "hearing", "case"]),
        ("strike", ["strike", "attack", "raid", "offensive", "bombing", "airstrike"]),
        ("ceasefire", ["ceasefire", "truce", "armistice"]),
        ("deal", ["deal", "agreement", "accord", "treaty", "settlement", "solution", "pact"]));

    /// <summary>Small synonym groups that make two differently worded claims about the same subject align.</summary>
    public static readonly FrozenDictionary<string, string> Synonyms = Groups(
        ("meeting", ["meeting", "talks", "negotiations", "discussions"]),
        ("deal", ["deal", "agreement", "accord", "treaty", "settlement", "solution", "pact"]),
        ("war", ["war", "conflict", "fighting", "hostilities"]),
        ("kill", ["killed", "dead", "died", "killing", "deaths", "death"]),
        ("president", ["president", "leader"]),
        ("hour", ["hour", "hours"]),
        ("price", ["price", "prices", "cost", "costs"]),
        ("child", ["child", "children", "kid", "kids", "boy", "boys", "girl", "girls"]),
        ("man", ["man", "men", "guy", "person"]),
        ("woman", ["woman", "women", "lady", "ladies"]),
        // "the root causes of the conflict" / "the underlying causes of the conflict".
        ("underlying", ["underlying", "root", "fundamental"]),
        // "the territorial problem" / "one of the most sensitive issues".
        ("issue", ["issue", "issues", "problem", "problems"]));

    /// <summary>True when the two words are in one of the <see cref="Synonyms"/> groups.</summary>
    public static bool SameSynonymGroup(string a, string b) =>
        Synonyms.TryGetValue(a, out var ga) && Synonyms.TryGetValue(b, out var gb) && ga == gb;

    /// <summary>Event status classes: two different statuses of one event cannot both hold.</summary>
    public static readonly IReadOnlyList<(string Status, string[][] Phrases)> Statuses =
    [
        ("cancelled", [["cancelled"], ["canceled"], ["cancel"], ["cancels"], ["cancelling"], ["canceling"], ["cancellation"],
            ["called", "off"], ["call", "off"], ["calls", "off"], ["scrapped"], ["scrap"], ["axed"], ["abandoned"], ["scrapping"]]),
        ("postponed", [["postponed"], ["postpone"], ["postpones"], ["postponing"], ["postponement"], ["delayed"], ["delay"],
            ["put", "on", "hold"], ["on", "hold"], ["rescheduled"], ["reschedule"], ["pushed", "back"], ["deferred"], ["moved", "to"]]),
        ("held", [["went", "ahead"], ["go", "ahead"], ["goes", "ahead"], ["took", "place"], ["take", "place"], ["was", "held"],
            ["were", "held"], ["be", "held"], ["been", "held"], ["proceeded"], ["happened"]]),
    ];

    /// <summary>
    /// Progress of a negotiation or an effort: "made headway", "a notable indication of forward movement". Negated
    /// ("produced no progress") it says the opposite, as <see cref="Stalled"/> does without a negator.
    /// </summary>
    public static readonly IReadOnlyList<string[]> Progress =
    [
        ["progress"], ["headway"], ["forward", "movement"], ["step", "forward"], ["steps", "forward"], ["moving", "forward"],
    ];

    /// <summary>
    /// Phrases with which someone withdraws from what they were to do or be part of ("Christian Bale has decided to part
    /// ways with the biopic", "pulls out of the deal", "quits the film"): said of the subject of a report that they
    /// would take part, they deny it in other words (<see cref="Leads.Withdrawal"/>).
    /// </summary>
    public static readonly IReadOnlyList<string[]> Withdrawal =
    [
        ["quit"], ["quits"], ["quitting"], ["withdraw"], ["withdraws"], ["withdrew"], ["withdrawn"], ["withdrawing"],
        ["exits"], ["exited"], ["bails"], ["bailed"], ["pull", "out"], ["pulls", "out"], ["pulled", "out"], ["pulling", "out"],
        ["drop", "out"], ["drops", "out"], ["dropped", "out"], ["dropping", "out"], ["back", "out"], ["backs", "out"],
        ["backed", "out"], ["part", "ways"], ["parts", "ways"], ["parted", "ways"], ["passes", "on"], ["passed", "on"],
        ["turned", "down"], ["turns", "down"], ["walked", "away"], ["walks", "away"],
    ];

    /// <summary>
    /// Phrases with which a text says what was reported turned out to be false ("Pope Francis turns out not to have made
    /// pets in heaven comment"): a lead that says so denies the report it names (<see cref="Leads.DenyingLead"/>).
    /// </summary>
    public static readonly IReadOnlyList<string[]> TurnedOutFalse =
    [
        ["turns", "out", "not"], ["turned", "out", "not"], ["turns", "out", "never"], ["turned", "out", "never"],
        ["turns", "out", "to", "be", "false"], ["turned", "out", "to", "be", "false"],
    ];

    /// <summary>Phrases saying an effort made no progress without a negator of their own ("neither further nor closer").</summary>
    public static readonly IReadOnlyList<string[]> Stalled =
    [
        ["neither", "further", "nor", "closer"], ["neither", "closer", "nor", "further"], ["neither", "closer", "nor", "farther"],
        ["at", "a", "standstill"], ["at", "an", "impasse"], ["deadlocked"], ["at", "a", "stalemate"],
    ];

    /// <summary>
    /// Words that assess how talks went ("useful and constructive", "constructive, informative"): two texts giving one
    /// of them to the same talks agree (<see cref="AssessmentRule"/>).
    /// </summary>
    public static readonly FrozenSet<string> Assessments = Set(
        "constructive", "productive", "useful", "fruitful", "substantive", "frank", "candid", "cordial", "businesslike",
        "informative", "positive", "warm", "friendly", "respectful", "pragmatic");

    /// <summary>The exchanges an <see cref="Assessments"/> word is said of.</summary>
    public static readonly FrozenSet<string> AssessedExchanges = Set(
        "talks", "meeting", "meetings", "conversation", "conversations", "discussion", "discussions", "negotiations",
        "call", "dialogue", "exchange", "session", "summit");

    /// <summary>
    /// Words naming the prospect of something ("significant opportunities exist for economic cooperation", "the
    /// potential for renewed economic cooperation"): two texts naming the prospect of the same thing agree
    /// (<see cref="ProspectRule"/>).
    /// </summary>
    public static readonly FrozenSet<string> Prospects = Set(
        "opportunity", "opportunities", "potential", "prospect", "prospects", "scope");

    /// <summary>
    /// Phrases after which the topic of talks follows ("included discussion of the territorial problem", "discussed
    /// sanctions", "centered on where a line could run"; <see cref="DiscussedTopicRule"/>).
    /// </summary>
    public static readonly IReadOnlyList<string[]> TopicAfter =
    [
        ["discussion", "of"], ["discussions", "of"], ["discussion", "on"], ["discussions", "on"], ["discussion", "about"],
        ["discussions", "about"], ["discussed"], ["talked", "about"], ["focused", "on"], ["focused", "largely", "on"],
        ["centered", "on"], ["centred", "on"], ["centered", "largely", "on"], ["centred", "largely", "on"],
    ];

    /// <summary>
    /// Phrases before which the topic of talks stands as the subject ("the territorial dimension was also part of the
    /// dialogue", "sanctions were discussed"; <see cref="DiscussedTopicRule"/>).
    /// </summary>
    public static readonly IReadOnlyList<string[]> TopicBefore =
    [
        ["was", "discussed"], ["were", "discussed"], ["was", "thoroughly", "discussed"], ["were", "thoroughly", "discussed"],
        ["was", "also", "discussed"], ["were", "also", "discussed"], ["on", "the", "agenda"],
        .. new[] { "dialogue", "talks", "discussion", "discussions", "negotiations", "conversation", "agenda" }.Select(x => new[] { "part", "of", "the", x }),
    ];

    /// <summary>Opposites: a claim with one side and a claim with the other about one subject contradict.</summary>
    public static readonly IReadOnlyList<(string[][] Left, string[][] Right)> Antonyms =
    [
        (P("rose", "rise", "rises", "rising", "risen", "increased", "increase", "increases", "climbed", "grew", "jumped", "soared", "surged", "gained"),
         P("fell", "fall", "falls", "falling", "fallen", "decreased", "decrease", "decreases", "declined", "dropped", "shrank", "plunged", "slumped")),
        (P("confirmed", "confirms", "confirm", "admitted", "admits", "acknowledged"), P("denied", "denies", "deny", "rejected", "refuted")),
        (P("accepted", "accepts", "accept", "approved", "approves", "approve", "agreed", "backed", "endorsed", "supports", "supported"),
         P("rejected", "rejects", "reject", "refused", "refuses", "vetoed", "opposed", "opposes", "declined")),
        (P("won", "wins", "win", "victory"), P("lost", "loses", "lose", "defeat", "defeated")),
        (P("alive", "survived", "survives"), P("dead", "died", "dies", "killed")),
        (P("guilty", "convicted"), P("innocent", "acquitted", "cleared")),
        (P("true", "real", "genuine", "authentic"), P("false", "fake", "hoax", "fabricated", "bogus")),
        (P("success", "successful", "succeeded"), P("failure", "failed", "fails", "unsuccessful")),
        (P("open", "opened", "reopened"), P("closed", "shut", "shutdown")),
        (P("arrested", "detained"), P("released", "freed")),
        (P("resigned", "quit", "stepped"), P("stays", "remains", "refused")),
        (P("ally", "allies", "friend", "friends"), P("enemy", "enemies", "foe", "foes", "adversary")),
        (P("more"), P("less", "fewer")),
        (P("higher"), P("lower")),
        (P("sitting", "sits", "sat"), P("standing", "stands", "stood")),
        (P("man", "men", "boy", "boys"), P("woman", "women", "girl", "girls", "lady")),
        (P("inside", "indoors"), P("outside", "outdoors")),
        ([["far", "from"], ["far", "apart"], ["distant"], ["stalled"]], [["close", "to"], ["near"], ["nearing"], ["closer", "to"], ["on", "the", "verge"]]),
    ];

    /// <summary>
    /// Individual cue words whose counts are features of their own: which refuting or hedging word a body uses
    /// matters ("hoax" refutes, "claims" only reports), which the aggregated counts cannot tell.
    /// </summary>
    public static readonly string[] CueWords =
    [
        "hoax", "fake", "false", "debunked", "denied", "denies", "deny", "not", "no", "never", "rumor", "rumors",
        "satire", "prank", "untrue", "claims", "claimed", "reportedly", "allegedly", "reports", "according", "confirmed",
        "may", "could", "apparently", "unconfirmed", "however", "but", "despite", "actually", "official", "said",
    ];

    /// <summary>Position of each cue word in <see cref="CueWords"/>.</summary>
    public static readonly FrozenDictionary<string, int> CueIndex =
        CueWords.Select((w, i) => (w, i)).ToFrozenDictionary(x => x.w, x => x.i, StringComparer.Ordinal);

    /// <summary>Titles and roles that can precede a name.</summary>
    public static readonly FrozenSet<string> Titles = Set(
        "president", "minister", "secretary", "chancellor", "ceo", "chairman", "chairwoman", "chair", "governor", "senator",
        "envoy", "ambassador", "general", "king", "queen", "pope", "leader", "mayor", "director", "spokesman",
        "spokeswoman", "premier", "commander", "chief", "coach", "manager", "speaker", "representative", "judge");

    /// <summary>Qualifiers saying the person no longer holds the title.</summary>
    public static readonly FrozenSet<string> PastQualifiers = Set("former", "ex", "ex-", "outgoing", "late", "then", "erstwhile");

    /// <summary>Words before a number saying it is approximate.</summary>
    public static readonly FrozenSet<string> Approximators = Set(
        "about", "around", "approximately", "nearly", "almost", "roughly", "some", "over", "more", "least", "up", "under",
        "than", "estimated", "close", "~", "several", "dozens", "hundreds", "thousands");

    /// <summary>Number words and their values.</summary>
    public static readonly FrozenDictionary<string, double> NumberWords = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80,
        ["ninety"] = 90, ["hundred"] = 100, ["dozen"] = 12, ["half"] = 0.5, ["single"] = 1, ["double"] = 2,
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Multipliers after a number.</summary>
    public static readonly FrozenDictionary<string, double> Multipliers = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["hundred"] = 100, ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
        ["m"] = 1e6, ["bn"] = 1e9, ["k"] = 1e3,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Calendar words compared like numbers ("on Monday" vs "on Tuesday").</summary>
    public static readonly FrozenDictionary<string, (string Unit, double Value)> CalendarWords = Calendar();

    private static FrozenDictionary<string, (string, double)> Calendar()
    {
        var map = new Dictionary<string, (string, double)>(StringComparer.Ordinal);
        var days = Text.WordLists.Weekdays;
        for (int i = 0; i < days.Length; i++) map[days[i]] = ("weekday", i + 1);
        // "may" and "march" are left out: they are far more often a modal verb and a verb.
        foreach (var month in Text.WordLists.MonthsNotVerbs) map[month] = ("month", Array.IndexOf(Text.WordLists.Months, month) + 1);
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string[][] P(params string[] words) => words.Select(w => new[] { w }).ToArray();

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);

    private static FrozenDictionary<string, string> Groups(params (string Name, string[] Words)[] groups)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, words) in groups)
            foreach (var w in words)
                map.TryAdd(w, name);
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
