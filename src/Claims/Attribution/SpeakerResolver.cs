using Claims.Pipeline;
using Claims.Segmentation;

namespace Claims.Attribution;

/// <summary>
/// Fifth stage: resolves each attribution's source mention to a canonical per-article speaker, sets
/// <see cref="AttributionSpan.Speaker"/> and fills <see cref="Document.Speakers"/>.
/// <list type="bullet">
/// <item>Titles and roles are stripped from names and kept as roles ("Deputy Foreign Minister Sergei Ryabkov" →
/// "Sergei Ryabkov"); a possessive chain names its last person ("Putin’s aide Kirill Dmitriev" → "Kirill Dmitriev").</item>
/// <item>A surname resolves to the full name written in the article ("Dmitriev" → "Kirill Dmitriev").</item>
/// <item>Pronouns ("he", "she") and definite role nouns ("the Kremlin envoy") resolve to the last named person,
/// preferring one whose roles share a word with the role noun.</item>
/// <item>A person's group ("his campaign", "her aides") is named after the person the possessive refers to
/// ("Donald Trump’s campaign").</item>
/// <item>Organizations and collectives keep their name without a leading article ("the Kremlin" → "Kremlin").</item>
/// </list>
/// Stateless and thread-safe.
/// </summary>
public sealed partial class SpeakerResolver : IDocumentStage
{
    private static readonly WordSet TitleWords = new(
        "president", "vice", "deputy", "foreign", "minister", "prime", "secretary", "senator", "sen", "sen.", "rep", "rep.",
        "representative", "gov", "gov.", "governor", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "mayor", "chief",
        "special", "envoy", "aide", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson", "ambassador",
        "general", "gen", "gen.", "former", "chairman", "chairwoman", "chair", "leader", "candidate", "nominee",
        "democratic", "republican", "democrat", "senior", "top", "state", "defense", "attorney", "judge", "justice",
        "speaker", "house", "senate", "majority", "minority", "whip", "director", "head", "ceo", "founder", "executive",
        "economic", "national", "security", "presidential", "press", "commissioner", "chancellor", "king", "queen",
        "prince", "pope", "sheriff", "officer", "lt", "lt.", "col", "col.", "capt", "capt.", "sgt", "sgt.", "adm", "adm.", "rear",
        "admiral", "colonel", "lieutenant", "captain", "sergeant", "professor", "prof", "rev", "reverend",
        "u.s.", "us", "american", "russian", "ukrainian", "european", "chinese", "british", "french", "german", "israeli",
        "iranian", "kremlin", "white", "lawmaker", "congressman", "congresswoman", "strategist", "pollster", "analyst",
        "campaign", "manager", "chairperson", "lawyer", "counsel", "businessman", "billionaire", "host", "anchor",
        "correspondent", "editor", "author", "columnist", "writer", "economist", "expert", "official", "officials",
        "gop", "dnc", "rnc", "fbi", "cia", "trade", "finance", "interior", "health", "energy", "investment", "fund",
        "sovereign", "wealth", "talk", "radio", "show", "activist", "the", "a", "an", "his", "her", "their", "its",
        "our", "first", "lady", "running", "mate", "independent", "libertarian", "green", "party", "member");

    private static readonly WordSet RoleNouns = new(
        "envoy", "aide", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson", "president", "minister",
        "senator", "governor", "candidate", "nominee", "secretary", "official", "leader", "chairman", "ambassador",
        "mayor", "director", "businessman", "billionaire", "lawmaker", "congressman", "congresswoman", "speaker",
        "host", "founder", "chief", "negotiator", "diplomat", "general", "judge", "lawyer", "manager", "republican",
        "democrat", "former", "mogul", "tycoon", "frontrunner", "front-runner", "incumbent", "challenger", "author");

    // Generational suffixes after a surname ("Harry B. Harris Jr.", "Brent Bozell III").
    private static readonly WordSet NameSuffixes = new("Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV");

    // Words that mark an organization rather than a person name.
    private static readonly WordSet OrgWords = new(
        "ministry", "department", "party", "committee", "council", "office", "news", "post", "times", "journal",
        "agency", "union", "house", "kremlin", "government", "administration", "campaign", "foundation", "institute",
        "university", "center", "centre", "commission", "bureau", "service", "court", "congress", "senate", "bank",
        "group", "association", "company", "corp", "inc", "press", "network", "reuters", "cnn", "tass", "axios", "fbi",
        "cia", "nato", "un", "eu", "police", "army", "military", "pentagon", "washington", "moscow", "kyiv", "beijing",
        "poll", "survey", "study", "report", "media", "magazine", "tribune", "herald", "daily", "telegraph", "guardian",
        "observer", "fund", "organization", "organisation", "board", "team", "staff", "state", "states", "nations");


    // Groups a person has ("his campaign", "her aides"): named after the person the possessive refers to.
    private static readonly WordSet OwnedGroups = new(
        "campaign", "administration", "government", "team", "office", "aides", "staff", "lawyers", "attorneys", "family",
        "spokesman", "spokeswoman", "spokesperson", "advisers", "advisors", "allies", "supporters", "camp", "ministry",
        "company", "party", "foundation", "lawyer", "attorney");

    /// <summary>Decides which source mentions can be speakers (<see cref="SpeakerSanity.Default"/> unless set).</summary>
    public SpeakerSanity Sanity { get; init; } = SpeakerSanity.Default;

    /// <inheritdoc />
    public string Name => "speakers";

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var speakers = new DocumentSpeakers(this, document);
        foreach (var attribution in document.Attributions.OrderBy(a => a.Source?.Start ?? a.Content.Start))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (attribution.Source is { } mention) speakers.Attribute(attribution, mention);
        }
        document.Speakers = speakers.ToList();
    }

    /// <summary>
    /// One document's speakers as its attributions are read in order: the names found so far, the persons a later
    /// pronoun or role noun can refer back to, and the full names a surname resolves to.
    /// </summary>
    private sealed class DocumentSpeakers
    {
        private readonly SpeakerResolver _resolver;
        private readonly Document _document;
        private readonly string _text;
        private readonly Dictionary<string, string> _fullNames;
        // Transcript labels in capitals ("MCCAIN") look surnames up ignoring case; the first full name still wins.
        private readonly Dictionary<string, string> _fullNamesAnyCase = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<(int Position, string Name, bool Subject)> _personMentions;
        private readonly PersonGenders _genders;
        private readonly Dictionary<string, (List<string> Roles, List<TextSpan> Mentions, bool Person, int First)> _speakers = new(StringComparer.Ordinal);
        // Per outlet name, whether the article writes it inside a sentence: looked up once per name, so that an article
        // of many sentences opening with "The X said" stays linear.
        private readonly Dictionary<string, bool> _namedInside = new(StringComparer.Ordinal);
        private readonly List<(string Name, int Position)> _persons = [];
        private readonly HashSet<TextSpan> _seen = [];

        public DocumentSpeakers(SpeakerResolver resolver, Document document)
        {
            _resolver = resolver;
            _document = document;
            _text = document.Text;
            _fullNames = FullNamesBySurname(document, out _personMentions);
            foreach (var (surname, full) in _fullNames) _fullNamesAnyCase.TryAdd(surname, full);
            _genders = PersonGenders.Read(document, _personMentions);
        }

        /// <summary>Names the speaker of <paramref name="attribution"/> from its source mention, if it names anyone.</summary>
        public void Attribute(AttributionSpan attribution, TextSpan mention)
        {
            // A mention that names no one (a date, an opener, a fragment of the quote) leaves the claim unattributed.
            if (_resolver.Sanity.Read(_document, mention).Speaker is not { } source) return;
            var words = WordsOf(_text, source);
            if (words.Count == 0) return;
            var roles = new List<string>();
            var (nameWords, sourceEnd, coordinated) = WithoutApposition(source, words, roles);
            var (name, person) = NameOf(source, nameWords, sourceEnd, coordinated, roles);
            if (string.IsNullOrEmpty(name)) return;
            attribution.Speaker = name;
            if (!_speakers.TryGetValue(name, out var entry))
            {
                entry = ([], [], person, source.Start);
                _speakers[name] = entry;
            }
            foreach (var r in roles)
                if (!entry.Roles.Contains(r, StringComparer.Ordinal)) entry.Roles.Add(r);
            if (_seen.Add(mention)) entry.Mentions.Add(mention);
            if (person || entry.Person) _persons.Add((name, source.Start));
        }

        /// <summary>The speakers in order of their first mention.</summary>
        public List<ArticleSpeaker> ToList() => _speakers
            .OrderBy(s => s.Value.First)
            .Select(s => new ArticleSpeaker(s.Key, s.Value.Roles.ToArray(), s.Value.Mentions.OrderBy(m => m.Start).ToArray()))
            .ToList();

        // "Meghan Casserly, a spokeswoman for Google": the name before the comma, the apposition a role;
        // "Rosario Murillo, a government spokeswoman ..., said": the name the mention stands in apposition to.
        private (List<TextSpan> Words, int SourceEnd, bool Coordinated) WithoutApposition(TextSpan source, List<TextSpan> words, List<string> roles)
        {
            var split = SpeakerApposition.Read(_text, words, IsNameWord);
            if (split.NameWords == 0)
                split = SpeakerApposition.ReadAffiliation(_text, words, IsNameWord, TitleWords.Contains, OrgWords.Contains);
            if (split.NameWords > 0)
            {
                if (split.Role is { } appositionRole) roles.Add(appositionRole);
                words = words.GetRange(0, split.NameWords);
                return (words, words[^1].End, split.Coordinated);
            }
            if (SpeakerApposition.NameBefore(_document, source, IsNameWord) is { } named)
            {
                string appositionRole = string.Join(' ', words.Skip(1).Select(w => _text[w.Start..w.End]));
                if (appositionRole.Length > 0) roles.Add(appositionRole);
                return (WordsOf(_text, named), named.End, split.Coordinated);
            }
            return (words, source.End, split.Coordinated);
        }

        private (string? Name, bool Person) NameOf(TextSpan source, List<TextSpan> words, int sourceEnd, bool coordinated, List<string> roles)
        {
            string text = _text;
            string first = text[words[0].Start..words[0].End];
            if (coordinated)
                return (Coordinated(text, words, _fullNames), false); // "Incer and Lindley Johnson": a group of named people
            if (words.Count == 1 && (Words.PersonPronouns.Contains(first) || first is "I" or "i" or "his" or "His"))
            {
                string? person = LastPersonBefore(source.Start, _persons, _personMentions, name => _genders.Fits(name, first));
                return (person, person is not null);
            }
            if (words.Count == 2 && first is "his" or "His" or "her" or "Her" && OwnedGroups.Contains(text.AsSpan(words[1].Start, words[1].Length))
                && LastPersonBefore(source.Start, _persons, _personMentions, name => _genders.Fits(name, first)) is { } owner)
                return ($"{owner}’s {text[words[1].Start..words[1].End]}", false); // "his campaign" → "Donald Trump’s campaign"
            if (words.Count == 1 && Words.Pronouns.Contains(first))
                return (null, false); // "they", "it", "we": collective, left unresolved rather than guessed
            if (IsRoleNoun(text, words))
            {
                string? person = ResolveRole(text, words, _persons, _speakers) ?? LastPersonBefore(source.Start, _persons, _personMentions, _ => PersonGenders.Fit.Unknown);
                return person is not null ? (person, true) : (Strip(text, source), false);
            }
            var (name, isPerson) = CanonicalName(text, words, roles, _fullNames, _fullNamesAnyCase);
            // "As The Gaze reported": a capitalized "The" inside a sentence is part of an outlet's name; so is the
            // "The" opening "The Gaze reports this" when the article writes "The Gaze" inside a sentence elsewhere.
            if (name is not null && words.Count >= 2 && text.AsSpan(words[0].Start, words[0].Length).SequenceEqual("The")
                && name == text[words[1].Start..sourceEnd].Trim()
                && (!StartsSentence(_document, source.Start) || NamedInside(_document, "The " + name, _namedInside)))
                return ("The " + name, false); // an outlet, not a person a later "he" could refer to
            return (name, isPerson);
        }
    }

    /// <summary>The person named last before <paramref name="position"/>, as a speaker or anywhere in the text, that
    /// <paramref name="fits"/> (the pronoun's gender, where the article shows the person's).</summary>
    private static string? LastPersonBefore(int position, List<(string Name, int Position)> persons,
        List<(int Position, string Name, bool Subject)> mentions, Func<string, PersonGenders.Fit> fits)
    {
        (string? Name, int Position) best = (null, -1);
        // Sources are visited in text order, so the latest earlier one is near the end.
        for (int i = persons.Count - 1; i >= 0; i--)
            if (persons[i].Position < position && fits(persons[i].Name) != PersonGenders.Fit.Other) { best = (persons[i].Name, persons[i].Position); break; }
        // Mentions are in text order: the last one before the position.
        int lo = 0, hi = mentions.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (mentions[mid].Position < position) lo = mid + 1; else hi = mid;
        }
        // Pronouns mostly continue the topic: prefer the last subject-position person (first named in its sentence);
        // when that person is of the other gender, the last person of the pronoun's named anywhere ("Trump's approach
        // posed a contrast to that of Hillary Clinton. She first tweeted ...").
        int topic = lo - 1;
        while (topic >= 0 && !mentions[topic].Subject) topic--;
        bool topicFits = topic >= 0 && fits(mentions[topic].Name) != PersonGenders.Fit.Other;
        int chosen = topicFits ? topic : LastOfGender(mentions, lo, fits);
        if (chosen >= 0 && mentions[chosen].Position > best.Position) best = (mentions[chosen].Name, mentions[chosen].Position);
        // No one named as a subject yet: the last person named at all.
        for (int i = lo - 1; best.Name is null && topic < 0 && i >= 0; i--)
            if (fits(mentions[i].Name) != PersonGenders.Fit.Other) best = (mentions[i].Name, mentions[i].Position);
        return best.Name;
    }

    /// <summary>
    /// Past a topic of the other gender: the last person before <paramref name="end"/> the article shows is of the
    /// pronoun's, else the last one named as a subject whose gender it does not show. Not any capitalized run: those
    /// that name no one ("Lower Manhattan", "Stronger Together") show no gender and are seldom subjects.
    /// </summary>
    private static int LastOfGender(List<(int Position, string Name, bool Subject)> mentions, int end, Func<string, PersonGenders.Fit> fits)
    {
        for (int i = end - 1; i >= 0; i--)
            if (fits(mentions[i].Name) == PersonGenders.Fit.Same) return i;
        for (int i = end - 1; i >= 0; i--)
            if (mentions[i].Subject && fits(mentions[i].Name) == PersonGenders.Fit.Unknown) return i;
        return -1;
    }

    /// <summary>Coordinated names ("Incer and Lindley Johnson"), each lone surname as the article writes it in full.</summary>
    private static string Coordinated(string text, List<TextSpan> words, Dictionary<string, string> fullNames)
    {
        var parts = new List<string>();
        int from = 0;
        for (int i = 0; i <= words.Count; i++)
        {
            if (i < words.Count && !text.AsSpan(words[i].Start, words[i].Length).SequenceEqual("and")) continue;
            string part = string.Join(' ', words.Skip(from).Take(i - from).Select(w => text[w.Start..w.End]));
            parts.Add(i - from == 1 && fullNames.TryGetValue(part, out var full) ? full : part);
            from = i + 1;
        }
        return string.Join(" and ", parts);
    }

    private static List<TextSpan> WordsOf(string text, TextSpan span)
    {
        var list = new List<TextSpan>();
        int i = span.Start;
        while (i < span.End)
        {
            while (i < span.End && char.IsWhiteSpace(text[i])) i++;
            int j = i;
            while (j < span.End && !char.IsWhiteSpace(text[j])) j++;
            if (j > i)
            {
                // Trailing commas and periods are not part of names (but "Sen." keeps its period as a title).
                int e = j;
                while (e > i && text[e - 1] is ',' or ';' or ':') e--;
                if (e > i) list.Add(new TextSpan(i, e));
            }
            i = j;
        }
        return list;
    }

    private static bool IsRoleNoun(string text, List<TextSpan> words)
    {
        string head = text[words[0].Start..words[0].End];
        if (!head.Equals("the", StringComparison.OrdinalIgnoreCase)) return false;
        string last = text[words[^1].Start..words[^1].End];
        return RoleNouns.Contains(last) && !char.IsUpper(last[0]);
    }

    private static string? ResolveRole(string text, List<TextSpan> words, List<(string Name, int Position)> persons,
        Dictionary<string, (List<string> Roles, List<TextSpan> Mentions, bool Person, int First)> speakers)
    {
        if (persons.Count == 0) return null;
        // Prefer the latest person whose roles share the role noun; else the latest person.
        string role = text[words[^1].Start..words[^1].End].ToLowerInvariant();
        // Only recent persons: a role noun refers back a few mentions at most (and this keeps the scan bounded).
        for (int i = persons.Count - 1; i >= 0 && i >= persons.Count - 20; i--)
        {
            var p = persons[i].Name;
            if (speakers.TryGetValue(p, out var e) && e.Roles.Any(r => r.Contains(role, StringComparison.OrdinalIgnoreCase)))
                return p;
        }
        return persons[^1].Name;
    }

    private static bool NamedInside(Document document, string name, Dictionary<string, bool> known)
    {
        if (!known.TryGetValue(name, out bool inside)) known[name] = inside = NamedInsideASentence(document, name);
        return inside;
    }

    /// <summary>Whether <paramref name="name"/> occurs in the text, as a whole word run, somewhere other than a sentence's start.</summary>
    private static bool NamedInsideASentence(Document document, string name)
    {
        string text = document.Text;
        for (int at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            int end = at + name.Length;
            bool whole = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]));
            if (whole && !StartsSentence(document, at)) return true;
        }
        return false;
    }

    /// <summary>Whether only white space, quotes or brackets precede <paramref name="position"/> in its sentence.</summary>
    internal static bool StartsSentence(Document document, int position)
    {
        int s = document.SentenceIndexAt(position);
        if (s < 0) return true;
        for (int i = document.Sentences[s].Span.Start; i < position; i++)
            if (char.IsLetterOrDigit(document.Text[i])) return false;
        return true;
    }

    private static string Strip(string text, TextSpan span)
    {
        string s = text[span.Start..span.End].Trim();
        foreach (var article in new[] { "the ", "The " })
            if (s.StartsWith(article, StringComparison.Ordinal)) s = s[article.Length..];
        return s;
    }

    /// <summary>
    /// The canonical name of a source phrase: the words after the last possessive, titles stripped into
    /// <paramref name="roles"/>; the trailing capitalized run is the name. A lone surname becomes the full name
    /// written elsewhere in the article.
    /// </summary>
    private static (string? Name, bool Person) CanonicalName(string text, List<TextSpan> words, List<string> roles,
        Dictionary<string, string> fullNames, Dictionary<string, string> fullNamesAnyCase)
    {
        int from = 0;
        for (int i = 0; i < words.Count - 1; i++)
        {
            var w = text.AsSpan(words[i].Start, words[i].Length);
            if (w.EndsWith("’s", StringComparison.Ordinal) || w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("s’", StringComparison.Ordinal))
                from = i + 1;
        }
        // Trailing run of capitalized non-title words: the name.
        int end = words.Count;
        int start = end;
        while (start - 1 >= from)
        {
            var w = text[words[start - 1].Start..words[start - 1].End];
            if (!IsNameWord(w)) break;
            if (TitleWords.Contains(w) && start < end) break;
            // "The head of Nasa's Meteoroid Environment Office, Bill Cooke": a name of two words or more does not run
            // back across a comma into an office or a title ("Ryan Roche of Lehi, Utah" keeps its place).
            if (end - start >= 2 && words[start - 1].End < text.Length && text[words[start - 1].End] == ','
                && (OrgWords.Contains(w) || TitleWords.Contains(w))) break;
            start--;
        }
        // "The discussions with Witkoff": a name after a preposition is not the head of the phrase.
        bool afterPreposition = start > from && start < end
            && Words.Prepositions.Contains(text[words[start - 1].Start..words[start - 1].End]);
        if (!afterPreposition && start < end && end - start <= 4 && !(end - start == 1 && TitleWords.Contains(text[words[start].Start..words[start].End])))
        {
            var nameWords = words.Skip(start).Take(end - start).Select(w => text[w.Start..w.End]).ToList();
            bool org = nameWords.Any(OrgWords.Contains) || nameWords.All(w => w.All(c => !char.IsLower(c)));
            if (start > from)
            {
                string role = string.Join(' ', words.Skip(from).Take(start - from).Select(w => text[w.Start..w.End])
                    .Where(w => !Words.Determiners.Contains(w)));
                if (role.Length > 0) roles.Add(role);
            }
            string name = string.Join(' ', nameWords);
            if (!org && nameWords.Count == 1 && fullNames.TryGetValue(name, out var full))
                name = full;
            // A transcript label in capitals ("PENCE:", "JAKE TAPPER:") is the person the article names in full ("Mike
            // Pence"), not an acronym like "CNN", when its last word is that person's surname.
            else if (org && nameWords[^1].Length > 1 && !nameWords.Any(OrgWords.Contains) && fullNamesAnyCase.TryGetValue(nameWords[^1], out var labelled))
            {
                name = labelled;
                org = false;
            }
            bool person = !org && (nameWords.Count >= 2 || name.Contains(' ', StringComparison.Ordinal) || start > from || fullNames.ContainsKey(name));
            return (name, person);
        }
        // A common-noun source: "European diplomats", "a source", "Analysts", "the Kremlin".
        string phrase = string.Join(' ', words.Skip(from).Select(w => text[w.Start..w.End]));
        if (phrase.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) phrase = phrase[4..];
        return (phrase, false);
    }

    internal static bool IsNameWord(string w) =>
        w.Length > 0 && char.IsUpper(w[0]) && !Words.Pronouns.Contains(w) && !Words.Determiners.Contains(w) && !Words.Weekdays.Contains(w);

    // Day names end source phrases ("A Monmouth poll out Monday") without being names.

    /// <summary>Whether no earlier person mention lies in the sentence holding <paramref name="position"/>: a likely subject.</summary>
    private static bool FirstInSentence(Document document, List<(int Position, string Name, bool Subject)> mentions, int position)
    {
        int s = document.SentenceIndexAt(position);
        if (s < 0) return false;
        return mentions.Count == 0 || mentions[^1].Position < document.Sentences[s].Span.Start;
    }

    private static bool SameFirstName(string known, string full) =>
        string.Equals(known[..Math.Max(0, known.IndexOf(' '))], full[..Math.Max(0, full.IndexOf(' '))], StringComparison.Ordinal);

    private static string TrimPossessive(string w) =>
        w.EndsWith("’s", StringComparison.Ordinal) || w.EndsWith("'s", StringComparison.Ordinal) ? w[..^2] : w;

    private static bool IsCapWord(string text, Token t) =>
        t.Kind == TokenKind.Word && char.IsUpper(text[t.Start]) && t.End - t.Start > 1 && !(t.End - t.Start > 3 && !Casing.HasLower(t.Of(text)))
        && !Words.SourceBoundary.Contains(t.Of(text)) && !Words.Determiners.Contains(t.Of(text)) && !Words.Pronouns.Contains(t.Of(text))
        && !SpeakerSanity.IsOpener(t.Of(text)) && !SpeakerSanity.IsCalendarWord(t.Of(text));
}
