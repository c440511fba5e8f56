using Claims.Segmentation;
using Claims.Text;

namespace Claims.Attribution.Learned;

/// <summary>One attribution that may be kept: from the rules or from the tagger, with its ranking features.</summary>
/// <param name="Attribution">The attribution itself (the rules' own record, or one read off the tagger's tags).</param>
/// <param name="FromRules">Whether the rule-based stages found it.</param>
/// <param name="Features">Its features for the ranker, <see cref="AttributionCandidates.FeatureCount"/> of them.</param>
internal sealed record AttributionCandidate(AttributionSpan Attribution, bool FromRules, float[] Features);

/// <summary>
/// The candidates of a document, the rules' attributions and the tagger's contents (with the cue and source nearest
/// each), and their numeric features: the attribution's cue, source, content and sentence; the tagger's confidence over
/// the content; whether rules and tagger agree; how often the cue words open a cue in annotated news.
/// </summary>
internal static class AttributionCandidates
{
    /// <summary>Length of a candidate's feature vector.</summary>
    public const int FeatureCount = 37 + 1 + CueClassCount;

    private const int CueClassCount = 9;

    // x[1], the cue's class: a CueClass value for a lexicon verb, or one of these.
    private const int NoCue = -1, ColonCue = 10, AccordingToCue = 11, UnknownCue = 12;

    /// <summary>
    /// Whether a candidate's features (<see cref="FeatureCount"/> long) say its cue is a verb of saying of the lexicon or
    /// "according to": the cues PolNeAR's speech figures count.
    /// </summary>
    public static bool CueSignalsSpeech(float[] features) => features[1] == (int)CueClass.Speech || features[1] == AccordingToCue;

    /// <summary>
    /// Whether a candidate's features (<see cref="FeatureCount"/> long) say it was anchored on a cue where no content was
    /// read (<see cref="LearnedSpans.CueAnchored"/>) rather than found by the rules or read off the tagger's content tags.
    /// </summary>
    public static bool IsCueAnchored(float[] features) => features[AnchoredFeature] > 0;

    /// <summary>The feature that is 1 for a cue-anchored candidate, 0 otherwise.</summary>
    internal const int AnchoredFeature = 37;

    // The WordNet classes of the cue's first word the ranker reads, one feature each.
    private static readonly WordClass[] CueClasses =
    [
        WordClass.VerbCommunication, WordClass.VerbCognition, WordClass.VerbPerception, WordClass.VerbEmotion, WordClass.VerbSocial,
        WordClass.VerbPossession | WordClass.VerbCompetition | WordClass.VerbCreation, WordClass.VerbStative | WordClass.VerbChange,
        WordClass.NounCommunication | WordClass.NounCognition, WordClass.NounPerson | WordClass.NounGroup,
    ];

    private static readonly HashSet<string> Pronouns = new(
        [.. Text.WordLists.SubjectPronouns, .. Text.WordLists.ThirdPersonObjectPronouns], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PronounLookup = Pronouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The candidates of <paramref name="document"/>, whose attributions must still be the rules' own; with
    /// <paramref name="stateCues"/> (each token's probability of a cue by its token state) also those its likely cues anchor.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired (checked every 256 candidates).</exception>
    public static List<AttributionCandidate> Build(Document document, TaggerFeatures features, int[] tags, float[] margins,
        float[] cueMargins, CueLexicon lexicon, CueWordRates rates, CancellationToken cancellationToken = default, float[]? stateCues = null)
    {
        var list = new List<(AttributionSpan A, bool Rules)>();
        foreach (var a in document.Attributions) list.Add((a, true));
        var covered = new bool[tags.Length];
        foreach (var content in LearnedSpans.Contents(features, tags, margins, cancellationToken))
        {
            if ((list.Count & LearnedAttributionModel.CancellationMask) == 0) cancellationToken.ThrowIfCancellationRequested();
            var (cue, source) = LearnedSpans.CueAndSource(features, tags, content);
            bool quoted = features.InQuote[content.First];
            list.Add((new AttributionSpan
            {
                Content = content.Span, Cue = cue, Source = source, Kind = quoted ? ClaimKind.DirectQuote : ClaimKind.Indirect,
            }, false));
        }
        int anchoredFrom = AddAnchored(document, features, tags, cueMargins, covered, list, cancellationToken, stateCues);
        var sentences = new SentenceFacts(document, features);
        var result = new List<AttributionCandidate>(list.Count);
        // Agreement: the best overlap with a candidate from the other source (rules versus tagger).
        var fromRules = new SpanOverlaps(list.Where(x => x.Rules).Select(x => x.A.Content));
        var fromTagger = new SpanOverlaps(list.Take(anchoredFrom).Where(x => !x.Rules).Select(x => x.A.Content));
        for (int c = 0; c < list.Count; c++)
        {
            var (a, rules) = list[c];
            if ((result.Count & LearnedAttributionModel.CancellationMask) == 0) cancellationToken.ThrowIfCancellationRequested();
            var x = new float[FeatureCount];
            // The token ranges and the sentence of the candidate, looked up once: binary searches over all the tokens,
            // which a long article's tens of thousands of candidates would otherwise repeat several times each.
            var contentTokens = document.TokenRange(a.Content);
            var cueTokens = a.Cue is { } cueSpan ? document.TokenRange(cueSpan) : default;
            int si = document.SentenceIndexAt(a.Content.Start);
            Describe(document, features, sentences, a, lexicon, x, cueTokens, si);
            Tagging(contentTokens, tags, margins, x.AsSpan(22));
            int k = 29;
            x[k] = rules ? 1 : 0;
            x[k + 1] = (float)(rules ? fromTagger : fromRules).MaxJaccard(a.Content);
            if (a.Cue is not null)
            {
                var range = cueTokens;
                if (range.End.Value > range.Start.Value)
                {
                    (x[k + 2], x[k + 3]) = rates.Of(document.Tokens[range.Start.Value].Of(document.Text));
                    (x[k + 4], _) = rates.Of(document.Tokens[range.End.Value - 1].Of(document.Text));
                }
            }
            // The word before the content (often the cue itself or "that"): how cue-like it is.
            int firstToken = contentTokens.Start.Value;
            if (firstToken > 0) (x[k + 5], _) = rates.Of(document.Tokens[firstToken - 1].Of(document.Text));
            // How sure the tagger is of a cue: over this candidate's cue words, and anywhere in the content's sentence.
            x[k + 6] = a.Cue is not null ? Max(cueMargins, cueTokens) : -100;
            if (si >= 0)
            {
                // Within the sentence, and at most LearnedSpans.Reach tokens beyond the content.
                var sentence = document.TokenRange(document.Sentences[si].Span);
                int from = Math.Max(sentence.Start.Value, contentTokens.Start.Value - LearnedSpans.Reach);
                int to = Math.Min(sentence.End.Value, contentTokens.End.Value + LearnedSpans.Reach);
                x[k + 7] = Max(cueMargins, from..Math.Max(from, to));
            }
            else x[k + 7] = -100;
            x[AnchoredFeature] = c >= anchoredFrom ? 1 : 0;
            if (cueTokens.End.Value > cueTokens.Start.Value)
                for (int j = 0; j < CueClasses.Length; j++)
                    x[38 + j] = (features.Classes[cueTokens.Start.Value] & CueClasses[j]) != 0 ? 1 : 0;
            result.Add(new AttributionCandidate(a, rules, x));
        }
        return result;
    }

    /// <summary>
    /// Adds the cue-anchored candidates (<see cref="LearnedSpans.CueAnchored"/>) away from every candidate so far and
    /// returns the index of the first of them in <paramref name="list"/>.
    /// </summary>
    private static int AddAnchored(Document document, TaggerFeatures features, int[] tags, float[] cueMargins, bool[] covered,
        List<(AttributionSpan A, bool Rules)> list, CancellationToken cancellationToken, float[]? stateCues)
    {
        foreach (var (a, _) in list)
        {
            Cover(covered, document.TokenRange(a.Content));
            if (a.Cue is { } cue) Cover(covered, document.TokenRange(cue));
        }
        int from = list.Count;
        foreach (var anchored in LearnedSpans.CueAnchored(features, tags, cueMargins, covered, cancellationToken, stateCues))
            list.Add((new AttributionSpan { Content = anchored.Content, Cue = anchored.Cue, Source = anchored.Source, Kind = ClaimKind.Indirect }, false));
        return from;
    }

    private static void Cover(bool[] covered, Range range)
    {
        for (int i = range.Start.Value; i < Math.Min(range.End.Value, covered.Length); i++) covered[i] = true;
    }

    private static float Max(float[] values, Range range)
    {
        float max = -100;
        for (int i = range.Start.Value; i < range.End.Value; i++) max = Math.Max(max, values[i]);
        return max;
    }

    // x[0..7): the tagger over the content: mean and least content margin, share of content tags, token count, and
    // the tags just before, at the start of and just after it.
    private static void Tagging(Range range, int[] tags, float[] margins, Span<float> x)
    {
        int first = range.Start.Value, end = range.End.Value;
        int count = end - first;
        double sum = 0, min = 0;
        int contentTags = 0;
        for (int i = first; i < end; i++)
        {
            sum += margins[i];
            min = i == first ? margins[i] : Math.Min(min, margins[i]);
            if (tags[i] is AttributionTags.ContentBegin or AttributionTags.ContentInside) contentTags++;
        }
        x[0] = count == 0 ? 0 : (float)(sum / count);
        x[1] = (float)min;
        x[2] = count == 0 ? 0 : (float)contentTags / count;
        x[3] = count;
        x[4] = first > 0 ? tags[first - 1] : -1;
        x[5] = count > 0 ? tags[first] : -1;
        x[6] = end < tags.Length ? tags[end] : -1;
    }

    /// <summary>Per sentence, computed once per document: its word count and how many rule attributions start in it.</summary>
    private sealed class SentenceFacts
    {
        private readonly Document _document;
        private readonly int[] _words;
        private readonly int[] _attributions;
        // Per token, the index of the first word or number token at or after it (the token count when none).
        private readonly int[] _nextWord;

        public SentenceFacts(Document document, TaggerFeatures features)
        {
            _document = document;
            int n = document.Sentences.Count;
            _words = new int[n];
            _attributions = new int[n];
            for (int i = 0; i < features.Words.Count; i++)
                if (features.Words[i].Kind is TokenKind.Word or TokenKind.Number && features.SentenceOf[i] is >= 0 and var s && s < n) _words[s]++;
            foreach (var a in document.Attributions)
                if (document.SentenceIndexAt(a.Content.Start) is >= 0 and var s && s < n) _attributions[s]++;
            var tokens = document.Tokens;
            _nextWord = new int[tokens.Count + 1];
            _nextWord[tokens.Count] = tokens.Count;
            for (int i = tokens.Count - 1; i >= 0; i--)
                _nextWord[i] = tokens[i].Kind is TokenKind.Word or TokenKind.Number ? i : _nextWord[i + 1];
        }

        public int Words(int sentence) => _words[sentence];

        public int Attributions(int sentence) => _attributions[sentence];

        /// <summary>Whether no word or number follows <paramref name="end"/> in its sentence.</summary>
        public bool EndsSentence(int end, int sentence)
        {
            // The first word or number token starting at or after end (tokens are in text order, so the ones from
            // TokenRange's start on all start at or after end), found through _nextWord instead of walking the
            // sentence: a sentence without punctuation runs to the whole article.
            var tokens = _document.Tokens;
            int sentenceEnd = _document.Sentences[sentence].Span.End;
            int next = _nextWord[_document.TokenRange(new TextSpan(end, end)).Start.Value];
            return next >= tokens.Count || tokens[next].Start >= sentenceEnd;
        }
    }

    // x[0..22): the attribution as the rules describe it: kind, cue, source, content and sentence.
    // cueTokens: the cue's token range; si: the sentence of the content's start (or -1).
    private static void Describe(Document document, TaggerFeatures features, SentenceFacts sentences, AttributionSpan a, CueLexicon cues, Span<float> x,
        Range cueTokens, int si)
    {
        string text = document.Text;
        var tokens = document.Tokens;
        var content = a.Content;
        x[0] = (int)a.Kind;
        if (a.Cue is { } cue)
        {
            var range = cueTokens;
            // The cue's first word read as a span: no string per candidate.
            var cueWord = range.End.Value > range.Start.Value ? tokens[range.Start.Value].Of(text) : [];
            var entry = cues.Find(cueWord);
            bool according = cueWord.Equals("according", StringComparison.OrdinalIgnoreCase);
            x[1] = entry is { } e ? (int)e.Class : cueWord.SequenceEqual(":") ? ColonCue : according ? AccordingToCue : UnknownCue;
            x[2] = entry is { Lemma: "say" or "tell" } || according ? 1 : 0;
            x[3] = cue.Start >= content.End ? 1 : 0;
            x[4] = cue.Start >= content.End ? cue.Start - content.End : Math.Max(0, content.Start - cue.End);
            x[5] = entry is not null ? StableHash(entry.Lemma) : StableHashLower(cueWord);
            x[6] = range.End.Value > range.Start.Value && features.InQuote[range.Start.Value] ? 1 : 0;
        }
        else x[1] = NoCue;
        if (a.Source is { } source && source.Length > 0)
        {
            var s = text.AsSpan(source.Start, source.Length);
            x[7] = 1;
            x[8] = PronounLookup.Contains(s) ? 1 : 0;
            x[9] = char.IsUpper(s[0]) ? 1 : 0;
            x[10] = source.CountWords(text);
            x[11] = HasLetter(s) && !HasLower(s) ? 1 : 0;
        }
        int contentWords = content.CountWords(text);
        x[12] = contentWords;
        x[13] = text.AsSpan(content.Start, content.Length).IndexOfAny("\"“”") >= 0 ? 1 : 0;
        x[14] = StartsWithWord(text, content.Start, "that") ? 1 : 0;
        x[15] = content.Length > 0 && char.IsUpper(text[content.Start]) ? 1 : 0;
        if (si >= 0)
        {
            var sentence = document.Sentences[si];
            int sentenceWords = Math.Max(1, sentences.Words(si));
            x[16] = sentenceWords;
            x[17] = sentence.IsHeading ? 1 : 0;
            x[18] = (float)contentWords / sentenceWords;
            x[19] = (float)si / Math.Max(1, document.Sentences.Count);
            x[20] = sentences.EndsSentence(content.End, si) ? 1 : 0;
            x[21] = sentences.Attributions(si);
        }
    }

    /// <summary>A lemma as a number in [0, 1): trees can then single out frequent cues without a lexicon-sized one-hot.</summary>
    private static float StableHash(ReadOnlySpan<char> s)
    {
        uint h = 2166136261;
        foreach (char c in s) h = (h ^ c) * 16777619;
        return (h % 10007) / 10007f;
    }

    /// <summary><see cref="StableHash"/> of the word lower-cased (invariant culture), without making a string of it.</summary>
    private static float StableHashLower(ReadOnlySpan<char> word)
    {
        if (word.Length > 128) return StableHash(word.ToString().ToLowerInvariant());
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return StableHash(lower);
    }

    private static bool HasLetter(ReadOnlySpan<char> s)
    {
        foreach (char c in s) if (char.IsLetter(c)) return true;
        return false;
    }

    private static bool HasLower(ReadOnlySpan<char> s)
    {
        foreach (char c in s) if (char.IsLower(c)) return true;
        return false;
    }

    private static bool StartsWithWord(string text, int at, string word) =>
        at + word.Length <= text.Length && string.Compare(text, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
        && (at + word.Length == text.Length || !char.IsLetter(text[at + word.Length]));
}
