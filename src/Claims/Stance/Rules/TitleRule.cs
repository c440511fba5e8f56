namespace Claims.Stance;

/// <summary>
/// Titles and roles: the same person called "former President X" in one text and "President X" in the other (or
/// "Vice President" vs "President"). Different but compatible descriptions ("special envoy" vs "businessman") do not
/// fire.
/// </summary>
public sealed class TitleRule : IStanceRule
{
    /// <inheritdoc />
    public string Name => RuleName;

    /// <summary>The rule's name in verdict reasons and in options keyed by rule (<c>title</c>).</summary>
    public const string RuleName = "title";

    /// <inheritdoc />
    public RuleFinding? Evaluate(StancePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var ta = pair.A.Memo(TitlesKey, FindTitles);
        if (ta.Count == 0) return null;
        var tb = pair.B.Memo(TitlesKey, FindTitles);
        foreach (var x in ta)
            foreach (var y in tb)
            {
                if (x.Name != y.Name || x.Title != y.Title) continue;
                // "director David Fincher abandoned the project" tells how he became the "former director".
                if (x.Past != y.Past && x.Vice == y.Vice && TellsOfDeparture(x.Past ? pair.B : pair.A)) continue;
                // "during President Bill Clinton's tenure" speaks of his term, which "former President" follows; "has
                // represented President Bill Clinton" of a time that may be his term too.
                if (x.Past != y.Past && x.Vice == y.Vice && (x.Past ? y.Era : x.Era)) continue;
                // "Secretary Clinton" stays the courtesy title of a former secretary: it does not say she still is one.
                if (x.Past != y.Past && x.Vice == y.Vice && CourtesyTitles.Contains(x.Title)) continue;
                // "King Abdullah" names the king of his reign, after his death or abdication too: against "former Saudi
                // King Abdullah" the bare regnal title says nothing of whether he still reigns.
                if (x.Past != y.Past && x.Vice == y.Vice && RegnalTitles.Contains(x.Title)) continue;
                if (x.Past != y.Past || x.Vice != y.Vice)
                    return new RuleFinding(this, StanceLabel.Contradicts, RuleEffect.Decide, 0.7, $"title: '{x.Surface}' vs '{y.Surface}'");
            }
        return null;
    }

    /// <summary>Verbs of leaving a post or a project: a text using one tells of the step to "former".</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> DepartureVerbs = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["abandoned", "quit", "quits", "resigned", "resigns", "retired", "retires", "left", "leaves", "fired", "ousted",
         "sacked", "dismissed", "replaced", "removed", "deposed", "impeached", "stepped", "steps", "dropped", "walked",
         "exited", "departed"], StringComparer.Ordinal);

    /// <summary>True when <paramref name="u"/> uses a verb of leaving a post, outside a negation's scope.</summary>
    private static bool TellsOfDeparture(TextUnit u)
    {
        for (int i = 0; i < u.Words.Length; i++)
            if (!u.Negated[i] && DepartureVerbs.Contains(u.Words[i])) return true;
        return false;
    }

    /// <summary>Nouns of a term of office, which a title's possessive dates to that term ("President Clinton's administration").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> TermNouns = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["administration", "tenure", "term", "terms", "presidency", "era", "years", "cabinet", "government", "reign"], StringComparer.Ordinal);

    /// <summary>
    /// Titles that English usage keeps for life as a form of address ("Secretary Clinton", "Governor Bush",
    /// "Senator Dole"): the bare title is no claim that the office is still held.
    /// </summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> CourtesyTitles = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["secretary", "governor", "senator", "ambassador", "general", "judge"], StringComparer.Ordinal);

    /// <summary>
    /// Titles of a reign ("King Abdullah", "Queen Elizabeth", "Pope Benedict"): a monarch keeps the title in every mention
    /// of his reign, so the bare title is no claim that he still reigns.
    /// </summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> RegnalTitles = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["king", "queen", "pope"], StringComparer.Ordinal);

    /// <summary>The most words between "have" and the participle of a perfect before a title ("has also represented").</summary>
    private const int PerfectReach = 2;

    /// <summary>
    /// True when the words before <paramref name="start"/> are a perfect ("has represented", "had also served under"):
    /// the bare title then names the person as the object of something done in the past, possibly during the term.
    /// </summary>
    private static bool AfterPerfect(string[] w, int start)
    {
        int k = start - 1;
        if (k >= 0 && w[k] is "under" or "for" or "with" or "by") k--;
        if (k < 1 || !(w[k].EndsWith("ed", StringComparison.Ordinal) || w[k].EndsWith("en", StringComparison.Ordinal))) return false;
        for (int m = k - 1; m >= 0 && m >= k - PerfectReach; m--)
            if (Array.IndexOf(Claims.Text.WordLists.HaveDoForms, w[m]) is >= 0 and <= 2) return true;
        return false;
    }

    /// <summary>Titles that have a "vice" rank.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> ViceTitles = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["president", "chairman", "chairwoman", "chair", "chancellor", "premier", "minister", "governor", "mayor", "admiral",
         "director", "commander", "speaker", "principal", "dean", "consul"], StringComparer.Ordinal);

    // Titles, worked out once per unit instead of once per pair.
    private static readonly object TitlesKey = new();
    private static readonly Func<TextUnit, List<(string Name, string Title, bool Past, bool Vice, string Surface, bool Era)>> FindTitles = Titles;

    private static List<(string Name, string Title, bool Past, bool Vice, string Surface, bool Era)> Titles(TextUnit u)
    {
        var list = new List<(string, string, bool, bool, string, bool)>();
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
            // "Vice President" is a title; "Vice CEO Shane Smith" is the CEO of Vice (Media): only some titles take "vice".
            bool vice = k >= 0 && (w[k] is "deputy" || (w[k] == "vice" && ViceTitles.Contains(w[i])));
            if (vice) k--;
            // Skip a nationality or office adjective ("former US President").
            bool past = false;
            for (int m = k; m >= 0 && m >= k - 1; m--)
                if (Lexicon.PastQualifiers.Contains(w[m])) { past = true; break; }
            int start = past ? Math.Max(0, Array.FindLastIndex(w, i, i + 1, x => Lexicon.PastQualifiers.Contains(x))) : (vice ? i - 1 : i);
            // "an agenda a President Clinton could hope to see work": an indefinite article makes the titled person a
            // hypothetical, no claim about the title's holder now.
            if (!past && start > 0 && w[start - 1] is "a" or "an") { i = j - 1; continue; }
            string surface = string.Join(' ', w[start..j]);
            // "President Bill Clinton's administration": a possessive dates what it owns to the term of office.
            // (The words drop a possessive's "'s": the text tells it.) "President Trump's top envoys" are his now.
            bool era = (j < w.Length && TermNouns.Contains(w[j])
                && (u.Text.Contains(name + "'s", StringComparison.OrdinalIgnoreCase) || u.Text.Contains(name + "\u2019s", StringComparison.OrdinalIgnoreCase)))
                || (!past && AfterPerfect(w, start));
            list.Add((name, string.Join(' ', w[i..nameStart]), past, vice, surface, era));
            i = j - 1;
        }
        return list;
    }
}
