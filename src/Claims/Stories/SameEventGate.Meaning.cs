using System.Globalization;
using Claims.Stance;

namespace Claims.Stories;

// The gate's check that a model agreement across stories or inside a loose story means alike by the claim vectors.
public sealed partial class SameEventGate
{
    /// <summary>
    /// Why a model agreement across stories or inside a loose story (<see cref="LooseStory"/>) says two different things,
    /// or null: when <see cref="SameEventGateOptions.ModelAgreementsNeedCloseMeaning"/> is on, an agreement of the stance
    /// model alone (no deciding rule) between claims with vectors is neutral when their cosine is below
    /// <see cref="SameEventGateOptions.ModelAgreementMinVectorSimilarity"/>. Outside one event the model agrees on claims of
    /// one topic that state different, compatible facts ("Clinton has won Democratic primaries in Georgia, Virginia, ..."
    /// / "Trump is outworked in states including Virginia and Georgia", cosine 0.53), which the sentence encoder reads
    /// as apart. A tight story is left alone: there two facts of its one event are far apart in meaning and still agree.
    /// Without vectors (the lexical pipeline) the check does nothing, nor for a claim of several sentences
    /// (<see cref="SentenceEnd"/>), whose one vector blurs the sentence that agrees.
    /// </summary>
    private string? DistantMeaning(Claim a, Claim b, StanceVerdict verdict, PairContext context)
    {
        if (!Options.ModelAgreementsNeedCloseMeaning || verdict.DecidingRules.Count > 0) return null;
        bool loose = context.Corpus is { } corpus && LooseStory(context, corpus);
        if (context.SameStory && !loose) return null;
        if (SeveralSentences(a.Text) || SeveralSentences(b.Text)) return null;
        double needed = Options.ModelAgreementMinVectorSimilarity;
        if (VectorCosine(a, b) is not { } cosine || cosine >= needed) return null;
        string where = loose
            ? string.Create(CultureInfo.InvariantCulture, $"inside a loose story of {context.StoryArticles} articles")
            : "across stories";
        return string.Create(CultureInfo.InvariantCulture,
            $"a model agreement {where} whose meanings are apart (vector cosine {cosine:0.00} below {needed:0.00}): compatible facts of one topic, not one statement");
    }

    /// <summary>
    /// A sentence end inside the text: a full stop, question or exclamation mark (a closing quote may follow) and then
    /// white space and more text. A claim of several sentences has one vector for all of them, which blurs the sentence
    /// that agrees ("He gave his life trying to expose the world to the suffering of the Syrian people." / "We have never
    /// been prouder of our son Jim. He gave his life ...": FNC-1 raw folder 4); an abbreviation ("Mr. Trump") reads as
    /// one too, which only leaves more pairs alone.
    /// </summary>
    private static readonly System.Text.RegularExpressions.Regex SentenceEnd = new(
        @"[.!?][""'\u201D\u2019)]*\s+\S", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.NonBacktracking);

    // True when the text holds a sentence end before more text (SentenceEnd).
    private static bool SeveralSentences(string text) => SentenceEnd.IsMatch(text);

    /// <summary>The cosine of the two claims' vectors (unit length), or null when either has none or their lengths differ.</summary>
    private double? VectorCosine(Claim a, Claim b)
    {
        var va = Vectors.VectorOf(a);
        var vb = Vectors.VectorOf(b);
        if (va.IsEmpty || va.Length != vb.Length) return null;
        double dot = 0;
        ReadOnlySpan<float> sa = va.Span, sb = vb.Span;
        for (int k = 0; k < sa.Length; k++) dot += (double)sa[k] * sb[k];
        return dot;
    }
}
