namespace Claims.Attribution;

internal static partial class SpeakerApposition
{
    // Prepositions that tie a person to the body they speak for ("Wilfredo Strauss of the Seismic Institute",
    // "Gordon Beedle, a news producer at").
    private static readonly WordSet AffiliationPrepositions = new("of", "from", "at", "with", "for");

    // Without a comma, "for" after a name is mostly a purpose or a beneficiary ("Trump for President"), not an affiliation.
    private static readonly WordSet BareAffiliationPrepositions = new("of", "from", "at", "with");

    /// <summary>The fewest name words (titles not counted) before an affiliation: one capitalized word ("Department of
    /// Justice", "Hepburn of the U.K. Gout Society") is as often a body as a surname, and is left to the name reader.</summary>
    internal const int MinAffiliatedNameWords = 2;

    /// <summary>How many words after the opener of a bare role ("head", "President", "assistant commissioner") the
    /// affiliation's preposition may stand.</summary>
    internal const int RoleReach = 4;

    /// <summary>
    /// Splits a mention in which a person's name is followed by the body they belong to, without an article after the
    /// comma (which <see cref="Read"/> handles): "Wilfredo Strauss of the Seismic Institute", "Tim Farron, President of
    /// the Liberal Democrats", "Commander Richard Walton, head of the Met's". The name is the run of capitalized words
    /// before the preposition or the comma, with at least <see cref="MinAffiliatedNameWords"/> words that are no titles
    /// and no word of a body's name (<paramref name="isOrgWord"/>: "Bank of America", "Supreme Court of"); after a comma
    /// a title or a lower-case word must open the role and an affiliation preposition follow within
    /// <see cref="RoleReach"/> words. The rest is the role. Without this the last capitalized run, the body, was the speaker.
    /// </summary>
    public static Split ReadAffiliation(string text, IReadOnlyList<TextSpan> words, Func<string, bool> isNameWord,
        Func<string, bool> isTitleWord, Func<string, bool> isOrgWord)
    {
        int names = 0;
        for (int c = 0; c < words.Count - 1 && c < MaxNameWords; c++)
        {
            string word = text[words[c].Start..words[c].End];
            if (!isNameWord(word) || isOrgWord(word)) return default;
            if (!isTitleWord(word)) names++;
            string next = text[words[c + 1].Start..words[c + 1].End];
            bool comma = FollowedByComma(text, words[c]);
            if (!comma && !BareAffiliationPrepositions.Contains(next)) continue;
            if (names < MinAffiliatedNameWords || comma && !OpensAffiliatedRole(text, words, c + 1, isTitleWord)) return default;
            if (JoinsAnotherPerson(text, words, c + 2, isNameWord, isTitleWord, isOrgWord)) return default;
            string role = string.Join(' ', words.Skip(c + 1).Select(w => text[w.Start..w.End]));
            return new Split(c + 1, false, role);
        }
        return default;
    }

    // "Senator Ted Cruz of Texas and Senator Rand Paul of Kentucky": "and" then a title or a two-word name joins a second
    // person; the mention is a group, left to the name reader as before ("Ways and Means Committee" joins no one).
    private static bool JoinsAnotherPerson(string text, IReadOnlyList<TextSpan> words, int from, Func<string, bool> isNameWord,
        Func<string, bool> isTitleWord, Func<string, bool> isOrgWord)
    {
        for (int k = from; k + 1 < words.Count; k++)
        {
            if (!text.AsSpan(words[k].Start, words[k].Length).SequenceEqual("and")) continue;
            string first = text[words[k + 1].Start..words[k + 1].End];
            if (isTitleWord(first)) return true;
            if (k + 2 >= words.Count) continue;
            string second = text[words[k + 2].Start..words[k + 2].End];
            if (isNameWord(first) && isNameWord(second) && !isOrgWord(first) && !isOrgWord(second)) return true;
        }
        return false;
    }

    // "head of", "President of", "assistant commissioner of": a title or a lower-case word that is no participle
    // ("speaking at the rally" says what the person did), then an affiliation preposition within RoleReach words.
    private static bool OpensAffiliatedRole(string text, IReadOnlyList<TextSpan> words, int opener, Func<string, bool> isTitleWord)
    {
        string first = text[words[opener].Start..words[opener].End];
        bool roleWord = isTitleWord(first) || char.IsLower(first[0]) && !first.EndsWith("ing", StringComparison.Ordinal);
        if (!roleWord) return false;
        for (int k = opener + 1; k < words.Count && k <= opener + RoleReach; k++)
            if (AffiliationPrepositions.Contains(text.AsSpan(words[k].Start, words[k].Length))) return true;
        return false;
    }
}
