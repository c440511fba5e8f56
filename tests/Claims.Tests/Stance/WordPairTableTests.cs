using Claims.Text;
using Claims.Stance;

namespace Claims.Tests.Stance;

/// <summary>The word-pair table learned from training pairs, its features, out-of-fold rows and persistence.</summary>
public class WordPairTableTests
{
    private static readonly PairFeaturizer Featurizer = new(IdfTable.Empty);

    // Labels: 0 = CONTRADICTION, 1 = ENTAILMENT, 2 = NEUTRAL.
    private static readonly (string A, string B, int Label)[] Tiny =
    [
        ("A man is strumming a guitar", "A man is playing a guitar", 1),
        ("A woman is strumming a guitar", "A woman is playing a guitar", 1),
        ("The boy is strumming a guitar", "The boy is playing a guitar", 1),
        ("A man is sleeping on a bed", "A man is running on a bed", 0),
        ("A dog is sleeping in the grass", "A dog is running in the grass", 0),
        ("A girl is eating a sandwich", "A girl is painting a sandwich", 2),
        ("A cook is eating a sandwich", "A cook is painting a sandwich", 2),
    ];

    private static (WordPairTable.UnalignedTerms[] Terms, int[] Labels) Prepare((string A, string B, int Label)[] pairs) =>
        (pairs.Select(p => Featurizer.Unaligned(Featurizer.Profile(p.A), Featurizer.Profile(p.B))).ToArray(), pairs.Select(p => p.Label).ToArray());

    private static readonly int TableStart = StanceFeatureSet.Lexical.OffsetOf(LexicalFeatures.WordPairs);

    private static float[] TableFeatures(WordPairTable table, string a, string b)
    {
        var featurizer = new PairFeaturizer(IdfTable.Empty, table);
        var v = new float[featurizer.FeatureCount];
        featurizer.Compute(Featurizer.Profile(a), Featurizer.Profile(b), v);
        return v[TableStart..];
    }

    [Test]
    public void UnalignedTermsAreTheWordsWithNoCounterpart()
    {
        var t = Featurizer.Unaligned(Featurizer.Profile("A man is strumming a guitar"), Featurizer.Profile("A man is playing a guitar"));
        Assert.That(t.A.Select(x => x.Stem), Is.EqualTo(new[] { "strum" }));
        Assert.That(t.B.Select(x => x.Stem), Is.EqualTo(new[] { "play" }));
        // A WordNet hypernym aligns ("guitar" / "instrument"), so it is not left for the table.
        var h = Featurizer.Unaligned(Featurizer.Profile("A man plays a guitar"), Featurizer.Profile("A man plays an instrument"));
        Assert.That(h.A, Is.Empty);
        Assert.That(h.B, Is.Empty);
    }

    [Test]
    public void CoOccurringWordsTeachTheirLabel()
    {
        var (terms, labels) = Prepare(Tiny);
        var table = WordPairTable.Learn(terms, labels, 3, _ => true);
        Assert.That(table.Counts("strum", "play"), Is.EqualTo(new[] { 0, 3, 0 }));
        Assert.That(table.Counts("sleep", "run"), Is.EqualTo(new[] { 2, 0, 0 }));
        Assert.That(table.Counts("strum", ""), Is.EqualTo(new[] { 0, 3, 0 }));
        Assert.That(table.Totals, Is.EqualTo(new long[] { 2, 3, 2 }));

        var f = TableFeatures(table, "A girl is strumming a banjo", "A girl is playing a banjo");
        // The entailment slot is the largest positive evidence; contradiction and neutral are negative.
        Assert.That(f[1], Is.GreaterThan(0.2f));
        Assert.That(f[0], Is.LessThan(0));
        Assert.That(f[2], Is.LessThan(0));
        Assert.That(f[3], Is.EqualTo(0), "no fourth label");
        Assert.That(f[16], Is.EqualTo(1), "one known word pair");
        // B's only unaligned word is explained with entailment evidence: mean and minimum cover equal the max.
        Assert.That(f[5], Is.EqualTo(f[1]));
        Assert.That(f[9], Is.EqualTo(f[1]));
        var c = TableFeatures(table, "A cat is sleeping", "A cat is running");
        Assert.That(c[0], Is.GreaterThan(c[1]));
        Assert.That(c[0], Is.GreaterThan(c[2]));
        // Words the table has never seen give no evidence at all.
        Assert.That(TableFeatures(table, "A cat is purring", "A cat is hissing"), Is.All.EqualTo(0f));
    }

    [Test]
    public void AnUnexplainedWordOfBLowersTheCover()
    {
        var (terms, labels) = Prepare(Tiny);
        var table = WordPairTable.Learn(terms, labels, 3, _ => true);
        var explained = TableFeatures(table, "A man is strumming a guitar", "A man is playing a guitar");
        // "banjo" is B's second unaligned word and no word of A explains it: the mean cover halves, the minimum is 0.
        var partly = TableFeatures(table, "A man is strumming a guitar", "A man is playing a banjo");
        Assert.That(partly[1], Is.EqualTo(explained[1]), "the best pair is still strum / play");
        Assert.That(partly[5], Is.EqualTo(explained[5] / 2).Within(1e-6));
        Assert.That(partly[9], Is.EqualTo(0f));
        Assert.That(explained[9], Is.GreaterThan(0f));
    }

    [Test]
    public void PairsSeenOnceAreNotKept()
    {
        var (terms, labels) = Prepare(Tiny);
        var table = WordPairTable.Learn(terms, labels, 3, i => i != 0 && i != 1);
        Assert.That(table.Counts("strum", "play"), Is.Null);
        Assert.That(WordPairTable.Learn(terms, labels, 3, i => i != 0).Counts("strum", "play"), Is.EqualTo(new[] { 0, 2, 0 }));
    }

    [Test]
    public void OutOfFoldRowsDoNotSeeTheirOwnPair()
    {
        // Two pairs, each the only source of its word pair: counted on the other fold only, neither row finds its words.
        (string, string, int)[] pairs =
        [
            ("A man is strumming a guitar", "A man is playing a guitar", 1),
            ("A man is strumming a guitar", "A man is playing a guitar", 1),
            ("A man is strumming a guitar", "A man is playing a guitar", 1),
            ("A dog is sleeping", "A dog is running", 0),
            ("A dog is sleeping", "A dog is running", 0),
        ];
        var (terms, labels) = Prepare(pairs);
        var rows = terms.Select(_ => new FeatureRow { Features = new float[Featurizer.FeatureCount] }).ToArray();
        var full = StanceModelTrainer.AddTableFeatures(rows, TableStart, terms, labels, 3, folds: 5);
        Assert.That(full.Counts("strum", "play"), Is.EqualTo(new[] { 0, 3, 0 }));
        int known = TableStart + 4 * WordPairTable.MaxLabels;
        // Folds are i mod 5: rows 0-2 see the other two strum/play pairs (count 2, kept) ...
        Assert.That(rows[0].Features[known], Is.EqualTo(1));
        Assert.That(rows[0].Features[TableStart + 1], Is.GreaterThan(0));
        // ... rows 3-4 see only one other sleep/run pair (count 1, below the minimum), not their own.
        Assert.That(rows[3].Features[known], Is.EqualTo(0));
        Assert.That(rows[4].Features[known], Is.EqualTo(0));
        // With no folds there is no table and the features stay 0.
        var none = terms.Select(_ => new FeatureRow { Features = new float[Featurizer.FeatureCount] }).ToArray();
        Assert.That(StanceModelTrainer.AddTableFeatures(none, TableStart, terms, labels, 3, folds: 0).EntryCount, Is.EqualTo(0));
        Assert.That(none.SelectMany(r => r.Features), Is.All.EqualTo(0f));
    }

    [Test]
    public void SaveAndLoadKeepTheCountsInAFixedOrder()
    {
        var (terms, labels) = Prepare(Tiny);
        var table = WordPairTable.Learn(terms, labels, 3, _ => true);
        var writer = new StringWriter();
        table.Save(writer);
        string text = writer.ToString();
        Assert.That(text, Does.StartWith("*\t*\t2 3 2\n"));
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();
        Assert.That(lines, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
        Assert.That(lines, Does.Contain("strum\tplay\t0 3 0"));
        var loaded = WordPairTable.Load(new StringReader(text));
        Assert.That(loaded.EntryCount, Is.EqualTo(table.EntryCount));
        Assert.That(loaded.Counts("sleep", "run"), Is.EqualTo(new[] { 2, 0, 0 }));
        var again = new StringWriter();
        loaded.Save(again);
        Assert.That(again.ToString(), Is.EqualTo(text));
        Assert.Throws<InvalidDataException>(() => WordPairTable.Load(new StringReader("strum\tplay\t0 3 0\n")));
        Assert.Throws<InvalidDataException>(() => WordPairTable.Load(new StringReader("*\t*\t1 1\nstrum\tplay\t0 3 0\n")));
    }

    [Test]
    public void TrainedModelKeepsItsTableThroughSaveAndLoad()
    {
        var pairs = Enumerable.Range(0, 6).SelectMany(_ => Tiny)
            .Select(p => new LabeledPair(p.A, p.B, p.Label switch { 0 => "CONTRADICTION", 1 => "ENTAILMENT", _ => "NEUTRAL" })).ToList();
        var model = StanceModelTrainer.Train(pairs, new StanceTrainingOptions { NumberOfTrees = 5, MinimumExampleCountPerLeaf = 2, FeatureThreads = 1 });
        Assert.That(model.Table.Counts("strum", "play"), Is.EqualTo(new[] { 0, 18, 0 }));
        using var buffer = new MemoryStream();
        model.Save(buffer);
        buffer.Position = 0;
        var loaded = StanceModel.Load(buffer);
        Assert.That(loaded.Table.Counts("strum", "play"), Is.EqualTo(new[] { 0, 18, 0 }));
        Assert.That(loaded.Predict("A man is strumming a banjo", "A man is playing a banjo"),
            Is.EqualTo(model.Predict("A man is strumming a banjo", "A man is playing a banjo")));
    }
}
