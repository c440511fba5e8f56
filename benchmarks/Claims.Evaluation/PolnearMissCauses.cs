using System.Globalization;
using Claims.Attribution;
using Claims.Pipeline;

namespace Claims.Evaluation;

/// <summary>
/// The unmatched PolNeAR gold attributions by cause, printed by <c>polnear</c> under the kinds table, speech and the
/// rest apart: where the work is. A miss is a boundary miss when one of our claims uses its cue (our content differs);
/// an overlap miss when a claim of ours overlaps its content without its cue; otherwise no claim touches it, and its cue
/// is in the shipped cue lexicon (a word of it, or "according to") or not, or it has none. Across causes: the gold
/// contents that run over more than one of our sentences, matched and missed.
/// </summary>
internal sealed class PolnearMissCauses
{
    /// <summary>The causes, in the order they are tried and printed.</summary>
    internal enum Cause { Boundary, Overlap, LexiconCue, OtherCue, NoCue }

    private static readonly char[] WordSeparators = [' ', ',', '.', ':', ';', '\n', '"', '“', '”', '\'', '’', '(', ')'];
    private readonly CueLexicon _lexicon = new();
    private readonly int[,] _missed = new int[2, Enum.GetValues<Cause>().Length];
    private readonly int[] _gold = new int[2];
    private int _multiSentence, _multiSentenceMatched;

    /// <summary>Counts one document's gold attributions (<paramref name="goldMatch"/>: the claim index each matched, or -1).</summary>
    public void Add(Document document, IReadOnlyList<Claim> claims, IReadOnlyList<PolnearEvaluation.GoldAttribution> gold, IReadOnlyList<int> goldMatch)
    {
        for (int g = 0; g < gold.Count; g++)
        {
            var a = gold[g];
            int speech = a.IsSpeech ? 0 : 1;
            _gold[speech]++;
            bool multi = a.Content.Length > 0 && document.SentenceIndexAt(a.Content.Start) != document.SentenceIndexAt(a.Content.End - 1);
            if (multi) _multiSentence++;
            if (goldMatch[g] >= 0)
            {
                if (multi) _multiSentenceMatched++;
                continue;
            }
            _missed[speech, (int)CauseOf(claims, a)]++;
        }
    }

    private Cause CauseOf(IReadOnlyList<Claim> claims, PolnearEvaluation.GoldAttribution a)
    {
        if (claims.Any(c => c.CueSpan is { } cue && a.Cue.Any(g => g.Overlaps(cue)))) return Cause.Boundary;
        if (claims.Any(c => c.Span.Overlaps(a.Content))) return Cause.Overlap;
        if (a.Cue.Count == 0) return Cause.NoCue;
        string cueText = a.CueText.ToLowerInvariant();
        bool known = cueText.Contains("according to", StringComparison.Ordinal)
            || cueText.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries).Any(w => _lexicon.Find(w) is not null);
        return known ? Cause.LexiconCue : Cause.OtherCue;
    }

    /// <summary>The table: per cause, the misses of speech and of other attributions, and their share of each kind's gold.</summary>
    public void Print(TextWriter output)
    {
        output.WriteLine($"{"missed because",-40} {"speech",6} {"share",6} {"other",6} {"share",6}");
        foreach (var cause in Enum.GetValues<Cause>())
        {
            int k = (int)cause;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Label(cause),-40} {_missed[0, k],6} {Share(_missed[0, k], _gold[0]),6:F3} {_missed[1, k],6} {Share(_missed[1, k], _gold[1]),6:F3}"));
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"gold contents over more than one sentence: {_multiSentence}, matched {_multiSentenceMatched} ({Share(_multiSentenceMatched, _multiSentence):F3})"));
    }

    private static string Label(Cause cause) => cause switch
    {
        Cause.Boundary => "boundary (a claim of ours has its cue)",
        Cause.Overlap => "overlap (a claim without its cue)",
        Cause.LexiconCue => "no claim near, cue in the lexicon",
        Cause.OtherCue => "no claim near, cue not in the lexicon",
        _ => "no claim near, no cue",
    };

    private static double Share(int a, int b) => b == 0 ? 0 : (double)a / b;
}
