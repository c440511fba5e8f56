using Claims.Pipeline;
using Claims.Segmentation;

namespace Claims.Attribution;

/// <summary>
/// Runs after <see cref="AttributionFinder"/>: moves the ends of each attribution's <see cref="AttributionSpan.Content"/>
/// to where PolNeAR-style annotation puts them, using the attribution's cue, the quotes and the sentence structure.
/// It changes offsets only, never text, and never adds or drops an attribution. The corrections, each kept only if it
/// gained matches on PolNeAR train (<c>polnear-boundaries</c> lists what remains):
/// <list type="bullet">
/// <item>A quotation (or reported speech) followed by its speaker clause and then by more quoted sentences of the same speaker
/// ("“…,” Viguerie tells Breitbart News. “He’s what we’ve waited for.”", also across a paragraph break) extends over
/// the following quotes, as long as they are attributed to nobody else and close their sentence; the last one may be
/// followed by the next sentence on its line ("“…,” Ms. Alawee said. “We are not terrorists.” Mr. Zahed said: …").</item>
/// <item>Reported speech followed, after a paragraph break, by a quoted paragraph that nobody else is given to ("Clinton
/// said A.¶“B.”") runs over that quote: PolNeAR unites the two.</item>
/// <item>Reported speech that runs into a second report coordinated with it ("three-quarters said A, and 4 in 10
/// said B"; "…; 26 percent say …") ends before the coordinator.</item>
/// <item>A content that opens a quotation runs to its closing mark ("Trump said that “ethanol people” “do a fantastic
/// job. And it’s so important.”" keeps the quoted sentences after the first), unless another attribution claims them.
/// <see cref="QuoteFinder"/> bounds an unclosed quote by its paragraph, so this never runs away.</item>
/// <item>Reported speech that stops before a coordinated second that-clause or a concession ("said A, but that B";
/// "said A, although B") runs to the end of the sentence: the coordinated part is the same speaker's.</item>
/// <item>A clause followed by an inverted speaker clause ("Nor are tariffs likely to bring these jobs back, said David
/// Autor, a professor of economics …") ends before the cue; the speaker and the appositive after it are not content.
/// Only when the words before the cue hold a finite auxiliary, so a fronted subject ("Part of the problem, say experts,
/// is the ground itself") keeps the whole sentence.</item>
/// <item>A quotation that resumes a sentence its speaker clause interrupted ("In cases of abortion, it said, “the woman is
/// a victim.”": the quote opens in lower case) starts at the sentence start, as PolNeAR unites the fragments.</item>
/// <item>A quote opened inside its sentence, right after a word, takes the lead-in words from the sentence start
/// ("Since that ruling, Arizona has engaged in “consistent activity …,” the lawsuit says."); a lead-in set off by a
/// colon, dash or comma is a clause of its own.</item>
/// <item>Reported speech ends before a writer's appositive comment on it (", a swipe at …", "— a play on words …",
/// ", the latter a reference to …"), outside quotation marks.</item>
/// <item>Reported speech inside a sentence-initial subordinate clause ("While he did not mention Rubio by name, he made it
/// clear …"; "As Trump launched his candidacy in June 2015, he referred …") ends at the comma that closes the clause.</item>
/// </list>
/// Stateless and thread-safe.
/// </summary>
public sealed class ContentBoundaryRefiner : IDocumentStage
{
    // Most words between a coordinator and the cue of the second report ("and more than 4 in 10 said").
    private const int MaxSecondSubjectWords = 6;

    // Verbs that open a report of their own after a coordinator; broader cue classes ("and never called a donor",
    // "and she asked the bankers") mostly continue the first content on PolNeAR train.
    private static readonly HashSet<string> ReportLemmas = new(["say", "tell", "add", "think", "believe", "argue", "write", "note", "insist", "claim", "warn"], StringComparer.Ordinal);

    private static readonly HashSet<string> Coordinators = new(["and", "but", "while", "though", "although", "whereas"], StringComparer.OrdinalIgnoreCase);

    private readonly CueLexicon _cues;

    /// <summary>Creates the stage with the default cue lexicon.</summary>
    public ContentBoundaryRefiner() : this(CueLexicon.Shipped) { }

    /// <summary>Creates the stage with a given cue lexicon (the cues that start a second report).</summary>
    public ContentBoundaryRefiner(CueLexicon cues)
    {
        ArgumentNullException.ThrowIfNull(cues);
        _cues = cues;
    }

    /// <inheritdoc />
    public string Name => "content-boundaries";

    /// <inheritdoc />
    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Attributions.Count == 0) return;
        var attributions = new AttributionSpanIndex(document.Attributions);
        int count = document.Attributions.Count;
        var refined = new AttributionSpan[count];
        for (int i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var a = attributions[i];
            if (a.Kind is not (ClaimKind.DirectQuote or ClaimKind.Indirect)) { refined[i] = a; continue; }
            bool indirect = a.Kind == ClaimKind.Indirect;
            // Order matters: the inverted speaker clause is cut first so the cue then follows the content, quotes are
            // joined before a coordinator is looked for, and a coordinator inside a quote never cuts.
            var content = indirect ? ReportBoundaries.CutBeforeInvertedSpeaker(document, a) : QuoteBoundaries.ExtendBackOverInterruptedSentence(document, attributions, i);
            if (!indirect) content = QuoteBoundaries.ExtendBackOverLeadIn(document, attributions, i, content);
            content = QuoteBoundaries.ExtendOverFollowingQuotes(document, attributions, i, content);
            content = QuoteBoundaries.CloseOpenQuote(document, attributions, i, content);
            if (indirect) content = QuoteBoundaries.ExtendOverNextParagraphQuotes(document, attributions, i, content);
            if (indirect)
            {
                content = ReportBoundaries.ExtendOverCoordinatedClause(document, attributions, i, content);
                content = CutBeforeSecondReport(document, a with { Content = content });
                content = ReportBoundaries.CutAtSubordinateClauseEnd(document, a, content);
                content = ReportBoundaries.CutBeforeWritersComment(document, a, content);
                content = ReportBoundaries.CutBeforeReportingPredicate(document, a, content);
            }
            refined[i] = content == a.Content ? a : a with { Content = content };
        }
        document.Attributions = refined;
    }

    /// <summary>"A, and 4 in 10 said B" → content A, when the attribution's cue stands before its content.</summary>
    private TextSpan CutBeforeSecondReport(Document document, AttributionSpan a)
    {
        if (a.Cue is not { } cue || a.Content.Contains(cue.Start)) return a.Content;
        string text = document.Text;
        var tokens = document.Tokens;
        var range = document.TokenRange(a.Content);
        int openQuotes = 0;
        for (int k = range.Start.Value; k < range.End.Value; k++)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Quote) { openQuotes += QuoteBoundaries.QuoteDelta(text[t.Start], openQuotes); continue; }
            // Never cut inside a quotation: its words are the speaker's, whatever they contain.
            if (openQuotes > 0 || t.Start - a.Content.Start < 10) continue;
            int subject;
            if (t.Kind == TokenKind.Punctuation && text[t.Start] == ';') subject = k + 1;
            else if (t.Kind == TokenKind.Word && Coordinators.Contains(t.Of(text).ToString())) subject = k + 1;
            else continue;
            if (IsSecondReport(text, tokens, subject, range.End.Value, cue))
            {
                // Cut before the comma of ", and" too.
                int cut = t.Start;
                if (k > range.Start.Value && tokens[k - 1].Kind == TokenKind.Punctuation && text[tokens[k - 1].Start] == ',') cut = tokens[k - 1].Start;
                return new TextSpan(a.Content.Start, cut);
            }
        }
        return a.Content;
    }

    /// <summary>One to <see cref="MaxSecondSubjectWords"/> words of a subject, then a cue of saying or believing.</summary>
    private bool IsSecondReport(string text, IReadOnlyList<Token> tokens, int from, int limit, TextSpan ownCue)
    {
        int words = 0;
        for (int k = from; k < limit && words <= MaxSecondSubjectWords; k++)
        {
            var t = tokens[k];
            if (t.Kind is not (TokenKind.Word or TokenKind.Number))
            {
                // A subject is a plain phrase: commas, quotes and brackets end the search.
                if (t.Kind == TokenKind.Punctuation && text[t.Start] is '-' or '.' or '%') continue;
                return false;
            }
            // "and that said will …": a clause continuing the first content, not a new subject.
            if (words == 0 && t.Of(text).Equals("that", StringComparison.OrdinalIgnoreCase)) return false;
            if (words > 0 && !ownCue.Overlaps(new TextSpan(t.Start, t.End))
                && _cues.Find(t.Of(text)) is { Particle: null } entry && ReportLemmas.Contains(entry.Lemma))
                return true;
            words++;
        }
        return false;
    }
}
