using System.Globalization;
using System.Text;
using Claims.Stories;

namespace Claims.Evaluation;

/// <summary>
/// The <c>--story-*</c> options of <c>fnc1-corpus</c>: each names one <see cref="StoryGrouperOptions"/> setting and
/// overrides it on the grouper the pipeline already has (lexical or semantic, with its own article vectors), so a sweep
/// changes exactly what it names and an override equal to the default reproduces the default run.
/// </summary>
internal static class StoryGrouperArgs
{
    private static readonly (string Name, Func<StanceArgs, StoryGrouperOptions, StoryGrouperOptions> Apply)[] Settings =
    [
        ("story-terms", (a, o) => o with { SalientTerms = a.Int("story-terms", o.SalientTerms) }),
        ("story-df", (a, o) => o with { MinDocumentFrequency = a.Int("story-df", o.MinDocumentFrequency) }),
        ("story-mass", (a, o) => o with { CentroidMassExponent = a.Double("story-mass", o.CentroidMassExponent) }),
        ("story-attach-stories", (a, o) => o with { AttachShortStories = bool.Parse(a.Get("story-attach-stories")!) }),
        ("story-attach-single", (a, o) => o with { AttachToSingleArticles = bool.Parse(a.Get("story-attach-single")!) }),
        ("story-lead", (a, o) => o with { LeadSentences = a.Int("story-lead", o.LeadSentences) }),
        ("story-entity", (a, o) => o with { EntityBoost = a.Double("story-entity", o.EntityBoost) }),
        ("story-number", (a, o) => o with { NumberBoost = a.Double("story-number", o.NumberBoost) }),
        ("story-link", (a, o) => o with { LinkThreshold = a.Double("story-link", o.LinkThreshold) }),
        ("story-shared", (a, o) => o with { MinSharedTerms = a.Int("story-shared", o.MinSharedTerms) }),
        ("story-merge", (a, o) => o with { MergeThreshold = a.Double("story-merge", o.MergeThreshold) }),
        ("story-vector", (a, o) => o with { VectorWeight = a.Double("story-vector", o.VectorWeight) }),
        ("story-vector-link", (a, o) => o with { VectorLinkThreshold = a.Double("story-vector-link", o.VectorLinkThreshold) }),
        ("story-vector-base", (a, o) => o with { VectorBaseline = a.Double("story-vector-base", o.VectorBaseline) }),
        ("story-min-articles", (a, o) => o with { MinArticles = a.Int("story-min-articles", o.MinArticles) }),
        ("story-attach", (a, o) => o with { AttachThreshold = a.Double("story-attach", o.AttachThreshold) }),
        ("story-attach-article", (a, o) => o with { ArticleAttachThreshold = a.Double("story-attach-article", o.ArticleAttachThreshold) }),
        ("story-attach-terms", (a, o) => o with { AttachMaxTerms = a.Int("story-attach-terms", o.AttachMaxTerms) }),
    ];

    /// <summary>The options' usage text.</summary>
    public static string Usage => string.Join(' ', Settings.Select(s => $"[--{s.Name} X]"));

    /// <summary><paramref name="options"/> with every <c>--story-*</c> setting given in <paramref name="args"/>.</summary>
    public static StoryGrouperOptions Apply(StanceArgs args, StoryGrouperOptions options) =>
        Settings.Aggregate(options, (o, s) => args.Get(s.Name) is null ? o : s.Apply(args, o));

    /// <summary>True when <paramref name="args"/> names any story setting.</summary>
    public static bool Any(StanceArgs args) => Settings.Any(s => args.Get(s.Name) is not null);

    /// <summary>
    /// Replaces the builder's <see cref="StoryGrouper"/> by the same grouper with the settings of
    /// <paramref name="args"/> and, when given, other article vectors. Returns an error message when the builder has
    /// no <see cref="StoryGrouper"/> to override, else null.
    /// </summary>
    public static string? Configure(StanceArgs args, ClaimAnalyzerBuilder builder, IArticleVectorSource? vectors)
    {
        if (!Any(args) && vectors is null) return null;
        if (builder.StoryGrouper is not StoryGrouper grouper) return "the pipeline has no StoryGrouper whose settings --story-* could change";
        builder.StoryGrouper = grouper.WithOptions(Apply(args, grouper.Options), vectors);
        return null;
    }
}

/// <summary>
/// Article vectors read from a file saved by an earlier run (<c>--save-vectors</c>): the very vectors that run's
/// grouper read, so grouping can be tuned with vectors without encoding again. Keyed by the SHA-256 of the article's
/// text, so a run over another part of the corpus (where headlines get other ids) finds its articles' vectors.
/// </summary>
internal sealed class CachedArticleVectors(Dictionary<string, float[]> vectors) : IArticleVectorSource
{
    public ReadOnlyMemory<float> VectorOf(Document document) =>
        vectors.TryGetValue(Key(document.Article.Text), out var v) ? v : ReadOnlyMemory<float>.Empty;

    /// <summary>The key of an article's text: its UTF-8 SHA-256 in lower-case hex.</summary>
    public static string Key(string text) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Reads lines of id, key and values (as <see cref="RecordingArticleVectors.Save"/> writes them).</summary>
    public static CachedArticleVectors Load(string path) => new(File.ReadLines(path).Select(l => l.Split('\t'))
        .Select(f => f.Length == 3 ? f : throw new FormatException($"{path}: a line is not 'id<TAB>key<TAB>values'"))
        .GroupBy(f => f[1], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First()[2].Split(' ').Select(x => float.Parse(x, CultureInfo.InvariantCulture)).ToArray(), StringComparer.Ordinal));
}

/// <summary>Passes the article vectors of another source through and keeps them, to save what the grouper read.</summary>
internal sealed class RecordingArticleVectors(IArticleVectorSource inner) : IArticleVectorSource
{
    private readonly Dictionary<string, (string Key, float[] Vector)> _seen = new(StringComparer.Ordinal);

    public ReadOnlyMemory<float> VectorOf(Document document)
    {
        var v = inner.VectorOf(document);
        if (!v.IsEmpty)
            lock (_seen) _seen[document.Article.Id] = (CachedArticleVectors.Key(document.Article.Text), v.ToArray());
        return v;
    }

    /// <summary>One line per article with a vector, in id order: id, the key of its text, its values (round-trip format).</summary>
    public void Save(string path)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
        lock (_seen)
            foreach (var (id, (key, v)) in _seen.OrderBy(p => p.Key, StringComparer.Ordinal))
                w.WriteLine(id + "\t" + key + "\t" + string.Join(' ', v.Select(x => x.ToString("R", CultureInfo.InvariantCulture))));
    }
}

/// <summary>
/// Runs a <see cref="StoryGrouper"/> and keeps each article's salient terms as it weighed them
/// (<c>--story-terms-out</c>), to read why two articles were or were not grouped.
/// </summary>
internal sealed class StoryTermsRecorder(StoryGrouper inner) : IStoryGrouper
{
    private List<(string Id, IReadOnlyDictionary<string, float> Terms)> _terms = [];

    public IReadOnlyList<Story> Group(IReadOnlyList<Document> documents, CancellationToken cancellationToken)
    {
        var terms = inner.SalientTerms(documents, cancellationToken);
        _terms = documents.Select((d, i) => (d.Article.Id, terms[i])).ToList();
        return inner.Group(documents, cancellationToken);
    }

    /// <summary>One line per article: id, tab, its salient terms as term=weight separated by tabs, heaviest first.</summary>
    public void Save(string path)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var (id, terms) in _terms)
            w.WriteLine(id + "\t" + string.Join('\t', terms.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal)
                .Select(t => t.Key + "=" + t.Value.ToString("0.####", CultureInfo.InvariantCulture))));
    }
}
