using System.Globalization;
using System.Text.RegularExpressions;
using Claims.Stance;
using Claims.Text;

namespace Claims.Stories;

// The gate's checks that a model agreement tells of one happening: two claims that place what they tell in different
// towns, or give different figures of it, tell of two happenings of one kind, however alike their words.
public sealed partial class SameEventGate
{
    /// <summary>
    /// A town named as the place of what a claim tells: a preposition of <see cref="WordLists.TownPrepositions"/> and
    /// one capitalized word ("in Ottawa", "near Montreal"), not followed by another capitalized word (a longer name,
    /// "in New Hampshire", "in Centre Block", is left alone), a hyphen or a possessive ("in Obama's speech").
    /// </summary>
    private static readonly Regex TownPlace = new(
        @"\b(?i:" + string.Join("|", WordLists.TownPrepositions) + @")\s+(?<town>\p{Lu}\p{Ll}+)(?![\p{L}\p{N}\-'’])(?!\s+\p{Lu})",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, Regex.InfiniteMatchTimeout);

    private static readonly HashSet<string> CalendarNames = new([.. WordLists.Weekdays, .. WordLists.Months], StringComparer.Ordinal);

    private static readonly string[] TownKindStems = [.. WordLists.TownKinds.Select(k => TermExtractor.Default.Stem(k))];

    private static readonly string[] RegionKindStems = [.. WordLists.RegionKinds.Select(k => TermExtractor.Default.Stem(k))];

    // The towns a claim names as places, worked out once per claim object.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<Claim, HashSet<string>> _towns = new();

    /// <summary>
    /// The towns <paramref name="text"/> names as places (<see cref="TownPlace"/>): a name WordNet knows as a town
    /// (a city, town, village or municipality: "Montreal", "Paris") or does not know at all ("Ottawa"); not a weekday
    /// or month, nor a US state (<see cref="UsStates"/>: "in Iowa"), nor a name WordNet knows as anything else: a place
    /// that holds towns ("in Canada", "in Texas": a country, a state) or a common word ("in Congress", "in Parliament").
    /// A province WordNet does not know ("in Quebec") is read as a town.
    /// </summary>
    internal static HashSet<string> TownsNamed(string text)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in TownPlace.Matches(text))
        {
            string town = m.Groups["town"].Value;
            string lower = town.ToLowerInvariant();
            if (CalendarNames.Contains(lower) || TermExtractor.Default.IsStopWord(lower) || UsStates.Contains(town, StringComparer.Ordinal)) continue;
            string stem = TermExtractor.Default.Stem(lower);
            bool knownTown = TownKindStems.Any(k => Relations.AreSimilar(stem, k));
            if (!knownTown && (Relations.HasHypernyms(stem) || RegionKindStems.Any(k => Relations.AreSimilar(stem, k)))) continue;
            found.Add(town);
        }
        return found;
    }

    /// <summary>
    /// Why a model agreement tells of two happenings of one kind, or null. It applies to the stance model's agreements
    /// alone (no deciding rule):
    /// <list type="bullet">
    /// <item>in any story, when <see cref="SameEventGateOptions.ModelAgreementsNeedOneTown"/> is on and each claim places
    /// what it tells in a town (<see cref="TownsNamed"/>) the other claim does not name at all: "A Muslim convert shot
    /// dead a Canadian soldier at the National War Memorial in Ottawa" / "a 25-year-old Muslim convert ... killed a
    /// Canadian solider and injured a second near Montreal" are two attacks;</item>
    /// <item>across stories or inside a loose story (<see cref="LooseStory"/>), when
    /// <see cref="SameEventGateOptions.ModelAgreementsNeedOneFigure"/> is on and both claims give figures (years aside,
    /// <see cref="SameEventEvidence.IsWhen"/>) and share none: "Sanders needs 836 delegates to clinch the nomination" /
    /// "As of Wednesday, Clinton had 90% of the delegates needed to clinch the nomination" count two things. In a tight
    /// story two figures are usually two facts of its one event ("died at the age of 57" / "brought hip hop to
    /// mainstream audiences 35 years ago"), which the model rightly reads as agreeing.</item>
    /// <item>in any story, when <see cref="SameEventGateOptions.ModelAgreementsNeedOneTally"/> is on and the claims share
    /// a figure (years aside) but each also gives one the other does not: "Trump will win at least 38 of the 50 delegates
    /// at stake" / "With 38 delegates at stake, Sanders will gain at least 20 delegates"; "In a closer match-up, 48
    /// percent chose Clinton while 45 percent chose Cruz" / "... Cruz by three points (45 to 42)": the shared figure
    /// shows one measure, the others two tallies of it.</item>
    /// </list>
    /// </summary>
    private string? DifferentHappenings(Claim a, Claim b, StanceVerdict verdict, PairContext context)
    {
        if (verdict.DecidingRules.Count > 0) return null;
        if (Options.ModelAgreementsNeedOneTown)
        {
            var ta = _towns.GetValue(a, c => TownsNamed(c.Text));
            var tb = _towns.GetValue(b, c => TownsNamed(c.Text));
            if (ta.Count > 0 && tb.Count > 0 && !ta.Any(t => NamesWord(b.Text, t)) && !tb.Any(t => NamesWord(a.Text, t)))
                return $"different towns ({Join(ta)} / {Join(tb)}): what happened in one town is another happening than what happened in another";
        }
        if (!Options.ModelAgreementsNeedOneFigure && !Options.ModelAgreementsNeedOneTally) return null;
        var fa = Side(a).Figures.Where(f => !SameEventEvidence.IsWhen(f)).ToHashSet(StringComparer.Ordinal);
        var fb = Side(b).Figures.Where(f => !SameEventEvidence.IsWhen(f)).ToHashSet(StringComparer.Ordinal);
        if (fa.Count == 0 || fb.Count == 0) return null;
        if (Options.ModelAgreementsNeedOneFigure && !fa.Overlaps(fb)
            && (!context.SameStory || (context.Corpus is { } corpus && LooseStory(context, corpus))))
            return string.Create(CultureInfo.InvariantCulture,
                $"different figures ({Join(fa)} / {Join(fb)}) {(context.SameStory ? "inside a loose story" : "across stories")}: two counts are two facts");
        if (Options.ModelAgreementsNeedOneTally && fa.Overlaps(fb) && !fa.IsSubsetOf(fb) && !fb.IsSubsetOf(fa))
            return $"two tallies of one measure ({Join(fa.Intersect(fb))} in both; {Join(fa.Except(fb))} / {Join(fb.Except(fa))} in one only): each claim gives a figure the other does not";
        return null;
    }

    // True when `text` has `word` as a whole word (case-sensitive: a town is a name).
    private static bool NamesWord(string text, string word)
    {
        for (int i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
        {
            bool startOk = i == 0 || !char.IsLetterOrDigit(text[i - 1]);
            int end = i + word.Length;
            bool endOk = end == text.Length || !char.IsLetterOrDigit(text[end]);
            if (startOk && endOk) return true;
        }
        return false;
    }
}
