using Claims.Segmentation;

namespace Claims.Attribution.Learned;

/// <summary>
/// The source of each kept attribution, chosen among the sources of the candidates the ranker dropped as near-duplicates
/// of it (the rules' reading and the tagger's of one content often name different sources). The kept candidate's own
/// source stays unless one of <see cref="SourceChoiceRule"/> prefers an alternative that names someone
/// (<see cref="SpeakerSanity"/>) and does not run across a line break: the first such alternative, in ranker order, is
/// taken. Designed on cross-fitted
/// PolNeAR train (benchmarks/README.md, attr18): the kept source was wrong on 1,000 of 10,434 matched attributions, and
/// for 246 of them a near-duplicate candidate had the annotated one ("For months, Obama has ... arguing": "For"
/// against "Clinton-Sanders"; "Clinton, who once praised": "Clinton" against "who"). Stateless and thread-safe.
/// </summary>
internal static class SourceChoice
{
    /// <summary>The rules that let a near-duplicate's source replace the kept one, in the order they are tried.</summary>
    public static readonly IReadOnlyList<SourceChoiceRule> Rules = [SourceChoiceRule.NamesNoOne, SourceChoiceRule.Contained];

    /// <summary>
    /// <paramref name="kept"/> with sources replaced where a rule prefers one of <paramref name="alternatives"/> (one list
    /// per kept attribution, or null when it had no near-duplicate with a source); the same list, changed in place.
    /// Layout attributions and counter-claims keep their sources.
    /// </summary>
    public static List<AttributionSpan> Apply(Document document, List<AttributionSpan> kept, IReadOnlyList<IReadOnlyList<TextSpan>?> alternatives)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(kept);
        ArgumentNullException.ThrowIfNull(alternatives);
        if (alternatives.Count != kept.Count) throw new ArgumentException("one list of alternatives per kept attribution", nameof(alternatives));
        for (int i = 0; i < kept.Count; i++)
        {
            var a = kept[i];
            if (alternatives[i] is not { Count: > 0 } others || a.FromLayout || a.Kind == ClaimKind.Counter || a.Source is not { } source) continue;
            if (Choose(document, source, others) is { } chosen) kept[i] = a with { Source = chosen };
        }
        return kept;
    }

    /// <summary>The alternative that replaces <paramref name="source"/>, or null when it stays.</summary>
    internal static TextSpan? Choose(Document document, TextSpan source, IReadOnlyList<TextSpan> alternatives)
    {
        bool namesNoOne = !SpeakerSanity.Default.Read(document, source).NamesSomeone;
        foreach (var other in alternatives)
        {
            if (other == source || CrossesLine(document.Text, other) || AfterObjectRelative(document, other)
                || !SpeakerSanity.Default.Read(document, other).NamesSomeone) continue;
            foreach (var rule in Rules)
                if (rule.Prefers(namesNoOne, source, other)) return other;
        }
        return null;
    }

    /// <summary>
    /// Whether a source opens with or right follows a relative pronoun ("a minerals deal which Trump has warned Zelensky not to abandon"):
    /// the report's content is then the antecedent, and the sentence is no claim of that speaker.
    /// </summary>
    private static bool AfterObjectRelative(Document document, TextSpan span)
    {
        int first = document.TokenRange(span).Start.Value;
        bool Relative(int k) => k >= 0 && k < document.Tokens.Count && document.Tokens[k] is { Kind: TokenKind.Word } t
            && Words.ObjectRelatives.Contains(t.Of(document.Text));
        return Relative(first) || Relative(first - 1);
    }

    /// <summary>Whether a source runs across a line break: a heading or a byline glued to a name ("Outline\nCirculating report").</summary>
    private static bool CrossesLine(string text, TextSpan span) => text.AsSpan(span.Start, span.Length).ContainsAny('\n', '\r');
}

/// <summary>A rule of <see cref="SourceChoice"/>: when a near-duplicate's source that names someone replaces the kept source.</summary>
/// <param name="Name">The rule's name.</param>
/// <param name="Prefers">Given whether the kept source names no one, the kept source and the alternative: whether the alternative wins.</param>
internal sealed record SourceChoiceRule(string Name, Func<bool, TextSpan, TextSpan, bool> Prefers)
{
    /// <summary>The kept source names no one ("For", "On Tuesday", "positioned her agenda around"): any source that does wins.</summary>
    public static readonly SourceChoiceRule NamesNoOne = new("names no one", (namesNoOne, _, _) => namesNoOne);

    /// <summary>
    /// The alternative contains the kept source and more ("with The Huffington Post" inside "former officials who spoke
    /// with The Huffington Post"; "California" inside "California the GOP candidate"): the longer reading holds the speaker.
    /// </summary>
    public static readonly SourceChoiceRule Contained = new("contained in a longer source",
        (_, source, other) => other.Start <= source.Start && other.End >= source.End && other.Length > source.Length);

    /// <inheritdoc />
    public override string ToString() => Name;
}
