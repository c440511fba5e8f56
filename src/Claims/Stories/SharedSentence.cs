namespace Claims.Stories;

/// <summary>
/// Whether two claims are pieces of one sentence, so that neither can contradict the other: claims of one article whose
/// spans overlap or that start in the same sentence (an explicit counter-claim aside), or a claim cut out of its sentence
/// ("He joins the long list of celebrities") paired with a claim that carries that same sentence on past the cut
/// ("He joins the long list of celebrities who have been victimized by this hoax. He's still alive ..."): the other
/// claim's words then include the rest of the first claim's own sentence, and whatever it says there ("hoax") the first
/// claim's article says too. Reads each claim's document text through <see cref="Claim.View"/>; claims made from plain
/// strings have no sentence beyond their text. Pure functions, thread-safe.
/// </summary>
internal static class SharedSentence
{
    // Words of the sentence beyond the cut the other claim must repeat (fewer when the sentence ends sooner).
    private const int ContinuationWords = 3;

    /// <summary>Why <paramref name="a"/> and <paramref name="b"/> are pieces of one sentence, or null when they are not.</summary>
    public static string? Of(Claim a, Claim b)
    {
        if (a.Kind == ClaimKind.Counter || b.Kind == ClaimKind.Counter) return null;
        if (a.ArticleId == b.ArticleId && (a.Sentence == b.Sentence || Overlap(a.Span, b.Span)))
            return $"{a.Id} and {b.Id} are pieces of one sentence of {a.ArticleId}";
        if (Continues(a, b) || Continues(b, a))
            return $"{a.Id} and {b.Id} are pieces of one sentence (one claim carries the other's sentence on past its cut)";
        return null;
    }

    private static bool Overlap(TextSpan x, TextSpan y) => x.Start < y.End && y.Start < x.End;

    /// <summary>
    /// True when <paramref name="piece"/> is cut out of its sentence and <paramref name="whole"/>'s words contain the
    /// piece's words together with the words its sentence goes on with after the cut (or had before it).
    /// </summary>
    private static bool Continues(Claim piece, Claim whole)
    {
        if (piece.View is not { } view) return false;
        var words = Words(piece.Text);
        if (words.Count == 0) return false;
        var after = Words(SentenceRest(view.Text, piece.Span.End, forward: true));
        var before = Words(SentenceRest(view.Text, piece.Span.Start, forward: false));
        if (after.Count == 0 && before.Count == 0) return false;
        var target = Words(whole.Text);
        var tail = after.Take(ContinuationWords).ToList();
        var head = before.Skip(Math.Max(0, before.Count - ContinuationWords)).ToList();
        return (tail.Count > 0 && Contains(target, [.. words, .. tail])) || (head.Count > 0 && Contains(target, [.. head, .. words]));
    }

    /// <summary>The text from <paramref name="position"/> to the end (or back to the start) of its sentence: up to a sentence mark or a line break.</summary>
    private static string SentenceRest(string text, int position, bool forward)
    {
        if (forward)
        {
            int end = position;
            while (end < text.Length && text[end] is not ('.' or '!' or '?' or '\n')) end++;
            return text[position..end];
        }
        int start = position;
        while (start > 0 && text[start - 1] is not ('.' or '!' or '?' or '\n')) start--;
        return text[start..position];
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
            int start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '\'' or '’')) i++;
            if (i > start) words.Add(text[start..i].ToLowerInvariant());
        }
        return words;
    }

    private static bool Contains(List<string> haystack, List<string> needle)
    {
        for (int s = 0; s + needle.Count <= haystack.Count; s++)
        {
            int k = 0;
            while (k < needle.Count && string.Equals(haystack[s + k], needle[k], StringComparison.Ordinal)) k++;
            if (k == needle.Count) return true;
        }
        return false;
    }
}
