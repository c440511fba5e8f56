namespace Claims.Stories;

public sealed partial class StoryGrouper
{
    // Stories made of short articles only (a headline left alone, or headlines that linked to each other but to none
    // of the long articles they sum up) join the story of long articles whose centroid theirs is most similar to,
    // when that reaches the attach threshold and they share two of its terms; failing that, the story of the long
    // article one of them links to most strongly (ArticleAttach). Centroids are those of the merged stories, so the
    // order of attaching does not matter.
    private void Attach(List<int>[] members, int[] owner, SparseVector[] vectors, Dictionary<string, float>[] centroids,
        List<(int A, int B, float Similarity)> links)
    {
        if (Options.AttachThreshold >= 1) return;
        bool IsShort(int article) => vectors[article].Terms.Count <= Options.AttachMaxTerms;
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var targets = new bool[members.Length];
        for (int c = 0; c < members.Length; c++)
        {
            if (members[c].Count < (Options.AttachToSingleArticles ? 1 : 2) || (Options.AttachShortStories && members[c].All(IsShort))) continue;
            targets[c] = true;
            foreach (var t in centroids[c].Keys)
            {
                if (!postings.TryGetValue(t, out var list)) postings[t] = list = [];
                list.Add(c);
            }
        }
        var norms = centroids.Select(Norm).ToArray();
        var moves = new List<(int Story, int Target)>();
        int[]? byArticle = null;
        for (int g = 0; g < members.Length; g++)
        {
            if (members[g].Count == 0 || (members[g].Count > 1 && !Options.AttachShortStories) || !members[g].All(IsShort)) continue;
            int best = CentroidTarget(g, centroids, postings, norms);
            if (best < 0) best = (byArticle ??= ArticleTargets(members.Length, owner, targets, links, IsShort))[g];
            if (best >= 0) moves.Add((g, best));
        }
        foreach (var (story, target) in moves)
        {
            foreach (int m in members[story]) owner[m] = target;
            members[target].AddRange(members[story]);
            members[story] = [];
        }
    }

    // The story whose centroid short story g's centroid is most similar to, at the attach threshold or more and with
    // two shared terms; -1 when none.
    private int CentroidTarget(int g, Dictionary<string, float>[] centroids, Dictionary<string, List<int>> postings, double[] norms)
    {
        var shared = new Dictionary<int, (int Count, double Dot)>();
        foreach (var (t, w) in centroids[g])
            if (postings.TryGetValue(t, out var stories))
                foreach (int c in stories)
                {
                    var (count, dot) = shared.GetValueOrDefault(c);
                    shared[c] = (count + 1, dot + w * centroids[c][t]);
                }
        int best = -1;
        double bestScore = Options.AttachThreshold;
        foreach (var (c, (count, dot)) in shared.OrderBy(x => x.Key))
        {
            if (c == g) continue; // a short article left alone is a target too when short stories do not attach
            double cosine = norms[c] == 0 || norms[g] == 0 ? 0 : dot / (norms[c] * norms[g]);
            if (count >= 2 && cosine >= bestScore) (best, bestScore) = (c, cosine);
        }
        return best;
    }

    // For each story, the story of the long article that one of its articles links to most strongly (a link: shared
    // salient terms and similarity as Links found them), when that link reaches ArticleAttachThreshold; -1 when none.
    // Read only for short stories no centroid took: a story of many long articles has a centroid that a headline's few
    // words hardly reach ("NBC weatherman caught urinating in the woods live on air" against the many bodies naming
    // Brian Williams and Mike Seidel), though it links to one of them as strongly as articles that were merged.
    private int[] ArticleTargets(int stories, int[] owner, bool[] targets, List<(int A, int B, float Similarity)> links, Func<int, bool> isShort)
    {
        var best = new int[stories];
        Array.Fill(best, -1);
        if (Options.ArticleAttachThreshold >= 1) return best;
        // Links are sorted strongest first: the first that qualifies for a story is its strongest.
        foreach (var (a, b, similarity) in links)
        {
            if (similarity < Options.ArticleAttachThreshold) break;
            if (owner[a] == owner[b]) continue;
            if (!isShort(b) && targets[owner[b]] && best[owner[a]] < 0) best[owner[a]] = owner[b];
            if (!isShort(a) && targets[owner[a]] && best[owner[b]] < 0) best[owner[b]] = owner[a];
        }
        return best;
    }
}
