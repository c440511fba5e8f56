using System.Collections.Frozen;

namespace Claims.Stance;

/// <summary>
/// Antonyms: one text has a word and the other its opposite ("rose" vs "fell", "close to" vs "far from", "confirmed"
/// vs "denied"; the built-in list plus WordNet antonyms), neither negated, about the same subject.
/// </summary>
public sealed class AntonymRule : IStanceRule
{
    /// <inheritdoc />
    public string Name => RuleName;

    /// <summary>The rule's name in verdict reasons and in options keyed by rule (<c>antonym</c>).</summary>
    public const string RuleName = "antonym";

    /// <inheritdoc />
    public RuleFinding? Evaluate(StancePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        // "Axl Rose dead: a death hoax" names what it calls false; "alive and well" agrees with it (the refutation
        // rule reads a text calling a report false).
        if (StanceRules.Disowning(pair.A) is not null || StanceRules.Disowning(pair.B) is not null) return null;
        return ListedAntonym(pair) ?? WordNetAntonym(pair);
    }

    // The built-in opposites (Lexicon.Antonyms), phrases included.
    private RuleFinding? ListedAntonym(StancePair pair)
    {
        var a = pair.A;
        var b = pair.B;
        var pairs = Lexicon.Antonyms;
        if (PairFeaturizer.OppositeSides(a.AntonymSides, b.AntonymSides) == 0) return null;
        for (int p = 0; p < pairs.Count && p < 32; p++)
        {
            var (left, right) = pairs[p];
            var found = Find(a, left, right, b) ?? Find(a, right, left, b);
            if (found is null) continue;
            var (wa, ia, wb, ib) = found.Value;
            if (MixedJudgement(a, wa) || MixedJudgement(b, wb)) continue;
            if (InIdiom(a, ia) || InIdiom(b, ib)) continue;
            // A hedge, a name, an active "defeated" or another thing borne on (phrases like "close to" read their own).
            if (AntonymContext.NotOpposed(a, ia, b, ib, bearing: !wa.Contains(' ') && !wb.Contains(' '))) continue;
            if (Referents.Different(pair, a, ia, b, ib)) continue;
            if (NamedSubjectsDiffer(a, ia, b, ib)) continue;
            var pivots = wa.Split(' ').Concat(wb.Split(' ')).ToHashSet(StringComparer.Ordinal);
            if (!pair.SameSubject(pivots)) continue;
            return new RuleFinding(this, StanceLabel.Contradicts, RuleEffect.Decide, 0.8, $"antonym: '{wa}' vs '{wb}'");
        }
        return null;
    }

    // WordNet antonyms on content stems: stricter alignment, because WordNet's senses are broad.
    private RuleFinding? WordNetAntonym(StancePair pair)
    {
        var a = pair.A;
        var b = pair.B;
        // The id-based alignment tells cheaply whether there is any candidate before the word-by-word search.
        if (pair.Relations.CountAntonyms(a, b) == 0) return null;
        // Which of B's stems A has too, looked up once per word of B rather than once per word pair.
        var bInA = new bool[b.Words.Length];
        for (int j = 0; j < bInA.Length; j++) bInA[j] = b.Stems[j] is { } t0 && Array.IndexOf(a.Stems, t0) >= 0;
        for (int i = 0; i < a.Words.Length; i++)
        {
            var s = a.Stems[i];
            if (s is null || a.Negated[i] || Array.IndexOf(b.Stems, s) >= 0) continue;
            for (int j = 0; j < b.Words.Length; j++)
            {
                var t = b.Stems[j];
                if (t is null || b.Negated[j] || bInA[j]) continue;
                if (!pair.Relations.AreAntonyms(a.StemHashes[i], b.StemHashes[j])) continue;
                if (NotOpposedHere(pair, a, i, b, j)) continue;
                if (!pair.SameSubject([s, t], pair.Relatedness.StrictSameSubjectShare)) continue;
                return new RuleFinding(this, StanceLabel.Contradicts, RuleEffect.Decide, 0.7, $"antonym: '{a.Words[i]}' vs '{b.Words[j]}'");
            }
        }
        return null;
    }

    /// <summary>
    /// True when WordNet antonyms word <paramref name="i"/> of <paramref name="a"/> and word <paramref name="j"/> of
    /// <paramref name="b"/> do not oppose each other in these texts; each check says why.
    /// </summary>
    private static bool NotOpposedHere(StancePair pair, TextUnit a, int i, TextUnit b, int j)
    {
        // Both words used in the part of speech WordNet lists them as opposites in: "recorded" and "live" are
        // opposite adjectives, "Foley recorded a video" and "Foley lived in Boston" use verbs.
        if (!pair.Relations.UsedAsAntonyms(a.Words, i, b.Words, j, a.StemHashes[i], b.StemHashes[j])) return true;
        // "aged 13" and "as young as 13" state an age, not old against young: the number rule compares those.
        if (Measured(a, i) || Measured(b, j)) return true;
        // "some elements acceptable, while others remain unacceptable": a mixed verdict holds both judgements.
        if (MixedJudgement(a, a.Words[i]) || MixedJudgement(b, b.Words[j])) return true;
        // "broke the news" tells it, "made the news public" too: a verb in an idiom has lost its literal sense, and so
        // has its object ("giving rise to" causes, no rise against "dropped").
        if (InIdiom(a, i) || InIdiom(b, j)) return true;
        // "a second-place finish" is a standing, no end against "a start": the number rule compares ranks.
        if (Placing(a, i) || Placing(b, j)) return true;
        // "last Friday", "the first time": a word that places something in time is no claim about it.
        if (Dated(a, i) || Dated(b, j)) return true;
        // "every day" and "every night": a time after "every", "each" or "per" says how often, not when.
        if (Frequency(a, i) || Frequency(b, j)) return true;
        // "failed to attend" is "missed"; "precludes any related impact" is "unrelated": both sides say one thing.
        if (StanceRules.ImplicitlyNegated(a, i) || StanceRules.ImplicitlyNegated(b, j)) return true;
        // "still" and "moving", "long" and "short": degree and focus words are no claims.
        if (Lexicon.FunctionLike.Contains(a.Words[i]) || Lexicon.FunctionLike.Contains(b.Words[j])) return true;
        // "expected" vs "unexpectedly": an adverb qualifies how something happened, it does not deny the verb.
        if (a.Words[i].EndsWith("ly", StringComparison.Ordinal) != b.Words[j].EndsWith("ly", StringComparison.Ordinal)) return true;
        // "made home in his body" and "sent away for testing": opposite words that complete different verbs.
        if (DifferentVerbs(a, i, b, j)) return true;
        // "her brother" and "the hostage's sister": words naming participants or places describe a referent.
        if (Referents.Different(pair, a, i, b, j)) return true;
        // "started to radicalise after a safari brought to an end" and "began to radicalise": the side with
        // one word also asserts the other's sense, so the opposite belongs to another part of that text.
        if (AssertsAlike(pair.Relations, a, i, b.StemHashes[j]) || AssertsAlike(pair.Relations, b, j, a.StemHashes[i])) return true;
        // "the first victim" and "a second person": ordinals oppose each other only when they count one thing.
        if (OrdinalsOfDifferentThings(a, i, b, j)) return true;
        // "Clinton won Florida" and "Sanders lost Florida to Clinton": opposites said of different named subjects.
        if (NamedSubjectsDiffer(a, i, b, j)) return true;
        // "she could lose Michigan", "Right to Rise", "widening her lead" / "narrowing his path" (AntonymContext).
        if (AntonymContext.NotOpposed(a, i, b, j, bearing: true)) return true;
        // "appealed for someone to come forward" asks for something: an infinitive states no fact.
        if ((i > 0 && a.Words[i - 1] == "to") || (j > 0 && b.Words[j - 1] == "to")) return true;
        return false;
    }

    /// <summary>
    /// True when a word of <paramref name="u"/> other than <paramref name="except"/>, outside a negation's scope, is a
    /// synonym of the term <paramref name="term"/>: the text says what the other text says with that term. (A hypernym
    /// would not do: "child" names a daughter and a son alike.)
    /// </summary>
    private static bool AssertsAlike(WordRelations relations, TextUnit u, int except, int term)
    {
        var hashes = u.StemHashes;
        for (int k = 0; k < hashes.Length; k++)
        {
            if (k == except || hashes[k] == 0 || u.Negated[k]) continue;
            if (hashes[k] == term || relations.AreSynonyms(hashes[k], term)) return true;
        }
        return false;
    }

    /// <summary>Ordinal words: they rank members of one series.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> Ordinals = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["first", "second", "third", "fourth", "fifth", "sixth", "last", "final", "next", "previous"], StringComparer.Ordinal);

    /// <summary>
    /// True when word <paramref name="i"/> of <paramref name="a"/> or word <paramref name="j"/> of <paramref name="b"/>
    /// is an ordinal and the words they rank differ ("first victim" vs "second person"); "first generation" vs "second
    /// generation" rank one series.
    /// </summary>
    private static bool OrdinalsOfDifferentThings(TextUnit a, int i, TextUnit b, int j)
    {
        if (!Ordinals.Contains(a.Words[i]) && !Ordinals.Contains(b.Words[j])) return false;
        string? ranked = RankedStem(a, i), other = RankedStem(b, j);
        return ranked is null || other is null || !string.Equals(ranked, other, StringComparison.Ordinal);
    }

    // The stem of the content word the ordinal at index ranks: the next content word, at most two words on.
    private static string? RankedStem(TextUnit u, int index)
    {
        for (int k = index + 1; k < u.Words.Length && k <= index + 2; k++)
            if (u.Stems[k] is { } stem) return stem;
        return null;
    }

    /// <summary>
    /// True when neither word is shaped like a verb and each completes a verb right before it (at most one word
    /// between), and the verbs differ ("made home" / "sent away").
    /// </summary>
    private static bool DifferentVerbs(TextUnit a, int i, TextUnit b, int j)
    {
        if (UnitBuilder.LooksLikeVerb(a.Words[i]) || UnitBuilder.LooksLikeVerb(b.Words[j])) return false;
        string? va = VerbBefore(a, i), vb = VerbBefore(b, j);
        if (va is null || vb is null) return false;
        var lemmas = Claims.Text.VerbLemmas.Default;
        return lemmas.Lemma(va) != lemmas.Lemma(vb);
    }

    private static string? VerbBefore(TextUnit u, int index)
    {
        for (int k = index - 1; k >= 0 && k >= index - 2; k--)
            if (u.Stems[k] is not null) return UnitBuilder.LooksLikeVerb(u.Words[k]) ? u.Words[k] : null;
        return null;
    }

    /// <summary>
    /// True when a number follows word <paramref name="index"/> within three words ("aged between 13"), or the word
    /// ends an age ("thirty-year-old").
    /// </summary>
    private static bool Measured(TextUnit u, int index)
    {
        if (index > 0 && u.Words[index - 1] is "year" or "years" or "month" or "months") return true;
        for (int k = index + 1; k < u.Words.Length && k <= index + 3; k++)
            if (u.Words[k].Length > 0 && char.IsDigit(u.Words[k][0])) return true;
        return false;
    }

    /// <summary>Nouns of time after which "last", "next" or "first" date something ("last Friday", "first time").</summary>
    internal static readonly FrozenSet<string> TimeNouns = FrozenSet.ToFrozenSet(
        ["time", "times", "day", "days", "week", "weeks", "weekend", "month", "months", "year", "years", "night", "morning",
         "evening", "season", "summer", "winter", "spring", "autumn", "century", "decade", "minute", "hour", "monday", "tuesday",
         "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
         "july", "august", "september", "october", "november", "december"], StringComparer.Ordinal);

    /// <summary>True when word <paramref name="index"/> is a noun of time after "every", "each" or "per" ("every night"): how often.</summary>
    private static bool Frequency(TextUnit u, int index) =>
        index > 0 && TimeNouns.Contains(u.Words[index]) && u.Words[index - 1] is "every" or "each" or "per";

    /// <summary>True when word <paramref name="index"/> is followed by a noun of time ("last Friday").</summary>
    private static bool Dated(TextUnit u, int index) =>
        index + 1 < u.Words.Length && TimeNouns.Contains(u.Words[index + 1]);

    // The phrase of A and of B with the index of its first word.
    private static (string, int, string, int)? Find(TextUnit a, string[][] mine, string[][] theirs, TextUnit b)
    {
        var (wa, ia) = Match(a, mine);
        if (wa is null || Match(a, theirs).Phrase is not null) return null;
        var (wb, ib) = Match(b, theirs);
        if (wb is null || Match(b, mine).Phrase is not null) return null;
        return (wa, ia, wb, ib);
    }

    private static (string? Phrase, int Index) Match(TextUnit u, string[][] phrases)
    {
        for (int i = 0; i < u.Words.Length; i++)
        {
            if (u.Negated[i]) continue;
            foreach (var p in phrases)
                if (UnitBuilder.MatchAt(u.Words, i, p)) return (string.Join(' ', p), i);
        }
        return (null, -1);
    }

    /// <summary>
    /// Verbs (by lemma) with the objects that make them an idiom rather than their literal sense: "break the news" is
    /// to tell it, not to break anything; "make the news" is to be reported; "make sense", "break the ice".
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, FrozenSet<string>> IdiomaticObjects =
        new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal)
        {
            ["break"] = FrozenSet.ToFrozenSet(["news", "story", "silence", "ice", "record", "records", "ground"], StringComparer.Ordinal),
            ["make"] = FrozenSet.ToFrozenSet(["news", "headlines", "sense", "history", "way", "headway", "fun"], StringComparer.Ordinal),
            ["lose"] = FrozenSet.ToFrozenSet(["sight", "track", "touch"], StringComparer.Ordinal),
            ["win"] = FrozenSet.ToFrozenSet(["hearts", "over"], StringComparer.Ordinal),
            ["give"] = FrozenSet.ToFrozenSet(["rise"], StringComparer.Ordinal),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Quantifiers between an idiom's verb and its object ("doesn't make much sense").</summary>
    internal static readonly FrozenSet<string> IdiomQuantifiers = FrozenSet.ToFrozenSet(["much", "more", "any", "no", "little", "less", "perfect", "good"], StringComparer.Ordinal);

    /// <summary>
    /// True when word <paramref name="index"/> is a verb whose object (the next word after determiners,
    /// <see cref="EventGuards.ObjectDeterminers"/>) makes it an idiom of <see cref="IdiomaticObjects"/>.
    /// </summary>
    internal static bool Idiomatic(TextUnit u, int index)
    {
        if (index < 0 || index >= u.Words.Length) return false;
        string word = u.Words[index], lemma = Claims.Text.VerbLemmas.Default.Lemma(word);
        // An irregular form by its lemma ("broke", "made"), a regular one by its stem ("breaks", "making").
        if (!IdiomaticObjects.TryGetValue(ReferenceEquals(lemma, word) ? u.Stems[index] ?? word : lemma, out var objects)) return false;
        int k = index + 1;
        while (k < u.Words.Length && (EventGuards.ObjectDeterminers.Contains(u.Words[k]) || IdiomQuantifiers.Contains(u.Words[k]))) k++;
        return k < u.Words.Length && objects.Contains(u.Words[k]);
    }

    /// <summary>
    /// True when word <paramref name="index"/> is a verb of an idiom (<see cref="Idiomatic"/>) or the object that makes
    /// its verb one ("rise" of "giving rise to more"): neither keeps its literal sense.
    /// </summary>
    internal static bool InIdiom(TextUnit u, int index)
    {
        if (Idiomatic(u, index)) return true;
        int k = index - 1;
        while (k >= 0 && (EventGuards.ObjectDeterminers.Contains(u.Words[k]) || IdiomQuantifiers.Contains(u.Words[k]))) k--;
        return k >= 0 && Idiomatic(u, k);
    }

    /// <summary>
    /// True when word <paramref name="index"/> follows a rank ("a second-place finish", "a third place showing", "a
    /// 2nd-place finish"): it names a standing in a contest, which the number rule compares by its rank, not the end or
    /// the start of anything.
    /// </summary>
    private static bool Placing(TextUnit u, int index)
    {
        if (index < 2 || u.Words[index - 1] != NumberOccasions.RankUnit) return false;
        string rank = u.Words[index - 2];
        return Ordinals.Contains(rank) || (rank.Length > 2 && char.IsAsciiDigit(rank[0]) && rank[^2..] is "st" or "nd" or "rd" or "th");
    }

    // A judging word of a text that gives a mixed verdict (MixedAssessmentRule): its opposite is in the verdict too.
    private static bool MixedJudgement(TextUnit u, string word) =>
        MixedAssessmentRule.Judging(word) && MixedAssessmentRule.IsMixed(u);

    /// <summary>The most words read back from an opposite word for the names of its subject.</summary>
    private const int SubjectReach = 10;

    /// <summary>
    /// True when both opposite words have names in the subject of their clause and the two sets share none: "Clinton
    /// won the primaries in Florida" and "Sanders lost Florida to Clinton", "Kasich scored his first win" and "Cruz lost
    /// Ohio to Kasich". A contest has a winner and a loser, a market shares that rise and shares that fall: opposites
    /// said of different named subjects are both true (often of one event, told from each side).
    /// </summary>
    internal static bool NamedSubjectsDiffer(TextUnit a, int i, TextUnit b, int j)
    {
        var na = SubjectNames(a, i, b);
        if (na.Count == 0) return false;
        var nb = SubjectNames(b, j, a);
        return nb.Count > 0 && !na.Overlaps(nb);
    }

    // The names in the clause before word `index` (back to punctuation other than quotes and possessives, or a word
    // opening a clause), weekdays and months left out: the names of its subject, without a parser. A word is a name
    // when it is capitalized inside its sentence, when either text writes it so elsewhere, or when it opens the text
    // (capitalized by grammar, so read as a name: "Sanders lost Ohio"; a common noun there is the subject all the same).
    internal static HashSet<string> SubjectNames(TextUnit u, int index, TextUnit other)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int k = index - 1; k >= 0 && k >= index - SubjectReach; k--)
        {
            string w = u.Words[k];
            if (w.Length == 0 || w is "'s" or "\u2019s") continue;
            if (!char.IsLetterOrDigit(w[0]) && !StanceRules.IsQuote(w)) break;
            if (Lexicon.ClauseOpeners.Contains(w)) break;
            if (u.Stems[k] is { } s && (u.Capitalized[k] || k == 0 || u.Names.Contains(s) || other.Names.Contains(s))
                && !Lexicon.CalendarWords.ContainsKey(w)) names.Add(s);
        }
        return names;
    }
}
