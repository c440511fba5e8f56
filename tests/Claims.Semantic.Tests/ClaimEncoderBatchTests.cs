using Claims.Embeddings;

namespace Claims.Semantic.Tests;

public class ClaimEncoderBatchTests
{
    private static IReadOnlyList<Article> Seeds() =>
        Directory.GetFiles(Path.Combine(TestContext.CurrentContext.TestDirectory, "seeds"), "*.txt")
            .Order(StringComparer.Ordinal).Select(f => Article.FromFile(f)).ToList();

    [Test]
    public void ARunOverManyArticlesGivesTheBytesOfArticleByArticle()
    {
        // Analyze runs the encoder once over all the seeds (a batch stage); Process runs it per article.
        var analyzer = new ClaimAnalyzerBuilder().UseDefaults().UseSemantic(new MiniLmEncoder(), semanticStance: false).Build();
        var together = analyzer.Extract(Seeds()).Articles;
        var alone = Seeds().Select(a => analyzer.Process(a)).ToList();
        Assert.That(together.SelectMany(a => a.Claims), Is.Not.Empty);
        for (int d = 0; d < alone.Count; d++)
        {
            Assert.That(together[d].Claims.Select(c => c.Embedding), Is.EqualTo(alone[d].Claims.Select(c => c.Embedding)), alone[d].Article.Id);
            Assert.That(together[d].Claims.Select(c => c.Embedding), Is.All.Not.Null);
        }
    }

    [Test]
    public void AnArticleVectorIsTheMeanOfItsClaimsOrItsTextWhenItHasNone()
    {
        var encoder = new RecordingEncoder();
        var stage = new ClaimEncoder(encoder);
        var analyzer = new ClaimAnalyzerBuilder().UseDefaults().Build();
        var documents = new[]
        {
            analyzer.Process(Article.FromString("Officials said the talks had collapsed. Rebels said the talks went well.", "a")),
            analyzer.Process(Article.FromString("", "empty")),
            analyzer.Process(Article.FromString("Officials said the talks had collapsed.", "b")),
        };
        stage.Process(documents, 2, CancellationToken.None);
        Assert.That(documents[0].Claims, Has.Count.GreaterThan(1));
        Assert.That(documents[0].Embedding, Is.EqualTo(Embedding.Mean(documents[0].Claims.Select(c => c.Embedding!).ToList())));
        Assert.That(documents[1].Embedding, Is.EqualTo(RecordingEncoder.Vector("")));
        foreach (var c in documents.SelectMany(d => d.Claims)) Assert.That(c.Embedding, Is.EqualTo(RecordingEncoder.Vector(c.Text)));
        // The claim both articles make is encoded once.
        Assert.That(encoder.Texts.GroupBy(t => t).Where(g => g.Count() > 1), Is.Empty);
    }

    [Test]
    public void ALargeChunkIsSplitIntoParallelCallsOfSimilarLengthsAndEnoughTexts()
    {
        var encoder = new RecordingEncoder();
        var stage = new ClaimEncoder(encoder);
        var texts = Enumerable.Range(0, 3 * ParallelEncoding.MinTextsPerCall).Select(i => $"Claim {i} {new string('x', i % 97)}").ToList();
        var documents = texts.Select((t, i) => new Document(Article.FromString(t, $"d{i}"))).ToList();
        stage.Process(documents, 2, CancellationToken.None);
        Assert.That(encoder.Calls, Has.Count.EqualTo(2));
        Assert.That(encoder.Calls.Select(c => c.Count), Is.All.GreaterThanOrEqualTo(ParallelEncoding.MinTextsPerCall));
        var calls = encoder.Calls.OrderBy(c => c.Min(t => t.Length)).ToList();
        Assert.That(calls[0].Max(t => t.Length), Is.LessThanOrEqualTo(calls[1].Min(t => t.Length)));
        for (int i = 0; i < documents.Count; i++) Assert.That(documents[i].Embedding, Is.EqualTo(RecordingEncoder.Vector(texts[i])));
        encoder.Calls.Clear();
        stage.Process(documents.Take(ParallelEncoding.MinTextsPerCall + 10).ToList(), 2, CancellationToken.None);
        Assert.That(encoder.Calls, Has.Count.EqualTo(1));
    }

    [TestCase(new long[] { 1, 1, 1, 1 }, 2, new[] { 0, 2, 4 })]
    [TestCase(new long[] { 1, 1, 1, 9 }, 2, new[] { 0, 3, 4 })]
    [TestCase(new long[] { 0, 0, 0 }, 3, new[] { 0, 1, 2, 3 })]
    [TestCase(new long[] { 5, 1, 1, 1, 1, 1 }, 3, new[] { 0, 1, 3, 6 })]
    public void CutsGiveNonEmptyPartsOfAboutEqualWeight(long[] weights, int parts, int[] expected) =>
        Assert.That(ParallelEncoding.Cuts(weights, parts), Is.EqualTo(expected));

    [Test]
    public void CutsKeepTheLeastCountInEveryPart()
    {
        Assert.That(ParallelEncoding.Cuts([1, 1, 1, 1, 1, 9], 2, 3), Is.EqualTo(new[] { 0, 3, 6 }));
        Assert.That(ParallelEncoding.Cuts([9, 1, 1, 1, 1, 1], 2, 2), Is.EqualTo(new[] { 0, 2, 6 }));
    }

    [Test]
    public void TheMemoEncodesATextRepeatedInOneCallOnce()
    {
        var inner = new RecordingEncoder();
        var memo = new MemoizingEncoder(inner);
        var vectors = memo.Encode(["a b", "c", "a b", "c", "d"]);
        Assert.That(inner.Texts, Is.EqualTo(new[] { "a b", "c", "d" }));
        Assert.That(vectors, Is.EqualTo(new[] { "a b", "c", "a b", "c", "d" }.Select(RecordingEncoder.Vector)));
        memo.Encode(["d", "e", "e"]);
        Assert.That(inner.Texts, Is.EqualTo(new[] { "a b", "c", "d", "e" }));
    }

    [Test]
    public void KnownVectorsAnswerFromTheirOneCallAndAskTheEncoderForOtherTexts()
    {
        var inner = new RecordingEncoder();
        var known = KnownVectors.Of(inner, ["a", "bb", "a"], 2, CancellationToken.None);
        Assert.That(inner.Calls, Has.Count.EqualTo(1));
        Assert.That(inner.Calls[0], Is.EqualTo(new[] { "a", "bb" }));
        Assert.That(known.Encode(["bb", "ccc", "a"]), Is.EqualTo(new[] { "bb", "ccc", "a" }.Select(RecordingEncoder.Vector)));
        Assert.That(inner.Calls[1], Is.EqualTo(new[] { "ccc" }));
        Assert.That(known.Dimensions, Is.EqualTo(2));
    }

    [Test]
    public void LongTextsRunInBoundedBatchesWithTheBytesOfOneByOne()
    {
        // 20 windows of 250 pieces: the attention bound cuts them into batches of 16 and 4.
        var texts = Enumerable.Range(0, 20).Select(i => string.Join(' ', Enumerable.Repeat($"talks{i % 3}", 120)) + $" ended on day {i}.").ToArray();
        Assert.That(20L * 250 * 250, Is.GreaterThan(SentenceBatcher.MaxAttentionCells));
        var together = MiniLmEncoder.Default.Encode(texts);
        Assert.That(texts.Select(t => MiniLmEncoder.Default.Encode(t)), Is.EqualTo(together));
    }

    // A deterministic stand-in encoder: a text's vector is its length and first character; it records every call.
    private sealed class RecordingEncoder : ISentenceEncoder
    {
        public List<List<string>> Calls => _calls;
        private readonly List<List<string>> _calls = [];

        public IEnumerable<string> Texts => _calls.SelectMany(c => c);

        public int Dimensions => 2;

        public static Embedding Vector(string text) => new([text.Length + 1, text.Length == 0 ? 0 : text[0]]);

        public IReadOnlyList<Embedding> Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
        {
            lock (_calls) _calls.Add(texts.ToList());
            return texts.Select(Vector).ToList();
        }
    }
}
