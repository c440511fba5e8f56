namespace Claims.Attribution;

/// <summary>Letter-case tests the attribution stages share (capital labels, acronyms, headline kickers).</summary>
internal static class Casing
{
    /// <summary>Whether any character of <paramref name="word"/> is a lower-case letter ("Pence" yes, "PENCE" and "CNN" no).</summary>
    public static bool HasLower(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
            if (char.IsLower(c)) return true;
        return false;
    }
}
