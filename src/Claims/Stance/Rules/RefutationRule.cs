using System.Collections.Frozen;

namespace Claims.Stance;

/// <summary>
/// Refutation: one text calls the other's content false ("denied that", "a hoax", "was debunked") while the other
/// asserts it. Runs after the antonym rule, so "confirmed" vs "denied" is reported as an antonym.
/// </summary>
public sealed class RefutationRule : IStanceRule
{
    /// <inheritdoc />
    public string Name => "refutation";

    /// <inheritdoc />
    public RuleFinding? Evaluate(StancePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        string? ra = pair.A.Memo(FindKey, FindRefuting), rb = pair.B.Memo(FindKey, FindRefuting);
        if ((ra is null) == (rb is null)) return null;
        string word = (ra ?? rb)!;
        // The other side must assert: "has not died" or "is nothing but a lie" deny the report as well.
        var asserting = ra is null ? pair.A : pair.B;
        if (asserting.Negations > 0 || StanceRules.Disowning(asserting) is not null) return null;
        // "published an article claiming that the town had been quarantined" reports the claim, it does not assert it.
        if (asserting.Words.Any(Lexicon.Distancing.Contains) || NamesAReport(asserting)) return null;
        // "he thought Fields had made up the story" calls it invented too: both sides refute it.
        if (CallsItMadeUp(asserting)) return null;
        // "The false report comes from a website called Daily Buzz Live" and "The report comes from a trashy site":
        // the refuting word qualifies a report and the other text speaks of a report too; both tell where the report
        // came from, neither states what it says.
        if (QualifiesAReport(ra is null ? pair.B : pair.A) && SpeaksOfAReport(asserting)) return null;
        // "In response to the fake article, director Zack Snyder has posted a mash-up of the new Batmobile": a false
        // report named in a phrase that ends there states none of its content; the sentence tells something else.
        if (RespondsToAReport(ra is null ? pair.B : pair.A)) return null;
        // "victimized by this hoax. He's still alive and well": after its refutation the text states what the other
        // side states, so the two agree on it.
        if (Restates(ra is null ? pair.ProfileB : pair.ProfileA, word, asserting)) return null;
        // What is refuted must be what the other side asserts: "denies reports that a patient has Ebola" refutes
        // nothing in a quote about caring for sick patients, "Don't fall for this hoax" nothing about the fall season.
        // A short assertion ("The photo is real") needs half its content words shared, a longer one two.
        var (whole, after, content) = SharedWithRefuted(ra is null ? pair.B : pair.A, asserting);
        if (whole < Math.Min(MinSharedRefuted, (content + 1) / 2) || after == 0) return null;
        // "Army denies final decision on Bowe Bergdahl has been made" against a report on a Taliban fighter traded for
        // Bergdahl: what a verb denies must share a word of its own besides names and light verbs, not only whom it is about.
        if (DeniesOnlyNames(ra is null ? pair.B : pair.A, asserting)) return null;
        if (!pair.SameSubject([word], pair.Relatedness.StrictSameSubjectShare)) return null;
        return new RuleFinding(this, StanceLabel.Contradicts, RuleEffect.Decide, 0.7,
            ra is not null ? $"refutation: '{ra}' vs asserted" : $"refutation: asserted vs '{rb}'");
    }

    /// <summary>
    /// True when the text names a report of its content ("News report of family of 5 in Purdon tested positive", "the
    /// National Report published an article claiming that"): a report noun followed by "of", "that" or "claiming"
    /// states that the report exists, not what it says.
    /// </summary>
    private static bool NamesAReport(TextUnit u)
    {
        for (int i = 0; i + 1 < u.Words.Length; i++)
            if (u.Words[i] is "report" or "reports" or "posting" or "article" or "rumor" or "rumors" or "rumour" or "rumours"
                && u.Words[i + 1] is "of" or "that" or "claiming" or "alleging" && !u.Capitalized[i]) return true;
        return false;
    }

    /// <summary>
    /// True when the text says something was "made up" (invented), outside a negation: "had made up the story", "made
    /// it up". "made up of" (composed of) is left out.
    /// </summary>
    private static bool CallsItMadeUp(TextUnit u)
    {
        for (int i = 0; i + 1 < u.Words.Length; i++)
        {
            if (u.Negated[i] || u.Words[i] is not ("made" or "make" or "makes" or "making")) continue;
            int up = u.Words[i + 1] == "up" ? i + 1 : i + 2 < u.Words.Length && u.Words[i + 1] is "it" or "them" or "this" or "that" && u.Words[i + 2] == "up" ? i + 2 : -1;
            if (up > 0 && (up + 1 >= u.Words.Length || u.Words[up + 1] != "of")) return true;
        }
        return false;
    }

    /// <summary>True when a refuting adjective qualifies a report noun ("the false report", "a fake story").</summary>
    private static bool QualifiesAReport(TextUnit u)
    {
        for (int i = 0; i + 1 < u.Words.Length; i++)
            if (!u.Negated[i] && u.Words[i] is "fake" or "false" or "bogus" or "fabricated" && ReportNouns.Contains(u.Words[i + 1])) return true;
        return false;
    }

    /// <summary>Prepositions whose object a refuting adjective's report can be without its content being stated ("in
    /// response to the fake article", "after the false report").</summary>
    private static readonly FrozenSet<string> ResponsePrepositions = FrozenSet.ToFrozenSet(
        ["to", "after", "about", "over", "following", "despite", "amid"], StringComparer.Ordinal);

    /// <summary>
    /// True when the text's first refuting word qualifies a report noun that is the object of a preposition (with a
    /// determiner) and ends its phrase (a comma, "and", the end): "In response to the fake article and seeing an
    /// opportunity, ... has posted": the report is named, not what it says, so nothing the other side asserts is refuted.
    /// "The false report that Macaulay Culkin was found dead" states the content and is left to the other checks.
    /// </summary>
    private static bool RespondsToAReport(TextUnit u)
    {
        var w = u.Words;
        for (int i = 2; i + 1 < w.Length; i++)
        {
            if (u.Negated[i] || !Lexicon.StrongRefuting.Contains(w[i])) continue;
            if (!QualifiesAReportAt(u, i)) return false;
            bool named = w[i - 1] is "the" or "a" or "an" or "this" or "that" && ResponsePrepositions.Contains(w[i - 2]);
            bool phraseEnds = i + 2 >= w.Length || w[i + 2] is "," or "and" or ";" or "." or "—" or "-";
            return named && phraseEnds;
        }
        return false;
    }

    private static bool QualifiesAReportAt(TextUnit u, int i) =>
        u.Words[i] is "fake" or "false" or "bogus" or "fabricated" && ReportNouns.Contains(u.Words[i + 1]);

    /// <summary>True when the text speaks of a report as a thing in lower case ("the report comes from", "a few articles
    /// on this website"), not as a title's label ("Report: ...").</summary>
    private static bool SpeaksOfAReport(TextUnit u)
    {
        for (int i = 0; i < u.Words.Length; i++)
            if (ReportNouns.Contains(u.Words[i]) && !u.Capitalized[i] && u.Words[i] is not ("video" or "videos" or "photo" or "photos"
                or "image" or "images" or "picture" or "pictures" or "quote" or "tweet" or "tweets" or "post" or "posts")) return true;
        return false;
    }

    /// <summary>Content words the refuting text must share with a longer asserting text.</summary>
    private const int MinSharedRefuted = 2;

    /// <summary>Verbs whose refuted content follows them ("denied that ..."); an adjective or noun ("is fake", "a hoax") refutes its whole sentence.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> RefutingVerbs = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["deny", "denies", "denied", "denying", "debunk", "debunks", "refutes", "refuted"], StringComparer.Ordinal);

    /// <summary>
    /// Distinct content stems of <paramref name="refuting"/> that <paramref name="asserting"/> uses: in the whole text,
    /// and after a refuting verb ("Boko Haram denies a ceasefire": the ceasefire is what is denied; with no verb, the
    /// whole text); and the number of distinct content stems of <paramref name="asserting"/>.
    /// </summary>
    private static (int Whole, int After, int AssertedContent) SharedWithRefuted(TextUnit refuting, TextUnit asserting)
    {
        int cue = -1;
        for (int i = 0; i < refuting.Words.Length && cue < 0; i++)
            if (!refuting.Negated[i] && Lexicon.StrongRefuting.Contains(refuting.Words[i]) && !Attributive(refuting, i)) cue = i;
        int from = cue >= 0 && RefutingVerbs.Contains(refuting.Words[cue]) ? cue + 1 : 0;
        var asserted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in asserting.Stems)
            if (s is not null && !Lexicon.ReportingStems.Contains(s)) asserted.Add(s);
        var whole = new HashSet<string>(StringComparer.Ordinal);
        var after = new HashSet<string>(StringComparer.Ordinal);
        for (int k = 0; k < refuting.Words.Length; k++)
        {
            if (k == cue || refuting.Stems[k] is not { } s || Lexicon.ReportingStems.Contains(s) || !asserted.Contains(s)) continue;
            whole.Add(s);
            if (k >= from) after.Add(s);
        }
        return (whole.Count, after.Count, asserted.Count);
    }

    /// <summary>Verbs that carry no proposition of their own in what a denial denies ("a decision has been made").</summary>
    internal static readonly FrozenSet<string> LightVerbs = FrozenSet.ToFrozenSet(
        [.. Claims.Text.WordLists.BeForms, .. Claims.Text.WordLists.HaveDoForms, "make", "made", "makes", "making", "get", "got",
         "gets", "take", "took", "taken", "takes"], StringComparer.Ordinal);

    /// <summary>
    /// True when <paramref name="refuting"/> denies with an active verb ("X denies Y", not "Y was denied by X") and the
    /// content words after the verb that <paramref name="asserting"/> also uses are all names (capitalized on both
    /// sides) or light verbs, and no other word after the verb has a synonym there ("denies ceasefire
    /// claim" and "announces truce"): the two speak of the same people, not of the same proposition.
    /// </summary>
    private static bool DeniesOnlyNames(TextUnit refuting, TextUnit asserting)
    {
        int cue = -1;
        for (int i = 0; i < refuting.Words.Length && cue < 0; i++)
            if (!refuting.Negated[i] && RefutingVerbs.Contains(refuting.Words[i]) && !Unasserted(refuting, i)) cue = i;
        if (cue < 0 || (cue > 0 && Array.IndexOf(Claims.Text.WordLists.BeForms, refuting.Words[cue - 1]) >= 0)) return false;
        var asserted = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int k = 0; k < asserting.Words.Length; k++)
            if (asserting.Stems[k] is { } s) asserted.TryAdd(s, asserting.Words[k]);
        bool shared = false;
        for (int k = cue + 1; k < refuting.Words.Length; k++)
        {
            if (refuting.Stems[k] is not { } s || !asserted.TryGetValue(s, out var other) || Lexicon.ReportingStems.Contains(s)) continue;
            bool name = WrittenAsName(refuting.Text, refuting.Words[k]) && WrittenAsName(asserting.Text, other);
            if (!name && !LightVerbs.Contains(refuting.Words[k])) return false;
            shared = true;
        }
        return shared && !SynonymAfter(refuting, cue, asserting);
    }

    // The word groups SynonymAfter reads, built once rather than per word.
    private static readonly FrozenDictionary<string, string>[] SynonymGroups = [Lexicon.Synonyms, Lexicon.EventNouns];

    // True when a content word after the cue has a synonym in the asserting text: the same group of Lexicon.Synonyms
    // or of Lexicon.EventNouns ("ceasefire" and "truce").
    private static bool SynonymAfter(TextUnit refuting, int cue, TextUnit asserting)
    {
        for (int k = cue + 1; k < refuting.Words.Length; k++)
            foreach (var groups in SynonymGroups)
                if (groups.TryGetValue(refuting.Words[k], out var g) && asserting.Words.Any(w => groups.TryGetValue(w, out var h) && h == g)) return true;
        return false;
    }

    /// <summary>True when <paramref name="text"/> writes <paramref name="word"/> (lower case, as the words are) with a
    /// capital and never in lower case: a name there ("Bowe Bergdahl"), not a title's capitals ("Denies Ceasefire"
    /// beside "a ceasefire"). Read from the text, as the units mark no capital at a sentence's start.</summary>
    private static bool WrittenAsName(string text, string word) =>
        word.Length > 1 && char.IsLetter(word[0])
        && text.Contains(char.ToUpperInvariant(word[0]) + word[1..], StringComparison.Ordinal) && !text.Contains(word, StringComparison.Ordinal);

    // Find, worked out once per unit instead of once per pair.
    private static readonly object FindKey = new();
    private static readonly Func<TextUnit, string?> FindRefuting = Find;

    private static string? Find(TextUnit u)
    {
        for (int i = 0; i < u.Words.Length; i++)
            if (!u.Negated[i] && Lexicon.StrongRefuting.Contains(u.Words[i]) && !Attributive(u, i) && !Unasserted(u, i) && !Withheld(u, i) && !DeniedSomeoneSomething(u, i)
                && !OthersCallIt(u, i)) return u.Words[i];
        return null;
    }

    // Nouns for what others say of a thing: reports, claims, rumours, allegations.
    private static readonly FrozenSet<string> OthersSayNouns = FrozenSet.ToFrozenSet(
        [.. Claims.Text.WordLists.ReportNouns, .. Claims.Text.WordLists.AllegationNouns], StringComparer.Ordinal);

    /// <summary>The most words from a report noun to the refuting word its clause holds ("amid claims it is a hoax").</summary>
    internal const int OthersClaimReach = 8;

    /// <summary>
    /// True when refuting word <paramref name="i"/> lies in what a report noun says, the noun the object of a
    /// preposition of circumstance (<see cref="ResponsePrepositions"/>; one modifier may stand between): "a new video
    /// released amid claims it is a hoax", "despite reports that the photo was fake". The text tells that others call it
    /// false, not that it is; its own verdict would stand outside that phrase ("Despite claims it is real, the video is a
    /// hoax"). Looks back up to <see cref="OthersClaimReach"/> words within the clause.
    /// </summary>
    internal static bool OthersCallIt(TextUnit u, int i)
    {
        var w = u.Words;
        for (int k = i - 1; k > 0 && k >= i - OthersClaimReach; k--)
        {
            if (w[k].Length == 0 || (!char.IsLetterOrDigit(w[k][0]) && !StanceRules.IsQuote(w[k]))) return false;
            if (!OthersSayNouns.Contains(w[k])) continue;
            return ResponsePrepositions.Contains(w[k - 1]) || (k > 1 && u.Stems[k - 1] is not null && ResponsePrepositions.Contains(w[k - 2]));
        }
        return false;
    }

    /// <summary>
    /// True when refuting word <paramref name="i"/> is "denied" after a form of "be" or "get" (an adverb between
    /// allowed) and no "that" follows it: "rights that had been denied victims", "any application will be denied" say
    /// something was refused to someone, not that a report was called false. "Reports ... have now been denied by Iraq"
    /// names who denies them: a refutation.
    /// </summary>
    private static bool Withheld(TextUnit u, int i)
    {
        if (u.Words[i] != "denied" || (i + 1 < u.Words.Length && u.Words[i + 1] == "that") || ByName(u, i + 1)) return false;
        for (int k = i - 1; k >= 0 && k >= i - 2; k--)
        {
            string w = u.Words[k];
            if (Array.IndexOf(Claims.Text.WordLists.BeForms, w) >= 0 || w is "get" or "gets" or "got" or "gotten") return true;
            if (!w.EndsWith("ly", StringComparison.Ordinal)) return false;
        }
        return false;
    }

    /// <summary>
    /// True when refuting verb <paramref name="i"/> takes two objects, someone (a name or an object pronoun, with the
    /// words before it) and then what is withheld from them (a determiner starts it): "she can deny insurgent Bernie
    /// Sanders the Democratic nomination", "denied him a visa" refuse something to someone; they call nothing false.
    /// </summary>
    private static bool DeniedSomeoneSomething(TextUnit u, int i)
    {
        if (!RefutingVerbs.Contains(u.Words[i])) return false;
        bool someone = false;
        for (int k = i + 1; k < u.Words.Length && k <= i + MaxFirstObjectWords + 1; k++)
        {
            string w = u.Words[k];
            if (someone && WithheldDeterminers.Contains(w)) return true;
            if (u.Capitalized[k] || ObjectPronouns.Contains(w)) someone = true;
            // "deny many energized independents the right to vote": a plural noun of people, its modifiers before it.
            else if (!someone && PeopleNouns.Contains(w)) someone = true;
            else if (someone || w.Length == 0 || !char.IsLetter(w[0]) || w == "that") return false;
        }
        return false;
    }

    /// <summary>Plural nouns of people who can be denied something ("deny many energized independents the right to vote").</summary>
    private static readonly FrozenSet<string> PeopleNouns = FrozenSet.ToFrozenSet(
        ["people", "voters", "independents", "citizens", "residents", "women", "men", "children", "students", "workers",
         "immigrants", "refugees", "members", "patients", "families", "americans", "victims", "prisoners", "delegates"], StringComparer.Ordinal);

    // Most words of the first object of a two-object denial ("insurgent Bernie Sanders").
    private const int MaxFirstObjectWords = 4;

    private static readonly FrozenSet<string> ObjectPronouns = FrozenSet.ToFrozenSet(["him", "her", "them", "us", "me"], StringComparer.Ordinal);

    // Words that start what is withheld after the person denied it.
    private static readonly FrozenSet<string> WithheldDeterminers = FrozenSet.ToFrozenSet(["the", "a", "an", "any", "his", "her", "their", "its"], StringComparer.Ordinal);

    /// <summary>True when word <paramref name="k"/> is "by" followed by a name ("by Iraq", "by the Pentagon").</summary>
    private static bool ByName(TextUnit u, int k)
    {
        if (k >= u.Words.Length || u.Words[k] != "by") return false;
        int n = k + 1 < u.Words.Length && u.Words[k + 1] == "the" ? k + 2 : k + 1;
        return n < u.Words.Length && u.Capitalized[n];
    }

    /// <summary>
    /// True when refuting word <paramref name="i"/> is no verdict of the text: an infinitive ("any attempt by you to deny
    /// the safety of Muslims") or a possibility ("a small chance the video will prove to have been fake").
    /// </summary>
    private static bool Unasserted(TextUnit u, int i)
    {
        if (i > 0 && u.Words[i - 1] == "to" && RefutingVerbs.Contains(u.Words[i])) return true;
        for (int k = i - 1; k >= 0 && k >= i - 15; k--)
        {
            string w = u.Words[k];
            if (w.Length == 0 || (!char.IsLetterOrDigit(w[0]) && w != "\"")) return false;
            if (Lexicon.PossibilityMarkers.Contains(w)) return true;
        }
        return false;
    }

    /// <summary>
    /// True when a sentence of <paramref name="refuting"/> after the one with its refuting word, itself free of refuting
    /// words, has every content stem of <paramref name="asserting"/> (at least three): the refuting text states it too.
    /// </summary>
    private static bool Restates(TextProfile refuting, string word, TextUnit asserting)
    {
        var asserted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in asserting.Stems)
            if (s is not null && !Lexicon.ReportingStems.Contains(s)) asserted.Add(s);
        if (asserted.Count < 3) return false;
        bool afterRefutation = false;
        foreach (var sentence in refuting.Sentences)
        {
            if (Array.IndexOf(sentence.Words, word) >= 0) { afterRefutation = true; continue; }
            if (!afterRefutation || Find(sentence) is not null) continue;
            var stems = new HashSet<string>(StringComparer.Ordinal);
            foreach (var s in sentence.Stems)
                if (s is not null) stems.Add(s);
            if (asserted.IsSubsetOf(stems)) return true;
        }
        return false;
    }

    /// <summary>Things a text can call fake that are reports: "a fake story" refutes, "a fake casing" describes.</summary>
    internal static readonly System.Collections.Frozen.FrozenSet<string> ReportNouns = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["story", "stories", "report", "reports", "news", "claim", "claims", "rumor", "rumors", "rumour", "rumours", "video",
         "videos", "photo", "photos", "image", "images", "picture", "pictures", "headline", "headlines", "article", "articles", "tweet",
         "tweets", "post", "posts", "quote", "account", "accounts", "information"], StringComparer.Ordinal);

    // An adjective before a noun that is no report ("a fake website", "false teeth") describes a thing; so does one
    // coordinated with another adjective before the noun ("not to vote for false or squishy Republicans").
    private static bool Attributive(TextUnit u, int i)
    {
        if (u.Words[i] is not ("fake" or "false" or "bogus" or "fabricated")) return false;
        int noun = CoordinatedAdjective(u, i + 1) ? i + 3 : i + 1;
        return noun < u.Words.Length && u.Stems[noun] is not null && !ReportNouns.Contains(u.Words[noun]);
    }

    /// <summary>
    /// True when the words from <paramref name="k"/> are "or"/"and" and a content word other than a report noun, with a
    /// third word after them: the adjective before <paramref name="k"/> is one of two qualifying what follows ("false or
    /// squishy Republicans"); "false and misleading." ends there and stays a verdict.
    /// </summary>
    private static bool CoordinatedAdjective(TextUnit u, int k) =>
        k + 2 < u.Words.Length && u.Words[k] is "or" or "and" && u.Stems[k + 1] is not null && !ReportNouns.Contains(u.Words[k + 1]);
}
