using System.Globalization;
using System.Text.RegularExpressions;
using Claims.Stance;
using Claims.Text;

namespace Claims.Stories;

// The gate's checks of agreements of a shared denial and of figures that are shares of one whole.
public sealed partial class SameEventGate
{
    /// <summary>A share of a whole as a count of a count ("8 in 10", "one out of 10", "2 of every 10").</summary>
    // No match timeout: the work per position is bounded, and a wall-clock timeout failed microsecond matches on a loaded
    // machine with an unhandled RegexMatchTimeoutException (round 19).
    [GeneratedRegex(@"\b(?<num>\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of|of\s+every)\s+(?<den>\d[\d,]*)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex Share();

    /// <summary>
    /// Why an agreement of a figure rule (<see cref="SameEventGateOptions.FigureRules"/>) is of different shares of one
    /// whole, or null: both claims give shares ("at least 8 in 10 GOP primary voters" / "about 1 in 10 GOP primary
    /// voters"), no share is in both, and every figure they share is a whole both shares are counted of ("10"): the
    /// whole is the same in every poll story, the share is the finding.
    /// </summary>
    private string? DifferentShares(string a, string b, StanceVerdict verdict, SameEventEvidence e)
    {
        if (!Options.DifferentSharesAgreeOnNothing || !verdict.DecidingRules.Any(r => Options.FigureRules.Contains(r.Name))) return null;
        var sharesA = SharesOf(a, out var wholesA);
        if (sharesA.Count == 0) return null;
        var sharesB = SharesOf(b, out var wholesB);
        if (sharesB.Count == 0 || sharesA.Overlaps(sharesB)) return null;
        var figures = (e.SharedFigures ?? []).Where(f => !SameEventEvidence.IsWhen(f)).ToList();
        if (figures.Count == 0 || !figures.All(f => wholesA.Contains(f) && wholesB.Contains(f))) return null;
        return $"different shares of one whole ({Join(sharesA)} / {Join(sharesB)})";
    }

    // The shares a text gives, as "8 in 10", and the wholes they are counted of, as figures ("10").
    private static HashSet<string> SharesOf(string text, out HashSet<string> wholes)
    {
        var shares = new HashSet<string>(StringComparer.Ordinal);
        wholes = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in Share().Matches(text))
        {
            string whole = TermExtractor.NormalizeNumber(m.Groups["den"].Value);
            shares.Add(m.Groups["num"].Value.ToLowerInvariant() + " in " + whole);
            wholes.Add(whole);
        }
        return shares;
    }

    /// <summary>
    /// Why an agreement of the shared-denial rule denies no one thing, or null: a denial is written as a name in both
    /// claims ("No Child Left Behind", a law's title: every word capitalized, neither claim a headline in title case; one
    /// headline capitalizing more words than its title-case share, "Arrested Woman Is Not The Wife of ISIS Leader
    /// al-Baghdadi", beside "not Isis leader's wife" is no name), or
    /// the claims share little but the words of the denial itself ("nothing wrong" / "nothing wrong", "doesn't mean" /
    /// "doesn't mean" of different people and things): in a run of at least
    /// <see cref="SameEventGateOptions.RarityMinArticles"/> articles, what they share beyond the words both denials
    /// quote needs <see cref="SameEventGateOptions.DenialRestMinRarity"/>.
    /// </summary>
    private string? DenialOfOtherThings(Claim a, Claim b, StanceVerdict verdict, PairContext context, SameEventEvidence e)
    {
        if (verdict.DecidingFindings.FirstOrDefault(f => f.Rule.Name == SharedDenialRule.RuleName)?.Quoted is not { } quotes) return null;
        if (Options.DenialsOfNamesDenyNothing)
            foreach (var quote in (ReadOnlySpan<string>)[quotes.A, quotes.B])
                if (WrittenAsName(a.Text, quote) && WrittenAsName(b.Text, quote))
                    return $"a denial written as a name ('{quote}'): a title denies nothing";
        if (Options.DenialRestMinRarity <= 0 || context.Corpus is not { } corpus || corpus.Articles < Options.RarityMinArticles) return null;
        var own = QuoteTerms(quotes.A);
        own.IntersectWith(QuoteTerms(quotes.B));
        var rest = SharedRarity.Of(corpus, e, Options.DenialRestMinRarity, own);
        if (rest.Sum >= rest.Needed) return null;
        return string.Create(CultureInfo.InvariantCulture,
            $"a shared denial of its own words only ('{quotes.A}' / '{quotes.B}'): what else the claims share is common in this run's {rest.Articles} articles ({rest.Terms}; rarity {rest.Sum:0.0} below {rest.Needed:0.0})");
    }

    // The terms of a quote's words, as the feature extractor writes them (stems of lower-cased words).
    private static HashSet<string> QuoteTerms(string quote)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in quote.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var w = word.AsSpan().Trim("\"'\u201C\u201D\u2018\u2019(),.:;!?-".AsSpan());
            if (w.IsEmpty) continue;
            string lower = TermExtractor.Lower(w);
            terms.Add(lower);
            terms.Add(TermExtractor.Default.Stem(lower));
        }
        return terms;
    }

    /// <summary>
    /// True when <paramref name="quote"/> (two words or more) occurs in <paramref name="text"/> with every word
    /// capitalized and the text is no headline in title case (<see cref="TitleCased"/>): "No Child Left Behind".
    /// </summary>
    internal static bool WrittenAsName(string text, string quote)
    {
        var words = quote.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim("\"'\u201C\u201D\u2018\u2019(),.:;!?-".ToCharArray())).Where(w => w.Length > 0).ToArray();
        if (words.Length < 2 || TitleCased(text)) return false;
        string pattern = @"\b" + string.Join(@"[\s\p{P}]+", words.Select(Regex.Escape)) + @"\b";
        // Literal words between runs of one character class: bounded work per position, so no match timeout (a timeout
        // is wall-clock time, and a loaded machine failed microsecond matches with it).
        var m = Regex.Match(text, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout);
        if (!m.Success) return false;
        foreach (var token in m.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            if (token.FirstOrDefault(char.IsLetter) is var first && first != default && !char.IsUpper(first)) return false;
        return true;
    }
}
