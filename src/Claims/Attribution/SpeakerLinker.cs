using FuzzySharp;

namespace Claims.Attribution;

/// <summary>One mention of a cross-article speaker.</summary>
/// <param name="ArticleId">The article the mention is in.</param>
/// <param name="Span">The mention's characters in that article's text.</param>
/// <param name="Text">The mention as written.</param>
public sealed record SpeakerMention(string ArticleId, TextSpan Span, string Text);

/// <summary>A speaker linked across articles: one entity id for every spelling of the same person or organization.</summary>
/// <param name="Id">Entity id (<c>s1</c>, <c>s2</c>, … in first-appearance order).</param>
/// <param name="Name">Canonical name: the fullest spelling seen.</param>
/// <param name="Mentions">Every mention in every article.</param>
/// <param name="Roles">Roles and titles seen with the name.</param>
public sealed record Speaker(string Id, string Name, IReadOnlyList<SpeakerMention> Mentions, IReadOnlyList<string> Roles);

/// <summary>
/// Links per-article speakers across articles. Names are compared word by word: surnames must match closely
/// (FuzzySharp ratio, so "Zelenskiy", "Zelenskyy" and "Zelensky" are one), a lone surname joins the full name that
/// ends with it ("Dmitriev" and "Kirill Dmitriev"), and two different first names never merge ("Hillary Clinton" and
/// "Bill Clinton"). Deterministic: ids follow first appearance over the documents in the order given. Thread-safe
/// (no state between calls).
/// </summary>
public sealed class SpeakerLinker : ISpeakerLinker
{
    /// <summary>Smallest FuzzySharp ratio (0–100) at which two name words are the same word spelled differently.</summary>
    public int MinWordSimilarity { get; init; } = 85;

    /// <summary>
    /// Assigns entity ids, replaces each document's <see cref="Document.Claims"/> with claims whose
    /// <see cref="Claim.SpeakerId"/> is set, and returns the linked speakers.
    /// </summary>
    public IReadOnlyList<Speaker> Link(IReadOnlyList<Document> documents, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var clusters = new List<Cluster>();
        var byLastWord = new SpeakerClusterIndex<Cluster>(c => c.Order, MinWordSimilarity);
        var idOf = new Dictionary<(int Doc, string Name), Cluster>();
        for (int d = 0; d < documents.Count; d++)
        {
            var doc = documents[d] ?? throw new ArgumentNullException(nameof(documents), "a document is null");
            foreach (var speaker in doc.Speakers)
            {
                ct.ThrowIfCancellationRequested();
                var words = Split(speaker.Name);
                if (words.Length == 0) continue;
                Cluster? match = null;
                // Prefer a same-length match (exact spelling variants) over a surname-only one. Only the clusters whose
                // last word can be similar to this one are looked at, in the order they were made.
                foreach (var c in byLastWord.Candidates(words[^1]))
                    if (Compatible(c.Words, words) && (match is null || c.Words.Length == words.Length && match.Words.Length != words.Length))
                        match = c;
                if (match is null)
                {
                    match = new Cluster(clusters.Count, speaker.Name, words);
                    clusters.Add(match);
                    byLastWord.Add(match, words[^1]);
                }
                else if (words.Length > match.Words.Length)
                {
                    match.Name = speaker.Name; // the fullest spelling names the entity
                    // Filed under its new last word too (the old entries only add candidates).
                    if (!string.Equals(words[^1], match.Words[^1], StringComparison.Ordinal)) byLastWord.Add(match, words[^1]);
                    match.Words = words;
                }
                foreach (var role in speaker.Roles)
                    if (!match.Roles.Contains(role, StringComparer.Ordinal)) match.Roles.Add(role);
                foreach (var span in speaker.Mentions)
                    match.Mentions.Add(new SpeakerMention(doc.Article.Id, span, doc.Text.Substring(span.Start, span.Length)));
                idOf[(d, speaker.Name)] = match;
            }
        }
        for (int d = 0; d < documents.Count; d++)
        {
            var doc = documents[d];
            doc.Claims = doc.Claims
                .Select(c => c.Speaker is { } name && idOf.TryGetValue((d, name), out var cl) ? c with { SpeakerId = cl.Id } : c)
                .ToList();
        }
        return clusters.Select(c => new Speaker(c.Id, c.Name, c.Mentions.ToArray(), c.Roles.ToArray())).ToList();
    }

    private static string[] Split(string name) =>
        name.Split([' ', '-', '.'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).ToArray();

    /// <summary>
    /// Whether two names can be the same entity: last words similar, and every other aligned word (from the end)
    /// similar too; a shorter name is compatible when it is a suffix of the longer one (surname only).
    /// </summary>
    private bool Compatible(string[] a, string[] b)
    {
        if (!Similar(a[^1], b[^1])) return false;
        int n = Math.Min(a.Length, b.Length);
        for (int i = 2; i <= n; i++)
            if (!Similar(a[^i], b[^i])) return false; // different first names: different people
        // Multi-word organizations ("European diplomats") only merge with the same length; a lone word merges with
        // a person's full name only when it is that name's last word (checked above).
        return true;
    }

    private bool Similar(string x, string y)
    {
        if (string.Equals(x, y, StringComparison.Ordinal)) return true;
        // Short words (initials, "eu", "un") must match exactly: fuzzy ratios are meaningless at that length.
        if (x.Length < 5 || y.Length < 5) return false;
        return x[0] == y[0] && Fuzz.Ratio(x, y) >= MinWordSimilarity;
    }

    private sealed class Cluster(int order, string name, string[] words)
    {
        public int Order { get; } = order;
        public string Id { get; } = $"s{order + 1}";
        public string Name { get; set; } = name;
        public string[] Words { get; set; } = words;
        public List<string> Roles { get; } = [];
        public List<SpeakerMention> Mentions { get; } = [];
    }
}
