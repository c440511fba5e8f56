using Claims.Attribution;
using FuzzySharp;

namespace Claims.Tests.Attribution;

public class SpeakerClusterIndexTests
{
    private sealed record Entry(int Order, string Word);

    private static bool Similar(string x, string y) =>
        x == y || (x.Length >= 5 && y.Length >= 5 && x[0] == y[0] && Fuzz.Ratio(x, y) >= 85);

    [TestCase(1)]
    [TestCase(2)]
    public void EverySimilarWordIsACandidateInOrder(int seed)
    {
        // Random words with spelling variants (a letter inserted, deleted or changed; accents, apostrophes, hyphens),
        // short and long: whatever the linker would call similar must come back from the index, in the order filed.
        var random = new Random(seed);
        const string Letters = "aeiouéyrstlnmkzx'";
        string Word() => new(Enumerable.Range(0, random.Next(2, 16)).Select(_ => Letters[random.Next(Letters.Length)]).ToArray());
        string Variant(string w)
        {
            // One to three edits: similar words can be several deletions apart.
            for (int edits = random.Next(1, 4); edits > 0; edits--) w = Edit(w);
            return w;
        }
        string Edit(string w)
        {
            int p = random.Next(w.Length);
            return random.Next(3) switch
            {
                0 => w.Insert(p, Letters[random.Next(Letters.Length)].ToString()),
                1 when w.Length > 1 => w.Remove(p, 1),
                _ => w[..p] + Letters[random.Next(Letters.Length)] + w[(p + 1)..],
            };
        }
        var words = new List<string>();
        for (int i = 0; i < 1500; i++)
            words.Add(i > 0 && random.Next(2) == 0 ? Variant(words[random.Next(words.Count)]) : Word());
        var index = new SpeakerClusterIndex<Entry>(e => e.Order, 85);
        var filed = new List<Entry>();
        int similarPairs = 0;
        foreach (var word in words)
        {
            var candidates = index.Candidates(word);
            Assert.That(candidates.Select(c => c.Order), Is.Ordered.And.Unique);
            foreach (var e in filed.Where(e => Similar(e.Word, word)))
            {
                similarPairs++;
                Assert.That(candidates, Does.Contain(e), $"'{e.Word}' is similar to '{word}'");
            }
            var entry = new Entry(filed.Count, word);
            index.Add(entry, word);
            filed.Add(entry);
        }
        Assert.That(similarPairs, Is.GreaterThan(100), "the test needs similar pairs to mean anything");
    }

    [Test]
    public void ARenamedClusterIsFoundByItsNewLastWord()
    {
        var index = new SpeakerClusterIndex<Entry>(e => e.Order, 85);
        var first = new Entry(0, "zelensky");
        index.Add(first, "zelensky");
        index.Add(first, "zelenskyy");
        Assert.That(index.Candidates("zelenskyyy"), Does.Contain(first));
        Assert.That(index.Candidates("zelensky"), Is.EqualTo(new[] { first }));
    }
}
