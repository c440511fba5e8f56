using Claims.Segmentation;
using Claims.Text;

namespace Claims.Matching;

/// <summary>What a matching feature was written as; entities and numbers can weigh more than plain words.</summary>
internal enum FeatureKind : byte
{
    Word = 0,
    Number = 1,
    Entity = 2,
    Concept = 3,
}

/// <summary>One distinct feature of a claim: a content stem or normalized number, and how it was written.</summary>
internal readonly record struct RawFeature(string Term, FeatureKind Kind);

/// <summary>
/// Turns claim text into distinct matching features with the <see cref="TermExtractor"/> normalization (invariant
/// lower case, stop words dropped, Porter2 stems, numbers by value). A word written capitalized anywhere but as the
/// first word of the text, or in capitals ("NATO"), counts as an entity (a name). Stateless apart from the
/// extractor's concurrent stem cache, so it is thread-safe.
/// </summary>
internal sealed class FeatureExtractor
{
    public FeatureExtractor(TermExtractor terms, ConceptLexicon? concepts = null)
    {
        Terms = terms;
        Concepts = concepts;
    }

    public TermExtractor Terms { get; }

    /// <summary>When set, each word also yields a feature per concept group it belongs to ("≈agreement").</summary>
    public ConceptLexicon? Concepts { get; }

    /// <summary>Prefix of concept features; it cannot start a stem, so a concept never collides with a word.</summary>
    internal const string ConceptPrefix = "≈";

    /// <summary>The features of a free text, tokenized by the document stages' tokenizer.</summary>
    public RawFeature[] Extract(string text) => ExtractFresh(TextView.Tokens(text));

    /// <summary>The features of a claim, read from its document's tokens when it has a view.</summary>
    public RawFeature[] Extract(Claim claim) => claim.View is { } view ? Extract(view) : Extract(claim.Text);

    /// <summary>
    /// The features of the view's tokens, kept with the view for this configuration (<see cref="TextView.Memo"/>): the
    /// array is shared, so callers must not change it.
    /// </summary>
    public RawFeature[] Extract(TextView view) =>
        view.Memo(Terms, Concepts, this, static (extractor, v) => extractor.ExtractFresh(v));

    /// <summary>The features of the view's tokens, worked out anew.</summary>
    internal RawFeature[] ExtractFresh(TextView view)
    {
        // The thread's scratch list (the walk and the deduplication never call back into this method): only the
        // distinct features are copied out, at their final length.
        var features = t_scratch ??= new List<RawFeature>(64);
        features.Clear();
        Walk(view, new FeatureList(features));
        var distinct = Distinct(features);
        if (features.Capacity > ScratchLimit) t_scratch = null;
        return distinct;
    }

    [ThreadStatic] private static List<RawFeature>? t_scratch;
    // A scratch list grown past this many features (a very long text) is not kept for the next one.
    private const int ScratchLimit = 1 << 16;

    /// <summary>
    /// Adds the terms of <see cref="ExtractFresh"/>'s features of the view to <paramref name="terms"/> (the same terms,
    /// without how they were written): for callers that need only which terms a text has.
    /// </summary>
    internal void AddTerms(TextView view, HashSet<string> terms) => Walk(view, new TermSet(terms));

    // What a walk over a view's tokens hands each feature to.
    private interface IFeatureSink
    {
        void Add(string term, FeatureKind kind);
    }

    private readonly struct FeatureList(List<RawFeature> features) : IFeatureSink
    {
        public void Add(string term, FeatureKind kind) => features.Add(new RawFeature(term, kind));
    }

    private readonly struct TermSet(HashSet<string> terms) : IFeatureSink
    {
        public void Add(string term, FeatureKind kind) => terms.Add(term);
    }

    // Every feature of the view's tokens, in token order, duplicates included.
    private void Walk<TSink>(TextView view, TSink features) where TSink : IFeatureSink
    {
        string text = view.Text;
        bool firstWord = true;
        for (int k = 0; k < view.Count; k++)
        {
            var token = view[k];
            var chars = token.Of(text);
            if (token.Kind == TokenKind.Number)
            {
                features.Add(TermExtractor.NormalizeNumber(chars), FeatureKind.Number);
                continue;
            }
            if (token.Kind != TokenKind.Word) continue;
            bool isFirstWord = firstWord;
            firstWord = false;
            // Hyphenated compounds count by their parts: "five-hour" meets "five hours", "Trump-Putin" meets "Putin".
            foreach (var (part, partEntity) in NameParts.Of(chars, isFirstWord))
                AddWord(part, partEntity, features);
        }
    }

    private void AddWord<TSink>(ReadOnlySpan<char> chars, bool entity, TSink features) where TSink : IFeatureSink
    {
        if (Terms.ContentStem(chars) is not { } stem) return;
        features.Add(stem, entity ? FeatureKind.Entity : FeatureKind.Word);
        if (Concepts is null) return;
        foreach (var concept in Concepts.PrefixedConceptsOf(stem))
            features.Add(concept, FeatureKind.Concept);
    }

    // Binary weighting: a feature counts once per claim, with the strongest kind it was written as. Deduplicated in
    // the sorted list itself, then copied once at its final length.
    private static RawFeature[] Distinct(List<RawFeature> features)
    {
        if (features.Count == 0) return [];
        features.Sort(static (a, b) => string.CompareOrdinal(a.Term, b.Term));
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(features);
        int n = 1;
        for (int k = 1; k < span.Length; k++)
        {
            if (string.Equals(span[n - 1].Term, span[k].Term, StringComparison.Ordinal))
            {
                if (span[k].Kind > span[n - 1].Kind) span[n - 1] = span[k];
                continue;
            }
            span[n++] = span[k];
        }
        return span[..n].ToArray();
    }
}
