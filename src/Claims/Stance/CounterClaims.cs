namespace Claims.Stance;

/// <summary>
/// Counter-claim semantics over one corpus's claims. A counter-claim (<see cref="Claim.Opposes"/>) says the opposite of
/// the claim it opposes: it is paired through that claim's content (its <see cref="Proxies"/> entry carries the opposed
/// text), every verdict about it is the inverse of the verdict about that content, and it contradicts the opposed
/// claim itself by construction (<see cref="ExplicitPairs"/>). Immutable once built; thread-safe.
/// </summary>
public sealed class CounterClaims
{
    private readonly IReadOnlyList<Claim> _claims;
    private readonly HashSet<(int A, int B)> _explicit;

    /// <summary>Prepares the proxies and explicit pairs of <paramref name="claims"/>.</summary>
    public CounterClaims(IReadOnlyList<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        _claims = claims;
        var index = new Dictionary<string, int>(claims.Count, StringComparer.Ordinal);
        for (int i = 0; i < claims.Count; i++) index[claims[i].Id] = i;
        Proxies = claims.Select(c => c.Opposes is { } id && index.TryGetValue(id, out int o)
            ? c with { Text = claims[o].Text, Span = claims[o].Span, View = claims[o].View, Embedding = claims[o].Embedding } : c).ToList();
        var pairs = new List<(int, int)>();
        for (int i = 0; i < claims.Count; i++)
            if (claims[i].Opposes is { } id && index.TryGetValue(id, out int o))
                pairs.Add((Math.Min(i, o), Math.Max(i, o)));
        _explicit = [.. pairs];
        ExplicitPairs = _explicit.ToList();
    }

    /// <summary>The claims as the pairer should see them: each counter-claim carries the content it opposes.</summary>
    public IReadOnlyList<Claim> Proxies { get; }

    /// <summary>(counter-claim, opposed claim) index pairs, lower index first, distinct.</summary>
    public IReadOnlyList<(int A, int B)> ExplicitPairs { get; }

    /// <summary>True when claims <paramref name="a"/> &lt; <paramref name="b"/> are a counter-claim and the claim it opposes.</summary>
    public bool IsExplicit(int a, int b) => _explicit.Contains((a, b));

    /// <summary>The verdict on claims <paramref name="a"/> &lt; <paramref name="b"/>, read through the proxies and inverted
    /// for a counter-claim against another claim.</summary>
    public ClaimPair Classify(IStanceClassifier classifier, int a, int b, double similarity)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        var (ca, cb) = (_claims[a], _claims[b]);
        if (IsExplicit(a, b)) return ExplicitContrast(ca, cb, similarity);
        var verdict = classifier.Classify(Proxies[a], Proxies[b]);
        if ((ca.Opposes is null) == (cb.Opposes is null))
            return new ClaimPair(ca.Id, cb.Id, verdict.Label, verdict.Score, verdict.Reasons, similarity) { ModelAlone = verdict.ModelAlone, FiguresAlone = verdict.FiguresAlone };
        var counter = ca.Opposes is null ? cb : ca;
        // "President Barack Obama says that" (the opposed claim's content lost at segmentation) says nothing: the
        // counter-claim opposes no statement, so nothing agreeing with those words is contradicted by it.
        if (!OpposesStatement(ca.Opposes is null ? Proxies[b] : Proxies[a]))
            return new ClaimPair(ca.Id, cb.Id, StanceLabel.Neutral, verdict.Score,
                [$"{counter.Speaker ?? "the source"}'s counter-claim opposes words that state nothing", .. verdict.Reasons], similarity);
        // A title conflict is about how the opposed claim's words describe someone, not about what it claims: the
        // counter-claim inherits no verdict from it.
        if (verdict.DecidedBy<TitleRule>())
            return new ClaimPair(ca.Id, cb.Id, StanceLabel.Neutral, verdict.Score, verdict.Reasons, similarity);
        var inverted = verdict.Label switch
        {
            StanceLabel.Agrees => StanceLabel.Contradicts,
            StanceLabel.Contradicts => StanceLabel.Agrees,
            _ => StanceLabel.Neutral,
        };
        string relation = verdict.Label == StanceLabel.Agrees ? "agrees with" : "contradicts";
        var reasons = verdict.Label == StanceLabel.Neutral
            ? verdict.Reasons
            : [$"{counter.Speaker ?? "the source"}'s counter-claim says the opposite of {counter.Opposes}, which {relation} this claim", .. verdict.Reasons];
        return new ClaimPair(ca.Id, cb.Id, inverted, verdict.Score, reasons, similarity);
    }

    private static ClaimPair ExplicitContrast(Claim a, Claim b, double similarity)
    {
        var (counter, opposed) = a.Opposes == b.Id ? (a, b) : (b, a);
        if (!OpposesStatement(opposed))
            return new ClaimPair(a.Id, b.Id, StanceLabel.Neutral, 0.5,
                [$"explicit contrast with '{opposed.Text}', which states nothing to contradict"], similarity);
        string reason = $"explicit contrast: '{counter.Text}' reports {counter.Speaker ?? "a source"}'s claim as the opposite of "
            + $"{opposed.Speaker ?? "the outlet"}'s '{opposed.Text}'";
        return new ClaimPair(a.Id, b.Id, StanceLabel.Contradicts, 1.0, [reason], similarity);
    }

    /// <summary>
    /// True when <paramref name="opposed"/>'s text has a content word other than a name or a reporting verb: "President
    /// Barack Obama says that" (the rest of the sentence cut off) states nothing a counter-claim could oppose.
    /// </summary>
    internal static bool OpposesStatement(Claim opposed)
    {
        ArgumentNullException.ThrowIfNull(opposed);
        var terms = Claims.Text.TermExtractor.Default;
        foreach (var m in System.Text.RegularExpressions.Regex.EnumerateMatches(opposed.Text, @"\p{L}[\p{L}'\u2019-]*"))
        {
            var word = opposed.Text.AsSpan(m.Index, m.Length);
            if (char.IsUpper(word[0])) continue;
            string lower = Claims.Text.TermExtractor.Lower(word);
            if (terms.IsStopWord(lower) || Lexicon.ReportingStems.Contains(terms.Stem(lower))) continue;
            return true;
        }
        return false;
    }
}
