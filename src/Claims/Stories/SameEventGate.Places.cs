using System.Text.RegularExpressions;
using Claims.Stance;

namespace Claims.Stories;

// The gate's checks that two agreeing claims tell of other things than one event: other places, other shares of one
// whole, a shared denial of a name or of nothing but its own words.
public sealed partial class SameEventGate
{
    /// <summary>
    /// The US states (and the District of Columbia) a claim can name as the place of what it tells, longest first so that
    /// "West Virginia" is read before "Virginia". "Washington" is left out: far more often the capital, a newspaper or
    /// a person.
    /// </summary>
    private static readonly string[] UsStates =
    [
        .. new[]
        {
            "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
            "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
            "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
            "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma",
            "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
            "Vermont", "Virginia", "West Virginia", "Wisconsin", "Wyoming", "District of Columbia",
        }.OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal),
    ];

    /// <summary>
    /// A state named as a place, not as part of a title or a name: not a politician's state ("Texas Sen. Ted Cruz",
    /// "Ohio Gov. John Kasich", "Sen. Ted Cruz (R-Texas)", "Senator Bernie Sanders of Vermont", "the senator from
    /// Vermont", "Mark S. Kirk, Republican of Illinois"), a newspaper or a university ("New York Times", "University
    /// of Iowa"), a city ("New York City", "Kansas City") or a party ("Iowa Democratic Party", "the Wisconsin
    /// Republican criticized", but "Wisconsin Republican primary" is a place).
    /// </summary>
    private static readonly Regex StatePlace = new(
        @"(?<![RDI]-)(?<!\b(?:Sen\.|Senator|Gov\.|Governor|Rep\.|Representative|Congressman|Congresswoman)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}of\s+)"
        + @"(?<!\b(?:[Ss]enator|[Gg]overnor|[Cc]ongressman|[Cc]ongresswoman|[Rr]epresentative|Republican|Democrat|[Ii]ndependent)s?\s+(?:from|of)\s+)"
        + @"(?<!\bUniversity\s+of\s+)"
        + @"\b(?<state>" + string.Join("|", UsStates.Select(s => Regex.Escape(s).Replace(@"\ ", @"\s+", StringComparison.Ordinal))) + @")\b"
        + @"(?!['’]s\s+(?:[Ss]enator|[Gg]overnor|delegation))"
        + @"(?!\s+(?:(?i:Sen\.|Senator|Gov\.|Governor|Rep\.|Representative|Congressman|Congresswoman|Lt\.|Attorney|Secretary|lawmakers?|delegation)"
        + @"|Times|Post|Tribune|Herald|Journal|Magazine|University|State\b|City|Party|(?:Democratic|Republican)\s+Party"
        + @"|(?:Republicans?|Democrats?)\b(?!\s+(?:primar|caucus|contest|race|vote|elector|deleg))))",
        // Bounded work per position (every repetition is bounded or runs over one character class up to a literal):
        // no match timeout, which on a loaded machine failed microsecond matches and stopped the run.
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, Regex.InfiniteMatchTimeout);

    // The states a claim names as places, worked out once per claim object.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<Claim, HashSet<string>> _places = new();

    /// <summary>
    /// The US states <paramref name="text"/> names as places (<see cref="StatePlace"/>), each as written with single
    /// spaces ("New Hampshire").
    /// </summary>
    internal static HashSet<string> StatesNamed(string text)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in StatePlace.Matches(text))
            found.Add(string.Join(' ', m.Groups["state"].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        return found;
    }

    /// <summary>
    /// Why an agreement tells of other things than one event, or null: the claims name different places, different
    /// shares of one whole, or share a denial of a name or of nothing but its own words.
    /// </summary>
    private string? OtherThings(Claim a, Claim b, StanceVerdict verdict, PairContext context, SameEventEvidence e)
    {
        if (Options.DifferentPlacesAgreeOnNothing)
        {
            var pa = _places.GetValue(a, c => StatesNamed(c.Text));
            var pb = _places.GetValue(b, c => StatesNamed(c.Text));
            if (pa.Count > 0 && pb.Count > 0 && !pa.Overlaps(pb))
                return $"different places ({Join(pa)} / {Join(pb)}): a win, a vote or a poll in one state is not one in another";
        }
        return DifferentShares(a.Text, b.Text, verdict, e) ?? DenialOfOtherThings(a, b, verdict, context, e);
    }
}
