namespace Claims.Stance;

/// <summary>
/// Numbers and dates: the same kind of quantity ("hours", "percent", a weekday) with different values contradicts;
/// the same value agrees ("a five-hour meeting" and "talks which lasted five hours"). Approximate figures
/// ("about 50") match within 15%; figures whose bounds overlap ("close to $56,000" and "topped $50,000",
/// <see cref="NumberBounds"/>) are no mismatch.
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
        // A text calling a report false ("'six days of darkness in December 2014' is a hoax") quotes the report's
        // figures; they are not its own.
        if (StanceRules.Disowning(pair.A) is not null || StanceRules.Disowning(pair.B) is not null) return null;
        NumberMention? mismatchA = null, mismatchB = null, matchA = null, matchB = null;
        foreach (var x in na)
        {
            NumberMention? other = null;
            bool same = false;
            foreach (var y in nb)
            {
                // An age and a time since ("14 years old", "20 years ago") are different quantities of one unit.
                if (x.Unit != y.Unit || NumberBounds.Age(pair.A, x) != NumberBounds.Age(pair.B, y)) continue;
                if (PairFeaturizer.SameValue(x, y)) { same = true; matchA = x; matchB = y; break; }
                other ??= y;
            }
            // "At least 12" is consistent with 15: approximate figures never make a mismatch.
            if (!same && other is { } o && mismatchA is null && !x.Approximate && !o.Approximate) { mismatchA = x; mismatchB = o; }
        }
        if (mismatchA is { } ma && mismatchB is { } mb && matchA is null)
        {
            // "sentenced to one day in jail, with credit for 66 days already served": a text giving two figures of
            // one unit counts two things, so which one the other text's figure is about is unknown.
            if (Figures(na, ma.Unit) > 1 || Figures(nb, mb.Unit) > 1) return null;
            // "14 more officers were arrested": a count of additional ones is no rival figure for a total.
            if (NumberBounds.Additional(pair.A, ma) || NumberBounds.Additional(pair.B, mb)) return null;
            // "90 to 95 percent of the e-mails" holds "90 percent": the end of a range is no rival figure.
            if (NumberBounds.EndsARange(pair.A, ma) || NumberBounds.EndsARange(pair.B, mb)) return null;
            // "plus or minus six percentage points", "surveyed 2,000 people": a poll's method, not a finding.
            if (NumberBounds.SurveyMethod(pair.A, ma) || NumberBounds.SurveyMethod(pair.B, mb)) return null;
            // "one lump ..., and another" counts two, one by one.
            if (NumberBounds.Enumerates(pair.A, ma) || NumberBounds.Enumerates(pair.B, mb)) return null;
            // "close to $56,000" and "topped $50,000": the intervals the bound words state overlap (NumberBounds).
            if (NumberBounds.Compatible(pair.A, ma, pair.B, mb)) return null;
            if (!pair.SameSubject(Pivots(na, nb))) return null;
            return new RuleFinding(this, StanceLabel.Contradicts, RuleEffect.Decide, 0.75, $"numbers: '{ma.Surface}' vs '{mb.Surface}'");
        }
        if (matchA is { } xa && matchB is { } xb && mismatchA is null)
        {
            if (!pair.SameSubject(Pivots(na, nb))) return null;
            return new RuleFinding(this, StanceLabel.Agrees, RuleEffect.Decide, 0.65, $"numbers: '{xa.Surface}' matches '{xb.Surface}'");
        }
        return null;
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

    /// <summary>The number of different values <paramref name="mentions"/> give for <paramref name="unit"/>.</summary>
    private static int Figures(NumberMention[] mentions, string unit) =>
        mentions.Where(m => m.Unit == unit).Select(m => m.Value).Distinct().Count();
}
