namespace Claims.Stance;

/// <summary>
/// Numbers and dates: the same kind of quantity ("hours", "percent", a weekday) with different values contradicts;
/// the same value agrees ("a five-hour meeting" and "talks which lasted five hours"). Approximate figures
/// ("about 50") match within 15%; figures whose bounds overlap ("close to $56,000" and "topped $50,000",
/// <see cref="NumberBounds"/>) are no mismatch. A weekday, a month or a year says when, not what: matched alone, it
/// agrees only when the words around it in both texts name the same happening (<see cref="DateSameHappening"/>).
/// </summary>
public sealed class NumberRule : IStanceRule
{
    /// <inheritdoc />
    public string Name => RuleName;

    /// <summary>The rule's name in verdict reasons and in options keyed by rule (<c>numbers</c>).</summary>
    public const string RuleName = "numbers";

    /// <inheritdoc />
    public RuleFinding? Evaluate(StancePair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var na = pair.A.Numbers;
        var nb = pair.B.Numbers;
        if (na.Length == 0 || nb.Length == 0) return null;
        // A text calling a report false ("'six days of darkness in December 2014' is a hoax") quotes the report's
        // figures; they are not its own.
        if (StanceRules.Disowning(pair.A) is not null || StanceRules.Disowning(pair.B) is not null) return null;
        var figures = Comparison.Of(pair, na, nb);
        if (figures is { MismatchA: { } ma, MismatchB: { } mb, MatchA: null })
        {
            if (MismatchExcused(pair, na, nb, ma, mb) || !pair.SameSubject(Pivots(na, nb))) return null;
            return new RuleFinding(this, StanceLabel.Contradicts, RuleEffect.Decide, 0.75, $"numbers: '{ma.Surface}' vs '{mb.Surface}'");
        }
        if (figures is { MatchA: { } xa, MatchB: { } xb, MismatchA: null })
            return Agreement(pair, figures, xa, xb);
        return null;
    }

    /// <summary>
    /// The first figure of A with a rival value of its unit in B (neither approximate), and the last pair of figures of
    /// one unit and one value; <see cref="Specific"/> when a matched figure is more than a weekday, month or year,
    /// <see cref="Dated"/> the matched figures that are only that.
    /// </summary>
    private readonly record struct Comparison(NumberMention? MismatchA, NumberMention? MismatchB, NumberMention? MatchA, NumberMention? MatchB,
        bool Specific, List<(NumberMention A, NumberMention B)>? Dated)
    {
        public static Comparison Of(StancePair pair, NumberMention[] na, NumberMention[] nb)
        {
            NumberMention? mismatchA = null, mismatchB = null, matchA = null, matchB = null;
            bool specific = false;
            List<(NumberMention A, NumberMention B)>? dated = null;
            foreach (var x in na)
            {
                NumberMention? other = null;
                bool same = false;
                foreach (var y in nb)
                {
                    // An age and a time since ("14 years old", "20 years ago") are different quantities of one unit.
                    if (x.Unit != y.Unit || NumberBounds.Age(pair.A, x) != NumberBounds.Age(pair.B, y)) continue;
                    if (PairFeaturizer.SameValue(x, y)) { same = true; matchA = x; matchB = y; if (WhenOnly(x)) (dated ??= []).Add((x, y)); else specific = true; break; }
                    other ??= y;
                }
                // "At least 12" is consistent with 15: approximate figures never make a mismatch.
                if (!same && other is { } o && mismatchA is null && !x.Approximate && !o.Approximate) { mismatchA = x; mismatchB = o; }
            }
            return new Comparison(mismatchA, mismatchB, matchA, matchB, specific, dated);
        }
    }

    // Figures of one unit and different values that are no rival values of one quantity.
    private static bool MismatchExcused(StancePair pair, NumberMention[] na, NumberMention[] nb, NumberMention ma, NumberMention mb) =>
        // "sentenced to one day in jail, with credit for 66 days already served": a text giving two figures of
        // one unit counts two things, so which one the other text's figure is about is unknown.
        Figures(na, ma.Unit) > 1 || Figures(nb, mb.Unit) > 1
        // "14 more officers were arrested": a count of additional ones is no rival figure for a total.
        || NumberBounds.Additional(pair.A, ma) || NumberBounds.Additional(pair.B, mb)
        // "90 to 95 percent of the e-mails" holds "90 percent": the end of a range is no rival figure.
        || NumberBounds.EndsARange(pair.A, ma) || NumberBounds.EndsARange(pair.B, mb)
        // "plus or minus six percentage points", "surveyed 2,000 people": a poll's method, not a finding.
        || NumberBounds.SurveyMethod(pair.A, ma) || NumberBounds.SurveyMethod(pair.B, mb)
        // "Rubio comes in at 9 percent" and "Rubio was at 10 percent": two polls' shares, unless the texts name
        // one poll (NumberOccasions).
        || NumberOccasions.SharesOfDifferentMeasurements(pair.A, ma, pair.B, mb)
        // "has not won a single state" denies any win, it counts nothing; "the two states" are two named before.
        || NumberOccasions.NoCount(pair.A, ma) || NumberOccasions.NoCount(pair.B, mb)
        // "during the 2008 election" and "when Bush ran in 1988" date two happenings, as "Monday's newsletter" and
        // "Wednesday's newsletter" name two issues: a weekday, month or year differs only of one happening.
        || (WhenOnly(ma) && WhenOnly(mb) && (!DateSameHappening(pair, ma, mb, names: false)
            || NumberOccasions.NamesAnInstance(pair.A, ma) || NumberOccasions.NamesAnInstance(pair.B, mb)))
        // "18 first-place votes" counts votes of a rank; "the battle for second place" is a standing.
        || NumberOccasions.RankOfCountedThings(pair.A, ma) || NumberOccasions.RankOfCountedThings(pair.B, mb)
        // "one lump ..., and another" counts two, one by one.
        || NumberBounds.Enumerates(pair.A, ma) || NumberBounds.Enumerates(pair.B, mb)
        // "close to $56,000" and "topped $50,000": the intervals the bound words state overlap (NumberBounds).
        || NumberBounds.Compatible(pair.A, ma, pair.B, mb)
        // "he went missing in 2012" and "the younger Bary went to Syria in 2013": a pronoun may be someone else.
        || NumberOccasions.PronounAgainstUnnamedPerson(pair.A, pair.B) || NumberOccasions.PronounAgainstUnnamedPerson(pair.B, pair.A);

    private RuleFinding? Agreement(StancePair pair, Comparison figures, NumberMention xa, NumberMention xb)
    {
        // "Clinton won Ohio on Tuesday" and "the Republicans debated on Tuesday night": election coverage has a
        // Tuesday every week, a December and a 2008 in every story; the same weekday, month or year is the same
        // time only when the texts tell of the same happening.
        if (!pair.SameSubject(Pivots(pair.A.Numbers, pair.B.Numbers))) return null;
        if (!figures.Specific && figures.Dated is { } dates && !dates.Any(d => DateSameHappening(pair, d.A, d.B))) return null;
        string meaning = "";
        // With claim vectors, a date alone also needs the texts to mean alike: "Cruz's victories Tuesday in Texas" and
        // "victory in the Democratic race Tuesday night" share a word around the date, not a happening.
        if (!figures.Specific && pair.MeaningCosine is { } cosine)
        {
            if (cosine < pair.Relatedness.DateAgreementMeaning) return null;
            meaning = string.Create(System.Globalization.CultureInfo.InvariantCulture, $" (a date alone; meaning: cosine {cosine:0.00})");
        }
        return new RuleFinding(this, StanceLabel.Agrees, RuleEffect.Decide, 0.65, $"numbers: '{xa.Surface}' matches '{xb.Surface}'{meaning}");
    }

    // The words the figures are written with and their units: set aside when the texts' subjects are compared.
    private static HashSet<string> Pivots(NumberMention[] na, NumberMention[] nb)
    {
        var pivots = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mentions in (ReadOnlySpan<NumberMention[]>)[na, nb])
            foreach (var n in mentions)
            {
                foreach (var part in n.Surface.Split(' ')) pivots.Add(part);
                pivots.Add(n.Unit);
            }
        return pivots;
    }

    /// <summary>Calendar units that place a happening in time without naming it: a weekday, a month, a year.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> WhenUnits =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(["weekday", "month", "year"], StringComparer.Ordinal);

    /// <summary>True when <paramref name="mention"/> is a weekday, a month or a year (a day of the month with its month is a date).</summary>
    private static bool WhenOnly(NumberMention mention) => WhenUnits.Contains(mention.Unit);

    /// <summary>Words around a date that tell when within it, not what happened ("Tuesday night", "early Tuesday", "last June", "Super Tuesday").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> DayParts = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["night", "morning", "afternoon", "evening", "early", "earlier", "late", "later", "last", "next", "this", "since", "until",
         "before", "after", "day", "week", "year", "month", "super"], StringComparer.Ordinal);

    /// <summary>How many content words on either side of a date are read as the happening it dates.</summary>
    private const int HappeningReach = 4;

    /// <summary>
    /// True when the content words nearest the weekday, month or year <paramref name="a"/> of text A and
    /// <paramref name="b"/> of text B (up to <see cref="HappeningReach"/> on either side; other dates, figures, day
    /// parts and reporting verbs skipped) have a stem in common: "died early Tuesday" and "died early Tuesday" date one
    /// death, "her third win in Tuesday's quintet of contests" and "candidates debated on Tuesday night" a primary and a
    /// debate. True when either date cannot be found among its text's words. Without <paramref name="names"/>, names
    /// are left out: "Bush laid low during the 2008 election" and "Bush ran in 1988" share a person, not a happening.
    /// </summary>
    private static bool DateSameHappening(StancePair pair, NumberMention a, NumberMention b, bool names = true)
    {
        int i = Array.IndexOf(pair.A.Words, a.Surface), j = Array.IndexOf(pair.B.Words, b.Surface);
        if (i < 0 || j < 0) return true;
        var around = Happening(pair.A, i, names);
        return Happening(pair.B, j, names).Overlaps(around);
    }

    private static HashSet<string> Happening(TextUnit u, int index, bool names)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (int step in (ReadOnlySpan<int>)[-1, 1])
        {
            int found = 0;
            for (int k = index + step; k >= 0 && k < u.Words.Length && found < HappeningReach; k += step)
            {
                string w = u.Words[k];
                if (u.Stems[k] is not { } s || Lexicon.ReportingStems.Contains(s) || DayParts.Contains(w) || DayParts.Contains(s)
                    || Lexicon.CalendarWords.ContainsKey(w) || (w.Length > 0 && char.IsDigit(w[0]))) continue;
                if (!names && (u.Capitalized[k] || u.Names.Contains(s))) continue;
                stems.Add(s);
                found++;
            }
        }
        return stems;
    }

    /// <summary>The number of different values <paramref name="mentions"/> give for <paramref name="unit"/>.</summary>
    private static int Figures(NumberMention[] mentions, string unit) =>
        mentions.Where(m => m.Unit == unit).Select(m => m.Value).Distinct().Count();
}
