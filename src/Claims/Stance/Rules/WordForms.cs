namespace Claims.Stance;

/// <summary>
/// Words that share a stem but not a meaning: the stemmer cuts "personally" and "person", "responsible" and
/// "responsive", "likely" and "like" to one stem; a derivational suffix that makes an adverb or an adjective makes
/// another word. Inflections ("votes", "voted", "voting") and event nouns ("cancellation", "recommendation") stay the
/// same word. Stateless.
/// </summary>
internal static class WordForms
{
    /// <summary>
    /// True when word <paramref name="index"/> of <paramref name="u"/> ends in an inflectional "-s" its stem drops ("votes",
    /// "supports"; not "press", not a stemless word): a plural noun or a verb in the third-person singular.
    /// </summary>
    public static bool SInflected(TextUnit u, int index)
    {
        string w = u.Words[index];
        return w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && u.Stems[index] is { } stem && stem.Length < w.Length;
    }

    /// <summary>Suffixes (after the stem) that make an adverb or an adjective of another word.</summary>
    private static readonly string[] Derivations = ["ly", "ally", "ily", "ive", "ives", "ative", "atives", "ible", "able", "ful", "less", "ous"];

    /// <summary>
    /// True when <paramref name="a"/> and <paramref name="b"/>, both written as <paramref name="stem"/> plus a suffix,
    /// end in different suffixes of which one is a derivation (<see cref="Derivations"/>): "personally" / "person",
    /// "responsive" / "responsible". One word written as the other plus a derivation is another word too, whatever the
    /// stemmer cut: "represent" and "representative" (stem "repres"), "the people who ... represent the base" against
    /// "comments ... not being representative of the party".
    /// </summary>
    public static bool DerivedApart(string a, string b, string stem)
    {
        if (a.Length != b.Length)
        {
            var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
            if (longer.StartsWith(shorter, StringComparison.Ordinal) && Derived(longer[shorter.Length..])) return true;
        }
        if (!a.StartsWith(stem, StringComparison.Ordinal) || !b.StartsWith(stem, StringComparison.Ordinal)) return false;
        string sa = a[stem.Length..], sb = b[stem.Length..];
        return !string.Equals(sa, sb, StringComparison.Ordinal) && (Derived(sa) || Derived(sb));
    }

    private static bool Derived(string suffix) => Array.IndexOf(Derivations, suffix) >= 0;
}
