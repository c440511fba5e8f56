using Claims.Text;

namespace Claims.Attribution;

/// <summary>What a cue verb signals.</summary>
public enum CueClass
{
    /// <summary>A verb of saying ("said", "told", "added").</summary>
    Speech,
    /// <summary>Thinking, knowing or feeling ("believes", "fears").</summary>
    Belief,
    /// <summary>Wishes and plans ("wants", "plans").</summary>
    Want,
    /// <summary>Findings of polls, studies and reports ("found", "shows").</summary>
    Finding,
    /// <summary>Evaluative acts that report a position ("called it a disaster", "criticized the deal", "endorsed Trump").</summary>
    Stance,
}

/// <summary>One cue word form: its lemma, class and, for phrasal cues ("point out"), the particle that must follow.</summary>
/// <param name="Lemma">Dictionary form ("say", "point out").</param>
/// <param name="Class">What the cue signals.</param>
/// <param name="Particle">The particle that must follow the form, or null.</param>
/// <param name="Invertible">Whether the cue may precede its source after the content ("…, said Ushakov").</param>
/// <param name="QuoteOnly">Whether the cue attributes only quotations ("“…,” he continued").</param>
/// <param name="ClauseOnly">Whether the cue takes a clause, never a plain object ("claimed that …", not "claimed victory").</param>
/// <param name="ObjectOnly">Whether the content is the object noun phrase only ("endorsed Cruz last week": "Cruz").</param>
public sealed record CueEntry(string Lemma, CueClass Class, string? Particle, bool Invertible = false, bool QuoteOnly = false, bool ClauseOnly = false,
    bool ObjectOnly = false);

/// <summary>
/// The cue verbs, read from the embedded data files <c>Resources/cue-verbs-en.tsv</c> (lemma, class, inflected forms;
/// written by hand) and <c>Resources/cue-verbs-polnear.tsv</c> (forms learned from PolNeAR train by the
/// <c>polnear-cues</c> evaluation command; hand-written entries come first and win).
/// Immutable after construction; lookups by character span do not allocate.
/// </summary>
public sealed class CueLexicon
{
    private readonly Dictionary<string, CueEntry[]> _forms;
    private readonly Dictionary<string, CueEntry[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Dictionary<string, CueEntry>.AlternateLookup<ReadOnlySpan<char>> _lemmas;

    private static readonly Lazy<CueLexicon> ShippedLexicon = new(() => new CueLexicon(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The shipped lexicon, loaded once: the default stages share it (a lexicon is immutable), instead of each reading
    /// and parsing the resources again.
    /// </summary>
    internal static CueLexicon Shipped => ShippedLexicon.Value;

    /// <summary>Loads the shipped lexicon.</summary>
    public CueLexicon() : this(ResourceText.ReadLines("cue-verbs-en.tsv").Concat(ResourceText.ReadLines("cue-verbs-polnear.tsv"))) { }

    /// <summary>
    /// Builds a lexicon from lines of <c>lemma TAB class TAB form,form,... [TAB flags]</c> (flags: i invertible,
    /// q quote-only, c clause-only, o object-only); '#' lines are comments and further columns are ignored.
    /// </summary>
    public CueLexicon(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        _forms = new Dictionary<string, CueEntry[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            if (cols.Length < 3)
                throw new FormatException($"cue lexicon line needs lemma, class and forms: '{line}'");
            var cls = cols[1].Trim().ToLowerInvariant() switch
            {
                "speech" => CueClass.Speech,
                "belief" => CueClass.Belief,
                "want" => CueClass.Want,
                "finding" => CueClass.Finding,
                "stance" => CueClass.Stance,
                var other => throw new FormatException($"unknown cue class '{other}'"),
            };
            string lemma = cols[0].Trim();
            int space = lemma.IndexOf(' ', StringComparison.Ordinal);
            string? particle = space > 0 ? lemma[(space + 1)..] : null;
            string flags = cols.Length > 3 ? cols[3] : "";
            var entry = new CueEntry(lemma, cls, particle, flags.Contains('i', StringComparison.Ordinal), flags.Contains('q', StringComparison.Ordinal),
                flags.Contains('c', StringComparison.Ordinal), flags.Contains('o', StringComparison.Ordinal));
            foreach (var form in cols[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                // A form may belong to several lemmas ("called": "call for", "call"); file order is lookup order.
                _forms[form] = _forms.TryGetValue(form, out var existing) ? [.. existing, entry] : [entry];
        }
        _lookup = _forms.GetAlternateLookup<ReadOnlySpan<char>>();
        var lemmas = new Dictionary<string, CueEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entries in _forms.Values)
            foreach (var e in entries)
                if (e.Particle is null) lemmas.TryAdd(e.Lemma, e);
        _lemmas = lemmas.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Number of word forms known.</summary>
    public int Count => _forms.Count;

    /// <summary>The first entry for a word form (case-insensitive), or null.</summary>
    public CueEntry? Find(ReadOnlySpan<char> form) => _lookup.TryGetValue(form, out var e) ? e[0] : null;

    /// <summary>
    /// The entry whose lemma is <paramref name="lemma"/> (case-insensitive, one-word lemmas only), or null: the bare form
    /// after "to" ("continues to reject") when the lexicon lists only inflected forms.
    /// </summary>
    public CueEntry? FindLemma(ReadOnlySpan<char> lemma) => _lemmas.TryGetValue(lemma, out var e) ? e : null;

    /// <summary>Every entry for a word form (case-insensitive), in file order; empty when unknown.</summary>
    public IReadOnlyList<CueEntry> FindAll(ReadOnlySpan<char> form) => _lookup.TryGetValue(form, out var e) ? e : [];
}
