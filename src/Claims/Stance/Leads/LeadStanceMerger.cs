namespace Claims.Stance.Leads;

/// <summary>
/// Merges the article-level verdicts on lead claims into the claim-level pairs, so no claim pair appears twice and no
/// lead claim is both contradicted and supported by one article:
/// <list type="bullet">
/// <item>when the claim-level path already relates the lead claim to a claim of the other article the same way, that
/// pair stays (the strongest, when several) with the higher score and both sets of reasons;</item>
/// <item>when it relates them the other way, the claim-level verdict stands and its reasons say the article-level
/// reading differs;</item>
/// <item>else the pair (lead claim, evidence claim) is added, replacing a neutral pair between the two if one was kept.</item>
/// </list>
/// Stateless.
/// </summary>
internal static class LeadStanceMerger
{
    /// <summary>What a merge did, by case.</summary>
    public readonly record struct Counts(int Added, int Merged, int Conflicting);

    /// <param name="kept">The claim-level pairs as (index of A, index of B, pair), A &lt; B, indices into <paramref name="claims"/>; edited in place.</param>
    /// <param name="claims">Every claim of the analysis.</param>
    /// <param name="found">The article-level pairs, in the finder's order.</param>
    public static Counts Merge(List<(int A, int B, ClaimPair Pair)> kept, IReadOnlyList<Claim> claims, IReadOnlyList<LeadStancePair> found)
    {
        var index = new Dictionary<string, int>(claims.Count, StringComparer.Ordinal);
        for (int i = 0; i < claims.Count; i++) index[claims[i].Id] = i;
        var byPair = new Dictionary<(int, int), int>();
        var byLeadArticle = new Dictionary<(int, string), List<int>>();
        void Register(int position)
        {
            var (a, b, pair) = kept[position];
            byPair[(a, b)] = position;
            if (pair.Relation == StanceLabel.Neutral) return;
            Add(byLeadArticle, (a, claims[b].ArticleId), position);
            Add(byLeadArticle, (b, claims[a].ArticleId), position);
        }
        for (int i = 0; i < kept.Count; i++) Register(i);

        int added = 0, merged = 0, conflicting = 0;
        foreach (var f in found)
        {
            if (!index.TryGetValue(f.Lead.Id, out int lead) || !index.TryGetValue(f.Evidence.Id, out int evidence)) continue;
            if (byLeadArticle.TryGetValue((lead, f.Evidence.ArticleId), out var related))
            {
                var same = related.Where(p => kept[p].Pair.Relation == f.Relation).OrderByDescending(p => kept[p].Pair.Score).ThenBy(p => p).ToList();
                if (same.Count > 0)
                {
                    var (a, b, pair) = kept[same[0]];
                    kept[same[0]] = (a, b, pair with { Score = Math.Max(pair.Score, f.Score), Reasons = [.. pair.Reasons, .. f.Reasons] });
                    merged++;
                }
                else
                {
                    foreach (var p in related.Distinct())
                    {
                        var (a, b, pair) = kept[p];
                        kept[p] = (a, b, pair with { Reasons = [.. pair.Reasons, f.Reasons[0] + "; read the other way at claim level: the claim-level verdict stands"] });
                    }
                    conflicting++;
                }
                continue;
            }
            var (x, y) = lead < evidence ? (lead, evidence) : (evidence, lead);
            var verdict = new ClaimPair(claims[x].Id, claims[y].Id, f.Relation, f.Score, f.Reasons, f.Similarity);
            if (byPair.TryGetValue((x, y), out int neutral))
            {
                kept[neutral] = (x, y, verdict with { Reasons = [.. f.Reasons, .. kept[neutral].Pair.Reasons], Similarity = kept[neutral].Pair.Similarity });
                Register(neutral);
            }
            else
            {
                kept.Add((x, y, verdict));
                Register(kept.Count - 1);
            }
            added++;
        }
        return new Counts(added, merged, conflicting);
    }

    private static void Add(Dictionary<(int, string), List<int>> map, (int, string) key, int position)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(position);
    }
}
