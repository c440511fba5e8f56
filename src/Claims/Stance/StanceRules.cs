namespace Claims.Stance;

/// <summary>The built-in rules, in evaluation order.</summary>
public static class StanceRules
{
    /// <summary>Status, proximity, progress, negation, antonym, number, modality, title, refutation, shared-denial, assessment, prospect, event-date, mixed-verdict, unmet-demand and discussed-topic rules.</summary>
    public static IReadOnlyList<IStanceRule> Default { get; } =
    [
        new StatusRule(), new ProximityRule(), new ProgressRule(), new NegationRule(), new AntonymRule(), new NumberRule(), new ModalityRule(),
        new TitleRule(), new RefutationRule(), new SharedDenialRule(), new AssessmentRule(), new ProspectRule(), new EventDateRule(),
        new MixedAssessmentRule(), new UnmetDemandRule(), new DiscussedTopicRule(),
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

    /// <summary>Words that, negated, call a report false ("not accurate", "isn't true").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> Truthful = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["true", "accurate", "correct", "real", "genuine"], StringComparer.Ordinal);

    /// <summary>
    /// The word with which <paramref name="u"/> calls a report false itself ("is a hoax", "not accurate"), or null:
    /// such a text denies what it names rather than asserting it.
    /// </summary>
    internal static string? Disowning(TextUnit u) => u.Memo(DisowningKey, FindDisowning);

    private static readonly object DisowningKey = new();

    private static string? FindDisowning(TextUnit u)
    {
        for (int i = 0; i < u.Words.Length; i++)
        {
            if (!u.Negated[i] && (Lexicon.Disowning.Contains(u.Words[i]) || Lexicon.Doubting.Contains(u.Words[i]))) return u.Words[i];
            if (u.Negated[i] && Truthful.Contains(u.Words[i])) return Phrase(u.Words, NegationStart(u, i), i);
        }
        return null;
    }

    /// <summary>Verbs and prepositions that deny what follows them without a negator ("failed to reach a deal").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> ImplicitNegators = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["failed", "fail", "fails", "failing", "without", "lack", "lacks", "lacked", "lacking", "refused", "refuses", "refuse",
         "unable", "declined", "declines", "short", "precludes", "preclude", "precluded", "avoid", "avoids", "avoided", "avoiding",
         "oppose", "opposes", "opposed", "opposing"], StringComparer.Ordinal);

    /// <summary>Verbs that keep someone from what a "from" after their object names ("stop the Republicans from ripping").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> PreventionVerbs = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["prevent", "prevents", "prevented", "preventing", "stop", "stops", "stopped", "stopping", "keep", "keeps", "kept",
         "bar", "bars", "barred", "barring", "block", "blocks", "blocked", "ban", "bans", "banned", "prohibit", "prohibits",
         "prohibited", "deter", "deters", "deterred", "discourage", "discourages", "discouraged"], StringComparer.Ordinal);

    /// <summary>The most words between a verb of prevention and the "from" it takes.</summary>
    private const int PreventionReach = 4;

    /// <summary>Verbs that end an activity named by the gerund after them ("stop arresting", "ceased operating").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> CessationVerbs = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["stop", "stops", "stopped", "stopping", "cease", "ceases", "ceased", "halt", "halts", "halted", "quit", "quits"], StringComparer.Ordinal);

    /// <summary>
    /// True when word <paramref name="index"/> is in the activity a verb of ending stops ("will stop arresting people"
    /// is as negative as "will no longer arrest people"): a cessation verb and its gerund up to three words back.
    /// </summary>
    internal static bool Ceased(TextUnit u, int index)
    {
        for (int k = index - 1; k >= 0 && k >= index - 3; k--)
        {
            string w = u.Words[k];
            if (w.Length > 0 && !char.IsLetterOrDigit(w[0])) return false;
            if (CessationVerbs.Contains(w) && k + 1 < u.Words.Length && u.Words[k + 1].EndsWith("ing", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    // True when a verb of prevention stands before the "from" at `from` within PreventionReach words of its clause.
    private static bool Prevented(TextUnit u, int from)
    {
        for (int k = from - 1; k >= 0 && k >= from - PreventionReach; k--)
        {
            string w = u.Words[k];
            if (w.Length > 0 && !char.IsLetterOrDigit(w[0])) return false;
            if (PreventionVerbs.Contains(w)) return true;
        }
        return false;
    }

    /// <summary>True when word <paramref name="index"/> follows an implicit negator in its clause (up to five words back).</summary>
    internal static bool ImplicitlyNegated(TextUnit u, int index)
    {
        for (int k = index - 1; k >= 0 && k >= index - 5; k--)
        {
            string w = u.Words[k];
            if (w.Length > 0 && !char.IsLetterOrDigit(w[0]) && !IsQuote(w)) return false;
            if (ImplicitNegators.Contains(w)) return true;
            // "keep Kim out of the public eye" is as negative as "not in the public eye"; "are yet to find" as "have
            // not found".
            if (w is "out" or "yet" && k + 1 < index && u.Words[k + 1] == (w == "out" ? "of" : "to")) return true;
            // "free of outside political influence" is "no outside influence"; "prevent him from releasing" and "stop
            // them from ripping it away" deny the releasing and the ripping.
            if (w is "of" or "from" && k > 0 && u.Words[k - 1] == "free") return true;
            if (w == "from" && Prevented(u, k)) return true;
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

    /// <summary>
    /// The content stems of the clause that ends before <paramref name="end"/>, back to its start (punctuation other
    /// than quotes, or a word that opens a clause: "that", "but", "while"), at most ten words: the subject of a predicate
    /// at <paramref name="end"/>, without a parser. Negated words and reporting verbs are left out.
    /// </summary>
    internal static List<string> ClauseSubject(TextUnit u, int end)
    {
        var stems = new List<string>();
        for (int k = end - 1; k >= 0 && k >= end - 10; k--)
        {
            string w = u.Words[k];
            if (w.Length == 0) continue;
            if (!char.IsLetterOrDigit(w[0]) && !IsQuote(w)) break;
            if (Lexicon.ClauseOpeners.Contains(w)) break;
            if (u.Stems[k] is { } s && !u.Negated[k] && !Lexicon.ReportingStems.Contains(s)) stems.Add(s);
        }
        return stems;
    }

    /// <summary>
    /// True when word <paramref name="index"/>, though outside the negation scope the profile marks, follows a negator
    /// in its own clause ("don't come with any weapons", "no one 'went to help'", "not able to be reattached"): the
    /// text denies it too. The clause ends at punctuation other than quotes and at a coordinating or contrasting word.
    /// </summary>
    internal static bool InNegatedClause(TextUnit u, int index)
    {
        for (int k = index - 1; k >= 0 && k >= index - 8; k--)
        {
            string w = u.Words[k];
            if (w.Length == 0) continue;
            if (!char.IsLetterOrDigit(w[0]) && !IsQuote(w)) return false;
            // "not to deter or contain ISIS": a negation spans the words "or" joins ("not X or Y" denies both).
            if (w is "and" or "but" or "while" or "whereas" or "although" or "though" or "because" or "however") return false;
            if (Lexicon.Negators.Contains(w) || Lexicon.ClauseNegators.Contains(w)) return true;
        }
        return false;
    }

    /// <summary>
    /// True when word <paramref name="index"/> is in a condition ("if the demands were not met", "unless demands were
    /// met", "whether"): a condition asserts nothing. Looks up to six words back within the clause.
    /// </summary>
    internal static bool InCondition(TextUnit u, int index)
    {
        for (int k = index - 1; k >= 0 && k >= index - 6; k--)
        {
            string w = u.Words[k];
            if (w.Length == 0) continue;
            if (!char.IsLetterOrDigit(w[0]) && !IsQuote(w)) return false;
            if (w is "if" or "unless" or "whether") return true;
        }
        return false;
    }

    /// <summary>True when <paramref name="w"/> is a quotation mark (straight, curly or doubled).</summary>
    internal static bool IsQuote(string w) => w is "'" or "\"" or "\u2018" or "\u2019" or "\u201C" or "\u201D" or "`" or "''" or "``";

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
