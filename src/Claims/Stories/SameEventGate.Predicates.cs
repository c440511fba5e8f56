using System.Globalization;
using Claims.Segmentation;
using Claims.Stance;
using Claims.Text;

namespace Claims.Stories;

// The gate's check of what two claims say of the one thing they share: a model agreement across stories or inside a
// loose story needs the claims to say something related of it.
public sealed partial class SameEventGate
{
    /// <summary>
    /// One claim's content words in text order, as the gate's features read them (hyphenated compounds by their parts,
    /// numbers left out), each with whether it is written as a name and whether a negator stands just before it.
    /// </summary>
    private sealed record ContentSequence(string[] Stems, bool[] Names, bool[] Negated);

    /// <summary>
    /// How many words after a negator ("not", "never", "n't") are in its scope for <see cref="Predicate"/> ("not
    /// allowing", "not be allowed"); punctuation ends the scope.
    /// </summary>
    private const int NegationWords = 3;

    /// <summary>
    /// The fewest letters of the shorter of two stems one of which extends the other for them to be one word's forms
    /// ("temporari" / "temporarili", "propos" / "proposit"); a shorter stem ("pre", "con") starts too many words.
    /// </summary>
    private const int DerivedStemMinLength = 5;

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<Claim, ContentSequence> _sequences = new();

    /// <summary>The word relations (WordNet synonyms, hypernyms, antonyms) that relate what two claims say.</summary>
    private static WordRelations Relations => WordRelations.Default;

    /// <summary>
    /// Why a model agreement says two different things of one shared subject, or null. It applies to the stance model's
    /// agreements alone (no deciding rule) across stories or inside a loose story (<see cref="LooseStory"/>), when
    /// <see cref="SameEventGateOptions.ModelAgreementsNeedOnePredicate"/> is on: the words both claims share (names and
    /// content) are one phrase in each claim, each claim says at least
    /// <see cref="SameEventGateOptions.PredicateMinWords"/> content words beyond it that are not names, person titles
    /// ("presidential candidate", "nominee": how a named person is called) or negated ("not allowing": a negated word
    /// says its opposite, which the relations cannot compare with "ban"), and no word of what one says is the same as,
    /// a form of ("temporary" / "temporarily"), a synonym, a hypernym or an antonym of, or of one concept group with a
    /// word of what the other says. "Trump's idea for border wall 'stupid', 'useless'" / "he'd build a border wall and make Mexicans
    /// pay for it"; "Sanders also won New Hampshire earlier this campaign" / "Clinton still has a shot to win New
    /// Hampshire"; "a temporary ban on Muslims ... and a permanent wall" / "65 percent of Republicans supported his call
    /// for a temporary ban on Muslims ...": the subject is shared, what is said of it is not.
    /// </summary>
    private string? DifferentPredicates(Claim a, Claim b, StanceVerdict verdict, PairContext context, SameEventEvidence e)
    {
        if (!Options.ModelAgreementsNeedOnePredicate || verdict.DecidingRules.Count > 0) return null;
        bool loose = context.Corpus is { } corpus && LooseStory(context, corpus);
        if (context.SameStory && !loose) return null;
        var sa = Sequence(a);
        var sb = Sequence(b);
        if (!OnePhrase(sa, e) || !OnePhrase(sb, e)) return null;
        var restA = Predicate(sa, e, _titleStems);
        var restB = Predicate(sb, e, _titleStems);
        int needed = Options.PredicateMinWords;
        if (restA.Count < needed || restB.Count < needed || Related(restA, restB)) return null;
        string where = loose
            ? string.Create(CultureInfo.InvariantCulture, $"inside a loose story of {context.StoryArticles} articles")
            : "across stories";
        var shared = e.SharedWords.Where(w => !w.StartsWith(Matching.FeatureExtractor.ConceptPrefix, StringComparison.Ordinal)).Concat(e.SharedNames);
        return $"one shared subject ({Join(shared)}) of which each claim says its own thing ({Join(restA)} / {Join(restB)}), {where}";
    }

    private ContentSequence Sequence(Claim claim) => _sequences.GetValue(claim, c => SequenceOf(c.View ?? TextView.Tokens(c.Text)));

    // The content words of the view's tokens, as the feature extractor walks them: a word is a name when capitalized,
    // unless it opens the text (then only when written in capitals); a hyphenated word counts by its parts.
    private static ContentSequence SequenceOf(TextView view)
    {
        var stems = new List<string>();
        var names = new List<bool>();
        var negated = new List<bool>();
        string text = view.Text;
        bool firstWord = true;
        int scope = 0;
        for (int k = 0; k < view.Count; k++)
        {
            var token = view[k];
            if (token.Kind != TokenKind.Word)
            {
                if (token.Kind != TokenKind.Number) scope = 0;
                continue;
            }
            var chars = token.Of(text);
            bool inScope = scope > 0;
            if (inScope) scope--;
            if (IsNegator(chars))
            {
                scope = NegationWords;
                continue;
            }
            bool opening = firstWord;
            firstWord = false;
            foreach (var (piece, partName) in NameParts.Of(chars, opening))
            {
                if (TermExtractor.Default.ContentStem(piece) is not { } stem) continue;
                stems.Add(stem);
                names.Add(partName);
                negated.Add(inScope);
            }
        }
        return new ContentSequence([.. stems], [.. names], [.. negated]);
    }

    // "not", "never", "without", and a negated auxiliary ("didn't", "won’t").
    private static bool IsNegator(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[Math.Min(word.Length, 32)];
        if (word.Length > lower.Length) return false;
        word.ToLowerInvariant(lower);
        return Lexicon.IsNegator(lower);
    }

    private static bool IsShared(string stem, SameEventEvidence e) => e.SharedWords.Contains(stem) || e.SharedNames.Contains(stem);

    // True when the claim's shared words stand together: exactly one run of them among its content words.
    private static bool OnePhrase(ContentSequence s, SameEventEvidence e)
    {
        int runs = 0;
        bool inside = false;
        foreach (var stem in s.Stems)
        {
            bool shared = IsShared(stem, e);
            if (shared && !inside) runs++;
            inside = shared;
        }
        return runs == 1;
    }

    // What the claim says beyond the shared words: its other content words that are not names, person titles or
    // negated, distinct, in text order.
    private static List<string> Predicate(ContentSequence s, SameEventEvidence e, HashSet<string> titles)
    {
        var rest = new List<string>();
        for (int i = 0; i < s.Stems.Length; i++)
        {
            var stem = s.Stems[i];
            if (!s.Names[i] && !s.Negated[i] && !titles.Contains(stem) && !IsShared(stem, e) && !rest.Contains(stem)) rest.Add(stem);
        }
        return rest;
    }

    // One stem extends the other, the shorter of DerivedStemMinLength letters or more.
    private static bool Derived(string x, string y) =>
        Math.Min(x.Length, y.Length) >= DerivedStemMinLength
        && (x.StartsWith(y, StringComparison.Ordinal) || y.StartsWith(x, StringComparison.Ordinal));

    // True when a word of one list is the same as, a form of, a synonym, hypernym or antonym of, or of one concept group with a
    // word of the other.
    private static bool Related(List<string> a, List<string> b)
    {
        var relations = Relations;
        foreach (var x in a)
        {
            var conceptsX = ConceptLexicon.Default.PrefixedConceptsOf(x);
            foreach (var y in b)
            {
                if (x == y || Derived(x, y) || relations.AreSimilar(x, y) || relations.AreSimilar(y, x) || relations.AreAntonyms(x, y)) return true;
                foreach (var c in ConceptLexicon.Default.PrefixedConceptsOf(y))
                    if (conceptsX.Contains(c)) return true;
            }
        }
        return false;
    }
}
