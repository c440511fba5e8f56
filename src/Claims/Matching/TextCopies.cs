namespace Claims.Matching;

/// <summary>
/// Articles that are copies of one text (a syndicated story under two file names, the same article republished the
/// next day with a few edits), as the report lists them.
/// </summary>
/// <param name="Articles">The copies' article ids, in input order; the first is the one the report pairs.</param>
/// <param name="Overlap">The smallest overlap between two linked copies: the share of five-word runs of the longer text
/// that the shorter has too, in [0, 1].</param>
public sealed record CopiedText(IReadOnlyList<string> Articles, double Overlap);

/// <summary>
/// A claim that repeats a claim of an earlier article word for word, or with a word or two changed in form only
/// (<see cref="PairingOptions.NearCopyEdits"/>): paired once, as its first occurrence.
/// </summary>
/// <param name="Claim">The repeating claim's id.</param>
/// <param name="Original">The id of the claim it repeats (the first occurrence, in input order).</param>
public sealed record CopiedClaim(string Claim, string Original);

/// <summary>
/// Copied text among the analyzed articles, found once per run: whole articles that are copies of one text
/// (<see cref="PairingOptions.CopyOverlap"/>) and single claims that repeat word for word a claim of an earlier article
/// (a wire sentence, a caption, one quote passed from outlet to outlet). Copies are one source, not two sources agreeing:
/// claims of copies are not paired with each other, and a copied claim is not paired at all, its first occurrence is
/// (once, instead of once per copy). Immutable and thread-safe.
/// </summary>
internal sealed partial class TextCopies
{
    // Words of a run compared between two articles.
    internal const int ShingleWords = 5;

    // A run shared by more articles than this is boilerplate ("Follow us on Twitter and Facebook for ..."), no evidence
    // of one copied text; it is not counted (it also keeps the pair count linear in a corpus of one outlet).
    internal const int MaxArticlesPerShingle = 50;

    private readonly int[] _groupOfArticle;
    private readonly int[] _copyOf;
    private readonly string[] _words;
    private readonly int[] _articleOfClaim;

    private TextCopies(IReadOnlyList<CopiedText> groups, int[] groupOfArticle, int[] articleOfClaim, int[] copyOf, string[] words,
        IReadOnlyList<CopiedClaim> claims)
    {
        Groups = groups;
        Claims = claims;
        _groupOfArticle = groupOfArticle;
        _articleOfClaim = articleOfClaim;
        _copyOf = copyOf;
        _words = words;
    }

    /// <summary>No copies (and no claims): what a run without copy detection uses.</summary>
    public static TextCopies None { get; } = new([], [], [], [], [], []);

    /// <summary>The groups of articles that are copies of one text, in order of their first article.</summary>
    public IReadOnlyList<CopiedText> Groups { get; }

    /// <summary>The claims that repeat a claim of an earlier article word for word or nearly so, in claim order.</summary>
    public IReadOnlyList<CopiedClaim> Claims { get; }

    /// <summary>
    /// Finds the copies among <paramref name="documents"/> (their claims in document then text order, as the run's
    /// claim positions are): articles whose overlap reaches <see cref="PairingOptions.CopyOverlap"/>, and claims of at
    /// least <see cref="PairingOptions.MinCopiedClaimWords"/> words that repeat a claim of an earlier article.
    /// </summary>
    public static TextCopies Find(IReadOnlyList<Document> documents, PairingOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(options);
        var groupOf = ArticleGroups(documents, options.CopyOverlap, out var groups, cancellationToken);
        var articleOfClaim = new List<int>();
        var words = new List<string>();
        var wordCounts = new List<int>();
        var all = new List<Claim>();
        for (int d = 0; d < documents.Count; d++)
            foreach (var claim in documents[d].Claims)
            {
                all.Add(claim);
                articleOfClaim.Add(d);
                words.Add(TextWords.Joined(claim.Text, out int count));
                wordCounts.Add(count);
            }
        var copyOf = new int[words.Count];
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < words.Count; i++)
        {
            copyOf[i] = -1;
            if (wordCounts[i] < options.MinCopiedClaimWords) continue;
            if (!first.TryGetValue(words[i], out int original)) first[words[i]] = i;
            else if (articleOfClaim[original] != articleOfClaim[i]) copyOf[i] = original;
        }
        if (options.NearCopyEdits > 0) FindNearCopies(NearCopyWords(words, wordCounts, copyOf, options), articleOfClaim, copyOf, options);
        var copied = new List<CopiedClaim>();
        for (int i = 0; i < copyOf.Length; i++)
            if (copyOf[i] >= 0) copied.Add(new CopiedClaim(all[i].Id, all[copyOf[i]].Id));
        return new TextCopies(groups, groupOf, [.. articleOfClaim], copyOf, [.. words], copied);
    }

    // The words of each claim the near-copy search reads: a claim long enough and not already a copy (the others are
    // never compared; they get no words). One array per distinct wording: a claim repeated within an article is split once.
    private static string[][] NearCopyWords(List<string> words, List<int> wordCounts, int[] copyOf, PairingOptions options)
    {
        var split = new string[words.Count][];
        var byWording = new Dictionary<string, string[]>(StringComparer.Ordinal);
        for (int i = 0; i < split.Length; i++)
        {
            if (copyOf[i] >= 0 || wordCounts[i] < options.MinNearCopyWords || wordCounts[i] < NearCopyWindowWords)
            {
                split[i] = [];
                continue;
            }
            if (!byWording.TryGetValue(words[i], out var w)) byWording[words[i]] = w = TextWords.Split(words[i]);
            split[i] = w;
        }
        return split;
    }

    /// <summary>The position of the claim that claim <paramref name="claim"/> copies (word for word or nearly so), or -1.</summary>
    public int CopyOf(int claim) => claim < _copyOf.Length ? _copyOf[claim] : -1;

    /// <summary>
    /// Why claims <paramref name="a"/> and <paramref name="b"/> (run positions) make no pair, or null: a copied claim
    /// (its original is paired), two claims of copies of one text, or two claims of one wording.
    /// </summary>
    public string? Excludes(int a, int b)
    {
        if (a >= _words.Length || b >= _words.Length) return null;
        if (_copyOf[a] >= 0 || _copyOf[b] >= 0) return "a copied claim: its first occurrence is paired instead";
        return OneSource(a, b);
    }

    /// <summary>
    /// Why claims <paramref name="a"/> and <paramref name="b"/> (run positions) are one source whichever of them is a
    /// copy, or null: two claims of copies of one text, or two claims of one wording.
    /// </summary>
    public string? OneSource(int a, int b)
    {
        if (a >= _words.Length || b >= _words.Length) return null;
        int ga = _groupOfArticle[_articleOfClaim[a]], gb = _groupOfArticle[_articleOfClaim[b]];
        if (ga >= 0 && ga == gb && _articleOfClaim[a] != _articleOfClaim[b]) return "copies of one text";
        if (_words[a].Length > 0 && string.Equals(_words[a], _words[b], StringComparison.Ordinal)) return "one wording, not two sources";
        return null;
    }

    // Each article's copy group (-1 for none), linking articles whose overlap reaches the threshold.
    private static int[] ArticleGroups(IReadOnlyList<Document> documents, double threshold, out IReadOnlyList<CopiedText> groups,
        CancellationToken cancellationToken)
    {
        var (keys, owners, shingleCounts) = ShingleOwners(documents, cancellationToken);
        Array.Sort(keys, owners);
        // Shingles shared per pair of articles, keyed by the pair (lower article in the high half).
        var shared = new Dictionary<long, int>();
        for (int start = 0, end; start < keys.Length; start = end)
        {
            for (end = start + 1; end < keys.Length && keys[end] == keys[start]; end++) { }
            if (end - start < 2 || end - start > MaxArticlesPerShingle) continue;
            for (int i = start; i < end; i++)
                for (int j = i + 1; j < end; j++)
                {
                    long pair = ((long)Math.Min(owners[i], owners[j]) << 32) | (uint)Math.Max(owners[i], owners[j]);
                    System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(shared, pair, out _)++;
                }
        }
        var links = shared.Select(kv => (A: (int)(kv.Key >> 32), B: (int)kv.Key, Count: kv.Value))
            .Select(p => (p.A, p.B, Overlap: (double)p.Count / Math.Max(shingleCounts[p.A], shingleCounts[p.B])))
            .Where(l => l.Overlap >= threshold).OrderBy(l => l.A).ThenBy(l => l.B).ToList();
        return Group(documents, links, out groups);
    }

    // Groups linked articles (union of links), each named by its articles in input order.
    private static int[] Group(IReadOnlyList<Document> documents, List<(int A, int B, double Overlap)> links, out IReadOnlyList<CopiedText> groups)
    {
        var root = Enumerable.Range(0, documents.Count).ToArray();
        int Find(int x) { while (root[x] != x) x = root[x] = root[root[x]]; return x; }
        foreach (var (a, b, _) in links)
        {
            int ra = Find(a), rb = Find(b);
            if (ra != rb) root[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
        var groupOf = Enumerable.Repeat(-1, documents.Count).ToArray();
        var result = new List<CopiedText>();
        foreach (var members in Enumerable.Range(0, documents.Count).GroupBy(Find).Where(g => g.Count() > 1).OrderBy(g => g.Key))
        {
            var set = members.ToHashSet();
            double overlap = links.Where(l => set.Contains(l.A)).Min(l => l.Overlap);
            foreach (int m in set) groupOf[m] = result.Count;
            result.Add(new CopiedText([.. members.Order().Select(m => documents[m].Article.Id)], Math.Round(overlap, 4)));
        }
        groups = result;
        return groupOf;
    }

    // Every (shingle, article) once, unsorted, and each article's count of distinct shingles: the articles' shingles
    // written one after the other into two arrays of exactly their total length, through one buffer reused for every
    // article (no list grown by doubling, no array per article).
    private static (ulong[] Keys, int[] Owners, int[] Counts) ShingleOwners(IReadOnlyList<Document> documents, CancellationToken cancellationToken)
    {
        var counts = new int[documents.Count];
        var buffer = new ulong[0];
        var keys = new ulong[0];
        int total = 0;
        for (int d = 0; d < documents.Count; d++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int distinct = counts[d] = Shingles(documents[d].Text, ref buffer);
            if (total + distinct > keys.Length) Array.Resize(ref keys, Math.Max(total + distinct, keys.Length * 2));
            Array.Copy(buffer, 0, keys, total, distinct);
            total += distinct;
        }
        if (total != keys.Length) Array.Resize(ref keys, total);
        var owners = new int[total];
        for (int d = 0, at = 0; d < documents.Count; at += counts[d], d++) owners.AsSpan(at, counts[d]).Fill(d);
        return (keys, owners, counts);
    }

    // The article's distinct runs of ShingleWords words, hashed (FNV-1a over the lower-cased words: the same in every
    // process; no word is copied), in ascending order: written to the start of `runs` (grown when too short), their
    // count returned.
    private static int Shingles(string text, ref ulong[] runs)
    {
        // A word takes at least two characters (a letter or digit and what ends it) but the last: at most this many.
        int most = text.Length / 2 + 1;
        if (runs.Length < most) runs = new ulong[Math.Max(most, runs.Length * 2)];
        int words = WordHashes(text, runs);
        int count = Math.Max(0, words - ShingleWords + 1);
        // Each run's hash replaces the hash of its first word, which no later run reads.
        for (int i = 0; i < count; i++)
        {
            ulong h = 14695981039346656037UL;
            for (int k = 0; k < ShingleWords; k++) h = (h ^ runs[i + k]) * 1099511628211UL;
            runs[i] = h;
        }
        var span = runs.AsSpan(0, count);
        span.Sort();
        int distinct = 0;
        for (int i = 0; i < span.Length; i++)
            if (distinct == 0 || span[i] != span[distinct - 1]) span[distinct++] = span[i];
        return distinct;
    }

    // The FNV-1a hash of each word of the text (a run of letters and digits, lower-cased), in order, written to
    // `hashes` (long enough: at most one word per two characters, plus one); returns the count.
    private static int WordHashes(string text, ulong[] hashes)
    {
        int count = 0;
        ulong h = 14695981039346656037UL;
        bool inWord = false;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                h = (h ^ char.ToLowerInvariant(c)) * 1099511628211UL;
                inWord = true;
            }
            else if (inWord)
            {
                hashes[count++] = h;
                h = 14695981039346656037UL;
                inWord = false;
            }
        }
        if (inWord) hashes[count++] = h;
        return count;
    }
}

/// <summary>The words of a text as copy detection compares them: runs of letters and digits, lower-cased.</summary>
internal static class TextWords
{
    /// <summary>
    /// The lower-cased runs of letters and digits of <paramref name="text"/>, in order, joined by one space (as
    /// <c>string.Join(' ', runs)</c> would join them), and how many runs there are. One string, no string per run.
    /// </summary>
    public static string Joined(string text, out int count)
    {
        count = 0;
        Span<char> stack = stackalloc char[256];
        char[]? rented = text.Length > stack.Length ? System.Buffers.ArrayPool<char>.Shared.Rent(text.Length) : null;
        // A run and its separating space take no more room than the run and the character that ended it.
        var buffer = rented is null ? stack : rented.AsSpan();
        int length = 0, start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                if (count++ > 0) buffer[length++] = ' ';
                length += text.AsSpan(start, i - start).ToLowerInvariant(buffer[length..]);
                start = -1;
            }
        }
        string joined = new(buffer[..length]);
        if (rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
        return joined;
    }

    /// <summary>The words of a text <see cref="Joined"/> gave, one string each (none for an empty text).</summary>
    public static string[] Split(string joined) => joined.Length == 0 ? [] : joined.Split(' ');
}
