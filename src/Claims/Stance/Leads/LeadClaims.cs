namespace Claims.Stance.Leads;

/// <summary>
/// What the article-level stance reads of one document: its lead claims (what its headline claims) and its body (the
/// rest of its text). Stateless.
/// </summary>
internal static class LeadClaims
{
    /// <summary>
    /// The lead claims of <paramref name="document"/>, in text order, at most <see cref="LeadStanceOptions.MaxLeadClaims"/>:
    /// the claims in its title; for an article without a title that is one paragraph of at most
    /// <see cref="LeadStanceOptions.MaxLeadSentences"/> sentences and <see cref="LeadStanceOptions.MaxLeadWords"/> words
    /// (a headline given alone), all its claims. A
    /// counter-claim (<see cref="Claim.Opposes"/>) is no lead: it says the opposite of another claim.
    /// </summary>
    public static IReadOnlyList<Claim> Of(Document document, LeadStanceOptions options)
    {
        IEnumerable<Claim> leads;
        if (document.Title is { } title)
            leads = document.Claims.Where(c => c.Span.Overlaps(title));
        else if (AllLead(document, options))
            leads = document.Claims;
        else
            return [];
        return leads.Where(c => c.Opposes is null).Take(options.MaxLeadClaims).ToList();
    }

    /// <summary>The text of <paramref name="document"/> outside its title and page furniture: its other paragraphs, one a line.</summary>
    public static string Body(Document document) =>
        string.Join('\n', BodyParagraphs(document).Select(p => document.GetText(p)));

    /// <summary>The number of sentences of <paramref name="document"/> outside its title (and outside the one
    /// paragraph of an article that is all lead).</summary>
    public static int BodySentences(Document document, LeadStanceOptions options)
    {
        if (AllLead(document, options)) return 0;
        return document.Title is { } title ? document.Sentences.Count(s => !s.Span.Overlaps(title)) : document.Sentences.Count;
    }

    /// <summary>The claims of <paramref name="document"/> that start in the first <paramref name="sentences"/> sentences
    /// of its body (outside its title), in text order: what the article says first.</summary>
    public static IReadOnlyList<Claim> Opening(Document document, int sentences)
    {
        var body = document.Title is { } title ? document.Sentences.Where(s => !s.Span.Overlaps(title)) : document.Sentences;
        var opening = body.Take(sentences).ToList();
        if (opening.Count == 0) return [];
        int start = opening[0].Span.Start, end = opening[^1].Span.End;
        return document.Claims.Where(c => c.Span.Start >= start && c.Span.Start < end).ToList();
    }

    /// <summary>The text of the sentence of <paramref name="document"/> in which <paramref name="claim"/> starts, or the
    /// claim's own text when no sentence holds it.</summary>
    public static string SentenceOf(Document document, Claim claim)
    {
        foreach (var sentence in document.Sentences)
            if (sentence.Span.Contains(claim.Span.Start)) return document.GetText(sentence.Span);
        return claim.Text;
    }

    // An untitled article that is one short paragraph: a headline given alone.
    private static bool AllLead(Document document, LeadStanceOptions options)
    {
        if (document.Title is not null || document.Paragraphs.Count != 1 || document.Sentences.Count > options.MaxLeadSentences) return false;
        int words = 0;
        foreach (var token in document.Tokens)
            if ((token.Kind is Segmentation.TokenKind.Word or Segmentation.TokenKind.Number) && ++words > options.MaxLeadWords) return false;
        return true;
    }

    private static IEnumerable<TextSpan> BodyParagraphs(Document document) =>
        document.Title is { } title ? document.Paragraphs.Where(p => !p.Overlaps(title)) : document.Paragraphs;
}
