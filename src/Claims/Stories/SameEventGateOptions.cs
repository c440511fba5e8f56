using Claims.Matching;
using Claims.Stance;

namespace Claims.Stories;

/// <summary>Thresholds of the <see cref="SameEventGate"/>; immutable. Chosen on the FNC-1 hold-out and the seed articles.</summary>
public sealed record SameEventGateOptions
{
    /// <summary>The default thresholds.</summary>
    public static SameEventGateOptions Default { get; } = new();

    /// <summary>Fewest content words (stems, names and numbers) each claim of a contradiction needs (default 3).</summary>
    public int MinContentWords { get; init; } = 3;

    /// <summary>
    /// Fewest shared content words that are not names (default 1), for contradictions, and for agreements across
    /// stories: names alone never make one event.
    /// </summary>
    public int MinSharedWords { get; init; } = 1;

    /// <summary>
    /// Rules whose evidence is how a named person is described (default: <c>title</c>): their contradictions need a
    /// shared name, not shared words beyond it.
    /// </summary>
    public IReadOnlySet<string> NameRules { get; init; } = new HashSet<string>(StringComparer.Ordinal) { TitleRule.RuleName };

    /// <summary>
    /// Candidate similarity a contradiction decided by a named rule needs (default: <c>numbers</c> and <c>dates</c> 0.4, <c>antonym</c>
    /// 0.35: an opposite word in two loosely related claims is rarely the same proposition). Different
    /// figures are a contradiction only when they count the same thing in the same proposition; in FNC-1 news most
    /// differing figures count different things ("took 28 girls on a trip" / "seven girls pregnant").
    /// </summary>
    public IReadOnlyDictionary<string, double> RuleMinSimilarity { get; init; } =
        new Dictionary<string, double>(StringComparer.Ordinal) { [NumberRule.RuleName] = 0.4, [EventDateRule.RuleName] = 0.4, [AntonymRule.RuleName] = 0.35 };

    /// <summary>
    /// Rules whose contradictions need both claims in one story (default: <c>numbers</c>, <c>dates</c>, <c>antonym</c>).
    /// A figure, a date or an opposite word is said of one event: two polls' margins of error ("plus or minus six
    /// percentage points" / "three"), two primaries' winner and loser, two races' shares differ without contradicting.
    /// Claims in different stories are about different events however alike their words (election coverage reports a
    /// poll, a result, a margin every week), so such a finding across stories is no evidence of one proposition.
    /// </summary>
    public IReadOnlySet<string> SameStoryRules { get; init; } = new HashSet<string>([NumberRule.RuleName, EventDateRule.RuleName, AntonymRule.RuleName], StringComparer.Ordinal);

    /// <summary>
    /// Whether an agreement the stance model decides alone (no rule) needs shared content beyond names inside one story
    /// too, as every agreement does across stories (default true; PolNeAR train, round 11: 543 of 2499 model agreements
    /// of the semantic pipeline shared only names, nearly all false; FNC-1 raw folder 1: 41, half of them false).
    /// </summary>
    public bool ModelAgreementsNeedWords { get; init; } = true;

    /// <summary>
    /// Words that describe a person by a role or a standing ("presumptive Republican nominee Donald Trump", "Democratic
    /// front-runner Hillary Clinton", "former President Bill Clinton", "Texas Sen. Ted Cruz"): the check that an agreement
    /// shares content beyond names (<see cref="ModelAgreementsNeedWords"/>, <see cref="MinSharedWords"/>) does not count
    /// them either. Two claims that share only whom they are about and how he is called agree on nothing said of him
    /// (PolNeAR train, agree15: about 70 semantic model agreements, nearly all false); a party before the title counts
    /// as part of it ("Republican front-runner Donald Trump": election16).
    /// </summary>
    public IReadOnlySet<string> PersonTitles { get; init; } = new HashSet<string>(
    [
        "president", "presidential", "vice", "former", "presumptive", "nominee", "candidate", "front-runner", "frontrunner",
        "senator", "sen", "governor", "gov", "representative", "rep", "congressman", "congresswoman", "secretary",
        "chairman", "chairwoman", "chair", "mayor", "incumbent", "challenger", "rival", "spokesman", "spokeswoman",
        // A party before a title ("Republican front-runner Donald Trump", "Democratic presidential candidate Bernie
        // Sanders") is part of how the person is called; a claim opening with it writes it as a common word (election16).
        "republican", "democratic", "democrat", "gop",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Whether a claim of fewer than <see cref="MinContentWords"/> content words, all of them names ("Ted Cruz.", a
    /// byline), agrees with nothing (default true), as it contradicts nothing.
    /// </summary>
    public bool BareNamesAgreeWithNothing { get; init; } = true;

    /// <summary>
    /// Whether a note on how a story was reported (a request for comment unanswered, a poll's margin of error or
    /// fieldwork) agrees with nothing (default true): it says nothing of the world, and two such notes share their words
    /// whoever they are about (PolNeAR train, agree14: 34 semantic agreements, all false).
    /// </summary>
    public bool ReportingNotesAgreeWithNothing { get; init; } = true;

    /// <summary>Shared content words (or concept groups) that make one event on their own (default 2).</summary>
    public int SupportWords { get; init; } = 2;

    /// <summary>Shared names that, beside one shared content word, make one event (default 2: "Putin", "Trump" and "summit").</summary>
    public int SupportNames { get; init; } = 2;

    /// <summary>Candidate similarity that, beside one shared content word, makes one event (default 0.4).</summary>
    public double SupportSimilarity { get; init; } = 0.4;

    /// <summary>
    /// Whether a claim its own article calls false (<see cref="PairContext.Rumours"/>) takes part in no verdict
    /// (default true): it is not the outlet's assertion.
    /// </summary>
    public bool RumoursAssertNothing { get; init; } = true;

    /// <summary>
    /// Labels with which a fact check introduces the claim it reviews ("Claim:", "Rumor:"; default: claim, rumor,
    /// rumour, example, examples, any case): a claim so introduced takes part in no verdict, it is not the outlet's
    /// assertion.
    /// </summary>
    public IReadOnlySet<string> ReviewLabels { get; init; } =
        new HashSet<string>(["claim", "claims", "rumor", "rumour", "example", "examples"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Smallest candidate similarity for a verdict across stories (default 0.5).</summary>
    public double CrossStorySimilarity { get; init; } = 0.5;

    /// <summary>
    /// Smallest claim-vector cosine for a contradiction when claim vectors are given (default 0.5: on the FNC-1 hold-out
    /// every body-headline contradiction of a <c>disagree</c> row had cosine 0.5 or more, half the false ones less).
    /// </summary>
    public double MinVectorSimilarity { get; init; } = 0.5;

    /// <summary>
    /// Claim-vector cosine a contradiction decided by a named rule needs instead of <see cref="MinVectorSimilarity"/>
    /// (default: <c>antonym</c> and <c>progress</c> 0.35, <c>proximity</c> 0.30: opposite words pull sentence vectors apart,
    /// "quite close to a diplomatic solution" / "far from agreement" has cosine 0.38, "neither further nor closer to a
    /// settlement" / "an indication of forward movement" 0.48, and "quite close to reaching a diplomatic breakthrough to end
    /// the ongoing war" / "both sides appear far from agreement" 0.31: "close to" and "far from" each pull their claim
    /// towards what follows them, and the proximity rule already needs both; antonym contradictions also need candidate
    /// similarity, see
    /// <see cref="RuleMinSimilarity"/>). Rules about a name (<see cref="NameRules"/>) need no cosine.
    /// </summary>
    public IReadOnlyDictionary<string, double> RuleMinVectorSimilarity { get; init; } =
        new Dictionary<string, double>(StringComparer.Ordinal) { [AntonymRule.RuleName] = 0.35, [ProximityRule.RuleName] = 0.30, [ProgressRule.RuleName] = 0.35 };

    /// <summary>
    /// The rarity an agreement of the stance model alone needs of the words and names its claims share, in a run of at
    /// least <see cref="RarityMinArticles"/> articles (<see cref="CorpusWords"/>: the sum of ln(articles / articles with
    /// the term) over the shared terms; 0 turns the check off). Default 3.0: a year of election coverage writes
    /// "Clinton", "Trump", "campaign", "state" in a large share of its articles, and the model's agreements whose shared
    /// terms are all that common share a topic, not an event (PolNeAR train, agree13: a read sample below 3, all false;
    /// on the FNC-1 folders, where a story's words are rare in the run, almost no model agreement is below it).
    /// </summary>
    public double MinSharedRarity { get; init; } = 3.0;

    /// <summary>
    /// Fewest articles a run needs before the gate reads how common words are in it (default 50): in a handful of
    /// articles every shared word is in a large share of them.
    /// </summary>
    public int RarityMinArticles { get; init; } = 50;

    /// <summary>
    /// Rules whose agreements need a rarity of their shared terms too, and how much (default: <c>shared-denial</c> 3.0,
    /// as the model's: two denials of one generic word, "not going", "not sure", "not support", "not quite", by different
    /// people about different things, PolNeAR train (round 13 set 2.0; agree14 read the 101 semantic shared denials of
    /// PolNeAR train between 2.0 and 3.0: a sample nearly all false); a quote relayed in other words, "Even when I do
    /// not want to do it" / "When I do not even want", at 2.8 to 2.9 on the FNC-1 folders, is lost with them;
    /// <c>numbers</c> and <c>dates</c> <see cref="FigureMinSharedRarity"/>).
    /// A rule not listed has its own evidence.
    /// </summary>
    public IReadOnlyDictionary<string, double> RuleMinSharedRarity { get; init; } =
        new Dictionary<string, double>(StringComparer.Ordinal)
        {
            [SharedDenialRule.RuleName] = 3.0, [NumberRule.RuleName] = FigureMinSharedRarity, [EventDateRule.RuleName] = FigureMinSharedRarity,
        };

    /// <summary>
    /// The rarity an agreement of the <c>numbers</c> or <c>dates</c> rule needs of what its claims share, the shared
    /// figures counted as terms and dates never (4.0). Election coverage repeats its figures: "Tuesday", "2008", "eight
    /// years", "53 percent", "plus or minus three percentage points" are said of a different primary, campaign or poll
    /// in each article (PolNeAR train, agree14: half of the 2198 semantic agreements were of a figure or a date, most
    /// of the dated ones false), while a figure only a few articles give ("2,383" delegates, in 2% of them: 3.9) with one
    /// more shared word, or a date with the rare words of its happening ("Tuesday's contests in Michigan"), is one
    /// event; on the FNC-1 corpus every agreement of a figure labelled <c>agree</c> is above it (a story's figure is
    /// rare in a run of many stories).
    /// </summary>
    public const double FigureMinSharedRarity = 4.0;

    /// <summary>
    /// Rules whose agreements are of a figure or a date (default: <c>numbers</c>, <c>dates</c>): when what their claims
    /// share holds a date (a weekday, a month, a year) and no other figure, the agreement is of a date alone and needs
    /// <see cref="DateAloneMinSharedRarity"/>.
    /// </summary>
    public IReadOnlySet<string> FigureRules { get; init; } = new HashSet<string>([NumberRule.RuleName, EventDateRule.RuleName], StringComparer.Ordinal);

    /// <summary>
    /// The rarity an agreement of a date alone (<see cref="FigureRules"/>) needs of the rest of what its claims share,
    /// in a run of at least <see cref="RarityMinArticles"/> articles (default 6.0; 0 leaves such agreements to
    /// <see cref="RuleMinSharedRarity"/>). A year of election coverage tells of a primary won "on Tuesday" in every
    /// week's articles: "Sanders won New Hampshire's Democratic primary Tuesday" and "Sanders prevailed in Wisconsin's
    /// Democratic primary Tuesday" share a candidate, a party, a primary, a win and a weekday, 5.3 together (PolNeAR train,
    /// agree14: of 16 date-alone agreements read between 4.0 and 10.3, 12 false, 9 of them below 6.0); a debate "Tuesday
    /// in Milwaukee" is rare enough.
    /// </summary>
    public double DateAloneMinSharedRarity { get; init; } = 6.0;

    /// <summary>
    /// Whether two agreeing claims that both name US states as places (not a politician's state, "Texas Sen. Ted Cruz",
    /// "Senator Bernie Sanders of Vermont") and share none agree on nothing (default true): "Hillary Clinton has won the
    /// Democratic presidential primary in Arkansas" / "... in Ohio", "Ted Cruz has won another Republican primary — this
    /// time in Oklahoma" / "Ted Cruz wins Wisconsin Republican primary" share a candidate, a win and a primary, not one
    /// (PolNeAR train, agree15: 66 semantic agreements, nearly all false).
    /// </summary>
    public bool DifferentPlacesAgreeOnNothing { get; init; } = true;

    /// <summary>
    /// Whether an agreement of a figure rule whose claims give different shares of one whole and share no other figure
    /// ("at least 8 in 10 GOP primary voters" / "about 1 in 10 GOP primary voters": the shared "10" is the whole every poll
    /// story counts of) agrees on nothing (default true).
    /// </summary>
    public bool DifferentSharesAgreeOnNothing { get; init; } = true;

    /// <summary>
    /// Whether a shared denial written as a name in both claims ("No Child Left Behind", a law's title, in sentences not
    /// in title case) is no denial (default true): six agreements of PolNeAR train shared the title of one law, said of
    /// different things.
    /// </summary>
    public bool DenialsOfNamesDenyNothing { get; init; } = true;

    /// <summary>
    /// The rarity an agreement of the shared-denial rule needs of what its claims share beyond the words both denials
    /// quote, in a run of at least <see cref="RarityMinArticles"/> articles (default 2.0; 0 turns the check off): "there's
    /// nothing wrong with" / "she did nothing wrong", "That doesn't mean you're better" / "doesn't mean she won't make
    /// changes" share the denial and nothing else (PolNeAR train, agree15: of the semantic shared denials below 2.0
    /// nearly all false), while "did not warrant criminal charges" / "no charges" of one investigation share Clinton,
    /// FBI and classified information.
    /// </summary>
    public double DenialRestMinRarity { get; init; } = 2.0;

    /// <summary>
    /// When true, a contradiction between a claim that states a condition ("If we nominate Donald Trump, Hillary wins")
    /// and one that states none becomes neutral: a conditional asserts only what holds if something else does (PolNeAR
    /// train, round 17: three of three such contradictions false).
    /// </summary>
    public bool ConditionsDenyNothing { get; init; } = true;

    /// <summary>
    /// When true, a contradiction with a claim that is the grounds of a charge cut from its verb ("Rubio for not having
    /// won a single state", from "mocked Rubio for ...") becomes neutral (PolNeAR train, round 17: six of six false).
    /// </summary>
    public bool ChargeGroundsAssertNothing { get; init; } = true;

    /// <summary>
    /// When true, a contradiction of a rule in <see cref="OneSpeakerRules"/> between two claims of one speaker in two
    /// articles (the same linked speaker, or the same name) becomes neutral: two outlets relay one person's words in
    /// different versions ("like my husband" / "unlike my husband"), cut them differently ("it's not Bernie Sanders" of
    /// a candidate to vote for, "Bernie Sanders is that candidate") or report two statements that fit together ("not
    /// marked classified" / "not sent emails marked classified"), and the negated or opposite word the rule sees
    /// between the versions is no disagreement between sources (PolNeAR train, prec18: three of three semantic
    /// contradictions of one speaker false; the raw FNC-1 folders have none). Two voices of one article are the pair
    /// filter's (<see cref="Claims.Matching.DifferentVoicesFilter"/>). The cost: a speaker who changes position between
    /// two articles ("the summit was cancelled", later "the summit was not cancelled") is not flagged either, since
    /// without the statements' dates a changed position and two versions of one statement read alike; set false to
    /// see such pairs (and the versions with them).
    /// </summary>
    public bool OneSpeakerContradictsNotItself { get; init; } = true;

    /// <summary>
    /// Rules whose contradictions between one speaker's claims <see cref="OneSpeakerContradictsNotItself"/> turns
    /// neutral (default: <c>negation</c>, <c>antonym</c>, <c>status</c>: one word's polarity or an event's status, which a
    /// version or a cut flips; FNC-1 corpus, prec18: Blumenthal's "it just happened to have captured 12 seconds" / "that
    /// pause, which is what gave me pause", status, false). Another rule's finding stays: the seed articles' "neither
    /// further nor closer" / "no further apart ... an indication of forward movement" (progress) is Ushakov's words
    /// against the outlet's reading of them (seed-relations.tsv); two headlines of one source, "Earth Will Experience 6
    /// Days of Total Darkness" / "Six Days of Darkness: No, they really don't - it's a hoax" (refutation), are a hoax
    /// called one (FNC-1 corpus, true).
    /// </summary>
    public IReadOnlySet<string> OneSpeakerRules { get; init; } = new HashSet<string>(
        [NegationRule.RuleName, AntonymRule.RuleName, StatusRule.RuleName], StringComparer.Ordinal);

    /// <summary>
    /// The share of the run's articles (default 0.15) from which a story of at least <see cref="LooseStoryMinArticles"/>
    /// articles is loose: a year of election coverage the grouper reads as one story (PolNeAR train: 190 of 840 articles,
    /// 23%), not one event whose outlets retell it (FNC-1: the largest story 101 of 1930 articles, 5%; raw folders at
    /// most 25 of 300, 8%). Agreements inside a loose story need <see cref="LooseStoryMinSharedRarity"/>.
    /// </summary>
    public double LooseStoryMinShare { get; init; } = 0.15;

    /// <summary>The fewest articles a loose story holds (default 50, as <see cref="RarityMinArticles"/>): a small story is tight.</summary>
    public int LooseStoryMinArticles { get; init; } = 50;

    /// <summary>
    /// The rarity an agreement of the stance model alone or of a rule in <see cref="LooseStoryRules"/> needs of what
    /// its claims share inside a loose story (<see cref="LooseStoryMinShare"/>; default 6.0). Inside such a story the
    /// model agrees on claims that share a topic ("Sanders also won New Hampshire" / "Clinton leads Sanders among
    /// Latinos"; "Supporters held Trump signs" / "He held up the sign"), and two denials of different things
    /// share "not support" (PolNeAR train, prec18: of 26 such agreements read below 6.0 about 5 true; above it, 6 of 9
    /// model agreements read true). Figures keep their own bar (<see cref="FigureMinSharedRarity"/>): a rare figure
    /// ("2,383" delegates) is one event in any story.
    /// </summary>
    public double LooseStoryMinSharedRarity { get; init; } = 6.0;

    /// <summary>Rules whose agreements need <see cref="LooseStoryMinSharedRarity"/> inside a loose story, besides the stance
    /// model alone (default: <c>shared-denial</c>).</summary>
    public IReadOnlySet<string> LooseStoryRules { get; init; } = new HashSet<string>([SharedDenialRule.RuleName], StringComparer.Ordinal);

    /// <summary>
    /// Candidate similarity an agreement of the figure rules alone (<see cref="FigureRules"/>, with or without a rule of
    /// <see cref="LooseStoryRules"/>) needs inside a loose story (<see cref="LooseStoryMinShare"/>; default 0.4, the bar
    /// <see cref="RuleMinSimilarity"/> sets a figure contradiction in any story; 0 turns the check off). A long-running
    /// topic repeats its figures across its events: "the 1,237 delegates needed", "2,383", "second place", "double
    /// digits", "eight years ago" are written of every primary night, poll and scenario of a year of election coverage,
    /// and two claims that share one and little else state different things ("imagine a scenario when no candidate has
    /// crossed the 1,237 threshold" / "a brokered convention if no one reaches the magic 1,237 number", similarity 0.20;
    /// Clinton's and Kasich's second places in New Hampshire, 0.37). PolNeAR train, agree20: of 173 semantic figure
    /// agreements inside the loose story below 0.4, a read sample of 22 had 18 false; between 0.4 and 0.52, 12 read had
    /// about half true. A tight story's figure is its one event's ("three captured jets"), and keeps
    /// <see cref="FigureMinSharedRarity"/> alone.
    /// </summary>
    public double LooseStoryFigureMinSimilarity { get; init; } = 0.4;

    /// <summary>
    /// When true (the default), an agreement of the stance model alone across stories or inside a loose story
    /// (<see cref="LooseStoryMinShare"/>) is neutral when its claims share one phrase and each says something else of it
    /// (at least <see cref="PredicateMinWords"/> content words beyond it, not names, none of them related to the
    /// other's by WordNet or a concept group). Across stories and inside a year of election coverage the model agrees on
    /// claims that name one thing and say different things of it: "Trump's idea for border wall 'stupid'" / "he'd
    /// build a border wall and make Mexicans pay for it"; "Sanders also won New Hampshire" / "Clinton still has a shot
    /// to win New Hampshire" (PolNeAR train, agree21). A tight story's claims that say two things of one phrase are
    /// usually two facts of its one event ("has been a shooting at the National War Memorial" / "The gunman then ran
    /// towards Parliament Hill, across the street from the National War Memorial": FNC-1 raw folders), and are kept.
    /// </summary>
    public bool ModelAgreementsNeedOnePredicate { get; init; } = true;

    /// <summary>
    /// The fewest content words beyond the shared phrase (names aside) each claim must say for
    /// <see cref="ModelAgreementsNeedOnePredicate"/> to read them as two different things said of it (default 2). One
    /// word is usually a modifier of the shared phrase, not a statement about it: "temporarily banning Muslims from
    /// entering the United States" / "Trump's proposal to ban Muslims from entering the United States".
    /// </summary>
    public int PredicateMinWords { get; init; } = 2;

    /// <summary>
    /// When true (the default), an agreement of the stance model alone, in any story, is neutral when each claim places
    /// what it tells in a town ("in Ottawa", "near Montreal": a name WordNet knows as a city, town or village, or does not
    /// know at all) that the other claim does not name: two attacks of one kind in two towns are two happenings, however
    /// alike their words ("A Muslim convert shot dead a Canadian soldier at the National War Memorial in Ottawa" / "a
    /// 25-year-old Muslim convert ... killed a Canadian solider and injured a second near Montreal", FNC-1 raw folder 4,
    /// agree 0.98). A country, province or state ("in Canada", "in Quebec") holds towns and is no evidence.
    /// </summary>
    public bool ModelAgreementsNeedOneTown { get; init; } = true;

    /// <summary>
    /// When true (the default), an agreement of the stance model alone across stories or inside a loose story
    /// (<see cref="LooseStoryMinShare"/>) is neutral when both claims give figures (years aside) and share none: two
    /// counts are two facts ("Sanders needs 836 delegates to clinch the nomination" / "Clinton had 90% of the delegates
    /// needed to clinch the nomination"; "Jim Gilmore (15.)" / "12 Jim Gilmore." of two weekly rankings: PolNeAR train).
    /// A tight story's two figures are usually two facts of its one event ("died at the age of 57" / "brought hip hop to
    /// mainstream audiences 35 years ago"), and are kept.
    /// </summary>
    public bool ModelAgreementsNeedOneFigure { get; init; } = true;

    /// <summary>
    /// When true (the default), an agreement of the stance model alone across stories or inside a loose story
    /// (<see cref="LooseStoryMinShare"/>) is neutral when its claims' vectors have a cosine below
    /// <see cref="ModelAgreementMinVectorSimilarity"/> (the semantic pipeline; claims without vectors are not read).
    /// Outside one event the model agrees on claims of one topic that state different, compatible facts: "Her victories
    /// in Georgia and Virginia are giving her an early advantage over Bernie Sanders" / "Democrat Sen. Bernie Sanders won
    /// the primary in Oklahoma and in his home state of Vermont" (cosine 0.56); "Sanders trails Clinton in California by 4
    /// percentage points" / "Men under 35 support Sanders by 4 percentage points" (0.58). PolNeAR train, agree23: of the
    /// 76 such model agreements below 0.6, read one by one, 67 were false. A tight story's two facts of its one event are
    /// often as far apart ("a soldier standing guard at the National War Memorial has been by an unknown gunman" /
    /// "Wednesday's attack began on the ground of the National War Memorial", 0.39: FNC-1 raw folders, about half of
    /// those below 0.55 true), and are kept.
    /// </summary>
    public bool ModelAgreementsNeedCloseMeaning { get; init; } = true;

    /// <summary>
    /// The claim-vector cosine a model agreement across stories or inside a loose story needs
    /// (<see cref="ModelAgreementsNeedCloseMeaning"/>; default 0.6). PolNeAR train, agree23: below 0.6, 9 of 76 read were
    /// true; between 0.6 and 0.65, 11 of 38 (one ban proposal told twice, one night's wins told twice), so the bar is
    /// not higher.
    /// </summary>
    public double ModelAgreementMinVectorSimilarity { get; init; } = 0.6;

    /// <summary>
    /// When true (the default), across stories or inside a loose story (<see cref="LooseStoryMinShare"/>), a claim in
    /// title case (<see cref="SameEventGate"/>'s headline reading: nearly every long word capitalized) exempts an
    /// agreement from the check that it shares content beyond names (<see cref="MinSharedWords"/>) only when the other
    /// claim is in title case too: against a sentence, the words the sentence writes in lower case tell what the two
    /// share beyond names. A list of names or a bare name reads as title case and agreed with any sentence naming the
    /// same people: "Senator Marco Rubio, and Senator Ted Cruz." / "Jeb Bush fired at Trump, Ted Cruz, John Kasich and
    /// Marco Rubio."; "House Speaker Paul Ryan" / "Just look at House Speaker Paul D. Ryan." (PolNeAR train, agree23).
    /// Inside a tight story either claim in title case still exempts the pair: a headline and a sentence-case headline
    /// of one event share names and say the rest in other words ("Sugarhill Gang Rapper 'Big Bank Hank' Dies at 57" /
    /// "Big Bank Hank of The Sugarhill Gang is dead at 57"; "Man Known as 'Jihadi John' Is Identified as Mohammed
    /// Emwazi" / "Jihadi John named as Mohammed Emwazi, from west London": FNC-1 corpus, a first version acting in every
    /// story took about 30 such true pairs with its 20 false ones). When false, either claim in title case exempts the
    /// pair in every story.
    /// </summary>
    public bool HeadlineNamesNeedAHeadline { get; init; } = true;

    /// <summary>
    /// When true (the default), an agreement of the stance model alone, in any story, is neutral when its claims share a
    /// figure (years aside) and each also gives a figure the other does not: the shared figure shows one measure (a
    /// state's delegates, one poll's matchup, the minimum wage now), the others two different tallies of it ("Trump will
    /// win at least 38 of the 50 delegates at stake" / "With 38 delegates at stake, Sanders will gain at least 20
    /// delegates"; "the national minimum wage, now $7.25 an hour, to be raised to $15" / "she favors raising the minimum
    /// wage from the current $7.25 to $12"). PolNeAR train and FNC-1 raw folders, agree23: 8 such model agreements, none
    /// true. Disjoint figures are <see cref="ModelAgreementsNeedOneFigure"/>'s; a claim whose figures the other gives
    /// all (a part of its tally) is kept.
    /// </summary>
    public bool ModelAgreementsNeedOneTally { get; init; } = true;
}
