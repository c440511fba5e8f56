using Claims.Text;

namespace Claims.Attribution;

/// <summary>An immutable case-insensitive word set with allocation-free span lookups.</summary>
internal sealed class WordSet
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(params string[] words)
    {
        _words = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    public bool Contains(string word) => _words.Contains(word);
}

/// <summary>
/// Closed-class English word lists the attribution rules use; those other parts read too are composed from
/// <see cref="WordLists"/>, their one home.
/// </summary>
internal static class Words
{
    public static readonly WordSet Pronouns = new(WordLists.SubjectPronouns);

    public static readonly WordSet PersonPronouns = new(WordLists.PersonPronouns);

    public static readonly WordSet Determiners = new(
    [
        "the", "a", "an", .. WordLists.PossessivePronouns, "my", "your", "this", "that", "these", "those", "some",
        "many", "most", "several", "other", "another", "both", "each", "every", "any", "no", "one", "two", "three",
    ]);

    // Words between a subject and its cue verb ("has also said", "reportedly told"): the auxiliaries "have", "do" and
    // the modals, and adverbs. Not <see cref="WordLists.AuxiliaryVerbs"/>: "be" forms stay out ("is said" is passive).
    public static readonly WordSet CueModifiers = new(
    [
        .. WordLists.HaveDoForms, .. WordLists.Modals,
        "also", "previously", "later", "earlier", "repeatedly", "reportedly", "once", "then", "recently", "further", "again",
        "often", "already", "even", "still", "never", "not", "just", "now", "always", "first", "initially", "and",
        "privately", "publicly", "openly", "simply", "flatly", "long", "clearly", "explicitly", "since",
    ]);

    public static readonly WordSet BeForms = new(WordLists.BeForms);

    /// <summary>Relative pronouns that open a clause whose object is the antecedent ("a deal which Trump has warned Zelensky not to abandon").</summary>
    public static readonly WordSet ObjectRelatives = new("which", "that", "whom");

    public static readonly WordSet Weekdays = new(WordLists.Weekdays);

    /// <summary>Weekdays and the days named relative to now ("Monday", "yesterday", "tonight").</summary>
    public static readonly WordSet Days = new([.. WordLists.Weekdays, .. WordLists.RelativeDays]);

    // Words that cannot be inside a subject noun phrase: a left boundary for the source.
    public static readonly WordSet SourceBoundary = new(
        "that", "which", "who", "whom", "but", "or", "when", "while", "because", "as", "if", "so", "after", "before",
        "since", "although", "though", "where", "whether", "than", "what", "how", "why", "to", "nor", "yet", "until",
        "unless", "whereas", "once", "is", "was", "are", "were", "be", "been", "has", "have", "had", "said", "says",
        "told", "not", "also", "and", "then", "however", "meanwhile", "instead", "already", "there", "here");

    // Heads that are not subjects.
    public static readonly WordSet BadHeads = new(
        "the", "a", "an", "this", "that", "these", "those", "it's", "there", "here", "what", "which", "who", "to", "of",
        "in", "on", "at", "by", "for", "with", "from", "about", "into", "be", "is", "was", "are", "were", "been", "not",
        "no", "more", "less", "than", "also", "only", "just", "all", "very", "so", "too", "his", "her", "their", "its",
        "our", "my", "your", "me", "us", "them", "him", "then", "now", "when", "where", "how", "why", "if", "one",
        "as", "but", "or", "and", "up", "out", "down", "off", "over", "you", "much", "other",
        "nothing", "something", "everything", "anything", "do", "did", "does", "can", "could", "would", "will",
        "should", "may", "might", "must", "has", "have", "had", "having", "being", "what's", "time", "way", "people's",
        "new", "latest", "recent", "previous", "same", "separate", "final", "annual", "internal", "earlier", "later",
        "while", "whilst", "despite", "since", "although", "though", "because", "unless", "until", "whereas");

    // Sentence adverbials that may open a sentence before "according to X,".
    public static readonly WordSet Adverbials = new(
        "however", "still", "meanwhile", "but", "and", "yet", "now", "separately", "also", "moreover", "indeed", "instead",
        "previously", "earlier", "later", "today", "yesterday", "currently", "overall", "nevertheless", "further", "furthermore");

    public static readonly WordSet Prepositions = new(WordLists.Prepositions);

    // Lower-case heads of collective or anonymous sources ("officials said", "a poll found").
    public static readonly WordSet FindingHeads = new(
        "poll", "polls", "survey", "surveys", "study", "studies", "report", "reports", "analysis", "data", "research",
        "review", "investigation", "audit", "findings", "results", "records", "documents", "memo", "email", "emails",
        "statement", "filing", "complaint", "lawsuit", "indictment", "ruling", "letter", "figures", "numbers",
        "estimates", "projections", "model", "models", "forecast", "evidence", "test", "tests", "experts", "researchers");

    // Words that may make up the addressee of "told"/"asked" ("told reporters", "told the crowd", "asked him").
    public static readonly WordSet Addressees = new(
        "reporters", "journalists", "me", "him", "her", "them", "us", "supporters", "voters", "lawmakers", "members",
        "the", "a", "an", "interviewers", "viewers", "listeners", "audience", "crowd", "audiences", "students",
        "colleagues", "congress", "investigators", "prosecutors", "officials", "host", "hosts", "anchor", "correspondent");

    // Words that alone make a claimant no one ("nobody said", "none of them claimed", "neither Google nor Apple said").
    public static readonly WordSet NoOneWords = new("nobody", "none", "neither", "noone");

    // Words after "no" that make it no quantifier of a claimant ("no longer wants", "no doubt said").
    public static readonly WordSet NoNotQuantifying = new("longer", "doubt", "matter", "less", "more", "sooner", "later");

    // Words after "not" that deny a claimant ("not a single person has come forward claiming", "not one official said").
    public static readonly WordSet NotQuantifying = new("a", "one", "single", "anyone", "anybody", "any");

    // Nouns of evidence: a photo or a video shows, it says nothing ("according to photos, soldiers searched the crater").
    public static readonly WordSet EvidenceNouns = new(
        "photo", "photos", "photograph", "photographs", "picture", "pictures", "image", "images", "video", "videos",
        "footage", "document", "documents", "records", "recording", "recordings");

    // Forms of "tell", whose object is the one told, not what is said ("told media they heard an explosion").
    public static readonly WordSet TellForms = new("told", "tell", "tells", "telling");

    // Lower-case nouns of those told something ("told reporters", "told police she was stressed").
    public static readonly WordSet RecipientNouns = new(
        "media", "reporters", "journalists", "press", "police", "investigators", "officers", "officials", "lawmakers",
        "congress", "supporters", "voters", "viewers", "listeners", "audience", "audiences", "crowd", "students",
        "colleagues", "friends", "relatives", "neighbours", "neighbors", "prosecutors", "detectives", "doctors", "interviewers");

    // Raising verbs that attribute an impression to no one in particular ("seemed to", "appears that"); "seem" and
    // "appeared" are left out: on train they are as often not annotated ("they seem", "appeared on Fox News").
    public static readonly WordSet RaisingVerbs = new("seems", "seemed", "appear", "appears");

    // Words that open a clause: the left edge when looking for a clause's subject.
    public static readonly WordSet ClauseOpeners = new(
        "and", "but", "or", "that", "which", "who", "when", "while", "because", "if", "as", "after", "before", "since",
        "although", "though", "whereas", "where", "so", "yet");

    // Words that cannot open the content right after a cue verb ("said in", "said so", "told him").
    public static readonly WordSet NotContentOpeners = new(
        "in", "on", "at", "during", "after", "before", "with", "to", "for", "about", "of", "from", "by", "as", "so",
        "nothing", "and", "but", "or", "when", "while", "because", "if", "than", "through", "via", "into", "without",
        "until", "since", "over", "under", "up", "out", "back", "afterward", "afterwards", "later", "earlier", "too",
        "also", "again", "repeatedly", "here", "there", "recently", "previously", "yesterday", "today", "not", "is",
        "was", "were", "are", "be", "been", "has", "had", "have", "would", "will", "could", "should", "may", "might",
        "can", "must", "did", "does", "do", "which", "who", "whom", "whose", "where", "how", "why", "what", "then",
        "once", "twice", "more", "less", "much", "very", "just", "only", "even", "still", "publicly", "privately",
        "simply", "directly", "openly", "loudly", "quietly", "softly", "bluntly", "flatly", "frankly", "candidly",
        "among", "amid", "despite", "against", "toward", "towards", "near", "outside", "inside", "onto", "upon",
        "it", "this", "these", "those", "them", "him", "her", "me", "us", "you", "himself", "herself", "themselves",
        "morning", "afternoon", "evening", "night", "matter-of-factly", "week", "month", "year", "a lot", "lot", "little",
        "something", "anything", "everything", "none", "hello", "goodbye", "yes", "no", "thanks");

    // Labels that open a line with a colon without naming a source ("Update:", "Editor’s Note:").
    public static readonly WordSet ColonLabels = new(
    [
        .. WordLists.Weekdays,
        "update", "updated", "note", "watch", "related", "photo", "photos", "video", "read", "breaking", "exclusive",
        "correction", "source", "sources", "q", "a", "question", "answer", "editor’s", "editor's", "editors", "live",
        "analysis", "opinion", "commentary", "review", "transcript", "full", "more", "see", "also", "warning", "bottom",
        "line", "summary", "background", "disclosure", "advertisement", "listen", "here", "the", "this", "that", "it",
        "what", "why", "how", "when", "where", "who", "today", "tonight", "yesterday",
        "washington", "new", "york", "london", "moscow", "paris", "kyiv",
        "latest", "daily", "name", "age", "remember", "hint", "tip", "quote", "city", "job", "pay", "poll", "podcast", "recap", "timeline", "fact", "check",
    ]);

    // Short words a title leaves in lower case ("State of the Union", "Meet the Press").
    public static readonly WordSet TitleLowercase = new(
        "a", "an", "the", "and", "but", "or", "nor", "for", "of", "in", "on", "at", "to", "by", "with", "as", "vs", "per", "via", "up", "off");

    // Nouns that take a reported "that" clause after a possessor ("his assertion that …").
    public static readonly WordSet StatementNouns = new(
        "claim", "claims", "assertion", "assertions", "suggestion", "belief", "argument", "insistence", "contention", "warning",
        "allegation", "allegations", "view", "promise", "pledge", "statement", "announcement", "prediction", "hope", "fear",
        "fears", "concern", "concerns", "complaint", "complaints", "position", "message", "suspicion", "conviction", "admission",
        "acknowledgment", "acknowledgement", "charge", "accusation", "idea", "assumption", "point");

    // Adjectives of conviction that take a "that" clause ("is confident that …"; "clear" only in "made it clear").
    public static readonly WordSet ThatAdjectives = new(
        "clear", "confident", "convinced", "certain", "adamant", "optimistic", "hopeful", "worried", "concerned", "skeptical",
        "sure", "afraid", "insistent", "aware");

    // Lower-case people nouns that are subjects of "called" ("critics called him …"), unlike "a group called X".
    public static readonly WordSet PeopleNouns = new(
        "critics", "supporters", "officials", "opponents", "aides", "advisers", "advisors", "voters", "democrats", "republicans",
        "conservatives", "liberals", "analysts", "experts", "leaders", "lawmakers", "activists", "protesters", "others", "many",
        "some", "people", "observers", "commentators", "pundits", "allies", "rivals", "members", "spokesman", "spokeswoman");

    public static readonly WordSet PossessivePronouns = new(WordLists.PossessivePronouns);

    // Nouns naming what someone said, for counter-reports ("contrary to earlier statements from Trump").
    public static readonly WordSet NounsOfStatements = new(
        "statements", "statement", "claims", "claim", "remarks", "comments", "assertions", "assurances", "reports",
        "assertion", "promises", "pledges", "predictions", "suggestions", "insistence", "denials", "warnings");
}
