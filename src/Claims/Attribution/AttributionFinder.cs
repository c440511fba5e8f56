using Claims.Pipeline;
using Claims.Segmentation;

namespace Claims.Attribution;

/// <summary>
/// Fourth stage: finds attributions (source, cue, content) and fills <see cref="Document.Attributions"/>.
/// Rules over tokens, sentences and quotes, driven by the cue lexicon (<c>Resources/cue-verbs-en.tsv</c>):
/// <list type="bullet">
/// <item>direct quotes with the speaker after (<c>“…,” Dmitriev said</c>, <c>said Ushakov</c>), split around the cue
/// (<c>“…,” he said, “…”</c>) or introduced before (<c>He said: “…”</c>);</item>
/// <item>reported speech, beliefs, wants and findings with the cue first (<c>X said Tuesday that …</c>,
/// <c>X told CNN …</c>, <c>a poll found …</c>, impersonal <c>it was reported that …</c>) or after
/// (<c>…, X said.</c>, <c>…, as X put it</c>);</item>
/// <item><c>according to X</c>, nested sources (<c>diplomats quoted by Reuters</c>: Via Reuters) and counter-reports
/// (<c>contrary to earlier statements from Trump</c>, <see cref="ClaimKind.Counter"/>);</item>
/// <item>questions put to someone (<c>Asked about …</c>, <c>was asked whether …</c>), cues inside relative clauses
/// (<c>which he said were …</c>), that-clauses of statement nouns and conviction adjectives (<c>Despite his claim that
/// …</c>, <c>made it clear that …</c>) and participles or coordinated verbs that share the main clause's subject.</item>
/// </list>
/// Stateless and thread-safe; linear in the text length (every scan is bounded by a sentence or a small window).
/// </summary>
public sealed class AttributionFinder : IDocumentStage
{
    private const int MaxSourceTokens = 10;
    private const int MaxContentTokens = 250;
    private readonly CueLexicon _cues;

    /// <summary>Creates the stage with the shipped cue lexicon.</summary>
    public AttributionFinder() : this(CueLexicon.Shipped) { }

    /// <summary>Creates the stage with a custom cue lexicon.</summary>
    public AttributionFinder(CueLexicon cues)
    {
        ArgumentNullException.ThrowIfNull(cues);
        _cues = cues;
    }

    /// <inheritdoc />
    public string Name => "attributions";

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var run = new Run(document, _cues);
        run.FindQuoteAttributions(cancellationToken);
        run.FindSentenceAttributions(cancellationToken);
        run.ExtendIntoFollowingQuotes();
        document.Attributions = run.Results.OrderBy(a => a.Content.Start).ThenBy(a => a.Content.End).ToList();
    }

    /// <summary>Per-document working state (locals of one <see cref="Process"/> call).</summary>
    private sealed class Run
    {
        private readonly Document _doc;
        private readonly string _text;
        private readonly IReadOnlyList<Token> _tokens;
        private readonly CueLexicon _cues;
        private readonly bool[] _usedCue;
        private readonly bool[] _inContent;
        private readonly bool[] _inQuote;
        public readonly List<AttributionSpan> Results = [];

        public Run(Document doc, CueLexicon cues)
        {
            _doc = doc;
            _text = doc.Text;
            _tokens = doc.Tokens;
            _cues = cues;
            _usedCue = new bool[_tokens.Count];
            _inContent = new bool[_tokens.Count];
            _inQuote = new bool[_tokens.Count];
            foreach (var q in doc.Quotes)
            {
                var range = doc.TokenRange(q.Content);
                // Only quotations of some length: a quoted word or title ("“useful”") does not hide a cue.
                if (range.End.Value - range.Start.Value < 4) continue;
                for (int k = range.Start.Value; k < range.End.Value; k++) _inQuote[k] = true;
            }
        }

        private ReadOnlySpan<char> W(int k) => _tokens[k].Of(_text);

        private bool Is(int k, string word) => k >= 0 && k < _tokens.Count && W(k).Equals(word, StringComparison.OrdinalIgnoreCase);

        private bool IsPunct(int k, char c) => k >= 0 && k < _tokens.Count && _tokens[k].Kind is TokenKind.Punctuation or TokenKind.Quote
            && _tokens[k].End - _tokens[k].Start == 1 && _text[_tokens[k].Start] == c;

        private bool IsWord(int k) => k >= 0 && k < _tokens.Count && _tokens[k].Kind is TokenKind.Word or TokenKind.Number;

        private bool IsCapitalized(int k) => IsWord(k) && char.IsUpper(_text[_tokens[k].Start]);

        private bool IsTerminator(int k) => k >= 0 && k < _tokens.Count && _tokens[k].Kind == TokenKind.Punctuation
            && _text[_tokens[k].Start] is '.' or '!' or '?' or '…' && !IsGluedPeriod(k);

        /// <summary>A period between two letters or digits without space is inside a name ("Digi24.ro").</summary>
        private bool IsGluedPeriod(int k) => _text[_tokens[k].Start] == '.' && k > 0 && k + 1 < _tokens.Count
            && _tokens[k - 1].End == _tokens[k].Start && _tokens[k + 1].Start == _tokens[k].End && IsWord(k - 1) && IsWord(k + 1);

        /// <summary>The cue entry of token k when it is a cue (phrasal particle checked), else null.</summary>
        private CueEntry? CueAt(int k, out int cueEnd)
        {
            cueEnd = k;
            if (!IsWord(k) || _usedCue[k]) return null;
            // A phrasal entry whose particle follows wins; otherwise the first plain entry.
            CueEntry? plain = null;
            foreach (var entry in _cues.FindAll(W(k)))
            {
                if (entry.Particle is { } particle)
                {
                    if (!Is(k + 1, particle)) continue;
                    cueEnd = k + 1;
                    return entry;
                }
                plain ??= entry;
            }
            return plain;
        }

        private TextSpan SpanOf(int first, int last) => new(_tokens[first].Start, _tokens[last].End);

        private void Add(TextSpan content, int cueFirst, int cueLast, TextSpan? source, ClaimKind kind, string? via = null)
        {
            if (content.IsEmpty) return;
            // Reject a content mostly inside an earlier one (token flags keep this linear in the text length).
            var range = _doc.TokenRange(content);
            int covered = 0, total = range.End.Value - range.Start.Value;
            for (int k = range.Start.Value; k < range.End.Value; k++)
                if (_inContent[k]) covered++;
            if (total == 0 || covered * 2 > total) return;
            for (int k = range.Start.Value; k < range.End.Value; k++) _inContent[k] = true;
            for (int k = cueFirst; k <= cueLast; k++) _usedCue[k] = true;
            Results.Add(new AttributionSpan
            {
                Content = content,
                Cue = SpanOf(cueFirst, cueLast),
                Source = source,
                Via = via,
                Kind = kind,
            });
        }

        // ---------------------------------------------------------------- direct quotes

        public void FindQuoteAttributions(CancellationToken ct)
        {
            var quotes = _doc.Quotes;
            for (int q = 0; q < quotes.Count; q++)
            {
                ct.ThrowIfCancellationRequested();
                var quote = quotes[q];
                // Two-word quotes only when they open a sentence (“They sue,” he said.); shorter ones are scare quotes or titles.
                int words = CountWords(quote.Content);
                if (words < 2 || words < 3 && !StartsSentence(quote.Span.Start) || IsTitle(quote.Content)) continue;
                int after = FirstTokenAtOrAfter(quote.Span.End);
                int before = LastTokenBefore(quote.Span.Start);
                bool clauseEnd = EndsClause(quote);
                bool startsSentence = StartsSentence(quote.Span.Start);

                // “…,” SOURCE CUE / “…,” CUE SOURCE; a quote closing its sentence (“….” Political analyst X agreed …)
                // is not attributed to the next sentence's subject.
                if (clauseEnd && !ClosesSentence(quote, after) && TrySpeakerAfter(after, out var source, out int cueFirst, out int cueLast, out int next, out var via))
                {
                    var content = quote.Content;
                    if (!startsSentence)
                    {
                        // A quoted fragment ending a clause ("the timing “wasn’t right,” he said"): the clause is the content.
                        int s = _doc.SentenceIndexAt(quote.Span.Start);
                        if (s >= 0 && CountWords(quote.Content, 8) < 8) content = new TextSpan(_doc.Sentences[s].Span.Start, content.End);
                    }
                    // Quoted sentences that follow in the same paragraph continue the same speaker's words.
                    // Split quotes (“…,” he said, “…”) and quoted sentences that follow in the same paragraph continue the
                    // same speaker's words: one content over all parts.
                    int gap = next >= 0 && next < _tokens.Count ? _tokens[next].Start : quote.Span.End;
                    while (q + 1 < quotes.Count)
                    {
                        // Short quoted titles inside the speaker clause ("said on CNN’s “State of the Union”") are skipped.
                        int r = q + 1;
                        while (r < quotes.Count && r - q <= 2 && CountWords(quotes[r].Content, 6) < 6 && !StartsSentence(quotes[r].Span.Start)
                               && HasLetters(gap, quotes[r].Span.Start)
                               && _doc.SentenceIndexAt(quotes[r].Span.Start) == _doc.SentenceIndexAt(Math.Max(0, gap - 1)))
                            r++;
                        if (r >= quotes.Count || !ContinuesQuote(gap, quotes[r])) break;
                        content = new TextSpan(content.Start, quotes[r].Content.End);
                        gap = quotes[r].Span.End;
                        q = r;
                    }
                    Add(content, cueFirst, cueLast, source, ClaimKind.DirectQuote, via);
                    continue;
                }

                // SOURCE CUE: “…” / SOURCE CUE, “…” / SOURCE CUE “…”
                bool punctuated = before >= 0 && (IsPunct(before, ':') || IsPunct(before, ','));
                if (before >= 0 && (punctuated || CueAt(before, out _) is { Class: CueClass.Speech }))
                {
                    int cue = punctuated ? before - 1 : before;
                    // "told Politico, “…”": step back over a named addressee.
                    for (int a = cue; a > 0 && cue - a < 4 && (IsCapitalized(a) || IsWord(a) && Words.Addressees.Contains(W(a))); a--)
                        if (CueAt(a - 1, out _) is { Lemma: "tell" }) { cue = a - 1; break; }
                    // "Christie told reporters in Nashua last week, “…”", "wrote in a statement, “…”": a verb of saying a
                    // few words before the comma, with only an addressee or adverbial between.
                    // "told his supporters, “…”" is left to the sentence rules: PolNeAR keeps the addressee in the content.
                    if (punctuated && IsPunct(before, ',') && CueAt(cue, out _) is not { Class: CueClass.Speech })
                        for (int a = cue - 1; a >= 0 && cue - a < 9 && (IsWord(a) || IsAbbreviationPeriod(a)); a--)
                        {
                            if (CueAt(a, out _) is { Class: CueClass.Speech, QuoteOnly: false } found) { if (found.Lemma != "tell") cue = a; break; }
                            if (Words.BeForms.Contains(W(a)) || Is(a, "that") || Is(a, "who") || Is(a, "which")) break;
                        }
                    if (CueAt(cue, out _) is { Class: CueClass.Speech } && TrySourceBefore(cue, out var src, out var v))
                    {
                        Add(quote.Content, cue, cue, src, ClaimKind.DirectQuote, v);
                        continue;
                    }
                    // "said Ushakov:" and "Trump told reporters:"
                    if (IsPunct(before, ':') && TryColonIntroducer(before, out var src2, out int c1))
                    {
                        Add(quote.Content, c1, c1, src2, ClaimKind.DirectQuote);
                        continue;
                    }
                }
                // A quote opening a paragraph after one ending in "SOURCE CUE:".
                if (before >= 0 && IsPunct(before, ':') && _doc.SentenceIndexAt(_tokens[before].Start) is var si && si >= 0
                    && _doc.SentenceIndexAt(quote.Span.Start) is var qi && qi >= 0
                    && _doc.Sentences[si].Paragraph != _doc.Sentences[qi].Paragraph
                    && TryColonIntroducer(before, out var src3, out int c3))
                {
                    Add(quote.Content, c3, c3, src3, ClaimKind.DirectQuote);
                }
            }
        }

        /// <summary>
        /// "Kerry said that 100,000 would be accepted. “That adds up to 185,000 …”": a quotation opening the next
        /// sentence of the paragraph, with no attribution of its own, continues the reported speech before it.
        /// </summary>
        public void ExtendIntoFollowingQuotes()
        {
            var quotes = _doc.Quotes;
            if (quotes.Count == 0 || Results.Count == 0) return;
            // Results are in discovery order; index them by the sentence their content ends in.
            var bySentenceEnd = new Dictionary<int, int>();
            for (int i = 0; i < Results.Count; i++)
            {
                var r = Results[i];
                if (r.Kind != ClaimKind.Indirect || r.Source is null || r.Cue is not { } cue) continue;
                int ct = FirstTokenAtOrAfter(cue.Start);
                // Reported speech only ("refused to …" is not continued by a quotation); "according to" counts as speech.
                if (ct < 0 || !(Is(ct, "according") || _cues.Find(W(ct)) is { Class: CueClass.Speech })) continue;
                int s = _doc.SentenceIndexAt(Math.Max(0, r.Content.End - 1));
                if (s < 0 || _doc.SentenceIndexAt(cue.Start) != s) continue;
                bySentenceEnd[s] = i;
            }
            foreach (var quote in quotes)
            {
                if (CountWords(quote.Content) < 3 || !StartsSentence(quote.Span.Start)) continue;
                int qs = _doc.SentenceIndexAt(quote.Span.Start);
                if (qs <= 0 || !bySentenceEnd.TryGetValue(qs - 1, out int i)) continue;
                if (_doc.Sentences[qs].Paragraph != _doc.Sentences[qs - 1].Paragraph) continue;
                // A whole quoted sentence only: words after it ("…,” the judge exclaimed) name a speaker of its own.
                int qe = _doc.SentenceIndexAt(Math.Max(0, quote.Span.End - 1));
                if (qe < 0 || HasLetters(quote.Span.End, _doc.Sentences[qe].Span.End)) continue;
                // The quote must be unattributed: none of its tokens is in a content yet.
                var range = _doc.TokenRange(quote.Content);
                bool free = true;
                for (int k = range.Start.Value; k < range.End.Value && free; k++)
                    if (_inContent[k] || _usedCue[k]) free = false;
                if (!free) continue;
                var r = Results[i];
                // The content must run to the end of its sentence (nothing else between it and the quote).
                var prev = _doc.Sentences[qs - 1].Span;
                if (HasLetters(r.Content.End, prev.End)) continue;
                for (int k = range.Start.Value; k < range.End.Value; k++) _inContent[k] = true;
                Results[i] = r with { Content = new TextSpan(r.Content.Start, quote.Content.End) };
                bySentenceEnd.Remove(qs - 1);
                int end = _doc.SentenceIndexAt(Math.Max(0, quote.Content.End - 1));
                if (end >= 0) bySentenceEnd[end] = i;
            }
        }

        /// <summary>
        /// Whether <paramref name="next"/> continues a speaker's quote that ended at <paramref name="gap"/>: it opens the
        /// sentence after the one holding <paramref name="gap"/>, in the same paragraph, and has no speaker of its own.
        /// </summary>
        private bool ContinuesQuote(int gap, Quote next)
        {
            if (next.Span.Start < gap) return false;
            int s = _doc.SentenceIndexAt(Math.Max(0, gap - 1));
            int n = _doc.SentenceIndexAt(next.Span.Start);
            if (s < 0 || n < 0 || _doc.Sentences[s].Paragraph != _doc.Sentences[n].Paragraph) return false;
            bool adjacent = true;
            for (int i = gap; i < next.Span.Start && adjacent; i++)
                if (char.IsLetterOrDigit(_text[i])) adjacent = false;
            // Either only punctuation separates the parts, or the next quote opens the following sentence.
            if (!adjacent && !(n == s + 1 && StartsSentence(next.Span.Start))) return false;
            int after = FirstTokenAtOrAfter(next.Span.End);
            return !(EndsClause(next) && TrySpeakerAfter(after, out _, out _, out _, out _, out _));
        }

        /// <summary>The quote ends with a period inside its marks and the next token opens another sentence.</summary>
        private bool ClosesSentence(Quote quote, int after)
        {
            if (after < 0) return true;
            int i = quote.Content.End - 1;
            while (i > quote.Content.Start && char.IsWhiteSpace(_text[i])) i--;
            if (_text[i] != '.') return false;
            int qs = _doc.SentenceIndexAt(Math.Max(0, quote.Span.End - 1));
            return qs >= 0 && _doc.SentenceIndexAt(_tokens[after].Start) != qs;
        }

        /// <summary>Quoted titles ("“State of the Union”", "“Sunday Morning Futures”"): every longer word capitalized.</summary>
        private bool IsTitle(TextSpan span)
        {
            var range = _doc.TokenRange(span);
            if (range.End.Value - range.Start.Value > 12) return false;
            for (int k = range.Start.Value; k < range.End.Value; k++)
            {
                if (!IsWord(k) || IsCapitalized(k)) continue;
                // Titles lower-case only short function words ("State of the Union"); "It’s not new in Virginia" is a sentence.
                if (_tokens[k].End - _tokens[k].Start > 3 || !Words.TitleLowercase.Contains(W(k))) return false;
            }
            return true;
        }

        private bool HasLetters(int from, int to)
        {
            for (int i = from; i < to; i++)
                if (char.IsLetterOrDigit(_text[i])) return true;
            return false;
        }

        /// <summary>"X said:" ending at the colon token <paramref name="colon"/>: the cue is within 4 tokens before.</summary>
        private bool TryColonIntroducer(int colon, out TextSpan? source, out int cue)
        {
            source = null;
            for (cue = colon - 1; cue >= 0 && cue >= colon - 5; cue--)
            {
                if (IsTerminator(cue) || _tokens[cue].Kind == TokenKind.Quote) break;
                if (CueAt(cue, out _) is not { Class: CueClass.Speech }) continue;
                if (TrySourceBefore(cue, out source, out _)) return true;
                if (TrySourceAfter(cue + 1, colon, out source, out _)) return true;
            }
            cue = -1;
            return false;
        }

        /// <summary>After a closing quote: [,] SOURCE CUE or [,] CUE SOURCE, followed by a clause end.</summary>
        private bool TrySpeakerAfter(int k, out TextSpan? source, out int cueFirst, out int cueLast, out int next, out string? via)
        {
            source = null; cueFirst = cueLast = next = -1; via = null;
            if (k < 0 || k >= _tokens.Count) return false;
            // The speaker follows in the same paragraph, never across a paragraph break.
            if (k > 0 && _text.AsSpan(_tokens[k - 1].End, _tokens[k].Start - _tokens[k - 1].End).Contains('\n')) return false;
            if (IsPunct(k, ',') || IsPunct(k, '—') || IsPunct(k, '–')) k++;
            int limit = Math.Min(_tokens.Count, k + MaxSourceTokens + 2);
            // CUE SOURCE: "said Ushakov", "added the official"
            if (CueAt(k, out int ce) is { Class: CueClass.Speech, Invertible: true })
            {
                int end = ClauseEnd(ce + 1, limit);
                if (end > ce + 1 && TrySourceAfter(ce + 1, end, out source, out via))
                {
                    cueFirst = k; cueLast = ce; next = end;
                    return true;
                }
            }
            // SOURCE CUE: "he said", "Dmitriev said", "the Kremlin envoy told reporters"
            int appositive = -1; // first comma of "Michele Bachmann, Republican of Minnesota, told"
            limit = Math.Min(_tokens.Count, k + MaxSourceTokens + 8);
            for (int c = k + 1; c < limit; c++)
            {
                if (IsAbbreviationPeriod(c)) continue;
                // "James B. Comey Jr., the director …", "retired in Cambridge, Mass., said": a short abbreviation
                // before a comma stays inside the speaker phrase.
                if (IsPunct(c, '.') && IsPunct(c + 1, ',') && IsCapitalized(c - 1) && _tokens[c - 1].End == _tokens[c].Start
                    && _tokens[c - 1].End - _tokens[c - 1].Start <= 4) continue;
                if (IsPunct(c, ',') && appositive < 0 && (IsWord(c - 1) && !Words.Pronouns.Contains(W(c - 1)) || IsPunct(c - 1, '.'))) { appositive = c; continue; }
                if (IsPunct(c, ',') && appositive >= 0 && IsCapitalized(c - 1) && IsCapitalized(c + 1)) continue; // a place: "Cambridge, Mass."
                if (appositive >= 0 && (IsPunct(c, '\'') || IsPunct(c, '’'))) continue; // "Sanders' campaign manager"
                if (IsPunct(c, '(') && c > k)
                {
                    // "Rep. Earl Blumenauer (D-Ore.) said": a party-and-state parenthetical inside the source.
                    int close = c + 1;
                    while (close < limit && close - c < 8 && !IsPunct(close, ')')) close++;
                    if (close < limit && IsPunct(close, ')') && close + 1 < limit && CueAt(close + 1, out int pe) is { Class: CueClass.Speech })
                    {
                        int pLast = c - 1;
                        if (!ValidHead(pLast)) break;
                        source = SourceWithVia(k, pLast, out via);
                        cueFirst = close + 1; cueLast = pe;
                        next = SkipAddressee(pe + 1, Math.Min(_tokens.Count, pe + 8), stopAtThat: false);
                        return true;
                    }
                    break;
                }
                if (IsPunct(c, ',') && appositive >= 0 && c + 1 < limit && CueAt(c + 1, out _) is { Class: CueClass.Speech }) continue;
                if (!IsWord(c)) break;
                if (CueAt(c, out ce) is not { Class: CueClass.Speech }) continue;
                int srcLast = SkipAuxiliariesBack(c - 1, k);
                if (appositive >= 0)
                {
                    if (!IsPunct(c - 1, ',')) break;
                    srcLast = appositive - 1;
                    if (IsPunct(srcLast, '.')) srcLast--; // "Comey Jr.,"
                }
                if (srcLast < k) break;
                if (!ValidHead(srcLast)) break;
                source = SourceWithVia(k, srcLast, out via);
                cueFirst = c; cueLast = ce;
                next = SkipAddressee(ce + 1, limit, stopAtThat: false);
                return true;
            }
            return false;
        }

        /// <summary>A period glued to a short capitalized word: "Mr.", "Sen.", "Gov.".</summary>
        private bool IsAbbreviationPeriod(int k) => IsPunct(k, '.') && k > 0 && IsCapitalized(k - 1)
            && _tokens[k - 1].End == _tokens[k].Start && _tokens[k - 1].End - _tokens[k - 1].Start <= 4
            && k + 1 < _tokens.Count && IsCapitalized(k + 1);

        /// <summary>Index of the first ',' or terminator or quote at or after k (bounded by limit).</summary>
        private int ClauseEnd(int k, int limit)
        {
            while (k < limit && (IsWord(k) || IsAbbreviationPeriod(k) || IsPunct(k, '.') && IsGluedPeriod(k))) k++;
            return k;
        }

        // ---------------------------------------------------------------- reported speech

        public void FindSentenceAttributions(CancellationToken ct)
        {
            var sentences = _doc.Sentences;
            for (int s = 0; s < sentences.Count; s++)
            {
                ct.ThrowIfCancellationRequested();
                var sentence = sentences[s];
                var range = _doc.TokenRange(sentence.Span);
                int first = range.Start.Value, end = range.End.Value;
                if (end - first < 3) continue;
                FindColonSource(first, end);
                if (sentence.IsHeading)
                {
                    // Headlines: "X Says …" only; other cues in headline style are too often nouns.
                    for (int k = first + 1; k < end; k++)
                        if (CueAt(k, out int he) is { Class: CueClass.Speech } hc && !_inQuote[k] && IsCapitalized(k) && W(k).EndsWith("s", StringComparison.Ordinal))
                            TryCueFirst(first, end, k, he, hc);
                    continue;
                }
                FindCounter(first, end);
                FindAccordingTo(first, end);
                FindRaising(first, end);
                FindAsked(first, end);
                // Verbs of saying first: a stance or want cue earlier in the sentence ("X, who blamed Y, said Z") must not
                // take the tokens of the speech content that follows.
                for (int pass = 0; pass < 2; pass++)
                for (int k = first; k < end; k++)
                {
                    if (CueAt(k, out int ce) is not { QuoteOnly: false } cue) continue;
                    if ((cue.Class == CueClass.Speech) != (pass == 0)) continue;
                    // Inside a quotation the speaker's own "I think", "we want" are part of the quote, not new attributions.
                    if (_inQuote[k]) continue;
                    bool afterComma = IsPunct(k - 1, ',') || (k >= 2 && _tokens[k - 1].Kind == TokenKind.Quote && IsPunct(k - 2, ','))
                        // ", while suggesting …", ", before adding …": the participle still continues the sentence subject.
                        || (k >= 2 && IsPunct(k - 2, ',') && (Is(k - 1, "while") || Is(k - 1, "before") || Is(k - 1, "after") || Is(k - 1, "when")))
                        // "…, pointing to his record and saying that …": a second participle coordinated with the first.
                        || (Is(k - 1, "and") && CoordinatedParticiple(first, k - 1))
                        // "flipped his choice on the spot – saying …", "distanced himself … by saying he would …".
                        || (IsPunct(k - 1, '–') || IsPunct(k - 1, '—') || Is(k - 1, "by")) && k - 1 > first;
                    if (afterComma && W(k).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
                    {
                        TryParticiple(first, end, k, ce, cue);
                        continue;
                    }
                    if (TryEmbeddedRelative(first, end, k, ce, cue)) continue;
                    // ", said X." and ", X said." read best as cue-after; otherwise the cue most often opens its content.
                    if (IsPunct(k - 1, ',') || IsPunct(k - 1, '—'))
                    {
                        if (!TryCueAfter(first, end, k, ce, cue)) TryCueFirst(first, end, k, ce, cue);
                    }
                    else if (!TryCueFirst(first, end, k, ce, cue))
                        TryCueAfter(first, end, k, ce, cue);
                }
                // After the cues: a speaker inside the clause ("In a statement, Cruz said …") is the better source.
                FindInPoll(first, end);
                FindAsReportedBy(first, end);
                FindThatsAccordingTo(first, end);
                FindReportedBy(first, end);
                FindStatementRelease(first, end);
                FindSelfDescribed(first, end);
                FindThatComplements(first, end);
            }
        }

        /// <summary>
        /// Last token of the content: before the final terminator and closing marks. Run-on "sentences" (no
        /// punctuation for pages) are cut at <see cref="MaxContentTokens"/> so every cue costs bounded work.
        /// </summary>
        private int ContentLast(int first, int end)
        {
            int last = Math.Min(end, first + MaxContentTokens) - 1;
            while (last > first && (IsTerminator(last) || _tokens[last].Kind == TokenKind.Quote || IsPunct(last, ')') || IsPunct(last, '\''))) last--;
            return last;
        }

        /// <summary>SOURCE [aux] CUE [adverbials] [that] CONTENT.</summary>
        private bool TryCueFirst(int first, int end, int cue, int cueEnd, CueEntry entry)
        {
            if (cue == first) return false;
            if (entry.Lemma.StartsWith("call", StringComparison.Ordinal) && IsNaming(cue)) return false;
            // "He went on to say …": the whole phrase is the cue and the subject stands before "went".
            int verb = cue;
            if (entry.Class == CueClass.Speech && cue - 3 > first && Is(cue - 1, "to") && Is(cue - 2, "on")
                && (Is(cue - 3, "went") || Is(cue - 3, "goes") || Is(cue - 3, "go") || Is(cue - 3, "going")))
                verb = cue - 3;
            int srcLast = SkipAuxiliariesBack(verb - 1, first);
            // Progressive: "has been warning", "is saying".
            if (srcLast >= first && W(cue).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && Words.BeForms.Contains(W(srcLast)))
                srcLast = SkipAuxiliariesBack(srcLast - 1, first);
            bool impersonal = false;
            TextSpan? source = null;
            string? via = null;
            int cueFirst = verb;
            // Passive and impersonal: "it was reported that", "it is believed that".
            int itAt = srcLast >= first && Is(srcLast, "been") ? SkipAuxiliariesBack(srcLast - 1, first) : srcLast - 1;
            if (srcLast >= first && Words.BeForms.Contains(W(srcLast)) && itAt >= first
                && (Is(itAt, "it") || Is(srcLast, "been") && (Is(itAt, "it’s") || Is(itAt, "it's"))))
            {
                // "it has been reported", "It’s been reported that …" too.
                impersonal = true;
                cueFirst = Is(srcLast, "been") ? itAt + (Is(itAt, "it") ? 1 : 0) : srcLast;
            }
            else if (srcLast >= first && Words.BeForms.Contains(W(srcLast)))
                return false; // passive with a real subject ("the meeting was reported"): not an attribution
            else if (srcLast < first || !(ValidHead(srcLast) || IsPunct(srcLast, ',') || IsPunct(srcLast, '—') || IsPunct(srcLast, '–') || IsPunct(srcLast, '-') || Is(srcLast, "who")
                     || Is(srcLast, "which") && IsPunct(srcLast - 1, ',') || Is(srcLast, "and") || Is(srcLast, "but")))
                return false;
            else if (!TrySourceBefore(verb, out source, out via))
                return false;
            if (source is { } sp && !IsPlausibleSubject(sp, verb, entry)) return false;

            int limit = end;
            int c = cueEnd + 1;
            if (c >= end) return false;
            int contentStart;
            int that = FindThat(c, Math.Min(end, c + 9));
            if (that >= 0)
                contentStart = that;
            else if (impersonal)
                return false;
            else
            {
                // "asked the congregation to stand": the addressee belongs to the content of a request.
                c = entry.Lemma == "ask" && InfinitiveFollows(c) ? c
                    : entry.Lemma is "tell" or "ask" ? SkipAddressee(c, limit, stopAtThat: true) : SkipAdverbials(c, limit);
                // "told The Post and Courier newspaper of Charleston on Saturday that …", "told POLITICO, however, that …".
                if (entry.Lemma == "tell" && FindThat(c, Math.Min(end, c + 8)) is var toldThat && toldThat >= 0) c = toldThat;
                // "went on to say, “…”", "told reporters in Nashua, “…”": the quotation after the comma is the content.
                if (entry.Class == CueClass.Speech && IsPunct(c, ',') && c + 1 < end && _tokens[c + 1].Kind == TokenKind.Quote) c++;
                if (c >= end) return false;
                // "asked the 2016 Democratic contender if …", "asked Trump about statements …": a longer addressee
                // before the question.
                if (entry.Lemma == "ask" && !OpensContent(c, entry)) c = QuestionAfterAddressee(cueEnd + 1, end);
                if (c < 0 || c >= end || !OpensContent(c, entry) && !(entry.Lemma == "ask" && Is(c, "about"))) return false;
                contentStart = c;
            }
            int last = ContentLast(contentStart, end);
            last = StopAtTrailingCue(contentStart, last);
            if (entry.ObjectOnly) last = ObjectEnd(contentStart, last);
            if (Is(srcLast, "who") || Is(srcLast, "which"))
            {
                // "Mr. Trump, who said last week that …, issued …": the relative clause ends at the next comma.
                for (int k = contentStart + 2; k < last; k++)
                    if (IsPunct(k, ',')) { last = k - 1; break; }
            }
            // "46 percent said yes, compared with …": a one-word answer is the whole report.
            bool answer = entry.Lemma == "say" && (Is(contentStart, "yes") || Is(contentStart, "no")) && !IsWord(contentStart + 1);
            if (answer) last = contentStart;
            if (last - contentStart < (entry.ObjectOnly || answer ? 0 : 1)) return false;
            if (entry.Class == CueClass.Finding && that < 0 && !HasFindingSubject(cue))
                return false;
            Add(SpanOf(contentStart, last), cueFirst, cueEnd, source, ClaimKind.Indirect, via);
            return true;
        }

        /// <summary>
        /// Last token of the object noun phrase opening at <paramref name="start"/>: before punctuation, a preposition
        /// other than "of", a time word or a clause opener ("endorsed Mr. Trump at a news conference" → "Mr. Trump").
        /// </summary>
        private int ObjectEnd(int start, int last)
        {
            for (int k = start + 1; k <= last; k++)
            {
                if (IsAbbreviationPeriod(k) || IsPunct(k, '\'') || IsPunct(k, '’') || IsPunct(k, '-')) continue;
                if (!IsWord(k)) return k - 1;
                if ((Words.Prepositions.Contains(W(k)) && !Is(k, "of")) || Words.ClauseOpeners.Contains(W(k)) || IsDay(k)
                    || Is(k, "last") || Is(k, "this") || Is(k, "earlier") || Is(k, "during") || Is(k, "who") || Is(k, "which"))
                    return k - 1;
            }
            return last;
        }

        /// <summary>
        /// A cue inside a relative clause whose gap is the subject or object of the reported words: "which he said were
        /// evenly split", "who many feel need a strong showing", "what he called “a disaster”", "which he described as his
        /// second home". The content runs from the relative word to the clause end; the source is the short noun phrase
        /// between them.
        /// </summary>
        private bool TryEmbeddedRelative(int first, int end, int cue, int cueEnd, CueEntry entry)
        {
            // The relative word and the source: "which he", "which critics", "which an FBI investigation".
            int rel = -1;
            for (int j = cue - 1; j >= first && cue - j <= 5; j--)
            {
                if (Is(j, "which") || Is(j, "what") || Is(j, "who") || Is(j, "whom") || Is(j, "that")) { rel = j; break; }
                if (IsAbbreviationPeriod(j)) continue; // "what Mr. Hedge called"
                if (!IsWord(j) || Words.SourceBoundary.Contains(W(j)) && !Is(j, "also")) return false;
            }
            if (rel < 0 || rel + 1 >= cue) return false;
            int srcLast = SkipAuxiliariesBack(cue - 1, rel + 1);
            if (srcLast <= rel || !ValidHead(srcLast) && !Is(srcLast, "many")) return false;
            // A clause subject: a pronoun, a name or a determiner phrase.
            int srcFirst = rel + 1;
            if (!(Words.Pronouns.Contains(W(srcFirst)) || IsCapitalized(srcFirst) || Words.Determiners.Contains(W(srcFirst)) || Is(srcFirst, "critics")
                  || Is(srcFirst, "officials") || Is(srcFirst, "experts") || Is(srcFirst, "analysts"))) return false;
            int next = cueEnd + 1;
            if (next >= end) return false;
            bool naming = entry.Lemma is "call" or "describe" or "dub" or "label" or "term" or "refer to";
            if (naming)
            {
                // "what he called “…”", "which he described as …".
                if (entry.Lemma == "describe" && !Is(next, "as")) return false;
            }
            else
            {
                // The gap is the subject of the reported clause: a verb follows the cue.
                if (entry.Class is not (CueClass.Speech or CueClass.Belief)) return false;
                bool verb = Words.BeForms.Contains(W(next)) || Is(next, "will") || Is(next, "would") || Is(next, "could") || Is(next, "can")
                    || Is(next, "should") || Is(next, "may") || Is(next, "might") || Is(next, "must") || Is(next, "has") || Is(next, "have")
                    || Is(next, "had") || Is(next, "need") || Is(next, "needs")
                    || IsWord(next) && !IsCapitalized(next) && W(next).EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !Is(next, "that");
                if (!verb) return false;
            }
            int last = ContentLast(next, end);
            for (int j = next + 1; j < last; j++)
                if (IsPunct(j, ',') || IsPunct(j, ';') || IsPunct(j, '—') || IsPunct(j, '(')) { last = j - 1; break; }
            if (last < next) return false;
            Add(SpanOf(rel, last), cue, cueEnd, SpanOf(srcFirst, srcLast), ClaimKind.Indirect);
            return true;
        }

        /// <summary>
        /// "a group called Black Votes Matter", "a program called Sandy Hook Promise", "called off", "making calls": "call"
        /// naming a thing or in a phrasal sense, not reporting a position.
        /// </summary>
        private bool IsNaming(int cue)
        {
            if (Is(cue + 1, "off") || Is(cue + 1, "up") || Is(cue + 1, "back") || Is(cue + 1, "in") || Is(cue + 1, "out")) return true;
            if (!IsWord(cue - 1) || IsCapitalized(cue - 1)) return false;
            var prev = W(cue - 1);
            if (Words.Pronouns.Contains(prev) || Words.Auxiliaries.Contains(prev) || Words.BeForms.Contains(prev) || Words.PeopleNouns.Contains(prev)
                || prev.EndsWith("ly", StringComparison.OrdinalIgnoreCase) || Is(cue - 1, "who") || Is(cue - 1, "which") || Is(cue - 1, "that"))
                return false;
            // A common noun before and a name after: a naming participle.
            return IsCapitalized(cue + 1) || Is(cue + 1, "the") && IsCapitalized(cue + 2) || Is(cue - 1, "making") || Is(cue - 1, "phone");
        }

        /// <summary>
        /// Rejects subjects that make the cue a noun or a non-speech sense: "his campaign claim that …" (a possessive
        /// determiner before a present-tense form), "Dmitriev’s visit suggests …" / "the discussions with Witkoff suggest
        /// …" (a common-noun thing, not a speaker, with "suggest"/"indicate").
        /// </summary>
        private bool IsPlausibleSubject(TextSpan source, int cue, CueEntry entry)
        {
            var range = _doc.TokenRange(source);
            int s = range.Start.Value, e = range.End.Value - 1;
            if (s > e) return true;
            bool past = W(cue).EndsWith("ed", StringComparison.OrdinalIgnoreCase) || Is(cue, "said") || Is(cue, "told") || Is(cue, "wrote") || Is(cue, "thought") || Is(cue, "found") || Is(cue, "sought");
            // "his campaign claim": a singular possessed noun before a bare form is a compound noun, not a clause.
            bool bare = !past && !W(cue).EndsWith("s", StringComparison.OrdinalIgnoreCase) && !W(cue).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
            if (bare && !W(e).EndsWith("s", StringComparison.OrdinalIgnoreCase) && (Is(s, "his") || Is(s, "her") || Is(s, "their") || Is(s, "its") || Is(s, "our") || Is(s, "my")) && e > s
                && !Is(e, "aides") && !Is(e, "allies") && !Is(e, "advisers") && !Is(e, "spokesman") && !Is(e, "spokeswoman") && !Is(e, "lawyers") && !Is(e, "lawyer"))
                return false;
            // "Zelenskiy’s latest position acknowledging …": a -ing form after a possessed common noun modifies it.
            bool ing = W(cue).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !Words.BeForms.Contains(W(SkipAuxiliariesBack(cue - 1, s)));
            if (entry.Lemma is "suggest" or "indicate" or "hint" || ing)
            {
                // A lowercase head after a possessive or a preposition names a thing ("visit", "discussions"), not a person.
                int head = e;
                for (int k = s; k < e; k++)
                    if (Words.Prepositions.Contains(W(k))) { head = k - 1; break; }
                if (head >= s && IsWord(head) && !IsCapitalized(head) && !Words.FindingHeads.Contains(W(head)) && !Words.Pronouns.Contains(W(head)))
                {
                    bool possessed = false;
                    for (int k = s; k < head; k++)
                        if (W(k).EndsWith("’s", StringComparison.Ordinal) || W(k).EndsWith("'s", StringComparison.Ordinal)) possessed = true;
                    if (possessed || head < e) return false;
                }
            }
            return true;
        }

        /// <summary>Whether a ", VERBing" participle opens the clause that <paramref name="and"/> closes (within 15 tokens).</summary>
        private bool CoordinatedParticiple(int first, int and)
        {
            for (int j = and - 1; j > first && and - j < 15; j--)
            {
                if (IsTerminator(j) || Is(j, "and")) return false;
                if (IsPunct(j - 1, ',') && IsWord(j) && !IsCapitalized(j) && W(j).EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return true;
                if (IsPunct(j, ',')) return false;
            }
            return false;
        }

        /// <summary>
        /// ", adding that …" / ", saying …": a participle continues the sentence's subject: the source of the previous
        /// attribution in the sentence, else a name or pronoun opening the sentence.
        /// </summary>
        private void TryParticiple(int first, int end, int cue, int cueEnd, CueEntry entry)
        {
            int start = cue + 1;
            if (entry.Lemma == "tell") start = SkipAddressee(start, end, stopAtThat: true);
            // ", saying, “…”", ", telling reporters, “…”": the quotation after the comma is the content.
            if (IsPunct(start, ',') && start + 1 < end && _tokens[start + 1].Kind == TokenKind.Quote) start++;
            int that = FindThat(start, Math.Min(end, start + 6));
            if (that >= 0) start = that;
            else if (start >= end || !OpensContent(start, entry)) return;
            int last = StopAtTrailingCue(start, ContentLast(start, end));
            if (last - start < 2) return;
            TextSpan? source = null;
            string? via = null;
            int cueStart = _tokens[cue].Start, sentenceStart = _tokens[first].Start;
            for (int i = Results.Count - 1; i >= 0; i--)
            {
                var r = Results[i];
                if (r.Cue is { } c && c.End <= cueStart && c.Start >= sentenceStart && r.Kind != ClaimKind.Counter)
                {
                    source = r.Source;
                    via = r.Via;
                    break;
                }
                if (r.Cue is { } c2 && c2.End <= cueStart && r.Content.End >= sentenceStart && r.Content.End <= cueStart)
                {
                    // A quote ending in this sentence: “…,” Dmitriev said, adding that …
                    source = r.Source;
                    via = r.Via;
                    break;
                }
            }
            if (source is null)
            {
                int k = first;
                // Skip an opening adverbial ("However,").
                if (k + 2 < cue && IsWord(k) && IsPunct(k + 1, ',') && (IsCapitalized(k + 2) || Words.Pronouns.Contains(W(k + 2)))) k += 2;
                if ((Is(k, "the") || Is(k, "a")) && IsWord(k + 1))
                {
                    // "The minister welcomed the talks, saying …": determiner, nouns, then the first verb.
                    int j = k + 1;
                    while (j + 1 < cue && j - k < 4 && IsWord(j + 1) && !W(j + 1).EndsWith("ed", StringComparison.OrdinalIgnoreCase)
                           && !Words.BeForms.Contains(W(j + 1)) && _cues.Find(W(j + 1)) is null && !Words.Auxiliaries.Contains(W(j + 1)))
                        j++;
                    if (j + 1 < cue && IsWord(j + 1) && ValidHead(j)) source = SpanOf(k, j);
                }
                else if (IsWord(k) && (Words.Pronouns.Contains(W(k)) && !Is(k, "it") || IsCapitalized(k) && !Words.Determiners.Contains(W(k))))
                {
                    int j = k;
                    while (j + 1 < cue && IsCapitalized(j + 1) && j - k < 3) j++;
                    if (IsWord(j + 1) && !IsCapitalized(j + 1) || IsPunct(j + 1, ','))
                        source = SpanOf(k, j);
                }
            }
            source ??= MainSubject(first, cue);
            if (source is null) return;
            Add(SpanOf(start, last), cue, cueEnd, source, ClaimKind.Indirect, via);
        }

        /// <summary>
        /// Whether the words from <paramref name="first"/> to the comma at <paramref name="comma"/> are only a sentence
        /// connective ("And yet", "But", "However") or a short time phrase ending in "ago" ("Six months ago").
        /// </summary>
        private bool IsFrontedAdverbial(int first, int comma)
        {
            if (comma <= first || comma - first > 4) return false;
            bool connectives = true;
            for (int k = first; k < comma; k++)
            {
                if (!IsWord(k)) return false;
                if (!Words.Adverbials.Contains(W(k))) connectives = false;
            }
            return connectives || Is(comma - 1, "ago");
        }

        /// <summary>A lower-case "-ing" form of a verb of saying ("adding", "noting", "saying").</summary>
        private bool IsSpeechParticiple(int k) =>
            IsWord(k) && !IsCapitalized(k) && W(k).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            && CueAt(k, out _) is { Class: CueClass.Speech };

        /// <summary>An irregular verb form from WordNet's exception list ("left", "took"); called on fallbacks only.</summary>
        private static bool IsIrregularVerb(ReadOnlySpan<char> w)
        {
            string lower = w.ToString().ToLowerInvariant();
            return !string.Equals(Claims.Text.VerbLemmas.Default.Lemma(lower), lower, StringComparison.Ordinal);
        }

        /// <summary>
        /// The subject noun phrase of the sentence's main clause, before <paramref name="limit"/>: after an opening
        /// adverbial ("In London, …"), up to the first verb-like word ("Several Democrats cautioned …", "The president
        /// left …") or an appositive comma ("Sen. Mark Kirk, R-Ill., who …, rescinded …"); else null.
        /// </summary>
        private TextSpan? MainSubject(int first, int limit)
        {
            int k = first;
            if (IsWord(first) && (Words.Prepositions.Contains(W(first)) || Words.Adverbials.Contains(W(first)) || Words.ClauseOpeners.Contains(W(first))))
            {
                int comma = -1;
                for (int j = first + 1; j < limit && j - first <= 12; j++)
                    if (IsPunct(j, ',')) { comma = j; break; }
                if (comma < 0) return null;
                k = comma + 1;
            }
            if (!IsWord(k) || Words.BadHeads.Contains(W(k)) && !Words.Determiners.Contains(W(k)) && !Is(k, "the")) return null;
            int end = k;
            while (end < limit && end - k < 8)
            {
                if (IsAbbreviationPeriod(end) || IsPunct(end, '\'') || IsPunct(end, '’')) { end++; continue; }
                if (!IsWord(end)) break;
                var w = W(end);
                bool lower = !IsCapitalized(end);
                if (end > k && lower && (w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || _cues.Find(w) is not null
                    || Words.Auxiliaries.Contains(w) || Words.BeForms.Contains(w) || Words.SourceBoundary.Contains(w) || IsIrregularVerb(w)))
                    break;
                end++;
            }
            if (end == k || end >= limit) return null;
            // A verb-like word or an appositive comma must follow the phrase.
            if (!(IsWord(end) || IsPunct(end, ',') || IsPunct(end, '('))) return null;
            if (IsWord(end) && Words.SourceBoundary.Contains(W(end)) && !Is(end, "has") && !Is(end, "had") && !Is(end, "have")) return null;
            int head = end - 1;
            while (head > k && !IsWord(head)) head--;
            if (!ValidHead(head) || Words.Determiners.Contains(W(head)) && !Words.Pronouns.Contains(W(head))) return null;
            return SpanOf(k, head);
        }

        /// <summary>"…, SOURCE CUE." / "…, CUE SOURCE." / "…, as SOURCE put it." / "A, SOURCE CUE, B."</summary>
        private bool TryCueAfter(int first, int end, int cue, int cueEnd, CueEntry entry)
        {
            // Findings after their content: "…, the poll found." (a poll or study as the source only).
            if (entry.Class == CueClass.Finding && !(IsWord(cue - 1) && Words.FindingHeads.Contains(W(cue - 1)))) return false;
            if (entry.Class is not (CueClass.Speech or CueClass.Finding) && !(entry.Lemma is "think" or "believe")) return false;
            TextSpan? source = null;
            string? via = null;
            int leftComma;
            int after;
            if (cue - 1 >= first && (IsPunct(cue - 1, ',') || IsPunct(cue - 1, '—')))
            {
                // "…, his top aide, Tad Devine, told The Huffington Post.": a role and a name between commas, then the
                // cue closing the sentence (after an addressee).
                if (entry.Class == CueClass.Speech && IsPunct(cue - 1, ',') && AppositiveSpeaker(first, cue - 1, out int apFirst, out int apComma))
                {
                    int tail = SkipAdverbialPhrase(SkipAddressee(cueEnd + 1, end, stopAtThat: false), end);
                    if ((tail >= end || IsTerminator(tail)) && apComma - first >= 3)
                    {
                        var speaker = SourceWithVia(apFirst, cue - 2, out via);
                        Add(SpanOf(first, apComma - 1), cue, cueEnd, speaker, ClaimKind.Indirect, via);
                        return true;
                    }
                }
                if (!entry.Invertible) return false;
                // "Megan Hester, senior associate for …, said parents still want …": a name and its appositive before the
                // cue are the speaker; the cue opens the content (TryCueFirst), it does not close it.
                if (IsNameWithAppositive(first, cue - 1)) return false;
                // ", said the official."
                int clauseEnd = ClauseEnd(cueEnd + 1, end);
                if (clauseEnd <= cueEnd + 1 || !TrySourceAfter(cueEnd + 1, clauseEnd, out source, out via)) return false;
                leftComma = cue - 1;
                after = clauseEnd;
            }
            else
            {
                int srcLast = SkipAuxiliariesBack(cue - 1, first);
                if (srcLast < first || !ValidHead(srcLast)) return false;
                int srcFirst = SourceStart(srcLast, first);
                if (srcFirst < 0) return false;
                leftComma = srcFirst - 1;
                bool asClause = leftComma >= first && Is(leftComma, "as");
                if (asClause) leftComma--;
                // "But as Clyburn noted, …": a conjunction opening the sentence before "as".
                if (asClause && leftComma == first && (Is(first, "but") || Is(first, "and") || Is(first, "so") || Is(first, "yet"))) leftComma = first - 1;
                if (!(leftComma >= first && (IsPunct(leftComma, ',') || IsPunct(leftComma, '—')))
                    && !(asClause && leftComma < first))
                    return false;
                source = SourceWithVia(srcFirst, srcLast, out via);
                after = SkipAddressee(cueEnd + 1, end, stopAtThat: false);
                if (Is(after, "it") && Is(after - 1, "put")) after++;
                after = SkipAdverbialPhrase(after, end);
            }
            int last = ContentLast(first, end);
            if (leftComma < first)
            {
                // "As X put it, CONTENT."
                if (!IsPunct(after, ',')) return false;
                if (last - after < 3) return false;
                Add(SpanOf(after + 1, last), cue, cueEnd, source, ClaimKind.Indirect, via);
                return true;
            }
            TextSpan content;
            // "…, political analysts say; in 2012, …": a semicolon closes the speaker clause like a period.
            if (after >= end || IsTerminator(after) || after > last || IsPunct(after, ';'))
            {
                if (leftComma - first < 3) return false;
                content = SpanOf(first, leftComma - 1);
            }
            else if (IsPunct(after, ',') && IsSpeechParticiple(after + 1) && leftComma - first >= 3)
            {
                // "…, a Chinese official said, adding that …": the participle opens a second report (found by
                // TryParticiple), so this one ends before the speaker clause.
                content = SpanOf(first, leftComma - 1);
            }
            else if (IsPunct(after, ',') && IsFrontedAdverbial(first, leftComma) && last - after >= 3)
            {
                // "And yet, Mrs. Clinton’s aides say, Syria remains …": the opening connective or time phrase is the
                // writer's, the report is the clause after the speaker.
                content = SpanOf(after + 1, last);
            }
            else if (IsPunct(after, ','))
            {
                if (last - first < 5) return false;
                content = SpanOf(first, last); // parenthetical: "The economy, he said, is improving."
            }
            else
                return false;
            Add(content, cue, cueEnd, source, ClaimKind.Indirect, via);
            return true;
        }

        /// <summary>
        /// Raising verbs, annotated in PolNeAR as an unsourced attribution whose content is the whole clause around the
        /// cue: "Trump is expected to deliver a speech", "the crowd seemed unperturbed", "support appears to have fallen".
        /// The cue is "seem"/"appear" (with "to", "that", "like" or a predicate adjective) or "be expected/likely to".
        /// </summary>
        private void FindRaising(int first, int end)
        {
            for (int k = first + 1; k < end - 1; k++)
            {
                if (_inQuote[k] || !IsWord(k)) continue;
                int cueFirst = k, cueLast = k;
                if (Words.RaisingVerbs.Contains(W(k)))
                {
                    // "appeared on Fox News", "seems so": only a clause or predicate after the verb makes it epistemic.
                    if (!(Is(k + 1, "to") || Is(k + 1, "that") || Is(k + 1, "like")
                          || (W(k).StartsWith("seem", StringComparison.OrdinalIgnoreCase) && IsWord(k + 1) && !IsCapitalized(k + 1)
                              && !Words.NotContentOpeners.Contains(W(k + 1)))))
                        continue;
                }
                else if (Words.BeForms.Contains(W(k)) && Is(k + 1, "expected") && (Is(k + 2, "to") || Is(k + 2, "that")))
                    cueLast = k + 1;
                // "is widely expected to", "is not expected to", "are also expected to".
                else if (Words.BeForms.Contains(W(k)) && (Is(k + 1, "widely") || Is(k + 1, "not") || Is(k + 1, "also") || Is(k + 1, "still") || Is(k + 1, "generally"))
                         && Is(k + 2, "expected") && (Is(k + 3, "to") || Is(k + 3, "that")))
                    cueLast = k + 2;
                else
                    continue;
                // The clause subject: back to the sentence start or the nearest clause boundary.
                int start = cueFirst;
                while (start - 1 >= first && cueFirst - start < 20 && (IsWord(start - 1) || IsAbbreviationPeriod(start - 1)
                       || _tokens[start - 1].Kind == TokenKind.Number || IsPunct(start - 1, '\'') || IsPunct(start - 1, '’'))
                       && !(Words.ClauseOpeners.Contains(W(start - 1)) && !Is(start - 1, "who") && !Is(start - 1, "which")))
                    start--;
                if (start == cueFirst || start - 1 >= first && !(IsPunct(start - 1, ',') || IsWord(start - 1) || IsPunct(start - 1, '—') || _tokens[start - 1].Kind == TokenKind.Quote))
                    continue;
                if (Is(start, "it") && start + 1 == cueFirst && !Is(cueLast + 1, "that")) continue; // "it seems to me"
                // "Axios reported that Dmitriev is expected to …": the clause is a reported one; the speech cue before it
                // takes it (with its source), not the unsourced raising reading.
                if (start - 2 >= first && Is(start - 1, "that") && CueAt(start - 2, out _) is { Class: CueClass.Speech }) continue;
                int last = ContentLast(cueLast + 1, end);
                // The predicate ends at the next comma: what follows is most often the writer's addition.
                for (int j = cueLast + 2; j < last; j++)
                    if (IsPunct(j, ',') || IsPunct(j, ';') || IsPunct(j, '—')) { last = j - 1; break; }
                if (last <= cueLast) continue;
                Add(SpanOf(start, last), cueFirst, cueLast, null, ClaimKind.Indirect);
            }
        }

        /// <summary>
        /// "Asked about the loan, …", "When asked whether …,", "Sanders was asked to name …": a question put to someone,
        /// annotated in PolNeAR without a source; the content is the question up to the next comma.
        /// </summary>
        private void FindAsked(int first, int end)
        {
            for (int k = first; k < end - 2; k++)
            {
                if (!Is(k, "asked") || _inQuote[k] || _usedCue[k]) continue;
                int cueFirst = k;
                bool opening = k == first || (k == first + 1 && (Is(first, "when") || Is(first, "if") || Is(first, "after")))
                    // "…, Clinton said when asked what …": "when asked" anywhere.
                    || (k > first && Is(k - 1, "when") && !IsCapitalized(k - 1))
                    || (k >= first + 2 && IsPunct(k - 1, ',') is false && Is(k - 1, "being") && (Is(k - 2, "after") || Is(k - 2, "when")) && k - 2 == first);
                bool passive = !opening && k - 1 >= first && (Is(k - 1, "was") || Is(k - 1, "were") || Is(k - 1, "been") || Is(k - 1, "being"));
                if (!opening && !passive) continue;
                if (passive) cueFirst = Is(k - 1, "been") && k - 2 >= first && (Is(k - 2, "has") || Is(k - 2, "have") || Is(k - 2, "had")) ? k - 2 : k - 1;
                int c = k + 1;
                while (c < end && (Is(c, "again") || Is(c, "specifically") || Is(c, "repeatedly") || Is(c, "later") || Is(c, "directly") || Is(c, "recently"))) c++;
                // "was asked by host John Dickerson whether …": the asker is skipped.
                if (Is(c, "by"))
                {
                    int b = c + 1;
                    while (b < end && b - c < 8 && (IsWord(b) || IsAbbreviationPeriod(b)) && !Is(b, "whether") && !Is(b, "if") && !Is(b, "about")
                           && !Is(b, "what") && !Is(b, "how") && !Is(b, "why") && !Is(b, "to")) b++;
                    c = b;
                }
                if (c >= end) continue;
                // "Blumenthal was asked, “If you had known …?”": the quoted question.
                if (passive && IsPunct(c, ',') && c + 1 < end && _tokens[c + 1].Kind == TokenKind.Quote)
                {
                    int quoteLast = ContentLast(c + 1, end);
                    if (quoteLast - c >= 3) Add(SpanOf(c + 1, quoteLast), cueFirst, k, null, ClaimKind.Indirect);
                    continue;
                }
                bool question = Is(c, "about") || Is(c, "if") || Is(c, "whether") || Is(c, "what") || Is(c, "who") || Is(c, "why")
                    || Is(c, "how") || Is(c, "when") || Is(c, "where") || Is(c, "which") || (passive && Is(c, "to"));
                if (!question) continue;
                int last = ContentLast(c, end);
                for (int j = c + 1; j < last; j++)
                    if (IsPunct(j, ',') || IsPunct(j, ';') || IsPunct(j, '—')) { last = j - 1; break; }
                if (last - c < 2) continue;
                Add(SpanOf(c, last), cueFirst, k, null, ClaimKind.Indirect);
            }
        }

        /// <summary>
        /// "Gowdy released a statement highlighting the role Congress played", "Trump issued a statement Tuesday
        /// condemning …", "issued the following statement: “…”": the words after the participle (or the colon) are the
        /// content; the cue runs from the verb to the participle.
        /// </summary>
        private void FindStatementRelease(int first, int end)
        {
            for (int k = first + 2; k < end - 2; k++)
            {
                if (!(Is(k, "statement") || Is(k, "statements")) || _inQuote[k] || _inContent[k]) continue;
                int verb = k - 1;
                if (Is(verb, "following") || Is(verb, "joint") || Is(verb, "written")) verb--;
                if (Is(verb, "a") || Is(verb, "the") || Is(verb, "an")) verb--;
                if (Is(verb, "out") && verb - 1 >= first) verb--;
                if (!(Is(verb, "issued") || Is(verb, "released") || Is(verb, "issues") || Is(verb, "releases") || Is(verb, "put") || Is(verb, "putting")
                      || Is(verb, "issuing") || Is(verb, "releasing") || Is(verb, "posted"))) continue;
                int c = SkipAdverbials(k + 1, end);
                if (c >= end) continue;
                int contentStart;
                int cueLast;
                if (IsWord(c) && !IsCapitalized(c) && W(c).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !Is(c, "during"))
                {
                    contentStart = c + 1;
                    cueLast = c;
                    if (Is(contentStart, "that")) { } // "saying that …": the complementizer stays in the content
                    else if (contentStart < end && (Is(contentStart, "in") || Is(contentStart, "to")) && !Is(c, "saying")) contentStart++; // "in opposition to" stays short
                }
                else if (IsPunct(c, ':'))
                {
                    contentStart = c + 1;
                    cueLast = c;
                }
                else continue;
                if (contentStart >= end) continue;
                TextSpan? source = null;
                if (verb > first && !TrySourceBefore(verb, out source, out _)) continue;
                if (verb == first || source is null) continue;
                int last = StopAtTrailingCue(contentStart, ContentLast(contentStart, end));
                if (last - contentStart < 1) continue;
                Add(SpanOf(contentStart, last), verb, cueLast, source, ClaimKind.Indirect);
            }
        }

        /// <summary>
        /// Nouns and adjectives that take a reported "that" clause: "his assertion that …", "Trump’s claim that …"
        /// (a possessor is the source; without one the noun is too often the writer's), "X made it clear that …",
        /// "X is confident / convinced that …".
        /// </summary>
        private void FindThatComplements(int first, int end)
        {
            for (int k = first + 1; k < end - 2; k++)
            {
                if (!Is(k + 1, "that") || _inQuote[k] || _inContent[k + 1] || !IsWord(k)) continue;
                TextSpan? source = null;
                int cueFirst = k;
                if (Words.StatementNouns.Contains(W(k)))
                {
                    // The possessor: "his", "their", "Trump’s", "the senator’s".
                    int p = k - 1;
                    while (p > first && k - p < 3 && IsWord(p) && !IsCapitalized(p) && !IsPossessive(p) && !Words.PossessivePronouns.Contains(W(p))
                           && !Words.Determiners.Contains(W(p))) p--;
                    if (p < first || !IsWord(p)) continue;
                    if (Words.PossessivePronouns.Contains(W(p))) source = SpanOf(p, p);
                    else if (IsPossessive(p))
                    {
                        // The possessor name only: "Mr. Trump’s", not "culminating in Trump’s".
                        int n = p;
                        while (n - 1 >= first && p - n < 4 && (IsCapitalized(n - 1) && !Words.BadHeads.Contains(W(n - 1)) && !Words.SourceBoundary.Contains(W(n - 1))
                               || IsAbbreviationPeriod(n - 1))) n--;
                        source = SpanOf(n, p);
                    }
                    else continue;
                    cueFirst = p + 1 <= k ? p + 1 : k;
                    // Not the subject of its clause ("However, his campaign claim that … has proven unrealistic": the clause
                    // would run into the main verb): a preposition or verb must govern the noun phrase ("Despite his claim").
                    int before = _doc.TokenRange(source.Value).Start.Value - 1;
                    if (before < first || !IsWord(before) || IsCapitalized(before) && before != first || Words.Adverbials.Contains(W(before))) continue;
                }
                else if (Words.ThatAdjectives.Contains(W(k)))
                {
                    // "made it clear that": the verb before "it"; "is confident that": the be-form.
                    int verb;
                    if (Is(k, "clear") && Is(k - 1, "it") && (Is(k - 2, "made") || Is(k - 2, "make") || Is(k - 2, "makes") || Is(k - 2, "making")))
                        verb = k - 2;
                    else if (!Is(k, "clear") && Words.BeForms.Contains(W(SkipAdverbsBack(k - 1, first))))
                        verb = SkipAdverbsBack(k - 1, first);
                    else continue;
                    if (verb <= first || !TrySourceBefore(verb, out source, out _) || source is null) continue;
                    var sr = _doc.TokenRange(source.Value);
                    if (sr.End.Value - sr.Start.Value == 1 && (Is(sr.Start.Value, "it") || Is(sr.Start.Value, "i") || Is(sr.Start.Value, "we") || Is(sr.Start.Value, "you"))) continue;
                    cueFirst = verb;
                }
                else continue;
                int start = k + 1;
                int last = StopAtTrailingCue(start, ContentLast(start, end));
                // A noun's clause is embedded in the sentence: it ends at the next comma ("Despite his claim that …, …").
                if (Words.StatementNouns.Contains(W(k)))
                    for (int j = start + 3; j < last; j++)
                        if (IsPunct(j, ',') || IsPunct(j, ';') || IsPunct(j, '—')) { last = j - 1; break; }
                if (last - start < 3) continue;
                Add(SpanOf(start, last), cueFirst, k, source, ClaimKind.Indirect);
            }
        }

        private int SkipAdverbsBack(int k, int first)
        {
            while (k > first && IsWord(k) && (Is(k, "not") || Is(k, "very") || Is(k, "also") || Is(k, "still") || Is(k, "so") || Is(k, "quite")
                   || Is(k, "increasingly") || Is(k, "fully") || Is(k, "absolutely") || Is(k, "deeply"))) k--;
            return k;
        }

        private bool IsPossessive(int k) => IsWord(k) && (W(k).EndsWith("’s", StringComparison.Ordinal) || W(k).EndsWith("'s", StringComparison.Ordinal));

        /// <summary>
        /// "In a CNN poll released Monday, Clinton led by 24 points": an opening "in" phrase naming a poll, survey or
        /// study is the source (cue "In") of the clause after its comma.
        /// </summary>
        private void FindInPoll(int first, int end)
        {
            if (!Is(first, "in")) return;
            bool finding = false;
            int comma = -1;
            for (int k = first + 1; k < end && k - first <= 20; k++)
            {
                if (IsPunct(k, ',')) { comma = k; break; }
                if (!IsWord(k) && !IsAbbreviationPeriod(k) && !IsPunct(k, '/') && !IsPunct(k, '-')) return;
                if (Is(k, "poll") || Is(k, "polls") || Is(k, "survey") || Is(k, "surveys") || Is(k, "study")) finding = true;
            }
            if (!finding || comma < first + 2) return;
            int last = ContentLast(comma + 1, end);
            if (last - comma < 3) return;
            Add(SpanOf(comma + 1, last), first, first, SpanOf(first + 1, comma - 1), ClaimKind.Indirect);
        }

        /// <summary>"Pat Caddell: Democrat voters worried …": a short name opening a sentence or headline, then a colon.</summary>
        private void FindColonSource(int first, int end)
        {
            int k = first;
            while (k < end && k - first < 6 && (IsCapitalized(k) || IsAbbreviationPeriod(k) || (Is(k, "of") && IsCapitalized(k + 1)))) k++;
            if (k == first || k >= end - 3 || !IsPunct(k, ':')) return;
            if (k - first == 1 && Words.ColonLabels.Contains(W(first))) return;
            if (Words.ColonLabels.Contains(W(k - 1))) return;
            // Section labels and headline kickers, not speakers: "STAT OF THE WEEK:", "Monday’s Morning Email:",
            // "Big Win For Bernie:", "The Ninth Circle:".
            int upper = 0;
            for (int j = first; j < k; j++)
            {
                if (!IsWord(j)) continue;
                var w = W(j);
                if (w.EndsWith("’s", StringComparison.Ordinal) || w.EndsWith("'s", StringComparison.Ordinal)) return;
                if (j > first && Words.TitleLowercase.Contains(w) && w != "of" && !Is(j, "of")) return;
                if (w.Length > 1 && !Casing.HasLower(w)) upper++;
            }
            if (upper >= 2 || Is(first, "the")) return;
            int contentFirst = k + 1;
            int last = ContentLast(contentFirst, end);
            if (last - contentFirst < 2) return;
            // A list of names ("Iowa: Tim Albrecht, Brad Anderson, …") is no statement.
            int commas = 0;
            for (int j = contentFirst; j <= last && commas < 4; j++)
                if (IsPunct(j, ',')) commas++;
            if (commas >= 4) return;
            bool quoted = _tokens[contentFirst].Kind == TokenKind.Quote || IsPunct(contentFirst, '\'') || IsPunct(contentFirst, '‘');
            Add(SpanOf(contentFirst, last), k, k, SpanOf(first, k - 1), quoted ? ClaimKind.DirectQuote : ClaimKind.Indirect);
        }

        /// <summary>
        /// Skips a short prepositional adverbial up to the clause end ("at the time", "in a tweet", "last week in Tel
        /// Aviv") when nothing in it reads as a verb; otherwise returns <paramref name="k"/>.
        /// </summary>
        private int SkipAdverbialPhrase(int k, int end)
        {
            if (!(Is(k, "in") || Is(k, "at") || Is(k, "on") || Is(k, "during") || Is(k, "after") || Is(k, "last") || Is(k, "this") || Is(k, "of") || Is(k, "to") || Is(k, "with"))) return k;
            int j = k;
            while (j < end && j - k < 9 && (IsWord(j) || IsAbbreviationPeriod(j) || _tokens[j].Kind == TokenKind.Quote))
            {
                if (Words.BeForms.Contains(W(j)) || Is(j, "that") || Is(j, "would") || Is(j, "will") || Is(j, "could") || Words.Pronouns.Contains(W(j)) && !Is(j, "it")) return k;
                j++;
            }
            return j < end && (IsPunct(j, ',') || IsTerminator(j)) || j >= end ? j : k;
        }

        /// <summary>"according to X, …" and "…, according to X."</summary>
        private void FindAccordingTo(int first, int end)
        {
            for (int k = first; k + 1 < end; k++)
            {
                if (!Is(k, "according") || !Is(k + 1, "to")) continue;
                if (IsPunct(k - 1, ',') && Is(k - 2, "that")) continue; // "reported that, according to …": part of another content
                // Sources of "according to" run long ("a January 2016 study by the Pew Research Center based on …");
                // a slash joins two names ("a Reuters/Ipsos poll").
                int srcEnd = ClauseEnd(k + 2, Math.Min(end, k + 2 + 3 * MaxSourceTokens));
                while (IsPunct(srcEnd, '/') && IsWord(srcEnd + 1) && srcEnd - k < 3 * MaxSourceTokens)
                    srcEnd = ClauseEnd(srcEnd + 1, Math.Min(end, k + 2 + 3 * MaxSourceTokens));
                if (srcEnd <= k + 2) continue;
                var source = SourceWithVia(k + 2, srcEnd - 1, out var via);
                int last = ContentLast(first, end);
                // "According to X, …", also after one opening adverbial ("However, according to CNN, …").
                if (k == first || (k == first + 1 && _tokens[first].Kind == TokenKind.Quote)
                    || (k == first + 2 && IsWord(first) && IsPunct(first + 1, ',') && Words.Adverbials.Contains(W(first))))
                {
                    if (!IsPunct(srcEnd, ',') || last - srcEnd < 3) continue;
                    Add(SpanOf(srcEnd + 1, last), k, k + 1, source, ClaimKind.Indirect, via);
                }
                else
                {
                    int contentLast = IsPunct(k - 1, ',') || IsPunct(k - 1, '—') ? k - 2 : k - 1;
                    if (contentLast - first < 3 && srcEnd < last && IsPunct(srcEnd, ','))
                    {
                        // "His criticism, according to X, was …": the sentence around the parenthetical.
                        Add(SpanOf(first, last), k, k + 1, source, ClaimKind.Indirect, via);
                        _usedCue[k] = true;
                        continue;
                    }
                    if (contentLast - first < 2) continue;
                    // "…, according to X, …": the clause before is the content unless it is subordinate ("While …,").
                    bool subordinate = Is(first, "while") || Is(first, "although") || Is(first, "though") || Is(first, "if") || Is(first, "when")
                        || Is(first, "because") || Is(first, "after") || Is(first, "before") || Is(first, "since") || Is(first, "as");
                    var content = srcEnd < last && IsPunct(srcEnd, ',') && subordinate ? SpanOf(first, last) : SpanOf(first, contentLast);
                    Add(content, k, k + 1, source, ClaimKind.Indirect, via);
                }
                _usedCue[k] = true;
            }
        }

        /// <summary>
        /// "a self-described democratic socialist": PolNeAR annotates "self" as the source, "described" as the cue and
        /// the label after it (up to five words, before punctuation or a clause) as the content.
        /// </summary>
        private void FindSelfDescribed(int first, int end)
        {
            const string Prefix = "self-described";
            for (int k = first; k + 1 < end; k++)
            {
                if (_inQuote[k] || !IsWord(k) || !W(k).Equals(Prefix, StringComparison.OrdinalIgnoreCase)) continue;
                int last = k;
                for (int j = k + 1; j < end && j - k <= 5; j++)
                {
                    if (_tokens[j].Kind == TokenKind.Quote) { if (j > k + 1) last = j; continue; }
                    if (!IsWord(j) || Words.SourceBoundary.Contains(W(j)) || Is(j, "who") || _cues.Find(W(j)) is not null) break;
                    last = j;
                }
                if (last == k) continue;
                int count = Results.Count;
                Add(SpanOf(k + 1, last), k, k, null, ClaimKind.Indirect);
                if (Results.Count == count) continue;
                int start = _tokens[k].Start;
                Results[^1] = Results[^1] with { Source = new TextSpan(start, start + 4), Cue = new TextSpan(start + 5, _tokens[k].End) };
            }
        }

        /// <summary>
        /// "That’s according to early results of exit polls …": PolNeAR takes "That" as the content (it points back to
        /// the previous sentence), "’s according to" as the cue and the rest as the source.
        /// </summary>
        private void FindThatsAccordingTo(int first, int end)
        {
            if (!(Is(first, "that’s") || Is(first, "that's")) || !Is(first + 1, "according") || !Is(first + 2, "to")) return;
            int last = ContentLast(first + 3, end);
            if (last < first + 3 || _usedCue[first + 1]) return;
            int start = _tokens[first].Start;
            Add(new TextSpan(start, start + 4), first + 1, first + 2, SpanOf(first + 3, last), ClaimKind.Indirect);
            int added = Results.Count - 1;
            if (added >= 0 && Results[added].Content.Start == start)
                Results[added] = Results[added] with { Cue = new TextSpan(start + 4, _tokens[first + 2].End) };
        }

        /// <summary>
        /// "Tinder's ban of Ms. Gedrich was first reported by BuzzFeed.": the passive subject opening the sentence is
        /// the content, the agent after "by" the source.
        /// </summary>
        private void FindReportedBy(int first, int end)
        {
            for (int k = first + 3; k + 2 < end && k - first < 20; k++)
            {
                if (!Is(k, "reported") || _usedCue[k] || _inQuote[k]) continue;
                int be = k - 1;
                if (Is(be, "first") || Is(be, "originally")) be--;
                if (!(Is(be, "was") || Is(be, "were"))) return;
                if (!Is(k + 1, "by")) return;
                int srcEnd = ClauseEnd(k + 2, Math.Min(end, k + 2 + MaxSourceTokens));
                if (srcEnd <= k + 2 || !IsTerminator(srcEnd) && !IsPunct(srcEnd, ',')) return;
                // The subject: the sentence up to the verb, without punctuation that would make it a clause.
                for (int j = first; j < be; j++)
                    if (!IsWord(j) && !IsAbbreviationPeriod(j) && !IsPunct(j, '’') && !IsPunct(j, '\'')) return;
                if (be - first < 2) return;
                Add(SpanOf(first, be - 1), be, k, SpanOf(k + 2, srcEnd - 1), ClaimKind.Indirect);
                return;
            }
        }

        /// <summary>
        /// "As reported by Western Journalism, CONTENT" / "As first reported by the Times, CONTENT": the passive "as"
        /// clause opening the sentence names the source; the clause after its comma is the content.
        /// </summary>
        private void FindAsReportedBy(int first, int end)
        {
            int k = first;
            if (!Is(k, "as")) return;
            int cue = k + 1;
            if (Is(cue, "first") || Is(cue, "previously") || Is(cue, "originally")) cue++;
            if (!(CueAt(cue, out _) is { Class: CueClass.Speech or CueClass.Finding }) || !W(cue).EndsWith("ed", StringComparison.OrdinalIgnoreCase) || !Is(cue + 1, "by")) return;
            int srcEnd = ClauseEnd(cue + 2, Math.Min(end, cue + 2 + MaxSourceTokens));
            if (srcEnd <= cue + 2 || !IsPunct(srcEnd, ',')) return;
            int last = ContentLast(srcEnd + 1, end);
            if (last - (srcEnd + 1) < 2) return;
            Add(SpanOf(srcEnd + 1, last), k, cue, SpanOf(cue + 2, srcEnd - 1), ClaimKind.Indirect);
        }

        /// <summary>"contrary to [earlier] statements from X": X's opposite claim, spanning the phrase.</summary>
        private void FindCounter(int first, int end)
        {
            for (int k = first; k + 3 < end; k++)
            {
                if (!Is(k, "contrary") || !Is(k + 1, "to")) continue;
                int n = k + 2;
                int limit = Math.Min(end, n + 4);
                while (n < limit && !Words.NounsOfStatements.Contains(W(n)) && IsWord(n)) n++;
                if (n >= limit || !Words.NounsOfStatements.Contains(W(n))) continue;
                TextSpan? source;
                int phraseLast;
                if (Is(n + 1, "from") || Is(n + 1, "by") || Is(n + 1, "of"))
                {
                    int srcEnd = ClauseEnd(n + 2, Math.Min(end, n + 2 + MaxSourceTokens));
                    if (srcEnd <= n + 2) continue;
                    source = SpanOf(n + 2, srcEnd - 1);
                    phraseLast = srcEnd - 1;
                }
                else if (n - 1 > k + 1 && (W(n - 1).EndsWith("’s", StringComparison.Ordinal) || W(n - 1).EndsWith("'s", StringComparison.Ordinal)))
                {
                    source = new TextSpan(_tokens[n - 1].Start, _tokens[n - 1].End - 2);
                    phraseLast = n;
                }
                else continue;
                if (Results.Any(r => r.Content.Overlaps(SpanOf(k, phraseLast)) && r.Kind == ClaimKind.Counter)) continue;
                // The counter claim is added even inside another attribution's content: it is a separate voice.
                Results.Add(new AttributionSpan
                {
                    Content = SpanOf(k, phraseLast),
                    Cue = SpanOf(n, n),
                    Source = source,
                    Kind = ClaimKind.Counter,
                });
                _usedCue[n] = true;
            }
        }

        // ---------------------------------------------------------------- helpers

        private int FindThat(int k, int limit)
        {
            if (IsPunct(k, ',') && Is(k + 1, "that")) return k + 1; // "He added, that …"
            // "He said, however, that …": a parenthetical adverb between commas.
            if (IsPunct(k, ',') && IsWord(k + 1) && IsPunct(k + 2, ',') && Is(k + 3, "that") && W(k + 1).Length > 3 && !IsCapitalized(k + 1)) return k + 3;
            for (; k < limit; k++)
            {
                // "that" closing the clause is a pronoun ("to accomplish that."), not a complementizer.
                if (Is(k, "that")) return IsWord(k + 1) || _tokens.Count > k + 1 && _tokens[k + 1].Kind == TokenKind.Quote ? k : -1;
                if (!IsWord(k)) return -1;
                // Adverbials only: a second verb or a clause would have to come first ("says he introduced … that").
                if (Is(k, "which") || Is(k, "who") || Words.Pronouns.Contains(W(k))) return -1;
            }
            return -1;
        }

        private int SkipAdverbials(int k, int limit)
        {
            // "said Tuesday", "said on Monday", "said last week", "said in a statement" (without "that").
            for (int guard = 0; guard < 2 && k < limit; guard++)
            {
                if (IsDay(k)) { k++; if (IsTimeOfDay(k)) k++; continue; }
                if ((Is(k, "on") || Is(k, "last") || Is(k, "this")) && IsDay(k + 1)) { k += 2; continue; }
                if ((Is(k, "last") || Is(k, "this")) && (Is(k + 1, "week") || Is(k + 1, "month") || Is(k + 1, "year"))) { k += 2; continue; }
                if (Is(k, "earlier") || Is(k, "later") || Is(k, "recently") || Is(k, "repeatedly") || Is(k, "privately") || Is(k, "publicly")) { k++; continue; }
                break;
            }
            return k;
        }

        private bool IsTimeOfDay(int k) => Is(k, "morning") || Is(k, "afternoon") || Is(k, "evening") || Is(k, "night");

        private bool IsDay(int k) => Is(k, "monday") || Is(k, "tuesday") || Is(k, "wednesday") || Is(k, "thursday")
            || Is(k, "friday") || Is(k, "saturday") || Is(k, "sunday") || Is(k, "yesterday") || Is(k, "today") || Is(k, "tonight");

        /// <summary>Skips the addressee of "told" ("told CNN", "told reporters on Monday", "told The Washington Post").</summary>
        private int SkipAddressee(int k, int limit, bool stopAtThat)
        {
            int start = k;
            while (k < limit && k - start < 6 && IsWord(k) && !(stopAtThat && Is(k, "that")))
            {
                if (IsCapitalized(k) || Words.Addressees.Contains(W(k)) || Is(k, "of")) { k++; continue; }
                break;
            }
            return SkipAdverbials(k, limit);
        }

        /// <summary>A be-form, modal or "has/have/had" within four words from <paramref name="k"/>, before any punctuation.</summary>
        private bool FiniteVerbSoon(int k)
        {
            for (int j = k; j < _tokens.Count && j - k < 4; j++)
            {
                if (!IsWord(j)) return false;
                if (Words.BeForms.Contains(W(j)) || Is(j, "will") || Is(j, "would") || Is(j, "can") || Is(j, "could") || Is(j, "should")
                    || Is(j, "has") || Is(j, "have") || Is(j, "had") || Is(j, "must") || Is(j, "may") || Is(j, "might"))
                    return true;
                if (Words.SourceBoundary.Contains(W(j))) return false;
            }
            return false;
        }

        /// <summary>A "to" + verb within eight words after <paramref name="k"/>, before any punctuation.</summary>
        private bool InfinitiveFollows(int k)
        {
            for (int j = k; j < _tokens.Count && j - k < 8; j++)
            {
                if (!IsWord(j) && !IsAbbreviationPeriod(j)) return false;
                if (Is(j, "to")) return IsWord(j + 1) && !IsCapitalized(j + 1) && !Words.Determiners.Contains(W(j + 1));
                if (Words.BeForms.Contains(W(j)) || Is(j, "that")) return false;
            }
            return false;
        }

        /// <summary>Whether token k can open the content of a cue without "that".</summary>
        private bool OpensContent(int k, CueEntry entry)
        {
            if (!IsWord(k) && _tokens[k].Kind != TokenKind.Quote) return false;
            var w = W(k);
            if (entry.Class == CueClass.Want)
                // "called for an investigation", "demanded answers": these wants take a plain object too.
                return w.Equals("to", StringComparison.OrdinalIgnoreCase)
                    || entry.Lemma is "call for" or "demand" && !Words.NotContentOpeners.Contains(w) && IsWord(k)
                    // "called on Sanders to release …": the addressee and the infinitive.
                    || entry.Lemma == "call on" && IsWord(k) && !Is(k, "that") && !Is(k, "this")
                        && (IsCapitalized(k) || Words.Determiners.Contains(w) || Words.Addressees.Contains(w));
            if (w.Equals("to", StringComparison.OrdinalIgnoreCase))
                return entry.Lemma is "expect" or "hope" or "promise" or "vow" or "pledge" or "urge" or "plan" or "intend"
                    // "told Jeb Bush to quiet down": the order after the addressee (the addressee is skipped before).
                    || entry.Lemma == "tell" && k > 0 && IsWord(k - 1) && IsWord(k + 1) && !IsCapitalized(k + 1);
            if (_tokens[k].Kind == TokenKind.Quote) return entry.Class == CueClass.Speech;
            if (Words.Pronouns.Contains(w) || Is(k, "there")) return true;
            // Contractions: "it’s", "he’d", "they’re", "there’s".
            int apostrophe = w.IndexOfAny('’', '\'');
            if (apostrophe > 0 && (Words.Pronouns.Contains(w[..apostrophe]) || w[..apostrophe].Equals("there", StringComparison.OrdinalIgnoreCase)
                || w[..apostrophe].Equals("that", StringComparison.OrdinalIgnoreCase)))
                return true;
            // Polls and records "show" any clause ("a poll shows upstart Sen. Sanders leading"); other subjects only
            // a determiner or number phrase.
            if (entry.Class == CueClass.Finding && k > 0 && HasFindingSubject(CueBefore(k)))
                return !Words.NotContentOpeners.Contains(w);
            if (entry.Class == CueClass.Finding) return Words.Determiners.Contains(w) || _tokens[k].Kind == TokenKind.Number;
            if (entry.Class == CueClass.Belief)
                return Words.Pronouns.Contains(w) || IsCapitalized(k) && !Is(k, "I") || Is(k, "this") || Is(k, "the") || Is(k, "there") || _tokens[k].Kind == TokenKind.Number
                    // "believe meaningful debt relief is possible": a short noun phrase, then a finite verb.
                    || !Words.NotContentOpeners.Contains(w) && FiniteVerbSoon(k + 1);
            if (entry.ClauseOnly)
                return _tokens[k].Kind == TokenKind.Quote || Words.Pronouns.Contains(w) || apostrophe > 0
                    // "claimed the nomination was stolen" (a clause), not "claimed victory".
                    || !Words.NotContentOpeners.Contains(w) && FiniteVerbSoon(k + 1);
            // "urged him to resign", "asked the congregation to stand": the addressee and the infinitive (both in the content).
            if (entry.Lemma is "ask" or "urge" && (Is(k, "him") || Is(k, "her") || Is(k, "them") || Is(k, "us") || Is(k, "the") || IsCapitalized(k))
                && InfinitiveFollows(k + 1))
                return true;
            // "calling him “a total stiff”", "called it disqualifying": a pronoun object and its label.
            if (entry.Lemma == "call" && (Is(k, "him") || Is(k, "her") || Is(k, "them") || Is(k, "it") || Is(k, "himself") || Is(k, "herself") || Is(k, "themselves"))
                && k + 1 < _tokens.Count && (_tokens[k + 1].Kind == TokenKind.Quote || IsWord(k + 1) && !Words.NotContentOpeners.Contains(W(k + 1))))
                return true;
            // "said much of his discussion …": a quantifier opening a noun phrase.
            if (entry.Class == CueClass.Speech && ((Is(k, "much") || Is(k, "more") || Is(k, "none") || Is(k, "little")) && Is(k + 1, "of")
                || (Is(k, "too") || Is(k, "so")) && (Is(k + 1, "many") || Is(k + 1, "much") || Is(k + 1, "few"))
                || (Is(k, "more") || Is(k, "less")) && Is(k + 1, "than")))
                return true;
            // "said her organization is …": a possessive, not an addressee, after verbs that take no object person.
            if (Is(k, "her") && entry.Lemma is "say" or "add" or "note" or "write" or "argue" or "insist" or "claim" or "explain" or "suggest"
                or "acknowledge" or "admit" or "tweet"
                && (IsWord(k + 1) && !IsCapitalized(k + 1) && !Words.NotContentOpeners.Contains(W(k + 1)) || IsPunct(k + 1, '$') || k + 1 < _tokens.Count && _tokens[k + 1].Kind == TokenKind.Number))
                return true;
            if (entry.Class is CueClass.Speech or CueClass.Stance)
            {
                // Verbs of saying take a clause or an object ("announced his candidacy", "mentioned the wage"); a
                // preposition or conjunction right after the cue means the content is elsewhere.
                if (entry.Lemma is "ask" or "wonder") return Is(k, "whether") || Is(k, "if") || Is(k, "why") || Is(k, "how") || Is(k, "what") || Is(k, "who") || Is(k, "when") || Is(k, "where");
                if (Is(k, "if") && entry.Lemma is "say" or "warn" or "argue" or "add" or "note") return true; // "says if people think …"
                if (Is(k, "no") && Is(k + 1, "matter")) return true; // "says no matter what action Obama takes, …"
                // "46 percent said yes.": a bare answer before punctuation is the report (not "said no one").
                if ((Is(k, "yes") || Is(k, "no")) && entry.Lemma == "say" && k + 1 < _tokens.Count && (IsPunct(k + 1, '.') || IsPunct(k + 1, ',') || Is(k + 1, "while"))) return true;
                // "described himself as a religious Catholic": a reflexive object with its label.
                if (entry.Lemma == "describe" && (Is(k, "himself") || Is(k, "herself") || Is(k, "themselves") || Is(k, "itself")) && Is(k + 1, "as"))
                    return true;
                // "explained how he would …", "described why …": verbs of telling take an indirect question.
                if ((Is(k, "how") || Is(k, "why") || Is(k, "what") || Is(k, "whether"))
                    && entry.Lemma is "explain" or "describe" or "note" or "reveal" or "detail" or "discuss" or "recall" or "speak about" or "speak of" or "acknowledge" or "admit")
                    return true;
                // "say this is just a rough patch", "said those were …": a demonstrative subject and its finite verb.
                if ((Is(k, "this") || Is(k, "these") || Is(k, "those")) && IsWord(k + 1)
                    && (Words.BeForms.Contains(W(k + 1)) || Is(k + 1, "will") || Is(k + 1, "would") || Is(k + 1, "could") || Is(k + 1, "has") || Is(k + 1, "had") || Is(k + 1, "should")))
                    return true;
                if ((Is(k, "at") || Is(k, "more") || Is(k, "less")) && (Is(k + 1, "least") || Is(k + 1, "most") || Is(k + 1, "than"))) return true; // "reported at least six …"
                // "said about half of …", "said about 40 percent": an approximate quantity, not the topic "about".
                if (Is(k, "about") && (k + 1 < _tokens.Count && _tokens[k + 1].Kind == TokenKind.Number || Is(k + 1, "half") || Is(k + 1, "a") && (Is(k + 2, "third") || Is(k + 2, "quarter") || Is(k + 2, "dozen")))) return true;
                return !Words.NotContentOpeners.Contains(w);
            }
            if (entry.Lemma is "say" or "claim" or "insist" or "argue" or "warn" or "add" or "note" or "suggest" or "predict" or "believe" or "allege" or "acknowledge" or "admit" or "assert" or "contend" or "explain" or "state" or "write" or "tweet" or "announce" or "report" or "reveal" or "confirm")
                return Words.Determiners.Contains(w) || IsCapitalized(k) || _tokens[k].Kind == TokenKind.Number;
            return false;
        }

        /// <summary>The cue before the content that opens at <paramref name="contentStart"/>.</summary>
        private int CueBefore(int contentStart)
        {
            int k = contentStart - 1;
            while (k > 0 && _cues.Find(W(k)) is null) k--;
            return k;
        }

        /// <summary>
        /// Whether the subject before <paramref name="cue"/> names a poll, study or record: a finding head within the
        /// subject ("A Monmouth poll out Monday showed …", "An average of recent polls by RealClearPolitics shows …").
        /// </summary>
        private bool HasFindingSubject(int cue)
        {
            for (int j = cue - 1; j >= 0 && cue - j <= 25; j--)
            {
                if (IsTerminator(j) && !IsAbbreviationPeriod(j)) return false;
                if (IsWord(j) && Words.FindingHeads.Contains(W(j))) return true;
                if (IsWord(j) && (Is(j, "that") || Is(j, "said") || Is(j, "says"))) return false;
            }
            return false;
        }

        /// <summary>Cuts content before a trailing ", adding …" / ", saying …" / ", according to …".</summary>
        private int StopAtTrailingCue(int first, int last)
        {
            for (int k = first + 1; k <= last; k++)
            {
                // A coordinated second cue ends the content: "said that …, but cautioned …", "and tells the crowd …".
                if ((Is(k, "and") || Is(k, "but")) && k + 1 <= last && !IsCapitalized(k + 1) && _cues.Find(W(k + 1)) is not null
                    && !W(k + 1).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && k - 1 > first + 1)
                    return IsPunct(k - 1, ',') ? k - 2 : k - 1;
                // A participle or comparison clause after a comma is the writer's addition: ", claiming …", ", compared with …".
                if (IsPunct(k - 1, ',') && k - 2 > first + 2 && IsWord(k) && !IsCapitalized(k)
                    && (Is(k, "however") || Is(k, "compared")))
                    return k - 2;
                if ((IsPunct(k - 1, '—') || IsPunct(k - 1, '–')) && _cues.Find(W(k)) is { Class: CueClass.Speech } && k - 2 > first)
                    return k - 2;
                // "…; 26 percent of Democrats say …": a clause after a semicolon with its own speaker.
                if (IsPunct(k - 1, ';') && k - 2 > first + 1 && SpeakerClauseFollows(k, last))
                    return k - 2;
                if (!IsPunct(k - 1, ',')) continue;
                var w = W(k);
                // ", calling it “an incredible feat”": "calling" opens its own attribution (other participles such as
                // ", citing its price" stay inside the clause, as PolNeAR annotates them).
                if (Is(k, "calling") && k - 2 > first)
                    return k - 2;
                if (_cues.Find(w) is { Class: CueClass.Speech } && k - 2 > first)
                    return k - 2; // ", adding …", ", said one candidate …": the content ends at the comma
                if (Is(k, "according") && Is(k + 1, "to") && !Is(k - 2, "that")) return k - 2;
                if (Is(k, "contrary") && Is(k + 1, "to")) return k - 2;
                // A contrasting clause is the author's or another voice: ", but …", ", while …".
                if ((Is(k, "but") || Is(k, "while") || Is(k, "whereas") || Is(k, "although") || Is(k, "though")) && k - 2 > first + 2)
                    return k - 2;
                // Another attribution starts: ", Lewandowski said …".
                for (int j = k + 1; j <= Math.Min(last, k + 3); j++)
                    if (_cues.Find(W(j)) is { Class: CueClass.Speech } && (IsCapitalized(k) || Words.Pronouns.Contains(W(k))) && k - 2 > first + 2)
                        return k - 2;
                // A second speaker's own report: ", and Ms. Acosta said …", ", the candidate said …", ", and more than 4 in
                // 10 said …" (a subject of a few words, then a finite verb of saying).
                if (k - 2 > first + 1 && SpeakerClauseFollows(Is(k, "and") || Is(k, "but") ? k + 1 : k, last))
                    return k - 2;
            }
            return last;
        }

        /// <summary>
        /// ", his top aide, Tad Devine," before the comma at <paramref name="comma"/>: a name of up to four capitalized
        /// words after a role phrase opening with a determiner or possessive (up to six words), each between commas.
        /// Gives the role's first token and the comma before it.
        /// </summary>
        /// <summary>
        /// Whether tokens <c>[first, comma)</c> are a capitalized name (after an optional conjunction) and one
        /// appositive set off by commas: "But Megan Hester, senior associate for education organizing at …".
        /// </summary>
        private bool IsNameWithAppositive(int first, int comma)
        {
            int k = first;
            if (Is(k, "but") || Is(k, "and") || Is(k, "yet") || Is(k, "so")) k++;
            int nameFirst = k;
            while (k < comma && k - nameFirst < 4 && (IsCapitalized(k) || IsAbbreviationPeriod(k))) k++;
            if (k - nameFirst < 2 || !IsPunct(k, ',') || Words.Determiners.Contains(W(nameFirst))) return false;
            // The appositive: words only, lower-case at its start (a role, not a second name or a clause).
            if (k + 1 >= comma || IsCapitalized(k + 1) && !Words.Determiners.Contains(W(k + 1))) return false;
            for (int j = k + 1; j < comma; j++)
                if (!IsWord(j) && !IsAbbreviationPeriod(j)) return false;
            return true;
        }

        private bool AppositiveSpeaker(int first, int comma, out int roleFirst, out int roleComma)
        {
            roleFirst = roleComma = -1;
            int j = comma - 1;
            int nameLast = j;
            while (j >= first && nameLast - j < 5 && (IsCapitalized(j) || IsAbbreviationPeriod(j))) j--;
            if (j == nameLast || !IsPunct(j, ',')) return false;
            int mid = j;
            j--;
            int roleLast = j;
            while (j >= first && roleLast - j < 6 && IsWord(j)) j--;
            if (j < first || !IsPunct(j, ',') || j == roleLast) return false;
            int start = j + 1;
            if (!(Words.Determiners.Contains(W(start)) || IsPossessive(start))) return false;
            if (IsCapitalized(roleLast) || !ValidHead(roleLast) || mid - start < 2 && !IsWord(start + 1)) return false;
            roleFirst = start;
            roleComma = j;
            return true;
        }

        /// <summary>
        /// The "whether"/"if"/wh-word or "about" that opens the question after an addressee of up to eight words
        /// ("asked former Attorney General Eric Holder whether …"), or -1.
        /// </summary>
        private int QuestionAfterAddressee(int k, int end)
        {
            for (int j = k + 1; j < end && j - k <= 8; j++)
            {
                if (IsAbbreviationPeriod(j)) continue;
                if (!IsWord(j)) return -1;
                if (Is(j, "whether") || Is(j, "if") || Is(j, "why") || Is(j, "how") || Is(j, "about")) return j;
                if (Words.SourceBoundary.Contains(W(j)) || Words.BeForms.Contains(W(j))) return -1;
            }
            return -1;
        }

        /// <summary>
        /// Whether a short subject (a name, pronoun, determiner or number phrase of at most six words) and a finite verb
        /// of saying open at <paramref name="h"/>: "Ms. Acosta said", "the candidate said", "more than 4 in 10 said".
        /// </summary>
        private bool SpeakerClauseFollows(int h, int last)
        {
            if (h > last || !IsWord(h)) return false;
            if (!(IsCapitalized(h) || Words.Pronouns.Contains(W(h)) || Words.Determiners.Contains(W(h)) || _tokens[h].Kind == TokenKind.Number
                || Is(h, "more") || Is(h, "most") || Is(h, "many") || Is(h, "half")))
                return false;
            for (int j = h + 1; j <= Math.Min(last, h + 6); j++)
            {
                if (IsAbbreviationPeriod(j) || IsPunct(j, '.') && IsGluedPeriod(j)) continue;
                if (!IsWord(j)) return false;
                var w = W(j);
                if (_cues.Find(w) is { Class: CueClass.Speech } && !IsCapitalized(j))
                    return !w.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !Is(j - 1, "to")
                        && (w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || w.EndsWith("s", StringComparison.OrdinalIgnoreCase)
                            || Is(j, "said") || Is(j, "told") || Is(j, "wrote") || Is(j, "say") && (Words.Pronouns.Contains(W(j - 1)) || W(j - 1).EndsWith("s", StringComparison.OrdinalIgnoreCase)));
                if (Words.Auxiliaries.Contains(w)) continue; // "Ms. Acosta also said", "he has said"
                if (Words.SourceBoundary.Contains(w)) return false;
            }
            return false;
        }

        private int SkipAuxiliariesBack(int k, int first)
        {
            // A parenthetical right before the cue belongs to the subject: "Sen. Bernie Sanders (I-Vt.) said".
            if (IsPunct(k, ')'))
            {
                int open = k - 1;
                while (open > first && k - open < 12 && !IsPunct(open, '(')) open--;
                if (IsPunct(open, '(') && open - 1 >= first) k = open - 1;
            }
            while (k >= first && IsWord(k) && (Words.Auxiliaries.Contains(W(k)) && !Is(k, "and")
                || (W(k).EndsWith("ly", StringComparison.OrdinalIgnoreCase) && !IsCapitalized(k) && W(k).Length > 4)))
                k--;
            return k;
        }

        private bool ValidHead(int k)
        {
            if (!IsWord(k)) return false;
            var w = W(k);
            if (Words.Pronouns.Contains(w)) return true;
            // "most of them said", "some of us believe": a partitive subject.
            if ((w.Equals("them", StringComparison.OrdinalIgnoreCase) || w.Equals("us", StringComparison.OrdinalIgnoreCase)) && Is(k - 1, "of")) return true;
            // A capitalized function word mid-sentence is a name ("From said", "Young said").
            bool nameLike = IsCapitalized(k) && k > 0 && IsWord(k - 1) && _tokens[k].End - _tokens[k].Start > 2;
            if (Words.BadHeads.Contains(w) && !nameLike) return false;
            // A possessive is a determiner, not a subject ("Beck’s remarks", "California's plan").
            if (w.EndsWith("’s", StringComparison.Ordinal) || w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("s’", StringComparison.Ordinal)) return false;
            if (_cues.Find(w) is not null && !IsCapitalized(k)) return false;
            return true;
        }

        /// <summary>First token of the subject noun phrase ending at <paramref name="last"/>, or -1.</summary>
        private int SourceStart(int last, int first)
        {
            int k = last;
            while (k - 1 >= first && last - (k - 1) < MaxSourceTokens)
            {
                int p = k - 1;
                if (IsPunct(p, '.') && p - 1 >= first && IsWord(p - 1) && _tokens[p].Start == _tokens[p - 1].End) { k = p - 1; continue; } // "Sen."
                if (!IsWord(p)) break;
                var w = W(p);
                if (Is(p, "and") && IsCapitalized(p - 1) && IsCapitalized(k)) { k = p; continue; }
                // "sources close to her campaign", "people familiar with the talks": the phrase stays in the subject.
                if ((Is(p, "to") && Is(p - 1, "close") || Is(p, "with") && Is(p - 1, "familiar")) && p - 2 >= first && IsWord(p - 2)) { k = p - 1; continue; }
                if (Words.SourceBoundary.Contains(w)) break;
                if (_cues.Find(w) is { Class: CueClass.Speech } && !IsCapitalized(p)) break;
                k = p;
            }
            return k;
        }

        private bool TrySourceBefore(int cue, out TextSpan? source, out string? via)
        {
            source = null; via = null;
            int sent = _doc.SentenceIndexAt(_tokens[cue].Start);
            int first = sent >= 0 ? _doc.TokenRange(_doc.Sentences[sent].Span).Start.Value : 0;
            int last = SkipAuxiliariesBack(cue - 1, first);
            if (last >= first && W(cue).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && Words.BeForms.Contains(W(last)))
                last = SkipAuxiliariesBack(last - 1, first); // progressive: "has been warning"
            if (last < first) return false;
            if (IsPunct(last, ',') || IsPunct(last, '—') || IsPunct(last, '–') || IsPunct(last, '-'))
            {
                // Appositive or relative clause: "Dmitriev, the Kremlin envoy, said" / "X, who …, …, said": the subject
                // is the noun phrase before one of the earlier commas that opens the sentence or a clause.
                int k = last - 1;
                bool found = false;
                while (k >= first && last - k < 45)
                {
                    if ((IsPunct(k, ',') || IsPunct(k, '—') || IsPunct(k, '–') || IsPunct(k, '-') && k + 1 < _tokens.Count && _tokens[k + 1].Start > _tokens[k].End)
                        && k - 1 >= first)
                    {
                        int head = SkipAuxiliariesBack(k - 1, first); // steps over "(D-Va.)"
                        if (head < first || !ValidHead(head)) { k--; continue; }
                        int np = SourceStart(head, first);
                        if (np == first || !IsWord(np - 1) || Words.SourceBoundary.Contains(W(np - 1)))
                        {
                            last = head;
                            found = true;
                            break;
                        }
                    }
                    // "R-S.C.," ends in a period that an abbreviation's comma follows: not the sentence end.
                    if (IsTerminator(k) && !IsPunct(k + 1, ',') && !IsAbbreviationPeriod(k)
                        && !(IsPunct(k, '.') && _tokens[k - 1].End == _tokens[k].Start && IsCapitalized(k - 1) && _tokens[k - 1].End - _tokens[k - 1].Start <= 3))
                        break; // "the No. 2 Republican": a short abbreviation inside the sentence
                    k--;
                }
                if (!found) return false;
            }
            // Relative clause: "Juanita Broaddrick, who said …": the antecedent before the comma.
            if (last >= first + 2 && (Is(last, "who") || Is(last, "which")) && IsPunct(last - 1, ',') && ValidHead(last - 2))
                last -= 2;
            // Coordinated verbs: "Rubio thanked Miami and said …": the subject opening the clause.
            else if (last > first && (Is(last, "and") || Is(last, "but")) && (ClauseSubject(last, first) ?? SentenceSubject(first, last) ?? OpeningName(first, last) ?? MainSubject(first, last)) is { } subject)
            {
                source = subject;
                return true;
            }
            if (last < first || !ValidHead(last)) return false;
            int start = SourceStart(last, first);
            source = SourceWithVia(start, last, out via);
            return true;
        }

        /// <summary>
        /// The subject of the sentence: a name or pronoun at its start, or right after a short introductory phrase
        /// ("In a brief interview, Ms. Conway rejected …"), followed by a lower-case verb; else null.
        /// </summary>
        private TextSpan? SentenceSubject(int first, int limit)
        {
            int k = first;
            for (int i = first; i < limit && i - first < 10; i++)
                if (IsPunct(i, ',')) { k = i + 1; break; }
            int j = k;
            while (j < limit && (IsCapitalized(j) || IsAbbreviationPeriod(j)) && j - k < 4) j++;
            // "Kremlin aide Yury Ushakov": a lowercase role noun between two capitalized runs belongs to the subject.
            if (j > k && j + 1 < limit && IsWord(j) && !IsCapitalized(j) && IsCapitalized(j + 1) && !Words.SourceBoundary.Contains(W(j)) && !Words.BadHeads.Contains(W(j)))
            {
                int m = j + 1;
                while (m < limit && (IsCapitalized(m) || IsAbbreviationPeriod(m)) && m - j < 4) m++;
                if (m < limit && IsWord(m) && !IsCapitalized(m)) j = m;
            }
            if (j == k)
                return IsWord(k) && Words.Pronouns.Contains(W(k)) && !Is(k, "it") && IsWord(k + 1) && !IsCapitalized(k + 1) ? SpanOf(k, k) : null;
            if (Words.Determiners.Contains(W(k)) || Words.SourceBoundary.Contains(W(k))) return null;
            return j < limit && IsWord(j) && !IsCapitalized(j) ? SpanOf(k, j - 1) : null;
        }

        /// <summary>
        /// A name opening the sentence and followed by a comma ("De Blasio, speaking on WOR710, called … and said …"),
        /// or null.
        /// </summary>
        private TextSpan? OpeningName(int first, int limit)
        {
            int j = first;
            while (j < limit && j - first < 4 && (IsCapitalized(j) || IsAbbreviationPeriod(j))) j++;
            // Followed by a comma (an appositive or participle) or a lower-case verb ("Trump further summed up …").
            if (j == first || j >= limit || !(IsPunct(j, ',') || IsWord(j) && !IsCapitalized(j) && !Words.SourceBoundary.Contains(W(j)))) return null;
            if (Words.Determiners.Contains(W(first)) || Words.SourceBoundary.Contains(W(first)) || Words.BadHeads.Contains(W(first))
                || Words.Adverbials.Contains(W(first)) || Words.Pronouns.Contains(W(first)) || IsDay(first)) return null;
            return SpanOf(first, j - 1);
        }

        /// <summary>The name or pronoun opening the clause that ends before <paramref name="and"/>, or null.</summary>
        private TextSpan? ClauseSubject(int and, int first)
        {
            int k = and - 1;
            if (IsPunct(k, ',')) k--;
            while (k > first && and - k < 15 && IsWord(k - 1) && !Words.ClauseOpeners.Contains(W(k - 1))) k--;
            if (k > first && IsWord(k - 1) && !Words.ClauseOpeners.Contains(W(k - 1))) return null;
            if (!IsWord(k)) return null;
            if (Words.Pronouns.Contains(W(k)) && !Is(k, "it")) return SpanOf(k, k);
            // Only a main clause (after the sentence start or a comma): "the idea that the changes amounted …" is subordinate.
            if ((Is(k, "the") || Is(k, "a")) && (k == first || !IsWord(k - 1)))
            {
                // "the Wisconsin Republican criticized … and said …": determiner, up to four words, then a past-tense verb.
                for (int v = k + 2; v < and && v - k <= 7 && IsWord(v); v++)
                    if (!IsCapitalized(v) && (W(v).EndsWith("ed", StringComparison.OrdinalIgnoreCase) || _cues.Find(W(v)) is not null))
                        return ValidHead(v - 1) && !Words.SourceBoundary.Contains(W(v - 1)) ? SpanOf(k, v - 1) : null;
                return null;
            }
            if (!IsCapitalized(k) || Words.Determiners.Contains(W(k))) return null;
            int j = k;
            while (j + 1 < and && IsCapitalized(j + 1) && j - k < 3) j++;
            return IsWord(j + 1) && !IsCapitalized(j + 1) ? SpanOf(k, j) : null;
        }

        private bool TrySourceAfter(int k, int end, out TextSpan? source, out string? via)
        {
            source = null; via = null;
            if (k >= end || !IsWord(k)) return false;
            int last = k;
            while (last + 1 < end && last + 1 - k < MaxSourceTokens && (IsWord(last + 1) || IsAbbreviationPeriod(last + 1)) && !Is(last + 1, "who") && !Is(last + 1, "that")
                   && !Is(last + 1, "in") && !Is(last + 1, "on") && !Is(last + 1, "at"))
                last++;
            if (!(ValidHead(last) || Words.Pronouns.Contains(W(k)))) return false;
            // "said Will Doyle": a capitalized function word before another capitalized word is a name.
            if (Words.BadHeads.Contains(W(k)) && !Words.Determiners.Contains(W(k)) && !(IsCapitalized(k) && IsCapitalized(k + 1))) return false;
            // A source after its cue is a short noun phrase: running out of room, or a verb or pronoun inside it,
            // means this is a clause ("…, said one candidate he likes is Kasich"), not a speaker.
            if (last + 1 < end && last + 1 - k >= MaxSourceTokens) return false;
            if (last + 1 < end && Is(last + 1, "that")) return false; // "said early Friday that …": an adverbial, then content
            for (int i = last + 1; i < end && !Is(i, "who") && !Is(i, "which") && !IsPunct(i, ','); i++)
                if (Words.BeForms.Contains(W(i)) || Is(i, "could") || Is(i, "would") || Is(i, "will"))
                    return false; // "said tensions in California were higher": a clause, not a speaker
            if (IsDay(k) || Is(k, "early") || Is(k, "late") || Is(k, "last") || Is(k, "this") || Is(k, "earlier") || Is(k, "later")) return false;
            if (last > k && Words.Pronouns.Contains(W(k))) return false; // "said she hopes …" is content, not a speaker
            for (int i = k + 1; i <= last; i++)
                if (Words.BeForms.Contains(W(i)) || Words.Pronouns.Contains(W(i)) || Is(i, "could") || Is(i, "would") || Is(i, "will")
                    || Is(i, "has") || Is(i, "have") || Is(i, "had") || Is(i, "can") || Is(i, "should"))
                    return false;
            // "…, for example, said Trump continued to hurt his cause": a past verb before "to" or a determiner makes
            // the words a clause.
            for (int i = k + 1; i < last; i++)
                if (!IsCapitalized(i) && W(i).EndsWith("ed", StringComparison.OrdinalIgnoreCase)
                    && (Is(i + 1, "to") || Is(i + 1, "the") || Is(i + 1, "a") || Is(i + 1, "an") || Words.PossessivePronouns.Contains(W(i + 1))))
                    return false;
            source = SourceWithVia(k, last, out via);
            return true;
        }

        /// <summary>The source span, cut before "quoted by X" / "cited by X", which becomes <paramref name="via"/>.</summary>
        private TextSpan SourceWithVia(int first, int last, out string? via)
        {
            via = null;
            for (int k = first + 1; k < last; k++)
            {
                if ((Is(k, "quoted") || Is(k, "cited")) && Is(k + 1, "by") && k + 2 <= last)
                {
                    via = _text[_tokens[k + 2].Start.._tokens[last].End];
                    if (via.StartsWith("the ", StringComparison.Ordinal)) via = via[4..];
                    return SpanOf(first, k - 1);
                }
            }
            return SpanOf(first, last);
        }

        private int FirstTokenAtOrAfter(int position)
        {
            int lo = 0, hi = _tokens.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (_tokens[mid].Start < position) lo = mid + 1; else hi = mid;
            }
            return lo < _tokens.Count ? lo : -1;
        }

        private int LastTokenBefore(int position)
        {
            int k = FirstTokenAtOrAfter(position);
            return k < 0 ? _tokens.Count - 1 : k - 1;
        }

        private int CountWords(TextSpan span, int upTo = 3)
        {
            var range = _doc.TokenRange(span);
            int n = 0;
            for (int k = range.Start.Value; k < range.End.Value && n < upTo; k++)
                if (IsWord(k)) n++;
            return n;
        }

        /// <summary>The quote's last content character is clause-final punctuation (“…,” “…?” “…!” “….”) or a comma follows.</summary>
        private bool EndsClause(Quote quote)
        {
            int i = quote.Content.End - 1;
            // Nested quotes end with single marks: “… ‘darn it,’” / ''… 'poor,' ''.
            while (i > quote.Content.Start && (char.IsWhiteSpace(_text[i]) || _text[i] is '’' or '\'' or '‘')) i--;
            if (_text[i] is ',' or '.' or '?' or '!' or '…' or '—' or '-') return true;
            int j = quote.Span.End;
            return j < _text.Length && _text[j] is ',' or '—';
        }

        private bool StartsSentence(int position)
        {
            int s = _doc.SentenceIndexAt(position);
            if (s < 0) return true;
            int start = _doc.Sentences[s].Span.Start;
            // Only whitespace, dashes or brackets before the quote in its sentence.
            for (int i = start; i < position; i++)
                if (!char.IsWhiteSpace(_text[i]) && _text[i] is not ('(' or '—' or '-' or '[')) return false;
            return true;
        }
    }
}
