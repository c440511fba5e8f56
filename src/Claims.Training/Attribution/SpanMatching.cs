namespace Claims.Training.Attribution;

/// <summary>How predicted contents are matched to annotated ones: by character Jaccard, one to one.</summary>
public static class SpanMatching
{
    /// <summary>The least character Jaccard (<see cref="TextSpan.Jaccard"/>) at which a span matches an annotation.</summary>
    public const double MinJaccard = 0.5;

    /// <summary>
    /// Matches <paramref name="spans"/> to <paramref name="targets"/> one to one, greedily by Jaccard (best first; ties
    /// by span, then target index), a pair needing at least <paramref name="minJaccard"/>: for each span its target
    /// index and for each target its span index, or -1. How PolNeAR scoring and the attribution trainer match contents
    /// to annotations.
    /// </summary>
    public static (int[] SpanMatch, int[] TargetMatch) MatchOneToOne(IReadOnlyList<TextSpan> spans, IReadOnlyList<TextSpan> targets,
        double minJaccard = MinJaccard)
    {
        ArgumentNullException.ThrowIfNull(spans);
        ArgumentNullException.ThrowIfNull(targets);
        var pairs = new List<(double J, int S, int T)>();
        for (int s = 0; s < spans.Count; s++)
            for (int t = 0; t < targets.Count; t++)
            {
                double j = spans[s].Jaccard(targets[t]);
                if (j >= minJaccard) pairs.Add((j, s, t));
            }
        pairs.Sort((a, b) => a.J != b.J ? b.J.CompareTo(a.J) : a.S != b.S ? a.S.CompareTo(b.S) : a.T.CompareTo(b.T));
        var spanMatch = new int[spans.Count];
        var targetMatch = new int[targets.Count];
        Array.Fill(spanMatch, -1);
        Array.Fill(targetMatch, -1);
        foreach (var (_, s, t) in pairs)
        {
            if (spanMatch[s] >= 0 || targetMatch[t] >= 0) continue;
            spanMatch[s] = t;
            targetMatch[t] = s;
        }
        return (spanMatch, targetMatch);
    }
}
