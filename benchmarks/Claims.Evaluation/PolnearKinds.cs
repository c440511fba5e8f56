using System.Globalization;

namespace Claims.Evaluation;

/// <summary>
/// Recall of PolNeAR gold attributions by kind, printed by <c>polnear</c> under the score table: which kinds of
/// attribution the extraction misses. A gold attribution's kind is the first that applies: nested (its content lies
/// inside another gold content: one claim layer cannot hold both), no cue, speech (a verb of saying), belief,
/// intention, evidence (the cue word classes below), or other; and, across kinds, the most frequent cue words of the
/// missed ones.
/// </summary>
internal sealed class PolnearKinds
{
    /// <summary>The kinds, in the order they are tried and printed.</summary>
    internal enum Kind { Nested, NoCue, Speech, Belief, Intention, Evidence, Other }

    private static readonly string[] BeliefWords =
    [
        "think", "believe", "expect", "hope", "fear", "know", "feel", "consider", "suspect", "assume", "doubt", "understand",
        "worry", "concern", "convinced", "sure", "aware", "view", "see", "seem", "appear", "question", "wonder", "predict",
        "estimate", "agree", "disagree", "accuse", "blame", "criticize", "praise", "consensus", "opinion",
    ];

    private static readonly string[] IntentionWords =
    [
        "want", "plan", "seek", "intend", "aim", "try", "vow", "promise", "pledge", "threaten", "call", "urge", "demand",
        "propose", "push", "decide", "refuse", "order", "need",
    ];

    private static readonly string[] EvidenceWords =
    [
        "show", "find", "found", "suggest", "indicate", "poll", "survey", "study", "data", "evidence", "record", "document",
        "analysis", "report", "figures", "according",
    ];

    private readonly int[] _gold = new int[Enum.GetValues<Kind>().Length];
    private readonly int[] _matched = new int[Enum.GetValues<Kind>().Length];
    private readonly Dictionary<string, int> _missedCues = new(StringComparer.Ordinal);

    /// <summary>Counts one document's gold attributions (<paramref name="goldMatch"/>: the claim index each matched, or -1).</summary>
    public void Add(IReadOnlyList<PolnearEvaluation.GoldAttribution> gold, IReadOnlyList<int> goldMatch)
    {
        for (int g = 0; g < gold.Count; g++)
        {
            var kind = KindOf(gold, g);
            _gold[(int)kind]++;
            if (goldMatch[g] >= 0) { _matched[(int)kind]++; continue; }
            string cue = gold[g].CueText.ToLowerInvariant().Replace('\n', ' ');
            if (cue.Length == 0) cue = "(none)";
            _missedCues[cue] = _missedCues.GetValueOrDefault(cue) + 1;
        }
    }

    private static Kind KindOf(IReadOnlyList<PolnearEvaluation.GoldAttribution> gold, int g)
    {
        var a = gold[g];
        for (int o = 0; o < gold.Count; o++)
            if (o != g && gold[o].Content.Contains(a.Content) && gold[o].Content.Length > a.Content.Length) return Kind.Nested;
        if (a.Cue.Count == 0) return Kind.NoCue;
        if (a.IsSpeech) return Kind.Speech;
        var words = a.CueText.ToLowerInvariant().Split([' ', ',', '.', '\n', '"', '“', '”', '’', '\''], StringSplitOptions.RemoveEmptyEntries);
        bool Has(string[] list) => words.Any(w => list.Any(l => w.StartsWith(l, StringComparison.Ordinal)));
        return Has(BeliefWords) ? Kind.Belief : Has(IntentionWords) ? Kind.Intention : Has(EvidenceWords) ? Kind.Evidence : Kind.Other;
    }

    /// <summary>The table: per kind, gold count, matched, recall and share of all misses; then the top missed cues.</summary>
    public void Print(TextWriter output, int topCues = 25)
    {
        int totalGold = _gold.Sum(), totalMissed = totalGold - _matched.Sum();
        output.WriteLine($"{"kind",-10} {"gold",5} {"matched",7} {"recall",6} {"missed",6} {"of misses",9}");
        foreach (var kind in Enum.GetValues<Kind>())
        {
            int k = (int)kind, missed = _gold[k] - _matched[k];
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{kind.ToString().ToLowerInvariant(),-10} {_gold[k],5} {_matched[k],7} {(_gold[k] == 0 ? 0 : (double)_matched[k] / _gold[k]),6:F3} {missed,6} {(totalMissed == 0 ? 0 : (double)missed / totalMissed),9:F3}"));
        }
        output.WriteLine("most frequent cues of missed gold attributions: " + string.Join(", ",
            _missedCues.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(topCues).Select(p => $"{p.Key} {p.Value}")));
    }
}
