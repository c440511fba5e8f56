using System.Text;
using Claims;

namespace Claims.Benchmarks;

/// <summary>
/// Claims for matching benchmarks: sentences of real news text when the shared data folder is present (FNC-1 bodies
/// and PolNeAR articles), otherwise a deterministic synthetic corpus. Every choice below is seeded, so a size always
/// yields the same claims.
/// </summary>
/// <remarks>
/// Real corpus: each FNC-1 body and each PolNeAR article is an article; its text is split at line breaks and after
/// '.', '!' or '?' followed by white space, and pieces of at least four words are claims (about 65,000 in all).
/// Articles are shuffled with a fixed seed and whole articles are taken until the size is reached, so every size is a
/// random sample of articles with the same topic mix. Sizes above the pool repeat it: copy k of a sentence drops
/// about one word in six and swaps one word for a word from another sentence (fixed seed), so copies are near
/// duplicates of their originals (this raises the number of related pairs per claim above the real data's).
/// </remarks>
public static class BenchmarkCorpus
{
    private const int Seed = 20261123;

    /// <summary>Where the claims came from, for reports.</summary>
    public sealed record Corpus(IReadOnlyList<Claim> Claims, string Description);

    /// <summary>Loads <paramref name="size"/> claims from <paramref name="dataDirectory"/> (or the located shared data, or the generator when none is found or <paramref name="synthetic"/> is set).</summary>
    public static Corpus Load(int size, string? dataDirectory = null, bool synthetic = false)
    {
        string? data = synthetic ? null : dataDirectory ?? LocateData();
        if (data is null)
            return new Corpus(Synthetic(size), $"synthetic ({(synthetic ? "--synthetic" : "no shared data found")}): {size} claims, one topic per 50 claims, seed {Seed}");
        var articles = ReadArticles(data);
        var pool = articles.Sum(a => a.Sentences.Count);
        var claims = Take(articles, size);
        string extra = size > pool ? $"; {size - pool} perturbed copies beyond the {pool}-sentence pool" : "";
        return new Corpus(claims, $"real sentences from {data} (FNC-1 bodies + PolNeAR train/dev){extra}");
    }

    /// <summary>The shared data folder: <c>CLAIMS_DATA</c>, or the first <c>shared/data</c> (or <c>data</c> inside
    /// <c>shared</c>) above the current directory or the assembly.</summary>
    public static string? LocateData()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("CLAIMS_DATA");
        if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(fromEnvironment)) return fromEnvironment;
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                foreach (string candidate in new[] { Path.Combine(dir.FullName, "shared", "data"), Path.Combine(dir.FullName, "data") })
                    if (File.Exists(Path.Combine(candidate, "fnc-1", "train_bodies.csv")) || Directory.Exists(Path.Combine(candidate, "polnear")))
                        return candidate;
            }
        }
        return null;
    }

    private sealed record SourceArticle(string Id, List<string> Sentences);

    private static List<SourceArticle> ReadArticles(string data)
    {
        var articles = new List<SourceArticle>();
        string fnc = Path.Combine(data, "fnc-1", "train_bodies.csv");
        if (File.Exists(fnc))
        {
            var rows = ReadCsv(File.ReadAllText(fnc, Encoding.UTF8));
            foreach (var row in rows.Skip(1))
                if (row.Count >= 2) articles.Add(new SourceArticle("fnc" + row[0], SplitSentences(row[1])));
        }
        foreach (string split in new[] { "train", "dev" })
        {
            string dir = Path.Combine(data, "polnear", split, "text");
            if (!Directory.Exists(dir)) continue;
            foreach (string file in Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal))
                articles.Add(new SourceArticle("pn-" + Path.GetFileNameWithoutExtension(file), SplitSentences(File.ReadAllText(file, Encoding.UTF8))));
        }
        articles.RemoveAll(a => a.Sentences.Count == 0);
        if (articles.Count == 0) throw new InvalidOperationException($"No article text under {data}.");
        // Deterministic shuffle (Fisher-Yates with a fixed seed) so that any prefix is a sample of all sources.
        var random = new Random(Seed);
        for (int i = articles.Count - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (articles[i], articles[j]) = (articles[j], articles[i]);
        }
        return articles;
    }

    private static List<Claim> Take(List<SourceArticle> articles, int size)
    {
        var claims = new List<Claim>(size);
        var random = new Random(Seed + 1);
        for (int copy = 0; claims.Count < size; copy++)
        {
            foreach (var article in articles)
            {
                string articleId = copy == 0 ? article.Id : $"{article.Id}~{copy}";
                for (int n = 0; n < article.Sentences.Count && claims.Count < size; n++)
                {
                    string text = copy == 0 ? article.Sentences[n] : Perturb(article.Sentences[n], articles, random);
                    claims.Add(Claim.FromText(articleId, n, text));
                }
                if (claims.Count >= size) break;
            }
        }
        return claims;
    }

    private static string Perturb(string sentence, List<SourceArticle> articles, Random random)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        for (int i = words.Count - 1; i >= 0 && words.Count > 4; i--)
            if (random.Next(6) == 0) words.RemoveAt(i);
        var donor = articles[random.Next(articles.Count)];
        var donorWords = donor.Sentences[random.Next(donor.Sentences.Count)].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        words[random.Next(words.Count)] = donorWords[random.Next(donorWords.Length)];
        return string.Join(' ', words);
    }

    /// <summary>Line breaks and sentence-final punctuation followed by white space end a sentence; pieces under four words are dropped.</summary>
    public static List<string> SplitSentences(string text)
    {
        var sentences = new List<string>();
        foreach (string line in text.Split('\n'))
        {
            int start = 0;
            for (int i = 0; i < line.Length; i++)
            {
                bool end = line[i] is '.' or '!' or '?' && (i + 1 == line.Length || char.IsWhiteSpace(line[i + 1]));
                if (end || i + 1 == line.Length)
                {
                    Add(line[start..(i + 1)]);
                    start = i + 1;
                }
            }
        }
        return sentences;

        void Add(string piece)
        {
            piece = piece.Trim();
            int words = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (words >= 4) sentences.Add(piece);
        }
    }

    /// <summary>RFC 4180 CSV: quoted fields may hold commas, line breaks and doubled quotes.</summary>
    public static List<List<string>> ReadCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                    else quoted = false;
                }
                else field.Append(c);
                continue;
            }
            switch (c)
            {
                case '"': quoted = true; break;
                case ',': row.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                    row.Add(field.ToString()); field.Clear();
                    rows.Add(row); row = [];
                    break;
                default: field.Append(c); break;
            }
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add(row); }
        return rows;
    }

    /// <summary>
    /// The fallback corpus: one topic per 50 claims, each with 6 capitalized topic names and 10 topic words; a claim
    /// takes 2-4 topic terms and 5-9 words drawn Zipf-like from a 5,000-word background vocabulary of made-up words.
    /// Articles hold 20 claims of one topic. Same size, same claims (fixed seed).
    /// </summary>
    public static List<Claim> Synthetic(int size)
    {
        var random = new Random(Seed);
        string Word(int i)
        {
            // Pronounceable made-up words: syllables from the index in base 20.
            const string syllables = "ba be bi bo bu da de di do du ka ke ki ko ku ma me mi mo mu";
            var parts = syllables.Split(' ');
            var sb = new StringBuilder();
            int v = i + 20;
            while (v > 0) { sb.Append(parts[v % 20]); v /= 20; }
            return sb.ToString();
        }
        const int vocabulary = 5000;
        var cumulative = new double[vocabulary];
        double total = 0;
        for (int r = 0; r < vocabulary; r++) cumulative[r] = total += 1.0 / (r + 1);
        int topics = Math.Max(1, size / 50);
        var claims = new List<Claim>(size);
        for (int n = 0; n < size; n++)
        {
            int topic = (n / 20) % topics; // 20 claims an article, articles cycle through topics
            var words = new List<string>();
            int topicTerms = 2 + random.Next(3);
            for (int k = 0; k < topicTerms; k++)
            {
                int t = random.Next(16);
                string w = Word(vocabulary + topic * 16 + t);
                words.Add(t < 6 ? char.ToUpperInvariant(w[0]) + w[1..] : w);
            }
            int background = 5 + random.Next(5);
            for (int k = 0; k < background; k++)
            {
                int r = Array.BinarySearch(cumulative, random.NextDouble() * total);
                words.Add(Word(r < 0 ? ~r : r));
            }
            // Shuffle so the topic words are not always first.
            for (int i = words.Count - 1; i > 0; i--) { int j = random.Next(i + 1); (words[i], words[j]) = (words[j], words[i]); }
            string text = "The " + string.Join(' ', words) + ".";
            claims.Add(Claim.FromText($"syn{n / 20}", n % 20, text));
        }
        return claims;
    }
}
