using Claims.Segmentation;
using Claims.Text;

namespace Claims.Attribution;

/// <summary>
/// Whether an attribution's claimant is no one: "not a single person has come forward claiming X", "no one has said X",
/// "nobody claimed X", "No US official confirmed X", "Neither Google nor Apple said X". X is then claimed by no one, so
/// <see cref="ClaimBuilder"/> makes no claim of it (it could otherwise agree or contradict as if someone asserted it):
/// the sentence stays whole as the outlet's claim, which says that no one claims X. The attribution itself stays in
/// <see cref="Document.Attributions"/> (PolNeAR annotates "no one" as a source). The claimant is the source mention, or
/// the words before the cue in its clause (after the last comma, semicolon, dash, "and", "but", "that", "who" …), which
/// must hold the source when the source comes before the cue;
/// leading sentence openers, forms of "be" and "-ly" adverbs ("So", "there are", "currently") are skipped. "no longer", "no doubt" quantify no one.
/// Cases in <c>tests/Claims.Tests/cases/absent-claimants.tsv</c>. Stateless and thread-safe.
/// </summary>
public static class AbsentClaimants
{
    // Words a clause before the cue starts after ("none uncovered that she talked openly about …": "she" talked).
    private static readonly WordSet ClauseWords = new("and", "but", "that", "who", "which", "whether", "if", "because", "while");

    /// <summary>The most words of a clause before the cue read as its claimant.</summary>
    internal const int MaxClaimantWords = 12;

    /// <summary>Whether <paramref name="attribution"/>'s claimant denies there is one.</summary>
    public static bool NoOneClaims(Document document, AttributionSpan attribution)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(attribution);
        if (attribution.FromLayout || attribution.Kind == ClaimKind.Counter) return false;
        string text = document.Text;
        var source = attribution.Source is { Length: > 0 } s ? s : (TextSpan?)null;
        if (attribution.Cue is not { } cue || cue.End > attribution.Content.Start || source is { } after && after.Start >= cue.End)
            return source is { } only && OpensWithNoOne(text, only);
        // The cue after its claimant: the source, or the clause before the cue holding it ("Neither Google nor Apple
        // said": the source is the last name), opens with the quantifier; a source outside that clause ("no terrorist
        // group has claimed it, leading investigators to question …") is no claimant of the cue.
        if (ClauseBefore(document, cue) is not { } clause || source is { } inside && !clause.Contains(inside.Start)) return false;
        return source is { } named && OpensWithNoOne(text, named) || OpensWithNoOne(text, clause);
    }

    /// <summary>The words of the cue's clause before it: from the last comma, semicolon, dash or clause word (or the
    /// sentence start) to the cue; null when there are none or more than <see cref="MaxClaimantWords"/>.</summary>
    private static TextSpan? ClauseBefore(Document document, TextSpan cue)
    {
        int sentence = document.SentenceIndexAt(cue.Start);
        if (sentence < 0) return null;
        string text = document.Text;
        var tokens = document.Tokens;
        int first = document.TokenRange(document.Sentences[sentence].Span).Start.Value;
        int k = document.TokenRange(cue).Start.Value - 1, words = 0;
        int start = -1;
        for (; k >= first; k--)
        {
            var t = tokens[k];
            if (t.Kind != TokenKind.Word)
            {
                if (text[t.Start] is ',' or ';' or '—' or '–' or ':' or '(') break;
                continue;
            }
            var w = t.Of(text);
            if (ClauseWords.Contains(w)) break;
            if (++words > MaxClaimantWords) return null;
            start = k;
        }
        return start < 0 ? null : new TextSpan(tokens[start].Start, cue.Start);
    }

    /// <summary>Whether the words of <paramref name="span"/>, after openers and "-ly" adverbs, open with a quantifier of no one.</summary>
    internal static bool OpensWithNoOne(string text, TextSpan span)
    {
        var words = SpanWords.Of(text, span);
        int i = 0;
        while (i < words.Count - 1 && IsSkipped(text, words[i])) i++;
        if (i >= words.Count) return false;
        var first = Of(text, words[i]);
        if (Words.NoOneWords.Contains(first)) return true;
        if (i + 1 >= words.Count || !Adjacent(text, words[i], words[i + 1])) return false;
        var next = Of(text, words[i + 1]);
        if (first.Equals("no", StringComparison.OrdinalIgnoreCase)) return !Words.NoNotQuantifying.Contains(next);
        return first.Equals("not", StringComparison.OrdinalIgnoreCase) && Words.NotQuantifying.Contains(next);
    }

    private static bool IsSkipped(string text, TextSpan word)
    {
        var w = Of(text, word);
        return SpeakerSanity.IsOpener(w) && !w.Equals("no", StringComparison.OrdinalIgnoreCase) || Words.BeForms.Contains(w)
            || w.Length > 4 && w.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && char.IsLower(w[0]);
    }

    // Only spaces between the words: "No. Numerous reports" is no quantifier.
    private static bool Adjacent(string text, TextSpan a, TextSpan b)
    {
        for (int i = a.End; i < b.Start; i++)
            if (!char.IsWhiteSpace(text[i])) return false;
        return true;
    }

    private static ReadOnlySpan<char> Of(string text, TextSpan span) => text.AsSpan(span.Start, span.Length);
}
