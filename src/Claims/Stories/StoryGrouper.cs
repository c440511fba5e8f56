using Claims.Segmentation;
using System.Runtime.InteropServices;
using Claims.Matching;
using Claims.Text;

namespace Claims.Stories;

/// <summary>Groups the analyzed articles into stories. Implementations must be deterministic and thread-safe.</summary>
public interface IStoryGrouper
{
    /// <summary>
    /// The stories of <paramref name="documents"/> (filled by the per-article stages): every document in exactly one
    /// story, stories in order of their first document, each story's articles in input order.
    /// </summary>
    IReadOnlyList<Story> Group(IReadOnlyList<Document> documents, CancellationToken cancellationToken);
}

/// <summary>
/// A vector per article (for example a sentence encoder's embedding of the article) that <see cref="StoryGrouper"/>
/// blends with its lexical similarity. The core library has none; the semantic package plugs one in.
/// Implementations must be thread-safe and deterministic.
/// </summary>
public interface IArticleVectorSource
{
    /// <summary>The article's unit-length vector, or an empty memory when it has none.</summary>
    ReadOnlyMemory<float> VectorOf(Document document);
}

/// <summary>
/// Groups articles into stories (one event covered by several outlets) from their salient terms: each article is a
/// TF-IDF vector of its content stems, names and numbers (IDF counted over the articles analyzed together; names
/// weigh more, the title and lead count twice), cut to its <see cref="StoryGrouperOptions.SalientTerms"/> heaviest
/// terms among those at least <see cref="StoryGrouperOptions.MinDocumentFrequency"/> articles use. Two articles are
/// linked when their cosine reaches <see cref="StoryGrouperOptions.LinkThreshold"/> and they share at least
/// <see cref="StoryGrouperOptions.MinSharedTerms"/> salient terms; links are then taken strongest first and two groups
/// merge only when their centroids are also similar (<see cref="StoryGrouperOptions.MergeThreshold"/>; an article
/// weighs in a centroid by its length, <see cref="StoryGrouperOptions.CentroidMassExponent"/>), so one shared name does
/// not chain unrelated stories together. Short articles (headlines) left alone or grouped only among themselves then
/// attach to the story of long articles they are most similar to. With an <see cref="IArticleVectorSource"/>, the
/// similarity blends the lexical cosine with the vectors' cosine. Deterministic: the same articles in the same order
/// give the same stories. Thread-safe (no state between calls).
/// </summary>
public sealed partial class StoryGrouper : IStoryGrouper
{
    private readonly FeatureExtractor _features;

    /// <summary>
    /// Creates a grouper with <paramref name="options"/> (defaults when null) and article vectors (default: each
    /// document's <see cref="Document.Embedding"/>, set by the semantic pipeline and absent in the lexical one).
    /// </summary>
    public StoryGrouper(StoryGrouperOptions? options = null, IArticleVectorSource? vectors = null)
    {
        Options = options ?? StoryGrouperOptions.Default;
        Options.Validate();
        Vectors = vectors ?? EmbeddingVectors.Instance;
        _features = new FeatureExtractor(TermExtractor.Default);
    }

    /// <summary>The settings in use.</summary>
    public StoryGrouperOptions Options { get; }

    /// <summary>The article vectors blended in (articles without one are compared by their words alone).</summary>
    public IArticleVectorSource Vectors { get; }

    /// <summary>
    /// This grouper with other settings and, when <paramref name="vectors"/> is given, other article vectors (else the
    /// same ones): for a sweep of settings that changes only what it names.
    /// </summary>
    public StoryGrouper WithOptions(StoryGrouperOptions options, IArticleVectorSource? vectors = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new StoryGrouper(options, vectors ?? Vectors);
    }

    /// <inheritdoc />
    public IReadOnlyList<Story> Group(IReadOnlyList<Document> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        int n = documents.Count;
        if (n == 0) return [];
        if (n < Options.MinArticles) return ToStories(documents, [Enumerable.Range(0, n).ToList()], null);
        var vectors = Salient(documents, cancellationToken);
        var dense = documents.Select(d => Vectors.VectorOf(d)).ToArray();
        if (dense.All(v => v.IsEmpty)) dense = null;

        var links = Links(vectors, dense, cancellationToken);
        var clusters = Merge(n, vectors, dense, links, cancellationToken);
        return ToStories(documents, clusters, vectors);
    }

    // Each article's salient terms (TF-IDF over the articles grouped together).
    private SparseVector[] Salient(IReadOnlyList<Document> documents, CancellationToken cancellationToken)
    {
        int n = documents.Count;
        var terms = new Dictionary<string, float>[n];
        Parallel.For(0, n, new ParallelOptions { CancellationToken = cancellationToken }, i => terms[i] = TermCounts(documents[i]));
        var idf = IdfTable.FromDocuments(terms.Select(t => t.Keys), cancellationToken);
        var vectors = new SparseVector[n];
        for (int i = 0; i < n; i++) vectors[i] = SparseVector.Salient(terms[i], idf, Options.SalientTerms, Options.MinDocumentFrequency);
        return vectors;
    }

    /// <summary>
    /// Each document's salient terms (stems, names, numbers) with their unit-length weights, as <see cref="Group"/>
    /// weighs them over these documents: to read why two articles were or were not put in one story.
    /// </summary>
    public IReadOnlyList<IReadOnlyDictionary<string, float>> SalientTerms(IReadOnlyList<Document> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return Salient(documents, cancellationToken).Select(v => (IReadOnlyDictionary<string, float>)v.ToDictionary()).ToList();
    }

    // The article's terms, each counted once per sentence it appears in (title and lead sentences count double).
    private Dictionary<string, float> TermCounts(Document document)
    {
        // Room for about one distinct term per three tokens, so that the map is rarely grown (a map keeps its insertion
        // order whatever its capacity).
        var counts = new Dictionary<string, float>(document.Tokens.Count / 3, StringComparer.Ordinal);
        void Add(TextView view, float weight)
        {
            foreach (var f in _features.ExtractFresh(view))
            {
                float boost = f.Kind switch
                {
                    FeatureKind.Entity => (float)Options.EntityBoost,
                    FeatureKind.Number => (float)Options.NumberBoost,
                    _ => 1f,
                };
                ref float c = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, f.Term, out _);
                c += weight * boost;
            }
        }
        if (document.Sentences.Count == 0)
        {
            Add(TextView.Tokens(document.Text), 1f);
            return counts;
        }
        for (int s = 0; s < document.Sentences.Count; s++)
        {
            // The sentence's own tokens in the document (no copy of its text, no second tokenization).
            var span = document.Sentences[s].Span;
            var view = document.Tokens.Count > 0 ? TextView.Of(document, span) : TextView.Tokens(document.Text.Substring(span.Start, span.Length));
            Add(view, s < Options.LeadSentences ? 2f : 1f);
        }
        return counts;
    }

    // Candidate links between articles sharing salient terms, strongest first (ties by position).
    private List<(int A, int B, float Similarity)> Links(SparseVector[] vectors, ReadOnlyMemory<float>[]? dense, CancellationToken cancellationToken)
    {
        int n = vectors.Length;
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
            foreach (var t in vectors[i].Terms)
            {
                if (!postings.TryGetValue(t, out var list)) postings[t] = list = [];
                list.Add(i);
            }
        var found = new List<(int, int, float)>[n];
        Parallel.For(0, n, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var shared = new Dictionary<int, int>();
            foreach (var t in vectors[i].Terms)
                foreach (int j in postings[t])
                    if (j > i) shared[j] = shared.GetValueOrDefault(j) + 1;
            var list = new List<(int, int, float)>();
            foreach (var (j, count) in shared)
            {
                if (count < Options.MinSharedTerms) continue;
                float similarity = Similarity(vectors, dense, i, j);
                if (similarity >= Options.LinkThreshold) list.Add((i, j, similarity));
            }
            // Vector neighbours: articles that say the same in other words link without shared terms.
            if (dense is not null && !dense[i].IsEmpty)
                for (int j = i + 1; j < n; j++)
                {
                    if (shared.GetValueOrDefault(j) >= Options.MinSharedTerms || dense[j].Length != dense[i].Length) continue;
                    if (DenseDot(dense[i].Span, dense[j].Span) < Options.VectorLinkThreshold) continue;
                    float similarity = Similarity(vectors, dense, i, j);
                    if (similarity >= Options.LinkThreshold) list.Add((i, j, similarity));
                }
            list.Sort(static (x, y) => x.Item2.CompareTo(y.Item2));
            found[i] = list;
        });
        var links = found.SelectMany(l => l).ToList();
        links.Sort(static (x, y) => x.Item3 != y.Item3 ? y.Item3.CompareTo(x.Item3) : x.Item1 != y.Item1 ? x.Item1.CompareTo(y.Item1) : x.Item2.CompareTo(y.Item2));
        return links;
    }

    private float Similarity(SparseVector[] vectors, ReadOnlyMemory<float>[]? dense, int i, int j)
    {
        float lexical = vectors[i].Dot(vectors[j]);
        if (dense is null || dense[i].IsEmpty || dense[j].IsEmpty || dense[i].Length != dense[j].Length) return lexical;
        double cosine = Rescale(DenseDot(dense[i].Span, dense[j].Span));
        return (float)((1 - Options.VectorWeight) * lexical + Options.VectorWeight * cosine);
    }

    // Links strongest first; two groups merge when their centroids are similar enough (the vectors' share blended in).
    private List<List<int>> Merge(int n, SparseVector[] vectors, ReadOnlyMemory<float>[]? dense, List<(int A, int B, float Similarity)> links, CancellationToken cancellationToken)
    {
        var owner = new int[n];
        var members = new List<int>[n];
        var centroids = new Dictionary<string, float>[n];
        var weights = new float[n];
        for (int i = 0; i < n; i++)
        {
            owner[i] = i;
            members[i] = [i];
            weights[i] = CentroidWeight(vectors[i]);
            centroids[i] = vectors[i].ToDictionary(weights[i]);
        }
        foreach (var (a, b, _) in links)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int ca = owner[a], cb = owner[b];
            if (ca == cb) continue;
            if (members[ca].Count > 1 || members[cb].Count > 1)
            {
                double similarity = CentroidCosine(centroids[ca], centroids[cb]);
                if (dense is not null) similarity = BlendCentroid(similarity, members[ca], members[cb], dense, weights);
                if (similarity < Options.MergeThreshold) continue;
            }
            // The lower id keeps the group, so the result does not depend on which link came first among equals.
            int keep = Math.Min(ca, cb), gone = Math.Max(ca, cb);
            foreach (int m in members[gone]) owner[m] = keep;
            members[keep].AddRange(members[gone]);
            members[gone] = [];
            foreach (var (t, w) in centroids[gone])
            {
                ref float c = ref CollectionsMarshal.GetValueRefOrAddDefault(centroids[keep], t, out _);
                c += w;
            }
            centroids[gone] = [];
        }
        Attach(members, owner, vectors, centroids, links);
        return members.Where(m => m.Count > 0).Select(m => m.Order().ToList()).OrderBy(m => m[0]).ToList();
    }

    // An article's share in its story's centroid: its TF-IDF mass to the power CentroidMassExponent (0: every article
    // counts alike), so a headline's few words do not pull a story of long articles towards them.
    private float CentroidWeight(SparseVector vector) =>
        Options.CentroidMassExponent == 0 ? 1f : (float)Math.Pow(vector.Mass, Options.CentroidMassExponent);

    private double BlendCentroid(double lexical, List<int> a, List<int> b, ReadOnlyMemory<float>[] dense, float[] weights)
    {
        var ca = Mean(a, dense, weights);
        var cb = Mean(b, dense, weights);
        if (ca is null || cb is null) return lexical;
        double cosine = Rescale(DenseDot(ca, cb) / Math.Sqrt(Math.Max(1e-12, (double)DenseDot(ca, ca) * DenseDot(cb, cb))));
        return (1 - Options.VectorWeight) * lexical + Options.VectorWeight * cosine;
    }

    private static float[]? Mean(List<int> members, ReadOnlyMemory<float>[] dense, float[] weights)
    {
        float[]? sum = null;
        foreach (int m in members)
        {
            if (dense[m].IsEmpty) continue;
            sum ??= new float[dense[m].Length];
            if (sum.Length != dense[m].Length) return null;
            var v = dense[m].Span;
            float w = weights[m];
            for (int k = 0; k < sum.Length; k++) sum[k] += w * v[k];
        }
        return sum;
    }

    // Any two news articles' mean vectors are fairly close; only the cosine above the baseline tells stories apart.
    private double Rescale(double cosine) => Math.Max(0, (cosine - Options.VectorBaseline) / (1 - Options.VectorBaseline));

    private static float DenseDot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        double sum = 0;
        for (int k = 0; k < a.Length; k++) sum += (double)a[k] * b[k];
        return (float)sum;
    }

    private static double CentroidCosine(Dictionary<string, float> a, Dictionary<string, float> b)
    {
        if (a.Count > b.Count) (a, b) = (b, a);
        double dot = 0;
        foreach (var (t, w) in a)
            if (b.TryGetValue(t, out float v)) dot += (double)w * v;
        double na = Norm(a), nb = Norm(b);
        return na == 0 || nb == 0 ? 0 : dot / (na * nb);
    }

    private static double Norm(Dictionary<string, float> v)
    {
        double sum = 0;
        foreach (var w in v.Values) sum += (double)w * w;
        return Math.Sqrt(sum);
    }

    private static IReadOnlyList<Story> ToStories(IReadOnlyList<Document> documents, List<List<int>> clusters, SparseVector[]? vectors)
    {
        var stories = new List<Story>(clusters.Count);
        foreach (var members in clusters)
        {
            // The most central article (highest summed similarity to the others) names the story.
            int best = members[0];
            double bestScore = double.NegativeInfinity;
            foreach (int m in vectors is null ? [] : members)
            {
                double score = 0;
                foreach (int o in members) if (o != m) score += vectors![m].Dot(vectors[o]);
                if (score > bestScore) (best, bestScore) = (m, score);
            }
            stories.Add(new Story("s" + (stories.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                TitleOf(documents[best]), members.Select(m => documents[m].Article.Id).ToList()));
        }
        return stories;
    }

    private static string TitleOf(Document document)
    {
        string text = document.Title is { } t ? document.GetText(t)
            : document.Sentences.Count > 0 ? document.GetText(document.Sentences[0].Span)
            : document.Text;
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= 120 ? text : text[..117].TrimEnd() + "...";
    }

    /// <summary>An article's salient terms with unit-length weights, sorted by term for merging.</summary>
    private sealed class SparseVector
    {
        private readonly string[] _terms;
        private readonly float[] _weights;

        private SparseVector(string[] terms, float[] weights, double mass)
        {
            _terms = terms;
            _weights = weights;
            Mass = mass;
        }

        public IReadOnlyList<string> Terms => _terms;

        /// <summary>The length of the salient terms' TF-IDF weights before they were scaled to unit length.</summary>
        public double Mass { get; }

        public static SparseVector Salient(Dictionary<string, float> counts, IdfTable idf, int keep, int minDocumentFrequency)
        {
            // The terms by weight, heaviest first (ties by term: every term is one key, so the order is one), the first
            // `keep` of them, then in term order.
            var weighted = new (string Term, float Weight)[counts.Count];
            int n = 0;
            foreach (var (term, count) in counts)
                if (minDocumentFrequency <= 1 || idf.DocumentFrequency(term) >= minDocumentFrequency)
                    weighted[n++] = (term, (float)(Math.Log(1 + count) * idf.Idf(term)));
            var kept = weighted.AsSpan(0, n);
            kept.Sort(HeaviestFirst);
            kept = kept[..Math.Min(keep, n)];
            kept.Sort(static (x, y) => string.CompareOrdinal(x.Term, y.Term));
            double sum = 0;
            foreach (var x in kept) sum += (double)x.Weight * x.Weight;
            double norm = Math.Sqrt(sum);
            var terms = new string[kept.Length];
            var weights = new float[kept.Length];
            for (int k = 0; k < kept.Length; k++)
            {
                terms[k] = kept[k].Term;
                weights[k] = norm == 0 ? 0f : (float)(kept[k].Weight / norm);
            }
            return new SparseVector(terms, weights, norm);
        }

        private static int HeaviestFirst((string Term, float Weight) x, (string Term, float Weight) y)
        {
            int byWeight = y.Weight.CompareTo(x.Weight);
            return byWeight != 0 ? byWeight : string.CompareOrdinal(x.Term, y.Term);
        }

        public float Dot(SparseVector other)
        {
            double sum = 0;
            int i = 0, j = 0;
            while (i < _terms.Length && j < other._terms.Length)
            {
                int c = string.CompareOrdinal(_terms[i], other._terms[j]);
                if (c == 0) sum += (double)_weights[i++] * other._weights[j++];
                else if (c < 0) i++;
                else j++;
            }
            return (float)sum;
        }

        public Dictionary<string, float> ToDictionary(float scale = 1f)
        {
            var d = new Dictionary<string, float>(_terms.Length, StringComparer.Ordinal);
            for (int k = 0; k < _terms.Length; k++) d[_terms[k]] = _weights[k] * scale;
            return d;
        }
    }
}
