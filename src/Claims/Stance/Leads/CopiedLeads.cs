using Claims.Matching;

namespace Claims.Stance.Leads;

/// <summary>
/// Article-level verdicts on copied lead claims, read as their originals': a headline that repeats an earlier
/// article's claim (word for word or nearly, <see cref="PairingOptions.NearCopyEdits"/>) has its claim-level pairs on
/// that first occurrence, so its article-level verdicts move there too, where the merger meets them with the claim
/// pairs they belong with. A copy's verdict on an article the original already has a verdict on is dropped (the
/// original's reading stands for both), as is one that would pair the original with its own source (its article, a
/// copy of its text, its wording). Stateless.
/// </summary>
internal static class CopiedLeads
{
    /// <summary><paramref name="found"/> with each copied lead claim replaced by its original (run positions of
    /// <paramref name="claims"/>), in the same order; unchanged when <paramref name="copies"/> lists no copied claim.</summary>
    public static IReadOnlyList<LeadStancePair> AsOriginals(IReadOnlyList<LeadStancePair> found, IReadOnlyList<Claim> claims, TextCopies copies)
    {
        if (copies.Claims.Count == 0 || found.Count == 0) return found;
        var position = new Dictionary<string, int>(claims.Count, StringComparer.Ordinal);
        for (int i = 0; i < claims.Count; i++) position[claims[i].Id] = i;
        var originalRead = new HashSet<(string Lead, string Article)>();
        foreach (var f in found)
            if (!position.TryGetValue(f.Lead.Id, out int lead) || copies.CopyOf(lead) < 0)
                originalRead.Add((f.Lead.Id, f.Evidence.ArticleId));
        var result = new List<LeadStancePair>(found.Count);
        foreach (var f in found)
        {
            if (!position.TryGetValue(f.Lead.Id, out int lead) || copies.CopyOf(lead) is not (>= 0 and var original))
            {
                result.Add(f);
                continue;
            }
            var first = claims[original];
            if (first.ArticleId == f.Evidence.ArticleId || !position.TryGetValue(f.Evidence.Id, out int evidence)
                || copies.OneSource(original, evidence) is not null || !originalRead.Add((first.Id, f.Evidence.ArticleId)))
                continue;
            result.Add(f with { Lead = first, Reasons = [.. f.Reasons, $"read on {f.Lead.Id}, a copy of {first.Id}"] });
        }
        return result;
    }
}
