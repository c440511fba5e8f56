using Claims.Text;
namespace Claims.Attribution;

/// <summary>The rule that placed a piece of a sentence left outside every attribution (<see cref="LeftoverPlacement"/>).</summary>
internal enum LeftoverRule
{
    /// <summary>Reads as a claim: an author (or headline) claim of its own.</summary>
    AuthorClaim,
    /// <summary>
    /// A non-person subject of a reporting verb ("The discussions with Witkoff suggest that …", "The meeting
    /// highlighted …"): no one speaks, the sentence is one author claim.
    /// </summary>
    NonPersonSubject,
    /// <summary>
    /// An attribution inside a subordinate clause the piece opens ("… comes just days after Washington announced new
    /// sanctions", "… a minerals deal, which Trump has warned Zelensky not to abandon"): the sentence is one author
    /// claim, and the report inside it stays a claim of its own.
    /// </summary>
    EmbeddedReport,
    /// <summary>
    /// A subject cut off its predicate by an attribution in an interrupting relative clause ("Since taking office,
    /// Trump—who has described himself as …—has pursued a strategy …"): both pieces are one author claim around it.
    /// </summary>
    InterruptedClause,
    /// <summary>A phrase that runs straight into a content ("A high-level meeting" + "in the Kremlin …, according to X"): it joins it.</summary>
    JoinsContent,
    /// <summary>A subordinate clause after a content ("…, while others remain unacceptable."): the same speaker goes on.</summary>
    ContinuesContent,
    /// <summary>A subordinate clause the writer asserts, without its subordinator ("Although the talks did not yield a breakthrough" → "the talks did not yield a breakthrough").</summary>
    AssertedClause,
    /// <summary>The frame of an attribution ("Speaking to CNN after arriving in Washington, X insisted …"): its context, no claim.</summary>
    Frame,
}

/// <summary>An attributed claim being built: its span, the attribution's parts and the frame it covers.</summary>
internal sealed class AttributedDraft(AttributionSpan attribution, TextSpan span, IReadOnlyList<TextSpan> parts)
{
    public AttributionSpan Attribution { get; } = attribution;

    /// <summary>The claim's span (the content made readable).</summary>
    public TextSpan Span { get; set; } = span;

    /// <summary>The source, cue and frame spans that are not the claim (sorted by start).</summary>
    public IReadOnlyList<TextSpan> Parts { get; } = parts;

    /// <summary>The attribution as written: claim, source, cue and frame phrases, from the first to the last.</summary>
    public TextSpan Frame { get; set; } = Cover(span, parts);

    /// <summary>Whether a rule made the claim part of an author claim instead.</summary>
    public bool Dropped { get; set; }

    public void Extend(TextSpan piece) => Frame = Cover(Frame, [piece]);

    private static TextSpan Cover(TextSpan span, IEnumerable<TextSpan> others)
    {
        int s = span.Start, e = span.End;
        foreach (var o in others) { s = Math.Min(s, o.Start); e = Math.Max(e, o.End); }
        return new TextSpan(s, e);
    }
}

/// <summary>
/// Places the pieces of a sentence left when its attributions are cut out: a piece that reads as a claim is an
/// author claim; a fragment (<see cref="ClaimFragments"/>) joins the claim it belongs to or becomes the frame of its
/// attribution, and a sentence whose attribution has no person as its subject, or sits inside a subordinate clause,
/// is one author claim (<see cref="LeftoverRule"/>). Loses no text: every piece ends up inside an author claim, an
/// attributed claim or an attribution's frame, except (as before these rules) a piece of fewer than the minimum author
/// words with no attribution beside it in its sentence. Stateless and thread-safe.
/// </summary>
internal sealed class LeftoverPlacement(SpeakerSanity sanity, int minAuthorWords)
{
    // Words that end a piece opening a subordinate clause or a relative clause the next attribution sits in.
    private static readonly WordSet Embedders = new(
        "after", "before", "since", "as", "when", "because", "until", "while", "although", "though", "if", "unless",
        "which", "whom", "whose", "where", "following", "despite", "amid", "once", "than", "that");

    // Fewest words of the author's clause before an embedded report.
    private const int MinEmbeddingWords = 3;

    // Openers of a clause that continues a report with the same speaker.
    private static readonly WordSet Continuers = new("while", "whereas", "though", "although");

    /// <summary>The author claims of one sentence, after the attribution drafts took the pieces that are theirs.</summary>
    public List<(TextSpan Span, LeftoverRule Rule)> Place(Document document, TextSpan sentence, List<TextSpan> pieces, List<AttributedDraft> drafts)
    {
        string text = document.Text;
        var authored = new List<(TextSpan, LeftoverRule)>();
        for (int p = 0; p < pieces.Count; p++)
        {
            var piece = pieces[p];
            if (authored.Count > 0 && authored[^1].Item1.Contains(piece)) continue;
            var kind = ClaimFragments.Classify(text, piece);
            int words = piece.CountWords(text);
            var next = Next(text, piece, sentence, drafts);
            var prev = Previous(text, piece, sentence, drafts);
            if (kind == FragmentKind.None && words >= minAuthorWords)
            {
                // "In a YouTube video released Wednesday, Somers says …": a prepositional phrase right before the speaker
                // is the attribution's frame, even when a participle in it reads as a finite verb.
                if (ClaimFragments.OpensWithPreposition(text, piece) && DescribesSpeaker(next, afterCue: false)) next.Draft!.Extend(piece);
                else authored.Add((piece, LeftoverRule.AuthorClaim));
                continue;
            }
            if (NonPersonSubject(document, piece, kind, next, sentence) is { } whole) { authored.Add((whole, LeftoverRule.NonPersonSubject)); continue; }
            if (EmbeddedReport(text, piece, kind, next, sentence) is { } embedded) { authored.Add((embedded, LeftoverRule.EmbeddedReport)); continue; }
            if (p + 1 < pieces.Count && InterruptedClause(text, piece, kind, next, pieces[p + 1]) is { } joined)
            {
                authored.Add((joined, LeftoverRule.InterruptedClause));
                p++;
                continue;
            }
            if (JoinsContent(text, piece, kind, next, prev)) continue;
            if (ContinuesContent(text, piece, kind, prev)) continue;
            if (kind == FragmentKind.SubordinateOnly && ClaimFragments.AssertedClause(text, piece) is { } clause)
            {
                // "Although the talks did not yield a breakthrough, he stressed …": the outlet asserts the clause; its
                // subordinator joins the frame of the attribution it introduces.
                (next.Draft ?? prev.Draft)?.Extend(piece);
                authored.Add((clause, LeftoverRule.AssertedClause));
                continue;
            }
            // The frame of the attribution the piece leads into, else of the one it follows.
            var owner = next.Draft ?? prev.Draft;
            // Only on evidence: a verbless piece that opens like no frame ("Last week, a video hit the web") stays a claim.
            bool frame = words < minAuthorWords || kind is FragmentKind.EndsOnFunctionWord or FragmentKind.SubordinateOnly or FragmentKind.EndsOnName
                || kind == FragmentKind.NoFiniteVerb && (ClaimFragments.OpensFrame(text, piece) || DescribesSpeaker(next, afterCue: false) || DescribesSpeaker(prev, afterCue: true));
            if (owner is not null && frame) owner.Extend(piece);
            else if (words >= minAuthorWords || piece == sentence) authored.Add((piece, LeftoverRule.AuthorClaim));
        }
        return authored;
    }

    /// <summary>
    /// A verbless piece right next to a source or cue is the speaker's description or the addressee ("…, said Jane Doe,
    /// head of research at JLL."; "The Nigerian president" + "Goodluck Jonathan said"), or after the cue its addressee
    /// ("… told the Associated Press."). Before a cue without a source it may be a clause the surface reading cannot see
    /// the verb of ("Last week, a video hit the web, showing …"), and so is a piece a colon sets off ("Finally, Durex put
    /// the rumors to rest: a spokesperson told …"): those stay claims.
    /// </summary>
    private static bool DescribesSpeaker(Neighbour n, bool afterCue) =>
        n.Draft is { } d && !n.IsContent && !n.ClauseBreak && (d.Attribution.Source is { } s && n.Part.Contains(s) || afterCue && d.Attribution.Cue is { } c && n.Part.Contains(c));

    /// <summary>"The discussions with Witkoff suggest that …": a subject without a verb that no one is, right before a source-less cue.</summary>
    private TextSpan? NonPersonSubject(Document document, TextSpan piece, FragmentKind kind, Neighbour next, TextSpan sentence)
    {
        if (kind != FragmentKind.NoFiniteVerb || next.Draft is not { } d || !next.SpaceOnly) return null;
        var a = d.Attribution;
        if (a.Source is not null || a.Kind != ClaimKind.Indirect || a.Cue is not { } cue || cue.Start != next.Part.Start) return null;
        if (sanity.Read(document, piece).Rule != SpeakerRule.Event) return null;
        d.Dropped = true;
        return ClaimBuilder.Trim(document.Text, new TextSpan(piece.Start, sentence.End));
    }

    /// <summary>"… comes just days after" + "Washington announced …": the attribution is inside the piece's clause.</summary>
    private static TextSpan? EmbeddedReport(string text, TextSpan piece, FragmentKind kind, Neighbour next, TextSpan sentence)
    {
        if (kind != FragmentKind.EndsOnFunctionWord || next.Draft is not { } d || !next.SpaceOnly) return null;
        if (d.Attribution.Source is not { } source || source.Start != next.Part.Start || d.Attribution.Kind != ClaimKind.Indirect) return null;
        var words = SpanWords.Of(text, piece);
        // A clause of the author's before the embedder ("… comes just days after"), not a lone connector ("while").
        if (words.Count < MinEmbeddingWords || !Embedders.Contains(text.AsSpan(words[^1].Start, words[^1].Length))) return null;
        // The report must end inside the sentence: the rest of the sentence is then the embedded clause. The report
        // stays a claim of its own inside the author's (overlapping claims of one article are never paired).
        if (d.Frame.End > sentence.End) return null;
        return ClaimBuilder.Trim(text, new TextSpan(piece.Start, sentence.End));
    }

    /// <summary>"Since taking office, Trump" + "—who has described …—" + "has pursued …": one author claim over both pieces.</summary>
    private static TextSpan? InterruptedClause(string text, TextSpan piece, FragmentKind kind, Neighbour next, TextSpan following)
    {
        if (kind is not (FragmentKind.EndsOnName or FragmentKind.NoFiniteVerb) || next.Draft is not { } d) return null;
        if (d.Frame.End > following.Start || !ClaimFragments.OpensWithPredicate(text, following)) return null;
        var joined = new TextSpan(piece.Start, following.End);
        return ClaimFragments.Classify(text, joined) == FragmentKind.EndsOnFunctionWord ? null : joined;
    }

    /// <summary>
    /// A verbless phrase that runs into a reported content without a break joins it ("A high-level meeting" + "in the
    /// Kremlin …, according to X"). Not after the attribution's own cue or source: a phrase between cue and content is
    /// an adverbial or object of the cue ("signaled last summer that …", "responded then the same way that …"), and not
    /// after a content: what follows a report is the speaker's own predicate or the writer's ("… and warned against …").
    /// </summary>
    private static bool JoinsContent(string text, TextSpan piece, FragmentKind kind, Neighbour next, Neighbour prev)
    {
        if (kind != FragmentKind.NoFiniteVerb || ClaimFragments.OpensFrame(text, piece)) return false;
        if (next is not { Draft: { } d, SpaceOnly: true, IsContent: true } || d.Attribution.Kind != ClaimKind.Indirect) return false;
        if (prev.Draft == d) return false;
        return Extend(text, d, new TextSpan(piece.Start, d.Span.End));
    }

    /// <summary>"noted that A" + ", while others remain unacceptable.": the subordinate clause goes on with the report.</summary>
    private static bool ContinuesContent(string text, TextSpan piece, FragmentKind kind, Neighbour prev)
    {
        if (kind != FragmentKind.SubordinateOnly || prev is not { Draft: { } d, IsContent: true } || d.Attribution.Kind != ClaimKind.Indirect) return false;
        if (d.Attribution.Cue is not { } cue || cue.Start >= d.Span.Start) return false;
        var words = SpanWords.Of(text, piece);
        if (!Continuers.Contains(text.AsSpan(words[0].Start, words[0].Length))) return false;
        // "…, though American officials have not confirmed this": the writer's note on the report, not the speaker's words.
        if (Learned.FrameRepairs.IsVerificationNote(text, piece)) return false;
        // Only a comma or semicolon between the content and the clause.
        foreach (char c in text.AsSpan(d.Span.End, piece.Start - d.Span.End))
            if (!(char.IsWhiteSpace(c) || c is ',' or ';')) return false;
        return Extend(text, d, new TextSpan(d.Span.Start, piece.End));
    }

    private static bool Extend(string text, AttributedDraft d, TextSpan joined)
    {
        var readable = ClaimSpans.Readable(text, joined);
        if (readable != joined || ClaimFragments.Classify(text, joined) == FragmentKind.EndsOnFunctionWord) return false;
        d.Span = joined;
        d.Extend(joined);
        return true;
    }

    /// <summary>The attribution part next to a piece: the draft, the part, whether only white space lies between, whether it is the claim.</summary>
    private readonly record struct Neighbour(AttributedDraft? Draft, TextSpan Part, bool SpaceOnly, bool IsContent, bool ClauseBreak = false);

    /// <summary>The first attribution part after <paramref name="piece"/> in the sentence, past white space and punctuation.</summary>
    private static Neighbour Next(string text, TextSpan piece, TextSpan sentence, List<AttributedDraft> drafts)
    {
        int at = piece.End;
        bool spaceOnly = true, clauseBreak = false;
        while (at < sentence.End && !char.IsLetterOrDigit(text[at]))
        {
            if (!char.IsWhiteSpace(text[at])) spaceOnly = false;
            if (text[at] is ':' or ';') clauseBreak = true;
            at++;
        }
        foreach (var d in drafts)
        {
            if (d.Dropped) continue;
            if (d.Span.Contains(at) || d.Span.Start > piece.End && d.Span.Start <= at) return new(d, d.Span, spaceOnly && d.Span.Start >= piece.End, true, clauseBreak);
            foreach (var part in d.Parts)
                if (part.Contains(at)) return new(d, part, spaceOnly, false, clauseBreak);
        }
        return default;
    }

    /// <summary>The last attribution part before <paramref name="piece"/> in the sentence, past white space and punctuation.</summary>
    private static Neighbour Previous(string text, TextSpan piece, TextSpan sentence, List<AttributedDraft> drafts)
    {
        int at = piece.Start;
        bool spaceOnly = true;
        while (at > sentence.Start && !char.IsLetterOrDigit(text[at - 1])) { if (!char.IsWhiteSpace(text[at - 1])) spaceOnly = false; at--; }
        if (at <= sentence.Start) return default;
        foreach (var d in drafts)
        {
            if (d.Dropped) continue;
            if (d.Span.Contains(at - 1) || d.Span.End < piece.Start && d.Span.End >= at) return new(d, d.Span, spaceOnly && d.Span.End <= piece.Start, true);
            foreach (var part in d.Parts)
                if (part.Contains(at - 1)) return new(d, part, spaceOnly, false);
        }
        return default;
    }
}
