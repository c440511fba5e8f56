namespace Claims.Stance.Leads;

/// <summary>
/// Merges the article-level verdicts on lead claims into the stream of claim-level pairs, so no claim pair appears
/// twice and no lead claim is both contradicted and supported by one article:
/// <list type="bullet">
/// <item>when the claim-level path relates the lead claim to a claim of the other article the same way, the first such
/// pair (in pair order) takes the higher score and both sets of reasons;</item>
/// <item>when it relates them the other way, the claim-level verdict stands and its reasons say the article-level
/// reading differs, except that a contradiction read from the lead's own denial (<see cref="LeadStancePair.LeadDenies"/>)
/// replaces an agreement between the same two claims (the claim-level path read the report without the denial), and a
/// contradiction of an article that disputes the lead as a whole (<see cref="LeadStancePair.BodyDisputes"/>) takes the
/// place of an agreement the stance model alone read from one of its claims (a retelling of the report it disputes);</item>
/// <item>else the pair (lead claim, evidence claim) is added after the claim pairs, replacing a neutral pair between the
/// two if one was kept.</item>
/// </list>
/// One merger per enumeration of pairs (it keeps which verdicts were used); it holds the article-level verdicts and
/// the few neutral pairs that one of them may replace, never the claim pairs themselves.
/// </summary>
internal sealed partial class LeadStanceMerger
{
    /// <summary>What a merge did, by case.</summary>
    public readonly record struct Counts(int Added, int Merged, int Conflicting);

    private enum Use { None, Conflicting, Merged }

    private readonly IReadOnlyList<Claim> _claims;
    private readonly Dictionary<string, int> _position;
    private readonly LeadStancePair[] _found;
    private readonly (int X, int Y)[] _ends;
    private readonly Use[] _use;
    private readonly Dictionary<(int Lead, string Article), List<int>> _byLeadArticle = [];
    private readonly Dictionary<(int, int), int> _byPair = [];
    private readonly Dictionary<int, ClaimPair> _heldNeutral = [];
    private int _added;

    /// <param name="claims">Every claim of the analysis (the order pair positions refer to).</param>
    /// <param name="found">The article-level pairs, in the finder's order.</param>
    public LeadStanceMerger(IReadOnlyList<Claim> claims, IReadOnlyList<LeadStancePair> found)
    {
        _claims = claims;
        _position = new Dictionary<string, int>(claims.Count, StringComparer.Ordinal);
        for (int i = 0; i < claims.Count; i++) _position[claims[i].Id] = i;
        var usable = new List<LeadStancePair>();
        var ends = new List<(int, int)>();
        foreach (var f in found)
        {
            if (!_position.TryGetValue(f.Lead.Id, out int lead) || !_position.TryGetValue(f.Evidence.Id, out int evidence)) continue;
            int k = usable.Count;
            usable.Add(f);
            ends.Add(lead < evidence ? (lead, evidence) : (evidence, lead));
            var key = (lead, f.Evidence.ArticleId);
            if (!_byLeadArticle.TryGetValue(key, out var list)) _byLeadArticle[key] = list = [];
            list.Add(k);
            _byPair.TryAdd(ends[k], k);
        }
        _found = [.. usable];
        _ends = [.. ends];
        _use = new Use[_found.Length];
    }

    /// <summary>
    /// The claim-level <paramref name="pair"/> as it is to be written now (merged with or annotated by the article-level
    /// verdicts on its claims), or null when it is a neutral pair that an article-level verdict may still replace
    /// (<see cref="Remaining"/> returns it) or an agreement that yields to an article-level contradiction between other
    /// claims (<see cref="Remaining"/> writes the contradiction).
    /// </summary>
    public ClaimPair? Review(ClaimPair pair)
    {
        if (!_position.TryGetValue(pair.A, out int a) || !_position.TryGetValue(pair.B, out int b)) return pair;
        if (pair.Relation == StanceLabel.Neutral)
        {
            var ends = a < b ? (a, b) : (b, a);
            if (!_byPair.TryGetValue(ends, out int k)) return pair;
            _heldNeutral[k] = pair;
            return null;
        }
        foreach (var (lead, other) in new[] { (a, b), (b, a) })
        {
            if (!_byLeadArticle.TryGetValue((lead, _claims[other].ArticleId), out var related)) continue;
            foreach (int k in related)
            {
                var f = _found[k];
                if (f.Relation == pair.Relation)
                {
                    if (_use[k] == Use.Merged) continue;
                    pair = pair with { Score = Math.Max(pair.Score, f.Score), Reasons = [.. pair.Reasons, .. f.Reasons] };
                    _use[k] = Use.Merged;
                }
                else if (OverridesAgreement(f, pair, a, b, k))
                {
                    // The claim-level path read the lead claim (the report) without the lead's denial around it.
                    pair = pair with
                    {
                        Relation = f.Relation, Score = f.Score,
                        Reasons = [.. f.Reasons, "claim level: " + string.Join(" | ", pair.Reasons) + "; the lead claim is the report its lead calls false: the article-level verdict stands"],
                    };
                    _use[k] = Use.Merged;
                }
                else if (YieldsToArticle(f, pair, k))
                {
                    if (_ends[k] != (a < b ? (a, b) : (b, a))) { _found[k] = f with { Reasons = [.. f.Reasons, Yielded(pair)] }; return null; }
                    pair = pair with { Relation = f.Relation, Score = f.Score, Reasons = [.. f.Reasons, Yielded(pair)] };
                    _use[k] = Use.Merged;
                }
                else
                {
                    pair = pair with { Reasons = [.. pair.Reasons, f.Reasons[0] + "; read the other way at claim level: the claim-level verdict stands"] };
                    if (_use[k] == Use.None) _use[k] = Use.Conflicting;
                }
            }
        }
        return pair;
    }

    // A contradiction read from the lead's own denial (LeadStancePair.LeadDenies) replaces a claim-level agreement
    // between the same two claims, and only while it is unused: the agreement is with the report the lead denies.
    private bool OverridesAgreement(LeadStancePair f, ClaimPair pair, int a, int b, int k) =>
        f.LeadDenies && f.Relation == StanceLabel.Contradicts && pair.Relation == StanceLabel.Agrees && _use[k] == Use.None
        && _ends[k] == (a < b ? (a, b) : (b, a));

    /// <summary>After the last claim pair: the article-level pairs no claim pair took up (each replacing the neutral
    /// pair between its two claims when one was held), then the held neutral pairs nothing replaced, in pair order.</summary>
    public IEnumerable<ClaimPair> Remaining()
    {
        var pending = new List<(int X, int Y, ClaimPair Pair)>();
        var added = new HashSet<(int, int)>();
        var replaced = new HashSet<int>();
        for (int k = 0; k < _found.Length; k++)
        {
            if (_use[k] != Use.None) continue;
            var f = _found[k];
            var (x, y) = _ends[k];
            var verdict = new ClaimPair(_claims[x].Id, _claims[y].Id, f.Relation, f.Score, f.Reasons, f.Similarity);
            if (!added.Add((x, y))) continue;
            // A neutral pair between the two claims is held under the first verdict registered for them. The verdict
            // replaces it as it is: neutral pairs reach the merger only when they are kept (IncludeNeutral), and the
            // written verdict must not depend on that option.
            int held = _byPair[(x, y)];
            if (_heldNeutral.ContainsKey(held)) replaced.Add(held);
            pending.Add((x, y, verdict));
            _added++;
        }
        foreach (var (k, neutral) in _heldNeutral)
            if (!replaced.Contains(k)) pending.Add((_ends[k].X, _ends[k].Y, neutral));
        pending.Sort(static (p, q) => p.X != q.X ? p.X.CompareTo(q.X) : p.Y.CompareTo(q.Y));
        return pending.Select(p => p.Pair);
    }

    /// <summary>What the merge did so far (complete after <see cref="Remaining"/> was enumerated).</summary>
    public Counts Totals => new(_added, _use.Count(u => u == Use.Merged), _use.Count(u => u == Use.Conflicting));
}
