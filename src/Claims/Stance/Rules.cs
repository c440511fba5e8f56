namespace Claims.Stance;

/// <summary>The built-in rules, in evaluation order.</summary>
public static class StanceRules
{
    /// <summary>Negation, status, antonym, number, modality and title rules.</summary>
    public static IReadOnlyList<IStanceRule> Default { get; } =
    [
        new StatusRule(), new ProximityRule(), new NegationRule(), new AntonymRule(), new NumberRule(), new ModalityRule(),
        new TitleRule(), new RefutationRule(), new SharedDenialRule(),
    ];

    /// <summary>The words from <paramref name="start"/> to <paramref name="end"/> (inclusive) joined, punctuation attached.</summary>
    internal static string Phrase(IReadOnlyList<string> words, int start, int end)
    {
        var parts = new List<string>();
        for (int i = Math.Max(0, start); i <= end && i < words.Count; i++)
        {
            string w = words[i];
            if (parts.Count > 0 && (w is "," or "n't" || (w.Length == 1 && char.IsPunctuation(w[0])))) parts[^1] += w;
            else parts.Add(w);
        }
        return string.Join(' ', parts);
    }

    /// <summary>Verbs and prepositions that deny what follows them without a negator ("failed to reach a deal").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> ImplicitNegators = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["failed", "fail", "fails", "failing", "without", "lack", "lacks", "lacked", "lacking", "refused", "refuses", "refuse",
         "unable", "declined", "declines", "short"], StringComparer.Ordinal);

    /// <summary>True when word <paramref name="index"/> follows an implicit negator in its clause (up to five words back).</summary>
    internal static bool ImplicitlyNegated(TextUnit u, int index)
    {
        for (int k = index - 1; k >= 0 && k >= index - 5; k--)
        {
            string w = u.Words[k];
            if (w.Length > 0 && !char.IsLetterOrDigit(w[0]) && w != "\"") return false;
            if (ImplicitNegators.Contains(w)) return true;
        }
        return false;
    }

    /// <summary>
    /// True when word <paramref name="i"/> of <paramref name="a"/> and word <paramref name="j"/> of <paramref name="b"/>
    /// have a content word in common among their three nearest content words on either side (negators and reporting
    /// verbs skipped), so the shared word is said of the same thing.
    /// </summary>
    internal static bool NeighboursShared(TextUnit a, int i, TextUnit b, int j)
    {
        var na = Neighbours(a, i);
        foreach (var stem in Neighbours(b, j))
            if (na.Contains(stem)) return true;
        return false;
    }

    private static HashSet<string> Neighbours(TextUnit u, int index)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        int found = 0;
        for (int k = index - 1; k >= 0 && found < 3; k--)
            if (u.Stems[k] is { } s && !Lexicon.ReportingStems.Contains(s)) { set.Add(s); found++; }
        found = 0;
        for (int k = index + 1; k < u.Words.Length && found < 3; k++)
            if (u.Stems[k] is { } s && !Lexicon.ReportingStems.Contains(s)) { set.Add(s); found++; }
        return set;
    }

    /// <summary>Index of the negator that scopes over word <paramref name="index"/>, or the word itself.</summary>
    internal static int NegationStart(TextUnit u, int index)
    {
        for (int k = index - 1; k >= 0 && k >= index - 4; k--)
        {
            // "didn't" was split into "did" + "n't": quote it whole.
            if (u.Words[k] == "n't" && k > 0) return k - 1;
            if (Lexicon.Negators.Contains(u.Words[k]) || Lexicon.ClauseNegators.Contains(u.Words[k])) return k;
        }
        for (int k = index - 1; k >= 0; k--)
            if (Lexicon.ClauseNegators.Contains(u.Words[k])) return k;
        return index;
    }
}

/// <summary>
/// Negation mismatch: a content word both texts use is negated in one only ("not cancelled" vs "cancelled"), and the
/// texts are otherwise about the same subject.
/// </summary>
public sealed class NegationRule : IStanceRule
{
    /// <inheritdoc />
    public string Name => "negation";

    /// <inheritdoc />
    public RuleFinding? Evaluate(StancePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var a = pair.A;
        var b = pair.B;
        if (a.Negations == 0 && b.Negations == 0) return null;
        for (int i = 0; i < a.Words.Length; i++)
        {
            var s = a.Stems[i];
            if (s is null || Lexicon.ReportingStems.Contains(s)) continue;
            for (int j = 0; j < b.Words.Length; j++)
            {
                if (b.Negated[j] == a.Negated[i] || !SameWord(a, i, b, j)) continue;
                // The same word un-negated elsewhere on the negated side means both readings are present.
                if (HasPlain(a.Negated[i] ? a : b, s)) continue;
                // "No Ukraine breakthrough" negates the breakthrough, not Ukraine: a determiner "no" scopes over the
                // head of its noun phrase, not over the words modifying it.
                if (a.Negated[i] ? IsModifierUnderNo(a, i) : IsModifierUnderNo(b, j)) continue;
                // "failed to reach a compromise" is as negative as "no compromise": nothing flips.
                if (a.Negated[i] ? StanceRules.ImplicitlyNegated(b, j) : StanceRules.ImplicitlyNegated(a, i)) continue;
                // "not ready to end the war" denies readiness, not ending: "not" scopes over the first content word.
                if (a.Negated[i] ? !IsFirstAfterNegator(a, i) : !IsFirstAfterNegator(b, j)) continue;
                // The word must be used about the same thing on both sides: "no plans for a meeting" and "a possible
                // peace plan for Ukraine" share the word, not its neighbours.
                if (!StanceRules.NeighboursShared(a, i, b, j)) continue;
                if (!pair.SameSubject([s])) return null;
                string pa = a.Negated[i] ? StanceRules.Phrase(a.Words, StanceRules.NegationStart(a, i), i) : a.Words[i];
                string pb = b.Negated[j] ? StanceRules.Phrase(b.Words, StanceRules.NegationStart(b, j), j) : b.Words[j];
                return new RuleFinding(Name, StanceLabel.Contradicts, RuleEffect.Decide, 0.85, $"negation: '{pa}' vs '{pb}'");
            }
        }
        return null;
    }

    /// <summary>True when word <paramref name="index"/> is the first content word after its negator ("no" excepted).</summary>
    private static bool IsFirstAfterNegator(TextUnit u, int index)
    {
        int start = StanceRules.NegationStart(u, index);
        if (start == index || u.Words[start] == "no") return true;
        for (int k = start + 1; k < index; k++)
            if (u.Stems[k] is not null) return false;
        return true;
    }

    /// <summary>Same stem, or the same verb where one form is irregular ("meet" / "met").</summary>
    private static bool SameWord(TextUnit a, int i, TextUnit b, int j)
    {
        if (a.Stems[i] is null || b.Stems[j] is null) return false;
        if (a.Stems[i] == b.Stems[j]) return true;
        var lemmas = Claims.Text.VerbLemmas.Default;
        return lemmas.Lemma(a.Words[i]) == lemmas.Lemma(b.Words[j]);
    }

    private static bool IsModifierUnderNo(TextUnit u, int index)
    {
        int start = StanceRules.NegationStart(u, index);
        if (start == index || u.Words[start] != "no") return false;
        return index + 1 < u.Words.Length && u.Stems[index + 1] is not null;
    }

    private static bool HasPlain(TextUnit u, string stem)
    {
        for (int k = 0; k < u.Stems.Length; k++)
            if (u.Stems[k] == stem && !u.Negated[k]) return true;
        return false;
    }
}

/// <summary>
/// Refutation: one text calls the other's content false ("denied that", "a hoax", "was debunked") while the other
/// asserts it. Runs after the antonym rule, so "confirmed" vs "denied" is reported as an antonym.
/// </summary>
public sealed class RefutationRule : IStanceRule
{
    /// <inheritdoc />
    public string Name => "refutation";

    /// <inheritdoc />
    public RuleFinding? Evaluate(StancePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        string? ra = Find(pair.A), rb = Find(pair.B);
        if ((ra is null) == (rb is null)) return null;
        string word = (ra ?? rb)!;
        if (!pair.SameSubject([word], minShare: 0.5)) return null;
        return new RuleFinding(Name, StanceLabel.Contradicts, RuleEffect.Decide, 0.7,
            ra is not null ? $"refutation: '{ra}' vs asserted" : $"refutation: asserted vs '{rb}'");
    }

    private static string? Find(TextUnit u)
    {
        for (int i = 0; i < u.Words.Length; i++)
            if (!u.Negated[i] && Lexicon.StrongRefuting.Contains(u.Words[i])) return u.Words[i];
        return null;
    }
}

/// <summary>
/// Event status: one text says the event was cancelled and the other that it was postponed (put on hold) or went
/// ahead, or one asserts a status the other denies. Fires only when both talk about the same event.
/// </summary>
public sealed class StatusRule : IStanceRule
{
    /// <inheritdoc />
    public string Name => "status";

    /// <inheritdoc />
    public RuleFinding? Evaluate(StancePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        if (pair.A.StatusBits == 0 || pair.B.StatusBits == 0) return null;
        bool conflict = PairFeaturizer.StatusConflict(pair.A.StatusBits, pair.B.StatusBits);
        if (!conflict && !Consistent(pair.A.StatusBits, pair.B.StatusBits)) return null;
        var ma = Mentions(pair.A);
        var mb = Mentions(pair.B);
        var pivots = ma.Concat(mb).SelectMany(m => m.Words).ToHashSet(StringComparer.Ordinal);
        if (!pair.SameSubject(pivots)) return null;
        return conflict
            ? new RuleFinding(Name, StanceLabel.Contradicts, RuleEffect.Decide, 0.9, $"status: '{Describe(ma)}' vs '{Describe(mb)}'")
            : new RuleFinding(Name, StanceLabel.Agrees, RuleEffect.Decide, 0.75, $"status: '{Describe(ma)}' is consistent with '{Describe(mb)}'");
    }

    /// <summary>
    /// Two status descriptions that say the same thing: one status asserted (or denied) on both sides, or an event
    /// postponed or held on one side and "not cancelled" on the other. Bits: cancelled 0, postponed 1, held 2.
    /// </summary>
    internal static bool Consistent(int a, int b)
    {
        const int cancelled = 1, postponedOrHeld = 0b110;
        int aAsserted = a & 0xFF, aDenied = (a >> 8) & 0xFF, bAsserted = b & 0xFF, bDenied = (b >> 8) & 0xFF;
        if ((aAsserted & bAsserted) != 0 || (aDenied & bDenied) != 0) return true;
        return ((aAsserted & postponedOrHeld) != 0 && (bDenied & cancelled) != 0)
            || ((bAsserted & postponedOrHeld) != 0 && (aDenied & cancelled) != 0);
    }

    private static string Describe(List<(string Text, bool Negated, string[] Words)> mentions) =>
        string.Join(", ", mentions.OrderBy(m => m.Negated).Select(m => m.Text).Distinct(StringComparer.Ordinal));

    private static List<(string Text, bool Negated, string[] Words)> Mentions(TextUnit u)
    {
        var result = new List<(string, bool, string[])>();
        for (int i = 0; i < u.Words.Length; i++)
        {
            var phrase = Lexicon.Statuses.SelectMany(st => st.Phrases).FirstOrDefault(p => UnitBuilder.MatchAt(u.Words, i, p));
            if (phrase is null) continue;
            int start = u.Negated[i] ? StanceRules.NegationStart(u, i) : i;
            result.Add((StanceRules.Phrase(u.Words, start, i + phrase.Length - 1), u.Negated[i], phrase));
            i += phrase.Length - 1;
        }
        return result;
    }
}

/// <summary>
/// Antonyms: one text has a word and the other its opposite ("rose" vs "fell", "close to" vs "far from", "confirmed"
/// vs "denied"; the built-in list plus WordNet antonyms), neither negated, about the same subject.
/// </summary>
public sealed class AntonymRule : IStanceRule
{
    /// <inheritdoc />
    public string Name => "antonym";

    /// <inheritdoc />
    public RuleFinding? Evaluate(StancePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var a = pair.A;
        var b = pair.B;
        var pairs = Lexicon.Antonyms;
        if (PairFeaturizer.OppositeSides(a.AntonymSides, b.AntonymSides) > 0)
        {
            for (int p = 0; p < pairs.Count && p < 32; p++)
            {
                var (left, right) = pairs[p];
                var found = Find(a, left, right, b) ?? Find(a, right, left, b);
                if (found is null) continue;
                var (wa, wb) = found.Value;
                var pivots = wa.Split(' ').Concat(wb.Split(' ')).ToHashSet(StringComparer.Ordinal);
                if (!pair.SameSubject(pivots)) continue;
                return new RuleFinding(Name, StanceLabel.Contradicts, RuleEffect.Decide, 0.8, $"antonym: '{wa}' vs '{wb}'");
            }
        }
        // WordNet antonyms on content stems: stricter alignment, because WordNet's senses are broad. The id-based
        // alignment tells cheaply whether there is any candidate before the word-by-word search.
        if (pair.Relations.Align(a, b).Antonyms == 0) return null;
        for (int i = 0; i < a.Words.Length; i++)
        {
            var s = a.Stems[i];
            if (s is null || a.Negated[i] || Array.IndexOf(b.Stems, s) >= 0) continue;
            for (int j = 0; j < b.Words.Length; j++)
            {
                var t = b.Stems[j];
                if (t is null || b.Negated[j] || Array.IndexOf(a.Stems, t) >= 0) continue;
                if (!pair.Relations.AreAntonyms(s, t)) continue;
                // "expected" vs "unexpectedly": an adverb qualifies how something happened, it does not deny the verb.
                if (a.Words[i].EndsWith("ly", StringComparison.Ordinal) != b.Words[j].EndsWith("ly", StringComparison.Ordinal)) continue;
                if (!pair.SameSubject([s, t], minShare: 0.5)) continue;
                return new RuleFinding(Name, StanceLabel.Contradicts, RuleEffect.Decide, 0.7, $"antonym: '{a.Words[i]}' vs '{b.Words[j]}'");
            }
        }
        return null;
    }

    private static (string, string)? Find(TextUnit a, string[][] mine, string[][] theirs, TextUnit b)
    {
        string? wa = Match(a, mine);
        if (wa is null || Match(a, theirs) is not null) return null;
        string? wb = Match(b, theirs);
        if (wb is null || Match(b, mine) is not null) return null;
        return (wa, wb);
    }

    private static string? Match(TextUnit u, string[][] phrases)
    {
        for (int i = 0; i < u.Words.Length; i++)
        {
            if (u.Negated[i]) continue;
            foreach (var p in phrases)
                if (UnitBuilder.MatchAt(u.Words, i, p)) return string.Join(' ', p);
        }
        return null;
    }
}

/// <summary>
/// Numbers and dates: the same kind of quantity ("hours", "percent", a weekday) with different values contradicts;
/// the same value agrees ("a five-hour meeting" and "talks which lasted five hours"). Approximate figures
/// ("about 50") match within 15%.
/// </summary>
public sealed class NumberRule : IStanceRule
{
    /// <inheritdoc />
    public string Name => "numbers";

    /// <inheritdoc />
    public RuleFinding? Evaluate(StancePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var na = pair.A.Numbers;
        var nb = pair.B.Numbers;
        if (na.Length == 0 || nb.Length == 0) return null;
        NumberMention? mismatchA = null, mismatchB = null, matchA = null, matchB = null;
        foreach (var x in na)
        {
            NumberMention? other = null;
            bool same = false;
            foreach (var y in nb)
            {
                if (x.Unit != y.Unit) continue;
                if (PairFeaturizer.SameValue(x, y)) { same = true; matchA = x; matchB = y; break; }
                other ??= y;
            }
            // "At least 12" is consistent with 15: approximate figures never make a mismatch.
            if (!same && other is { } o && mismatchA is null && !x.Approximate && !o.Approximate) { mismatchA = x; mismatchB = o; }
        }
        var pivots = na.Concat(nb).SelectMany(n => n.Surface.Split(' ')).Concat(na.Concat(nb).Select(n => n.Unit)).ToHashSet(StringComparer.Ordinal);
        if (mismatchA is { } ma && mismatchB is { } mb && matchA is null)
        {
            if (!pair.SameSubject(pivots)) return null;
            return new RuleFinding(Name, StanceLabel.Contradicts, RuleEffect.Decide, 0.75, $"numbers: '{ma.Surface}' vs '{mb.Surface}'");
        }
        if (matchA is { } xa && matchB is { } xb && mismatchA is null)
        {
            if (!pair.SameSubject(pivots)) return null;
            return new RuleFinding(Name, StanceLabel.Agrees, RuleEffect.Decide, 0.65, $"numbers: '{xa.Surface}' matches '{xb.Surface}'");
        }
        return null;
    }
}

/// <summary>
/// Modality: a hedged statement ("may resign", "reportedly") neither agrees with nor contradicts an asserted one, so
/// it vetoes agreement; "no plans to" against "plans to" or "will" contradicts.
/// </summary>
public sealed class ModalityRule : IStanceRule
{
    private static readonly string[][] NoPlans = [["no", "plans"], ["no", "plan"], ["no", "intention"], ["not", "planning"], ["not", "going", "to"], ["has", "ruled", "out"], ["ruled", "out"]];
    private static readonly System.Collections.Frozen.FrozenSet<string> PlanPivots = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["plan", "plans", "intent", "intention", "will", "going", "rule", "ruled", "set"], StringComparer.Ordinal);
    private static readonly System.Collections.Frozen.FrozenSet<string> UnfirmPlan = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["reportedly", "allegedly", "whether", "if", "could", "may", "might", "rumored", "rumoured", "depend", "depends"], StringComparer.Ordinal);
    private static readonly string[][] Plans = [["plans", "to"], ["plan", "to"], ["planning", "to"], ["will"], ["intends", "to"], ["is", "going", "to"], ["are", "going", "to"], ["set", "to"]];

    /// <inheritdoc />
    public string Name => "modality";

    /// <inheritdoc />
    public RuleFinding? Evaluate(StancePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var a = pair.A;
        var b = pair.B;
        string? noA = Find(a, NoPlans), noB = Find(b, NoPlans);
        string? plansA = noA is null ? Find(a, Plans) : null, plansB = noB is null ? Find(b, Plans) : null;
        if ((noA is not null && plansB is not null) || (noB is not null && plansA is not null))
        {
            // A bare "will" states any future act, not a plan for this one: the texts must name the same people.
            bool bareWill = (plansA ?? plansB)!.StartsWith("will", StringComparison.Ordinal);
            if (bareWill && !pair.SharesNames()) return null;
            // A reported or conditional plan ("will reportedly hold talks", "whether a meeting occurs will depend")
            // is no firm plan to contradict.
            var planSide = plansA is not null ? a : b;
            if (planSide.Words.Any(UnfirmPlan.Contains)) return null;
            if (pair.SameSubject(PlanPivots))
                return new RuleFinding(Name, StanceLabel.Contradicts, RuleEffect.Decide, 0.75,
                    $"modality: '{noA ?? plansA}' vs '{noB ?? plansB}'");
            return null;
        }
        string? modalA = Modal(a), modalB = Modal(b);
        if ((modalA is null) == (modalB is null)) return null;
        if (!pair.SameSubject(Lexicon.Modals)) return null;
        return new RuleFinding(Name, StanceLabel.Neutral, RuleEffect.Veto, 0.6,
            modalA is not null ? $"modality: '{modalA}' (hedged) vs asserted" : $"modality: asserted vs '{modalB}' (hedged)");
    }

    private static string? Modal(TextUnit u)
    {
        for (int i = 0; i < u.Words.Length; i++)
            // A capitalized "May" is the month.
            if (Lexicon.Modals.Contains(u.Words[i]) && !u.Capitalized[i])
                return i + 1 < u.Words.Length && u.Stems[i + 1] is not null ? u.Words[i] + " " + u.Words[i + 1] : u.Words[i];
        return null;
    }

    private static string? Find(TextUnit u, string[][] phrases)
    {
        for (int i = 0; i < u.Words.Length; i++)
            foreach (var p in phrases)
                if (UnitBuilder.MatchAt(u.Words, i, p))
                    return StanceRules.Phrase(u.Words, i, Math.Min(u.Words.Length - 1, i + p.Length));
        return null;
    }
}

/// <summary>
/// Titles and roles: the same person called "former President X" in one text and "President X" in the other (or
/// "Vice President" vs "President"). Different but compatible descriptions ("special envoy" vs "businessman") do not
/// fire.
/// </summary>
public sealed class TitleRule : IStanceRule
{
    /// <inheritdoc />
    public string Name => "title";

    /// <inheritdoc />
    public RuleFinding? Evaluate(StancePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var ta = Titles(pair.A);
        if (ta.Count == 0) return null;
        var tb = Titles(pair.B);
        foreach (var x in ta)
            foreach (var y in tb)
            {
                if (x.Name != y.Name || x.Title != y.Title) continue;
                if (x.Past != y.Past || x.Vice != y.Vice)
                    return new RuleFinding(Name, StanceLabel.Contradicts, RuleEffect.Decide, 0.7, $"title: '{x.Surface}' vs '{y.Surface}'");
            }
        return null;
    }

    private static List<(string Name, string Title, bool Past, bool Vice, string Surface)> Titles(TextUnit u)
    {
        var list = new List<(string, string, bool, bool, string)>();
        var w = u.Words;
        for (int i = 0; i < w.Length; i++)
        {
            if (!Lexicon.Titles.Contains(w[i])) continue;
            int j = i + 1;
            // "Prime Minister": the title can be two words; the name is the run of capitalized words after it.
            while (j < w.Length && Lexicon.Titles.Contains(w[j])) j++;
            int nameStart = j;
            while (j < w.Length && u.Capitalized[j]) j++;
            if (j == nameStart) continue;
            string name = w[j - 1];
            int k = i - 1;
            bool vice = k >= 0 && w[k] is "vice" or "deputy";
            if (vice) k--;
            // Skip a nationality or office adjective ("former US President").
            bool past = false;
            for (int m = k; m >= 0 && m >= k - 1; m--)
                if (Lexicon.PastQualifiers.Contains(w[m])) { past = true; break; }
            int start = past ? Math.Max(0, Array.FindLastIndex(w, i, i + 1, x => Lexicon.PastQualifiers.Contains(x))) : (vice ? i - 1 : i);
            string surface = string.Join(' ', w[start..j]);
            list.Add((name, string.Join(' ', w[i..nameStart]), past, vice, surface));
            i = j - 1;
        }
        return list;
    }
}

/// <summary>
/// Proximity to an outcome: "close to a diplomatic solution" against "far from agreement". The two texts contradict
/// when one says near and the other far and the outcomes they measure are the same thing: the same word or the same
/// concept group (<see cref="Claims.Text.ConceptLexicon"/>: solution, agreement, deal, breakthrough, ...).
/// </summary>
public sealed class ProximityRule : IStanceRule
{
    private static readonly string[][] Near = [["close", "to"], ["closer", "to"], ["near"], ["nearing"], ["on", "the", "verge", "of"], ["within", "reach", "of"]];
    private static readonly string[][] Far = [["far", "from"], ["further", "from"], ["farther", "from"], ["far", "off"], ["a", "long", "way", "from"]];

    private readonly Claims.Text.ConceptLexicon _concepts;

    /// <summary>Uses the shipped concept groups.</summary>
    public ProximityRule() : this(Claims.Text.ConceptLexicon.Default) { }

    /// <summary>Uses <paramref name="concepts"/> to tell whether two outcomes are the same thing.</summary>
    public ProximityRule(Claims.Text.ConceptLexicon concepts) => _concepts = concepts ?? throw new ArgumentNullException(nameof(concepts));

    /// <inheritdoc />
    public string Name => "proximity";

    /// <inheritdoc />
    public RuleFinding? Evaluate(StancePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var nearA = Find(pair.A, Near);
        var farB = nearA is null ? null : Find(pair.B, Far);
        var farA = nearA is null ? Find(pair.A, Far) : null;
        var nearB = farA is null ? null : Find(pair.B, Near);
        var (x, y) = nearA is not null && farB is not null ? (nearA, farB) : (farA, nearB);
        if (x is null || y is null) return null;
        foreach (var sx in x.Value.Objects)
            foreach (var sy in y.Value.Objects)
                if (sx == sy || SharesConcept(sx, sy))
                    return new RuleFinding(Name, StanceLabel.Contradicts, RuleEffect.Decide, 0.8,
                        $"proximity: '{x.Value.Phrase}' vs '{y.Value.Phrase}'");
        return null;
    }

    private bool SharesConcept(string x, string y)
    {
        foreach (var cx in _concepts.ConceptsOf(x))
            foreach (var cy in _concepts.ConceptsOf(y))
                if (cx == cy) return true;
        return false;
    }

    /// <summary>The first un-negated proximity phrase and the content stems of what it measures (the next five words).</summary>
    private static (string Phrase, List<string> Objects)? Find(TextUnit u, string[][] phrases)
    {
        for (int i = 0; i < u.Words.Length; i++)
        {
            if (u.Negated[i]) continue;
            foreach (var p in phrases)
            {
                // Quotation marks may sit inside the phrase: are “quite close” to reaching ...
                if (!MatchSkippingQuotes(u.Words, i, p, out int end)) continue;
                var objects = new List<string>();
                int last = Math.Min(u.Words.Length - 1, end + 5);
                for (int k = end + 1; k <= last; k++)
                {
                    string w = u.Words[k];
                    if (w is "," or "." or ";" or ":") break;
                    if (u.Stems[k] is { } stem) objects.Add(stem);
                }
                if (objects.Count > 0) return (StanceRules.Phrase(u.Words, i, last), objects);
            }
        }
        return null;
    }

    private static bool MatchSkippingQuotes(string[] words, int start, string[] phrase, out int end)
    {
        int k = start;
        end = start;
        foreach (var part in phrase)
        {
            while (k < words.Length && words[k] == "\"" && k > start) k++;
            if (k >= words.Length || words[k] != part) return false;
            end = k++;
        }
        return true;
    }
}

/// <summary>
/// Shared denial: both texts deny the same thing ("No Ukraine breakthrough" and "the talks did not yield a
/// breakthrough"; "failed to reach a compromise" and "no finalized compromise"), explicitly or with an implicit
/// negator, and neither asserts it. Agreement, when the texts are about the same subject.
/// </summary>
public sealed class SharedDenialRule : IStanceRule
{
    /// <inheritdoc />
    public string Name => "shared-denial";

    /// <inheritdoc />
    public RuleFinding? Evaluate(StancePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var a = pair.A;
        var b = pair.B;
        for (int i = 0; i < a.Words.Length; i++)
        {
            var s = a.Stems[i];
            if (s is null || Lexicon.ReportingStems.Contains(s) || !Denied(a, i)) continue;
            for (int j = 0; j < b.Words.Length; j++)
            {
                if (b.Stems[j] != s || !Denied(b, j)) continue;
                if (Asserted(a, s) || Asserted(b, s)) return null;
                if (!pair.SameSubject([s], minShare: 0.2)) return null;
                return new RuleFinding(Name, StanceLabel.Agrees, RuleEffect.Decide, 0.7,
                    $"shared denial: '{Quote(a, i)}' and '{Quote(b, j)}'");
            }
        }
        return null;
    }

    private static bool Denied(TextUnit u, int i) => u.Negated[i] || StanceRules.ImplicitlyNegated(u, i);

    private static bool Asserted(TextUnit u, string stem)
    {
        for (int k = 0; k < u.Stems.Length; k++)
            if (u.Stems[k] == stem && !Denied(u, k)) return true;
        return false;
    }

    private static string Quote(TextUnit u, int i)
    {
        int start = StanceRules.NegationStart(u, i);
        if (start == i)
            for (int k = i - 1; k >= 0 && k >= i - 5; k--)
                if (StanceRules.ImplicitlyNegated(u, k + 1) && !StanceRules.ImplicitlyNegated(u, k)) { start = k; break; }
        return StanceRules.Phrase(u.Words, start, i);
    }
}
