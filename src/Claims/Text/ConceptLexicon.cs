using System.Collections.Frozen;

namespace Claims.Text;

/// <summary>
/// Narrow concept groups (<c>Resources/concepts-en.tsv</c>): words that name the same kind of event or relation
/// ("solution", "agreement", "deal"), keyed by stem, so that paraphrases with no word in common still share a
/// matching feature. Immutable and thread-safe.
/// </summary>
public sealed class ConceptLexicon
{
    private readonly FrozenDictionary<string, string[]> _conceptsByStem;

    /// <summary>The shipped lexicon, stemmed with <see cref="TermExtractor.Default"/>.</summary>
    public static ConceptLexicon Default => Shipped.Value;

    private static readonly Lazy<ConceptLexicon> Shipped = new(() => Parse(ResourceText.ReadLines("concepts-en.tsv"), TermExtractor.Default));

    // The same concepts written as matching features (Matching.FeatureExtractor.ConceptPrefix + concept), made once
    // here instead of once per word of every claim.
    private readonly FrozenDictionary<string, string[]> _featuresByStem;

    private ConceptLexicon(FrozenDictionary<string, string[]> conceptsByStem)
    {
        _conceptsByStem = conceptsByStem;
        _featuresByStem = conceptsByStem.ToFrozenDictionary(kv => kv.Key,
            kv => Array.ConvertAll(kv.Value, c => Matching.FeatureExtractor.ConceptPrefix + c), StringComparer.Ordinal);
    }

    /// <summary>Builds a lexicon from lines of <c>concept&lt;TAB&gt;word word ...</c>.</summary>
    /// <exception cref="FormatException">A line has no tab or no words; the message quotes it.</exception>
    public static ConceptLexicon Parse(IEnumerable<string> lines, TermExtractor terms)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(terms);
        var map = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            int tab = line.IndexOf('\t');
            if (tab <= 0 || tab == line.Length - 1)
                throw new FormatException($"concept line must be 'name<TAB>words': '{line}'");
            string concept = line[..tab].Trim();
            foreach (var word in line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                string stem = terms.Stem(TermExtractor.Lower(word));
                if (!map.TryGetValue(stem, out var set)) map[stem] = set = new SortedSet<string>(StringComparer.Ordinal);
                set.Add(concept);
            }
        }
        return new ConceptLexicon(map.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal));
    }

    /// <summary>The concepts a stem belongs to (usually none or one), in ordinal order.</summary>
    public ReadOnlySpan<string> ConceptsOf(string stem)
    {
        ArgumentNullException.ThrowIfNull(stem);
        return _conceptsByStem.TryGetValue(stem, out var concepts) ? concepts : [];
    }

    /// <summary>
    /// <see cref="ConceptsOf"/> with each concept written as a matching feature (its prefix in front), the strings
    /// shared by every call.
    /// </summary>
    internal ReadOnlySpan<string> PrefixedConceptsOf(string stem) =>
        _featuresByStem.TryGetValue(stem, out var features) ? features : [];
}
