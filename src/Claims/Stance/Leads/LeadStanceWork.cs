using Claims.Stories;

namespace Claims.Stance.Leads;

/// <summary>
/// The readings one analysis needs, story by story: each lead claim against each other article with a body, at most
/// <see cref="LeadStanceOptions.MaxArticlesPerLead"/> per lead (those sharing the most words with it), in story,
/// article, lead and target order (deterministic).
/// </summary>
internal sealed class LeadStanceWork
{
    /// <summary>One reading to make: <paramref name="Lead"/> against the body of <paramref name="Target"/>;
    /// <paramref name="LeadSentence"/> is the text of the sentences the lead claim is in (a headline's framing, "Hoax
    /// Alert: ...", "Fake-News: '...'", lies outside a claim quoted in it).</summary>
    public readonly record struct Item(Claim Lead, Document Target, string? Story, string LeadSentence);

    /// <summary>The readings of each story that has any, in story order.</summary>
    public List<List<Item>> Batches { get; } = [];

    public List<string> Warnings { get; } = [];

    public LeadStanceWork(IReadOnlyList<Document> documents, IReadOnlyList<Story> stories, LeadStanceOptions options, CancellationToken cancellationToken)
    {
        var byId = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var d in documents) byId[d.Article.Id] = d;
        var groups = stories.Count > 0
            ? stories.Select(s => (Id: (string?)s.Id, Documents: s.Articles.Where(byId.ContainsKey).Select(a => byId[a]).ToList()))
            : [(null, documents.ToList())];
        int cappedLeads = 0, dropped = 0;
        foreach (var (story, members) in groups)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var targets = members.Where(d => LeadClaims.BodySentences(d, options) >= options.MinBodySentences).ToList();
            if (targets.Count == 0) continue;
            Dictionary<Document, HashSet<string>>? words = null;
            var items = new List<Item>();
            foreach (var document in members)
                foreach (var lead in LeadClaims.Of(document, options))
                {
                    string sentence = SentenceText(document, lead);
                    var others = targets.Where(t => !ReferenceEquals(t, document)).ToList();
                    if (others.Count > options.MaxArticlesPerLead)
                    {
                        cappedLeads++;
                        dropped += others.Count - options.MaxArticlesPerLead;
                        others = MostRelated(lead, others, options.MaxArticlesPerLead, words ??= []);
                    }
                    foreach (var target in others) items.Add(new Item(lead, target, story, sentence));
                }
            if (items.Count > 0) Batches.Add(items);
        }
        if (cappedLeads > 0)
            Warnings.Add($"lead-stance cap reached: {cappedLeads} lead claims had more than {options.MaxArticlesPerLead} articles to read in their story; "
                + $"{dropped} readings of articles sharing fewer words with the lead were not made (LeadStanceOptions.MaxArticlesPerLead)");
    }

    // The text from the start of the first sentence the claim overlaps to the end of the last.
    private static string SentenceText(Document document, Claim claim)
    {
        int start = claim.Span.Start, end = claim.Span.End;
        foreach (var s in document.Sentences)
            if (s.Span.Overlaps(claim.Span))
            {
                start = Math.Min(start, s.Span.Start);
                end = Math.Max(end, s.Span.End);
            }
        return document.GetText(new TextSpan(start, end));
    }

    // The articles sharing the most words with the lead claim, then in story order.
    private static List<Document> MostRelated(Claim lead, List<Document> targets, int count, Dictionary<Document, HashSet<string>> words)
    {
        var leadWords = Words(lead.Text);
        return targets
            .Select((t, i) => (Target: t, Index: i, Shared: leadWords.Count(w => (words.TryGetValue(t, out var set) ? set : words[t] = Words(t.Text)).Contains(w))))
            .OrderByDescending(x => x.Shared).ThenBy(x => x.Index).Take(count)
            .OrderBy(x => x.Index).Select(x => x.Target).ToList();
    }

    // Lower-cased words of three or more letters or digits.
    internal static HashSet<string> Words(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool word = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (word && start < 0) start = i;
            else if (!word && start >= 0)
            {
                if (i - start >= 3) set.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }
        return set;
    }
}
