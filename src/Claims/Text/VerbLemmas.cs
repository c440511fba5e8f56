using System.Collections.Frozen;

namespace Claims.Text;

/// <summary>
/// Irregular verb forms and their lemmas ("met" → "meet", "held" → "hold") from WordNet 3.0's exception list
/// (<c>Resources/wordnet-verb-exceptions.tsv</c>), so rules can tell "did not meet" and "met" are one verb where the
/// stemmer cannot. Immutable and thread-safe.
/// </summary>
public sealed class VerbLemmas
{
    private readonly FrozenDictionary<string, string> _lemmas;

    private static readonly Lazy<VerbLemmas> Shipped = new(() => Parse(ResourceText.ReadLines("wordnet-verb-exceptions.tsv")));

    // The same map looked up by a word's characters, without making a string of them.
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lemmaSpans;

    private VerbLemmas(FrozenDictionary<string, string> lemmas)
    {
        _lemmas = lemmas;
        _lemmaSpans = lemmas.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The shipped WordNet exception list.</summary>
    public static VerbLemmas Default => Shipped.Value;

    /// <summary>Builds the table from <c>form&lt;TAB&gt;lemma</c> lines.</summary>
    /// <exception cref="FormatException">A line is not two tab-separated fields; the message quotes it.</exception>
    public static VerbLemmas Parse(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var fields = line.Split('\t');
            if (fields.Length != 2 || fields[0].Length == 0 || fields[1].Length == 0)
                throw new FormatException($"verb exception line must be 'form<TAB>lemma': '{line}'");
            map.TryAdd(fields[0], fields[1]);
        }
        return new VerbLemmas(map.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Every irregular form with its lemma.</summary>
    internal IEnumerable<KeyValuePair<string, string>> Exceptions => _lemmas;

    /// <summary>The lemma of an irregular lower-case form, or the word itself.</summary>
    public string Lemma(string lowerWord)
    {
        ArgumentNullException.ThrowIfNull(lowerWord);
        return _lemmas.TryGetValue(lowerWord, out var lemma) ? lemma : lowerWord;
    }

    /// <summary>
    /// Whether <paramref name="word"/> has a lemma other than itself: <c>Lemma(word) != word</c> for the same
    /// characters, without making a string of them.
    /// </summary>
    internal bool HasOtherLemma(ReadOnlySpan<char> word) => _lemmaSpans.TryGetValue(word, out var lemma) && !word.SequenceEqual(lemma);
}
