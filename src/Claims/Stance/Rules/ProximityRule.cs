namespace Claims.Stance;

/// <summary>
/// Proximity to an outcome: "close to a diplomatic solution" against "far from agreement". The two texts contradict
/// when one says near and the other far and the outcomes they measure are the same thing: the same word or the same
/// concept group (<see cref="Claims.Text.ConceptLexicon"/>: solution, agreement, deal, breakthrough, ...).
/// </summary>
public sealed class ProximityRule : IStanceRule
{
    internal static readonly string[][] Near = [["close", "to"], ["closer", "to"], ["near"], ["nearing"], ["on", "the", "verge", "of"], ["within", "reach", "of"]];
    internal static readonly string[][] Far = [["far", "from"], ["further", "from"], ["farther", "from"], ["far", "off"], ["a", "long", "way", "from"]];

    private readonly Claims.Text.ConceptLexicon _concepts;

    /// <summary>Uses the shipped concept groups.</summary>
    public ProximityRule() : this(Claims.Text.ConceptLexicon.Default) { }

    /// <summary>Uses <paramref name="concepts"/> to tell whether two outcomes are the same thing.</summary>
    public ProximityRule(Claims.Text.ConceptLexicon concepts) => _concepts = concepts ?? throw new ArgumentNullException(nameof(concepts));

    /// <inheritdoc />
    public string Name => RuleName;

    /// <summary>The rule's name, also the key its claim readings carry (<see cref="RuleReadings"/>).</summary>
    public const string RuleName = "proximity";

    /// <inheritdoc />
    public RuleFinding? Evaluate(StancePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var nearA = NearOf(pair.A);
        var farB = nearA is null ? null : FarOf(pair.B);
        var farA = nearA is null ? FarOf(pair.A) : null;
        var nearB = farA is null ? null : NearOf(pair.B);
        var (x, y) = nearA is not null && farB is not null ? (nearA, farB) : (farA, nearB);
        if (x is null || y is null) return null;
        foreach (var sx in x.Value.Objects)
            foreach (var sy in y.Value.Objects)
                if (sx == sy || SharesConcept(sx, sy))
                    return new RuleFinding(this, StanceLabel.Contradicts, RuleEffect.Decide, 0.8,
                        $"proximity: '{x.Value.Phrase}' vs '{y.Value.Phrase}'");
        return null;
    }

    private bool SharesConcept(string x, string y)
    {
        foreach (var cx in _concepts.ConceptsOf(x))
            foreach (var cy in _concepts.ConceptsOf(y))
                if (cx == cy) return true;
        return false;
    }

    // Find, worked out once per unit and phrase list (the lists are the keys) instead of once per pair.
    private static readonly Func<TextUnit, (string Phrase, List<string> Objects)?> FindNear = u => Find(u, Near), FindFar = u => Find(u, Far);

    internal static (string Phrase, List<string> Objects)? NearOf(TextUnit u) => u.Memo(Near, FindNear);

    internal static (string Phrase, List<string> Objects)? FarOf(TextUnit u) => u.Memo(Far, FindFar);

    /// <summary>The first un-negated proximity phrase and the content stems of what it measures (the next five words).</summary>
    private static (string Phrase, List<string> Objects)? Find(TextUnit u, string[][] phrases)
    {
        for (int i = 0; i < u.Words.Length; i++)
        {
            if (u.Negated[i]) continue;
            foreach (var p in phrases)
            {
                // Quotation marks may sit inside the phrase: are “quite close” to reaching ...
                if (!MatchSkippingQuotes(u.Words, i, p, out int end) || Associates(u, i, p)) continue;
                var objects = new List<string>();
                int last = Math.Min(u.Words.Length - 1, end + 5);
                for (int k = end + 1; k <= last; k++)
                {
                    string w = u.Words[k];
                    if (w is "," or "." or ";" or ":") break;
                    if (u.Stems[k] is { } stem) objects.Add(stem);
                }
                if (objects.Count > 0) return (StanceRules.Phrase(u.Words, i, last), objects);
            }
        }
        return null;
    }

    /// <summary>Nouns of people that "close to" after them makes someone's associates ("people close to both Clinton's camp").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> AssociateNouns = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["people", "person", "source", "sources", "those", "someone", "one", "aides", "aide", "friends", "friend", "allies",
         "officials", "insiders", "associates", "figures"], StringComparer.Ordinal);

    /// <summary>
    /// True when near phrase <paramref name="phrase"/> at <paramref name="i"/> is "close to" after a noun of people
    /// (<see cref="AssociateNouns"/>): "sources close to the White House" are its associates, no distance to an outcome.
    /// </summary>
    private static bool Associates(TextUnit u, int i, string[] phrase) =>
        i > 0 && phrase[0] is "close" or "closer" && AssociateNouns.Contains(u.Words[i - 1]);

    private static bool MatchSkippingQuotes(string[] words, int start, string[] phrase, out int end)
    {
        int k = start;
        end = start;
        foreach (var part in phrase)
        {
            while (k < words.Length && words[k] == "\"" && k > start) k++;
            if (k >= words.Length || words[k] != part) return false;
            end = k++;
        }
        return true;
    }
}
