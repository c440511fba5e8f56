using System.Runtime.CompilerServices;
using System.Text;

namespace Claims.Text;

/// <summary>
/// The Porter2 ("Snowball English") stemmer, written for this library from the published description of the
/// algorithm (M. Porter, "The English (Porter2) stemming algorithm", snowballstem.org): exceptional forms, the regions
/// R1 and R2, then steps 0 to 5 on the word's end. Input is a lower-case word; the result is its stem. Stateless and
/// thread-safe. Checked word for word against Lucene.Net's Snowball EnglishStemmer by the evaluation tool's
/// <c>stemmer-check</c>.
/// </summary>
public sealed class EnglishStemmer
{
    /// <summary>The shared instance.</summary>
    public static EnglishStemmer Default { get; } = new();

    private static readonly Dictionary<string, string> Exceptions1 = new(StringComparer.Ordinal)
    {
        ["skis"] = "ski", ["skies"] = "sky", ["dying"] = "die", ["lying"] = "lie", ["tying"] = "tie",
        ["idly"] = "idl", ["gently"] = "gentl", ["ugly"] = "ugli", ["early"] = "earli", ["only"] = "onli", ["singly"] = "singl",
        ["sky"] = "sky", ["news"] = "news", ["howe"] = "howe", ["atlas"] = "atlas", ["cosmos"] = "cosmos", ["bias"] = "bias", ["andes"] = "andes",
    };

    private static readonly HashSet<string> Exceptions2 = new(StringComparer.Ordinal)
    {
        "inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed",
    };

    private static readonly string[] Step1bSuffixes = ["eedly", "ingly", "edly", "eed", "ing", "ed"];

    private static readonly (string Suffix, string Replacement)[] Step2Rules =
    [
        ("ization", "ize"), ("ational", "ate"), ("fulness", "ful"), ("ousness", "ous"), ("iveness", "ive"),
        ("tional", "tion"), ("biliti", "ble"), ("lessli", "less"), ("entli", "ent"), ("ation", "ate"), ("alism", "al"),
        ("aliti", "al"), ("ousli", "ous"), ("iviti", "ive"), ("fulli", "ful"), ("enci", "ence"), ("anci", "ance"),
        ("abli", "able"), ("izer", "ize"), ("ator", "ate"), ("alli", "al"), ("bli", "ble"), ("ogi", "og"), ("li", ""),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"), ("ative", ""),
        ("ical", "ic"), ("ness", ""), ("ful", ""),
    ];

    private static readonly string[] Step4Suffixes =
    [
        "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion", "al", "er", "ic",
    ];

    /// <summary>The stem of <paramref name="word"/> (lower case).</summary>
    // The steps are compiled optimized at once (AggressiveOptimization): every process stems the ~31k words of the
    // WordNet relations at start, all of them before tiered compilation would replace the unoptimized first code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (Exceptions1.TryGetValue(word, out var exception)) return exception;
        if (word.Length < 3) return word;
        var w = new StringBuilder(word);
        if (w[0] == '\'') w.Remove(0, 1);
        MarkYs(w);
        var (r1, r2) = Regions(w);
        Step1a(w);
        if (!Exceptions2.Contains(w.ToString()))
        {
            Step1b(w, r1);
            Step1c(w);
            Step2(w, r1);
            Step3(w, r1, r2);
            Step4(w, r2);
            Step5(w, r1, r2);
        }
        w.Replace('Y', 'y');
        return w.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MarkYs(StringBuilder w)
    {
        if (w.Length > 0 && w[0] == 'y') w[0] = 'Y';
        for (int i = 1; i < w.Length; i++)
            if (w[i] == 'y' && IsVowel(w[i - 1])) w[i] = 'Y';
    }

    /// <summary>R1 starts after the first non-vowel that follows a vowel ("gener", "commun", "arsen" are R1's
    /// prefix as a whole); R2 the same within R1. A region that does not exist starts at the word's end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int R1, int R2) Regions(StringBuilder w)
    {
        int length = w.Length;
        int r1 = length;
        string text = w.ToString();
        if (text.StartsWith("gener", StringComparison.Ordinal)) r1 = 5;
        else if (text.StartsWith("commun", StringComparison.Ordinal)) r1 = 6;
        else if (text.StartsWith("arsen", StringComparison.Ordinal)) r1 = 5;
        else r1 = AfterVowelThenNonVowel(w, 0);
        int r2 = AfterVowelThenNonVowel(w, r1);
        return (r1, r2);
    }

    private static int AfterVowelThenNonVowel(StringBuilder w, int from)
    {
        int i = from;
        while (i < w.Length && !IsVowel(w[i])) i++;
        if (i >= w.Length) return w.Length;
        i++;
        while (i < w.Length && IsVowel(w[i])) i++;
        return i >= w.Length ? w.Length : i + 1;
    }

    private static bool EndsWith(StringBuilder w, string suffix)
    {
        if (w.Length < suffix.Length) return false;
        for (int i = 0; i < suffix.Length; i++)
            if (w[w.Length - suffix.Length + i] != suffix[i]) return false;
        return true;
    }

    private static void ReplaceEnd(StringBuilder w, int suffixLength, string replacement)
    {
        w.Length -= suffixLength;
        w.Append(replacement);
    }

    private static bool HasVowel(StringBuilder w, int end)
    {
        for (int i = 0; i < end; i++) if (IsVowel(w[i])) return true;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Step1a(StringBuilder w)
    {
        // Step 0: the apostrophe suffixes.
        if (EndsWith(w, "'s'")) w.Length -= 3;
        else if (EndsWith(w, "'s")) w.Length -= 2;
        else if (EndsWith(w, "'")) w.Length -= 1;

        if (EndsWith(w, "sses")) ReplaceEnd(w, 4, "ss");
        else if (EndsWith(w, "ied") || EndsWith(w, "ies")) ReplaceEnd(w, 3, w.Length - 3 > 1 ? "i" : "ie");
        else if (EndsWith(w, "us") || EndsWith(w, "ss")) { }
        else if (EndsWith(w, "s") && w.Length >= 2 && HasVowel(w, w.Length - 2)) w.Length -= 1;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Step1b(StringBuilder w, int r1)
    {
        string? suffix = Step1bSuffixes.FirstOrDefault(s => EndsWith(w, s));
        if (suffix is null) return;
        int start = w.Length - suffix.Length;
        if (suffix is "eed" or "eedly")
        {
            if (start >= r1) ReplaceEnd(w, suffix.Length, "ee");
            return;
        }
        if (!HasVowel(w, start)) return;
        w.Length = start;
        if (EndsWith(w, "at") || EndsWith(w, "bl") || EndsWith(w, "iz")) w.Append('e');
        else if (EndsWithDouble(w)) w.Length -= 1;
        else if (r1 == w.Length && EndsWithShortSyllable(w)) w.Append('e');
    }

    private static bool EndsWithDouble(StringBuilder w) =>
        w.Length >= 2 && w[^1] == w[^2] && w[^1] is 'b' or 'd' or 'f' or 'g' or 'm' or 'n' or 'p' or 'r' or 't';

    /// <summary>A short syllable ends the word: non-vowel, vowel, then a non-vowel other than w, x or Y; or, at the
    /// word's start, a vowel then a non-vowel.</summary>
    private static bool EndsWithShortSyllable(StringBuilder w)
    {
        int n = w.Length;
        if (n >= 3 && !IsVowel(w[n - 3]) && IsVowel(w[n - 2]) && !IsVowel(w[n - 1]) && w[n - 1] is not ('w' or 'x' or 'Y'))
            return true;
        return n == 2 && IsVowel(w[0]) && !IsVowel(w[1]);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Step1c(StringBuilder w)
    {
        int n = w.Length;
        if (n >= 3 && w[n - 1] is 'y' or 'Y' && !IsVowel(w[n - 2])) w[n - 1] = 'i';
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Step2(StringBuilder w, int r1)
    {
        foreach (var (suffix, replacement) in Step2Rules)
        {
            if (!EndsWith(w, suffix)) continue;
            int start = w.Length - suffix.Length;
            if (start < r1) return;
            if (suffix == "ogi" && !(start > 0 && w[start - 1] == 'l')) return;
            if (suffix == "li" && !(start > 0 && w[start - 1] is 'c' or 'd' or 'e' or 'g' or 'h' or 'k' or 'm' or 'n' or 'r' or 't')) return;
            ReplaceEnd(w, suffix.Length, replacement);
            return;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Step3(StringBuilder w, int r1, int r2)
    {
        foreach (var (suffix, replacement) in Step3Rules)
        {
            if (!EndsWith(w, suffix)) continue;
            int start = w.Length - suffix.Length;
            if (start < r1) return;
            if (suffix == "ative" && start < r2) return;
            ReplaceEnd(w, suffix.Length, replacement);
            return;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Step4(StringBuilder w, int r2)
    {
        foreach (var suffix in Step4Suffixes)
        {
            if (!EndsWith(w, suffix)) continue;
            int start = w.Length - suffix.Length;
            if (start < r2) return;
            if (suffix == "ion" && !(start > 0 && w[start - 1] is 's' or 't')) return;
            w.Length = start;
            return;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Step5(StringBuilder w, int r1, int r2)
    {
        int n = w.Length;
        if (n == 0) return;
        if (w[n - 1] == 'e')
        {
            int start = n - 1;
            if (start >= r2 || (start >= r1 && !ShortSyllableBefore(w, start))) w.Length = start;
        }
        else if (w[n - 1] == 'l' && n - 1 >= r2 && n >= 2 && w[n - 2] == 'l')
        {
            w.Length = n - 1;
        }
    }

    private static bool ShortSyllableBefore(StringBuilder w, int end)
    {
        if (end >= 3 && !IsVowel(w[end - 3]) && IsVowel(w[end - 2]) && !IsVowel(w[end - 1]) && w[end - 1] is not ('w' or 'x' or 'Y'))
            return true;
        return end == 2 && IsVowel(w[0]) && !IsVowel(w[1]);
    }
}
