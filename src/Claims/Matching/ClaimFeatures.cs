using System.Runtime.CompilerServices;
using Claims.Text;

namespace Claims.Matching;

/// <summary>
/// The matching features of each claim of one pairing pass, extracted once and read by every part that needs them:
/// the candidate index of each story, the cross-story index, <see cref="Stories.ReportedRumours"/> and the
/// <see cref="Stories.SameEventGate"/>. Each claim is extracted with <see cref="TermExtractor.Default"/> and
/// <see cref="ConceptLexicon.Default"/>; a reader without concepts gets the same array without its concept features,
/// which is what its own extraction would give (concept terms start with <see cref="FeatureExtractor.ConceptPrefix"/>,
/// so they never merge with a word, and dropping them keeps the ordinal order). A reader with another term extractor
/// or concept lexicon extracts for itself. Owned by one <see cref="Pipeline.PairSourceContext"/> (one enumeration of a
/// run's pairs) and dropped with it; thread-safe (a claim extracted by two threads at once keeps one result, and
/// both are equal).
/// </summary>
internal sealed class ClaimFeatures
{
    private readonly FeatureExtractor _full = new(TermExtractor.Default, ConceptLexicon.Default);
    private readonly ConditionalWeakTable<Claim, Entry> _entries = new();

    private sealed class Entry(RawFeature[] full)
    {
        public RawFeature[] Full { get; } = full;

        // Written once, from one value: a race computes the same array twice.
        public RawFeature[]? Words;
    }

    /// <summary>The features <paramref name="extractor"/> gives <paramref name="claim"/> (<see cref="FeatureExtractor.Extract(Claim)"/>).</summary>
    public RawFeature[] Of(Claim claim, FeatureExtractor extractor)
    {
        if (!ReferenceEquals(extractor.Terms, TermExtractor.Default)
            || (extractor.Concepts is not null && !ReferenceEquals(extractor.Concepts, ConceptLexicon.Default)))
            return extractor.Extract(claim);
        var entry = _entries.GetValue(claim, c => new Entry(_full.Extract(c)));
        if (extractor.Concepts is not null) return entry.Full;
        return Volatile.Read(ref entry.Words) ?? (entry.Words = WithoutConcepts(entry.Full));
    }

    private static RawFeature[] WithoutConcepts(RawFeature[] features)
    {
        int count = 0;
        foreach (var f in features) if (f.Kind != FeatureKind.Concept) count++;
        if (count == features.Length) return features;
        var words = new RawFeature[count];
        int k = 0;
        foreach (var f in features) if (f.Kind != FeatureKind.Concept) words[k++] = f;
        return words;
    }
}
