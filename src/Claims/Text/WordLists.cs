namespace Claims.Text;

/// <summary>
/// The one home of the closed-class English word lists that more than one part reads (weekdays, months, pronouns,
/// prepositions, auxiliary verbs, abbreviations), lower case unless said, in their natural order. A part that needs a variant
/// composes it from these lists and names what it adds or leaves out (<see cref="MonthsNotVerbs"/>), so a word added
/// here reaches every reader. Lists only one part reads stay with that part (<c>Attribution/WordSets.cs</c>,
/// <c>Stance/Lexicon.cs</c>).
/// </summary>
internal static class WordLists
{
    /// <summary>The days of the week, Monday first.</summary>
    public static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    /// <summary>Days named relative to now.</summary>
    public static readonly string[] RelativeDays = ["today", "yesterday", "tonight"];

    /// <summary>The months, January first.</summary>
    public static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>
    /// <see cref="Months"/> without "may" (far more often the modal verb): what name and calendar-word checks read.
    /// </summary>
    public static readonly string[] MonthsNotModals = [.. Months.Where(m => m != "may")];

    /// <summary>
    /// <see cref="Months"/> without "may" and "march" (far more often a modal verb and a verb): what compares dates as
    /// numbers reads.
    /// </summary>
    public static readonly string[] MonthsNotVerbs = [.. Months.Where(m => m is not ("may" or "march"))];

    /// <summary>Abbreviated month names as written before a period ("Jan.", "Sept."); "may" is never abbreviated.</summary>
    public static readonly string[] MonthAbbreviations = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"];

    /// <summary>The month abbreviations of date stamps, one per month in order ("jan" ... "dec", "may" included).</summary>
    public static readonly string[] MonthStamps = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Subject pronouns.</summary>
    public static readonly string[] SubjectPronouns = ["he", "she", "they", "we", "i", "it", "you"];

    /// <summary>Third-person pronouns of a person.</summary>
    public static readonly string[] PersonPronouns = ["he", "she", "him", "her"];

    /// <summary>Object forms of the third-person pronouns.</summary>
    public static readonly string[] ThirdPersonObjectPronouns = ["him", "her", "them"];

    /// <summary>Possessive determiners of a source ("his", "their").</summary>
    public static readonly string[] PossessivePronouns = ["his", "her", "their", "its", "our"];

    /// <summary>Prepositions that attach a phrase to a name ("the head of", "a spokesman for").</summary>
    public static readonly string[] Prepositions = ["with", "of", "from", "by", "for", "to", "about", "between", "on", "in", "at", "over", "against"];

    /// <summary>Finite forms of "be".</summary>
    public static readonly string[] FiniteBeForms = ["is", "are", "was", "were"];

    /// <summary>Every form of "be", contracted "'s" included.</summary>
    public static readonly string[] BeForms = [.. FiniteBeForms, "be", "been", "being", "'s", "’s"];

    /// <summary>Forms of "have" and "do" that serve as auxiliaries.</summary>
    public static readonly string[] HaveDoForms = ["has", "have", "had", "do", "does", "did"];

    /// <summary>Modal verbs.</summary>
    public static readonly string[] Modals = ["will", "would", "can", "could", "should", "may", "might", "must"];

    /// <summary>Negated auxiliaries, with straight and typographic apostrophes.</summary>
    public static readonly string[] NegatedAuxiliaries =
    [
        "isn't", "aren't", "wasn't", "won't", "doesn't", "didn't", "can't",
        "isn’t", "aren’t", "wasn’t", "won’t", "doesn’t", "didn’t", "can’t",
    ];

    /// <summary>Finite auxiliary verbs: a span holding one is a clause, not a noun phrase.</summary>
    public static readonly string[] AuxiliaryVerbs = [.. FiniteBeForms, .. HaveDoForms, .. Modals, .. NegatedAuxiliaries];

    /// <summary>Pronouns that refer to a man ("he said", "his campaign").</summary>
    public static readonly string[] MalePronouns = ["he", "him", "his", "himself"];

    /// <summary>Pronouns that refer to a woman ("she said", "her campaign").</summary>
    public static readonly string[] FemalePronouns = ["she", "her", "hers", "herself"];

    /// <summary>Titles and nouns that say a person named beside them is a man ("Mr. Trump", "Congressman Jolly", "Jeb
    /// Bush, the brother of ..."), lower case, abbreviations without their period. Not "spokesman" or "chairman": some
    /// outlets write them of women ("Trump spokesman Hope Hicks").</summary>
    public static readonly string[] MaleTitleNouns =
        ["mr", "sir", "lord", "congressman", "businessman", "councilman", "assemblyman", "king", "prince", "duke", "husband", "father", "son", "brother", "grandfather", "uncle", "nephew", "widower", "actor"];

    /// <summary>Titles and nouns that say a person named beside them is a woman ("Mrs. Clinton", "Congresswoman
    /// Ayotte", "Huma Abedin, a spokeswoman ..."), lower case, abbreviations without their period.</summary>
    public static readonly string[] FemaleTitleNouns =
        ["mrs", "ms", "miss", "madam", "dame", "lady", "congresswoman", "spokeswoman", "chairwoman", "businesswoman",
         "councilwoman", "assemblywoman", "queen", "princess", "duchess", "wife", "mother", "daughter", "sister",
         "grandmother", "aunt", "niece", "widow", "actress"];

    /// <summary>
    /// Abbreviations of titles and a few other words after which a period does not end a sentence ("Mr.", "Gov.",
    /// "No.", "vs."), in their usual case (the one list here that is not lower case: "No." is an abbreviation, "no." is
    /// not).
    /// </summary>
    public static readonly string[] TitleAbbreviations = ["Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Prof", "vs", "No"];

    /// <summary>
    /// The subjects with which a text points back at a report as a whole ("it didn't happen", "that is not true",
    /// "none of it ever happened"): <see cref="Claims.Stance.Leads.ReportDenial"/>.
    /// </summary>
    public static readonly string[] ReportPointers = ["it", "this", "that"];

    /// <summary>Adverbs that may stand between a report's pointer and its denial ("that simply isn't true", "it never
    /// actually happened", "apparently none of it ever happened").</summary>
    public static readonly string[] ReportDenialAdverbs = ["simply", "just", "actually", "apparently", "really", "ever", "even", "certainly", "also"];

    /// <summary>What a report's denial denies of it: that it happened, that it is true or real.</summary>
    public static readonly string[] ReportDenialPredicates = ["happen", "happened", "true", "real", "accurate", "plausible"];

    /// <summary>Words besides the lexicon's doubting words with which a claim, or its cue, doubts a report ("have
    /// questioned whether the blast and crater were actually the product of a meteorite", "skeptical of a meteoritic
    /// origin"): such a claim may carry the stance model's reading of a contradiction (EvidenceClaims).</summary>
    public static readonly string[] EvidenceDoubtWords = ["questioned", "skeptical", "sceptical", "unconvinced"];

    /// <summary>Words that open a new clause right after a report's denial, so the denial ends its own ("it is not
    /// plausible and I can think of no valid reason why ...").</summary>
    public static readonly string[] ReportDenialClauseOpeners = ["and", "but"];

    /// <summary>Nouns for the reports a text sets itself against ("contrary to some reports", "contrary to published claims").</summary>
    public static readonly string[] ReportNouns = ["report", "reports", "claim", "claims", "rumour", "rumours", "rumor", "rumors"];

    /// <summary>Nouns besides <see cref="ReportNouns"/> for what others say of a thing ("amid allegations it was staged",
    /// "despite suggestions that the photo was fake").</summary>
    public static readonly string[] AllegationNouns = ["allegations", "accusations", "suggestions", "speculation", "assertions"];

    /// <summary>Adjectives "go" links to its subject ("went missing", "has gone bankrupt", "the video went viral"): "go"
    /// is then a linking verb, not "go" of motion or "go after" (attack). Participles "un...ed" ("gone unnoticed")
    /// are read by their shape.</summary>
    public static readonly string[] GoComplements = ["missing", "bankrupt", "viral", "wrong", "awry", "broke", "extinct", "silent", "quiet", "dark", "mad", "crazy", "blind", "deaf"];

    /// <summary>
    /// Prepositions that name the place where something happens before a town's name ("in Ottawa", "near Montreal",
    /// "outside Paris"): what the same-event gate reads as a claim's place.
    /// </summary>
    public static readonly string[] TownPrepositions = ["in", "near", "outside"];

    /// <summary>
    /// WordNet hypernyms of a place that holds towns ("Canada": country, "Quebec" or "Texas": province, state): a claim
    /// placed in one is no evidence against a claim placed in one of its towns.
    /// </summary>
    public static readonly string[] RegionKinds = ["country", "nation", "state", "province", "continent", "region"];

    /// <summary>WordNet hypernyms of a town ("Montreal": city, municipality).</summary>
    public static readonly string[] TownKinds = ["city", "town", "village", "municipality"];

    /// <summary>Nouns that name the report itself as the subject of a sentence calling it false ("the story is a hoax",
    /// "this report is entirely false", "the video was a fake").</summary>
    public static readonly string[] ReportSubjectNouns = ["story", "report", "article", "video", "picture", "photo", "image", "claim", "rumour", "rumor", "tale",
        "stories", "reports", "articles", "videos", "pictures", "photos", "images", "claims", "rumours", "rumors", "tales"];

    /// <summary>Words that open what a sentence says of a report it names before calling it false: a participle or
    /// preposition ("An article saying NASA confirmed six days of darkness is fake", "this article about McDonald's is
    /// fake", "claims of ISIS members at the border were false").</summary>
    public static readonly string[] ReportPostmodifiers = ["saying", "suggesting", "claiming", "showing", "alleging", "purporting", "stating", "about", "of"];

    /// <summary>Verbs after "that" or "which" that make it a relative clause of the report named before ("A report that
    /// says a family ... has got the virus is fake", "a story that appeared in the Daily Mirror ... is false"); "that"
    /// before anything else opens the report's content ("the report that the detail is false").</summary>
    public static readonly string[] ReportRelativeVerbs = ["says", "said", "claims", "claimed", "appears", "appeared", "shows", "showed", "suggests", "suggested",
        "purports", "purported", "alleges", "alleged", "states", "stated", "circulated", "went", "spread", "surfaced"];

    /// <summary>What a sentence calls a report when it calls it false without a negator ("is a hoax", "was fake",
    /// "is entirely false").</summary>
    public static readonly string[] ReportFalsePredicates = ["hoax", "fake", "false", "untrue", "fabricated", "fabrication", "bogus", "satire", "lie"];

    /// <summary>Words of degree and articles between "is" and what calls a report false ("is a complete hoax", "is
    /// entirely false", "was a total fake").</summary>
    public static readonly string[] ReportFalseDegrees = ["a", "an", "entirely", "completely", "totally", "utterly", "complete", "total", "elaborate", "just", "simply", "all"];

    /// <summary>Words after what calls a report false that keep it said of the report ("a hoax written by a satirical
    /// site", "fake news"); any other word makes it describe a thing ("a fake account").</summary>
    public static readonly string[] ReportFalseFollowers = ["written", "created", "made", "started", "spread", "designed", "perpetrated", "by", "from", "that", "which", "news", "story"];

    /// <summary>Words before a report named as the subject of "is a hoax" in its clause that make the sentence no
    /// assertion of it: a condition, a hope, a guess, someone's claim or knowledge, a negation ("amid claims the video
    /// is a hoax", "if the story is false", "knew the story was false").</summary>
    public static readonly string[] ReportFalseBlockers = ["if", "whether", "unless", "hope", "hopes", "hoping", "claims", "claiming", "claimed", "amid", "think", "thinks", "believe", "believes", "suspect", "suspects", "not", "n't", "never", "may", "might", "could", "would", "probably", "possibly", "maybe", "perhaps", "knew", "know", "known", "aware", "?"];

    /// <summary>Participles with which a sentence labels a report false through "as" ("are being described as a hoax",
    /// "was dismissed as a fake", "has described as 'rubbish' a Daily Mirror report"):
    /// <see cref="Claims.Stance.Leads.ReportDenial"/>.</summary>
    public static readonly string[] ReportLabelVerbs = ["described", "dismissed", "branded", "labelled", "labeled", "denounced", "exposed", "debunked", "derided"];

    /// <summary>What a report is labelled as besides <see cref="ReportFalsePredicates"/> ("dismissed as rubbish",
    /// "described as nonsense").</summary>
    public static readonly string[] ReportLabelPredicates = ["rubbish", "nonsense"];

    /// <summary>Determiners before the report a label names after itself ("has described as 'rubbish' a Daily Mirror
    /// report").</summary>
    public static readonly string[] ReportLabelDeterminers = ["a", "an", "the", "this", "these", "those", "that"];

    /// <summary>Words that open a clause of time ("after Leonardo DiCaprio pulled out"): a withdrawal told in one is what
    /// came before the lead's event, not the lead's own report (<see cref="Claims.Stance.Leads.DenyingLead"/>).</summary>
    public static readonly string[] TimeClauseOpeners = ["after", "before", "since", "when", "until", "once"];

    /// <summary>Verbs of a speech act that a report's denial says was never made ("it turned out the pope had not made
    /// the comment", "it turned out he never said it"): <see cref="Claims.Stance.Leads.ReportDenial"/>.</summary>
    public static readonly string[] ReportSpeechVerbs = ["made", "make", "said", "say", "uttered", "written", "wrote", "tweeted", "posted"];

    /// <summary>What a made speech act is ("made the comment", "make such remarks"): "made" alone is any making.</summary>
    public static readonly string[] ReportSpeechNouns = ["comment", "comments", "remark", "remarks", "statement", "statements", "quote", "quotes"];

    /// <summary>Words that join a report's denial to what came before without saying anything of their own ("But that's
    /// not true", "And it never happened").</summary>
    public static readonly string[] ReportDenialJoiners = ["but", "and", "yet", "so", "however", "still", "sadly", "unfortunately", "well"];

    /// <summary>Words of degree before "none" in a report's denial ("almost none of it is true": the report is mostly
    /// false); only there, since before a negator they say the opposite ("it almost didn't happen").</summary>
    public static readonly string[] ReportDenialNoneDegrees = ["almost", "nearly", "virtually"];

    /// <summary>
    /// Verb forms with which an actor takes a part ("Christian Bale will play Steve Jobs", "will not be starring as Steve
    /// Jobs", "to portray Jobs"): one event whichever of them two claims use (<see cref="Claims.Stories.SameEventGate"/>).
    /// "star" and "stars" are left out (mostly nouns: "a rock star"); "starring" and "starred" are the verb.
    /// </summary>
    public static readonly string[] RoleVerbs =
        ["play", "plays", "played", "playing", "portray", "portrays", "portrayed", "portraying", "starring", "starred"];
}
