using Claims.Text;

namespace Claims.Matching;

// Near copies: a claim that repeats an earlier article's claim with a word or two changed in form only.
internal sealed partial class TextCopies
{
    // Words compared at each end and in the middle of a claim to find candidates for a near copy.
    private const int WindowWords = 3;

    // A run of a window's words shared by more claims than this is boilerplate, no evidence of one copied claim.
    private const int MaxClaimsPerWindow = 50;

    // Fewest words of a claim the near-copy search compares: its three windows must not overlap.
    private const int NearCopyWindowWords = 3 * WindowWords;

    // Words whose change leaves a sentence's claim as it was: articles and demonstratives ("Consider this cartoon
    // animation" / "Consider the cartoon animation"), "you" for "your" (a typo in a relayed letter), "and".
    private static readonly HashSet<string> FormWords = new(["a", "an", "the", "this", "that", "these", "those", "you", "your", "and", .. WordLists.FiniteBeForms],
        StringComparer.Ordinal);

    // Words whose change changes what is said, whatever else is alike: negations (the apostrophe splits "don't" into "don" "t").
    private static readonly HashSet<string> MeaningWords = new(["no", "not", "never", "nor", "t", "none", "nothing", "nobody"], StringComparer.Ordinal);

    /// <summary>
    /// Marks each claim of at least <see cref="PairingOptions.MinNearCopyWords"/> words that repeats an earlier article's
    /// claim with at most <see cref="PairingOptions.NearCopyEdits"/> words changed in form only (<see cref="FormEdit"/>)
    /// as a copy of it (the first such claim), in claim order.
    /// </summary>
    private static void FindNearCopies(string[][] words, IReadOnlyList<int> articleOfClaim, int[] copyOf, PairingOptions options)
    {
        if (options.NearCopyEdits <= 0) return;
        // Keyed by a window's words in place (no joined string per window): equal keys are equal runs of words.
        var claimsOfWindow = new Dictionary<Window, List<int>>();
        // Room for the most lookups a claim makes (its two ends and at most 2 * edits + 3 middles, within its words).
        int longest = words.Length == 0 ? 0 : words.Max(w => w.Length);
        var starts = new int[2 + (int)Math.Min(2L * options.NearCopyEdits + 3, longest)];
        for (int i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (w.Length < options.MinNearCopyWords || w.Length < NearCopyWindowWords) continue;
            if (copyOf[i] >= 0) continue;
            int original = -1;
            foreach (int start in Lookups(w.Length, options.NearCopyEdits, starts))
                if (claimsOfWindow.TryGetValue(new Window(w, start), out var earlier))
                    foreach (int j in earlier)
                        if ((original < 0 || j < original) && articleOfClaim[j] != articleOfClaim[i] && IsNearCopy(words[j], w, options))
                            original = j;
            if (original >= 0)
            {
                copyOf[i] = original;
                continue;
            }
            foreach (int start in (ReadOnlySpan<int>)[0, w.Length / 2 - 1, w.Length - WindowWords])
            {
                var key = new Window(w, start);
                if (!claimsOfWindow.TryGetValue(key, out var list)) claimsOfWindow[key] = list = [];
                if (list.Count < MaxClaimsPerWindow && (list.Count == 0 || list[^1] != i)) list.Add(i);
            }
        }
    }

    /// <summary>
    /// True when <paramref name="later"/> (words as <see cref="TextWords"/> gives them) repeats <paramref name="earlier"/>
    /// with at most <see cref="PairingOptions.NearCopyEdits"/> words changed in form only, both of at least
    /// <see cref="PairingOptions.MinNearCopyWords"/> words.
    /// </summary>
    internal static bool IsNearCopy(string[] earlier, string[] later, PairingOptions options) =>
        options.NearCopyEdits > 0 && Math.Min(earlier.Length, later.Length) >= Math.Max(options.MinNearCopyWords, 3 * WindowWords)
        && FormEdits(earlier, later, options.NearCopyEdits) <= options.NearCopyEdits;

    // Where the windows of an earlier claim a near copy may share start in a claim of `count` words: its ends (the first
    // and last WindowWords words; an earlier claim keeps those and its middle, and with at most two edits one of them is
    // left whole), and its middle shifted by words inserted or dropped. Written into `starts`, which has room for them.
    private static ReadOnlySpan<int> Lookups(int count, int edits, Span<int> starts)
    {
        int n = 0;
        starts[n++] = 0;
        starts[n++] = count - WindowWords;
        // The middle's starts shifted by -edits - 1 .. edits + 1, those inside the claim.
        int middle = count / 2 - 1;
        long first = Math.Max(middle - (long)edits - 1, 0), last = Math.Min(middle + (long)edits + 1, count - WindowWords);
        for (long start = first; start <= last; start++) starts[n++] = (int)start;
        return starts[..n];
    }

    // WindowWords words of a claim from `Start`, compared word by word (ordinal): the key a joined window would be.
    private readonly struct Window(string[] words, int start) : IEquatable<Window>
    {
        private string[] Words { get; } = words;

        private int Start { get; } = start;

        public bool Equals(Window other)
        {
            for (int k = 0; k < WindowWords; k++)
                if (!string.Equals(Words[Start + k], other.Words[other.Start + k], StringComparison.Ordinal)) return false;
            return true;
        }

        public override int GetHashCode() =>
            HashCode.Combine(Words[Start].GetHashCode(StringComparison.Ordinal), Words[Start + 1].GetHashCode(StringComparison.Ordinal),
                Words[Start + 2].GetHashCode(StringComparison.Ordinal));

        public override bool Equals(object? obj) => obj is Window other && Equals(other);
    }

    /// <summary>
    /// The words changed between <paramref name="a"/> and <paramref name="b"/> (insertions, deletions, substitutions),
    /// counting only changes in form (<see cref="FormEdit"/>); more than <paramref name="most"/> when a change of
    /// meaning is needed or there are more.
    /// </summary>
    internal static int FormEdits(string[] a, string[] b, int most)
    {
        if (Math.Abs(a.Length - b.Length) > most) return most + 1;
        int over = most + 1;
        int[]? rented = b.Length + 1 > MaxStackRow ? System.Buffers.ArrayPool<int>.Shared.Rent(2 * (b.Length + 1)) : null;
        Span<int> rows = rented is null ? stackalloc int[2 * MaxStackRow] : rented;
        try
        {
            return FormEdits(a, b, over, rows[..(b.Length + 1)], rows.Slice(b.Length + 1, b.Length + 1));
        }
        finally
        {
            if (rented is not null) System.Buffers.ArrayPool<int>.Shared.Return(rented);
        }
    }

    // Longest row of the edit table kept on the stack.
    private const int MaxStackRow = 128;

    // The edit table's rows: `previous` and `current` have b.Length + 1 slots each.
    private static int FormEdits(string[] a, string[] b, int over, Span<int> previous, Span<int> current)
    {
        for (int j = 0; j <= b.Length; j++) previous[j] = j == 0 ? 0 : Math.Min(over, previous[j - 1] + (FormWords.Contains(b[j - 1]) ? 1 : over));
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = Math.Min(over, previous[0] + (FormWords.Contains(a[i - 1]) ? 1 : over));
            int best = current[0];
            for (int j = 1; j <= b.Length; j++)
            {
                int substitute = previous[j - 1] + (string.Equals(a[i - 1], b[j - 1], StringComparison.Ordinal) ? 0 : FormEdit(a[i - 1], b[j - 1]) ? 1 : over);
                int delete = previous[j] + (FormWords.Contains(a[i - 1]) ? 1 : over);
                int insert = current[j - 1] + (FormWords.Contains(b[j - 1]) ? 1 : over);
                current[j] = Math.Min(over, Math.Min(substitute, Math.Min(delete, insert)));
                best = Math.Min(best, current[j]);
            }
            if (best >= over) return over;
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.Length];
    }

    /// <summary>
    /// True when word <paramref name="a"/> written as <paramref name="b"/> changes the form, not the claim: two words of
    /// <see cref="FormWords"/>, one content stem ("votes" / "voted"),
    /// or a spelling ("rumours" / "rumors": one letter dropped from a word of five or more). Never a figure or a negation.
    /// </summary>
    internal static bool FormEdit(string a, string b)
    {
        if (MeaningWords.Contains(a) || MeaningWords.Contains(b) || HasDigit(a) || HasDigit(b)) return false;
        if (FormWords.Contains(a) && FormWords.Contains(b)) return true;
        if (TermExtractor.Default.ContentStem(a) is { } sa && string.Equals(sa, TermExtractor.Default.ContentStem(b), StringComparison.Ordinal)) return true;
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Length >= MinSpellingLetters && longer.Length == shorter.Length + 1 && OneLetterDropped(shorter, longer);
    }

    // Fewest letters of a word whose spelling may differ by one letter ("rumors" / "rumours", "traveled" / "travelled").
    private const int MinSpellingLetters = 5;

    private static bool HasDigit(string word) => word.AsSpan().IndexOfAnyInRange('0', '9') >= 0;

    // True when deleting one letter of `longer` gives `shorter`.
    private static bool OneLetterDropped(string shorter, string longer)
    {
        int start = 0;
        while (start < shorter.Length && shorter[start] == longer[start]) start++;
        return shorter.AsSpan(start).SequenceEqual(longer.AsSpan(start + 1));
    }
}
