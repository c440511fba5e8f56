namespace Claims.Stance.Leads;

/// <summary>
/// A withdrawal said of the subject of a lead (<see cref="Lexicon.Withdrawal"/>: "quits", "pulled out", "part ways",
/// "passed on"): against a lead that reports the subject taking part ("Christian Bale to play Steve Jobs") a claim
/// saying the subject withdrew ("Christian Bale has decided to part ways with the Steve Jobs biopic") opposes it; two
/// texts that both report the withdrawal share a denial. The subject is read as a content word of the lead used in
/// the claim before the withdrawal phrase, one of the lead's names when the claim names anyone there ("Leonardo
/// DiCaprio pulled out of the Steve Jobs biopic" withdraws someone else). Stateless.
/// </summary>
internal static class Withdrawal
{
    /// <summary>The index of the first word of a withdrawal phrase outside a negation's scope, or -1.</summary>
    public static int At(TextUnit u) => Find(u).At;

    // The first withdrawal phrase outside a negation's scope and where it starts, or (-1, null).
    private static (int At, string[]? Phrase) Find(TextUnit u)
    {
        var words = u.Words;
        for (int i = 0; i < words.Length; i++)
        {
            if (u.Negated[i]) continue;
            foreach (var phrase in Lexicon.Withdrawal)
                if (UnitBuilder.MatchAt(words, i, phrase)) return (i, phrase);
        }
        return (-1, null);
    }

    /// <summary>The withdrawal phrase of <paramref name="claim"/> whose subject (a stem before it) is a content word of
    /// <paramref name="lead"/>, when the two share at least <paramref name="minShared"/> stems; else null. When the subject
    /// is a name the lead writes as one (capitalized, not first, and the lead no headline in title case),
    /// <paramref name="minSharedNamed"/> stems suffice if given: "Bale has dropped out of the project" says of "Oscar
    /// winner Christian Bale to play Steve Jobs" that its subject withdrew, sharing only his name.</summary>
    public static string? OfLeadSubject(TextUnit lead, TextUnit claim, int minShared, int? minSharedNamed = null)
    {
        var (at, phrase) = Find(claim);
        if (phrase is null) return null;
        var leadStems = lead.Stems.Where(s => s is not null).ToHashSet(StringComparer.Ordinal);
        // A lead word before the withdrawal, and when the claim names anyone there (a name, not a sentence-initial
        // word), one of the lead's names: "After early discussions to play the Apple founder, Christian Bale has
        // decided to part ways" withdraws Christian Bale, not the "Seth Rogen" of a lead "Seth Rogen set to play ...".
        bool subject = false, named = false, leadName = false, namedSubject = false;
        var leadNames = Stories.SameEventGate.TitleCased(lead.Text) ? null : lead.Names;
        for (int i = 0; i < at; i++)
        {
            if (claim.Stems[i] is not { } stem) continue;
            bool inLead = leadStems.Contains(stem);
            subject |= inLead;
            namedSubject |= inLead && leadNames is not null && leadNames.Contains(stem);
            if (!claim.Capitalized[i]) continue;
            named = true;
            leadName |= inLead;
        }
        if (named && !leadName) return null;
        int shared = claim.Stems.Where(s => s is not null && leadStems.Contains(s)).Distinct(StringComparer.Ordinal).Count();
        if (!subject || shared < Math.Max(1, namedSubject && minSharedNamed is { } fewer ? Math.Min(minShared, fewer) : minShared)) return null;
        return string.Join(' ', phrase);
    }

    /// <summary>True when the lead reports taking part: no withdrawal phrase and no negation.</summary>
    public static bool Asserts(TextUnit lead) => At(lead) < 0 && lead.Negations == 0;
}
