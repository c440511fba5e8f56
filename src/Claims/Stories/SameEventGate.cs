using System.Globalization;
using Claims.Matching;
using Claims.Stance;
using Claims.Text;

namespace Claims.Stories;

/// <summary>What the analyzer knows about a pair besides the stance verdict: its story and its similarity.</summary>
/// <param name="SameStory">Both claims' articles are in one story (true when the analyzer groups no stories).</param>
/// <param name="Similarity">The candidate step's similarity (IDF-weighted cosine of content features), in [0, 1].</param>
/// <param name="Rumours">
/// Claims their own article reports only to call them false, by claim id, with the evidence (see
/// <see cref="ReportedRumours"/>); null when not known.
/// </param>
/// <param name="Corpus">How common each term is across the run's articles (<see cref="CorpusWords"/>); null when not known.</param>
/// <param name="StoryArticles">
/// How many articles the story both claims are in holds; 0 when not known (claims of two stories, or a run the analyzer
/// groups into no stories). The gate reads it with <paramref name="Corpus"/>'s article count as the story's share of the run.
/// </param>
public readonly record struct PairContext(bool SameStory, double Similarity, IReadOnlyDictionary<string, string>? Rumours = null,
    CorpusWords? Corpus = null, int StoryArticles = 0);

/// <summary>
/// Reviews a stance verdict before it is reported: may keep it (adding the evidence that held) or turn it neutral
/// (saying why). Implementations must be thread-safe and deterministic.
/// </summary>
public interface IVerdictGate
{
    /// <summary>The verdict to report for <paramref name="a"/> and <paramref name="b"/>.</summary>
    StanceVerdict Review(Claim a, Claim b, StanceVerdict verdict, PairContext context);
}

/// <summary>
/// A claim vector per claim (for example a sentence encoder's embedding) that <see cref="SameEventGate"/> reads as
/// evidence of meaning. The core library has none; the semantic package plugs one in. Thread-safe, deterministic.
/// </summary>
public interface IClaimVectorSource
{
    /// <summary>The claim's unit-length vector, or an empty memory when it has none.</summary>
    ReadOnlyMemory<float> VectorOf(Claim claim);
}

/// <summary>
/// The same-event gate: a contradiction needs the same event or proposition. Entities, time and meaning must agree:
/// neither claim is a question or a fragment; when both name someone, a name is shared; the claims share content
/// beyond their names (one shared word never suffices, nor do shared names: election coverage names the same
/// candidates everywhere); weekdays and months, when both give them, overlap; claims in different stories must be
/// very similar; and with claim vectors, their cosine must show the same topic; and they are no pieces of one sentence
/// (<see cref="SharedSentence"/>). A contradiction that fails becomes
/// neutral with the failing check as its reason; one that passes gets a reason naming the evidence that held
/// (story, shared names, shared content, similarity). Agreements go through the checks that keep them about one
/// thing (question, names, story, names only, notes to the reader, bare names, notes on the reporting, corpus rarity,
/// one shared subject of which each claim says its own thing).
/// Thread-safe.
/// </summary>
public sealed partial class SameEventGate : IVerdictGate
{
    private readonly FeatureExtractor _features = new(TermExtractor.Default, ConceptLexicon.Default);

    // What the gate reads from one claim, worked out once per claim object (a claim takes part in many verdicts).
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<Claim, SameEventEvidence.ClaimEvidence> _sides = new();

    /// <summary>
    /// Creates the gate with <paramref name="options"/> (defaults when null) and claim vectors (default: each claim's
    /// <see cref="Claim.Embedding"/>, set by the semantic pipeline and absent in the lexical one).
    /// </summary>
    public SameEventGate(SameEventGateOptions? options = null, IClaimVectorSource? vectors = null)
    {
        Options = options ?? SameEventGateOptions.Default;
        Vectors = vectors ?? EmbeddingVectors.Instance;
        _titleTerms = [.. Options.PersonTitles.Select(t => t.Split('-').Select(w => TermExtractor.Default.Stem(TermExtractor.Lower(w))).ToArray())];
        _titleStems = new HashSet<string>(_titleTerms.SelectMany(t => t), StringComparer.Ordinal);
        _sideOf = c => SameEventEvidence.ClaimEvidence.Of(_features.Extract(c), c.Text);
    }

    /// <summary>The thresholds in use.</summary>
    public SameEventGateOptions Options { get; }

    /// <summary>Claim vectors read as evidence of meaning.</summary>
    public IClaimVectorSource Vectors { get; }

    /// <inheritdoc />
    public StanceVerdict Review(Claim a, Claim b, StanceVerdict verdict, PairContext context)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(verdict);
        if (verdict.Label == StanceLabel.Neutral) return verdict;
        var evidence = SameEventEvidence.Of(Side(a), Side(b));
        string? failure = Check(a, b, verdict, context, evidence, out double? cosine);
        if (failure is not null)
            return new StanceVerdict(StanceLabel.Neutral, verdict.Score, [.. verdict.Reasons, "not the same event: " + failure]);
        return verdict with { Reasons = [.. verdict.Reasons, Held(context, evidence, cosine, RarityHeld(verdict, context, evidence))] };
    }

    /// <summary>
    /// True when a check of <see cref="Review"/> that does not read the verdict fails for the pair (a rumour its own
    /// article calls false, a claim a fact check reviews, different stories below the cross-story similarity, a
    /// question, names on both sides none of which the other side has): every verdict on it then comes back neutral,
    /// so a caller that reports no neutral pairs need not classify it. Reads each claim's memoized side, never the
    /// pair's evidence.
    /// </summary>
    internal bool RejectsAnyVerdict(Claim a, Claim b, PairContext context)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (context.Rumours is { } rumours && Options.RumoursAssertNothing && (rumours.ContainsKey(a.Id) || rumours.ContainsKey(b.Id)))
            return true;
        if (UnderReview(a) is not null || UnderReview(b) is not null) return true;
        if (!context.SameStory && context.Similarity < Options.CrossStorySimilarity) return true;
        var sa = Side(a);
        var sb = Side(b);
        return sa.Question || sb.Question || DisjointNames(sa, sb);
    }

    // SameEventEvidence.Of's "both name someone and share no name" without its sets: a side's names are its terms that
    // either side writes as a name, and each side's name terms are among its terms, so the names are disjoint exactly
    // when both sides have name terms and neither side's name terms occur among the other's terms.
    private static bool DisjointNames(SameEventEvidence.ClaimEvidence a, SameEventEvidence.ClaimEvidence b) =>
        a.NameTerms.Count > 0 && b.NameTerms.Count > 0 && !a.NameTerms.Overlaps(b.Terms) && !b.NameTerms.Overlaps(a.Terms);

    private SameEventEvidence.ClaimEvidence Side(Claim claim) =>
        _sides.GetValue(claim, _sideOf);

    // Side's callback, made once: a lambda reading _features there would be a new delegate on every call, two a pair.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<Claim, SameEventEvidence.ClaimEvidence>.CreateValueCallback _sideOf;

    private string? Check(Claim a, Claim b, StanceVerdict verdict, PairContext context, SameEventEvidence e, out double? cosine)
    {
        cosine = null;
        if (e.QuestionA || e.QuestionB) return "a question asserts nothing";
        if (context.Rumours is { } rumours && Options.RumoursAssertNothing)
            foreach (var claim in (ReadOnlySpan<Claim>)[a, b])
                if (rumours.TryGetValue(claim.Id, out var evidence))
                    return $"{claim.Id} is a rumour its own article calls false ({evidence})";
        foreach (var claim in (ReadOnlySpan<Claim>)[a, b])
            if (UnderReview(claim) is { } label)
                return $"{claim.Id} is the claim a fact check reviews ('{label}:'), not an assertion";
        if (e.NamesA.Count > 0 && e.NamesB.Count > 0 && e.SharedNames.Count == 0)
            return $"different names ({Join(e.NamesA)} / {Join(e.NamesB)})";
        if (!context.SameStory && context.Similarity < Options.CrossStorySimilarity)
            return string.Create(CultureInfo.InvariantCulture, $"different stories and similarity {context.Similarity:0.00} below {Options.CrossStorySimilarity:0.00}");
        return verdict.Label switch
        {
            StanceLabel.Agrees => AgreementCheck(a, b, verdict, context, e),
            StanceLabel.Contradicts => ContradictionCheck(a, b, verdict, context, e, out cosine),
            _ => null,
        };
    }

    // True when a claim has fewer than MinContentWords content words and writes every word but stop words with a
    // capital (the first word's capital included: "Ted Cruz.").
    private bool BareName(string text, int content)
    {
        if (content >= Options.MinContentWords) return false;
        foreach (var token in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = token.AsSpan().Trim("\"'\u201C\u201D\u2018\u2019(),.:;!?-".AsSpan());
            if (word.Length > 0 && char.IsLower(word[0]) && !TermExtractor.Default.IsStopWord(word.ToString())) return false;
        }
        return true;
    }

    // The cosine a contradiction needs: a rule's own threshold when it has one, none for a rule about a name (the
    // proposition is the person's title, not what the two claims are about), else MinVectorSimilarity.
    private double VectorThreshold(StanceVerdict verdict, bool aboutName)
    {
        if (aboutName) return double.NegativeInfinity;
        double needed = Options.MinVectorSimilarity;
        foreach (var rule in verdict.DecidingRules)
            if (Options.RuleMinVectorSimilarity.TryGetValue(rule.Name, out double own)) needed = Math.Min(needed, own);
        return needed;
    }

    private static string Held(PairContext context, SameEventEvidence e, double? cosine, string? rarity)
    {
        var parts = new List<string> { context.SameStory ? "same story" : "different stories but very similar" };
        if (e.SharedNames.Count > 0) parts.Add($"shared names {Join(e.SharedNames)}");
        if (e.SharedWords.Count > 0) parts.Add($"shared content {Join(e.SharedWords)}");
        parts.Add(string.Create(CultureInfo.InvariantCulture, $"similarity {context.Similarity:0.00}"));
        if (cosine is { } c) parts.Add(string.Create(CultureInfo.InvariantCulture, $"vector cosine {c:0.00}"));
        if (rarity is not null) parts.Add(rarity);
        return "same event: " + string.Join(", ", parts);
    }

    /// <summary>
    /// The label ("Claim", "Rumor") when the claim is introduced by a fact check's label ("Claim: The town of Purdon was
    /// quarantined ..." above "FALSE"), else null.
    /// </summary>
    private string? UnderReview(Claim claim) =>
        claim.Cue == ":" && claim.Speaker is { } speaker && Options.ReviewLabels.Contains(speaker.Trim()) ? speaker.Trim() : null;

    // The terms of each of SameEventGateOptions.PersonTitles as the feature extractor writes them (stems; "front-runner"
    // gives "front" and "runner").
    private readonly string[][] _titleTerms;

    // Every stem of the person titles, for what a claim says beyond a shared phrase (a title is how a person is called).
    private readonly HashSet<string> _titleStems;

    /// <summary>
    /// The shared content words of the pair plus its shared names that either side also writes in lower case ("the
    /// patient is not being treated" / "KC hospital: Patient does not have ...", a headline's "Fur Coats" / "fur coat"):
    /// a word written in lower case is said of something, whatever capitals a headline or a colon gives it elsewhere.
    /// </summary>
    /// Words that describe a person as <see cref="SameEventGateOptions.PersonTitles"/> lists them ("presumptive",
    /// "nominee", "former", "front-runner") do not count: they name whom a claim is about, not what it says.
    private static int SharedBeyondNames(Claim a, Claim b, SameEventEvidence e, HashSet<string> titles)
    {
        int shared = e.SharedWords.Count(t => !titles.Contains(t));
        foreach (var t in e.SharedNames)
            if (!titles.Contains(t) && (WrittenInLowerCase(a.Text, t) || WrittenInLowerCase(b.Text, t))) shared++;
        return shared;
    }

    /// <summary>
    /// The share of words of four letters or more (stop words aside: a headline may write "with" or "from" in lower
    /// case) that start with a capital from which a text is in title case. A sentence dense with names still writes its
    /// other words in lower case ("Ted Cruz has 370 delegates, Marco Rubio has 163": five of six).
    /// </summary>
    private const double TitleCapitalShare = 0.9;

    /// <summary>The fewest words of four letters or more a text in title case has.</summary>
    private const int TitleMinLongWords = 3;

    /// <summary>
    /// True when at least <see cref="TitleCapitalShare"/> of the words of four letters or more (not stop words) in <paramref name="text"/>
    /// (and <see cref="TitleMinLongWords"/> or more of them) start with a capital: a headline in title case.
    /// </summary>
    internal static bool TitleCased(string text)
    {
        int words = 0, capitals = 0;
        foreach (var token in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = token.AsSpan().Trim("\"'\u201C\u201D\u2018\u2019(),.:;!?".AsSpan());
            if (word.Length < 4 || !char.IsLetter(word[0]) || TermExtractor.Default.IsStopWord(word.ToString().ToLowerInvariant())) continue;
            words++;
            if (char.IsUpper(word[0])) capitals++;
        }
        return words >= TitleMinLongWords && capitals >= TitleCapitalShare * words;
    }

    // True when `text` has a word in lower case that the stem `term` starts ("patient" for "patient", "coat" for "coat").
    // The words are the runs of non-white-space characters (what Split with no separator gives), read in place.
    private static bool WrittenInLowerCase(string text, string term)
    {
        var rest = text.AsSpan();
        while (true)
        {
            int start = 0;
            while (start < rest.Length && char.IsWhiteSpace(rest[start])) start++;
            if (start == rest.Length) return false;
            rest = rest[start..];
            int end = 1;
            while (end < rest.Length && !char.IsWhiteSpace(rest[end])) end++;
            var w = rest[..end].TrimStart("\"'\u201C\u2018(".AsSpan());
            if (w.Length > 0 && char.IsLower(w[0]) && w.StartsWith(term, StringComparison.Ordinal)) return true;
            rest = rest[end..];
        }
    }

    // The terms of the person titles both claims share: a title of several words only when both share all of them
    // ("front" and "runner" of "front-runner", not the "front" of a front door).
    private HashSet<string> SharedTitles(SameEventEvidence e)
    {
        var titles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var title in _titleTerms)
            if (title.All(t => e.SharedWords.Contains(t) || e.SharedNames.Contains(t))) titles.UnionWith(title);
        return titles;
    }

    private static string Join(IEnumerable<string> items) => string.Join(", ", items.Order(StringComparer.Ordinal).Take(4));
}
