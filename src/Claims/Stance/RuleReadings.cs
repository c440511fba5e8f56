using Claims.Matching;

namespace Claims.Stance;

/// <summary>
/// The shipped <see cref="IClaimReading"/>: what three rules read in a single claim, as pairing keys.
/// <list type="bullet">
/// <item><see cref="ProgressRule"/> (<c>progress</c>): a progress phrase asserted (<see cref="ReadingPole.Positive"/>)
/// pairs with one denied or stalled (<see cref="ReadingPole.Negative"/>).</item>
/// <item><see cref="ProximityRule"/> (<c>proximity</c>): "close to" X pairs with "far from" Y when X and Y are one word or
/// one concept group (keys: the measured words' stems and concepts).</item>
/// <item><see cref="DiscussedTopicRule"/> (<c>discussed topic</c>): two un-negated discussed topics pair when they share a
/// content stem (keys: the topic's stems).</item>
/// </list>
/// Status words ("cancelled", "postponed") are left out: a status is said of a named event, and claims about one event
/// share its words and names, so the claim index already pairs them. A claim is profiled only when one of the rules'
/// phrases can occur in it (a word of each phrase is looked up first). Thread-safe: each claim's keys are worked out
/// once per claim object.
/// </summary>
internal sealed class RuleReadings : IClaimReading
{
    private readonly Lazy<PairFeaturizer> _featurizer;
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<Claim, ReadingKey[]> _keys = new();

    /// <summary>Reads claims with <paramref name="featurizer"/>'s word profiles (the stance rules' own view of a text).</summary>
    public RuleReadings(Func<PairFeaturizer> featurizer) => _featurizer = new(featurizer, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Reads claims with the shipped stance model's featurizer (loaded on the first claim that needs it).</summary>
    public RuleReadings() : this(() => StanceModel.Default.Featurizer) { }

    /// <summary>A word of every phrase the three rules look for: a claim with none of them has no key.</summary>
    private static readonly HashSet<string> Triggers = new(
        Lexicon.Progress.Concat(Lexicon.Stalled).Concat(Lexicon.TopicAfter).Concat(Lexicon.TopicBefore)
            .Concat(ProximityRule.Near).Concat(ProximityRule.Far)
            .Select(p => p.OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).First()),
        StringComparer.Ordinal);

    // The length of the longest trigger.
    private static readonly int LongestTrigger = Triggers.Max(t => t.Length);

    /// <inheritdoc />
    public IReadOnlyList<ReadingKey> KeysOf(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return _keys.GetValue(claim, Read);
    }

    private ReadingKey[] Read(Claim claim)
    {
        if (!HasTrigger(claim.Text)) return [];
        var profile = claim.View is { } view ? _featurizer.Value.Profile(view) : _featurizer.Value.Profile(claim.Text);
        var unit = profile.Whole;
        var keys = new List<ReadingKey>();
        if (ProgressRule.MentionOf(unit) is { } progress)
            keys.Add(new ReadingKey(ProgressRule.RuleName, "progress", progress.Denied ? ReadingPole.Negative : ReadingPole.Positive));
        AddProximity(keys, ProximityRule.NearOf(unit), ReadingPole.Positive);
        AddProximity(keys, ProximityRule.FarOf(unit), ReadingPole.Negative);
        if (DiscussedTopicRule.TopicOf(unit) is { Negated: false } topic)
            foreach (var stem in topic.Topic.Select(t => t.Stem).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
                keys.Add(new ReadingKey(DiscussedTopicRule.RuleName, stem, ReadingPole.Same));
        return [.. keys];
    }

    // One key per measured stem and per concept group of it: "close to a diplomatic solution" meets "far from agreement"
    // on the concept of agreements.
    private static void AddProximity(List<ReadingKey> keys, (string Phrase, List<string> Objects)? reading, ReadingPole pole)
    {
        if (reading is not { } r) return;
        var values = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var stem in r.Objects)
        {
            values.Add(stem);
            foreach (var concept in Claims.Text.ConceptLexicon.Default.ConceptsOf(stem)) values.Add("concept:" + concept);
        }
        foreach (var value in values) keys.Add(new ReadingKey(ProximityRule.RuleName, value, pole));
    }

    // True when a word of the text (lower-cased, letters only) is one of the triggers: each word is lower-cased into a
    // buffer and looked up by its characters (no string a word; a word longer than every trigger cannot be one).
    private static bool HasTrigger(string text)
    {
        var triggers = Triggers.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[LongestTrigger];
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                var word = text.AsSpan(start, i - start);
                if (word.Length <= LongestTrigger && triggers.Contains(buffer[..word.ToLowerInvariant(buffer)])) return true;
                start = -1;
            }
        }
        return false;
    }
}
