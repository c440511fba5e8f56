using Claims.Pipeline;
using Claims.Segmentation;

namespace Claims.Attribution;

/// <summary>
/// Sixth stage: turns the layers into <see cref="Document.Claims"/>: one claim per attribution (its content, kind,
/// speaker, cue and via), a <see cref="ClaimKind.Headline"/> claim per heading sentence and an
/// <see cref="ClaimKind.Author"/> claim for each remaining part of a body sentence that reads as a claim (outside every
/// attribution's content, cue and source); a remaining fragment joins the claim it belongs to or the frame of its
/// attribution (<see cref="LeftoverPlacement"/>, <see cref="Claim.Frame"/>). Furniture is never a claim. Claim spans are trimmed of white space, quotation marks and
/// separating punctuation at both ends; ids are <c>articleId#n</c> in text order. Stateless and thread-safe.
/// </summary>
public sealed class ClaimBuilder : IDocumentStage
{
    /// <summary>Fewest word tokens a leftover sentence fragment needs to become an author claim.</summary>
    public int MinAuthorFragmentWords { get; init; } = 3;

    /// <inheritdoc />
    public string Name => "claims";

    /// <summary>Decides which source mentions name no one; an attribution whose subject is an event ("The meeting highlighted …")
    /// gives no claim of its own, nor one whose claimant is no one (<see cref="AbsentClaimants"/>).</summary>
    public SpeakerSanity Sanity { get; init; } = SpeakerSanity.Default;

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        string text = document.Text;
        var attributed = new List<AttributedDraft>();
        var covered = new List<TextSpan>();

        foreach (var a in document.Attributions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Without a caption or heading glued on, and not ending on a conjunction (ClaimSpans).
            var span = ClaimSpans.Readable(text, a.Content);
            if (span.IsEmpty) continue;
            if (GivesNoClaim(document, a)) continue;
            var parts = new List<TextSpan>();
            covered.Add(span);
            // A counter claim's phrase is its own voice: it leaves the author's text, but its cue and source words are
            // inside the phrase, so nothing else is covered.
            if (a.Kind != ClaimKind.Counter) AddFrameParts(text, a, parts);
            covered.AddRange(parts);
            parts.Sort((x, y) => x.Start.CompareTo(y.Start));
            attributed.Add(new AttributedDraft(a, span, parts));
        }
        covered = Merge(covered);

        var placement = new LeftoverPlacement(Sanity, MinAuthorFragmentWords);
        var drafts = new List<Claim>();
        var window = new FrameWindow(attributed);
        for (int i = 0; i < document.Sentences.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = document.Sentences[i];
            // Headings are the outlet's voice (Headline) except any attributed part ("X Says …", "X: …").
            var kind = sentence.IsHeading ? ClaimKind.Headline : ClaimKind.Author;
            var pieces = new List<TextSpan>();
            foreach (var piece in Subtract(sentence.Span, covered))
            {
                var span = Trim(text, piece);
                if (!span.IsEmpty && span.CountWords(text) > 0) pieces.Add(span);
            }
            if (pieces.Count == 1 && pieces[0] == Trim(text, sentence.Span)) { drafts.Add(Unattributed(document, pieces[0], kind, i)); continue; }
            if (pieces.Count == 0) continue;
            var near = window.Touching(sentence.Span);
            foreach (var (span, _) in placement.Place(document, sentence.Span, pieces, near))
                drafts.Add(Unattributed(document, span, kind, document.SentenceIndexAt(span.Start)));
        }
        foreach (var d in attributed)
            if (!d.Dropped) drafts.Add(Attributed(document, d));

        drafts.Sort((x, y) => x.Span.Start != y.Span.Start ? x.Span.Start.CompareTo(y.Span.Start)
            : x.Span.End != y.Span.End ? x.Span.End.CompareTo(y.Span.End) : x.Kind.CompareTo(y.Kind));
        var claims = new List<Claim>(drafts.Count);
        for (int n = 0; n < drafts.Count; n++)
            claims.Add(drafts[n] with { Id = $"{document.Article.Id}#{n + 1}" });
        document.Claims = claims;
    }

    /// <summary>
    /// Whether an attribution gives no claim of its own, its sentence being the outlet's: an event as the subject of a
    /// reporting verb ("The meeting highlighted …": no one speaks; only a subject: "at a recent news conference
    /// announcing …" is a misread source, not an event that speaks), or no one as the claimant ("not a single person
    /// has come forward claiming X").
    /// </summary>
    private bool GivesNoClaim(Document document, AttributionSpan a) =>
        a.Kind != ClaimKind.Counter && a.Speaker is null && a.Source is { } eventSource
            && !ClaimFragments.OpensFrame(document.Text, eventSource) && Sanity.Read(document, eventSource).Rule == SpeakerRule.Event
        || AbsentClaimants.NoOneClaims(document, a);

    /// <summary>The source, the cue and the attribution frame between them ("Dmitriev has said", "according to X quoted by Reuters").</summary>
    private static void AddFrameParts(string text, AttributionSpan a, List<TextSpan> parts)
    {
        if (a.Cue is { } c) parts.Add(c);
        if (a.Source is { } s) parts.Add(s);
        if (a.Source is not { } src || a.Cue is not { } cu) return;
        int from = Math.Min(src.Start, cu.Start), to = Math.Max(src.End, cu.End);
        if (a.Via is { } via)
        {
            int at = text.IndexOf(via, to, Math.Min(text.Length - to, 60 + via.Length), StringComparison.Ordinal);
            if (at >= 0) to = at + via.Length;
        }
        if (to - from < 200 && !new TextSpan(from, to).Overlaps(a.Content)) parts.Add(new TextSpan(from, to));
    }

    private static Claim Attributed(Document document, AttributedDraft d)
    {
        var a = d.Attribution;
        string text = document.Text;
        return new Claim
        {
            Id = "",
            ArticleId = document.Article.Id,
            Span = d.Span,
            Text = text.Substring(d.Span.Start, d.Span.Length),
            View = TextView.Of(document, d.Span),
            Kind = a.Kind,
            Speaker = a.Speaker,
            SpeakerSpan = a.Source,
            Cue = a.Cue is { } cue ? text.Substring(cue.Start, cue.Length) : null,
            CueSpan = a.Cue,
            Via = a.Via,
            Frame = d.Frame,
            Sentence = document.SentenceIndexAt(d.Span.Start),
        };
    }

    private static Claim Unattributed(Document document, TextSpan span, ClaimKind kind, int sentence) => new()
    {
        Id = "",
        ArticleId = document.Article.Id,
        Span = span,
        Text = document.Text.Substring(span.Start, span.Length),
        View = TextView.Of(document, span),
        Kind = kind,
        Sentence = sentence,
    };

    /// <summary>The parts of <paramref name="span"/> not covered by the sorted <paramref name="covered"/> spans.</summary>
    private static IEnumerable<TextSpan> Subtract(TextSpan span, List<TextSpan> covered)
    {
        int pos = span.Start;
        // covered is merged (disjoint, sorted), so ends are sorted too: binary search the first one ending after pos.
        int lo = 0, hi = covered.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (covered[mid].End <= span.Start) lo = mid + 1; else hi = mid;
        }
        for (int i = lo; i < covered.Count && covered[i].Start < span.End; i++)
        {
            var c = covered[i];
            if (c.End <= pos) continue;
            if (c.Start > pos) yield return new TextSpan(pos, Math.Min(c.Start, span.End));
            pos = Math.Max(pos, c.End);
            if (pos >= span.End) yield break;
        }
        if (pos < span.End) yield return new TextSpan(pos, span.End);
    }

    private static List<TextSpan> Merge(List<TextSpan> spans)
    {
        spans.Sort((x, y) => x.Start.CompareTo(y.Start));
        var merged = new List<TextSpan>(spans.Count);
        foreach (var s in spans)
        {
            if (merged.Count > 0 && s.Start <= merged[^1].End)
                merged[^1] = new TextSpan(merged[^1].Start, Math.Max(merged[^1].End, s.End));
            else
                merged.Add(s);
        }
        return merged;
    }

    /// <summary>Trims white space, quotation marks and separators (, ; : — –) from both ends.</summary>
    internal static TextSpan Trim(string text, TextSpan span)
    {
        int s = span.Start, e = span.End;
        while (s < e && IsTrimmable(text[s])) s++;
        while (e > s && IsTrimmable(text[e - 1])) e--;
        return new TextSpan(s, e);
    }

    private static bool IsTrimmable(char c) =>
        char.IsWhiteSpace(c) || QuoteMarks.IsQuote(c) || c is ',' or ';' or ':' or '—' or '–' or '‘' or '’' or '\'';
}
